// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gio/gio.h>
#include "pd-occupant-store.h"

G_BEGIN_DECLS

/* A GListModel of PdOccupant that holds only the row ids of the current query; objects are
 * built on demand in get_item() with a small cache, so 100,000 rows stay cheap. */
#define PD_TYPE_OCCUPANT_LIST (pd_occupant_list_get_type ())
G_DECLARE_FINAL_TYPE (PdOccupantList, pd_occupant_list, PD, OCCUPANT_LIST, GObject)

PdOccupantList *pd_occupant_list_new       (PdDatabase            *db);
/* Re-runs the query; emits items-changed for the whole range. */
gboolean        pd_occupant_list_set_query (PdOccupantList        *self,
                                            const PdOccupantQuery *query,
                                            GError               **error);
gboolean        pd_occupant_list_refresh   (PdOccupantList        *self,
                                            GError               **error);
/* Position of an id in the current result, or -1. */
int             pd_occupant_list_find      (PdOccupantList        *self,
                                            gint64                 occupant_id);

G_END_DECLS
