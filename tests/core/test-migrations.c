// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "pd-database-private.h"
#include "pd-test-util.h"

/* Every earlier schema version, filled with the kind of data it could hold, must open,
 * upgrade to the latest version and keep that data. */
static void
test_upgrade_from_each_version (void)
{
  for (int version = 0; version < pd_database_latest_version (); version++)
    {
      g_autofree char *dir = g_dir_make_tmp ("pd-test-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "old.db", NULL);
      g_autofree char *bak = g_strdup_printf ("%s.v%d.bak", path, version);
      g_autoptr(GError) error = NULL;
      g_autoptr(PdDatabase) old = NULL;
      g_autoptr(PdDatabase) db = NULL;
      g_autoptr(PdOccupant) o = NULL;

      g_test_message ("upgrading from schema version %d", version);
      old = _pd_database_open_at_version (path, version, &error);
      g_assert_no_error (error);
      g_assert_cmpint (pd_database_get_schema_version (old), ==, version);
      if (version >= 1)
        {
          g_assert_true (pd_database_exec (old,
                                           "INSERT INTO estates (id, name) VALUES (1, '锦绣花园');"
                                           "INSERT INTO buildings (id, estate_id, name)"
                                           " VALUES (1, 1, '3栋');"
                                           "INSERT INTO units (id, building_id, number, area_centi)"
                                           " VALUES (1, 1, '1201', 8950);"
                                           "INSERT INTO occupants (id, unit_id, role, kind, name,"
                                           " phone) VALUES (1, 1, 'owner', 'person', '张伟',"
                                           " '13812341234');",
                                           &error));
          g_assert_no_error (error);
        }
      g_clear_object (&old);

      db = pd_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (pd_database_get_schema_version (db), ==, pd_database_latest_version ());
      if (version >= 1)
        {
          o = pd_occupant_store_get (db, 1, &error);
          g_assert_no_error (error);
          g_assert_cmpstr (pd_occupant_get_name (o), ==, "张伟");
          g_assert_cmpstr (pd_occupant_get_unit_number (o), ==, "1201");
          g_assert_cmpint (pd_occupant_get_area (o), ==, 8950);
          /* The pre-upgrade copy is kept beside the file. */
          g_assert_true (g_file_test (bak, G_FILE_TEST_EXISTS));
        }
      else
        g_assert_false (g_file_test (bak, G_FILE_TEST_EXISTS));

      g_assert_true (pd_database_check_integrity (db, NULL, &error));
      g_assert_no_error (error);
      g_clear_object (&db);

      /* Opening the upgraded file again changes nothing. */
      db = pd_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (pd_database_get_schema_version (db), ==, pd_database_latest_version ());
      g_clear_object (&db);
      pd_test_rmdir_recursive (dir);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/migrations/upgrade-from-each-version", test_upgrade_from_each_version);
  return g_test_run ();
}
