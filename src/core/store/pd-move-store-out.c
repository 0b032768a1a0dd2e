// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-money.h"
#include "pd-move-store-private.h"
#include "pd-store-private.h"

static gboolean
goods_equal (PdMoveOut *a,
             PdMoveOut *b)
{
  GPtrArray *ga = pd_move_out_get_goods (a);
  GPtrArray *gb = pd_move_out_get_goods (b);

  if (ga->len != gb->len)
    return FALSE;
  for (guint i = 0; i < ga->len; i++)
    {
      PdGoodsItem *x = g_ptr_array_index (ga, i);
      PdGoodsItem *y = g_ptr_array_index (gb, i);
      g_autofree char *xn = _pd_strdup_trimmed (x->name);
      g_autofree char *xu = _pd_strdup_trimmed (x->unit_of_measure);
      g_autofree char *xr = _pd_strdup_trimmed (x->remarks);

      if (g_strcmp0 (xn, y->name) != 0 || x->quantity != y->quantity
          || g_strcmp0 (xu, y->unit_of_measure) != 0 || g_strcmp0 (xr, y->remarks) != 0)
        return FALSE;
    }
  return TRUE;
}

/* What may change once the goods release pass is out: not what it was issued on. */
static gboolean
check_against_stored (PdMoveOut *move_out,
                      PdMoveOut *stored,
                      GError   **error)
{
  if (pd_move_out_get_occupant_id (stored) != pd_move_out_get_occupant_id (move_out))
    {
      g_set_error_literal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                           _("This move-out belongs to another occupant."));
      return FALSE;
    }
  if (pd_move_out_get_completed (stored))
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("This move-out was completed on %s and can no longer change."),
                   pd_move_out_get_move_out_date (stored));
      return FALSE;
    }
  if (!pd_move_out_get_pass_issued (stored))
    return TRUE;

  if (pd_move_out_get_fees_settled (move_out) != pd_move_out_get_fees_settled (stored)
      || pd_move_out_get_owner_consent (move_out) != pd_move_out_get_owner_consent (stored)
      || !goods_equal (move_out, stored))
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("Goods release pass %s is already issued: the fees, the owner's consent "
                     "and the goods list it was issued on can no longer change."),
                   pd_move_out_get_pass_serial (stored));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_refund (PdDatabase *db,
              PdMoveOut  *move_out,
              GError    **error)
{
  gint64 paid = 0;
  gint64 refund = pd_move_out_get_deposit_refund_fen (move_out);

  if (!pd_move_store_get_deposit_paid (db, pd_move_out_get_occupant_id (move_out), &paid, error))
    return FALSE;
  if (refund > paid)
    {
      g_autofree char *refund_text = pd_money_format (refund);
      g_autofree char *paid_text = pd_money_format (paid);

      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The deposit refund of %s yuan is more than the deposit of %s yuan paid at "
                     "move-in."),
                   refund_text, paid_text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_goods (PdDatabase *db,
             gint64      move_out_id,
             GPtrArray  *goods,
             GError    **error)
{
  {
    g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                  "DELETE FROM goods_pass_items"
                                                  " WHERE move_out_id = ?1",
                                                  error);
    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, move_out_id);
    if (!pd_database_step_done (db, stmt, error))
      return FALSE;
  }

  for (guint i = 0; i < goods->len; i++)
    {
      PdGoodsItem *item = g_ptr_array_index (goods, i);
      g_autoptr(PdStmt) stmt = NULL;
      g_autofree char *name = _pd_strdup_trimmed (item->name);
      g_autofree char *uom = _pd_strdup_trimmed (item->unit_of_measure);
      g_autofree char *remarks = _pd_strdup_trimmed (item->remarks);

      stmt = pd_database_prepare (db,
                                  "INSERT INTO goods_pass_items (move_out_id, line_no, name,"
                                  " quantity, unit_of_measure, remarks)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, move_out_id);
      sqlite3_bind_int (stmt, 2, (int) i + 1);
      sqlite3_bind_text (stmt, 3, name ? name : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 4, item->quantity);
      sqlite3_bind_text (stmt, 5, uom ? uom : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, remarks ? remarks : "", -1, SQLITE_TRANSIENT);
      if (!pd_database_step_done (db, stmt, error))
        {
          g_prefix_error (error, _("Goods line %u could not be saved: "), i + 1);
          return FALSE;
        }
    }
  return TRUE;
}

