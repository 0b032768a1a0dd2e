// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"
#include "pd-repair.h"

G_BEGIN_DECLS

#define PD_TYPE_SETTLEMENT_DIALOG (pd_settlement_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdSettlementDialog, pd_settlement_dialog, PD, SETTLEMENT_DIALOG, AdwWindow)

/* The settlement sheet (维修工程结算书) of an order: class A or B, date, the lines (quota code,
 * item, unit, quantity to 0.001, approved unit price, total before audit, remarks; the approved
 * total of each line computed as typed), the tax-inclusive total and the approved total in
 * Chinese capitals, shown live; the approval level for the amount and the state, with Submit,
 * Approve and Reject. Emits "saved" (gint64 order id) after each change it stores. */
PdSettlementDialog *pd_settlement_dialog_new (PdDatabase *db,
                                              PdRepair   *repair);

G_END_DECLS
