// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"
#include "pd-repair.h"

G_BEGIN_DECLS

#define PD_TYPE_REPAIR_INTAKE_DIALOG (pd_repair_intake_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdRepairIntakeDialog, pd_repair_intake_dialog, PD, REPAIR_INTAKE_DIALOG,
                      AdwWindow)

/* Taking a repair report (接修), or changing what was reported (@repair non-NULL, an open
 * order): channel; the unit and occupant found as one types (building and unit, name or
 * phone) or a public area with its location; reporter and phone (filled from the occupant);
 * category, content, urgency, class and information source; report and appointment times;
 * who took it. Problems show under their fields as they are typed; Save stays insensitive
 * while there are any. On success emits "saved" (gint64 order id) and closes; when the store
 * refuses, shows why and keeps the form. */
PdRepairIntakeDialog *pd_repair_intake_dialog_new (PdDatabase *db,
                                                   PdRepair   *repair);
/* A new report prefilled from a pending entry of the call/visit register
 * (pd_contact_store_new_repair()); saving stores it through pd_contact_store_create_repair(),
 * which links the entry to the order. NULL with the store's error when the entry cannot be
 * turned into a repair. */
PdRepairIntakeDialog *pd_repair_intake_dialog_new_from_contact (PdDatabase *db,
                                                                gint64      contact_id,
                                                                GError    **error);

G_END_DECLS