/* Checks and writes the editable fields, inside the caller's transaction. The pass, the
 * completion and the refund flag are written only by their own steps. */
static gboolean
write_move_out (PdDatabase      *db,
                PdMoveOut       *move_out,
                PdOccupantState *occupant,
                gint64          *inout_id,
                gint64          *inout_unit_id,
                gint64          *inout_recorded_at,
                GError         **error)
{
  g_autoptr(GPtrArray) issues = pd_move_out_check (move_out);
  g_autoptr(PdMoveOut) stored = NULL;
  g_autoptr(PdStmt) stmt = NULL;
  g_autofree char *confirmed_by = _pd_strdup_trimmed (pd_move_out_get_fees_confirmed_by (move_out));
  g_autofree char *inspected_by = _pd_strdup_trimmed (pd_move_out_get_inspected_by (move_out));
  g_autofree char *clerk = _pd_strdup_trimmed (pd_move_out_get_clerk (move_out));
  const char *notes = pd_move_out_get_notes (move_out);
  gint64 occupant_id = pd_move_out_get_occupant_id (move_out);

  if (!_pd_move_fail_on_issues (issues, error))
    return FALSE;
  if (!_pd_move_load_occupant_state (db, occupant_id, occupant, error))
    return FALSE;

  if (*inout_id != 0)
    {
      stored = pd_move_store_get_move_out (db, *inout_id, error);
      if (stored == NULL || !check_against_stored (move_out, stored, error))
        return FALSE;
    }
  else
    {
      gint64 open;

      if (occupant->status == PD_STATUS_MOVED_OUT)
        {
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                       _("%s already moved out on %s."), occupant->name, occupant->move_out_date);
          return FALSE;
        }
      open = _pd_move_query_int (db,
                                 "SELECT count(*) FROM move_outs"
                                 " WHERE occupant_id = ?1 AND completed = 0",
                                 occupant_id, error);
      if (open < 0)
        return FALSE;
      if (open > 0)
        {
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                       _("A move-out of %s is already in progress; continue that one."),
                       occupant->name);
          return FALSE;
        }
    }
  if (!check_refund (db, move_out, error))
    return FALSE;

  if (*inout_unit_id == 0)
    *inout_unit_id = occupant->unit_id;
  if (*inout_recorded_at == 0)
    *inout_recorded_at = _pd_move_now_unix ();

  if (*inout_id == 0)
    stmt = pd_database_prepare (db,
                                "INSERT INTO move_outs (occupant_id, unit_id, notice_date,"
                                " move_out_date, fees_settled, fees_confirmed_by, owner_consent,"
                                " restoration_needed, inspection_accepted, inspected_by,"
                                " deposit_refund_fen, clerk, recorded_at, notes, restoration_done)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                                " ?14, ?16)",
                                error);
  else
    stmt = pd_database_prepare (db,
                                "UPDATE move_outs SET occupant_id = ?1, unit_id = ?2,"
                                " notice_date = ?3, move_out_date = ?4, fees_settled = ?5,"
                                " fees_confirmed_by = ?6, owner_consent = ?7,"
                                " restoration_needed = ?8, inspection_accepted = ?9,"
                                " inspected_by = ?10, deposit_refund_fen = ?11, clerk = ?12,"
                                " recorded_at = ?13, notes = ?14, restoration_done = ?16 WHERE id = ?15",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, occupant_id);
  sqlite3_bind_int64 (stmt, 2, *inout_unit_id);
  sqlite3_bind_text (stmt, 3, pd_move_out_get_notice_date (move_out), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, pd_move_out_get_move_out_date (move_out), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, pd_move_out_get_fees_settled (move_out));
  sqlite3_bind_text (stmt, 6, confirmed_by ? confirmed_by : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 7, pd_move_out_get_owner_consent (move_out));
  sqlite3_bind_int (stmt, 8, pd_move_out_get_restoration_needed (move_out));
  sqlite3_bind_int (stmt, 16, pd_move_out_get_restoration_needed (move_out)
                                && pd_move_out_get_restoration_done (move_out));
  sqlite3_bind_int (stmt, 9, pd_move_out_get_inspection_accepted (move_out));
  sqlite3_bind_text (stmt, 10, inspected_by ? inspected_by : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 11, pd_move_out_get_deposit_refund_fen (move_out));
  sqlite3_bind_text (stmt, 12, clerk, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 13, *inout_recorded_at);
  sqlite3_bind_text (stmt, 14, notes ? notes : "", -1, SQLITE_TRANSIENT);
  if (*inout_id != 0)
    sqlite3_bind_int64 (stmt, 15, *inout_id);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  if (*inout_id == 0)
    *inout_id = pd_database_last_insert_id (db);

  /* After the pass is out its lines are the ones security checks: they stay as issued. */
  if (stored != NULL && pd_move_out_get_pass_issued (stored))
    return TRUE;
  return write_goods (db, *inout_id, pd_move_out_get_goods (move_out), error);
}

