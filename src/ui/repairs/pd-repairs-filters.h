// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtk/gtk.h>

#include "pd-database.h"
#include "pd-repair-store.h"

G_BEGIN_DECLS

/* The filter drop-downs of the repairs tab (state, category, urgency, month of the report),
 * each over a GtkStringList: fills them, keeps what was chosen across reloads, and says what
 * they ask of the list's query. The drop-downs belong to the page's template. */
typedef struct _PdRepairsFilters PdRepairsFilters;

PdRepairsFilters *pd_repairs_filters_new        (GtkDropDown      *state,
                                                 GtkDropDown      *category,
                                                 GtkDropDown      *urgency,
                                                 GtkDropDown      *month);
void              pd_repairs_filters_free       (PdRepairsFilters *self);
/* Re-reads the categories (none but "all" while @db is NULL) and the twelve months up to
 * @now's. FALSE with @error when the categories cannot be read. */
gboolean          pd_repairs_filters_reload     (PdRepairsFilters *self,
                                                 PdDatabase       *db,
                                                 gint64            now,
                                                 GError          **error);
/* Sets the filter, category, urgency and report period of @query. */
void              pd_repairs_filters_apply      (PdRepairsFilters *self,
                                                 PdRepairQuery    *query);
/* Whether any drop-down shows less than everything. */
gboolean          pd_repairs_filters_get_active (PdRepairsFilters *self);
void              pd_repairs_filters_clear      (PdRepairsFilters *self);

G_END_DECLS
