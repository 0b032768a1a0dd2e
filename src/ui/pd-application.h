// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PD_TYPE_APPLICATION (pd_application_get_type ())
G_DECLARE_FINAL_TYPE (PdApplication, pd_application, PD, APPLICATION, AdwApplication)

PdApplication *pd_application_new           (void);
/* Presents the window of the database at @path, opening it first if no window has it. On
 * failure shows the reason in a dialog; the file is never changed or deleted. */
void           pd_application_open_database (PdApplication *self,
                                             const char    *path);

G_END_DECLS
