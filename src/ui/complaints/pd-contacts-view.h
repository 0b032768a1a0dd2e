// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_CONTACTS_VIEW (pd_contacts_view_get_type ())
G_DECLARE_FINAL_TYPE (PdContactsView, pd_contacts_view, PD, CONTACTS_VIEW, AdwBin)

/* The call/visit register (来电来访登记) inside the complaints tab: search, filters (period,
 * outcome, channel), the table of entries, newest first, and the entry's detail pane with its
 * next steps. Property "has-selection" (boolean, read-only). */
void       pd_contacts_view_set_database   (PdContactsView *self,
                                            PdDatabase     *db);
/* Re-reads the list and the detail pane, keeping search, filters and selection. */
void       pd_contacts_view_reload         (PdContactsView *self);
void       pd_contacts_view_focus_search   (PdContactsView *self);
/* Selects the entry, clearing the search and filters when they hide it. */
gboolean   pd_contacts_view_select_contact (PdContactsView *self,
                                            gint64          contact_id);
gint64     pd_contacts_view_get_selected_id (PdContactsView *self);

G_END_DECLS
