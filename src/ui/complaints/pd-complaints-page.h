// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-complaints-view.h"
#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_COMPLAINTS_PAGE (pd_complaints_page_get_type ())
G_DECLARE_FINAL_TYPE (PdComplaintsPage, pd_complaints_page, PD, COMPLAINTS_PAGE, AdwBin)

/* The complaints tab (投诉): two views, the call/visit register (来电来访登记) and the
 * complaints (投诉), a button for the manager's queue of serious cases, the registers and
 * reports to Excel, and the buttons to register a call or visit (Ctrl+N) or a complaint
 * directly. Properties (read-only): "overdue-count" (gint64: open complaints past a due time,
 * for the tab badge), "manager-count" (gint64), "has-selection" (boolean: a complaint is
 * selected in the complaints view, for Ctrl+P and Ctrl+E). */
void       pd_complaints_page_set_database      (PdComplaintsPage   *self,
                                                 PdDatabase         *db);
/* Re-reads both views, keeping searches, filters and selections. */
void       pd_complaints_page_reload            (PdComplaintsPage   *self);
void       pd_complaints_page_focus_search      (PdComplaintsPage   *self);
/* Opens the register entry dialog (登记来电/来访). */
void       pd_complaints_page_new_contact       (PdComplaintsPage   *self);
/* "register", "complaints" or "manager" (the complaints of the manager's queue). */
void       pd_complaints_page_show_view         (PdComplaintsPage   *self,
                                                 const char         *view);
/* Shows the complaints view with the case selected. */
void       pd_complaints_page_show_complaint    (PdComplaintsPage   *self,
                                                 gint64              complaint_id);
/* Shows the register with the entry selected. */
void       pd_complaints_page_show_contact      (PdComplaintsPage   *self,
                                                 gint64              contact_id);
/* Activates a "complaint.*" action of the complaints view's detail pane ("print",
 * "export"…). */
void       pd_complaints_page_activate_step     (PdComplaintsPage   *self,
                                                 const char         *step);
gint64     pd_complaints_page_get_overdue_count (PdComplaintsPage   *self);
gint64     pd_complaints_page_get_manager_count (PdComplaintsPage   *self);
gboolean   pd_complaints_page_get_has_selection (PdComplaintsPage   *self);

/* The complaints view's "now" (tests move it forward); NULL restores the real clock. */
void       pd_complaints_page_set_now_func      (PdComplaintsPage   *self,
                                                 PdComplaintsNowFunc func,
                                                 gpointer            user_data,
                                                 GDestroyNotify      destroy);
/* Updates the clocks at once and re-checks the order and the counts. */
void       pd_complaints_page_tick              (PdComplaintsPage   *self);

G_END_DECLS
