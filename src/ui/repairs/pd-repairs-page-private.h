// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-repair-detail.h"
#include "pd-repairs-page.h"

G_BEGIN_DECLS

/* For tests: the widgets a clerk would touch, the rows shown, a counter bumped after every
 * query, the list's vertical scrolling, and the text of the time-left cell on screen for an order (NULL when not bound). */
GtkEditable    *_pd_repairs_page_get_search_entry    (PdRepairsPage *self);
GtkDropDown    *_pd_repairs_page_get_state_dropdown  (PdRepairsPage *self);
GtkDropDown    *_pd_repairs_page_get_urgency_dropdown (PdRepairsPage *self);
GtkDropDown    *_pd_repairs_page_get_month_dropdown  (PdRepairsPage *self);
GListModel     *_pd_repairs_page_get_rows            (PdRepairsPage *self);
guint           _pd_repairs_page_get_query_serial    (PdRepairsPage *self);
PdRepairDetail *_pd_repairs_page_get_detail          (PdRepairsPage *self);
GtkAdjustment  *_pd_repairs_page_get_vadjustment    (PdRepairsPage *self);
const char     *_pd_repairs_page_peek_time_left      (PdRepairsPage *self,
                                                      gint64         repair_id,
                                                      gboolean      *out_overdue);

G_END_DECLS
