// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include <glib.h>

#include "pd-complaint-stats.h"
#include "pd-complaint-store.h"
#include "pd-rule-error.h"
#include "pd-test-complaints.h"

static gint64
mar (int day,
     int hour)
{
  return pd_test_time (2026, 3, day, hour, 0, 0);
}

static PdComplaintStatsRow *
row_by_name (GPtrArray  *rows,
             const char *name)
{
  for (guint i = 0; i < rows->len; i++)
    {
      PdComplaintStatsRow *row = g_ptr_array_index (rows, i);
      if (g_strcmp0 (row->name, name) == 0)
        return row;
    }
  g_error ("no row %s", name);
  return NULL;
}

static void
assert_row (const PdComplaintStatsRow *row,
            gint64 cases, gint64 invalid, gint64 on_time, gint64 late, gint64 open_not_due,
            gint64 serious, int rate)
{
  g_assert_cmpint (row->cases, ==, cases);
  g_assert_cmpint (row->invalid, ==, invalid);
  g_assert_cmpint (row->valid, ==, cases - invalid);
  g_assert_cmpint (row->on_time, ==, on_time);
  g_assert_cmpint (row->late, ==, late);
  g_assert_cmpint (row->open_not_due, ==, open_not_due);
  g_assert_cmpint (row->serious, ==, serious);
  g_assert_cmpint (row->rate_permille, ==, rate);
}

/* March 2026, reported on 5 April 00:00. The cases, by category:
 *   设施设备与维修 (engineering): K1 result exactly at the deadline (on time), K2 one second
 *     after it (late), K3 not valid (excluded), K10 registered at 1 March 00:00:00 and done
 *     in time (on time);
 *   安全与秩序 (security): K4 serious, open, the manager's deadline 10 April (open, not yet
 *     due), K5 open past its deadline (late), K6 dispatched to environment, done in time
 *     (on time, counted for environment);
 *   清洁与绿化 (environment): K8 result recorded after the report time, deadline after it
 *     (open, not yet due), K9 not yet judged, open past its deadline (late).
 * Outside the month: K7 (27 February) and K11 (1 April 00:00:00). */
