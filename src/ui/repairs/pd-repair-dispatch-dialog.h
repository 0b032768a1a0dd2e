// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"
#include "pd-repair.h"

G_BEGIN_DECLS

#define PD_TYPE_REPAIR_DISPATCH_DIALOG (pd_repair_dispatch_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdRepairDispatchDialog, pd_repair_dispatch_dialog, PD, REPAIR_DISPATCH_DIALOG, AdwWindow)

/* Dispatch (派工) of an order: the department, a worker or team of it (from the repair
 * settings), the dispatcher's name and the time (now by default, editable). Also re-assigns an
 * order not yet on site. Emits "saved" (gint64 order id) and closes when the store accepts; a
 * refusal of the rules is shown with its sentence. */
PdRepairDispatchDialog *pd_repair_dispatch_dialog_new (PdDatabase *db,
                                                       PdRepair   *repair);

G_END_DECLS
