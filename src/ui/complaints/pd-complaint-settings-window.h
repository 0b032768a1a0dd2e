// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_COMPLAINT_SETTINGS_WINDOW (pd_complaint_settings_window_get_type ())
G_DECLARE_FINAL_TYPE (PdComplaintSettingsWindow, pd_complaint_settings_window, PD,
                      COMPLAINT_SETTINGS_WINDOW, AdwPreferencesWindow)

/* 投诉设置: the feedback and callback hours, and the complaint categories (add, rename, default
 * department and person or desk, handling cycle in hours, in use). Each change is saved at
 * once; a refusal shows its sentence and the value goes back. Emits "changed" after each saved
 * change. */
PdComplaintSettingsWindow *pd_complaint_settings_window_new (PdDatabase *db);

G_END_DECLS
