// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-store-private.h"

#define KEY_FEEDBACK_HOURS "complaint.feedback_hours"
#define KEY_CALLBACK_HOURS "complaint.callback_hours"

static int
get_hours (PdDatabase *db,
           const char *key,
           int         fallback)
{
  gint64 v = pd_settings_get_int (db, key, fallback);

  /* The range of pd_complaint_times_check(): a value typed into the table by hand outside it
   * gives the default rather than a clock that makes no sense. */
  return v >= 1 && v <= 720 ? (int)v : fallback;
}

void
pd_complaint_settings_load_times (PdDatabase       *db,
                                  PdComplaintTimes *out)
{
  g_return_if_fail (PD_IS_DATABASE (db));
  g_return_if_fail (out != NULL);

  pd_complaint_times_init_defaults (out);
  out->feedback_hours = get_hours (db, KEY_FEEDBACK_HOURS, out->feedback_hours);
  out->callback_hours = get_hours (db, KEY_CALLBACK_HOURS, out->callback_hours);
}

gboolean
pd_complaint_settings_save_times (PdDatabase             *db,
                                  const PdComplaintTimes *times,
                                  GError                **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (times != NULL, FALSE);

  if (!pd_complaint_times_check (times, error) || !pd_database_begin (db, error))
    return FALSE;
  if (!pd_settings_set_int (db, KEY_FEEDBACK_HOURS, times->feedback_hours, error) ||
      !pd_settings_set_int (db, KEY_CALLBACK_HOURS, times->callback_hours, error))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  return pd_database_commit (db, error);
}

void
_pd_complaint_bind_clock (PdDatabase *db,
                          PdStmt     *stmt,
                          gint64      now)
{
  PdComplaintTimes times;

  pd_complaint_settings_load_times (db, &times);
  _pd_bind_named_int (stmt, ":feedback_s", (gint64)times.feedback_hours * 3600);
  _pd_bind_named_int (stmt, ":callback_s", (gint64)times.callback_hours * 3600);
  _pd_bind_named_int (stmt, ":now", now);
}

/* Categories. */

void
pd_complaint_category_free (PdComplaintCategory *category)
{
  if (category == NULL)
    return;
  g_free (category->name);
  g_free (category->department_name);
  g_free (category->default_responsible);
  g_free (category);
}

static PdComplaintCategory *
category_from_row (PdStmt *stmt)
{
  PdComplaintCategory *c = g_new0 (PdComplaintCategory, 1);

  c->id = sqlite3_column_int64 (stmt, 0);
  c->name = g_strdup (_pd_column_text (stmt, 1));
  c->department_id = sqlite3_column_int64 (stmt, 2);
  c->department_name = g_strdup (_pd_column_text (stmt, 3));
  c->default_responsible = g_strdup (_pd_column_text (stmt, 4));
  c->cycle_hours = sqlite3_column_int (stmt, 5);
  c->sort_order = sqlite3_column_int (stmt, 6);
  c->active = sqlite3_column_int (stmt, 7) != 0;
  return c;
}

#define CATEGORY_SELECT                                                                   \
  "SELECT c.id, c.name, c.department_id, d.name, c.default_responsible, c.cycle_hours,"   \
  " c.sort_order, c.active FROM complaint_categories c"                                  \
  " LEFT JOIN departments d ON d.id = c.department_id"

GPtrArray *
pd_complaint_settings_list_categories (PdDatabase *db,
                                       gboolean    include_inactive,
                                       GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  stmt = pd_database_prepare (db, CATEGORY_SELECT " WHERE c.active OR ?1"
                                  " ORDER BY c.sort_order, c.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_inactive);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify)pd_complaint_category_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, category_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the complaint categories"), error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

PdComplaintCategory *
pd_complaint_settings_get_category (PdDatabase *db,
                                    gint64      category_id,
                                    GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  stmt = pd_database_prepare (db, CATEGORY_SELECT " WHERE c.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, category_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return category_from_row (stmt);
  if (rc == SQLITE_DONE)
    _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND, _("The complaint category was not found."));
  else
    pd_database_set_error (db, rc, _("Could not read the complaint category"), error);
  return NULL;
}

PdComplaintCategory *
pd_complaint_settings_find_category (PdDatabase *db,
                                     const char *name,
                                     GError    **error)
{
  g_autofree char *trimmed = _pd_strdup_trimmed (name);
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  if (trimmed == NULL)
    return NULL;
  stmt = pd_database_prepare (db, CATEGORY_SELECT " WHERE c.name = ?1 AND c.active", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return category_from_row (stmt);
  if (rc != SQLITE_DONE)
    pd_database_set_error (db, rc, _("Could not read the complaint category"), error);
  return NULL;
}

/* A category name must be given and not used by another category (active or not). */
static char *
check_category_name (PdDatabase  *db,
                     const char  *name,
                     gint64       self_id,
                     GError     **error)
{
  g_autofree char *trimmed = _pd_strdup_trimmed (name);
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  if (trimmed == NULL)
    {
      _pd_db_refuse (error, PD_DB_ERROR_INVALID, _("A complaint category needs a name."));
      return NULL;
    }
  stmt = pd_database_prepare (db,
                              "SELECT active FROM complaint_categories"
                              " WHERE name = ?1 AND id <> ?2",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, self_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (sqlite3_column_int (stmt, 0))
        _pd_db_refuse (error, PD_DB_ERROR_CONSTRAINT,
                       _("There is already a complaint category named “%s”."), trimmed);
      else
        _pd_db_refuse (error, PD_DB_ERROR_CONSTRAINT,
                       _("There is already an inactive complaint category named “%s”; make it "
                         "active again instead."), trimmed);
      return NULL;
    }
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the complaint categories"), error);
      return NULL;
    }
  return g_steal_pointer (&trimmed);
}

/* 0 is "no default department"; anything else must be an active department. */
static gboolean
check_department (PdDatabase  *db,
                  gint64       department_id,
                  GError     **error)
{
  g_autoptr(PdDepartment) department = NULL;

  if (department_id == 0)
    return TRUE;
  department = pd_repair_settings_get_department (db, department_id, NULL);
  if (department == NULL)
    return _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND,
                          _("The department chosen for the complaint category was not found."));
  if (!department->active)
    return _pd_db_refuse (error, PD_DB_ERROR_INVALID,
                          _("The department “%s” is no longer used; choose another."),
                          department->name);
  return TRUE;
}

