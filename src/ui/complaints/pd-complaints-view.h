// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-complaint-store.h"
#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_COMPLAINTS_VIEW (pd_complaints_view_get_type ())
G_DECLARE_FINAL_TYPE (PdComplaintsView, pd_complaints_view, PD, COMPLAINTS_VIEW, AdwBin)

/* The complaints (投诉) inside the complaints tab: search, filters (period, state — including
 * the manager's queue of serious cases — category, department), the table of cases with their
 * live 24-hour feedback clock and handling deadline (overdue first, in colour), and the detail
 * pane with the next steps. Properties (read-only): "overdue-count" (gint64: open cases past a
 * due time, for the tab badge), "manager-count" (gint64: serious cases waiting for the
 * manager), "has-selection" (boolean). The clocks tick every second on screen; the order and
 * the counts are checked against the database every 30 seconds and whenever a row on screen
 * runs out of time. */

/* The time the view calls "now", in Unix seconds; tests move it forward. */
typedef gint64 (*PdComplaintsNowFunc) (gpointer user_data);

void       pd_complaints_view_set_database     (PdComplaintsView   *self,
                                                PdDatabase         *db);
/* Re-reads settings, categories, departments, the list, the counts and the detail pane,
 * keeping search, filters and selection. */
void       pd_complaints_view_reload           (PdComplaintsView   *self);
void       pd_complaints_view_focus_search     (PdComplaintsView   *self);
/* Shows only the cases of @filter (the state drop-down follows). */
void       pd_complaints_view_set_filter       (PdComplaintsView   *self,
                                                PdComplaintFilter   filter);
/* Selects the case, clearing the search and filters when they hide it. */
gboolean   pd_complaints_view_select_complaint (PdComplaintsView   *self,
                                                gint64              complaint_id);
gint64     pd_complaints_view_get_selected_id  (PdComplaintsView   *self);
gint64     pd_complaints_view_get_overdue_count (PdComplaintsView  *self);
gint64     pd_complaints_view_get_manager_count (PdComplaintsView  *self);
/* Activates a "complaint.*" action of the detail pane on the selected case. */
void       pd_complaints_view_activate_step    (PdComplaintsView   *self,
                                                const char         *step);

/* NULL restores the real clock. */
void       pd_complaints_view_set_now_func     (PdComplaintsView   *self,
                                                PdComplaintsNowFunc func,
                                                gpointer            user_data,
                                                GDestroyNotify      destroy);
/* Updates the clocks on screen at once, and re-checks the order and the counts. */
void       pd_complaints_view_tick             (PdComplaintsView   *self);

G_END_DECLS
