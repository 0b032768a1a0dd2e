// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-phone.h"
#include "pd-repair-store-private.h"

/* Departments, their staff and the price list: the lists of pd-repair-settings.h that have
 * more than a name. */

typedef gpointer (*RowFunc) (PdStmt *stmt);

static GPtrArray *
collect (PdDatabase     *db,
         PdStmt         *stmt,
         RowFunc         from_row,
         GDestroyNotify  free_func,
         const char     *what,
         GError        **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (free_func);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, what, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

static gpointer
fetch_one (PdDatabase  *db,
           PdStmt      *stmt,
           RowFunc      from_row,
           const char  *not_found,
           GError     **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return from_row (stmt);
  if (rc == SQLITE_DONE)
    _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND, "%s", not_found);
  else
    pd_database_set_error (db, rc, not_found, error);
  return NULL;
}

static gboolean
set_active (PdDatabase *db,
            const char *sql,
            gint64      id,
            gboolean    active,
            const char *not_found,
            GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, active ? 1 : 0);
  return _pd_step_changed (db, stmt, not_found, error);
}

/* Departments. */

void
pd_department_free (PdDepartment *department)
{
  if (department == NULL)
    return;
  g_free (department->code);
  g_free (department->name);
  g_free (department);
}

static gpointer
department_from_row (PdStmt *stmt)
{
  PdDepartment *d = g_new0 (PdDepartment, 1);

  d->id = sqlite3_column_int64 (stmt, 0);
  d->code = g_strdup (_pd_column_text (stmt, 1));
  d->name = g_strdup (_pd_column_text (stmt, 2));
  d->active = sqlite3_column_int (stmt, 3) != 0;
  return d;
}

GPtrArray *
pd_repair_settings_list_departments (PdDatabase *db,
                                     gboolean    include_inactive,
                                     GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "SELECT id, code, name, active FROM departments"
                                                " WHERE active OR ?1 ORDER BY id",
                                                error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_inactive);
  return collect (db, stmt, department_from_row, (GDestroyNotify)pd_department_free,
                  _("Could not read the departments"), error);
}

PdDepartment *
pd_repair_settings_get_department (PdDatabase *db,
                                   gint64      department_id,
                                   GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "SELECT id, code, name, active FROM departments"
                                                " WHERE id = ?1",
                                                error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, department_id);
  return fetch_one (db, stmt, department_from_row, _("The department was not found."), error);
}

static char *
check_department_name (PdDatabase  *db,
                       const char  *name,
                       gint64       self_id,
                       GError     **error)
{
  g_autofree char *trimmed = _pd_strdup_trimmed (name);
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  if (trimmed == NULL)
    {
      _pd_db_refuse (error, PD_DB_ERROR_INVALID, _("A department needs a name."));
      return NULL;
    }
  stmt = pd_database_prepare (db, "SELECT 1 FROM departments WHERE name = ?1 AND id <> ?2",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, self_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      _pd_db_refuse (error, PD_DB_ERROR_CONSTRAINT,
                     _("There is already a department named “%s”."), trimmed);
      return NULL;
    }
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the departments"), error);
      return NULL;
    }
  return g_steal_pointer (&trimmed);
}

gint64
pd_repair_settings_add_department (PdDatabase *db,
                                   const char *code,
                                   const char *name,
                                   GError    **error)
{
  g_autofree char *trimmed = check_department_name (db, name, 0, error);
  g_autofree char *code_trimmed = _pd_strdup_trimmed (code);
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  if (trimmed == NULL || !pd_database_begin (db, error))
    return 0;
  /* The code is only a stable key for the program; without one, a unique placeholder is
   * replaced by "dept-<id>" once the id is known. */
  stmt = pd_database_prepare (db,
                              "INSERT INTO departments (code, name)"
                              " VALUES (coalesce (?1, 'new-' || hex (randomblob (8))), ?2)",
                              error);
  if (stmt == NULL)
    goto fail;
  if (code_trimmed != NULL)
    sqlite3_bind_text (stmt, 1, code_trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, trimmed, -1, SQLITE_TRANSIENT);
  if (!pd_database_step_done (db, stmt, &local_error))
    {
      if (g_error_matches (local_error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT))
        _pd_db_refuse (error, PD_DB_ERROR_CONSTRAINT,
                       _("The department code “%s” is already used."), code_trimmed);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      goto fail;
    }
  id = pd_database_last_insert_id (db);
  g_clear_pointer (&stmt, pd_stmt_release);
  if (code_trimmed == NULL)
    {
      stmt = pd_database_prepare (db,
                                  "UPDATE departments SET code = 'dept-' || id WHERE id = ?1",
                                  error);
      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!pd_database_step_done (db, stmt, error))
        goto fail;
    }
  if (!pd_database_commit (db, error))
    return 0;
  return id;

