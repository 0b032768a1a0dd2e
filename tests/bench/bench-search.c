// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-bench"
#include "config.h"

#include <locale.h>
#include <string.h>

#include "bench-common.h"
#include "pd-occupant-list.h"

/* Search on 100,000 occupants: milliseconds per query for the kinds of search the desk does.
 * Target: under 20 ms. Each kind runs on values sampled from the data, so every query finds
 * something, as a clerk's would. */

#define N_OCCUPANTS 100000
#define N_SAMPLES   20
#define TARGET_MS   20.0

typedef struct
{
  char   *name;
  char   *phone;
  char   *id_number;
  char   *building;
  char   *unit;
  gint64  building_id;
} Sample;

typedef void (*FillQuery) (PdOccupantQuery *q,
                           const Sample    *s,
                           char           **text);

static void
sample_clear (Sample *s)
{
  g_free (s->name);
  g_free (s->phone);
  g_free (s->id_number);
  g_free (s->building);
  g_free (s->unit);
}

static GArray *
load_samples (PdDatabase *db)
{
  g_autoptr(GError) error = NULL;
  GArray *samples = g_array_new (FALSE, TRUE, sizeof (Sample));
  g_autoptr(PdStmt) stmt = NULL;

  g_array_set_clear_func (samples, (GDestroyNotify) sample_clear);
  /* Fixed rows spread over the table rather than random(): the same figures run after run. */
  stmt = pd_database_prepare (db,
                              "SELECT o.name, o.phone, o.id_number, b.name, u.number, b.id"
                              "  FROM occupants o JOIN units u ON u.id = o.unit_id"
                              "  JOIN buildings b ON b.id = u.building_id"
                              " WHERE o.id % (SELECT max (1, count (*) / ?1) FROM occupants) = 7"
                              "   AND o.phone <> '' AND o.id_number <> ''"
                              " LIMIT ?1",
                              &error);
  g_assert_no_error (error);
  sqlite3_bind_int (stmt, 1, N_SAMPLES);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Sample s = {
        g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 2)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 3)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 4)),
        sqlite3_column_int64 (stmt, 5),
      };
      g_array_append_val (samples, s);
    }
  g_assert_cmpuint (samples->len, >, 0);
  return samples;
}

static void
fill_name_part (PdOccupantQuery *q, const Sample *s, char **text)
{
  glong len = g_utf8_strlen (s->name, -1);
  const char *start = len >= 3 ? g_utf8_offset_to_pointer (s->name, 1) : s->name;

  /* The given name, as a clerk types it: "建国" finds 王建国. */
  *text = g_strdup (start);
  q->text = *text;
}

static void
fill_surname (PdOccupantQuery *q, const Sample *s, char **text)
{
  *text = g_utf8_substring (s->name, 0, 1);
  q->text = *text;
}

static void
fill_phone_tail (PdOccupantQuery *q, const Sample *s, char **text)
{
  *text = g_strdup (s->phone + MAX (0, (int) strlen (s->phone) - 4));
  q->text = *text;
}

static void
fill_phone (PdOccupantQuery *q, const Sample *s, char **text)
{
  q->text = s->phone;
}

static void
fill_unit (PdOccupantQuery *q, const Sample *s, char **text)
{
  *text = g_strdup_printf ("%s %s", s->building, s->unit);
  q->text = *text;
}

static void
fill_id_number (PdOccupantQuery *q, const Sample *s, char **text)
{
  q->text = s->id_number;
}

static void
fill_building_status (PdOccupantQuery *q, const Sample *s, char **text)
{
  q->building_id = s->building_id;
  q->status = PD_STATUS_ACTIVE;
}

static void
fill_sort_name (PdOccupantQuery *q, const Sample *s, char **text)
{
  q->sort = PD_OCCUPANT_SORT_NAME;
}

static void
fill_all (PdOccupantQuery *q, const Sample *s, char **text)
{
}

static void
run_kind (PdDatabase *db,
          GArray     *samples,
          const char *label,
          FillQuery   fill,
          gboolean    through_list)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdOccupantList) list = pd_occupant_list_new (db);
  double times[N_SAMPLES];
  guint64 total_rows = 0;
  double max_ms = 0;
  guint n = MIN (samples->len, N_SAMPLES);

  for (guint i = 0; i <= n; i++)
    {
      /* Run 0 warms the page cache and the statement and is not counted. */
      const Sample *s = &g_array_index (samples, Sample, i == 0 ? 0 : i - 1);
      g_autofree char *text = NULL;
      PdOccupantQuery q;
      guint rows;
      double t0, ms;

      pd_occupant_query_init (&q);
      fill (&q, s, &text);

      t0 = bench_now_ms ();
      if (through_list)
        {
          if (!pd_occupant_list_set_query (list, &q, &error))
            g_error ("%s: %s", label, error->message);
          rows = g_list_model_get_n_items (G_LIST_MODEL (list));
        }
      else
        {
          g_autoptr(GArray) ids = pd_occupant_store_query_ids (db, &q, &error);
          if (ids == NULL)
            g_error ("%s: %s", label, error->message);
          rows = ids->len;
        }
      ms = bench_now_ms () - t0;

      if (i == 0)
        continue;
      times[i - 1] = ms;
      max_ms = MAX (max_ms, ms);
      total_rows += rows;
    }

  g_print ("%-34s %8.2f %8.2f %10.0f  %s\n", label, bench_median (times, n), max_ms,
           (double) total_rows / n, bench_median (times, n) < TARGET_MS ? "ok" : "SLOW");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GArray) samples = NULL;
  gint64 n_occupants;

  setlocale (LC_ALL, "");

  db = bench_open_demo_db (argv[0], N_OCCUPANTS, NULL);
  n_occupants = pd_occupant_store_count (db, NULL);
  samples = load_samples (db);

  g_print ("Search on %" G_GINT64_FORMAT " occupants, %u queries per kind (target < %.0f ms)\n\n",
           n_occupants, MIN (samples->len, N_SAMPLES), TARGET_MS);
  g_print ("%-34s %8s %8s %10s\n", "query", "median", "max", "rows");
  g_print ("%-34s %8s %8s %10s\n", "", "ms", "ms", "(mean)");

  run_kind (db, samples, "name substring (given name)", fill_name_part, FALSE);
  run_kind (db, samples, "name substring (surname, 1 char)", fill_surname, FALSE);
  run_kind (db, samples, "phone last 4", fill_phone_tail, FALSE);
  run_kind (db, samples, "full phone", fill_phone, FALSE);
  run_kind (db, samples, "building + unit (\"12栋 301\" style)", fill_unit, FALSE);
  run_kind (db, samples, "ID number", fill_id_number, FALSE);
  run_kind (db, samples, "filter building + status", fill_building_status, FALSE);
  run_kind (db, samples, "sort by name (all rows)", fill_sort_name, FALSE);
  run_kind (db, samples, "all rows, unit order", fill_all, FALSE);
  g_print ("\nThrough PdOccupantList (what the owners page does):\n");
  run_kind (db, samples, "list: phone last 4", fill_phone_tail, TRUE);
  run_kind (db, samples, "list: sort by name (all rows)", fill_sort_name, TRUE);

  return 0;
}
