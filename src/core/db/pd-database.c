// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-db"
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pd-database-private.h"
#include "pd-migrations.h"

/* "PDSK" in PRAGMA application_id tells our files from other programs' SQLite files. */
#define PD_APPLICATION_ID 0x5044534b

struct _PdDatabase
{
  GObject     parent_instance;
  sqlite3    *handle;
  char       *path;
  GHashTable *statements;  /* sql -> sqlite3_stmt* */
  guint       tx_depth;
  gboolean    tx_failed;
};

G_DEFINE_FINAL_TYPE (PdDatabase, pd_database, G_TYPE_OBJECT)
G_DEFINE_QUARK (pd-db-error-quark, pd_db_error)

static int busy_timeout_ms = 5000;

static PdDbError
error_code_from_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return PD_DB_ERROR_LOCKED;
    case SQLITE_FULL:
      return PD_DB_ERROR_FULL;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return PD_DB_ERROR_CORRUPT;
    case SQLITE_READONLY:
      return PD_DB_ERROR_READONLY;
    case SQLITE_CONSTRAINT:
      return PD_DB_ERROR_CONSTRAINT;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return PD_DB_ERROR_IO;
    default:
      return PD_DB_ERROR_FAILED;
    }
}

static gboolean
set_error_for (sqlite3    *handle,
               const char *path,
               int         rc,
               const char *what,
               GError    **error)
{
  PdDbError code = error_code_from_sqlite (rc);
  const char *detail = handle ? sqlite3_errmsg (handle) : sqlite3_errstr (rc);
  g_autofree char *reason = NULL;

  switch (code)
    {
    case PD_DB_ERROR_LOCKED:
      reason = g_strdup_printf (_("the database file %s is in use by another program; close it and "
                                  "try again (nothing was changed)."), path);
      break;
    case PD_DB_ERROR_FULL:
      reason = g_strdup (_("the disk is full; free some space and try again (nothing was changed)."));
      break;
    case PD_DB_ERROR_CORRUPT:
      reason = g_strdup_printf (_("the file %s is damaged or is not a Property Desk database; it "
                                  "was left as it is. Restore it from a backup."), path);
      break;
    case PD_DB_ERROR_READONLY:
      reason = g_strdup_printf (_("the database file %s cannot be written (read-only)."), path);
      break;
    case PD_DB_ERROR_IO:
      reason = g_strdup_printf (_("the database file %s cannot be read or written (%s)."), path,
                                detail);
      break;
    default:
      reason = g_strdup (detail);
      break;
    }

  g_set_error (error, PD_DB_ERROR, code, _("%s: %s"), what, reason);
  return FALSE;
}

gboolean
pd_database_set_error (PdDatabase *self,
                       int         rc,
                       const char *what,
                       GError    **error)
{
  return set_error_for (self->handle, self->path, rc, what, error);
}

void
pd_stmt_release (PdStmt *stmt)
{
  if (stmt == NULL)
    return;
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

void
_pd_database_set_busy_timeout_ms (int ms)
{
  busy_timeout_ms = ms;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
pd_database_finalize (GObject *object)
{
  PdDatabase *self = (PdDatabase *)object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (pd_database_parent_class)->finalize (object);
}

static void
pd_database_class_init (PdDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_database_finalize;
}

static void
pd_database_init (PdDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
}

char *
pd_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "property-desk", "property-desk.db", NULL);
}

static gboolean
query_int (PdDatabase *self,
           const char *sql,
           int        *out,
           GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out = sqlite3_column_int (stmt, 0);
      sqlite3_finalize (stmt);
      return TRUE;
    }
  sqlite3_finalize (stmt);
  return pd_database_set_error (self, rc, _("Could not open the database"), error);
}

static gboolean
migrate (PdDatabase *self,
         int         from,
         int         to,
         GError    **error)
{
  for (int v = from + 1; v <= to; v++)
    {
      g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d;"
                                                 "PRAGMA application_id = %d;",
                                                 v, PD_APPLICATION_ID);
      g_autoptr(GError) local_error = NULL;

      if (!pd_database_begin (self, error))
        return FALSE;
      if (!pd_database_exec (self, _pd_migrations_get (v), &local_error) ||
          !pd_database_exec (self, pragma, &local_error))
        {
          pd_database_rollback (self);
          g_set_error (error, PD_DB_ERROR, local_error->code,
                       _("Could not upgrade the database to version %d; it was left at version "
                         "%d: %s"), v, v - 1, local_error->message);
          return FALSE;
        }
      if (!pd_database_commit (self, error))
        return FALSE;
    }
  return TRUE;
}

