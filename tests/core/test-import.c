// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include <string.h>

#include "pd-csv-reader.h"
#include "pd-occupant-import.h"
#include "pd-test-util.h"

static GBytes *
load_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, name, NULL);
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

static GBytes *
text_bytes (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static gint64
count (PdDatabase *db,
       const char *sql)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static PdImportProblem *
problem_at (PdImportReport *report,
            guint           index)
{
  g_assert_cmpuint (index, <, report->problems->len);
  return g_ptr_array_index (report->problems, index);
}

/* The ten rows of import-occupants-good.csv, whatever the file's encoding or column order. */
static void
assert_good_rows_imported (PdDatabase     *db,
                           PdImportReport *report)
{
  g_autoptr(PdUnit) unit = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (report->rows_total, ==, 10);
  g_assert_cmpuint (report->rows_valid, ==, 10);
  g_assert_cmpuint (report->rows_imported, ==, 10);
  g_assert_cmpuint (report->rows_skipped, ==, 0);
  g_assert_cmpuint (report->units_created, ==, 8);
  g_assert_cmpuint (report->problems->len, ==, 0);

  g_assert_cmpint (count (db, "SELECT count(*) FROM occupants"), ==, 10);
  g_assert_cmpint (count (db, "SELECT count(*) FROM units"), ==, 8);
  g_assert_cmpint (count (db, "SELECT count(*) FROM buildings"), ==, 3);
  /* Values are normalized on the way in: spaced and +86 phones, Chinese dates, kinds. */
  g_assert_cmpint (count (db, "SELECT count(*) FROM occupants WHERE name = '王芳'"
                              " AND phone = '13800138002' AND move_in_date = '2019-08-01'"),
                   ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM occupants WHERE name = '赵强'"
                              " AND move_in_date = '2018-01-10'"),
                   ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM occupants WHERE name = '陈静'"
                              " AND phone = '13500135006'"),
                   ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM occupants WHERE kind = 'company'"
                              " AND role = 'tenant' AND id_number = '91440300MA5D0000A1'"),
                   ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM occupants WHERE name = 'Smith, John'"),
                   ==, 1);
  g_assert_cmpint (count (db, "SELECT count(*) FROM occupants WHERE name = '杨敏'"
                              " AND move_in_date IS NULL AND status = 'active'"),
                   ==, 1);

  unit = pd_place_store_find_unit (db, "2栋", "101", &error);
  g_assert_no_error (error);
  g_assert_nonnull (unit);
  g_assert_cmpint (pd_unit_get_area (unit), ==, 4500);
  g_assert_cmpint (pd_unit_get_unit_type (unit), ==, PD_UNIT_SHOP);
  g_clear_object (&unit);
  unit = pd_place_store_find_unit (db, "2栋", "1201", &error);
  g_assert_nonnull (unit);
  g_assert_cmpint (pd_unit_get_area (unit), ==, 12830);
  g_assert_cmpint (pd_unit_get_floor (unit), ==, 12);
}

static void
import_fixture_ok (const char *fixture,
                   const char *encoding)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = load_fixture (fixture);
  g_autoptr(PdImportReport) report = NULL;

  pd_test_db_setup (&t);
  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, data, FALSE, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpstr (report->encoding, ==, encoding);
  assert_good_rows_imported (t.db, report);
  pd_test_db_teardown (&t);
}

static void
test_good (void)
{
  import_fixture_ok ("import-occupants-good.csv", "UTF-8");
}

static void
test_bom (void)
{
  import_fixture_ok ("import-occupants-bom.csv", "UTF-8 (BOM)");
}

static void
test_gb18030 (void)
{
  import_fixture_ok ("import-occupants-gb18030.csv", "GB18030");
}

static void
test_reordered (void)
{
  /* Columns in another order, with variants: 身份（业主/租户）, 姓名, 手机号, 建筑面积(㎡)... */
  import_fixture_ok ("import-occupants-reordered.csv", "UTF-8");
}

static void
test_english_keys (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = load_fixture ("import-occupants-english.csv");
  g_autoptr(PdImportReport) report = NULL;

  pd_test_db_setup (&t);
  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, data, FALSE, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  /* The title row "业户名册" above the header is skipped; a note spans two lines. */
  g_assert_cmpuint (report->rows_total, ==, 4);
  g_assert_cmpuint (report->rows_imported, ==, 4);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants"), ==, 4);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants WHERE name = '李娜'"
                                " AND notes = '两把钥匙' || char(10) || '另有门禁卡'"),
                   ==, 1);
  pd_test_db_teardown (&t);
}