gint64
pd_complaint_settings_add_category (PdDatabase *db,
                                    const char *name,
                                    gint64      department_id,
                                    int         cycle_hours,
                                    GError    **error)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(PdStmt) stmt = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), 0);

  trimmed = check_category_name (db, name, 0, error);
  if (trimmed == NULL || !pd_complaint_cycle_check (cycle_hours, error) ||
      !check_department (db, department_id, error))
    return 0;
  stmt = pd_database_prepare (db,
                              "INSERT INTO complaint_categories (name, department_id,"
                              " cycle_hours, sort_order)"
                              " SELECT ?1, nullif (?2, 0), ?3, coalesce (max (sort_order), 0) + 1"
                              " FROM complaint_categories",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, department_id);
  sqlite3_bind_int (stmt, 3, cycle_hours);
  if (!pd_database_step_done (db, stmt, error))
    return 0;
  return pd_database_last_insert_id (db);
}

static gboolean
update_category (PdDatabase *db,
                 const char *sql,
                 gint64      category_id,
                 const char *text,
                 gint64      number,
                 GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, category_id);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 2, number);
  return _pd_step_changed (db, stmt, _("The complaint category was not found."), error);
}

gboolean
pd_complaint_settings_rename_category (PdDatabase *db,
                                       gint64      category_id,
                                       const char *name,
                                       GError    **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  trimmed = check_category_name (db, name, category_id, error);
  if (trimmed == NULL)
    return FALSE;
  return update_category (db, "UPDATE complaint_categories SET name = ?2 WHERE id = ?1",
                          category_id, trimmed, 0, error);
}

gboolean
pd_complaint_settings_set_category_department (PdDatabase *db,
                                               gint64      category_id,
                                               gint64      department_id,
                                               GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (!check_department (db, department_id, error))
    return FALSE;
  return update_category (db,
                          "UPDATE complaint_categories SET department_id = nullif (?2, 0)"
                          " WHERE id = ?1",
                          category_id, NULL, department_id, error);
}

gboolean
pd_complaint_settings_set_category_responsible (PdDatabase *db,
                                                gint64      category_id,
                                                const char *responsible,
                                                GError    **error)
{
  g_autofree char *trimmed = _pd_strdup_trimmed (responsible);

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  return update_category (db,
                          "UPDATE complaint_categories SET default_responsible = ?2"
                          " WHERE id = ?1",
                          category_id, trimmed != NULL ? trimmed : "", 0, error);
}

gboolean
pd_complaint_settings_set_category_cycle (PdDatabase *db,
                                          gint64      category_id,
                                          int         cycle_hours,
                                          GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (!pd_complaint_cycle_check (cycle_hours, error))
    return FALSE;
  return update_category (db, "UPDATE complaint_categories SET cycle_hours = ?2 WHERE id = ?1",
                          category_id, NULL, cycle_hours, error);
}

gboolean
pd_complaint_settings_set_category_active (PdDatabase *db,
                                           gint64      category_id,
                                           gboolean    active,
                                           GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  return update_category (db, "UPDATE complaint_categories SET active = ?2 WHERE id = ?1",
                          category_id, NULL, active ? 1 : 0, error);
}

gboolean
pd_complaint_settings_set_category_order (PdDatabase *db,
                                          gint64      category_id,
                                          int         sort_order,
                                          GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  return update_category (db, "UPDATE complaint_categories SET sort_order = ?2 WHERE id = ?1",
                          category_id, NULL, sort_order, error);
}
