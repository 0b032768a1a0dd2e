// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-repair-report-export.h"
#include "pd-repair-rules.h"
#include "pd-repair-settings.h"
#include "pd-repair-stats.h"
#include "pd-rule-error.h"
#include "pd-test-repairs.h"
#include "pd-test-util.h"
#include "pd-test-xlsx.h"

/* A hand-built March 2026 (Asia/Shanghai, default deadlines: on site 20 min, urgent 4 h, small
 * the same day or the next after 18:00, general 2 days), with orders just outside the month. */

#define T(d, h, m) pd_test_local_time (2026, 3, (d), (h), (m))

static void
add_charge (PdDatabase *db,
            gint64      repair_id,
            gint64      amount_fen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "INSERT INTO repair_charges (repair_id, line_no,"
                                                " item, unit, quantity_milli, unit_price_fen,"
                                                " amount_fen) VALUES (?1, 1, '更换水龙头', '个',"
                                                " 1000, ?2, ?2)",
                                                &error);

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, repair_id);
  sqlite3_bind_int64 (stmt, 2, amount_fen);
  g_assert_true (pd_database_step_done (db, stmt, &error));
}

static void
add_callback (PdDatabase *db,
              gint64      repair_id,
              const char *method,
              gint64      at,
              gboolean    satisfied)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "INSERT INTO callbacks (subject, subject_id,"
                                                " method, called_at, staff, satisfied,"
                                                " recorded_at) VALUES ('repair', ?1, ?2, ?3,"
                                                " '周丽', ?4, ?3)",
                                                &error);

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, repair_id);
  sqlite3_bind_text (stmt, 2, method, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, at);
  sqlite3_bind_int (stmt, 4, satisfied);
  g_assert_true (pd_database_step_done (db, stmt, &error));
}

static void
fill_march (PdDatabase *db)
{
  gint64 unit = pd_test_add_unit (db, "3栋", "1201", 89);
  gint64 id;

  /* 1: urgent, on site in 15 min (due 09:26), done at 12:00 (due 13:00); called back. */
  id = pd_test_insert_repair (db, &(PdTestRepair) {
    .serial = "BX2026-000001", .unit_id = unit, .category = "给排水", .urgency = "urgent",
    .klass = "B", .state = "called_back", .reported_at = T (2, 9, 0),
    .dispatched_at = T (2, 9, 5), .accepted_at = T (2, 9, 6), .arrived_at = T (2, 9, 20),
    .completed_at = T (2, 12, 0), .rating_quality = 5, .rating_attitude = 5 });
  add_callback (db, id, "onsite", T (3, 10, 0), TRUE);

  /* 2: small and paid, on site at the due minute, done the same day; 55.00 yuan. */
  id = pd_test_insert_repair (db, &(PdTestRepair) {
    .serial = "BX2026-000002", .unit_id = unit, .category = "电气", .urgency = "small",
    .klass = "paid", .state = "completed", .reported_at = T (5, 10, 0),
    .dispatched_at = T (5, 10, 10), .arrived_at = T (5, 10, 30), .completed_at = T (5, 17, 0),
    .rating_quality = 4, .rating_attitude = 3 });
  add_charge (db, id, 5500);
  add_callback (db, id, "phone", T (6, 11, 0), TRUE);

  /* 3: general reported after hours on the 10th: due at the end of the 12th, done on the 13th. */
  pd_test_insert_repair (db, &(PdTestRepair) {
    .serial = "BX2026-000003", .unit_id = unit, .category = "门窗", .urgency = "general",
    .klass = "A", .state = "completed", .reported_at = T (10, 19, 0),
    .dispatched_at = T (11, 8, 0), .arrived_at = T (11, 8, 15), .completed_at = T (13, 10, 0),
    .rating_quality = 4, .rating_attitude = 4 });

  /* 4: dispatched at 23:55 on the last day, nobody on site by 00:30: overdue on site; its
   * completion clock (after the cutoff: the end of 2 April) still runs. */
  pd_test_insert_repair (db, &(PdTestRepair) {
    .serial = "BX2026-000004", .unit_id = unit, .category = "给排水", .urgency = "small",
    .klass = "B", .state = "dispatched", .reported_at = T (31, 23, 50),
    .dispatched_at = T (31, 23, 55) });

  /* 5: cancelled: counted, never measured. */
  pd_test_insert_repair (db, &(PdTestRepair) {
    .serial = "BX2026-000005", .unit_id = unit, .category = "空调", .urgency = "urgent",
    .klass = "B", .state = "cancelled", .reported_at = T (15, 14, 0) });

  /* 6: a public-area order never dispatched: no on-site clock, completion overdue. */
  pd_test_insert_repair (db, &(PdTestRepair) {
    .serial = "BX2026-000006", .category = "电梯", .urgency = "general", .klass = "B",
    .reported_at = T (20, 9, 0) });

  /* Outside the month by a minute on each side; the February one is paid and completed in
   * March, so its callback counts in March, its charge does not. */
  id = pd_test_insert_repair (db, &(PdTestRepair) {
    .serial = "BX2026-000007", .unit_id = unit, .category = "其他", .urgency = "general",
    .klass = "paid", .state = "completed", .reported_at = pd_test_local_time (2026, 2, 28, 23, 59),
    .dispatched_at = T (1, 8, 0), .arrived_at = T (1, 8, 10), .completed_at = T (1, 10, 0) });
  add_charge (db, id, 1000);
  add_callback (db, id, "onsite", T (2, 15, 0), FALSE);
  pd_test_insert_repair (db, &(PdTestRepair) {
    .serial = "BX2026-000008", .unit_id = unit, .category = "其他", .urgency = "general",
    .klass = "B", .reported_at = pd_test_local_time (2026, 4, 1, 0, 0) });
}

