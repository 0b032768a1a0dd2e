// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-bench"
#include "config.h"

#include <locale.h>

#include "bench-common.h"
#include "pd-complaint-register-export.h"
#include "pd-complaint-report-export.h"
#include "pd-complaint-stats-export.h"
#include "pd-demo-complaints.h"

/* The complaint forms over a busy year: 120,000 register entries (about 10,000 a month, a
 * third of them complaints) on the demo estate. Prints the time to write one complaint
 * handling report, the complaint register and the call/visit register of a month, the weekly
 * report and the whole monthly workbook (statistics and both registers). The database is the
 * demo generator's, kept in the cache folder. */

#define N_UNITS   4000
#define N_ENTRIES 120000
#define N_RUNS    5

static PdDatabase *
open_db (const char *argv0)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = bench_cache_dir (argv0);
  g_autofree char *name = g_strdup_printf ("bench-complaint-forms-%u-v%d.db", N_ENTRIES,
                                           pd_database_latest_version ());
  g_autofree char *path = g_build_filename (dir, name, NULL);
  PdDatabase *db;

  if (g_getenv ("PD_BENCH_FRESH") != NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *part = g_strconcat (path, ".part", NULL);
      g_autofree char *wal = g_strconcat (part, "-wal", NULL);
      g_autofree char *shm = g_strconcat (part, "-shm", NULL);
      g_autoptr(GRand) rand = g_rand_new_with_seed (BENCH_SEED + 4);
      double t0 = bench_now_ms ();

      g_printerr ("Generating %s…\n", path);
      g_unlink (part);
      g_unlink (wal);
      g_unlink (shm);
      db = pd_database_open (part, &error);
      if (db == NULL)
        g_error ("%s: %s", part, error->message);
      if (!pd_demo_generate (db, N_UNITS, BENCH_SEED, NULL, NULL, &error))
        g_error ("demo data: %s", error->message);
      if (!pd_demo_complaints_generate (db, rand,
                                        N_ENTRIES - pd_demo_complaints_count_for_units (N_UNITS),
                                        &error))
        g_error ("demo complaints: %s", error->message);
      pd_database_exec (db, "ANALYZE", NULL);
      pd_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
      g_object_unref (db);
      g_unlink (wal);
      g_unlink (shm);
      if (g_rename (part, path) != 0)
        g_error ("cannot rename %s: %s", part, g_strerror (errno));
      g_printerr ("Generated in %.1f s.\n", (bench_now_ms () - t0) / 1000.0);
    }

  db = pd_database_open (path, &error);
  if (db == NULL)
    g_error ("%s: %s", path, error->message);
  return db;
}

static gint64
scalar (PdDatabase *db,
        const char *sql)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

typedef gboolean (*Job) (PdDatabase *db, const char *path, gpointer data, guint *rows);

/* Median of N_RUNS runs of @job writing @path, in ms. */
static double
measure (PdDatabase *db,
         const char *path,
         Job         job,
         gpointer    data,
         guint      *rows)
{
  double times[N_RUNS];

  for (guint i = 0; i < N_RUNS; i++)
    {
      double t0 = bench_now_ms ();

      if (!job (db, path, data, rows))
        g_error ("export to %s failed", path);
      times[i] = bench_now_ms () - t0;
    }
  return bench_median (times, N_RUNS);
}

static gboolean
job_report (PdDatabase *db,
            const char *path,
            gpointer    data,
            guint      *rows)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = pd_complaint_report_export_xlsx (db, *(gint64 *) data, FALSE, 0, path, &error);

  if (!ok)
    g_printerr ("%s\n", error->message);
  *rows = 1;
  return ok;
}

static gboolean
job_register (PdDatabase *db,
              const char *path,
              gpointer    data,
              guint      *rows)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = pd_complaint_register_export_xlsx (db, data, 0, path, rows, &error);

  if (!ok)
    g_printerr ("%s\n", error->message);
  return ok;
}

static gboolean
job_calls (PdDatabase *db,
           const char *path,
           gpointer    data,
           guint      *rows)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = pd_contact_register_export_xlsx (db, data, FALSE, path, NULL, NULL, rows,
                                                 &error);

  if (!ok)
    g_printerr ("%s\n", error->message);
  return ok;
}

static gboolean
job_week (PdDatabase *db,
          const char *path,
          gpointer    data,
          guint      *rows)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = pd_complaint_week_report_export_xlsx (db, data, 0, path, rows, &error);

  if (!ok)
    g_printerr ("%s\n", error->message);
  return ok;
}

static gboolean
job_month (PdDatabase *db,
           const char *path,
           gpointer    data,
           guint      *rows)
{
  g_autoptr(GError) error = NULL;
  const PdComplaintPeriod *p = data;
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_local (p->from);
  gboolean ok = pd_complaint_month_report_export_xlsx (db, g_date_time_get_year (start),
                                                       g_date_time_get_month (start), 0, FALSE,
                                                       path, NULL, NULL, rows, &error);

  if (!ok)
    g_printerr ("%s\n", error->message);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) last_month = g_date_time_add_months (now, -1);
  g_autoptr(GDateTime) last_week = g_date_time_add_days (now, -7);
  g_autofree char *dir = NULL, *out = NULL, *week = NULL;
  PdComplaintPeriod month = { 0 };
  gint64 complaint_id;
  guint rows = 0;
  double ms;

  setlocale (LC_ALL, "");
  db = open_db (argv[0]);
  dir = g_dir_make_tmp ("pd-bench-XXXXXX", NULL);
  out = g_build_filename (dir, "out.xlsx", NULL);
  pd_complaint_period_month (&month, g_date_time_get_year (last_month),
                             g_date_time_get_month (last_month));
  week = g_date_time_format (last_week, "%G-W%V");
  complaint_id = scalar (db, "SELECT max(id) FROM complaints WHERE state = 'archived'");

  g_print ("Complaint forms over %" G_GINT64_FORMAT " register entries, %" G_GINT64_FORMAT
           " complaints (median of %d runs):\n",
           scalar (db, "SELECT count(*) FROM contacts"),
           scalar (db, "SELECT count(*) FROM complaints"), N_RUNS);

  ms = measure (db, out, job_report, &complaint_id, &rows);
  g_print ("  complaint handling report:          %8.1f ms\n", ms);
  ms = measure (db, out, job_register, &month, &rows);
  g_print ("  complaint register %s (%5u rows): %8.1f ms\n", month.label, rows, ms);
  ms = measure (db, out, job_calls, &month, &rows);
  g_print ("  call/visit register %s (%5u rows): %7.1f ms (%.1f ms per 1,000 rows)\n",
           month.label, rows, ms, rows > 0 ? ms * 1000.0 / rows : 0.0);
  ms = measure (db, out, job_week, week, &rows);
  g_print ("  weekly report %s (%4u complaints): %7.1f ms\n", week, rows, ms);
  ms = measure (db, out, job_month, &month, &rows);
  g_print ("  monthly workbook %s (%4u complaints): %6.1f ms\n", month.label, rows, ms);

  pd_complaint_period_clear (&month);
  g_unlink (out);
  g_rmdir (dir);
  return 0;
}