fail:
  pd_database_rollback (db);
  return 0;
}

gboolean
pd_repair_settings_rename_department (PdDatabase *db,
                                      gint64      department_id,
                                      const char *name,
                                      GError    **error)
{
  g_autofree char *trimmed = check_department_name (db, name, department_id, error);
  g_autoptr(PdStmt) stmt = NULL;

  if (trimmed == NULL)
    return FALSE;
  stmt = pd_database_prepare (db, "UPDATE departments SET name = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, department_id);
  sqlite3_bind_text (stmt, 2, trimmed, -1, SQLITE_TRANSIENT);
  return _pd_step_changed (db, stmt, _("The department was not found."), error);
}

gboolean
pd_repair_settings_set_department_active (PdDatabase *db,
                                          gint64      department_id,
                                          gboolean    active,
                                          GError    **error)
{
  return set_active (db, "UPDATE departments SET active = ?2 WHERE id = ?1", department_id,
                     active, _("The department was not found."), error);
}

/* Staff. */

void
pd_staff_free (PdStaff *staff)
{
  if (staff == NULL)
    return;
  g_free (staff->name);
  g_free (staff->team);
  g_free (staff->phone);
  g_free (staff);
}

static gpointer
staff_from_row (PdStmt *stmt)
{
  PdStaff *s = g_new0 (PdStaff, 1);

  s->id = sqlite3_column_int64 (stmt, 0);
  s->department_id = sqlite3_column_int64 (stmt, 1);
  s->name = g_strdup (_pd_column_text (stmt, 2));
  s->team = g_strdup (_pd_column_text (stmt, 3));
  s->phone = g_strdup (_pd_column_text (stmt, 4));
  s->active = sqlite3_column_int (stmt, 5) != 0;
  return s;
}

#define STAFF_SELECT "SELECT id, department_id, name, team, phone, active FROM staff"

GPtrArray *
pd_repair_settings_list_staff (PdDatabase *db,
                               gint64      department_id,
                               gboolean    include_inactive,
                               GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                STAFF_SELECT " WHERE (?1 = 0 OR department_id = ?1)"
                                                " AND (active OR ?2)"
                                                " ORDER BY department_id, team, name, id",
                                                error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, department_id);
  sqlite3_bind_int (stmt, 2, include_inactive);
  return collect (db, stmt, staff_from_row, (GDestroyNotify)pd_staff_free,
                  _("Could not read the staff list"), error);
}

PdStaff *
pd_repair_settings_get_staff (PdDatabase *db,
                              gint64      staff_id,
                              GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, STAFF_SELECT " WHERE id = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  return fetch_one (db, stmt, staff_from_row, _("The staff member was not found."), error);
}

/* Checks a staff row and returns its cleaned name (NULL on error); *phone gets the normalized
 * phone ("" when none). */
