// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-complaint.h"
#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_COMPLAINT_DISPATCH_DIALOG (pd_complaint_dispatch_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdComplaintDispatchDialog, pd_complaint_dispatch_dialog, PD,
                      COMPLAINT_DISPATCH_DIALOG, AdwWindow)

/* Sending a valid complaint to its department (or re-assigning it while dispatched): the
 * department (the category's default first), the person responsible (typed, or chosen from
 * the department's staff; the category's default desk first), the committed deadline shown
 * from the category's cycle and editable, the serious flag, who dispatched and when. The core
 * refuses a dispatch out of order; its sentence is shown and the form stays. Emits "saved"
 * (gint64 complaint id) and closes. */
PdComplaintDispatchDialog *pd_complaint_dispatch_dialog_new (PdDatabase  *db,
                                                             PdComplaint *complaint);

G_END_DECLS
