// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_OWNERS_PAGE (pd_owners_page_get_type ())
G_DECLARE_FINAL_TYPE (PdOwnersPage, pd_owners_page, PD, OWNERS_PAGE, AdwBin)

/* The occupant archive tab (业户档案): search, filters, the table and the detail pane.
 * Property "has-occupants" (boolean, read-only): the database holds at least one occupant. */
void       pd_owners_page_set_database      (PdOwnersPage *self,
                                             PdDatabase   *db);
/* Re-reads buildings, the list and the detail pane, keeping search, filters and selection. */
void       pd_owners_page_reload            (PdOwnersPage *self);
void       pd_owners_page_focus_search      (PdOwnersPage *self);
void       pd_owners_page_new_occupant      (PdOwnersPage *self);
gboolean   pd_owners_page_get_has_occupants (PdOwnersPage *self);
/* Selects the occupant if the current search shows it. */
gboolean   pd_owners_page_select_occupant   (PdOwnersPage *self,
                                             gint64        occupant_id);

G_END_DECLS
