// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_IMPORT_DIALOG (pd_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdImportDialog, pd_import_dialog, PD, IMPORT_DIALOG, AdwWindow)

/* Import of units or occupants from a CSV file: the clerk picks the kind and the file, sees a
 * check of every row (counts, encoding, each bad row with its line and reason) and imports the
 * file, or only its valid rows. Checking and importing run in a worker thread on a connection
 * of their own, with a progress bar. After an import, @parent (a PdWindow) is told that the
 * data changed. */
PdImportDialog *pd_import_dialog_new      (GtkWindow      *parent,
                                           PdDatabase     *db);
/* Chooses @file as if picked in the file chooser, and starts checking it. */
void            pd_import_dialog_set_file (PdImportDialog *self,
                                           GFile          *file);
void            pd_import_dialog_present  (GtkWindow      *parent,
                                           PdDatabase     *db);

G_END_DECLS
