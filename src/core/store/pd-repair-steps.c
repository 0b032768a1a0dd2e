// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-repair-store-private.h"

/* The steps of an order after intake: dispatch, acceptance, arrival, completion, cancellation.
 * Each reads the order, asks the rules, checks that the times follow each other, and writes
 * in one transaction. */

/* "when" must not be before "after" (a step cannot precede the one it follows). */
static gboolean
check_not_before (gint64       when,
                  gint64       after,
                  const char  *serial,
                  const char  *step,
                  const char  *previous,
                  GError     **error)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (after == 0 || when >= after)
    return TRUE;
  a = _pd_format_time (when);
  b = _pd_format_time (after);
  /* Translators: e.g. "Order BX2026-000012: the completion time 2026-03-05 09:10 is before
   * the arrival time 2026-03-05 10:00." */
  return _pd_repair_refuse (error, PD_REPAIR_ERROR_TIME,
                            _("Order %s: the %s %s is before the %s %s."), serial, step, a,
                            previous, b);
}

/* Runs an UPDATE of one order inside its own transaction. */
static gboolean
run_update (PdDatabase *db,
            PdStmt     *stmt,
            GError    **error)
{
  return _pd_step_changed (db, stmt, _("The repair order was not found."), error);
}

static gboolean
check_department (PdDatabase  *db,
                  gint64       department_id,
                  gint64       assignee_id,
                  GError     **error)
{
  g_autoptr(PdDepartment) department = NULL;
  g_autoptr(PdStaff) staff = NULL;

  department = pd_repair_settings_get_department (db, department_id, NULL);
  if (department == NULL)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("Choose the department that will do the work."));
  if (!department->active)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("The department %s is no longer used; choose another."),
                              department->name);
  if (assignee_id == 0)
    return TRUE;
  staff = pd_repair_settings_get_staff (db, assignee_id, NULL);
  if (staff == NULL)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("The worker chosen no longer exists; choose another."));
  if (staff->department_id != department_id)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("%s does not work in %s; choose a worker of that department."),
                              staff->name, department->name);
  if (!staff->active)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("%s is no longer active; choose another worker."), staff->name);
  return TRUE;
}

static gboolean
dispatch_tx (PdDatabase *db,
             gint64      repair_id,
             gint64      department_id,
             gint64      assignee_id,
             const char *dispatcher,
             gint64      at,
             GError    **error)
{
  g_autofree char *name = _pd_strdup_trimmed (dispatcher);
  g_autoptr(PdStmt) stmt = NULL;
  PdRepairRow row;

  if (at == 0)
    at = _pd_now ();
  if (!_pd_repair_load_row (db, repair_id, &row, error) ||
      !pd_repair_rules_check (&row.facts, PD_REPAIR_ACTION_DISPATCH, error) ||
      !check_department (db, department_id, assignee_id, error) ||
      !check_not_before (at, row.reported_at, row.serial, _("dispatch time"),
                         _("report time"), error))
    return FALSE;
  if (name == NULL)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("Enter who dispatches order %s."), row.serial);

  /* A new dispatch restarts the on-site clock and drops an acceptance by the previous worker. */
  stmt = pd_database_prepare (db,
                              "UPDATE repairs SET state = 'dispatched', department_id = ?2,"
                              " assignee_id = nullif (?3, 0), dispatcher = ?4,"
                              " dispatched_at = ?5, accepted_at = NULL,"
                              " updated_at = unixepoch () WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  sqlite3_bind_int64 (stmt, 2, department_id);
  sqlite3_bind_int64 (stmt, 3, assignee_id);
  sqlite3_bind_text (stmt, 4, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, at);
  return run_update (db, stmt, error);
}