static gint64
category_count (const PdRepairStats *st,
                const char          *name)
{
  for (guint i = 0; i < st->categories->len; i++)
    {
      PdRepairStatsCategory *c = g_ptr_array_index (st->categories, i);
      if (g_str_equal (c->name, name))
        return c->count;
    }
  g_assert_not_reached ();
}

static void
test_month (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepairStats) st = NULL;
  PdCallbackKpis kpis;
  const gint64 now = pd_test_local_time (2026, 4, 1, 0, 30);

  pd_test_db_setup (&t);
  fill_march (t.db);

  st = pd_repair_stats_compute (t.db, 2026, 3, now, &error);
  g_assert_no_error (error);
  g_assert_nonnull (st);

  g_assert_cmpint (st->from, ==, T (1, 0, 0));
  g_assert_cmpint (st->to, ==, pd_test_local_time (2026, 4, 1, 0, 0));
  g_assert_cmpint (st->total, ==, 6);
  g_assert_cmpint (st->done, ==, 3);
  g_assert_cmpint (st->open, ==, 2);
  g_assert_cmpint (st->cancelled, ==, 1);
  g_assert_cmpint (st->public_area, ==, 1);

  /* Every category in sort order, the unused ones with 0. */
  g_assert_cmpuint (st->categories->len, ==, 7);
  g_assert_cmpstr (((PdRepairStatsCategory *) g_ptr_array_index (st->categories, 0))->name, ==,
                   "给排水");
  g_assert_cmpint (category_count (st, "给排水"), ==, 2);
  g_assert_cmpint (category_count (st, "电气"), ==, 1);
  g_assert_cmpint (category_count (st, "门窗"), ==, 1);
  g_assert_cmpint (category_count (st, "空调"), ==, 1);
  g_assert_cmpint (category_count (st, "电梯"), ==, 1);
  g_assert_cmpint (category_count (st, "公共设施"), ==, 0);
  g_assert_cmpint (category_count (st, "其他"), ==, 0);

  g_assert_cmpint (st->by_urgency[PD_REPAIR_URGENCY_URGENT], ==, 2);
  g_assert_cmpint (st->by_urgency[PD_REPAIR_URGENCY_SMALL], ==, 2);
  g_assert_cmpint (st->by_urgency[PD_REPAIR_URGENCY_GENERAL], ==, 2);
  g_assert_cmpint (st->by_class[PD_ORDER_CLASS_A], ==, 1);
  g_assert_cmpint (st->by_class[PD_ORDER_CLASS_B], ==, 4);
  g_assert_cmpint (st->by_class[PD_ORDER_CLASS_PAID], ==, 1);

  /* Arrival: 1, 2 (at the due minute), 3 on time; 4 overdue; 6 has no clock. */
  g_assert_cmpint (st->onsite_measured, ==, 4);
  g_assert_cmpint (st->onsite_met, ==, 3);
  g_assert_cmpint (st->onsite_rate_permille, ==, 750);
  /* Completion: 1, 2 on time; 3 late; 6 overdue; 4 still running. */
  g_assert_cmpint (st->completion_measured, ==, 4);
  g_assert_cmpint (st->completion_met, ==, 2);
  g_assert_cmpint (st->completion_rate_permille, ==, 500);

  /* Ratings: quality 5, 4, 4 → 4.33; attitude 5, 3, 4 → 4.00. */
  g_assert_cmpint (st->rated_quality, ==, 3);
  g_assert_cmpint (st->avg_quality_centi, ==, 433);
  g_assert_cmpint (st->avg_attitude_centi, ==, 400);

  /* Paid income of the month's orders: order 2 only; February's order 7, done in March, belongs
   * to February's table. */
  g_assert_cmpint (st->paid_orders, ==, 1);
  g_assert_cmpint (st->paid_income_fen, ==, 5500);

  /* Callbacks: the callback store's own figures for the month. */
  g_assert_true (pd_callback_store_kpis (t.db, PD_CALLBACK_SUBJECT_REPAIR, st->from, st->to,
                                         &kpis, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (&st->callbacks, sizeof kpis, &kpis, sizeof kpis);
  g_assert_cmpint (st->callbacks.callbacks, ==, 3);
  g_assert_cmpint (st->callbacks.onsite, ==, 2);
  g_assert_cmpint (st->callbacks.satisfied, ==, 2);
  g_assert_cmpint (st->callbacks.satisfaction_permille, ==, 667);
  g_assert_cmpint (st->callbacks.onsite_share_permille, ==, 667);
  g_assert_cmpint (st->callbacks.completed, ==, 4);

  /* Later, order 4's completion clock has run out too. */
  {
    g_autoptr(PdRepairStats) later = pd_repair_stats_compute (t.db, 2026, 3,
                                                              pd_test_local_time (2026, 4, 3, 0,
                                                                                  0),
                                                              &error);
    g_assert_no_error (error);
    g_assert_cmpint (later->completion_measured, ==, 5);
    g_assert_cmpint (later->completion_met, ==, 2);
    g_assert_cmpint (later->completion_rate_permille, ==, 400);
  }

  pd_test_db_teardown (&t);
}

/* The rates follow the deadlines in the settings. */
static void
test_settings (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepairStats) st = NULL;
  PdRepairTimes times;

  pd_test_db_setup (&t);
  fill_march (t.db);
  pd_repair_times_init_defaults (&times);
  times.onsite_minutes = 15;
  times.general_days = 3;
  g_assert_true (pd_repair_settings_save_times (t.db, &times, &error));
  g_assert_no_error (error);

  st = pd_repair_stats_compute (t.db, 2026, 3, pd_test_local_time (2026, 4, 1, 0, 30), &error);
  g_assert_no_error (error);
  /* On site within 15 minutes: 1 (14 min after acceptance) and 3 (at the due minute); 2 is
   * late now. */
  g_assert_cmpint (st->onsite_measured, ==, 4);
  g_assert_cmpint (st->onsite_met, ==, 2);
  /* General within 3 days: order 3 is on time now. */
  g_assert_cmpint (st->completion_met, ==, 3);

  pd_test_db_teardown (&t);
}