static void
test_bad_id_line7 (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = load_fixture ("import-occupants-bad-id-line7.csv");
  g_autoptr(PdImportReport) report = NULL;
  PdImportProblem *problem;

  pd_test_db_setup (&t);
  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, data, FALSE, FALSE, NULL, NULL, &error);

  /* Refused: a report listing the row, and an error that names line 7. */
  g_assert_nonnull (report);
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Line 7:"));
  g_assert_nonnull (strstr (error->message, "Nothing was imported"));
  g_assert_cmpuint (report->rows_total, ==, 10);
  g_assert_cmpuint (report->rows_valid, ==, 9);
  g_assert_cmpuint (report->rows_imported, ==, 0);
  g_assert_cmpuint (report->units_created, ==, 0);
  g_assert_cmpuint (report->problems->len, ==, 1);
  problem = problem_at (report, 0);
  g_assert_cmpuint (problem->line, ==, 7);
  g_assert_nonnull (strstr (problem->message, "check character"));

  /* Nothing at all was written, not even the units or the estate. */
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants"), ==, 0);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM units"), ==, 0);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM buildings"), ==, 0);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM estates"), ==, 0);
  pd_test_db_teardown (&t);
}

static void
test_skip_invalid (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = load_fixture ("import-occupants-bad-id-line7.csv");
  g_autoptr(PdImportReport) report = NULL;

  pd_test_db_setup (&t);
  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, data, TRUE, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->rows_imported, ==, 9);
  g_assert_cmpuint (report->rows_skipped, ==, 1);
  g_assert_cmpuint (problem_at (report, 0)->line, ==, 7);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants"), ==, 9);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants WHERE name = '刘洋'"), ==, 0);
  /* 2栋 101 still exists: line 6 (the company tenant) created it. */
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM units"), ==, 8);
  pd_test_db_teardown (&t);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_dry_run (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = load_fixture ("import-occupants-bad-id-line7.csv");
  g_autoptr(PdImportReport) report = NULL;
  double last = 0.0;

  pd_test_db_setup (&t);
  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, data, FALSE, TRUE, progress_cb, &last,
                          &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpfloat (last, ==, 1.0);
  g_assert_cmpuint (report->rows_valid, ==, 9);
  g_assert_cmpuint (report->rows_imported, ==, 0);
  g_assert_cmpuint (report->problems->len, ==, 1);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM estates"), ==, 0);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants"), ==, 0);
  pd_test_db_teardown (&t);
}

static void
assert_fatal (const char *fixture_or_text,
              gboolean    is_text,
              PdImportKind kind,
              const char *expected)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = is_text ? text_bytes (fixture_or_text)
                                   : load_fixture (fixture_or_text);
  g_autoptr(PdImportReport) report = NULL;

  pd_test_db_setup (&t);
  report = pd_import_csv (t.db, kind, data, TRUE, FALSE, NULL, NULL, &error);
  g_assert_null (report);
  g_assert_nonnull (error);
  if (g_test_verbose ())
    g_printerr ("%s\n", error->message);
  g_assert_nonnull (strstr (error->message, expected));
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM units"), ==, 0);
  pd_test_db_teardown (&t);
}

static void
test_header_errors (void)
{
  assert_fatal ("import-occupants-unknown-column.csv", FALSE, PD_IMPORT_OCCUPANTS, "“车牌号”");
  assert_fatal ("import-occupants-missing-column.csv", FALSE, PD_IMPORT_OCCUPANTS, "“身份”");
  assert_fatal ("楼栋,房号,建筑面积,面积\n1栋,101,80,80\n", TRUE, PD_IMPORT_UNITS,
                "“建筑面积” twice");
  assert_fatal ("楼栋,房号,建筑面积,姓名\n1栋,101,80,张三\n", TRUE, PD_IMPORT_UNITS,
                "belongs in an occupants file");
  assert_fatal ("楼栋,房号\n1栋,101\n", TRUE, PD_IMPORT_UNITS, "“建筑面积”");
  assert_fatal ("", TRUE, PD_IMPORT_OCCUPANTS, "empty");
  assert_fatal ("PK\x03\x04 not really a workbook", TRUE, PD_IMPORT_OCCUPANTS, "workbook");
}

