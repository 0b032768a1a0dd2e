// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include <glib/gstdio.h>

#include "pd-survey-store.h"
#include "pd-test-repairs.h"
#include "pd-test-util.h"

static char *
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return path;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static gint64
count_rows (PdDatabase *db,
            const char *sql)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static PdSurvey *
new_survey (gint64 repair_id)
{
  PdSurvey *s = pd_survey_new ();

  s->repair_id = repair_id;
  s->contact = g_strdup ("李女士 13812345678");
  s->situation = g_strdup ("卫生间楼板渗水至楼下1101室天花，面积约2平方米。");
  s->opinion_cs = g_strdup ("请工程部尽快维修");
  s->opinion_engineering = g_strdup ("防水层破损，需重做防水");
  s->opinion_office = g_strdup ("同意");
  s->opinion_contractor = g_strdup ("保修期内，由施工单位负责");
  s->opinion_customer = g_strdup ("同意维修方案");
  s->surveyed_at = pd_test_local_time (2026, 3, 15, 10, 0);
  return s;
}

static void
test_save_and_photos (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdSurvey) s = NULL;
  g_autoptr(PdSurvey) back = NULL;
  g_autofree char *src_dir = NULL;
  g_autofree char *p1 = NULL, *p2 = NULL, *p3 = NULL, *p4 = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  gint64 repair_id;

  pd_test_db_setup (&t);
  repair_id = pd_test_simple_repair (t.db, "BX2026-000100", pd_test_local_time (2026, 3, 14, 9, 0));

  src_dir = g_build_filename (t.dir, "camera", NULL);
  g_assert_cmpint (g_mkdir (src_dir, 0755), ==, 0);
  p1 = write_file (src_dir, "天花渗水.jpg", "JPEG-1");
  p2 = write_file (src_dir, "IMG_0002.JPG", "JPEG-2");
  {
    g_autofree char *other = g_build_filename (t.dir, "other", NULL);
    g_assert_cmpint (g_mkdir (other, 0755), ==, 0);
    /* Same name as the first photo, from another folder. */
    p3 = write_file (other, "天花渗水.jpg", "JPEG-3");
    p4 = write_file (other, "noext", "RAW");
  }

  s = new_survey (repair_id);
  {
    const char *photos[] = { p1, p2, p3, NULL };
    g_assert_true (pd_survey_store_save (t.db, s, photos, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (s->id, >, 0);
  g_assert_cmpstr (s->serial, ==, "KC2026-0001");
  g_assert_cmpuint (s->photos->len, ==, 3);
  g_assert_cmpstr (((PdSurveyPhoto *) g_ptr_array_index (s->photos, 0))->file_name, ==,
                   "天花渗水.jpg");
  g_assert_cmpstr (((PdSurveyPhoto *) g_ptr_array_index (s->photos, 1))->file_name, ==,
                   "IMG_0002.JPG");
  g_assert_cmpstr (((PdSurveyPhoto *) g_ptr_array_index (s->photos, 2))->file_name, ==,
                   "天花渗水-2.jpg");

  /* The copies sit beside the database, under the survey's serial. */
  dir = g_build_filename (t.dir, "photos", "KC2026-0001", NULL);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_entries (dir), ==, 3);
  copy = pd_survey_store_photo_path (t.db, s, g_ptr_array_index (s->photos, 2));
  g_assert_true (g_file_get_contents (copy, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "JPEG-3");
  /* The originals are untouched. */
  g_assert_true (g_file_test (p1, G_FILE_TEST_IS_REGULAR));

  /* Update: texts change, the serial stays, more photos join under unique names. */
  g_free (s->opinion_office);
  s->opinion_office = g_strdup ("同意，请尽快安排");
  {
    const char *photos[] = { p1, p4, NULL };
    g_assert_true (pd_survey_store_save (t.db, s, photos, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpstr (s->serial, ==, "KC2026-0001");
  g_assert_cmpuint (s->photos->len, ==, 5);
  g_assert_cmpstr (((PdSurveyPhoto *) g_ptr_array_index (s->photos, 3))->file_name, ==,
                   "天花渗水-3.jpg");
  g_assert_cmpstr (((PdSurveyPhoto *) g_ptr_array_index (s->photos, 4))->file_name, ==,
                   "noext");
  g_assert_cmpuint (count_entries (dir), ==, 5);

  back = pd_survey_store_get_for_repair (t.db, repair_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_cmpstr (back->serial, ==, "KC2026-0001");
  g_assert_cmpstr (back->opinion_office, ==, "同意，请尽快安排");
  g_assert_cmpstr (back->opinion_contractor, ==, "保修期内，由施工单位负责");
  g_assert_cmpint (back->surveyed_at, ==, s->surveyed_at);
  g_assert_cmpuint (back->photos->len, ==, 5);

  /* Removing a photo deletes its copy. */
  {
    PdSurveyPhoto *photo = g_ptr_array_index (back->photos, 1);
    g_autofree char *path = pd_survey_store_photo_path (t.db, back, photo);

    g_assert_true (pd_survey_store_remove_photo (t.db, back, photo->id, &error));
    g_assert_no_error (error);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (back->photos->len, ==, 4);
    g_assert_cmpint (count_rows (t.db, "SELECT COUNT(*) FROM survey_photos"), ==, 4);
    g_assert_false (pd_survey_store_remove_photo (t.db, back, 9999, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  /* A second order gets the next serial; a survey without photos makes no folder. */
  {
    g_autoptr(PdSurvey) s2 = new_survey (pd_test_simple_repair (t.db, "BX2026-000101",
                                                                pd_test_local_time (2026, 3, 16,
                                                                                    9, 0)));
    g_autofree char *dir2 = NULL;

    g_assert_true (pd_survey_store_save (t.db, s2, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (s2->serial, ==, "KC2026-0002");
    dir2 = pd_survey_store_photo_dir (t.db, s2->serial);
    g_assert_false (g_file_test (dir2, G_FILE_TEST_EXISTS));
  }

  /* An order without a survey. */
  {
    gint64 none = pd_test_simple_repair (t.db, "BX2026-000102",
                                         pd_test_local_time (2026, 3, 16, 9, 0));
    g_assert_null (pd_survey_store_get_for_repair (t.db, none, &error));
    g_assert_no_error (error);
  }

  pd_test_db_teardown (&t);
}

/* A copy that fails half-way: nothing recorded, the copies already made are gone. */
static void
test_copy_failure_cleans_up (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdSurvey) s = NULL;
  g_autofree char *p1 = NULL, *p2 = NULL;
  g_autofree char *photos_dir = NULL;
  gint64 repair_id;

  pd_test_db_setup (&t);
  repair_id = pd_test_simple_repair (t.db, "BX2026-000200", pd_test_local_time (2026, 3, 14, 9, 0));
  p1 = write_file (t.dir, "现场1.jpg", "JPEG-1");
  p2 = write_file (t.dir, "现场2.jpg", "JPEG-2");

  s = new_survey (repair_id);
  {
    /* Reading /proc/self/mem from its start fails with EIO even for root: a real read error
     * after the first photo was copied. */
    const char *photos[] = { p1, p2, "/proc/self/mem", NULL };

    g_assert_false (pd_survey_store_save (t.db, s, photos, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "mem"));
  }
  g_assert_cmpint (s->id, ==, 0);
  g_assert_null (s->serial);
  g_assert_cmpuint (s->photos->len, ==, 0);
  g_assert_cmpint (count_rows (t.db, "SELECT COUNT(*) FROM site_surveys"), ==, 0);
  g_assert_cmpint (count_rows (t.db, "SELECT COUNT(*) FROM survey_photos"), ==, 0);
  photos_dir = g_build_filename (t.dir, "photos", NULL);
  g_assert_cmpuint (count_entries (photos_dir), ==, 0);

  /* The same survey saves once the bad file is left out. */
  g_clear_error (&error);
  {
    const char *photos[] = { p1, p2, NULL };

    g_assert_true (pd_survey_store_save (t.db, s, photos, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (s->photos->len, ==, 2);
  g_assert_cmpint (count_rows (t.db, "SELECT COUNT(*) FROM survey_photos"), ==, 2);

  /* A failed update keeps the earlier photos and removes only its own copies. */
  {
    const char *photos[] = { p1, "/proc/self/mem", NULL };
    g_autofree char *dir = pd_survey_store_photo_dir (t.db, s->serial);

    g_free (s->situation);
    s->situation = g_strdup ("changed");
    g_assert_false (pd_survey_store_save (t.db, s, photos, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_cmpuint (count_entries (dir), ==, 2);
    g_assert_cmpuint (s->photos->len, ==, 2);
    g_assert_cmpint (count_rows (t.db, "SELECT COUNT(*) FROM survey_photos"), ==, 2);
    g_assert_cmpint (count_rows (t.db, "SELECT COUNT(*) FROM site_surveys"
                                       " WHERE situation = 'changed'"), ==, 0);
  }

  pd_test_db_teardown (&t);
}

/* The photo folder cannot be made (a file is in the way): nothing is recorded. */
static void
test_folder_failure (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdSurvey) s = NULL;
  g_autofree char *p1 = NULL;
  g_autofree char *blocker = NULL;
  gint64 repair_id;

  pd_test_db_setup (&t);
  repair_id = pd_test_simple_repair (t.db, "BX2026-000300", pd_test_local_time (2026, 3, 14, 9, 0));
  p1 = write_file (t.dir, "a.jpg", "JPEG");
  blocker = write_file (t.dir, "photos", "not a folder");

  s = new_survey (repair_id);
  {
    const char *photos[] = { p1, NULL };

    g_assert_false (pd_survey_store_save (t.db, s, photos, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  }
  g_assert_cmpint (s->id, ==, 0);
  g_assert_cmpint (count_rows (t.db, "SELECT COUNT(*) FROM site_surveys"), ==, 0);

  pd_test_db_teardown (&t);
}

static void
test_invalid (void)
{
  PdTestDb t;
  gint64 repair_id;

  pd_test_db_setup (&t);
  repair_id = pd_test_simple_repair (t.db, "BX2026-000400", pd_test_local_time (2026, 3, 14, 9, 0));

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSurvey) s = new_survey (777);

    g_assert_false (pd_survey_store_save (t.db, s, NULL, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "777"));
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSurvey) s = new_survey (repair_id);

    s->surveyed_at = 0;
    g_assert_false (pd_survey_store_save (t.db, s, NULL, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "BX2026-000400"));
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSurvey) s = new_survey (repair_id);
    const char *photos[] = { "/nonexistent/现场.jpg", NULL };

    g_assert_false (pd_survey_store_save (t.db, s, photos, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "现场.jpg"));
    g_assert_cmpint (s->id, ==, 0);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSurvey) s = new_survey (repair_id);
    const char *photos[] = { t.dir, NULL };

    g_assert_false (pd_survey_store_save (t.db, s, photos, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSurvey) s = new_survey (repair_id);
    g_autoptr(PdSurvey) again = new_survey (repair_id);

    g_assert_true (pd_survey_store_save (t.db, s, NULL, &error));
    g_assert_no_error (error);
    /* One survey per order. */
    g_assert_false (pd_survey_store_save (t.db, again, NULL, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, s->serial));
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (pd_survey_store_get (t.db, 4242, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND);
  }

  pd_test_db_teardown (&t);
}

/* The serial follows the year of the survey, in local time. */
static void
test_serial_year (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdSurvey) a = NULL;
  g_autoptr(PdSurvey) b = NULL;

  pd_test_db_setup (&t);
  a = new_survey (pd_test_simple_repair (t.db, "BX2025-000001",
                                         pd_test_local_time (2025, 12, 31, 20, 0)));
  /* 00:30 on 1 January in Shanghai is still 31 December in UTC: the local year counts. */
  a->surveyed_at = pd_test_local_time (2026, 1, 1, 0, 30);
  g_assert_true (pd_survey_store_save (t.db, a, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (a->serial, ==, "KC2026-0001");

  b = new_survey (pd_test_simple_repair (t.db, "BX2025-000002",
                                         pd_test_local_time (2025, 12, 30, 20, 0)));
  b->surveyed_at = pd_test_local_time (2025, 12, 31, 23, 30);
  g_assert_true (pd_survey_store_save (t.db, b, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (b->serial, ==, "KC2025-0001");

  pd_test_db_teardown (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/survey/save-and-photos", test_save_and_photos);
  g_test_add_func ("/core/survey/copy-failure", test_copy_failure_cleans_up);
  g_test_add_func ("/core/survey/folder-failure", test_folder_failure);
  g_test_add_func ("/core/survey/invalid", test_invalid);
  g_test_add_func ("/core/survey/serial-year", test_serial_year);

  return g_test_run ();
}
