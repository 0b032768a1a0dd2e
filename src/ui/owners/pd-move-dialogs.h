// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_MOVE_IN_DIALOG (pd_move_in_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdMoveInDialog, pd_move_in_dialog, PD, MOVE_IN_DIALOG, AdwWindow)

#define PD_TYPE_MOVE_OUT_DIALOG (pd_move_out_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdMoveOutDialog, pd_move_out_dialog, PD, MOVE_OUT_DIALOG, AdwWindow)

/* The guided move-in (业户入驻) of an occupant in four steps: documents and forms, inspection
 * (meter reading, defect lines), deposit, keys and fee start, then a summary with the clerk.
 * Each step checks its fields before the next; the move-in is recorded in one transaction at
 * the end. After saving it calls pd_window_notify_data_changed() on @parent's PdWindow. Shows an
 * error dialog instead when the occupant cannot be read. */
void             pd_move_in_dialog_present  (GtkWindow  *parent,
                                             PdDatabase *db,
                                             gint64      occupant_id);

/* The move-out (退租搬离) of an occupant: notice and dates (a live warning under 10 days),
 * fees settled and who confirmed it, the owner's consent, the goods list and its goods release
 * pass (issue, export to .xlsx, print), restoration, inspection and deposit refund, and the
 * final completion. Opens the move-out in progress, or a new one. */
void             pd_move_out_dialog_present (GtkWindow  *parent,
                                             PdDatabase *db,
                                             gint64      occupant_id);

/* The dialogs without showing them (NULL and @error when the occupant cannot be read): for
 * tests that instantiate every composite widget. */
PdMoveInDialog  *pd_move_in_dialog_new      (PdDatabase  *db,
                                             gint64       occupant_id,
                                             GError     **error);
PdMoveOutDialog *pd_move_out_dialog_new     (PdDatabase  *db,
                                             gint64       occupant_id,
                                             GError     **error);

G_END_DECLS
