// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-place-store.h"
#include "pd-store-private.h"

/* "2栋" sorts before "10栋", "801" before "1201": leading digits first, then the text. */
#define NATURAL(col) "CAST (" col " AS INTEGER), " col

char *
_pd_strdup_trimmed (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

static gboolean
require_name (const char *name,
              const char *what,
              char      **out,
              GError    **error)
{
  *out = _pd_strdup_trimmed (name);
  if (*out == NULL)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, _("The %s name is empty."), what);
      return FALSE;
    }
  if (g_utf8_strlen (*out, -1) > 50)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The %s name “%s” is longer than 50 characters."), what, *out);
      g_clear_pointer (out, g_free);
      return FALSE;
    }
  return TRUE;
}

static gint64
select_id (PdDatabase *db,
           const char *sql,
           gint64      key,
           const char *text,
           GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  if (key != 0)
    sqlite3_bind_int64 (stmt, 1, key);
  sqlite3_bind_text (stmt, key != 0 ? 2 : 1, text, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return 0;
  pd_database_set_error (db, rc, _("Could not read the database"), error);
  return -1;
}

gint64
pd_place_store_ensure_estate (PdDatabase *db,
                              const char *name,
                              GError    **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(PdStmt) stmt = NULL;
  gint64 id;

  if (!require_name (name, _("estate"), &trimmed, error))
    return -1;
  id = select_id (db, "SELECT id FROM estates WHERE name = ?1", 0, trimmed, error);
  if (id != 0)
    return id;

  stmt = pd_database_prepare (db, "INSERT INTO estates (name) VALUES (?1)", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  if (!pd_database_step_done (db, stmt, error))
    return -1;
  return pd_database_last_insert_id (db);
}

gint64
pd_place_store_default_estate (PdDatabase *db,
                               GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, "SELECT id FROM estates ORDER BY id LIMIT 1",
                                                error);
  int rc;

  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the database"), error);
      return -1;
    }
  return pd_place_store_ensure_estate (db, _("Default estate"), error);
}

char *
pd_place_store_dup_estate_name (PdDatabase *db,
                                gint64      estate_id,
                                GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, "SELECT name FROM estates WHERE id = ?1",
                                                error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, estate_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup (_pd_column_text (stmt, 0));
  if (rc == SQLITE_DONE)
    g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND, _("There is no such estate."));
  else
    pd_database_set_error (db, rc, _("Could not read the database"), error);
  return NULL;
}

static gboolean
rename_row (PdDatabase *db,
            const char *sql,
            gint64      id,
            const char *name,
            const char *what,
            GError    **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!require_name (name, what, &trimmed, error))
    return FALSE;
  stmt = pd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!pd_database_step_done (db, stmt, &local_error))
    {
      if (g_error_matches (local_error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT))
        g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT,
                     _("There is already a %s named “%s”."), what, trimmed);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (sqlite3_changes (pd_database_get_handle (db)) == 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                   _("The %s was not found; it may have been deleted."), what);
      return FALSE;
    }
  return TRUE;
}

gboolean
pd_place_store_rename_estate (PdDatabase *db,
                              gint64      estate_id,
                              const char *name,
                              GError    **error)
{
  return rename_row (db, "UPDATE estates SET name = ?1 WHERE id = ?2", estate_id, name,
                     _("estate"), error);
}

gint64
pd_place_store_ensure_building (PdDatabase *db,
                                gint64      estate_id,
                                const char *name,
                                GError    **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(PdStmt) stmt = NULL;
  gint64 id;

  if (!require_name (name, _("building"), &trimmed, error))
    return -1;
  id = select_id (db, "SELECT id FROM buildings WHERE estate_id = ?1 AND name = ?2", estate_id,
                  trimmed, error);
  if (id != 0)
    return id;

  stmt = pd_database_prepare (db, "INSERT INTO buildings (estate_id, name) VALUES (?1, ?2)", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, estate_id);
  sqlite3_bind_text (stmt, 2, trimmed, -1, SQLITE_TRANSIENT);
  if (!pd_database_step_done (db, stmt, error))
    return -1;
  return pd_database_last_insert_id (db);
}

