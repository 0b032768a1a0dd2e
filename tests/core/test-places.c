// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "pd-test-util.h"

static void
test_buildings_natural_order (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) buildings = NULL;
  g_autoptr(GPtrArray) units = NULL;

  pd_test_db_setup (&t);
  pd_test_add_unit (t.db, "10栋", "101", 80);
  pd_test_add_unit (t.db, "2栋", "1201", 80);
  pd_test_add_unit (t.db, "2栋", "801", 80);
  pd_test_add_unit (t.db, "1栋", "101", 80);

  buildings = pd_place_store_list_buildings (t.db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (buildings->len, ==, 3);
  g_assert_cmpstr (pd_building_get_name (buildings->pdata[0]), ==, "1栋");
  g_assert_cmpstr (pd_building_get_name (buildings->pdata[1]), ==, "2栋");
  g_assert_cmpstr (pd_building_get_name (buildings->pdata[2]), ==, "10栋");
  g_assert_cmpuint (pd_building_get_unit_count (buildings->pdata[1]), ==, 2);

  units = pd_place_store_list_units (t.db, pd_building_get_id (buildings->pdata[1]), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 2);
  g_assert_cmpstr (pd_unit_get_number (units->pdata[0]), ==, "801");
  g_assert_cmpstr (pd_unit_get_number (units->pdata[1]), ==, "1201");
  pd_test_db_teardown (&t);
}

static void
test_unit_rules (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdUnit) unit = pd_unit_new ();
  g_autoptr(PdUnit) found = NULL;
  gint64 unit_id, building_id;

  pd_test_db_setup (&t);
  unit_id = pd_test_add_unit (t.db, "3栋", "1201", 90);
  found = pd_place_store_find_unit (t.db, " 3栋 ", "1201", &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_unit_get_id (found), ==, unit_id);
  g_assert_null (pd_place_store_find_unit (t.db, "3栋", "9999", &error));
  g_assert_no_error (error);
  building_id = pd_unit_get_building_id (found);

  /* Duplicate number in the same building */
  pd_unit_set_building_id (unit, building_id);
  pd_unit_set_number (unit, "1201");
  pd_unit_set_area (unit, 5000);
  g_assert_false (pd_place_store_insert_unit (t.db, unit, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "1201"));
  g_clear_error (&error);

  /* Zero area */
  pd_unit_set_number (unit, "1202");
  pd_unit_set_area (unit, 0);
  g_assert_false (pd_place_store_insert_unit (t.db, unit, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);

  /* Empty number */
  pd_unit_set_number (unit, "  ");
  pd_unit_set_area (unit, 5000);
  g_assert_false (pd_place_store_insert_unit (t.db, unit, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);

  /* A unit with an occupant, and a building with units, cannot be deleted. */
  g_clear_object (&found);
  found = (PdUnit *)pd_test_add_occupant (t.db, unit_id, "李娜", "", "13912345678", PD_ROLE_OWNER);
  g_assert_false (pd_place_store_delete_unit (t.db, unit_id, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (pd_place_store_delete_building (t.db, building_id, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_true (pd_occupant_store_delete (t.db, pd_occupant_get_id ((PdOccupant *)found), &error));
  g_assert_true (pd_place_store_delete_unit (t.db, unit_id, &error));
  g_assert_true (pd_place_store_delete_building (t.db, building_id, &error));
  g_assert_no_error (error);
  pd_test_db_teardown (&t);
}

static void
test_rename (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  gint64 estate, a;

  pd_test_db_setup (&t);
  estate = pd_place_store_default_estate (t.db, &error);
  a = pd_place_store_ensure_building (t.db, estate, "A座", &error);
  pd_place_store_ensure_building (t.db, estate, "B座", &error);
  g_assert_no_error (error);
  g_assert_false (pd_place_store_rename_building (t.db, a, "B座", &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (pd_place_store_rename_building (t.db, a, "", &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (pd_place_store_rename_building (t.db, a, "C座", &error));
  g_assert_true (pd_place_store_rename_estate (t.db, estate, "锦绣花园", &error));
  g_assert_no_error (error);
  {
    g_autofree char *name = pd_place_store_dup_estate_name (t.db, estate, &error);
    g_assert_cmpstr (name, ==, "锦绣花园");
  }
  pd_test_db_teardown (&t);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/store/places/natural-order", test_buildings_natural_order);
  g_test_add_func ("/core/store/places/unit-rules", test_unit_rules);
  g_test_add_func ("/core/store/places/rename", test_rename);
  return g_test_run ();
}
