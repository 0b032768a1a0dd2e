// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-phone.h"
#include "pd-repair-store-private.h"

#define KEY_ONSITE_MINUTES    "repair.onsite_minutes"
#define KEY_URGENT_HOURS      "repair.urgent_hours"
#define KEY_SMALL_CUTOFF_HOUR "repair.small_cutoff_hour"
#define KEY_GENERAL_DAYS      "repair.general_days"
#define KEY_THRESHOLD_DEPUTY  "settlement.threshold_deputy_fen"
#define KEY_THRESHOLD_GM      "settlement.threshold_gm_fen"
#define KEY_RMB_PREFIX        "callback.rmb_prefix"

gboolean
_pd_db_refuse (GError    **error,
               PdDbError   code,
               const char *format,
               ...)
{
  va_list args;

  if (error == NULL)
    return FALSE;
  va_start (args, format);
  *error = g_error_new_valist (PD_DB_ERROR, code, format, args);
  va_end (args);
  return FALSE;
}

gboolean
_pd_step_changed (PdDatabase  *db,
                  PdStmt      *stmt,
                  const char  *not_found,
                  GError     **error)
{
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (pd_database_get_handle (db)) == 0)
    return _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND, "%s", not_found);
  return TRUE;
}

/* Settings. */

char *
pd_settings_get_string (PdDatabase *db,
                        const char *key,
                        const char *fallback)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, "SELECT value FROM settings WHERE key = ?1",
                                                &error);

  if (stmt == NULL)
    {
      g_warning ("Could not read setting %s: %s", key, error->message);
      return g_strdup (fallback);
    }
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return g_strdup (_pd_column_text (stmt, 0));
  return g_strdup (fallback);
}

gint64
pd_settings_get_int (PdDatabase *db,
                     const char *key,
                     gint64      fallback)
{
  g_autofree char *text = pd_settings_get_string (db, key, NULL);
  gint64 value;

  if (text == NULL)
    return fallback;
  g_strstrip (text);
  if (!g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &value, NULL))
    {
      g_debug ("Setting %s has a value that is not a number: %s", key, text);
      return fallback;
    }
  return value;
}

gboolean
pd_settings_set_string (PdDatabase *db,
                        const char *key,
                        const char *value,
                        GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "INSERT INTO settings (key, value) VALUES (?1, ?2)"
                                                " ON CONFLICT (key) DO UPDATE SET value = ?2",
                                                error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, value != NULL ? value : "", -1, SQLITE_TRANSIENT);
  return pd_database_step_done (db, stmt, error);
}

gboolean
pd_settings_set_int (PdDatabase *db,
                     const char *key,
                     gint64      value,
                     GError    **error)
{
  char text[32];

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  return pd_settings_set_string (db, key, text, error);
}

static int
get_int_in_range (PdDatabase *db,
                  const char *key,
                  int         min,
                  int         max,
                  int         fallback)
{
  gint64 v = pd_settings_get_int (db, key, fallback);

  return v >= min && v <= max ? (int)v : fallback;
}

void
pd_repair_settings_load_times (PdDatabase    *db,
                               PdRepairTimes *out)
{
  PdRepairTimes defaults;

  g_return_if_fail (PD_IS_DATABASE (db));
  g_return_if_fail (out != NULL);

  /* The ranges are those of pd_repair_times_check(): a value outside them, typed into the
   * table by hand, gives the default rather than a clock that makes no sense. */
  pd_repair_times_init_defaults (&defaults);
  out->onsite_minutes = get_int_in_range (db, KEY_ONSITE_MINUTES, 1, 24 * 60,
                                          defaults.onsite_minutes);
  out->urgent_hours = get_int_in_range (db, KEY_URGENT_HOURS, 1, 7 * 24, defaults.urgent_hours);
  out->small_cutoff_hour = get_int_in_range (db, KEY_SMALL_CUTOFF_HOUR, 0, 24,
                                             defaults.small_cutoff_hour);
  out->general_days = get_int_in_range (db, KEY_GENERAL_DAYS, 0, 60, defaults.general_days);
}