static void
test_empty_month (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepairStats) st = NULL;
  g_autofree char *avg = NULL;

  pd_test_db_setup (&t);
  st = pd_repair_stats_compute (t.db, 2026, 2, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (st->total, ==, 0);
  g_assert_cmpint (st->onsite_rate_permille, ==, -1);
  g_assert_cmpint (st->completion_rate_permille, ==, -1);
  g_assert_cmpint (st->avg_quality_centi, ==, -1);
  g_assert_cmpint (st->callbacks.satisfaction_permille, ==, -1);
  avg = pd_repair_stats_format_average (st->avg_quality_centi);
  g_assert_cmpstr (avg, ==, "—");
  pd_test_db_teardown (&t);
}

static void
test_parse_month (void)
{
  static const struct { const char *text; int year, month; } good[] = {
    { "2026-03", 2026, 3 }, { "2026-3", 2026, 3 }, { " 2025-12 ", 2025, 12 }, { "1900-01", 1900, 1 },
  };
  static const char *bad[] = {
    "", "2026", "2026-13", "2026-00", "2026-003", "26-03", "2026/03", "2026-03-01", "abcd-ef",
    "2026-", "-03", "3000-01", "2026-+3",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      int y = 0, m = 0;
      g_assert_true (pd_repair_stats_parse_month (good[i].text, &y, &m, NULL));
      g_assert_cmpint (y, ==, good[i].year);
      g_assert_cmpint (m, ==, good[i].month);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      int y = 0, m = 0;

      g_test_message ("“%s”", bad[i]);
      g_assert_false (pd_repair_stats_parse_month (bad[i], &y, &m, &error));
      g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
    }
}