GPtrArray *
pd_place_store_list_buildings (PdDatabase *db,
                               GError    **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  stmt = pd_database_prepare (db,
                              "SELECT b.id, b.estate_id, e.name, b.name,"
                              " (SELECT count(*) FROM units u WHERE u.building_id = b.id)"
                              " FROM buildings b JOIN estates e ON e.id = b.estate_id"
                              " ORDER BY e.id, " NATURAL ("b.name"),
                              error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PdBuilding *b = pd_building_new ();

      pd_building_set_id (b, sqlite3_column_int64 (stmt, 0));
      pd_building_set_estate_id (b, sqlite3_column_int64 (stmt, 1));
      pd_building_set_estate_name (b, _pd_column_text (stmt, 2));
      pd_building_set_name (b, _pd_column_text (stmt, 3));
      pd_building_set_unit_count (b, sqlite3_column_int (stmt, 4));
      g_ptr_array_add (result, b);
    }
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the buildings"), error);
      return NULL;
    }
  return g_steal_pointer (&result);
}

gboolean
pd_place_store_rename_building (PdDatabase *db,
                                gint64      building_id,
                                const char *name,
                                GError    **error)
{
  return rename_row (db, "UPDATE buildings SET name = ?1 WHERE id = ?2", building_id, name,
                     _("building"), error);
}

static gint64
count_where (PdDatabase *db,
             const char *sql,
             gint64      id,
             GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  if (id != 0)
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      pd_database_set_error (db, rc, _("Could not read the database"), error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

gboolean
pd_place_store_delete_building (PdDatabase *db,
                                gint64      building_id,
                                GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  gint64 n = count_where (db, "SELECT count(*) FROM units WHERE building_id = ?1", building_id,
                          error);

  if (n < 0)
    return FALSE;
  if (n > 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The building still has %lld unit; delete or move it first.",
                                "The building still has %lld units; delete or move them first.",
                                n),
                   (long long)n);
      return FALSE;
    }
  stmt = pd_database_prepare (db, "DELETE FROM buildings WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, building_id);
  return pd_database_step_done (db, stmt, error);
}

static gboolean
check_unit (PdUnit  *unit,
            GError **error)
{
  g_autofree char *number = _pd_strdup_trimmed (pd_unit_get_number (unit));

  if (pd_unit_get_building_id (unit) <= 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, _("Choose the building of the unit."));
      return FALSE;
    }
  if (number == NULL)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, _("The unit number is empty."));
      return FALSE;
    }
  if (g_utf8_strlen (number, -1) > 20)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The unit number “%s” is longer than 20 characters."), number);
      return FALSE;
    }
  if (pd_unit_get_area (unit) <= 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The floor area of unit %s must be greater than zero."), number);
      return FALSE;
    }
  pd_unit_set_number (unit, number);
  return TRUE;
}

static gboolean
write_unit (PdDatabase *db,
            PdUnit     *unit,
            const char *sql,
            gboolean    with_id,
            GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!check_unit (unit, error))
    return FALSE;
  stmt = pd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pd_unit_get_building_id (unit));
  sqlite3_bind_text (stmt, 2, pd_unit_get_number (unit), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, pd_unit_get_floor (unit));
  sqlite3_bind_int64 (stmt, 4, pd_unit_get_area (unit));
  sqlite3_bind_text (stmt, 5, pd_unit_type_to_code (pd_unit_get_unit_type (unit)), -1,
                     SQLITE_STATIC);
  if (with_id)
    sqlite3_bind_int64 (stmt, 6, pd_unit_get_id (unit));
  if (!pd_database_step_done (db, stmt, &local_error))
    {
      if (g_error_matches (local_error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT))
        g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT,
                     _("Unit %s already exists in this building."), pd_unit_get_number (unit));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
pd_place_store_insert_unit (PdDatabase *db,
                            PdUnit     *unit,
                            GError    **error)
{
  if (!write_unit (db, unit,
                   "INSERT INTO units (building_id, number, floor, area_centi, type)"
                   " VALUES (?1, ?2, ?3, ?4, ?5)",
                   FALSE, error))
    return FALSE;
  pd_unit_set_id (unit, pd_database_last_insert_id (db));
  return TRUE;
}