gboolean
pd_repair_settings_save_times (PdDatabase          *db,
                               const PdRepairTimes *times,
                               GError             **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (times != NULL, FALSE);

  if (!pd_repair_times_check (times, error) || !pd_database_begin (db, error))
    return FALSE;
  if (!pd_settings_set_int (db, KEY_ONSITE_MINUTES, times->onsite_minutes, error) ||
      !pd_settings_set_int (db, KEY_URGENT_HOURS, times->urgent_hours, error) ||
      !pd_settings_set_int (db, KEY_SMALL_CUTOFF_HOUR, times->small_cutoff_hour, error) ||
      !pd_settings_set_int (db, KEY_GENERAL_DAYS, times->general_days, error))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  return pd_database_commit (db, error);
}

void
pd_repair_settings_load_thresholds (PdDatabase *db,
                                    gint64     *out_deputy_fen,
                                    gint64     *out_gm_fen)
{
  gint64 deputy = pd_settings_get_int (db, KEY_THRESHOLD_DEPUTY,
                                       PD_SETTLEMENT_THRESHOLD_DEPUTY_DEFAULT);
  gint64 gm = pd_settings_get_int (db, KEY_THRESHOLD_GM, PD_SETTLEMENT_THRESHOLD_GM_DEFAULT);

  if (deputy < 0 || gm < deputy)
    {
      deputy = PD_SETTLEMENT_THRESHOLD_DEPUTY_DEFAULT;
      gm = PD_SETTLEMENT_THRESHOLD_GM_DEFAULT;
    }
  if (out_deputy_fen != NULL)
    *out_deputy_fen = deputy;
  if (out_gm_fen != NULL)
    *out_gm_fen = gm;
}

gboolean
pd_repair_settings_save_thresholds (PdDatabase *db,
                                    gint64      deputy_fen,
                                    gint64      gm_fen,
                                    GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (deputy_fen < 0 || gm_fen < 0)
    return _pd_db_refuse (error, PD_DB_ERROR_INVALID,
                        _("An approval threshold cannot be a negative amount."));
  if (gm_fen < deputy_fen)
    return _pd_db_refuse (error, PD_DB_ERROR_INVALID,
                        _("The general manager’s threshold must not be below the deputy chief "
                          "engineer’s."));
  if (!pd_database_begin (db, error))
    return FALSE;
  if (!pd_settings_set_int (db, KEY_THRESHOLD_DEPUTY, deputy_fen, error) ||
      !pd_settings_set_int (db, KEY_THRESHOLD_GM, gm_fen, error))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  return pd_database_commit (db, error);
}

gboolean
pd_repair_settings_get_rmb_prefix (PdDatabase *db)
{
  return pd_settings_get_int (db, KEY_RMB_PREFIX, 0) != 0;
}

gboolean
pd_repair_settings_set_rmb_prefix (PdDatabase *db,
                                   gboolean    prefix,
                                   GError    **error)
{
  return pd_settings_set_int (db, KEY_RMB_PREFIX, prefix ? 1 : 0, error);
}

/* Categories. */

void
pd_repair_category_free (PdRepairCategory *category)
{
  if (category == NULL)
    return;
  g_free (category->name);
  g_free (category);
}

static PdRepairCategory *
category_from_row (PdStmt *stmt)
{
  PdRepairCategory *c = g_new0 (PdRepairCategory, 1);

  c->id = sqlite3_column_int64 (stmt, 0);
  c->name = g_strdup (_pd_column_text (stmt, 1));
  c->onsite_callback = sqlite3_column_int (stmt, 2) != 0;
  c->sort_order = sqlite3_column_int (stmt, 3);
  c->active = sqlite3_column_int (stmt, 4) != 0;
  return c;
}

#define CATEGORY_SELECT \
  "SELECT id, name, onsite_callback, sort_order, active FROM repair_categories"