static char *
check_staff (PdDatabase     *db,
             const PdStaff  *staff,
             gboolean        adding,
             char          **phone,
             GError        **error)
{
  g_autofree char *name = _pd_strdup_trimmed (staff->name);
  g_autofree char *phone_trimmed = _pd_strdup_trimmed (staff->phone);
  g_autoptr(PdDepartment) department = NULL;
  g_autoptr(GError) local_error = NULL;

  if (name == NULL)
    {
      _pd_db_refuse (error, PD_DB_ERROR_INVALID, _("A staff member needs a name."));
      return NULL;
    }
  department = pd_repair_settings_get_department (db, staff->department_id, &local_error);
  if (department == NULL)
    {
      _pd_db_refuse (error, PD_DB_ERROR_INVALID,
                     _("Choose the department of %s: the one given does not exist."), name);
      return NULL;
    }
  if (adding && !department->active)
    {
      _pd_db_refuse (error, PD_DB_ERROR_INVALID,
                     _("The department %s is inactive; staff cannot be added to it."),
                     department->name);
      return NULL;
    }
  if (phone_trimmed != NULL)
    {
      if (!pd_phone_check (phone_trimmed, NULL, &local_error))
        {
          _pd_db_refuse (error, PD_DB_ERROR_INVALID, _("The phone number of %s: %s"), name,
                         local_error->message);
          return NULL;
        }
      *phone = pd_phone_normalize (phone_trimmed);
    }
  else
    *phone = g_strdup ("");
  return g_steal_pointer (&name);
}

static gint64
save_staff (PdDatabase    *db,
            const PdStaff *staff,
            gboolean       adding,
            GError       **error)
{
  g_autofree char *phone = NULL;
  g_autofree char *name = check_staff (db, staff, adding, &phone, error);
  g_autofree char *team = _pd_strdup_trimmed (staff->team);
  g_autoptr(PdStmt) stmt = NULL;

  if (name == NULL)
    return 0;
  if (adding)
    stmt = pd_database_prepare (db,
                                "INSERT INTO staff (department_id, name, team, phone)"
                                " VALUES (?1, ?2, ?3, ?4)",
                                error);
  else
    stmt = pd_database_prepare (db,
                                "UPDATE staff SET department_id = ?1, name = ?2, team = ?3,"
                                " phone = ?4 WHERE id = ?5",
                                error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, staff->department_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, team != NULL ? team : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, phone, -1, SQLITE_TRANSIENT);
  if (adding)
    {
      if (!pd_database_step_done (db, stmt, error))
        return 0;
      return pd_database_last_insert_id (db);
    }
  sqlite3_bind_int64 (stmt, 5, staff->id);
  if (!_pd_step_changed (db, stmt, _("The staff member was not found."), error))
    return 0;
  return staff->id;
}

gint64
pd_repair_settings_add_staff (PdDatabase    *db,
                              const PdStaff *staff,
                              GError       **error)
{
  g_return_val_if_fail (staff != NULL, 0);
  return save_staff (db, staff, TRUE, error);
}

gboolean
pd_repair_settings_update_staff (PdDatabase    *db,
                                 const PdStaff *staff,
                                 GError       **error)
{
  g_return_val_if_fail (staff != NULL, FALSE);
  return save_staff (db, staff, FALSE, error) != 0;
}

gboolean
pd_repair_settings_set_staff_active (PdDatabase *db,
                                     gint64      staff_id,
                                     gboolean    active,
                                     GError    **error)
{
  return set_active (db, "UPDATE staff SET active = ?2 WHERE id = ?1", staff_id, active,
                     _("The staff member was not found."), error);
}

/* Price list. */

void
pd_price_item_free (PdPriceItem *item)
{
  if (item == NULL)
    return;
  g_free (item->code);
  g_free (item->name);
  g_free (item->unit);
  g_free (item);
}

static gpointer
price_item_from_row (PdStmt *stmt)
{
  PdPriceItem *p = g_new0 (PdPriceItem, 1);

  p->id = sqlite3_column_int64 (stmt, 0);
  p->code = g_strdup (_pd_column_text (stmt, 1));
  p->name = g_strdup (_pd_column_text (stmt, 2));
  p->unit = g_strdup (_pd_column_text (stmt, 3));
  p->price_fen = sqlite3_column_int64 (stmt, 4);
  p->active = sqlite3_column_int (stmt, 5) != 0;
  return p;
}

#define PRICE_SELECT "SELECT id, code, name, unit, price_fen, active FROM price_items"

