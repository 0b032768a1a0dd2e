// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/* Shared by the benchmarks: timing and a cached demo database of a given size. Benchmarks print
 * figures and exit 0; they never fail on time. */

#include <errno.h>
#include <stdlib.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "pd-database.h"
#include "pd-demo.h"
#include "pd-occupant-store.h"
#include "pd-place-store.h"

#define BENCH_SEED 20260101

static inline double
bench_now_ms (void)
{
  return (double) g_get_monotonic_time () / 1000.0;
}

static int
bench_cmp_double (gconstpointer a,
                  gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y ? 1 : 0;
}

static inline double
bench_median (double *values,
              guint   n)
{
  g_autofree double *copy = g_memdup2 (values, n * sizeof (double));

  qsort (copy, n, sizeof (double), bench_cmp_double);
  return n % 2 ? copy[n / 2] : (copy[n / 2 - 1] + copy[n / 2]) / 2.0;
}

/* Where cached databases go: PD_BENCH_DIR, else the folder of the benchmark program (the build
 * tree), so that repeated runs do not spend a minute generating data. */
static inline char *
bench_cache_dir (const char *argv0)
{
  const char *env = g_getenv ("PD_BENCH_DIR");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_path_get_dirname (argv0);
}

/* Occupants the demo generator makes per unit, from a small sample with the same seed. */
static inline double
bench_demo_ratio (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pd-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  g_autoptr(PdDatabase) db = NULL;
  const guint sample = 2000;
  double ratio;

  g_assert_no_error (error);
  path = g_build_filename (dir, "sample.db", NULL);
  db = pd_database_open (path, &error);
  g_assert_no_error (error);
  if (!pd_demo_generate (db, sample, BENCH_SEED, NULL, NULL, &error))
    g_error ("demo data: %s", error->message);
  ratio = (double) pd_occupant_store_count (db, NULL) / sample;
  g_clear_object (&db);

  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
  g_rmdir (dir);
  return ratio > 0 ? ratio : 1.0;
}

/* A demo database with about @n_occupants occupants, generated once and kept in the cache
 * folder (PD_BENCH_FRESH=1 makes it again). */
static inline PdDatabase *
bench_open_demo_db (const char *argv0,
                    guint       n_occupants,
                    char      **out_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = bench_cache_dir (argv0);
  g_autofree char *name = g_strdup_printf ("bench-demo-%u-v%d.db", n_occupants,
                                           pd_database_latest_version ());
  g_autofree char *path = g_build_filename (dir, name, NULL);
  PdDatabase *db;

  if (g_getenv ("PD_BENCH_FRESH") != NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *part = g_strconcat (path, ".part", NULL);
      g_autofree char *part_wal = g_strconcat (part, "-wal", NULL);
      g_autofree char *part_shm = g_strconcat (part, "-shm", NULL);
      guint n_units = (guint) (n_occupants / bench_demo_ratio () + 0.5);
      double t0 = bench_now_ms ();

      g_printerr ("Generating %s (%u units)…\n", path, n_units);
      g_unlink (part);
      g_unlink (part_wal);
      g_unlink (part_shm);
      db = pd_database_open (part, &error);
      if (db == NULL)
        g_error ("%s: %s", part, error->message);
      if (!pd_demo_generate (db, n_units, BENCH_SEED, NULL, NULL, &error))
        g_error ("demo data: %s", error->message);
      /* Fold the WAL into the file so the renamed database is complete on its own. */
      pd_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
      g_object_unref (db);
      g_unlink (part_wal);
      g_unlink (part_shm);
      if (g_rename (part, path) != 0)
        g_error ("cannot rename %s: %s", part, g_strerror (errno));
      g_printerr ("Generated in %.1f s.\n", (bench_now_ms () - t0) / 1000.0);
    }

  db = pd_database_open (path, &error);
  if (db == NULL)
    g_error ("%s: %s", path, error->message);
  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);
  return db;
}
