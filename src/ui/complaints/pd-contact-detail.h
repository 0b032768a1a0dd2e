// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-contact.h"
#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_CONTACT_DETAIL (pd_contact_detail_get_type ())
G_DECLARE_FINAL_TYPE (PdContactDetail, pd_contact_detail, PD, CONTACT_DETAIL, AdwBin)

/* The pane beside the register: the call or visit as registered, what it became, and the
 * later columns of the paper register (action taken, follow-up needed, follow-up done, each
 * with who and when; the customer's feedback), each editable. Actions: "contact.to-complaint",
 * "contact.to-repair", "contact.answer" (pending entries only), "contact.edit",
 * "contact.show-linked", "contact.action", "contact.follow-up-needed", "contact.follow-up-done",
 * "contact.feedback". After a step is saved it emits "changed" (gint64 entry id, string
 * message for a toast). */
void        pd_contact_detail_set_database (PdContactDetail *self,
                                            PdDatabase      *db);
/* Reads the entry afresh (0: the "nothing selected" page). */
void        pd_contact_detail_show         (PdContactDetail *self,
                                            gint64           contact_id);
PdContact  *pd_contact_detail_get_contact  (PdContactDetail *self);

G_END_DECLS