GPtrArray *
pd_repair_settings_list_price_items (PdDatabase *db,
                                     gboolean    include_inactive,
                                     GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                PRICE_SELECT " WHERE active OR ?1 ORDER BY code",
                                                error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_inactive);
  return collect (db, stmt, price_item_from_row, (GDestroyNotify)pd_price_item_free,
                  _("Could not read the price list"), error);
}

PdPriceItem *
pd_repair_settings_get_price_item (PdDatabase *db,
                                   gint64      item_id,
                                   GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, PRICE_SELECT " WHERE id = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, item_id);
  return fetch_one (db, stmt, price_item_from_row, _("The price list item was not found."),
                    error);
}

PdPriceItem *
pd_repair_settings_find_price_item (PdDatabase *db,
                                    const char *code,
                                    GError    **error)
{
  g_autofree char *trimmed = _pd_strdup_trimmed (code);
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, PRICE_SELECT " WHERE code = ?1", error);
  g_autofree char *not_found = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, trimmed != NULL ? trimmed : "", -1, SQLITE_TRANSIENT);
  not_found = g_strdup_printf (_("The price list has no item with the code “%s”."),
                               trimmed != NULL ? trimmed : "");
  return fetch_one (db, stmt, price_item_from_row, not_found, error);
}

static gint64
save_price_item (PdDatabase        *db,
                 const PdPriceItem *item,
                 gboolean           adding,
                 GError           **error)
{
  g_autofree char *code = _pd_strdup_trimmed (item->code);
  g_autofree char *name = _pd_strdup_trimmed (item->name);
  g_autofree char *unit = _pd_strdup_trimmed (item->unit);
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  if (code == NULL)
    return _pd_db_refuse (error, PD_DB_ERROR_INVALID, _("A price list item needs a code."));
  if (name == NULL)
    return _pd_db_refuse (error, PD_DB_ERROR_INVALID,
                          _("The price list item %s needs a name."), code);
  if (item->price_fen < 0)
    return _pd_db_refuse (error, PD_DB_ERROR_INVALID,
                          _("The price of %s (%s) cannot be negative."), name, code);

  stmt = pd_database_prepare (db, "SELECT name FROM price_items WHERE code = ?1 AND id <> ?2",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, adding ? 0 : item->id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return _pd_db_refuse (error, PD_DB_ERROR_CONSTRAINT,
                          _("The code %s is already used by the price list item “%s”."), code,
                          _pd_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    return pd_database_set_error (db, rc, _("Could not read the price list"), error);
  g_clear_pointer (&stmt, pd_stmt_release);

  if (adding)
    stmt = pd_database_prepare (db,
                                "INSERT INTO price_items (code, name, unit, price_fen)"
                                " VALUES (?1, ?2, ?3, ?4)",
                                error);
  else
    stmt = pd_database_prepare (db,
                                "UPDATE price_items SET code = ?1, name = ?2, unit = ?3,"
                                " price_fen = ?4 WHERE id = ?5",
                                error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, unit != NULL ? unit : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, item->price_fen);
  if (adding)
    {
      if (!pd_database_step_done (db, stmt, error))
        return 0;
      return pd_database_last_insert_id (db);
    }
  sqlite3_bind_int64 (stmt, 5, item->id);
  if (!_pd_step_changed (db, stmt, _("The price list item was not found."), error))
    return 0;
  return item->id;
}

gint64
pd_repair_settings_add_price_item (PdDatabase        *db,
                                   const PdPriceItem *item,
                                   GError           **error)
{
  g_return_val_if_fail (item != NULL, 0);
  return save_price_item (db, item, TRUE, error);
}

gboolean
pd_repair_settings_update_price_item (PdDatabase        *db,
                                      const PdPriceItem *item,
                                      GError           **error)
{
  g_return_val_if_fail (item != NULL, FALSE);
  return save_price_item (db, item, FALSE, error) != 0;
}

gboolean
pd_repair_settings_set_price_item_active (PdDatabase *db,
                                          gint64      item_id,
                                          gboolean    active,
                                          GError    **error)
{
  return set_active (db, "UPDATE price_items SET active = ?2 WHERE id = ?1", item_id, active,
                     _("The price list item was not found."), error);
}
