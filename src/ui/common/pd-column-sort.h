// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sorting a GtkColumnView in SQL. The view keeps its header arrows and click behaviour, but no
 * model is sorted by GTK: when the user changes the sort, @func gets the sort id of the primary
 * column and the direction, and re-runs the query. (GTK 4.8 has no API that tells which column
 * is primary, hence the probe in pd-column-sort.c.) */
typedef void (*PdColumnSortFunc) (int      sort_id,
                                  gboolean descending,
                                  gpointer user_data);

typedef struct _PdColumnSort PdColumnSort;

PdColumnSort *pd_column_sort_new  (GtkColumnView       *view,
                                   int                  default_sort_id,
                                   PdColumnSortFunc     func,
                                   gpointer             user_data);
/* Makes @column sortable; its header click reports @sort_id. */
void          pd_column_sort_add  (PdColumnSort        *self,
                                   GtkColumnViewColumn *column,
                                   int                  sort_id);
/* Shows the arrow on @column without calling back (for the initial order). */
void          pd_column_sort_show (PdColumnSort        *self,
                                   GtkColumnViewColumn *column,
                                   gboolean             descending);
/* Stops calling back; the columns' sorters stay harmless. */
void          pd_column_sort_free (PdColumnSort        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdColumnSort, pd_column_sort_free)

G_END_DECLS
