// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-bench"
#include "config.h"

#include <locale.h>
#include <string.h>
#include <time.h>

#include "bench-common.h"
#include "pd-complaint-list.h"
#include "pd-complaint-stats.h"
#include "pd-contact-list.h"

/* The complaints tab on a year of data: 300,000 call/visit register entries and 50,000
 * complaints in every state, written straight into the tables in one transaction (kept in the
 * cache folder). Prints milliseconds per register search kind, for the complaint list, the
 * monthly statistics and the weekly report (target: each under 100 ms). */

#define N_CONTACTS   300000
#define N_COMPLAINTS 50000
#define N_UNITS      4000
#define N_RUNS       7
#define TARGET_MS    100.0

/* The end of the generated year, 1 January 2026 00:00 local: the figures are taken then. */
static gint64 bench_now;

static const char *surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
static const char *givens[] = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
                                "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂英", "建华" };
static const char *said[] = { "楼上漏水到我家天花板", "电梯经常停在半层", "门禁卡失灵进不了门",
                              "垃圾两天没有清运", "楼道堆放杂物", "夜里装修噪音太大",
                              "快递报纸经常丢失", "物业费账单有疑问", "保安态度不好",
                              "停车位被外来车辆占用", "草坪很久没修剪", "咨询装修审批手续",
                              "小区路灯不亮", "水压太低", "宠物粪便无人清理", "电费怎么缴" };

static char *
random_name (GRand *rand)
{
  glong s = g_rand_int_range (rand, 0, (gint32)g_utf8_strlen (surnames, -1));
  const char *sp = g_utf8_offset_to_pointer (surnames, s);

  return g_strdup_printf ("%.*s%s", (int)(g_utf8_next_char (sp) - sp), sp,
                          givens[g_rand_int_range (rand, 0, G_N_ELEMENTS (givens))]);
}

static void
add_units (PdDatabase *db)
{
  g_autoptr(GError) error = NULL;
  gint64 estate = pd_place_store_default_estate (db, &error);

  g_assert_no_error (error);
  for (int b = 1; b <= 20; b++)
    {
      g_autofree char *building = g_strdup_printf ("%d栋", b);
      gint64 building_id = pd_place_store_ensure_building (db, estate, building, &error);
      g_autoptr(PdStmt) stmt = NULL;

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
    }
}

static void
add_contacts (PdDatabase *db,
              GRand      *rand,
              gint64      start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
    "INSERT INTO contacts (serial, channel, received_at, caller, unit_id, phone, content,"
    " recorder, outcome, action_taken, action_by, action_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, '陈静', ?8, ?9, '陈静', ?10)", &error);
  static const char *channels[] = { "phone", "phone", "phone", "visit", "written" };
  static const char *outcomes[] = { "inquiry", "inquiry", "repair", "complaint", "pending" };

  g_assert_no_error (error);
  /* In time order so that the serials follow the calendar, as the store gives them. */
  for (int i = 0; i < N_CONTACTS; i++)
    {
      gint64 at = start + (gint64)i * (365 * 86400 / N_CONTACTS) + g_rand_int_range (rand, 0, 60);
      g_autofree char *serial = g_strdup_printf ("LD2025-%06d", i + 1);
      g_autofree char *name = random_name (rand);
      g_autofree char *phone = g_strdup_printf ("1%d%09d", g_rand_int_range (rand, 30, 90),
                                                g_rand_int_range (rand, 0, 1000000000));
      const char *outcome = outcomes[g_rand_int_range (rand, 0, G_N_ELEMENTS (outcomes))];

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      sqlite3_bind_text (stmt, 1, serial, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, channels[g_rand_int_range (rand, 0, 5)], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, at);
      sqlite3_bind_text (stmt, 4, name, -1, SQLITE_TRANSIENT);
      if (g_rand_int_range (rand, 0, 10) != 0)
        sqlite3_bind_int (stmt, 5, g_rand_int_range (rand, 1, N_UNITS + 1));
      sqlite3_bind_text (stmt, 6, phone, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 7, said[g_rand_int_range (rand, 0, G_N_ELEMENTS (said))], -1,
                         SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, outcome, -1, SQLITE_STATIC);
      if (!g_str_equal (outcome, "pending"))
        {
          sqlite3_bind_text (stmt, 9, "已当场答复", -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 10, at + 600);
        }
      else
        sqlite3_bind_text (stmt, 9, "", -1, SQLITE_STATIC);
      if (!pd_database_step_done (db, stmt, &error))
        g_error ("%s", error->message);
    }
}

