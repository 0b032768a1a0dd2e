// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "pd-database.h"
#include "pd-occupant-store.h"
#include "pd-place-store.h"

/* A fresh database in its own temporary folder; the folder goes when the test ends. */
typedef struct
{
  char       *dir;
  char       *path;
  PdDatabase *db;
} PdTestDb;

static inline void
pd_test_rmdir_recursive (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        pd_test_rmdir_recursive (child);
      else
        g_unlink (child);
    }
  g_dir_close (d);
  g_rmdir (dir);
}

static inline void
pd_test_db_setup (PdTestDb *t)
{
  g_autoptr(GError) error = NULL;

  t->dir = g_dir_make_tmp ("pd-test-XXXXXX", &error);
  g_assert_no_error (error);
  t->path = g_build_filename (t->dir, "test.db", NULL);
  t->db = pd_database_open (t->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (t->db);
}

static inline void
pd_test_db_teardown (PdTestDb *t)
{
  g_clear_object (&t->db);
  pd_test_rmdir_recursive (t->dir);
  g_clear_pointer (&t->dir, g_free);
  g_clear_pointer (&t->path, g_free);
}

/* A unit "building/number" of the given area in m² (whole), created as needed. */
static inline gint64
pd_test_add_unit (PdDatabase *db,
                  const char *building,
                  const char *number,
                  int         area_m2)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdUnit) unit = pd_unit_new ();
  gint64 estate = pd_place_store_default_estate (db, &error);
  gint64 building_id;

  g_assert_no_error (error);
  building_id = pd_place_store_ensure_building (db, estate, building, &error);
  g_assert_no_error (error);
  pd_unit_set_building_id (unit, building_id);
  pd_unit_set_number (unit, number);
  pd_unit_set_area (unit, (gint64)area_m2 * 100);
  g_assert_true (pd_place_store_insert_unit (db, unit, &error));
  g_assert_no_error (error);
  return pd_unit_get_id (unit);
}

static inline PdOccupant *
pd_test_add_occupant (PdDatabase *db,
                      gint64      unit_id,
                      const char *name,
                      const char *id_number,
                      const char *phone,
                      PdRole      role)
{
  g_autoptr(GError) error = NULL;
  PdOccupant *o = pd_occupant_new ();

  pd_occupant_set_unit_id (o, unit_id);
  pd_occupant_set_name (o, name);
  pd_occupant_set_id_number (o, id_number);
  pd_occupant_set_phone (o, phone);
  pd_occupant_set_role (o, role);
  pd_occupant_set_move_in_date (o, "2024-03-01");
  g_assert_true (pd_occupant_store_insert (db, o, &error));
  g_assert_no_error (error);
  return o;
}