static void
test_format_average (void)
{
  g_autofree char *a = pd_repair_stats_format_average (433);
  g_autofree char *b = pd_repair_stats_format_average (500);
  g_autofree char *c = pd_repair_stats_format_average (105);

  g_assert_cmpstr (a, ==, "4.33");
  g_assert_cmpstr (b, ==, "5.00");
  g_assert_cmpstr (c, ==, "1.05");
}

static void
test_report_export (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Xlsx) stats = NULL;
  g_autoptr(Xlsx) list = NULL;
  guint orders = 0;

  pd_test_db_setup (&t);
  fill_march (t.db);
  out = g_build_filename (t.dir, "report.xlsx", NULL);

  g_assert_true (pd_repair_report_export_xlsx (t.db, 2026, 3,
                                               pd_test_local_time (2026, 4, 1, 0, 30), out, NULL,
                                               NULL, &orders, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (orders, ==, 6);

  stats = xlsx_read_sheet (out, 1);
  g_assert_cmpstr (cell (stats, "A1"), ==, C_("repair report", "Repair Statistics"));
  g_assert_true (xlsx_contains (stats, "给排水"));
  g_assert_true (xlsx_contains (stats, "3 / 4"));
  g_assert_true (xlsx_contains (stats, "2 / 4"));
  g_assert_true (xlsx_contains (stats, "4.33"));
  g_assert_true (xlsx_contains (stats, "55"));
  g_assert_true (xlsx_contains (stats, "0.75"));
  g_assert_nonnull (strstr (stats->sheet_xml, "orientation=\"portrait\""));
  g_assert_nonnull (strstr (stats->sheet_xml, "fitToPage=\"1\""));

  list = xlsx_read_sheet (out, 2);
  g_assert_cmpstr (cell (list, "B4"), ==, "BX2026-000001");
  g_assert_cmpstr (cell (list, "D4"), ==, "3栋 1201");
  g_assert_cmpstr (cell (list, "L4"), ==, C_("repair clock", "On time"));
  /* In order of report: 1, 2, 3, 5 (cancelled, no clocks), 6, 4. */
  g_assert_cmpstr (cell (list, "B7"), ==, "BX2026-000005");
  g_assert_cmpstr (cell (list, "M7"), ==, "—");
  g_assert_cmpstr (cell (list, "B8"), ==, "BX2026-000006");
  g_assert_cmpstr (cell (list, "L8"), ==, "—");
  g_assert_cmpstr (cell (list, "M8"), ==, C_("repair clock", "Overdue"));
  g_assert_cmpstr (cell (list, "B9"), ==, "BX2026-000004");
  g_assert_cmpstr (cell (list, "L9"), ==, C_("repair clock", "Overdue"));
  g_assert_cmpstr (cell (list, "M9"), ==, C_("repair clock", "Running"));
  g_assert_cmpstr (cell (list, "A10"), ==, "");
  g_assert_false (xlsx_contains (list, "BX2026-000007"));
  g_assert_nonnull (strstr (list->sheet_xml, "orientation=\"landscape\""));

  pd_test_db_teardown (&t);
}

static gboolean
cancel_cb (guint    done,
           guint    total,
           gpointer user_data)
{
  return FALSE;
}

static void
test_report_cancel (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  pd_test_db_setup (&t);
  fill_march (t.db);
  out = g_build_filename (t.dir, "cancelled.xlsx", NULL);
  g_assert_false (pd_repair_report_export_xlsx (t.db, 2026, 3, 0, out, cancel_cb, NULL, NULL,
                                                &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  pd_test_db_teardown (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/repair-stats/month", test_month);
  g_test_add_func ("/core/repair-stats/settings", test_settings);
  g_test_add_func ("/core/repair-stats/empty-month", test_empty_month);
  g_test_add_func ("/core/repair-stats/parse-month", test_parse_month);
  g_test_add_func ("/core/repair-stats/format-average", test_format_average);
  g_test_add_func ("/core/repair-stats/report", test_report_export);
  g_test_add_func ("/core/repair-stats/report-cancel", test_report_cancel);

  return g_test_run ();
}
