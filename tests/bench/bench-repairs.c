// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-bench"
#include "config.h"

#include <locale.h>
#include <string.h>

#include "bench-common.h"
#include "pd-callback-store.h"
#include "pd-repair-list.h"
#include "pd-repair-settings.h"

/* The repairs list on 200,000 orders over twelve months: milliseconds per query for the
 * filters and sorts of the repairs tab (target: under 20 ms), the overdue badge, and the
 * callback KPIs of a month. The orders are written straight into the table in one
 * transaction; the database is kept in the cache folder. */

#define N_ORDERS  200000
#define N_UNITS   4000
#define N_RUNS    15
#define TARGET_MS 20.0

static gint64
local_time (int y, int mo, int d, int h, int mi)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (y, mo, d, h, mi, 0);
  return g_date_time_to_unix (dt);
}

/* The instant the figures are taken at: the end of the generated year. */
static gint64 bench_now;

static const char *surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
static const char *givens[] = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
                                "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂英", "建华" };
static const char *problems[] = { "厨房水龙头漏水", "卫生间地漏堵塞", "客厅灯不亮", "插座没电",
                                  "入户门锁坏了", "窗户关不严", "空调不制冷", "空调漏水",
                                  "电梯按钮失灵", "楼道灯不亮", "墙面渗水", "马桶水箱漏水",
                                  "配电箱跳闸", "阳台推拉门卡住", "天花板掉灰", "热水器不出热水" };

static void
generate (PdDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED);
  g_autoptr(PdStmt) stmt = NULL;
  gint64 estate, start = bench_now - 365 * 86400;
  int serial_2025 = 0, serial_2026 = 0;
  glong n_surnames = g_utf8_strlen (surnames, -1);

  if (!pd_database_begin (db, &error))
    g_error ("%s", error->message);
  estate = pd_place_store_default_estate (db, &error);
  g_assert_no_error (error);
  for (int b = 1; b <= 20; b++)
    {
      g_autofree char *building = g_strdup_printf ("%d栋", b);
      gint64 building_id = pd_place_store_ensure_building (db, estate, building, &error);

      g_assert_no_error (error);
      stmt = pd_database_prepare (db, "INSERT INTO units (building_id, number, floor, area_centi)"
                                      " VALUES (?1, ?2, ?3, 8900)", &error);
      for (int u = 0; u < N_UNITS / 20; u++)
        {
          int floor = u / 8 + 1;
          g_autofree char *number = g_strdup_printf ("%d%02d", floor, u % 8 + 1);

          sqlite3_reset (stmt);
          sqlite3_bind_int64 (stmt, 1, building_id);
          sqlite3_bind_text (stmt, 2, number, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int (stmt, 3, floor);
          if (!pd_database_step_done (db, stmt, &error))
            g_error ("%s", error->message);
        }
      g_clear_pointer (&stmt, pd_stmt_release);
    }

  stmt = pd_database_prepare (db,
    "INSERT INTO repairs (serial, channel, unit_id, reporter, reporter_phone, category_id,"
    " description, urgency, class, state, reported_at, dispatched_at, accepted_at, arrived_at,"
    " completed_at, department_id, dispatcher, work_done, rating_quality, rating_attitude)"
    " VALUES (?1, 'phone', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1, '刘工',"
    " ?15, ?16, ?16)", &error);
  g_assert_no_error (error);
  for (int i = 0; i < N_ORDERS; i++)
    {
      /* Reports spread over the year, denser towards now so that the open orders are recent. */
      gint64 reported = start + (gint64)(g_rand_double (rand) * 365 * 86400);
      gint64 age = bench_now - reported;
      double roll = g_rand_double (rand);
      const char *state, *urgency;
      g_autofree char *serial = NULL, *name = NULL, *phone = NULL;
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (reported);
      gint64 dispatched = 0, accepted = 0, arrived = 0, completed = 0;
      glong s = g_rand_int_range (rand, 0, (gint32)n_surnames);
      const char *sp = g_utf8_offset_to_pointer (surnames, s);
      int stage;

      if (age < 3 * 86400)
        state = roll < 0.5 ? "new" : roll < 0.7 ? "dispatched" : roll < 0.8 ? "accepted"
              : roll < 0.9 ? "on_site" : "completed";
      else
        state = roll < 0.004 ? "dispatched" : roll < 0.03 ? "completed"
              : roll < 0.05 ? "cancelled" : "called_back";
      roll = g_rand_double (rand);
      urgency = roll < 0.15 ? "urgent" : roll < 0.6 ? "small" : "general";
      stage = g_str_equal (state, "new") ? 0 : g_str_equal (state, "dispatched") ? 1
            : g_str_equal (state, "accepted") ? 2 : g_str_equal (state, "on_site") ? 3
            : g_str_equal (state, "cancelled") ? 0 : 4;
      if (stage >= 1)
        dispatched = reported + g_rand_int_range (rand, 60, 1800);
      if (stage >= 2)
        accepted = dispatched + g_rand_int_range (rand, 60, 600);
      if (stage >= 3)
        arrived = accepted + g_rand_int_range (rand, 300, 2400);
      if (stage >= 4)
        completed = arrived + g_rand_int_range (rand, 1800, 3 * 86400);

      serial = g_strdup_printf ("BX%d-%06d", g_date_time_get_year (dt),
                                g_date_time_get_year (dt) == 2025 ? ++serial_2025 : ++serial_2026);
      name = g_strdup_printf ("%.*s%s", (int)(g_utf8_next_char (sp) - sp), sp,
                              givens[g_rand_int_range (rand, 0, G_N_ELEMENTS (givens))]);
      phone = g_strdup_printf ("1%d%09d", g_rand_int_range (rand, 30, 90),
                               g_rand_int_range (rand, 0, 1000000000));
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      sqlite3_bind_text (stmt, 1, serial, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, g_rand_int_range (rand, 1, N_UNITS + 1));
      sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, phone, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 5, g_rand_int_range (rand, 1, 8));
      sqlite3_bind_text (stmt, 6, problems[g_rand_int_range (rand, 0, G_N_ELEMENTS (problems))],
                         -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, urgency, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, g_rand_int_range (rand, 0, 10) == 0 ? "paid" : "B", -1,
                         SQLITE_STATIC);
      sqlite3_bind_text (stmt, 9, state, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 10, reported);
#define BIND_TIME(i, v) if ((v) != 0) sqlite3_bind_int64 (stmt, (i), (v))
      BIND_TIME (11, dispatched);
      BIND_TIME (12, accepted);
      BIND_TIME (13, arrived);
      BIND_TIME (14, completed);
#undef BIND_TIME
      sqlite3_bind_text (stmt, 15, completed ? "已修复" : "", -1, SQLITE_STATIC);
      if (completed)
        sqlite3_bind_int (stmt, 16, g_rand_int_range (rand, 3, 6));
      if (!pd_database_step_done (db, stmt, &error))
        g_error ("%s", error->message);
    }
  g_clear_pointer (&stmt, pd_stmt_release);

  /* One callback for every order closed by one. */
  if (!pd_database_exec (db,
                         "INSERT INTO callbacks (subject, subject_id, method, called_at, staff,"
                         " satisfied, recorded_at)"
                         " SELECT 'repair', id, CASE WHEN id % 10 < 7 THEN 'onsite' ELSE 'phone'"
                         " END, completed_at + 3600, '陈静', id % 20 <> 0, completed_at + 3600"
                         " FROM repairs WHERE state = 'called_back'", &error) ||
      !pd_database_exec (db, "INSERT INTO serials (series, year, last) SELECT 'BX',"
                             " CAST (substr (serial, 3, 4) AS INTEGER), max (CAST (substr"
                             " (serial, 8) AS INTEGER)) FROM repairs GROUP BY 2", &error) ||
      !pd_database_commit (db, &error))
    g_error ("%s", error->message);
  pd_database_exec (db, "ANALYZE", NULL);
}