static void
add_complaints (PdDatabase *db,
                GRand      *rand,
                gint64      start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
    "INSERT INTO complaints (serial, complainant, unit_id, phone, channel, content, received_at,"
    " category_id, recorder, heard_clear, asked_clear, repeated_clear, recorded_clear, valid,"
    " validity_note, decided_by, decided_at, department_id, deadline_at, dispatched_at,"
    " dispatched_by, serious, feedback_at, feedback_by, department_action, department_result,"
    " handled_by, handled_at, called_back_at, called_back_by, signed_off_by, signed_off_at,"
    " archived_by, archived_at, state)"
    " VALUES (?1, ?2, ?3, ?4, 'phone', ?5, ?6, ?7, '陈静', 1, 1, 1, 1, ?8, ?9, '李主管', ?10,"
    " (SELECT department_id FROM complaint_categories WHERE id = ?7), ?11, ?12, '陈静', ?13,"
    " ?14, '陈静', ?15, ?15, '班组', ?16, ?17, '陈静', ?18, ?19, ?18, ?20, ?21)",
    &error);

  g_assert_no_error (error);
  for (int i = 0; i < N_COMPLAINTS; i++)
    {
      gint64 at = start + (gint64)i * (365 * 86400 / N_COMPLAINTS) +
                  g_rand_int_range (rand, 0, 600);
      gint64 age = bench_now - at;
      g_autofree char *serial = g_strdup_printf ("TS2025-%05d", i + 1);
      g_autofree char *name = random_name (rand);
      g_autofree char *phone = g_strdup_printf ("139%08d", g_rand_int_range (rand, 0, 99999999));
      gboolean invalid = g_rand_int_range (rand, 0, 20) == 0;
      gint64 deadline = at + 48 * 3600;
      /* Most results within the cycle, some late. */
      gint64 handled = at + g_rand_int_range (rand, 2 * 3600, 60 * 3600);
      int stage;  /* 0 registered, 1 dispatched, 2 handled, 3 called back, 4 signed, 5 archived */
      const char *state;

      if (age > 10 * 86400)
        stage = 5 - (g_rand_int_range (rand, 0, 50) == 0);
      else
        stage = g_rand_int_range (rand, 0, 6);
      if (handled > bench_now && stage >= 2)
        stage = 1;
      state = invalid ? (stage == 5 ? "archived" : "invalid")
            : (const char *[]) { "registered", "dispatched", "handled", "called_back",
                                 "signed_off", "archived" }[stage];

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      sqlite3_bind_text (stmt, 1, serial, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 3, g_rand_int_range (rand, 1, N_UNITS + 1));
      sqlite3_bind_text (stmt, 4, phone, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, said[g_rand_int_range (rand, 0, G_N_ELEMENTS (said))], -1,
                         SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 6, at);
      sqlite3_bind_int (stmt, 7, g_rand_int_range (rand, 1, 10));
      if (invalid || stage >= 1)
        {
          sqlite3_bind_int (stmt, 8, invalid ? 0 : 1);
          sqlite3_bind_int64 (stmt, 10, at + 1800);
        }
      sqlite3_bind_text (stmt, 9, invalid ? "已向业主解释" : "", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 11, deadline);
      if (!invalid && stage >= 1)
        sqlite3_bind_int64 (stmt, 12, at + 3600);
      sqlite3_bind_int (stmt, 13, g_rand_int_range (rand, 0, 100) == 0);
      if (stage >= 1 || g_rand_boolean (rand))
        sqlite3_bind_int64 (stmt, 14, at + g_rand_int_range (rand, 3600, 30 * 3600));
      sqlite3_bind_text (stmt, 15, !invalid && stage >= 2 ? "已处理" : "", -1, SQLITE_STATIC);
      if (!invalid && stage >= 2)
        sqlite3_bind_int64 (stmt, 16, handled);
      if (!invalid && stage >= 3)
        sqlite3_bind_int64 (stmt, 17, handled + 6 * 3600);
      sqlite3_bind_text (stmt, 18, !invalid && stage >= 4 ? "周经理" : "", -1, SQLITE_STATIC);
      if (!invalid && stage >= 4)
        sqlite3_bind_int64 (stmt, 19, handled + 30 * 3600);
      if (stage >= 5)
        sqlite3_bind_int64 (stmt, 20, handled + 40 * 3600);
      sqlite3_bind_text (stmt, 21, state, -1, SQLITE_STATIC);
      if (!pd_database_step_done (db, stmt, &error))
        g_error ("%s", error->message);
    }
}