static void
test_month (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdComplaintMonthStats) stats = NULL;
  g_autoptr(GArray) ids = NULL;
  PdTestDb t;
  PdComplaintQuery query;
  gint64 as_of = pd_test_time (2026, 4, 5, 0, 0, 0);
  gint64 on_time = 0, late = 0, open = 0, excluded = 0;
  const PdTestComplaint cases[] = {
    { "TS2026-0001", "设施设备与维修", NULL, "handled", 1, FALSE, mar (2, 9), mar (4, 9), 0,
      mar (4, 9) },
    { "TS2026-0002", "设施设备与维修", NULL, "handled", 1, FALSE, mar (3, 9), mar (5, 9), 0,
      mar (5, 9) + 1 },
    { "TS2026-0003", "设施设备与维修", NULL, "invalid", 0, FALSE, mar (3, 10), 0, mar (3, 11) },
    { "TS2026-0004", "安全与秩序", "security", "dispatched", 1, TRUE, mar (31, 23),
      pd_test_time (2026, 4, 10, 18, 0, 0) },
    { "TS2026-0005", "安全与秩序", "security", "dispatched", 1, FALSE, mar (10, 9),
      mar (12, 9) },
    { "TS2026-0006", "安全与秩序", "environment", "signed_off", 1, FALSE, mar (15, 9),
      mar (17, 9), 0, mar (16, 9), mar (18, 9) },
    { "TS2026-0007", "设施设备与维修", NULL, "handled", 1, FALSE,
      pd_test_time (2026, 2, 27, 9, 0, 0), 0, 0, pd_test_time (2026, 2, 28, 9, 0, 0) },
    { "TS2026-0008", "清洁与绿化", NULL, "handled", 1, FALSE, mar (31, 10),
      pd_test_time (2026, 4, 6, 0, 0, 0), 0, as_of + 3600 },
    { "TS2026-0009", "清洁与绿化", NULL, "registered", -1, FALSE, mar (20, 9), mar (22, 9) },
    { "TS2026-0010", "设施设备与维修", NULL, "handled", 1, FALSE, mar (1, 0), 0, 0,
      mar (1, 10) },
    { "TS2026-0011", "设施设备与维修", NULL, "registered", -1, FALSE,
      pd_test_time (2026, 4, 1, 0, 0, 0) },
  };

  pd_test_db_setup (&t);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    pd_test_insert_complaint (t.db, &cases[i]);

  stats = pd_complaint_stats_month (t.db, 2026, 3, as_of, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stats->from, ==, mar (1, 0));
  g_assert_cmpint (stats->to, ==, pd_test_time (2026, 4, 1, 0, 0, 0));
  g_assert_cmpint (stats->as_of, ==, as_of);

  /* 9 cases, 1 not valid; rate 3 / (3 + 3). */
  assert_row (&stats->total, 9, 1, 3, 3, 2, 1, 500);

  g_assert_cmpuint (stats->by_category->len, ==, 9);
  assert_row (row_by_name (stats->by_category, "设施设备与维修"), 4, 1, 2, 1, 0, 0, 667);
  assert_row (row_by_name (stats->by_category, "安全与秩序"), 3, 0, 1, 1, 1, 1, 500);
  assert_row (row_by_name (stats->by_category, "清洁与绿化"), 2, 0, 0, 1, 1, 0, 0);
  assert_row (row_by_name (stats->by_category, "收费"), 0, 0, 0, 0, 0, 0, -1);

  g_assert_cmpuint (stats->by_department->len, ==, 3);
  assert_row (g_ptr_array_index (stats->by_department, 0), 4, 1, 2, 1, 0, 0, 667);
  g_assert_cmpstr (((PdComplaintStatsRow *)g_ptr_array_index (stats->by_department, 0))->name,
                   ==, "工程部");
  assert_row (row_by_name (stats->by_department, "秩序维护部"), 2, 0, 0, 1, 1, 1, 0);
  assert_row (row_by_name (stats->by_department, "环境部"), 3, 0, 1, 1, 1, 0, 500);

  /* Top problems by valid cases; the tie keeps the category order. */
  g_assert_cmpuint (stats->top_problems->len, ==, 2);
  g_assert_cmpstr (((PdComplaintStatsRow *)g_ptr_array_index (stats->top_problems, 0))->name, ==,
                   "设施设备与维修");
  g_assert_cmpstr (((PdComplaintStatsRow *)g_ptr_array_index (stats->top_problems, 1))->name, ==,
                   "安全与秩序");

  /* The SQL counting and the rule agree case by case. */
  pd_complaint_query_init (&query);
  query.filter = PD_COMPLAINT_FILTER_ALL;
  query.received_from = stats->from;
  query.received_to = stats->to;
  ids = pd_complaint_store_query_ids (t.db, &query, &error);
  g_assert_cmpuint (ids->len, ==, 9);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(PdComplaint) c = pd_complaint_store_get (t.db, g_array_index (ids, gint64, i),
                                                         &error);
      switch (pd_complaint_get_timeliness (c, as_of))
        {
        case PD_COMPLAINT_TIMELINESS_ON_TIME: on_time++; break;
        case PD_COMPLAINT_TIMELINESS_LATE: late++; break;
        case PD_COMPLAINT_TIMELINESS_OPEN_NOT_DUE: open++; break;
        case PD_COMPLAINT_TIMELINESS_EXCLUDED: default: excluded++; break;
        }
    }
  g_assert_cmpint (on_time, ==, stats->total.on_time);
  g_assert_cmpint (late, ==, stats->total.late);
  g_assert_cmpint (open, ==, stats->total.open_not_due);
  g_assert_cmpint (excluded, ==, stats->total.invalid);

  /* Reported at the month end, 1 April 00:00: K8's result is not in yet and both K4 and K8
   * are before their deadlines, so the figures are the same. */
  g_clear_pointer (&stats, pd_complaint_month_stats_free);
  stats = pd_complaint_stats_month (t.db, 2026, 3, pd_test_time (2026, 4, 1, 0, 0, 0), 5, &error);
  g_assert_no_error (error);
  assert_row (&stats->total, 9, 1, 3, 3, 2, 1, 500);
  g_assert_cmpuint (stats->top_problems->len, ==, 3);

  /* Reported on 11 April: K4's deadline (10 April) has passed, so it is late; K8's result
   * (5 April 01:00) is now seen and came before its deadline (6 April), so it is on time. */
  g_clear_pointer (&stats, pd_complaint_month_stats_free);
  stats = pd_complaint_stats_month (t.db, 2026, 3, pd_test_time (2026, 4, 11, 0, 0, 0), 5,
                                    &error);
  g_assert_no_error (error);
  assert_row (&stats->total, 9, 1, 4, 4, 0, 1, 500);

  g_clear_pointer (&stats, pd_complaint_month_stats_free);
  g_assert_null (pd_complaint_stats_month (t.db, 2026, 13, as_of, 5, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
  pd_test_db_teardown (&t);
}

/* ISO week 2026-W11: Monday 9 March to Monday 16 March. */
static void
test_week (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdComplaintWeekStats) week = NULL;
  PdComplaintWeekRow *row;
  PdTestDb t;
  const PdTestComplaint cases[] = {
    /* W1 new, signed off in the week: closed. */
    { "TS2026-0101", "设施设备与维修", "engineering", "signed_off", 1, FALSE, mar (10, 9), 0, 0,
      mar (11, 9), mar (12, 9) },
    /* W2 new, judged not valid in the week: invalid and closed. */
    { "TS2026-0102", "安全与秩序", NULL, "invalid", 0, FALSE, mar (11, 9), 0, mar (11, 10) },
    /* W3 new, serious, open, deadline passed within the week: overdue. */
    { "TS2026-0103", "安全与秩序", "security", "dispatched", 1, TRUE, mar (13, 9),
      mar (15, 9) },
    /* W4 new, open, deadline after the week: open only. */
    { "TS2026-0104", "清洁与绿化", NULL, "registered", -1, FALSE, mar (14, 9), mar (16, 9) },
    /* W5 from the week before, still open and overdue. */
    { "TS2026-0105", "设施设备与维修", NULL, "dispatched", 1, FALSE, mar (2, 9), mar (4, 9) },
    /* W6 from the week before, signed off in the week: closed. */
    { "TS2026-0106", "设施设备与维修", NULL, "signed_off", 1, FALSE, mar (3, 9), 0, 0,
      mar (4, 9), mar (10, 9) },
    /* W7 from the week before, signed off after the week: open at its end; its result came
     * before the deadline, so not overdue. */
    { "TS2026-0107", "清洁与绿化", NULL, "signed_off", 1, FALSE, mar (5, 9), mar (7, 9), 0,
      mar (6, 9), mar (20, 9) },
    /* W8 after the week; W9 long before it. */
    { "TS2026-0108", "清洁与绿化", NULL, "registered", -1, FALSE, mar (17, 9) },
    { "TS2026-0109", "设施设备与维修", NULL, "archived", 1, FALSE,
      pd_test_time (2026, 2, 1, 9, 0, 0), 0, 0, pd_test_time (2026, 2, 2, 9, 0, 0),
      pd_test_time (2026, 2, 5, 9, 0, 0) },
    /* W10 new, judged not valid only after the week: open and overdue at the week's end. */
    { "TS2026-0110", "安全与秩序", NULL, "invalid", 0, FALSE, mar (12, 9), mar (14, 9),
      mar (17, 9) },
  };

  pd_test_db_setup (&t);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    pd_test_insert_complaint (t.db, &cases[i]);

  week = pd_complaint_stats_week (t.db, "2026-W11", pd_test_time (2026, 4, 5, 0, 0, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (week->label, ==, "2026-W11");
  g_assert_cmpint (week->from, ==, mar (9, 0));
  g_assert_cmpint (week->to, ==, mar (16, 0));

  g_assert_cmpint (week->total.new_cases, ==, 5);
  g_assert_cmpint (week->total.invalid, ==, 1);
  g_assert_cmpint (week->total.closed, ==, 3);
  g_assert_cmpint (week->total.open, ==, 5);
  g_assert_cmpint (week->total.overdue, ==, 3);
  g_assert_cmpint (week->total.serious, ==, 1);

  g_assert_cmpuint (week->by_department->len, ==, 3);
  row = g_ptr_array_index (week->by_department, 0);
  g_assert_cmpstr (row->name, ==, "工程部");
  g_assert_cmpint (row->new_cases, ==, 1);
  g_assert_cmpint (row->closed, ==, 2);
  g_assert_cmpint (row->open, ==, 1);
  g_assert_cmpint (row->overdue, ==, 1);
  row = g_ptr_array_index (week->by_department, 1);
  g_assert_cmpstr (row->name, ==, "秩序维护部");
  g_assert_cmpint (row->new_cases, ==, 3);
  g_assert_cmpint (row->invalid, ==, 1);
  g_assert_cmpint (row->closed, ==, 1);
  g_assert_cmpint (row->open, ==, 2);
  g_assert_cmpint (row->overdue, ==, 2);
  g_assert_cmpint (row->serious, ==, 1);
  row = g_ptr_array_index (week->by_department, 2);
  g_assert_cmpstr (row->name, ==, "环境部");
  g_assert_cmpint (row->new_cases, ==, 1);
  g_assert_cmpint (row->closed, ==, 0);
  g_assert_cmpint (row->open, ==, 2);
  g_assert_cmpint (row->overdue, ==, 0);

  /* Reported on Friday 13 March 12:00, mid-week: W4 is not registered yet; W3 (deadline 15
   * March) and W10 (14 March) are not overdue yet, W5 is. */
  g_clear_pointer (&week, pd_complaint_week_stats_free);
  week = pd_complaint_stats_week (t.db, "2026-W11", mar (13, 12), &error);
  g_assert_no_error (error);
  g_assert_cmpint (week->total.new_cases, ==, 4);
  g_assert_cmpint (week->total.closed, ==, 3);
  g_assert_cmpint (week->total.open, ==, 4);
  g_assert_cmpint (week->total.overdue, ==, 1);

  g_clear_pointer (&week, pd_complaint_week_stats_free);
  g_assert_null (pd_complaint_stats_week (t.db, "2026-W60", 0, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
  pd_test_db_teardown (&t);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/complaint-stats/month", test_month);
  g_test_add_func ("/core/complaint-stats/week", test_week);
  return g_test_run ();
}