static gboolean
accept_tx (PdDatabase *db,
           gint64      repair_id,
           gint64      at,
           GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  PdRepairRow row;

  if (at == 0)
    at = _pd_now ();
  if (!_pd_repair_load_row (db, repair_id, &row, error) ||
      !pd_repair_rules_check (&row.facts, PD_REPAIR_ACTION_ACCEPT, error) ||
      !check_not_before (at, row.dispatched_at, row.serial, _("acceptance time"),
                         _("dispatch time"), error))
    return FALSE;

  stmt = pd_database_prepare (db,
                              "UPDATE repairs SET state = 'accepted', accepted_at = ?2,"
                              " updated_at = unixepoch () WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  sqlite3_bind_int64 (stmt, 2, at);
  return run_update (db, stmt, error);
}

static gboolean
arrive_tx (PdDatabase *db,
           gint64      repair_id,
           gint64      at,
           GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  PdRepairRow row;

  if (at == 0)
    at = _pd_now ();
  if (!_pd_repair_load_row (db, repair_id, &row, error) ||
      !pd_repair_rules_check (&row.facts, PD_REPAIR_ACTION_ARRIVE, error) ||
      !check_not_before (at, row.dispatched_at, row.serial, _("arrival time"),
                         _("dispatch time"), error) ||
      !check_not_before (at, row.accepted_at, row.serial, _("arrival time"),
                         _("acceptance time"), error))
    return FALSE;

  stmt = pd_database_prepare (db,
                              "UPDATE repairs SET state = 'on_site', arrived_at = ?2,"
                              " updated_at = unixepoch () WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  sqlite3_bind_int64 (stmt, 2, at);
  return run_update (db, stmt, error);
}

static gboolean
check_rating (int          rating,
              const char  *what,
              GError     **error)
{
  if (rating >= 0 && rating <= 5)
    return TRUE;
  /* Translators: "The quality rating of 7 is not between 1 and 5." */
  return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                            _("The %s of %d is not between 1 and 5."), what, rating);
}

gboolean
_pd_repair_post_charge (PdDatabase *db,
                        gint64      repair_id,
                        gint64      at,
                        GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  gint64 total = 0;
  PdRepairRow row;

  if (!_pd_repair_load_row (db, repair_id, &row, error))
    return FALSE;
  if (row.facts.n_charges == 0 || row.occupant_id == 0)
    return TRUE;
  if (!pd_repair_store_charges_total (db, repair_id, &total, error))
    return FALSE;

  /* One pending charge per order: a completion after a reopen updates it until the fees tab
   * has put it on a bill; after that the billed amount stands. */
  stmt = pd_database_prepare (db,
                              "INSERT INTO pending_charges (occupant_id, source, source_id,"
                              " description, amount_fen, created_at)"
                              " VALUES (?1, 'repair', ?2, ?3, ?4, ?5)"
                              " ON CONFLICT (source, source_id) DO UPDATE SET"
                              " amount_fen = excluded.amount_fen,"
                              " description = excluded.description"
                              " WHERE billed_at IS NULL",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row.occupant_id);
  sqlite3_bind_int64 (stmt, 2, repair_id);
  {
    g_autofree char *description = g_strdup_printf (_("Paid repair %s"), row.serial);
    sqlite3_bind_text (stmt, 3, description, -1, SQLITE_TRANSIENT);
  }
  sqlite3_bind_int64 (stmt, 4, total);
  sqlite3_bind_int64 (stmt, 5, at);
  return pd_database_step_done (db, stmt, error);
}

static gboolean
complete_tx (PdDatabase               *db,
             gint64                    repair_id,
             const PdRepairCompletion *completion,
             GError                  **error)
{
  g_autofree char *work_done = NULL;
  g_autofree char *materials = NULL;
  g_autofree char *result = NULL;
  g_autoptr(PdStmt) stmt = NULL;
  gint64 at;
  PdRepairRow row;

  at = completion->completed_at != 0 ? completion->completed_at : _pd_now ();
  if (!_pd_repair_load_row (db, repair_id, &row, error) ||
      !pd_repair_rules_check (&row.facts, PD_REPAIR_ACTION_COMPLETE, error) ||
      !check_not_before (at, row.dispatched_at, row.serial, _("completion time"),
                         _("dispatch time"), error) ||
      !check_not_before (at, row.accepted_at, row.serial, _("completion time"),
                         _("acceptance time"), error) ||
      !check_not_before (at, row.arrived_at, row.serial, _("completion time"),
                         _("arrival time"), error) ||
      !check_rating (completion->rating_quality, _("quality rating"), error) ||
      !check_rating (completion->rating_attitude, _("attitude rating"), error))
    return FALSE;
  work_done = _pd_strdup_trimmed (completion->work_done);
  materials = _pd_strdup_trimmed (completion->materials);
  result = _pd_strdup_trimmed (completion->result);
  if (work_done == NULL)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("Write what was done before completing order %s."), row.serial);

  stmt = pd_database_prepare (db,
                              "UPDATE repairs SET state = 'completed', completed_at = ?2,"
                              " work_done = ?3, materials = ?4, result = ?5,"
                              " occupant_confirmed = ?6, rating_quality = nullif (?7, 0),"
                              " rating_attitude = nullif (?8, 0), callback_needed = 1,"
                              " updated_at = unixepoch () WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  sqlite3_bind_int64 (stmt, 2, at);
  sqlite3_bind_text (stmt, 3, work_done, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, materials ? materials : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, result ? result : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, completion->occupant_confirmed ? 1 : 0);
  sqlite3_bind_int (stmt, 7, completion->rating_quality);
  sqlite3_bind_int (stmt, 8, completion->rating_attitude);
  return run_update (db, stmt, error) && _pd_repair_post_charge (db, repair_id, at, error);
}

static gboolean
cancel_tx (PdDatabase *db,
           gint64      repair_id,
           const char *reason,
           GError    **error)
{
  g_autofree char *why = _pd_strdup_trimmed (reason);
  g_autoptr(PdStmt) stmt = NULL;
  PdRepairRow row;

  if (!_pd_repair_load_row (db, repair_id, &row, error) ||
      !pd_repair_rules_check (&row.facts, PD_REPAIR_ACTION_CANCEL, error))
    return FALSE;
  if (why == NULL)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("Give the reason for cancelling order %s."), row.serial);

  stmt = pd_database_prepare (db,
                              "UPDATE repairs SET state = 'cancelled', cancel_reason = ?2,"
                              " callback_needed = 0, updated_at = unixepoch () WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  sqlite3_bind_text (stmt, 2, why, -1, SQLITE_TRANSIENT);
  return run_update (db, stmt, error);
}

/* Each step reads, checks and writes inside one transaction, so two clerks acting on the same
 * order at once cannot both pass the checks. */
#define IN_TRANSACTION(call)            \
  G_STMT_START                          \
  {                                     \
    if (!pd_database_begin (db, error)) \
      return FALSE;                     \
    if (!(call))                        \
      {                                 \
        pd_database_rollback (db);      \
        return FALSE;                   \
      }                                 \
    return pd_database_commit (db, error); \
  }                                     \
  G_STMT_END

gboolean
pd_repair_store_dispatch (PdDatabase *db,
                          gint64      repair_id,
                          gint64      department_id,
                          gint64      assignee_id,
                          const char *dispatcher,
                          gint64      at,
                          GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  IN_TRANSACTION (dispatch_tx (db, repair_id, department_id, assignee_id, dispatcher, at, error));
}

gboolean
pd_repair_store_accept (PdDatabase *db,
                        gint64      repair_id,
                        gint64      at,
                        GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  IN_TRANSACTION (accept_tx (db, repair_id, at, error));
}

gboolean
pd_repair_store_arrive (PdDatabase *db,
                        gint64      repair_id,
                        gint64      at,
                        GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  IN_TRANSACTION (arrive_tx (db, repair_id, at, error));
}

gboolean
pd_repair_store_complete (PdDatabase               *db,
                          gint64                    repair_id,
                          const PdRepairCompletion *completion,
                          GError                  **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (completion != NULL, FALSE);
  IN_TRANSACTION (complete_tx (db, repair_id, completion, error));
}

gboolean
pd_repair_store_cancel (PdDatabase *db,
                        gint64      repair_id,
                        const char *reason,
                        GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  IN_TRANSACTION (cancel_tx (db, repair_id, reason, error));
}
