// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_REPAIRS_PAGE (pd_repairs_page_get_type ())
G_DECLARE_FINAL_TYPE (PdRepairsPage, pd_repairs_page, PD, REPAIRS_PAGE, AdwBin)

/* The repairs tab (报修): search, filters, the table of orders with their live clocks (overdue
 * first, in colour) and the detail pane with the next steps. Properties (read-only):
 * "overdue-count" (gint64: open orders past a due time, for the tab badge) and "has-selection"
 * (boolean). The clock ticks every second on screen; the order and the count are checked
 * against the database every 30 seconds and whenever a row on screen runs out of time. */

/* The time the page calls "now", in Unix seconds; tests move it forward. */
typedef gint64 (*PdRepairsNowFunc) (gpointer user_data);

void       pd_repairs_page_set_database      (PdRepairsPage   *self,
                                              PdDatabase      *db);
/* Re-reads settings, categories, the list and the detail pane, keeping search, filters and
 * selection. */
void       pd_repairs_page_reload            (PdRepairsPage   *self);
void       pd_repairs_page_focus_search      (PdRepairsPage   *self);
/* Opens the intake dialog (接修). */
void       pd_repairs_page_new_repair        (PdRepairsPage   *self);
/* Activates a "repair.*" action of the detail pane on the selected order ("print",
 * "export"...). */
void       pd_repairs_page_activate_step     (PdRepairsPage   *self,
                                              const char      *step);
gint64     pd_repairs_page_get_overdue_count (PdRepairsPage   *self);
gboolean   pd_repairs_page_get_has_selection (PdRepairsPage   *self);
/* Selects the order if the current search shows it. */
gboolean   pd_repairs_page_select_repair     (PdRepairsPage   *self,
                                              gint64           repair_id);

/* NULL restores the real clock. */
void       pd_repairs_page_set_now_func      (PdRepairsPage   *self,
                                              PdRepairsNowFunc func,
                                              gpointer         user_data,
                                              GDestroyNotify   destroy);
gint64     pd_repairs_page_get_now           (PdRepairsPage   *self);
/* Updates the clocks on screen at once, and re-checks the order and the overdue count. */
void       pd_repairs_page_tick              (PdRepairsPage   *self);

G_END_DECLS