typedef enum { STEP_SAVE, STEP_ISSUE_PASS, STEP_COMPLETE } Step;

/* Why the step may not be taken yet; NULL when it may. */
static char *
step_refusal (PdDatabase      *db,
              PdMoveOut       *move_out,
              Step             step,
              GError         **error)
{
  g_auto(PdOccupantState) occupant = { 0 };
  gboolean tenant;

  if (step == STEP_SAVE)
    return NULL;
  if (!_pd_move_load_occupant_state (db, pd_move_out_get_occupant_id (move_out), &occupant,
                                     error))
    return NULL;
  tenant = occupant.role == PD_ROLE_TENANT;

  if (step == STEP_ISSUE_PASS && pd_move_out_get_pass_issued (move_out))
    return g_strdup_printf (_("Goods release pass %s is already issued for this move-out."),
                            pd_move_out_get_pass_serial (move_out));
  if (step == STEP_COMPLETE && pd_move_out_get_completed (move_out))
    return g_strdup (_("This move-out is already completed."));
  if (!pd_move_out_get_fees_settled (move_out))
    return g_strdup (_("The fees are not confirmed as settled: finance must confirm that "
                       "everything owed is paid, and the name of who confirmed it is "
                       "recorded."));
  if (tenant && !pd_move_out_get_owner_consent (move_out))
    return g_strdup (_("The owner's written consent to the move-out is missing; a tenant needs "
                       "it before goods leave."));

  if (step == STEP_ISSUE_PASS)
    {
      if (pd_move_out_get_goods (move_out)->len == 0)
        return g_strdup (_("The goods list is empty: add at least one line for the pass."));
      return NULL;
    }

  if (pd_move_out_get_goods (move_out)->len > 0 && !pd_move_out_get_pass_issued (move_out))
    return g_strdup (_("Goods are listed but no goods release pass was issued for them."));
  if (pd_move_out_get_restoration_needed (move_out)
      && !pd_move_out_get_restoration_done (move_out))
    return g_strdup (_("The unit must be restored first: note the restoration as done after "
                       "its acceptance."));
  if (!pd_move_out_get_inspection_accepted (move_out))
    return g_strdup (_("The unit has not passed the move-out inspection yet."));
  return NULL;
}