static void
generate (PdDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED);
  gint64 start = bench_now - 365 * 86400;

  if (!pd_database_begin (db, &error))
    g_error ("%s", error->message);
  add_units (db);
  add_contacts (db, rand, start);
  add_complaints (db, rand, start);
  if (!pd_database_exec (db, "INSERT INTO serials (series, year, last) VALUES ('LD', 2025, "
                             G_STRINGIFY (N_CONTACTS) "), ('TS', 2025, "
                             G_STRINGIFY (N_COMPLAINTS) ")", &error) ||
      !pd_database_commit (db, &error))
    g_error ("%s", error->message);
  pd_database_exec (db, "ANALYZE", NULL);
}

static PdDatabase *
open_db (const char *argv0)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = bench_cache_dir (argv0);
  g_autofree char *name = g_strdup_printf ("bench-complaints-%d-v%d.db", N_CONTACTS,
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
      g_print ("# Inserted %d register entries and %d complaints in %.1f s\n", N_CONTACTS,
               N_COMPLAINTS, (bench_now_ms () - t0) / 1000.0);
    }
  db = pd_database_open (path, &error);
  if (db == NULL)
    g_error ("%s: %s", path, error->message);
  return db;
}

/* Processor time of this thread: on a shared, busy machine the wall clock also counts the
 * time other programs held the processor, so both are printed. */
static double
cpu_now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double cpu_times[N_RUNS];

#define TIMED(r, code)                                  \
  G_STMT_START {                                        \
    double w0 = bench_now_ms (), c0 = cpu_now_ms ();    \
    code;                                               \
    times[r] = bench_now_ms () - w0;                    \
    cpu_times[r] = cpu_now_ms () - c0;                  \
  } G_STMT_END

static void
report (const char *label,
        guint       rows,
        double     *times)
{
  double median = bench_median (times, N_RUNS);

  g_print ("%-40s %8u rows %8.2f ms (cpu %6.2f ms)%s\n", label, rows, median,
           bench_median (cpu_times, N_RUNS), median > TARGET_MS ? "  (over target)" : "");
}

static void
bench_register (PdDatabase *db)
{
  static const struct { const char *label; const char *text; gboolean month; } cases[] = {
    { "register: all entries, newest first", NULL, FALSE },
    { "register: one month", NULL, TRUE },
    { "register: serial LD2025-123456", "LD2025-123456", FALSE },
    { "register: serial prefix LD2025-1234", "LD2025-1234", FALSE },
    { "register: caller 王芳", "王芳", FALSE },
    { "register: phone, last 4 digits", "5678", FALSE },
    { "register: phone, 11 digits", "13912345678", FALSE },
    { "register: unit 7栋 1203", "7栋 1203", FALSE },
    { "register: building 7栋", "7栋", FALSE },
    { "register: content 漏水", "漏水", FALSE },
    { "register: content 漏水, one month", "漏水", TRUE },
  };
  g_autoptr(PdContactList) list = pd_contact_list_new (db);
  g_autoptr(GError) error = NULL;
  PdContactQuery query;

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      double times[N_RUNS];
      guint n = 0;

      pd_contact_query_init (&query);
      query.text = cases[c].text;
      if (cases[c].month)
        {
          pd_local_month_bounds (2025, 6, NULL, &query.received_from, &query.received_to);
        }
      for (int r = 0; r < N_RUNS; r++)
        TIMED (r, {
          if (!pd_contact_list_set_query (list, &query, &error))
            g_error ("%s", error->message);
          /* The first screen of rows, as the table shows them. */
          n = g_list_model_get_n_items (G_LIST_MODEL (list));
          for (guint i = 0; i < MIN (n, 40u); i++)
            g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
        });
      report (cases[c].label, n, times);
    }
}