static PdDatabase *
open_db (const char *argv0)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = bench_cache_dir (argv0);
  g_autofree char *name = g_strdup_printf ("bench-repairs-%d-v%d.db", N_ORDERS,
                                           pd_database_latest_version ());
  g_autofree char *path = g_build_filename (dir, name, NULL);
  PdDatabase *db;

  if (g_getenv ("PD_BENCH_FRESH") != NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *part = g_strconcat (path, ".part", NULL);
      double t0 = bench_now_ms ();

      g_unlink (part);
      db = pd_database_open (part, &error);
      if (db == NULL)
        g_error ("%s: %s", part, error->message);
      generate (db);
      pd_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
      g_object_unref (db);
      if (g_rename (part, path) != 0)
        g_error ("cannot rename %s: %s", part, g_strerror (errno));
      g_print ("# Inserted %d orders in %.1f s\n", N_ORDERS, (bench_now_ms () - t0) / 1000.0);
    }
  db = pd_database_open (path, &error);
  if (db == NULL)
    g_error ("%s: %s", path, error->message);
  return db;
}

typedef struct
{
  const char     *label;
  PdRepairFilter  filter;
  PdRepairSort    sort;
  const char     *text;
  gboolean        category;
  gboolean        month;
} Case;

static void
run_case (PdDatabase *db, const Case *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepairList) list = pd_repair_list_new (db);
  double times[N_RUNS];
  PdRepairQuery q;
  guint n = 0;

  pd_repair_query_init (&q);
  q.filter = c->filter;
  q.sort = c->sort;
  q.text = c->text;
  q.now = bench_now;
  if (c->category)
    q.category_id = 3;
  if (c->month)
    {
      g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (bench_now);
      pd_local_month_bounds (g_date_time_get_year (now), g_date_time_get_month (now) == 1 ? 12
                             : g_date_time_get_month (now) - 1, NULL, &q.reported_from,
                             &q.reported_to);
    }
  for (guint i = 0; i < N_RUNS; i++)
    {
      double t0 = bench_now_ms ();

      if (!pd_repair_list_set_query (list, &q, &error))
        g_error ("%s: %s", c->label, error->message);
      /* The first screen of rows, as the view asks for them. */
      n = g_list_model_get_n_items (G_LIST_MODEL (list));
      for (guint k = 0; k < MIN (n, 30); k++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), k));
      times[i] = bench_now_ms () - t0;
    }
  g_print ("%-34s %8u rows %8.2f ms%s\n", c->label, n, bench_median (times, N_RUNS),
           bench_median (times, N_RUNS) > TARGET_MS ? "  (over target)" : "");
}