static void
test_broken_lines (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = load_fixture ("import-occupants-broken.csv");
  g_autoptr(PdImportReport) report = NULL;

  pd_test_db_setup (&t);
  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, data, FALSE, FALSE, NULL, NULL, &error);
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_nonnull (report);
  g_assert_cmpuint (report->problems->len, ==, 2);
  /* Text after a closing quote on line 4; a quote never closed from line 7 to the end. */
  g_assert_cmpuint (problem_at (report, 0)->line, ==, 4);
  g_assert_nonnull (strstr (problem_at (report, 0)->message, "closing quote"));
  g_assert_false (g_str_has_prefix (problem_at (report, 0)->message, "Line"));
  g_assert_cmpuint (problem_at (report, 1)->line, ==, 7);
  g_assert_nonnull (strstr (problem_at (report, 1)->message, "never closed"));
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants"), ==, 0);
  g_clear_error (&error);
  g_clear_pointer (&report, pd_import_report_free);

  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, data, TRUE, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows_imported, ==, 4);
  g_assert_cmpuint (report->rows_skipped, ==, 2);
  pd_test_db_teardown (&t);
}

static void
test_duplicates (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) dups = load_fixture ("import-occupants-duplicates.csv");
  g_autoptr(GBytes) good = load_fixture ("import-occupants-good.csv");
  g_autoptr(PdImportReport) report = NULL;

  pd_test_db_setup (&t);
  /* Inside the file: line 3 repeats line 2; line 4 is the same person as tenant, which is fine. */
  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, dups, FALSE, TRUE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->problems->len, ==, 1);
  g_assert_cmpuint (problem_at (report, 0)->line, ==, 3);
  g_assert_nonnull (strstr (problem_at (report, 0)->message, "line 2"));
  g_clear_pointer (&report, pd_import_report_free);

  /* Against the database: importing the same file twice finds every row already there. */
  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, good, FALSE, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&report, pd_import_report_free);
  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, good, FALSE, FALSE, NULL, NULL, &error);
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_cmpuint (report->problems->len, ==, 10);
  g_assert_nonnull (strstr (problem_at (report, 0)->message, "already recorded"));
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants"), ==, 10);
  pd_test_db_teardown (&t);
}

static void
test_row_checks (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdImportReport) report = NULL;
  g_autoptr(GBytes) data = text_bytes (
    "楼栋,房号,建筑面积,姓名,身份,手机,证件号码,入驻日期\n"
    "1栋,101,,王五,业主,13800138000,,\n"                       /* 2: unit exists, no area */
    "9栋,901,,王五,业主,13800138000,,\n"                       /* 3: unit missing, no area */
    "1栋,101,90,赵六,业主,13800138000,,\n"                     /* 4: area differs */
    "1栋,102,80,钱七,房东,13800138000,,\n"                     /* 5: unknown role */
    "1栋,103,80,孙八,,1.38001E+10,1.10101E+17,\n"              /* 6: empty role, Excel numbers */
    "1栋,104,80,,业主,12345,,2026-02-30\n"                     /* 7: name, phone, date */
    "1栋,105,abc,周九,租户,13800138000,,\n"                    /* 8: bad area */
    "1栋,106,80,吴十,租户,13800138000,,,extra\n");             /* 9: extra field */

  pd_test_db_setup (&t);
  pd_test_add_unit (t.db, "1栋", "101", 80);
  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, data, FALSE, TRUE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows_total, ==, 8);
  g_assert_cmpuint (report->rows_valid, ==, 1);
  g_assert_cmpuint (report->problems->len, ==, 7);
  g_assert_cmpuint (problem_at (report, 0)->line, ==, 3);
  g_assert_nonnull (strstr (problem_at (report, 0)->message, "9栋 901 does not exist"));
  g_assert_nonnull (strstr (problem_at (report, 1)->message, "80.00"));
  g_assert_nonnull (strstr (problem_at (report, 2)->message, "“房东”"));
  g_assert_nonnull (strstr (problem_at (report, 3)->message, "role (身份) is empty"));
  g_assert_nonnull (strstr (problem_at (report, 3)->message, "1.10101E+17"));
  g_assert_nonnull (strstr (problem_at (report, 3)->message, "1.38001E+10"));
  g_assert_nonnull (strstr (problem_at (report, 4)->message, "name is empty"));
  g_assert_nonnull (strstr (problem_at (report, 4)->message, "12345"));
  g_assert_nonnull (strstr (problem_at (report, 4)->message, "2026-02-30"));
  g_assert_cmpuint (problem_at (report, 5)->line, ==, 8);
  g_assert_nonnull (strstr (problem_at (report, 5)->message, "abc"));
  g_assert_cmpuint (problem_at (report, 6)->line, ==, 9);
  g_assert_nonnull (strstr (problem_at (report, 6)->message, "“extra” in column 9"));
  pd_test_db_teardown (&t);
}

