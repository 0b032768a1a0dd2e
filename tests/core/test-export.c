// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "pd-demo.h"
#include "pd-mask.h"
#include "pd-roster-export.h"
#include "pd-test-util.h"
#include "pd-test-xlsx.h"
#include "pd-xlsx-common.h"

static const char *
data_cell (Xlsx          *x,
           guint          data_row,
           PdRosterColumn col)
{
  g_autofree char *ref = g_strdup_printf ("%c%u", 'A' + col,
                                          PD_ROSTER_FIRST_DATA_ROW + 1 + data_row);
  return cell (x, ref);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

/* Three occupants in two buildings: a person owner, a company tenant, one who moved out. */
static void
fill_small_db (PdDatabase *db)
{
  g_autoptr(GError) error = NULL;
  gint64 estate = pd_place_store_default_estate (db, &error);
  gint64 u1, u2, u3;

  g_assert_no_error (error);
  g_assert_true (pd_place_store_rename_estate (db, estate, "阳光花园", &error));
  g_assert_no_error (error);

  u1 = pd_test_add_unit (db, "2栋", "1201", 89);
  u2 = pd_test_add_unit (db, "10栋", "101", 120);
  u3 = pd_test_add_unit (db, "2栋", "302", 75);

  g_object_unref (pd_test_add_occupant (db, u1, "张三", "11010519491231002X", "13812341234",
                                        PD_ROLE_OWNER));
  {
    g_autoptr(PdOccupant) o = pd_occupant_new ();

    pd_occupant_set_unit_id (o, u2);
    pd_occupant_set_kind (o, PD_KIND_COMPANY);
    pd_occupant_set_role (o, PD_ROLE_TENANT);
    pd_occupant_set_name (o, "深圳市前海示例科技有限公司");
    pd_occupant_set_id_number (o, "91350100M000100Y43");
    pd_occupant_set_phone (o, "13923456789");
    pd_occupant_set_emergency_name (o, "李四");
    pd_occupant_set_emergency_phone (o, "13698765432");
    pd_occupant_set_move_in_date (o, "2023-07-15");
    g_assert_true (pd_occupant_store_insert (db, o, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(PdOccupant) o = pd_test_add_occupant (db, u3, "王五", "440304198506123412",
                                                    "13700001111", PD_ROLE_TENANT);

    pd_occupant_set_status (o, PD_STATUS_MOVED_OUT);
    pd_occupant_set_move_out_date (o, "2025-01-31");
    g_assert_true (pd_occupant_store_update (db, o, &error));
    g_assert_no_error (error);
  }
}

static void
test_roster_masked (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Xlsx) x = NULL;
  guint rows = 0;

  pd_test_db_setup (&t);
  fill_small_db (t.db);
  out = g_build_filename (t.dir, "roster.xlsx", NULL);

  g_assert_true (pd_roster_export_xlsx (t.db, NULL, FALSE, out, NULL, NULL, &rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, 3);

  x = xlsx_read (out);
  g_assert_cmpstr (cell (x, "A1"), ==, _("Occupant Roster"));
  g_assert_nonnull (strstr (cell (x, "A2"), "阳光花园"));
  g_assert_cmpstr (cell (x, "A3"), ==, C_("roster column", "No."));
  g_assert_cmpstr (cell (x, "M3"), ==, C_("roster column", "Status"));
  g_assert_cmpuint (x->max_row, ==, PD_ROSTER_FIRST_DATA_ROW + 3);

  /* Natural order of buildings and units: 2栋 before 10栋, 302 before 1201. */
  g_assert_cmpstr (data_cell (x, 0, PD_ROSTER_COL_SERIAL), ==, "1");
  g_assert_cmpstr (data_cell (x, 0, PD_ROSTER_COL_BUILDING), ==, "2栋");
  g_assert_cmpstr (data_cell (x, 0, PD_ROSTER_COL_UNIT), ==, "302");
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_UNIT), ==, "1201");
  g_assert_cmpstr (data_cell (x, 2, PD_ROSTER_COL_BUILDING), ==, "10栋");
  g_assert_cmpstr (data_cell (x, 2, PD_ROSTER_COL_SERIAL), ==, "3");

  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_NAME), ==, "张三");
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_AREA), ==, "89");
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_PHONE), ==, "138****1234");
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_ID_NUMBER), ==, "110105********002X");
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_ROLE), ==, pd_role_to_label (PD_ROLE_OWNER));
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_KIND), ==, pd_kind_to_label (PD_KIND_PERSON));
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_MOVE_IN), ==, "2024-03-01");
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_STATUS), ==,
                   pd_status_to_label (PD_STATUS_ACTIVE));
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_UNIT_TYPE), ==,
                   pd_unit_type_to_label (PD_UNIT_RESIDENTIAL));

  g_assert_cmpstr (data_cell (x, 0, PD_ROSTER_COL_STATUS), ==,
                   pd_status_to_label (PD_STATUS_MOVED_OUT));

  g_assert_cmpstr (data_cell (x, 2, PD_ROSTER_COL_KIND), ==, pd_kind_to_label (PD_KIND_COMPANY));
  g_assert_cmpstr (data_cell (x, 2, PD_ROSTER_COL_ROLE), ==, pd_role_to_label (PD_ROLE_TENANT));
  g_assert_cmpstr (data_cell (x, 2, PD_ROSTER_COL_ID_NUMBER), ==, "913501********0Y43");
  g_assert_cmpstr (data_cell (x, 2, PD_ROSTER_COL_EMERGENCY), ==, "李四 136****5432");

  /* No full phone or ID anywhere in the file, not even in a cell we did not look at. */
  g_assert_false (xlsx_contains (x, "13812341234"));
  g_assert_false (xlsx_contains (x, "11010519491231002X"));
  g_assert_false (xlsx_contains (x, "13698765432"));
  g_assert_false (xlsx_contains (x, "91350100M000100Y43"));

  /* Print layout: A4 landscape, one page wide, headings repeated, page numbers. */
  g_assert_nonnull (strstr (x->sheet_xml, "paperSize=\"9\""));
  g_assert_nonnull (strstr (x->sheet_xml, "orientation=\"landscape\""));
  g_assert_nonnull (strstr (x->sheet_xml, "fitToHeight=\"0\""));
  g_assert_nonnull (strstr (x->sheet_xml, "&amp;P"));
  g_assert_nonnull (strstr (x->sheet_xml, "&amp;N"));
  g_assert_nonnull (strstr (x->workbook_xml, "_xlnm.Print_Titles"));
  g_assert_nonnull (strstr (x->workbook_xml, "$3:$3"));

  pd_test_db_teardown (&t);
}