int
main (int argc, char **argv)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  const Case cases[] = {
    { "open, overdue first", PD_REPAIR_FILTER_OPEN, PD_REPAIR_SORT_OVERDUE_FIRST },
    { "overdue only", PD_REPAIR_FILTER_OVERDUE, PD_REPAIR_SORT_OVERDUE_FIRST },
    { "awaiting callback", PD_REPAIR_FILTER_AWAITING_CALLBACK, PD_REPAIR_SORT_REPORTED },
    { "all, newest first", PD_REPAIR_FILTER_ALL, PD_REPAIR_SORT_REPORTED },
    { "all, overdue first", PD_REPAIR_FILTER_ALL, PD_REPAIR_SORT_OVERDUE_FIRST },
    { "category, all, newest first", PD_REPAIR_FILTER_ALL, PD_REPAIR_SORT_REPORTED, NULL, TRUE },
    { "last month, all", PD_REPAIR_FILTER_ALL, PD_REPAIR_SORT_REPORTED, NULL, FALSE, TRUE },
    { "last month, category", PD_REPAIR_FILTER_ALL, PD_REPAIR_SORT_REPORTED, NULL, TRUE, TRUE },
    { "text: serial BX2026-012345", PD_REPAIR_FILTER_ALL, PD_REPAIR_SORT_REPORTED,
      "BX2026-012345" },
    { "text: unit 7栋 1203", PD_REPAIR_FILTER_ALL, PD_REPAIR_SORT_REPORTED, "7栋 1203" },
    { "text: reporter 王芳", PD_REPAIR_FILTER_ALL, PD_REPAIR_SORT_REPORTED, "王芳" },
    { "text: description 漏水", PD_REPAIR_FILTER_ALL, PD_REPAIR_SORT_REPORTED, "漏水" },
    { "text: phone 4321", PD_REPAIR_FILTER_ALL, PD_REPAIR_SORT_REPORTED, "4321" },
    { "text + open: 漏水", PD_REPAIR_FILTER_OPEN, PD_REPAIR_SORT_OVERDUE_FIRST, "漏水" },
  };
  double times[N_RUNS];
  gint64 overdue = 0, from, to;
  PdCallbackKpis k;

  setlocale (LC_ALL, "");
  bench_now = local_time (2026, 11, 20, 12, 0);
  db = open_db (argv[0]);

  g_print ("# Repairs list, %d orders, median of %d runs (target %.0f ms)\n", N_ORDERS, N_RUNS,
           TARGET_MS);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    run_case (db, &cases[i]);

  for (guint i = 0; i < N_RUNS; i++)
    {
      double t0 = bench_now_ms ();
      overdue = pd_repair_store_count_overdue (db, bench_now, &error);
      g_assert_no_error (error);
      times[i] = bench_now_ms () - t0;
    }
  g_print ("%-34s %8" G_GINT64_FORMAT " rows %8.2f ms\n", "overdue badge count", overdue,
           bench_median (times, N_RUNS));

  pd_local_month_bounds (2026, 10, NULL, &from, &to);
  for (guint i = 0; i < N_RUNS; i++)
    {
      double t0 = bench_now_ms ();
      if (!pd_callback_store_kpis (db, PD_CALLBACK_SUBJECT_REPAIR, from, to, &k, &error))
        g_error ("%s", error->message);
      times[i] = bench_now_ms () - t0;
    }
  g_print ("%-34s %8" G_GINT64_FORMAT " done %8.2f ms  (callback %d‰, on site %d‰, "
           "satisfied %d‰)\n", "callback KPIs, one month", k.completed,
           bench_median (times, N_RUNS), k.callback_rate_permille, k.onsite_share_permille,
           k.satisfaction_permille);
  return 0;
}
