// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gio/gio.h>
#include "pd-complaint-store.h"

G_BEGIN_DECLS

/* A GListModel of PdComplaint holding only the row ids of the current query; objects are built
 * on demand in get_item() with a small cache. */
#define PD_TYPE_COMPLAINT_LIST (pd_complaint_list_get_type ())
G_DECLARE_FINAL_TYPE (PdComplaintList, pd_complaint_list, PD, COMPLAINT_LIST, GObject)

PdComplaintList *pd_complaint_list_new       (PdDatabase             *db);
/* Copies the query (and its text); re-runs it; emits items-changed for the whole range. */
gboolean         pd_complaint_list_set_query (PdComplaintList        *self,
                                              const PdComplaintQuery *query,
                                              GError                **error);
const PdComplaintQuery *pd_complaint_list_get_query (PdComplaintList *self);
/* Re-runs the query at now (0: the current time): the overdue order moves with time. */
gboolean         pd_complaint_list_refresh   (PdComplaintList        *self,
                                              gint64                  now,
                                              GError                **error);
/* Position of an id in the current result, or -1. */
int              pd_complaint_list_find      (PdComplaintList        *self,
                                              gint64                  complaint_id);

G_END_DECLS
