// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gio/gio.h>
#include "pd-repair-store.h"

G_BEGIN_DECLS

/* A GListModel of PdRepair holding only the row ids of the current query; objects are built on
 * demand in get_item() with a small cache. */
#define PD_TYPE_REPAIR_LIST (pd_repair_list_get_type ())
G_DECLARE_FINAL_TYPE (PdRepairList, pd_repair_list, PD, REPAIR_LIST, GObject)

PdRepairList *pd_repair_list_new       (PdDatabase          *db);
/* Copies the query (and its text); re-runs it; emits items-changed for the whole range. */
gboolean      pd_repair_list_set_query (PdRepairList        *self,
                                        const PdRepairQuery *query,
                                        GError             **error);
const PdRepairQuery *pd_repair_list_get_query (PdRepairList *self);
/* Re-runs the query at now (0: the current time): overdue order moves with time. */
gboolean      pd_repair_list_refresh   (PdRepairList        *self,
                                        gint64               now,
                                        GError             **error);
/* Position of an id in the current result, or -1. */
int           pd_repair_list_find      (PdRepairList        *self,
                                        gint64               repair_id);

G_END_DECLS