static void
bench_complaints (PdDatabase *db)
{
  static const struct { const char *label; PdComplaintFilter filter; const char *text; } cases[] = {
    { "complaints: open, overdue first", PD_COMPLAINT_FILTER_OPEN, NULL },
    { "complaints: all, overdue first", PD_COMPLAINT_FILTER_ALL, NULL },
    { "complaints: overdue", PD_COMPLAINT_FILTER_OVERDUE, NULL },
    { "complaints: closed", PD_COMPLAINT_FILTER_CLOSED, NULL },
    { "complaints: all, text 噪音", PD_COMPLAINT_FILTER_ALL, "噪音" },
  };
  g_autoptr(PdComplaintList) list = pd_complaint_list_new (db);
  g_autoptr(GError) error = NULL;
  PdComplaintQuery query;
  double times[N_RUNS];
  gint64 overdue = 0;

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      guint n = 0;

      pd_complaint_query_init (&query);
      query.filter = cases[c].filter;
      query.text = cases[c].text;
      query.now = bench_now;
      for (int r = 0; r < N_RUNS; r++)
        TIMED (r, {
          if (!pd_complaint_list_set_query (list, &query, &error))
            g_error ("%s", error->message);
          n = g_list_model_get_n_items (G_LIST_MODEL (list));
          for (guint i = 0; i < MIN (n, 40u); i++)
            g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
        });
      report (cases[c].label, n, times);
    }

  for (int r = 0; r < N_RUNS; r++)
    TIMED (r, overdue = pd_complaint_store_count_overdue (db, bench_now, &error));
  report ("complaints: overdue badge count", (guint)overdue, times);
}

static void
bench_stats (PdDatabase *db)
{
  static const char *weeks[] = { "2025-W24", "2025-W52" };
  g_autoptr(GError) error = NULL;
  double times[N_RUNS];
  gint64 cases = 0;
  int rate = 0;

  for (int r = 0; r < N_RUNS; r++)
    TIMED (r, {
      g_autoptr(PdComplaintMonthStats) stats = pd_complaint_stats_month (db, 2025, 6, bench_now,
                                                                         5, &error);
      if (stats == NULL)
        g_error ("%s", error->message);
      cases = stats->total.cases;
      rate = stats->total.rate_permille;
    });
  report ("monthly statistics 2025-06", (guint)cases, times);
  g_print ("# 2025-06: timeliness %d‰\n", rate);

  for (guint w = 0; w < G_N_ELEMENTS (weeks); w++)
    {
      g_autofree char *label = g_strdup_printf ("weekly report %s", weeks[w]);
      gint64 open = 0;

      for (int r = 0; r < N_RUNS; r++)
        TIMED (r, {
          g_autoptr(PdComplaintWeekStats) week = pd_complaint_stats_week (db, weeks[w],
                                                                          bench_now, &error);
          if (week == NULL)
            g_error ("%s", error->message);
          cases = week->total.new_cases;
          open = week->total.open;
        });
      report (label, (guint)cases, times);
      g_print ("# %s: %" G_GINT64_FORMAT " new, %" G_GINT64_FORMAT " open at its end\n",
               weeks[w], cases, open);
    }
}

int
main (int argc, char **argv)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GDateTime) end = NULL;

  setlocale (LC_ALL, "");
  end = g_date_time_new_local (2026, 1, 1, 0, 0, 0);
  bench_now = g_date_time_to_unix (end);
  db = open_db (argv[0]);

  g_print ("# Complaints: %d register entries, %d complaints over 2025; median of %d runs "
           "(target %.0f ms)\n", N_CONTACTS, N_COMPLAINTS, N_RUNS, TARGET_MS);
  bench_register (db);
  bench_complaints (db);
  bench_stats (db);
  return 0;
}
