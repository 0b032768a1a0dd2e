// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-bench"
#include "config.h"

#include <locale.h>
#include <string.h>

#include "bench-common.h"
#include "pd-mask.h"
#include "pd-roster-export.h"

/* Roster export of 100,000 occupants against libxlsxwriter writing the same cells from memory:
 * what the SQL, the masking and our layout cost on top of the library. Target: within 1.5x. */

#define N_OCCUPANTS 100000
#define N_RUNS      5
#define TARGET      1.5

typedef struct
{
  char   *text[PD_ROSTER_N_COLUMNS];   /* NULL for the number columns */
  double  area;
} Row;

static void
row_clear (Row *r)
{
  for (guint c = 0; c < PD_ROSTER_N_COLUMNS; c++)
    g_free (r->text[c]);
}

/* The cells of the masked roster, prepared before the clock starts. */
static GArray *
load_cells (PdDatabase *db)
{
  g_autoptr(GError) error = NULL;
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_autoptr(PdStmt) stmt = NULL;

  g_array_set_clear_func (rows, (GDestroyNotify) row_clear);
  stmt = pd_database_prepare (db,
                              "SELECT b.name, u.number, u.area_centi, u.type, o.name, o.kind,"
                              "       o.role, o.id_number, o.phone, o.emergency_name,"
                              "       o.emergency_phone, o.move_in_date, o.status"
                              "  FROM occupants o JOIN units u ON u.id = o.unit_id"
                              "  JOIN buildings b ON b.id = u.building_id ORDER BY o.id",
                              &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Row r = { { NULL } };
      const char *col[13];
      g_autofree char *phone = NULL;

      for (int i = 0; i < 13; i++)
        col[i] = (const char *) sqlite3_column_text (stmt, i);
      phone = pd_mask_phone (col[10]);

      r.text[PD_ROSTER_COL_BUILDING] = g_strdup (col[0]);
      r.text[PD_ROSTER_COL_UNIT] = g_strdup (col[1]);
      r.area = sqlite3_column_int64 (stmt, 2) / 100.0;
      r.text[PD_ROSTER_COL_UNIT_TYPE] = g_strdup (col[3]);
      r.text[PD_ROSTER_COL_NAME] = g_strdup (col[4]);
      r.text[PD_ROSTER_COL_KIND] = g_strdup (col[5]);
      r.text[PD_ROSTER_COL_ROLE] = g_strdup (col[6]);
      r.text[PD_ROSTER_COL_ID_NUMBER] = pd_mask_id (col[7]);
      r.text[PD_ROSTER_COL_PHONE] = pd_mask_phone (col[8]);
      r.text[PD_ROSTER_COL_EMERGENCY] = g_strconcat (col[9] ? col[9] : "", " ", phone, NULL);
      r.text[PD_ROSTER_COL_MOVE_IN] = g_strdup (col[11]);
      r.text[PD_ROSTER_COL_STATUS] = g_strdup (col[12]);
      g_array_append_val (rows, r);
    }
  return rows;
}

static double
baseline_once (GArray     *rows,
               const char *path)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *wb;
  lxw_worksheet *ws;
  PdXlsxStyles st;
  double t0 = bench_now_ms ();

  wb = workbook_new_opt (path, &options);
  ws = workbook_add_worksheet (wb, NULL);
  pd_xlsx_styles_init (&st, wb);

  worksheet_write_string (ws, 0, 0, "业户档案一览表", st.title_across);
  worksheet_write_string (ws, 1, 0, "小区：示例", st.subtitle);
  for (lxw_col_t c = 0; c < PD_ROSTER_N_COLUMNS; c++)
    worksheet_write_string (ws, 2, c, "表头", st.header);

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *r = &g_array_index (rows, Row, i);
      lxw_row_t row = PD_ROSTER_FIRST_DATA_ROW + i;

      worksheet_write_number (ws, row, PD_ROSTER_COL_SERIAL, i + 1, st.cell_center);
      worksheet_write_number (ws, row, PD_ROSTER_COL_AREA, r->area, st.number);
      for (lxw_col_t c = 0; c < PD_ROSTER_N_COLUMNS; c++)
        if (r->text[c] != NULL)
          worksheet_write_string (ws, row, c, r->text[c], st.cell);
    }
  workbook_close (wb);
  return bench_now_ms () - t0;
}

static double
export_once (PdDatabase *db,
             gboolean    full,
             const char *path,
             guint      *out_rows)
{
  g_autoptr(GError) error = NULL;
  double t0 = bench_now_ms ();

  if (!pd_roster_export_xlsx (db, NULL, full, path, NULL, NULL, out_rows, &error))
    g_error ("export: %s", error->message);
  return bench_now_ms () - t0;
}

static goffset
file_size (const char *path)
{
  GStatBuf st;
  return g_stat (path, &st) == 0 ? (goffset) st.st_size : -1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pd-bench-export-XXXXXX", &error);
  g_autofree char *out = NULL;
  g_autofree char *base = NULL;
  double masked[N_RUNS], full[N_RUNS], baseline[N_RUNS], m_masked, m_full, m_base;
  double t0, load_ms;
  guint n_rows = 0;

  setlocale (LC_ALL, "");

  g_assert_no_error (error);
  out = g_build_filename (dir, "roster.xlsx", NULL);
  base = g_build_filename (dir, "baseline.xlsx", NULL);

  db = bench_open_demo_db (argv[0], N_OCCUPANTS, NULL);

  t0 = bench_now_ms ();
  rows = load_cells (db);
  load_ms = bench_now_ms () - t0;

  for (guint i = 0; i < N_RUNS; i++)
    {
      masked[i] = export_once (db, FALSE, out, &n_rows);
      full[i] = export_once (db, TRUE, out, NULL);
      baseline[i] = baseline_once (rows, base);
    }
  m_masked = bench_median (masked, N_RUNS);
  m_full = bench_median (full, N_RUNS);
  m_base = bench_median (baseline, N_RUNS);

  g_print ("Roster export of %u occupants, median of %d runs (target within %.1fx of the "
           "baseline)\n\n", n_rows, N_RUNS, TARGET);
  g_print ("%-44s %9.0f ms  %5.1f MB\n", "pd_roster_export_xlsx, masked", m_masked,
           file_size (out) / 1e6);
  g_print ("%-44s %9.0f ms\n", "pd_roster_export_xlsx, full", m_full);
  g_print ("%-44s %9.0f ms  %5.1f MB\n", "baseline: libxlsxwriter, same cells from memory",
           m_base, file_size (base) / 1e6);
  g_print ("%-44s %9.0f ms  (not in the baseline's time)\n", "  (reading and masking the cells)",
           load_ms);
  g_print ("\nratio masked/baseline %.2fx, full/baseline %.2fx  %s\n", m_masked / m_base,
           m_full / m_base, m_masked / m_base <= TARGET ? "ok" : "SLOW");

  g_unlink (out);
  g_unlink (base);
  g_rmdir (dir);
  return 0;
}
