// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"
#include "pd-repair.h"

G_BEGIN_DECLS

#define PD_TYPE_REPAIR_CHARGE_DIALOG (pd_repair_charge_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdRepairChargeDialog, pd_repair_charge_dialog, PD, REPAIR_CHARGE_DIALOG, AdwWindow)

/* Adds a charge line to a paid order: an item of the price list with a quantity, or an item
 * priced by hand (which then waits for the supervisor's approval). Shows the line's amount as
 * it is typed. Emits "saved" (gint64 order id) and closes. */
PdRepairChargeDialog *pd_repair_charge_dialog_new (PdDatabase *db,
                                                   PdRepair   *repair);

G_END_DECLS
