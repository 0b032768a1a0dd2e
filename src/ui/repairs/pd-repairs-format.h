// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtk/gtk.h>

#include "pd-repair.h"
#include "pd-repair-settings.h"

G_BEGIN_DECLS

/* Shared by the repairs tab's page, detail pane and dialogs. Times are Unix seconds UTC; the
 * helpers every tab uses (times, css classes, text views) are in src/ui/common. */

/* The order's clock at @now as the list and the detail pane show it: the text of the clock
 * that matters ("剩余 12 分钟", "超时 5 分钟"), or the outcome once done ("按时完成",
 * "超时完成") or "" when there is no clock; @out_css gets "error" when overdue, "warning" when
 * little time is left (a quarter of the on-site time, or an hour of the completion time), else
 * NULL. @out_overdue may be NULL. */
char       *pd_repairs_describe_clock   (PdRepair            *repair,
                                         const PdRepairTimes *times,
                                         gint64               now,
                                         const char         **out_css,
                                         gboolean            *out_overdue);

/* The css class of a state pill: "state-new", "state-working", "state-done", "state-closed". */
const char *pd_repairs_state_css        (PdRepairState  state);

/* "¥1,409.50" */
char       *pd_repairs_format_yuan      (gint64        fen);

/* Shows @text under a form field (NULL hides the issue row). */
void        pd_repairs_set_issue        (GtkWidget    *issue_row,
                                         GtkLabel     *issue_label,
                                         const char   *text);
/* A row naming the order a dialog is about: serial, unit, category and content. */
GtkWidget  *pd_repairs_add_order_row    (GtkWidget    *preferences_group,
                                         PdRepair     *repair);
/* Shows @error after a refused step: the rules' refusals (PD_REPAIR_ERROR) get the heading
 * "The rules do not allow this", anything else @heading. */
void        pd_repairs_show_error       (GtkWidget    *parent,
                                         const char   *heading,
                                         const GError *error);

/* A modal message dialog asking for a date and time (the entry starts at @initial, 0: now), a
 * text (@text_title non-NULL: e.g. the supervisor's name) or both. @func gets the parsed time
 * and the trimmed text; Accept stays insensitive while the time is unreadable or the text is
 * blank. When @func returns FALSE with @error set (a refusal the clerk can correct, e.g. an
 * arrival before the dispatch), the dialog stays open with the entries as typed and shows the
 * error's message; @func handles any other failure itself and returns TRUE. */
typedef gboolean (*PdRepairsAskFunc) (gint64      time,
                                      const char *text,
                                      gpointer    user_data,
                                      GError    **error);

void        pd_repairs_ask              (GtkWidget       *parent,
                                         const char      *heading,
                                         const char      *body,
                                         const char      *time_title,
                                         gint64           initial,
                                         const char      *text_title,
                                         const char      *text_initial,
                                         const char      *accept_label,
                                         PdRepairsAskFunc func,
                                         gpointer         user_data,
                                         GDestroyNotify   destroy);

G_END_DECLS