static void
test_roster_full (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Xlsx) x = NULL;
  guint rows = 0;

  pd_test_db_setup (&t);
  fill_small_db (t.db);
  out = g_build_filename (t.dir, "full.xlsx", NULL);

  g_assert_true (pd_roster_export_xlsx (t.db, NULL, TRUE, out, NULL, NULL, &rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, 3);

  x = xlsx_read (out);
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_PHONE), ==, "13812341234");
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_ID_NUMBER), ==, "11010519491231002X");
  g_assert_cmpstr (data_cell (x, 2, PD_ROSTER_COL_ID_NUMBER), ==, "91350100M000100Y43");
  g_assert_cmpstr (data_cell (x, 2, PD_ROSTER_COL_EMERGENCY), ==, "李四 13698765432");
  g_assert_false (xlsx_contains (x, "****"));
  /* A full export says it is confidential on every printed page. */
  g_assert_nonnull (strstr (x->sheet_xml, "<oddHeader>"));

  pd_test_db_teardown (&t);
}

static void
test_roster_query (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Xlsx) x = NULL;
  PdOccupantQuery query;
  guint rows = 0;

  pd_test_db_setup (&t);
  fill_small_db (t.db);
  out = g_build_filename (t.dir, "active.xlsx", NULL);

  pd_occupant_query_init (&query);
  query.status = PD_STATUS_ACTIVE;
  query.sort = PD_OCCUPANT_SORT_NAME;
  query.descending = TRUE;

  g_assert_true (pd_roster_export_xlsx (t.db, &query, FALSE, out, NULL, NULL, &rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, 2);

  x = xlsx_read (out);
  g_assert_cmpuint (x->max_row, ==, PD_ROSTER_FIRST_DATA_ROW + 2);
  g_assert_false (xlsx_contains (x, "王五"));
  /* Descending by name in code-point order: 深 (U+6DF1) before 张 (U+5F20). */
  g_assert_cmpstr (data_cell (x, 0, PD_ROSTER_COL_NAME), ==, "深圳市前海示例科技有限公司");
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_NAME), ==, "张三");
  g_assert_cmpstr (data_cell (x, 1, PD_ROSTER_COL_SERIAL), ==, "2");

  pd_test_db_teardown (&t);
}

