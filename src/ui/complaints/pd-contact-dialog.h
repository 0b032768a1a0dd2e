// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-contact.h"
#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_CONTACT_DIALOG (pd_contact_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdContactDialog, pd_contact_dialog, PD, CONTACT_DIALOG, AdwWindow)

/* Registering a call or visit (登记来电/来访), or changing an entry (@contact non-NULL):
 * channel, time, the unit and occupant found as one types, caller and phone (filled from the
 * occupant), what was said, who recorded it. Problems show under their fields as they are
 * typed; Save stays insensitive while there are any. On success emits "saved" (gint64 entry
 * id) and closes; when the store refuses, shows why and keeps the form. */
PdContactDialog *pd_contact_dialog_new (PdDatabase *db,
                                        PdContact  *contact);

G_END_DECLS
