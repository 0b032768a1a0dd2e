// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-owners-page.h"

G_BEGIN_DECLS

/* For tests: the widgets a user would touch, and a counter bumped after every query. */
GtkEditable *_pd_owners_page_get_search_entry      (PdOwnersPage *self);
GtkDropDown *_pd_owners_page_get_building_dropdown (PdOwnersPage *self);
GtkDropDown *_pd_owners_page_get_role_dropdown     (PdOwnersPage *self);
GtkDropDown *_pd_owners_page_get_status_dropdown   (PdOwnersPage *self);
GtkLabel    *_pd_owners_page_get_count_label       (PdOwnersPage *self);
GListModel  *_pd_owners_page_get_rows              (PdOwnersPage *self);
guint        _pd_owners_page_get_query_serial      (PdOwnersPage *self);
GtkColumnView *_pd_owners_page_get_column_view     (PdOwnersPage *self);
GtkWidget   *_pd_owners_page_get_detail            (PdOwnersPage *self);

G_END_DECLS
