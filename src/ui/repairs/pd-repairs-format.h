// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtk/gtk.h>

#include "pd-repair.h"
#include "pd-repair-settings.h"

G_BEGIN_DECLS

/* Shared by the repairs tab's page, detail pane and dialogs. Times are Unix seconds UTC,
 * shown and typed in local time. */

/* "2026-03-14 15:07"; "" for 0. */
char       *pd_repairs_format_time      (gint64        t);
/* "03-14 15:07" within the year of @now, else "2025-12-30 09:12"; "" for 0. */
char       *pd_repairs_format_time_short (gint64       t,
                                          gint64       now);
/* Reads "2026-03-14 15:07" (also "2026-3-14 9:05", "2026/03/14 15:07", a full-width colon or a
 * date alone, which means 00:00) in local time. FALSE with a sentence naming the text. */
gboolean    pd_repairs_parse_time       (const char   *text,
                                         gint64       *out,
                                         GError      **error);

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
/* Removes every class of @classes (NULL-terminated) from @widget, then adds @css (may be NULL). */
void        pd_repairs_set_css          (GtkWidget           *widget,
                                         const char * const  *classes,
                                         const char          *css);

/* "¥1,409.50" */
char       *pd_repairs_format_yuan      (gint64        fen);
/* The occupant's or reporter's phone masked (138****1234), "" when blank. */
char       *pd_repairs_mask_phone       (const char   *phone);

/* Shows @text under a form field (NULL hides the issue row). */
void        pd_repairs_set_issue        (GtkWidget    *issue_row,
                                         GtkLabel     *issue_label,
                                         const char   *text);
/* A row naming the order a dialog is about: serial, unit, category and content. */
GtkWidget  *pd_repairs_add_order_row    (GtkWidget    *preferences_group,
                                         PdRepair     *repair);
/* The trimmed text of a text view, NULL when blank. */
char       *pd_repairs_text_view_get    (GtkTextView  *view);
void        pd_repairs_text_view_set    (GtkTextView  *view,
                                         const char   *text);
/* The index of @label in a GtkStringList of a combo or drop-down, or -1. */
int         pd_repairs_string_list_find (GListModel   *list,
                                         const char   *label);

/* The category filter of the list: "All Categories", then every category (one no longer in use
 * marked so), with @ids (gint64) in step; returns the position of @keep (0 when gone). */
guint       pd_repairs_fill_category_filter (PdDatabase    *db,
                                             GtkStringList *names,
                                             GArray        *ids,
                                             gint64         keep,
                                             GError       **error);
/* The month filter: "All Months", then @n months back from @now's, with @months (int
 * year * 100 + month, 0 for all) in step; returns the position of @keep. */
guint       pd_repairs_fill_month_filter    (GtkStringList *names,
                                             GArray        *months,
                                             gint64         now,
                                             int            n,
                                             int            keep);

/* Shows @error after a refused step: the rules' refusals (PD_REPAIR_ERROR) get the heading
 * "The rules do not allow this", anything else @heading. */
void        pd_repairs_show_error       (GtkWidget    *parent,
                                         const char   *heading,
                                         const GError *error);

/* A modal message dialog asking for a date and time (the entry starts at @initial, 0: now), a
 * text (@text_title non-NULL: e.g. the supervisor's name) or both. @func gets the parsed time
 * and the trimmed text; Accept stays insensitive while the time is unreadable or the text is
 * blank. */
typedef void (*PdRepairsAskFunc) (gint64      time,
                                  const char *text,
                                  gpointer    user_data);

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
