// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define PD_DB_ERROR (pd_db_error_quark ())

typedef enum
{
  PD_DB_ERROR_FAILED,
  PD_DB_ERROR_CORRUPT,     /* not a database, damaged, or another program's file */
  PD_DB_ERROR_TOO_NEW,     /* written by a newer Property Desk */
  PD_DB_ERROR_LOCKED,      /* another program holds a lock past the busy timeout */
  PD_DB_ERROR_FULL,        /* disk or quota full */
  PD_DB_ERROR_READONLY,
  PD_DB_ERROR_CONSTRAINT,  /* duplicate, foreign key, check */
  PD_DB_ERROR_NOT_FOUND,
  PD_DB_ERROR_INVALID,     /* the caller's data broke a rule; message says which */
  PD_DB_ERROR_IO,
} PdDbError;

GQuark pd_db_error_quark (void);

#define PD_TYPE_DATABASE (pd_database_get_type ())
G_DECLARE_FINAL_TYPE (PdDatabase, pd_database, PD, DATABASE, GObject)

/* Statements from pd_database_prepare() are cached and owned by the database:
 * declare them g_autoptr(PdStmt) so they are reset (not finalized) on scope exit. */
typedef sqlite3_stmt PdStmt;
void pd_stmt_release (PdStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdStmt, pd_stmt_release)

char       *pd_database_default_path       (void);
/* Opens or creates, then upgrades the schema (keeping a copy "FILE.vN.bak" of an older file).
 * A damaged, foreign, newer or locked file is never changed: a PD_DB_ERROR says why.
 * A connection is for one thread: background jobs open their own on pd_database_get_path(). */
PdDatabase *pd_database_open               (const char  *path,
                                            GError     **error);
const char *pd_database_get_path           (PdDatabase  *self);
int         pd_database_get_schema_version (PdDatabase  *self);
int         pd_database_latest_version     (void);
sqlite3    *pd_database_get_handle         (PdDatabase  *self);

PdStmt     *pd_database_prepare            (PdDatabase  *self,
                                            const char  *sql,
                                            GError     **error);
gboolean    pd_database_exec               (PdDatabase  *self,
                                            const char  *sql,
                                            GError     **error);
gboolean    pd_database_step_done          (PdDatabase  *self,
                                            PdStmt      *stmt,
                                            GError     **error);
gint64      pd_database_last_insert_id     (PdDatabase  *self);

/* Transactions nest: only the outermost begin/commit touch SQLite. */
gboolean    pd_database_begin              (PdDatabase  *self,
                                            GError     **error);
gboolean    pd_database_commit             (PdDatabase  *self,
                                            GError     **error);
void        pd_database_rollback           (PdDatabase  *self);

gboolean    pd_database_backup_to          (PdDatabase  *self,
                                            const char  *dest_path,
                                            GError     **error);
/* TRUE when intact. FALSE without error when problems were found (listed in the report);
 * FALSE with error when the check itself could not run. */
gboolean    pd_database_check_integrity    (PdDatabase  *self,
                                            char       **out_report,
                                            GError     **error);

/* Next serial in a yearly series, e.g. ("CM", 2026) -> 17, inside the caller's transaction. */
gint64      pd_database_next_serial        (PdDatabase  *self,
                                            const char  *series,
                                            int          year,
                                            GError     **error);

gboolean    pd_database_set_error          (PdDatabase  *self,
                                            int          rc,
                                            const char  *what,
                                            GError     **error);

G_END_DECLS