static PdDatabase *
open_database (const char *path,
               int         target_version,
               GError    **error)
{
  g_autoptr(PdDatabase) self = NULL;
  gboolean exists;
  int rc, version = 0, app_id = 0, n_tables = 0;

  g_return_val_if_fail (path != NULL, NULL);

  exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (!exists)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_IO,
                       _("Could not create the folder %s for the database: %s"), dir,
                       g_strerror (saved_errno));
          return NULL;
        }
    }
  else if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_IO,
                   _("%s is not a regular file and cannot be used as a database"), path);
      return NULL;
    }

  self = g_object_new (PD_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | (exists ? 0 : SQLITE_OPEN_CREATE), NULL);
  if (rc != SQLITE_OK)
    {
      set_error_for (self->handle, path, rc, _("Could not open the database"), error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->handle, 1);
  sqlite3_busy_timeout (self->handle, busy_timeout_ms);

  /* Reading the header is the first thing that fails on a file that is not SQLite. */
  if (!query_int (self, "PRAGMA user_version", &version, error) ||
      !query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master", &n_tables, error))
    return NULL;

  if ((version > 0 || n_tables > 0) && app_id != PD_APPLICATION_ID)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_CORRUPT,
                   _("%s is an SQLite file of another program, not a Property Desk database; it "
                     "was left as it is"), path);
      return NULL;
    }
  if (version > (int)_pd_migrations_count ())
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_TOO_NEW,
                   _("The database %s was written by a newer version of Property Desk (schema %d; "
                     "this version knows up to %d). Update the application; the file was left "
                     "as it is."), path, version, (int)_pd_migrations_count ());
      return NULL;
    }

  if (!pd_database_exec (self,
                         "PRAGMA foreign_keys = ON;"
                         "PRAGMA journal_mode = WAL;"
                         "PRAGMA synchronous = NORMAL;"
                         /* An estate's database is tens of MB: keep it in memory so a
                          * search that scans names stays within a keystroke's budget. */
                         "PRAGMA cache_size = -65536;"
                         "PRAGMA mmap_size = 268435456;"
                         "PRAGMA temp_store = MEMORY;",
                         error))
    return NULL;

  if (version < target_version)
    {
      /* Keep a copy of an older file before changing its schema, so an upgrade that goes
       * wrong never costs the office its data. */
      if (version > 0)
        {
          g_autofree char *copy = g_strdup_printf ("%s.v%d.bak", path, version);
          if (!pd_database_backup_to (self, copy, error))
            return NULL;
        }
      if (!migrate (self, version, target_version, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

PdDatabase *
pd_database_open (const char *path,
                  GError    **error)
{
  return open_database (path, _pd_migrations_count (), error);
}

PdDatabase *
_pd_database_open_at_version (const char *path,
                              int         version,
                              GError    **error)
{
  return open_database (path, version, error);
}

const char *
pd_database_get_path (PdDatabase *self)
{
  g_return_val_if_fail (PD_IS_DATABASE (self), NULL);
  return self->path;
}

int
pd_database_get_schema_version (PdDatabase *self)
{
  int version = -1;

  g_return_val_if_fail (PD_IS_DATABASE (self), -1);
  if (!query_int (self, "PRAGMA user_version", &version, NULL))
    return -1;
  return version;
}

int
pd_database_latest_version (void)
{
  return _pd_migrations_count ();
}

sqlite3 *
pd_database_get_handle (PdDatabase *self)
{
  g_return_val_if_fail (PD_IS_DATABASE (self), NULL);
  return self->handle;
}

PdStmt *
pd_database_prepare (PdDatabase *self,
                     const char *sql,
                     GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      pd_database_set_error (self, rc, _("Database query failed"), error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
pd_database_exec (PdDatabase *self,
                  const char *sql,
                  GError    **error)
{
  char *msg = NULL;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (self), FALSE);

  rc = sqlite3_exec (self->handle, sql, NULL, NULL, &msg);
  sqlite3_free (msg);
  if (rc != SQLITE_OK)
    return pd_database_set_error (self, rc, _("Database command failed"), error);
  return TRUE;
}

gboolean
pd_database_step_done (PdDatabase *self,
                       PdStmt     *stmt,
                       GError    **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  return pd_database_set_error (self, rc, _("Could not save the change"), error);
}

gint64
pd_database_last_insert_id (PdDatabase *self)
{
  return sqlite3_last_insert_rowid (self->handle);
}

gboolean
pd_database_begin (PdDatabase *self,
                   GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (self), FALSE);

  if (self->tx_depth == 0)
    {
      /* IMMEDIATE takes the write lock now, so a busy database fails before any work. */
      if (!pd_database_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->tx_failed = FALSE;
    }
  self->tx_depth++;
  return TRUE;
}

gboolean
pd_database_commit (PdDatabase *self,
                    GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->tx_depth > 0, FALSE);

  if (--self->tx_depth > 0)
    return TRUE;

  if (self->tx_failed)
    {
      pd_database_exec (self, "ROLLBACK", NULL);
      g_set_error_literal (error, PD_DB_ERROR, PD_DB_ERROR_FAILED,
                           _("The change was cancelled because one of its steps failed; nothing "
                             "was saved"));
      return FALSE;
    }
  if (!pd_database_exec (self, "COMMIT", error))
    {
      pd_database_exec (self, "ROLLBACK", NULL);
      return FALSE;
    }
  return TRUE;
}

void
pd_database_rollback (PdDatabase *self)
{
  g_return_if_fail (PD_IS_DATABASE (self));
  g_return_if_fail (self->tx_depth > 0);

  self->tx_failed = TRUE;
  if (--self->tx_depth == 0)
    pd_database_exec (self, "ROLLBACK", NULL);
}

gboolean
pd_database_backup_to (PdDatabase *self,
                       const char *dest_path,
                       GError    **error)
{
  g_autofree char *part = NULL;
  g_autofree char *dir = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  if (g_strcmp0 (dest_path, self->path) == 0)
    {
      g_set_error_literal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                           _("A backup cannot be written over the database itself; choose another "
                             "file"));
      return FALSE;
    }

  dir = g_path_get_dirname (dest_path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_IO,
                   _("The folder %s for the backup does not exist"), dir);
      return FALSE;
    }

  /* Write beside the target and rename, so a failed backup never leaves half a file under
   * the name the user chose (or destroys an older backup there). */
  part = g_strconcat (dest_path, ".part", NULL);
  g_unlink (part);
  rc = sqlite3_open_v2 (part, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      set_error_for (dest, part, rc, _("Could not write the backup"), error);
      sqlite3_close_v2 (dest);
      g_unlink (part);
      return FALSE;
    }

  backup = sqlite3_backup_init (dest, "main", self->handle, "main");
  if (backup == NULL)
    {
      set_error_for (dest, part, sqlite3_errcode (dest), _("Could not write the backup"), error);
      sqlite3_close_v2 (dest);
      g_unlink (part);
      return FALSE;
    }
  do
    rc = sqlite3_backup_step (backup, 1024);
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      set_error_for (dest, part, rc, _("Could not write the backup"), error);
      sqlite3_close_v2 (dest);
      g_unlink (part);
      return FALSE;
    }
  sqlite3_close_v2 (dest);

  if (g_rename (part, dest_path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_IO, _("Could not write the backup %s: %s"),
                   dest_path, g_strerror (saved_errno));
      g_unlink (part);
      return FALSE;
    }
  return TRUE;
}

