// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"
#include "pd-repair.h"

G_BEGIN_DECLS

#define PD_TYPE_REPAIR_COMPLETE_DIALOG (pd_repair_complete_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdRepairCompleteDialog, pd_repair_complete_dialog, PD, REPAIR_COMPLETE_DIALOG, AdwWindow)

/* Completion (完工) of an order: the work done, materials, result, whether the occupant
 * confirmed (signed), ratings of quality and attitude (1–5, or none) and the completion time.
 * A paid order's charge goes to the occupant's account on completion (the store does it).
 * Emits "saved" (gint64 order id) and closes. */
PdRepairCompleteDialog *pd_repair_complete_dialog_new (PdDatabase *db,
                                                       PdRepair   *repair);

G_END_DECLS