static void
test_roster_empty (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Xlsx) x = NULL;
  guint rows = 99;

  pd_test_db_setup (&t);
  out = g_build_filename (t.dir, "empty.xlsx", NULL);

  g_assert_true (pd_roster_export_xlsx (t.db, NULL, FALSE, out, NULL, NULL, &rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, 0);

  x = xlsx_read (out);
  g_assert_cmpstr (cell (x, "A1"), ==, _("Occupant Roster"));
  g_assert_cmpuint (x->max_row, ==, PD_ROSTER_FIRST_DATA_ROW);

  pd_test_db_teardown (&t);
}

/* The export masks the usual shapes itself for speed: it must agree with pd-mask's rules on
 * every row of realistic data, and on the unusual shapes (a landline, a 15-digit old ID). */
static void
test_roster_mask_matches_rules (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autofree char *masked_path = NULL;
  g_autofree char *full_path = NULL;
  g_autoptr(Xlsx) masked = NULL;
  g_autoptr(Xlsx) full = NULL;
  guint rows = 0, checked_emergency = 0;

  pd_test_db_setup (&t);
  g_assert_true (pd_demo_generate (t.db, 150, 42, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    gint64 unit = pd_test_add_unit (t.db, "99栋", "101", 60);
    g_autoptr(PdOccupant) o = pd_test_add_occupant (t.db, unit, "孙七", "110105491231002",
                                                    "010-12345678", PD_ROLE_OWNER);
    pd_occupant_set_emergency_name (o, "孙八");
    pd_occupant_set_emergency_phone (o, "0755-8888999");
    g_assert_true (pd_occupant_store_update (t.db, o, &error));
    g_assert_no_error (error);
  }

  masked_path = g_build_filename (t.dir, "masked.xlsx", NULL);
  full_path = g_build_filename (t.dir, "full.xlsx", NULL);
  g_assert_true (pd_roster_export_xlsx (t.db, NULL, FALSE, masked_path, NULL, NULL, &rows, &error));
  g_assert_no_error (error);
  g_assert_true (pd_roster_export_xlsx (t.db, NULL, TRUE, full_path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rows, ==, pd_occupant_store_count (t.db, NULL));
  g_assert_cmpuint (rows, >, 150);

  masked = xlsx_read (masked_path);
  full = xlsx_read (full_path);
  for (guint r = 0; r < rows; r++)
    {
      g_autofree char *phone = pd_mask_phone (data_cell (full, r, PD_ROSTER_COL_PHONE));
      g_autofree char *id = pd_mask_id (data_cell (full, r, PD_ROSTER_COL_ID_NUMBER));
      const char *full_emergency = data_cell (full, r, PD_ROSTER_COL_EMERGENCY);
      const char *space = strchr (full_emergency, ' ');

      g_assert_cmpstr (data_cell (masked, r, PD_ROSTER_COL_NAME), ==,
                       data_cell (full, r, PD_ROSTER_COL_NAME));
      g_assert_cmpstr (data_cell (masked, r, PD_ROSTER_COL_PHONE), ==, phone);
      g_assert_cmpstr (data_cell (masked, r, PD_ROSTER_COL_ID_NUMBER), ==, id);
      if (space != NULL)
        {
          g_autofree char *name = g_strndup (full_emergency, space - full_emergency);
          g_autofree char *emergency_phone = pd_mask_phone (space + 1);
          g_autofree char *expected = g_strconcat (name, " ", emergency_phone, NULL);

          g_assert_cmpstr (data_cell (masked, r, PD_ROSTER_COL_EMERGENCY), ==, expected);
          checked_emergency++;
        }
    }
  g_assert_cmpuint (checked_emergency, >, 0);
  g_assert_true (xlsx_contains (masked, "010-****5678"));
  g_assert_true (xlsx_contains (masked, "孙八 0755-***8999"));
  g_assert_true (xlsx_contains (masked, "110105*****1002"));

  pd_test_db_teardown (&t);
}

typedef struct
{
  guint calls;
  guint last_done;
  guint cancel_at;
} Progress;

static gboolean
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *p = user_data;

  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >=, p->last_done);
  p->calls++;
  p->last_done = done;
  return p->cancel_at == 0 || done < p->cancel_at;
}

