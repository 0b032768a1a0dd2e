// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-complaint-rules.h"

G_BEGIN_DECLS

/* The manager's complaint figures: the monthly statistics with the timeliness rate
 * (投诉处理及时率) and the weekly complaint report (投诉处理周报). Counting rules are those of
 * pd_complaint_timeliness() and docs/decisions.md ("Complaints"). Periods are local calendar
 * months and ISO weeks; as_of is the report time (0: now): results recorded after it are not
 * seen, and it decides whether an open case is late or not yet due.
 *
 * A case belongs to the department it was dispatched to, else its category's default
 * department, else to the row with id 0 ("not assigned"). */

typedef struct
{
  gint64  id;             /* category or department id; 0: the total / not assigned */
  char   *name;
  gint64  cases;          /* registered in the period, valid or not */
  gint64  invalid;        /* judged not valid (in the register, not in the rate) */
  gint64  valid;          /* cases - invalid (cases not yet judged count as valid) */
  gint64  on_time;        /* result at or before the deadline */
  gint64  late;           /* result after it, or open with the deadline passed */
  gint64  open_not_due;   /* open, deadline not yet passed: outside the rate */
  gint64  serious;
  int     rate_permille;  /* on_time / (on_time + late), -1 when both are 0 */
} PdComplaintStatsRow;

void        pd_complaint_stats_row_free    (PdComplaintStatsRow *row);

typedef struct
{
  int                  year;
  int                  month;          /* 1..12 */
  gint64               from;           /* [from, to): the local month */
  gint64               to;
  gint64               as_of;
  PdComplaintStatsRow  total;          /* id 0, name "" */
  GPtrArray           *by_category;    /* PdComplaintStatsRow: every category with cases or
                                        * active, in sort order */
  GPtrArray           *by_department;  /* PdComplaintStatsRow: departments with cases, by
                                        * department id; "not assigned" (id 0) last */
  GPtrArray           *top_problems;   /* PdComplaintStatsRow (copies): the categories with the
                                        * most valid cases, most first (ties in sort order), at
                                        * most top_n, none with 0 valid cases */
} PdComplaintMonthStats;

void        pd_complaint_month_stats_free  (PdComplaintMonthStats *stats);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdComplaintMonthStats, pd_complaint_month_stats_free)

/* month 1..12 (PD_RULE_ERROR_RANGE otherwise). top_n: how many top problems (e.g. 5). */
PdComplaintMonthStats *pd_complaint_stats_month (PdDatabase  *db,
                                                 int          year,
                                                 int          month,
                                                 gint64       as_of,
                                                 guint        top_n,
                                                 GError     **error);

/* One line of the weekly report. The week's cutoff is min(end of week, as_of). */
typedef struct
{
  gint64  id;         /* department id; 0: the total / not assigned */
  char   *name;
  gint64  new_cases;  /* registered in the week by the cutoff (invalid ones included) */
  gint64  invalid;    /* of the new ones, judged not valid by the cutoff */
  gint64  closed;     /* signed off in the week, or judged not valid in the week */
  gint64  open;       /* not judged invalid, registered before the cutoff, not signed off by
                       * it (the backlog at the end of the week) */
  gint64  overdue;    /* of the open ones, no result by the cutoff and the deadline passed */
  gint64  serious;    /* serious cases registered in the week */
} PdComplaintWeekRow;

void        pd_complaint_week_row_free     (PdComplaintWeekRow *row);

typedef struct
{
  int                 iso_year;
  int                 week;            /* 1..53 */
  char               *label;           /* "2026-W07" */
  gint64              from;            /* Monday 00:00 local */
  gint64              to;              /* the next Monday 00:00 */
  gint64              as_of;
  PdComplaintWeekRow  total;
  GPtrArray          *by_department;   /* PdComplaintWeekRow, departments with any figure, by
                                        * id; "not assigned" (id 0) last */
} PdComplaintWeekStats;

void        pd_complaint_week_stats_free   (PdComplaintWeekStats *stats);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdComplaintWeekStats, pd_complaint_week_stats_free)

/* iso_week "2026-W07" (pd_iso_week_parse()). */
PdComplaintWeekStats *pd_complaint_stats_week (PdDatabase  *db,
                                               const char  *iso_week,
                                               gint64       as_of,
                                               GError     **error);

G_END_DECLS
