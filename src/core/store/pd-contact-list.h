// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gio/gio.h>
#include "pd-contact-store.h"

G_BEGIN_DECLS

/* A GListModel of PdContact holding only the row ids of the current query; objects are built
 * on demand in get_item() with a small cache, so 300,000 entries stay cheap. */
#define PD_TYPE_CONTACT_LIST (pd_contact_list_get_type ())
G_DECLARE_FINAL_TYPE (PdContactList, pd_contact_list, PD, CONTACT_LIST, GObject)

PdContactList *pd_contact_list_new       (PdDatabase           *db);
/* Copies the query (and its text); re-runs it; emits items-changed for the whole range. */
gboolean       pd_contact_list_set_query (PdContactList        *self,
                                          const PdContactQuery *query,
                                          GError              **error);
const PdContactQuery *pd_contact_list_get_query (PdContactList *self);
gboolean       pd_contact_list_refresh   (PdContactList        *self,
                                          GError              **error);
/* Position of an id in the current result, or -1. */
int            pd_contact_list_find      (PdContactList        *self,
                                          gint64                contact_id);

G_END_DECLS
