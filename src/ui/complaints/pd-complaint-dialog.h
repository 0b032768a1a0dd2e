// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-complaint.h"
#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_COMPLAINT_DIALOG (pd_complaint_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdComplaintDialog, pd_complaint_dialog, PD, COMPLAINT_DIALOG, AdwWindow)

/* The complaint form: complainant, unit and occupant, phone, channel, time, category (its
 * handling cycle and default department shown), content, recorder, the serious flag, and the
 * "four clear" confirmation (听清楚, 问清楚, 复述清楚, 记录清楚) without which it cannot be saved.
 *
 * @complaint NULL: a new complaint registered directly. A complaint without an id: a new one
 * prefilled from a register entry (pd_contact_store_new_complaint()); saving it links the
 * entry. A stored complaint: changing its registration while it is open. Emits "saved"
 * (gint64 complaint id) and closes; when the store refuses, shows why and keeps the form. */
PdComplaintDialog *pd_complaint_dialog_new (PdDatabase  *db,
                                            PdComplaint *complaint);

G_END_DECLS