gboolean
pd_database_check_integrity (PdDatabase *self,
                             char      **out_report,
                             GError    **error)
{
  g_autoptr(GString) report = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (self), FALSE);

  rc = sqlite3_prepare_v2 (self->handle, "PRAGMA integrity_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *)sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        {
          ok = FALSE;
          g_string_append_printf (report, "%s\n", line);
        }
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return pd_database_set_error (self, rc, _("Could not check the database"), error);

  rc = sqlite3_prepare_v2 (self->handle, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ok = FALSE;
      g_string_append_printf (report, _("Table %s row %lld refers to a missing %s record\n"),
                              sqlite3_column_text (stmt, 0),
                              (long long)sqlite3_column_int64 (stmt, 1),
                              sqlite3_column_text (stmt, 2));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return pd_database_set_error (self, rc, _("Could not check the database"), error);

  if (ok)
    g_string_append_printf (report, _("The database is intact (schema version %d)."),
                            pd_database_get_schema_version (self));
  if (out_report != NULL)
    *out_report = g_string_free (g_steal_pointer (&report), FALSE);
  return ok;
}

gint64
pd_database_next_serial (PdDatabase *self,
                         const char *series,
                         int         year,
                         GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  stmt = pd_database_prepare (self,
                              "INSERT INTO serials (series, year, last) VALUES (?1, ?2, 1) "
                              "ON CONFLICT (series, year) DO UPDATE SET last = last + 1 "
                              "RETURNING last",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, series, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, year);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      pd_database_set_error (self, rc, _("Could not assign a serial number"), error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}