static void
add_many (PdDatabase *db,
          guint       n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_database_begin (db, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", 101 + i);
      gint64 unit = pd_test_add_unit (db, "5栋", number, 50 + (int) (i % 50));
      g_autofree char *phone = g_strdup_printf ("139%08u", i);

      g_object_unref (pd_test_add_occupant (db, unit, "赵六", "", phone, PD_ROLE_OWNER));
    }
  g_assert_true (pd_database_commit (db, &error));
}

static void
test_roster_progress_cancel (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  Progress p = { 0 };
  guint rows = 0;

  pd_test_db_setup (&t);
  add_many (t.db, 1200);
  out = g_build_filename (t.dir, "big.xlsx", NULL);

  g_assert_true (pd_roster_export_xlsx (t.db, NULL, FALSE, out, progress_cb, &p, &rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, 1200);
  g_assert_cmpuint (p.last_done, ==, 1200);
  g_assert_cmpuint (p.calls, >=, 2);

  /* Cancelled half-way: the earlier file stays as it was, and no temporary file is left. */
  {
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;
    gsize len_before, len_after;
    guint files = count_files (t.dir);

    g_assert_true (g_file_get_contents (out, &before, &len_before, NULL));
    p = (Progress) { .cancel_at = 500 };
    g_assert_false (pd_roster_export_xlsx (t.db, NULL, TRUE, out, progress_cb, &p, &rows,
                                           &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_assert_true (g_file_get_contents (out, &after, &len_after, NULL));
    g_assert_cmpmem (before, len_before, after, len_after);
    g_assert_cmpuint (count_files (t.dir), ==, files);
  }

  /* The database is usable afterwards: the export's savepoint was released. */
  g_assert_true (pd_database_begin (t.db, &error));
  g_assert_no_error (error);
  g_assert_true (pd_database_commit (t.db, &error));
  g_assert_no_error (error);

  pd_test_db_teardown (&t);
}

static void
test_roster_bad_path (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = NULL;

  pd_test_db_setup (&t);
  fill_small_db (t.db);

  missing = g_build_filename (t.dir, "no-such-folder", "roster.xlsx", NULL);
  g_assert_false (pd_roster_export_xlsx (t.db, NULL, FALSE, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "roster.xlsx"));
  g_clear_error (&error);

  g_assert_false (pd_roster_export_xlsx (t.db, NULL, FALSE, t.dir, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  pd_test_db_teardown (&t);
}

/* The helpers in normal (not constant-memory) mode, as the paper forms use them. */
static void
test_xlsx_common_form (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "form & co.xlsx", NULL);
  g_autoptr(Xlsx) x = NULL;
  PdXlsxStyles st;
  lxw_workbook *wb;
  lxw_worksheet *ws;
  const double widths[] = { 10, 20, 10, 20 };

  wb = pd_xlsx_workbook_new (path, FALSE, &error);
  g_assert_no_error (error);
  ws = pd_xlsx_add_worksheet (wb, "货物出门证", &error);
  g_assert_no_error (error);
  pd_xlsx_styles_init (&st, wb);
  g_assert_nonnull (st.title);
  g_assert_nonnull (st.signature);
  pd_xlsx_setup_a4 (ws, FALSE, TRUE);
  pd_xlsx_set_page_header (ws, "A&B 物业", "No. 2026-0001");
  pd_xlsx_set_column_widths (ws, widths, G_N_ELEMENTS (widths));
  pd_xlsx_set_properties (wb, "货物出门证", NULL, "阳光花园");

  g_assert_cmpint (pd_xlsx_merge_text (ws, 0, 0, 3, "货物出门证", st.title), ==, LXW_NO_ERROR);
  g_assert_cmpint (pd_xlsx_write_text (ws, 1, 0, NULL, st.label), ==, LXW_NO_ERROR);
  g_assert_cmpint (pd_xlsx_write_text (ws, 1, 1, "ok\xff", st.cell), ==, LXW_NO_ERROR);
  g_assert_cmpint (pd_xlsx_write_money (ws, 2, 1, 140950, st.money), ==, LXW_NO_ERROR);
  g_assert_cmpint (pd_xlsx_write_money (ws, 2, 2, -5, st.money), ==, LXW_NO_ERROR);

  /* Nothing under the final name until the workbook is closed. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_assert_true (pd_xlsx_workbook_close (wb, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (dir), ==, 1);

  x = xlsx_read (path);
  g_assert_cmpstr (cell (x, "A1"), ==, "货物出门证");
  g_assert_nonnull (strstr (x->sheet_xml, "<mergeCell ref=\"A1:D1\""));
  g_assert_nonnull (strstr (x->sheet_xml, "orientation=\"portrait\""));
  g_assert_nonnull (strstr (x->sheet_xml, "A&amp;&amp;B"));
  g_assert_cmpstr (cell (x, "B3"), ==, "1409.5");
  g_assert_cmpstr (cell (x, "C3"), ==, "-0.05");
  g_assert_true (g_str_has_prefix (cell (x, "B2"), "ok"));
  g_assert_true (g_utf8_validate (cell (x, "B2"), -1, NULL));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_xlsx_common_discard (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "x.xlsx", NULL);
  lxw_workbook *wb;

  wb = pd_xlsx_workbook_new (path, TRUE, &error);
  g_assert_no_error (error);
  pd_xlsx_add_worksheet (wb, NULL, &error);
  g_assert_no_error (error);
  pd_xlsx_workbook_discard (wb);
  g_assert_cmpuint (count_files (dir), ==, 0);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/export/roster/masked", test_roster_masked);
  g_test_add_func ("/core/export/roster/full", test_roster_full);
  g_test_add_func ("/core/export/roster/query", test_roster_query);
  g_test_add_func ("/core/export/roster/empty", test_roster_empty);
  g_test_add_func ("/core/export/roster/mask-matches-rules", test_roster_mask_matches_rules);
  g_test_add_func ("/core/export/roster/progress-cancel", test_roster_progress_cancel);
  g_test_add_func ("/core/export/roster/bad-path", test_roster_bad_path);
  g_test_add_func ("/core/export/xlsx/form", test_xlsx_common_form);
  g_test_add_func ("/core/export/xlsx/discard", test_xlsx_common_discard);

  return g_test_run ();
}