gboolean
pd_place_store_update_unit (PdDatabase *db,
                            PdUnit     *unit,
                            GError    **error)
{
  if (!write_unit (db, unit,
                   "UPDATE units SET building_id = ?1, number = ?2, floor = ?3, area_centi = ?4,"
                   " type = ?5 WHERE id = ?6",
                   TRUE, error))
    return FALSE;
  if (sqlite3_changes (pd_database_get_handle (db)) == 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                   _("The unit was not found; it may have been deleted."));
      return FALSE;
    }
  return TRUE;
}

gboolean
pd_place_store_delete_unit (PdDatabase *db,
                            gint64      unit_id,
                            GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  gint64 n = count_where (db, "SELECT count(*) FROM occupants WHERE unit_id = ?1", unit_id, error);

  if (n < 0)
    return FALSE;
  if (n > 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The unit still has %lld occupant record; it cannot be deleted.",
                                "The unit still has %lld occupant records; it cannot be deleted.",
                                n),
                   (long long)n);
      return FALSE;
    }
  stmt = pd_database_prepare (db, "DELETE FROM units WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  return pd_database_step_done (db, stmt, error);
}

#define UNIT_COLUMNS                                                                     \
  "SELECT u.id, u.building_id, b.name, u.number, u.floor, u.area_centi, u.type,"         \
  " (SELECT count(*) FROM occupants o WHERE o.unit_id = u.id AND o.status <> 'moved_out')" \
  " FROM units u JOIN buildings b ON b.id = u.building_id "

static PdUnit *
unit_from_row (PdStmt *stmt)
{
  PdUnit *unit = pd_unit_new ();
  PdUnitType type = PD_UNIT_RESIDENTIAL;

  pd_unit_set_id (unit, sqlite3_column_int64 (stmt, 0));
  pd_unit_set_building_id (unit, sqlite3_column_int64 (stmt, 1));
  pd_unit_set_building_name (unit, _pd_column_text (stmt, 2));
  pd_unit_set_number (unit, _pd_column_text (stmt, 3));
  pd_unit_set_floor (unit, sqlite3_column_int (stmt, 4));
  pd_unit_set_area (unit, sqlite3_column_int64 (stmt, 5));
  pd_unit_type_from_code (_pd_column_text (stmt, 6), &type);
  pd_unit_set_unit_type (unit, type);
  pd_unit_set_occupant_count (unit, sqlite3_column_int (stmt, 7));
  return unit;
}

PdUnit *
pd_place_store_get_unit (PdDatabase *db,
                         gint64      unit_id,
                         GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, UNIT_COLUMNS "WHERE u.id = ?1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return unit_from_row (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                 _("The unit was not found; it may have been deleted."));
  else
    pd_database_set_error (db, rc, _("Could not read the unit"), error);
  return NULL;
}

PdUnit *
pd_place_store_find_unit (PdDatabase *db,
                          const char *building_name,
                          const char *unit_number,
                          GError    **error)
{
  g_autofree char *building = _pd_strdup_trimmed (building_name);
  g_autofree char *number = _pd_strdup_trimmed (unit_number);
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  if (building == NULL || number == NULL)
    return NULL;
  stmt = pd_database_prepare (db, UNIT_COLUMNS "WHERE b.name = ?1 AND u.number = ?2"
                                  " ORDER BY b.estate_id LIMIT 1",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, building, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, number, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return unit_from_row (stmt);
  if (rc != SQLITE_DONE)
    pd_database_set_error (db, rc, _("Could not read the unit"), error);
  return NULL;
}

GPtrArray *
pd_place_store_list_units (PdDatabase *db,
                           gint64      building_id,
                           GError    **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  stmt = pd_database_prepare (db,
                              UNIT_COLUMNS "WHERE ?1 = 0 OR u.building_id = ?1"
                              " ORDER BY " NATURAL ("b.name") ", " NATURAL ("u.number"),
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, building_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (result, unit_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the units"), error);
      return NULL;
    }
  return g_steal_pointer (&result);
}

gint64
pd_place_store_count_units (PdDatabase *db,
                            GError    **error)
{
  return count_where (db, "SELECT count(*) FROM units", 0, error);
}