GPtrArray *
pd_repair_settings_list_categories (PdDatabase *db,
                                    gboolean    include_inactive,
                                    GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                CATEGORY_SELECT " WHERE active OR ?1"
                                                " ORDER BY sort_order, id",
                                                error);
  g_autoptr(GPtrArray) list = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_inactive);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify)pd_repair_category_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, category_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the repair categories"), error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

PdRepairCategory *
pd_repair_settings_get_category (PdDatabase *db,
                                 gint64      category_id,
                                 GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, CATEGORY_SELECT " WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, category_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return category_from_row (stmt);
  if (rc == SQLITE_DONE)
    _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND, _("The repair category was not found."));
  else
    pd_database_set_error (db, rc, _("Could not read the repair category"), error);
  return NULL;
}

PdRepairCategory *
pd_repair_settings_find_category (PdDatabase *db,
                                  const char *name,
                                  GError    **error)
{
  g_autofree char *trimmed = _pd_strdup_trimmed (name);
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  if (trimmed == NULL)
    return NULL;
  stmt = pd_database_prepare (db, CATEGORY_SELECT " WHERE name = ?1 AND active", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return category_from_row (stmt);
  if (rc != SQLITE_DONE)
    pd_database_set_error (db, rc, _("Could not read the repair category"), error);
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
      _pd_db_refuse (error, PD_DB_ERROR_INVALID, _("A repair category needs a name."));
      return NULL;
    }
  stmt = pd_database_prepare (db,
                              "SELECT active FROM repair_categories WHERE name = ?1 AND id <> ?2",
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
                     _("There is already a repair category named “%s”."), trimmed);
      else
        _pd_db_refuse (error, PD_DB_ERROR_CONSTRAINT,
                     _("There is already an inactive repair category named “%s”; make it "
                       "active again instead."), trimmed);
      return NULL;
    }
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the repair categories"), error);
      return NULL;
    }
  return g_steal_pointer (&trimmed);
}

gint64
pd_repair_settings_add_category (PdDatabase *db,
                                 const char *name,
                                 gboolean    onsite_callback,
                                 GError    **error)
{
  g_autofree char *trimmed = check_category_name (db, name, 0, error);
  g_autoptr(PdStmt) stmt = NULL;

  if (trimmed == NULL)
    return 0;
  stmt = pd_database_prepare (db,
                              "INSERT INTO repair_categories (name, onsite_callback, sort_order)"
                              " SELECT ?1, ?2, coalesce (max (sort_order), 0) + 1"
                              " FROM repair_categories",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, onsite_callback ? 1 : 0);
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
  return _pd_step_changed (db, stmt, _("The repair category was not found."), error);
}

gboolean
pd_repair_settings_rename_category (PdDatabase *db,
                                    gint64      category_id,
                                    const char *name,
                                    GError    **error)
{
  g_autofree char *trimmed = check_category_name (db, name, category_id, error);

  if (trimmed == NULL)
    return FALSE;
  return update_category (db, "UPDATE repair_categories SET name = ?2 WHERE id = ?1",
                          category_id, trimmed, 0, error);
}

gboolean
pd_repair_settings_set_category_onsite (PdDatabase *db,
                                        gint64      category_id,
                                        gboolean    onsite_callback,
                                        GError    **error)
{
  return update_category (db, "UPDATE repair_categories SET onsite_callback = ?2 WHERE id = ?1",
                          category_id, NULL, onsite_callback ? 1 : 0, error);
}

gboolean
pd_repair_settings_set_category_active (PdDatabase *db,
                                        gint64      category_id,
                                        gboolean    active,
                                        GError    **error)
{
  return update_category (db, "UPDATE repair_categories SET active = ?2 WHERE id = ?1",
                          category_id, NULL, active ? 1 : 0, error);
}

gboolean
pd_repair_settings_set_category_order (PdDatabase *db,
                                       gint64      category_id,
                                       int         sort_order,
                                       GError    **error)
{
  return update_category (db, "UPDATE repair_categories SET sort_order = ?2 WHERE id = ?1",
                          category_id, NULL, sort_order, error);
}