static void
test_units (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) good = load_fixture ("import-units-good.csv");
  g_autoptr(GBytes) bad = load_fixture ("import-units-bad.csv");
  g_autoptr(PdImportReport) report = NULL;
  g_autoptr(PdUnit) unit = NULL;

  pd_test_db_setup (&t);
  report = pd_import_csv (t.db, PD_IMPORT_UNITS, bad, FALSE, FALSE, NULL, NULL, &error);
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_cmpuint (report->problems->len, ==, 4);
  g_assert_cmpuint (problem_at (report, 0)->line, ==, 8);
  g_assert_cmpuint (problem_at (report, 1)->line, ==, 9);
  g_assert_cmpuint (problem_at (report, 2)->line, ==, 10);
  g_assert_cmpuint (problem_at (report, 3)->line, ==, 11);
  g_assert_nonnull (strstr (problem_at (report, 3)->message, "line 2"));
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM units"), ==, 0);
  g_clear_error (&error);
  g_clear_pointer (&report, pd_import_report_free);

  report = pd_import_csv (t.db, PD_IMPORT_UNITS, good, FALSE, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows_imported, ==, 6);
  g_assert_cmpuint (report->units_created, ==, 6);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM units WHERE type = 'shop'"), ==, 2);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM units WHERE type = 'office'"), ==, 1);
  unit = pd_place_store_find_unit (t.db, "1栋", "201", &error);
  g_assert_nonnull (unit);
  g_assert_cmpint (pd_unit_get_area (unit), ==, 8950);
  g_assert_cmpint (pd_unit_get_unit_type (unit), ==, PD_UNIT_RESIDENTIAL);
  g_clear_pointer (&report, pd_import_report_free);

  /* A second time every unit exists already. */
  report = pd_import_csv (t.db, PD_IMPORT_UNITS, good, TRUE, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows_imported, ==, 0);
  g_assert_cmpuint (report->rows_skipped, ==, 6);
  g_assert_nonnull (strstr (problem_at (report, 0)->message, "already exists"));
  g_clear_pointer (&report, pd_import_report_free);

  /* Occupants of units imported before need no area column. */
  g_clear_pointer (&good, g_bytes_unref);
  good = text_bytes ("楼栋,房号,姓名,身份,手机\n1栋,101,张三,业主,13800138000\n");
  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, good, FALSE, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows_imported, ==, 1);
  g_assert_cmpuint (report->units_created, ==, 0);
  pd_test_db_teardown (&t);
}

static void
test_template (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) units = pd_import_template (PD_IMPORT_UNITS);
  g_autoptr(GBytes) occupants = pd_import_template (PD_IMPORT_OCCUPANTS);
  g_autoptr(PdImportReport) report = NULL;
  gsize len;
  const char *text = g_bytes_get_data (occupants, &len);

  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF楼栋,房号,建筑面积,房屋类型,姓名/名称,类型,"
                                         "证件号码,手机,身份,入驻日期\r\n"));
  text = g_bytes_get_data (units, &len);
  g_assert_cmpmem (text, len, "\xEF\xBB\xBF楼栋,房号,建筑面积,房屋类型\r\n",
                   strlen ("\xEF\xBB\xBF楼栋,房号,建筑面积,房屋类型\r\n"));

  /* The templates read back as valid, empty files of their kind. */
  pd_test_db_setup (&t);
  report = pd_import_csv (t.db, PD_IMPORT_OCCUPANTS, occupants, FALSE, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows_total, ==, 0);
  g_clear_pointer (&report, pd_import_report_free);
  report = pd_import_csv (t.db, PD_IMPORT_UNITS, units, FALSE, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows_total, ==, 0);
  pd_test_db_teardown (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/store/import/good", test_good);
  g_test_add_func ("/core/store/import/bom", test_bom);
  g_test_add_func ("/core/store/import/gb18030", test_gb18030);
  g_test_add_func ("/core/store/import/reordered", test_reordered);
  g_test_add_func ("/core/store/import/english-keys", test_english_keys);
  g_test_add_func ("/core/store/import/bad-row", test_bad_id_line7);
  g_test_add_func ("/core/store/import/skip-invalid", test_skip_invalid);
  g_test_add_func ("/core/store/import/dry-run", test_dry_run);
  g_test_add_func ("/core/store/import/header-errors", test_header_errors);
  g_test_add_func ("/core/store/import/broken-lines", test_broken_lines);
  g_test_add_func ("/core/store/import/duplicates", test_duplicates);
  g_test_add_func ("/core/store/import/row-checks", test_row_checks);
  g_test_add_func ("/core/store/import/units", test_units);
  g_test_add_func ("/core/store/import/template", test_template);

  return g_test_run ();
}
