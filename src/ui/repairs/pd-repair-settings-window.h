// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_REPAIR_SETTINGS_WINDOW (pd_repair_settings_window_get_type ())
G_DECLARE_FINAL_TYPE (PdRepairSettingsWindow, pd_repair_settings_window, PD,
                      REPAIR_SETTINGS_WINDOW, AdwPreferencesWindow)

/* 报修设置: the deadlines (minutes to be on site, hours for urgent work, the cutoff hour for
 * small repairs, days for general repairs), the settlement approval thresholds in yuan, the
 * repair categories (add, rename, on-site callback, in use), the departments with their staff
 * and teams, and the paid-service price list. Each change is saved at once; a refusal shows
 * its sentence and the value goes back. Emits "changed" after each saved change. */
PdRepairSettingsWindow *pd_repair_settings_window_new (PdDatabase *db);

G_END_DECLS