static gboolean
assign_pass (PdDatabase *db,
             gint64      move_out_id,
             char      **out_serial,
             gint64     *out_issued_at,
             GError    **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(PdStmt) stmt = NULL;
  int year = g_date_time_get_year (now);
  gint64 n;

  /* The caller's object may be stale: the stored row decides whether a pass is out. */
  n = _pd_move_query_int (db, "SELECT pass_serial IS NOT NULL FROM move_outs WHERE id = ?1",
                          move_out_id, error);
  if (n < 0)
    return FALSE;
  if (n > 0)
    {
      g_set_error_literal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                           _("A goods release pass is already issued for this move-out."));
      return FALSE;
    }

  n = pd_database_next_serial (db, PD_GOODS_PASS_SERIES, year, error);
  if (n < 0)
    return FALSE;
  *out_serial = g_strdup_printf ("%s%d-%04" G_GINT64_FORMAT, PD_GOODS_PASS_SERIES, year, n);
  *out_issued_at = g_date_time_to_unix (now);

  stmt = pd_database_prepare (db,
                              "UPDATE move_outs SET pass_serial = ?1, pass_issued_at = ?2"
                              " WHERE id = ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, *out_serial, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, *out_issued_at);
  sqlite3_bind_int64 (stmt, 3, move_out_id);
  return pd_database_step_done (db, stmt, error);
}

static gboolean
mark_completed (PdDatabase *db,
                PdMoveOut  *move_out,
                gint64      move_out_id,
                GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(PdStmt) occupant = NULL;

  stmt = pd_database_prepare (db,
                              "UPDATE move_outs SET completed = 1, deposit_refunded = ?1"
                              " WHERE id = ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, pd_move_out_get_deposit_refund_fen (move_out) > 0);
  sqlite3_bind_int64 (stmt, 2, move_out_id);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;

  occupant = pd_database_prepare (db,
                                  "UPDATE occupants SET status = 'moved_out', move_out_date = ?1,"
                                  " updated_at = unixepoch () WHERE id = ?2",
                                  error);
  if (occupant == NULL)
    return FALSE;
  sqlite3_bind_text (occupant, 1, pd_move_out_get_move_out_date (move_out), -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_int64 (occupant, 2, pd_move_out_get_occupant_id (move_out));
  return pd_database_step_done (db, occupant, error);
}

static gboolean
run_step (PdDatabase *db,
          PdMoveOut  *move_out,
          Step        step,
          GError    **error)
{
  g_auto(PdOccupantState) occupant = { 0 };
  g_autofree char *refusal = NULL;
  g_autofree char *serial = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id = pd_move_out_get_id (move_out);
  gint64 unit_id = pd_move_out_get_unit_id (move_out);
  gint64 recorded_at = pd_move_out_get_recorded_at (move_out);
  gint64 issued_at = 0;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (PD_IS_MOVE_OUT (move_out), FALSE);

  refusal = step_refusal (db, move_out, step, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (refusal != NULL)
    {
      g_set_error_literal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, refusal);
      return FALSE;
    }

  if (!pd_database_begin (db, error))
    return FALSE;
  if (!write_move_out (db, move_out, &occupant, &id, &unit_id, &recorded_at, error)
      || (step == STEP_ISSUE_PASS && !assign_pass (db, id, &serial, &issued_at, error))
      || (step == STEP_COMPLETE && !mark_completed (db, move_out, id, error)))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  if (!pd_database_commit (db, error))
    return FALSE;

  pd_move_out_set_id (move_out, id);
  pd_move_out_set_unit_id (move_out, unit_id);
  pd_move_out_set_recorded_at (move_out, recorded_at);
  if (serial != NULL)
    {
      pd_move_out_set_pass_serial (move_out, serial);
      pd_move_out_set_pass_issued_at (move_out, issued_at);
    }
  if (step == STEP_COMPLETE)
    {
      pd_move_out_set_completed (move_out, TRUE);
      pd_move_out_set_deposit_refunded (move_out,
                                        pd_move_out_get_deposit_refund_fen (move_out) > 0);
    }
  return TRUE;
}

gboolean
pd_move_store_save_move_out (PdDatabase  *db,
                             PdMoveOut   *move_out,
                             GError     **error)
{
  return run_step (db, move_out, STEP_SAVE, error);
}

gboolean
pd_move_store_issue_pass (PdDatabase  *db,
                          PdMoveOut   *move_out,
                          GError     **error)
{
  return run_step (db, move_out, STEP_ISSUE_PASS, error);
}

gboolean
pd_move_store_complete_move_out (PdDatabase  *db,
                                 PdMoveOut   *move_out,
                                 GError     **error)
{
  return run_step (db, move_out, STEP_COMPLETE, error);
}
