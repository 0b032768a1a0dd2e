// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "pd-database-private.h"
#include "pd-test-util.h"

static void
test_create_default_settings (void)
{
  PdTestDb t;
  int value = -1;
  sqlite3_stmt *stmt = NULL;

  pd_test_db_setup (&t);
  g_assert_cmpint (pd_database_get_schema_version (t.db), ==, pd_database_latest_version ());

  sqlite3_prepare_v2 (pd_database_get_handle (t.db), "PRAGMA foreign_keys", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (value, ==, 1);

  sqlite3_prepare_v2 (pd_database_get_handle (t.db), "PRAGMA journal_mode", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *)sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);

  pd_test_db_teardown (&t);
}

static void
test_default_path (void)
{
  g_autofree char *path = pd_database_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "property-desk", NULL);

  g_assert_true (g_str_has_prefix (path, expected));
  g_assert_true (g_str_has_suffix (path, ".db"));
}

static void
assert_file_unchanged (const char *path,
                       const char *contents,
                       gsize       len)
{
  g_autofree char *now = NULL;
  gsize now_len = 0;

  g_assert_true (g_file_get_contents (path, &now, &now_len, NULL));
  g_assert_cmpmem (now, now_len, contents, len);
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  const char *text = "楼栋,房号\nthis is a CSV file, not a database\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) db = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  db = pd_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, path));
  assert_file_unchanged (path, text, strlen (text));
  pd_test_rmdir_recursive (dir);
}

static void
test_foreign_sqlite_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pd-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) db = NULL;
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TABLE songs (title TEXT)", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (handle);

  db = pd_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_CORRUPT);

  /* The other program's table is still there. */
  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "SELECT title FROM songs", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  sqlite3_close (handle);
  pd_test_rmdir_recursive (dir);
}

static void
test_truncated_database (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) db = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  pd_test_db_setup (&t);
  pd_test_add_unit (t.db, "1栋", "101", 80);
  g_clear_object (&t.db);

  /* Garble the header page as a failing disk would. */
  g_assert_true (g_file_get_contents (t.path, &contents, &len, NULL));
  memset (contents, 0x5a, MIN (len, 100));
  g_assert_true (g_file_set_contents (t.path, contents, len, NULL));

  db = pd_database_open (t.path, &error);
  g_assert_null (db);
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_CORRUPT);
  assert_file_unchanged (t.path, contents, len);
  pd_test_db_teardown (&t);
}

static void
test_newer_version (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) db = NULL;

  pd_test_db_setup (&t);
  g_assert_true (pd_database_exec (t.db, "PRAGMA user_version = 999", NULL));
  g_clear_object (&t.db);

  db = pd_database_open (t.path, &error);
  g_assert_null (db);
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "999"));
  pd_test_db_teardown (&t);
}

static void
test_locked (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) second = NULL;
  sqlite3 *other = NULL;

  pd_test_db_setup (&t);
  g_clear_object (&t.db);

  /* Another program holds an exclusive lock on a database of an older schema, so opening
   * must wait for it, then give up with a clear message. */
  g_assert_cmpint (sqlite3_open (t.path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 1;"
                                        "BEGIN EXCLUSIVE; CREATE TABLE x (y);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  _pd_database_set_busy_timeout_ms (200);
  second = pd_database_open (t.path, &error);
  g_assert_null (second);
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_LOCKED);
  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  _pd_database_set_busy_timeout_ms (5000);
  pd_test_db_teardown (&t);
}

static void
test_transactions_nest (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;

  pd_test_db_setup (&t);

  /* Inner failure cancels the whole outer change. */
  g_assert_true (pd_database_begin (t.db, &error));
  pd_test_add_unit (t.db, "1栋", "101", 80);
  g_assert_true (pd_database_begin (t.db, &error));
  pd_test_add_unit (t.db, "1栋", "102", 80);
  pd_database_rollback (t.db);
  g_assert_false (pd_database_commit (t.db, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (pd_place_store_count_units (t.db, NULL), ==, 0);

  /* Both levels committed. */
  g_assert_true (pd_database_begin (t.db, &error));
  g_assert_true (pd_database_begin (t.db, &error));
  pd_test_add_unit (t.db, "1栋", "101", 80);
  g_assert_true (pd_database_commit (t.db, &error));
  g_assert_true (pd_database_commit (t.db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pd_place_store_count_units (t.db, NULL), ==, 1);
  pd_test_db_teardown (&t);
}

static void
test_backup_and_check (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdDatabase) copy = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *report = NULL;
  g_autofree char *part = NULL;

  pd_test_db_setup (&t);
  pd_test_add_unit (t.db, "1栋", "101", 80);
  pd_test_add_unit (t.db, "1栋", "102", 95);

  backup = g_build_filename (t.dir, "backup.db", NULL);
  g_assert_true (pd_database_backup_to (t.db, backup, &error));
  g_assert_no_error (error);
  part = g_strconcat (backup, ".part", NULL);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));

  copy = pd_database_open (backup, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_place_store_count_units (copy, NULL), ==, 2);
  g_assert_true (pd_database_check_integrity (copy, &report, &error));
  g_assert_no_error (error);
  g_assert_nonnull (report);

  /* Never over the live file itself, nor into a folder that is not there. */
  g_assert_false (pd_database_backup_to (t.db, t.path, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pd_database_backup_to (t.db, "/nonexistent-folder/backup.db", &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_IO);
  pd_test_db_teardown (&t);
}

static void
test_integrity_reports_broken_reference (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;

  pd_test_db_setup (&t);
  g_assert_true (pd_database_exec (t.db,
                                   "PRAGMA foreign_keys = OFF;"
                                   "INSERT INTO units (building_id, number, area_centi)"
                                   " VALUES (42, '101', 8000);"
                                   "PRAGMA foreign_keys = ON;", &error));
  g_assert_false (pd_database_check_integrity (t.db, &report, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (report, "units"));
  pd_test_db_teardown (&t);
}

static void
test_serials (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;

  pd_test_db_setup (&t);
  g_assert_cmpint (pd_database_next_serial (t.db, "CM", 2026, &error), ==, 1);
  g_assert_cmpint (pd_database_next_serial (t.db, "CM", 2026, &error), ==, 2);
  g_assert_cmpint (pd_database_next_serial (t.db, "CM", 2027, &error), ==, 1);
  g_assert_cmpint (pd_database_next_serial (t.db, "BX", 2026, &error), ==, 1);
  g_assert_cmpint (pd_database_next_serial (t.db, "CM", 2026, &error), ==, 3);
  g_assert_no_error (error);
  pd_test_db_teardown (&t);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/db/create", test_create_default_settings);
  g_test_add_func ("/core/db/default-path", test_default_path);
  g_test_add_func ("/core/db/not-a-database", test_not_a_database);
  g_test_add_func ("/core/db/foreign-sqlite-file", test_foreign_sqlite_file);
  g_test_add_func ("/core/db/truncated", test_truncated_database);
  g_test_add_func ("/core/db/newer-version", test_newer_version);
  g_test_add_func ("/core/db/locked", test_locked);
  g_test_add_func ("/core/db/transactions-nest", test_transactions_nest);
  g_test_add_func ("/core/db/backup-and-check", test_backup_and_check);
  g_test_add_func ("/core/db/integrity-broken-reference", test_integrity_reports_broken_reference);
  g_test_add_func ("/core/db/serials", test_serials);
  return g_test_run ();
}
