// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-money.h"
#include "pd-move-store-private.h"
#include "pd-occupant-store.h"
#include "pd-store-private.h"

#define MOVE_IN_COLUMNS                                                                       \
  "id, occupant_id, unit_id, notice_date, fee_start_date, doc_notice, doc_authorization, "    \
  "doc_id_copy, doc_lease, form_receipt, form_emergency, form_handover, meter_reading, "       \
  "deposit_fen, deposit_paid, keys_count, clerk, recorded_at, notes"

#define MOVE_OUT_COLUMNS                                                                      \
  "id, occupant_id, unit_id, notice_date, move_out_date, fees_settled, fees_confirmed_by, "   \
  "owner_consent, pass_serial, pass_issued_at, restoration_needed, inspection_accepted, "     \
  "inspected_by, deposit_refund_fen, deposit_refunded, completed, clerk, recorded_at, notes, "  \
  "restoration_done"

gint64
_pd_move_now_unix (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static char *
local_date_iso (gint64 unix_utc)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_utc);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);

  return g_date_time_format (local, "%Y-%m-%d");
}

static gboolean
read_failed (PdDatabase *db,
             int         rc,
             GError    **error)
{
  return pd_database_set_error (db, rc, _("Could not read the move-in and move-out records"),
                                error);
}

gboolean
_pd_move_fail_on_issues (GPtrArray *issues,
                         GError   **error)
{
  for (guint i = 0; i < issues->len; i++)
    {
      PdFieldIssue *issue = g_ptr_array_index (issues, i);

      if (!issue->warning)
        {
          g_set_error_literal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, issue->message);
          return FALSE;
        }
    }
  return TRUE;
}

void
_pd_occupant_state_clear (PdOccupantState *state)
{
  g_clear_pointer (&state->name, g_free);
  g_clear_pointer (&state->move_out_date, g_free);
}

gboolean
_pd_move_load_occupant_state (PdDatabase      *db,
                              gint64           occupant_id,
                              PdOccupantState *state,
                              GError         **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  stmt = pd_database_prepare (db,
                              "SELECT unit_id, role, kind, status, name, move_out_date"
                              " FROM occupants WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, occupant_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                   _("There is no occupant record number %lld; it may have been deleted."),
                   (long long) occupant_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return read_failed (db, rc, error);

  state->unit_id = sqlite3_column_int64 (stmt, 0);
  if (!pd_role_from_code (_pd_column_text (stmt, 1), &state->role))
    state->role = PD_ROLE_TENANT;
  if (!pd_kind_from_code (_pd_column_text (stmt, 2), &state->kind))
    state->kind = PD_KIND_PERSON;
  if (!pd_status_from_code (_pd_column_text (stmt, 3), &state->status))
    state->status = PD_STATUS_ACTIVE;
  state->name = g_strdup (_pd_column_text (stmt, 4));
  state->move_out_date = g_strdup (_pd_column_text (stmt, 5));
  return TRUE;
}

gint64
_pd_move_query_int (PdDatabase *db,
                    const char *sql,
                    gint64      key,
                    GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, key);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      read_failed (db, rc, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

/* ---- move-in ---------------------------------------------------------------------------- */

static gboolean
insert_defects (PdDatabase *db,
                gint64      move_in_id,
                GPtrArray  *defects,
                GError    **error)
{
  for (guint i = 0; i < defects->len; i++)
    {
      PdDefect *defect = g_ptr_array_index (defects, i);
      g_autoptr(PdStmt) stmt = NULL;
      g_autofree char *description = _pd_strdup_trimmed (defect->description);
      g_autofree char *location = _pd_strdup_trimmed (defect->location);

      stmt = pd_database_prepare (db,
                                  "INSERT INTO move_in_defects"
                                  " (move_in_id, line_no, location, description, repair_id)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, move_in_id);
      sqlite3_bind_int (stmt, 2, (int) i + 1);
      sqlite3_bind_text (stmt, 3, location ? location : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, description ? description : "", -1, SQLITE_TRANSIENT);
      if (defect->repair_id > 0)
        sqlite3_bind_int64 (stmt, 5, defect->repair_id);
      if (!pd_database_step_done (db, stmt, error))
        {
          g_prefix_error (error, _("Defect line %u could not be saved: "), i + 1);
          return FALSE;
        }
      defect->id = pd_database_last_insert_id (db);
    }
  return TRUE;
}

static gboolean
archive_documents (PdDatabase      *db,
                   PdMoveIn        *move_in,
                   PdOccupantState *occupant,
                   const char      *received_date,
                   GError         **error)
{
  const struct { gboolean received; const char *kind; const char *title; } docs[] = {
    { pd_move_in_get_doc_notice (move_in), "notice", _("Move-in notice") },
    { pd_move_in_get_doc_authorization (move_in), "authorization",
      _("Copy of the authorization letter") },
    { pd_move_in_get_doc_id_copy (move_in), "id-copy",
      occupant->kind == PD_KIND_COMPANY ? _("Copy of the business licence")
                                        : _("Copy of the ID card") },
    { pd_move_in_get_doc_lease (move_in), "lease", _("Lease contract") },
    { pd_move_in_get_form_receipt (move_in), "doc-receipt", _("Document receipt form") },
    { pd_move_in_get_form_emergency (move_in), "emergency-form", _("Emergency contact form") },
    { pd_move_in_get_form_handover (move_in), "handover-record", _("Building handover record") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      if (!docs[i].received)
        continue;
      if (!pd_occupant_store_add_document (db, pd_move_in_get_occupant_id (move_in), docs[i].kind,
                                           docs[i].title, received_date,
                                           pd_move_in_get_clerk (move_in), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_move_in (PdDatabase      *db,
                PdMoveIn        *move_in,
                PdOccupantState *occupant,
                gint64           unit_id,
                gint64           recorded_at,
                gint64          *out_id,
                GError         **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(PdStmt) update = NULL;
  g_autofree char *meter = _pd_strdup_trimmed (pd_move_in_get_meter_reading (move_in));
  g_autofree char *clerk = _pd_strdup_trimmed (pd_move_in_get_clerk (move_in));
  g_autofree char *received_date = local_date_iso (recorded_at);
  const char *notes = pd_move_in_get_notes (move_in);

  stmt = pd_database_prepare (db,
                              "INSERT INTO move_ins (occupant_id, unit_id, notice_date,"
                              " fee_start_date, doc_notice, doc_authorization, doc_id_copy,"
                              " doc_lease, form_receipt, form_emergency, form_handover,"
                              " meter_reading, deposit_fen, deposit_paid, keys_count, clerk,"
                              " recorded_at, notes)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
                              " ?14, ?15, ?16, ?17, ?18)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pd_move_in_get_occupant_id (move_in));
  sqlite3_bind_int64 (stmt, 2, unit_id);
  sqlite3_bind_text (stmt, 3, pd_move_in_get_notice_date (move_in), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, pd_move_in_get_fee_start_date (move_in), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, pd_move_in_get_doc_notice (move_in));
  sqlite3_bind_int (stmt, 6, pd_move_in_get_doc_authorization (move_in));
  sqlite3_bind_int (stmt, 7, pd_move_in_get_doc_id_copy (move_in));
  sqlite3_bind_int (stmt, 8, pd_move_in_get_doc_lease (move_in));
  sqlite3_bind_int (stmt, 9, pd_move_in_get_form_receipt (move_in));
  sqlite3_bind_int (stmt, 10, pd_move_in_get_form_emergency (move_in));
  sqlite3_bind_int (stmt, 11, pd_move_in_get_form_handover (move_in));
  sqlite3_bind_text (stmt, 12, meter ? meter : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 13, pd_move_in_get_deposit_fen (move_in));
  sqlite3_bind_int (stmt, 14, pd_move_in_get_deposit_paid (move_in));
  sqlite3_bind_int (stmt, 15, pd_move_in_get_keys_count (move_in));
  sqlite3_bind_text (stmt, 16, clerk, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 17, recorded_at);
  sqlite3_bind_text (stmt, 18, notes ? notes : "", -1, SQLITE_TRANSIENT);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  *out_id = pd_database_last_insert_id (db);

  if (!insert_defects (db, *out_id, pd_move_in_get_defects (move_in), error))
    return FALSE;

  update = pd_database_prepare (db,
                                "UPDATE occupants SET move_in_date = ?1, status = 'active',"
                                " updated_at = unixepoch () WHERE id = ?2",
                                error);
  if (update == NULL)
    return FALSE;
  sqlite3_bind_text (update, 1, pd_move_in_get_notice_date (move_in), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (update, 2, pd_move_in_get_occupant_id (move_in));
  if (!pd_database_step_done (db, update, error))
    return FALSE;

  return archive_documents (db, move_in, occupant, received_date, error);
}

gboolean
pd_move_store_record_move_in (PdDatabase  *db,
                              PdMoveIn    *move_in,
                              GError     **error)
{
  g_autoptr(GPtrArray) issues = NULL;
  g_auto(PdOccupantState) occupant = { 0 };
  gint64 unit_id, recorded_at, id = 0, existing;
  GPtrArray *defects;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (PD_IS_MOVE_IN (move_in), FALSE);

  if (pd_move_in_get_id (move_in) != 0)
    {
      g_set_error_literal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                           _("This move-in is already recorded; a recorded move-in is not "
                             "changed."));
      return FALSE;
    }

  issues = pd_move_in_check (move_in);
  if (!_pd_move_fail_on_issues (issues, error))
    return FALSE;
  if (!_pd_move_load_occupant_state (db, pd_move_in_get_occupant_id (move_in), &occupant, error))
    return FALSE;

  if (occupant.status == PD_STATUS_MOVED_OUT)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("%s has moved out (%s); a new move-in needs a new occupant record."),
                   occupant.name, occupant.move_out_date);
      return FALSE;
    }
  existing = _pd_move_query_int (db, "SELECT count(*) FROM move_ins WHERE occupant_id = ?1",
                         pd_move_in_get_occupant_id (move_in), error);
  if (existing < 0)
    return FALSE;
  if (existing > 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The move-in of %s is already recorded; it is kept in the occupant's "
                     "archive."),
                   occupant.name);
      return FALSE;
    }

  unit_id = pd_move_in_get_unit_id (move_in);
  if (unit_id == 0)
    unit_id = occupant.unit_id;
  recorded_at = pd_move_in_get_recorded_at (move_in);
  if (recorded_at == 0)
    recorded_at = _pd_move_now_unix ();

  if (!pd_database_begin (db, error))
    return FALSE;
  if (!insert_move_in (db, move_in, &occupant, unit_id, recorded_at, &id, error))
    {
      pd_database_rollback (db);
      goto failed;
    }
  if (!pd_database_commit (db, error))
    goto failed;

  pd_move_in_set_id (move_in, id);
  pd_move_in_set_unit_id (move_in, unit_id);
  pd_move_in_set_recorded_at (move_in, recorded_at);
  return TRUE;

failed:
  defects = pd_move_in_get_defects (move_in);
  for (guint i = 0; i < defects->len; i++)
    ((PdDefect *) g_ptr_array_index (defects, i))->id = 0;
  return FALSE;
}

static PdMoveIn *
move_in_from_row (PdStmt *stmt)
{
  PdMoveIn *mi = pd_move_in_new ();

  pd_move_in_set_id (mi, sqlite3_column_int64 (stmt, 0));
  pd_move_in_set_occupant_id (mi, sqlite3_column_int64 (stmt, 1));
  pd_move_in_set_unit_id (mi, sqlite3_column_int64 (stmt, 2));
  pd_move_in_set_notice_date (mi, _pd_column_text (stmt, 3));
  pd_move_in_set_fee_start_date (mi, _pd_column_text (stmt, 4));
  pd_move_in_set_doc_notice (mi, sqlite3_column_int (stmt, 5));
  pd_move_in_set_doc_authorization (mi, sqlite3_column_int (stmt, 6));
  pd_move_in_set_doc_id_copy (mi, sqlite3_column_int (stmt, 7));
  pd_move_in_set_doc_lease (mi, sqlite3_column_int (stmt, 8));
  pd_move_in_set_form_receipt (mi, sqlite3_column_int (stmt, 9));
  pd_move_in_set_form_emergency (mi, sqlite3_column_int (stmt, 10));
  pd_move_in_set_form_handover (mi, sqlite3_column_int (stmt, 11));
  pd_move_in_set_meter_reading (mi, _pd_column_text (stmt, 12));
  pd_move_in_set_deposit_fen (mi, sqlite3_column_int64 (stmt, 13));
  pd_move_in_set_deposit_paid (mi, sqlite3_column_int (stmt, 14));
  pd_move_in_set_keys_count (mi, sqlite3_column_int (stmt, 15));
  pd_move_in_set_clerk (mi, _pd_column_text (stmt, 16));
  pd_move_in_set_recorded_at (mi, sqlite3_column_int64 (stmt, 17));
  pd_move_in_set_notes (mi, _pd_column_text (stmt, 18));
  return mi;
}

static gboolean
load_defects (PdDatabase *db,
              PdMoveIn   *mi,
              GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  stmt = pd_database_prepare (db,
                              "SELECT id, location, description, repair_id FROM move_in_defects"
                              " WHERE move_in_id = ?1 ORDER BY line_no, id",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pd_move_in_get_id (mi));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *location = _pd_column_text (stmt, 1);
      PdDefect *defect = pd_move_in_add_defect (mi, *location ? location : NULL,
                                                _pd_column_text (stmt, 2));

      defect->id = sqlite3_column_int64 (stmt, 0);
      defect->repair_id = sqlite3_column_int64 (stmt, 3);
    }
  return rc == SQLITE_DONE || read_failed (db, rc, error);
}

/* Runs a query of MOVE_IN_COLUMNS with one int64 parameter; returns the move-ins with their
 * defects. */
static GPtrArray *
query_move_ins (PdDatabase *db,
                const char *sql,
                gint64      key,
                GError    **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  {
    g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, key);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (result, move_in_from_row (stmt));
    if (rc != SQLITE_DONE)
      {
        read_failed (db, rc, error);
        return NULL;
      }
  }

  for (guint i = 0; i < result->len; i++)
    if (!load_defects (db, g_ptr_array_index (result, i), error))
      return NULL;
  return g_steal_pointer (&result);
}

PdMoveIn *
pd_move_store_get_move_in (PdDatabase  *db,
                           gint64       move_in_id,
                           GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  rows = query_move_ins (db, "SELECT " MOVE_IN_COLUMNS " FROM move_ins WHERE id = ?1",
                         move_in_id, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                   _("There is no move-in record number %lld."), (long long) move_in_id);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (rows, 0));
}

gboolean
pd_move_store_get_deposit_paid (PdDatabase  *db,
                                gint64       occupant_id,
                                gint64      *out_fen,
                                GError     **error)
{
  gint64 total;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out_fen != NULL, FALSE);

  total = _pd_move_query_int (db,
                      "SELECT coalesce (sum (deposit_fen), 0) FROM move_ins"
                      " WHERE occupant_id = ?1 AND deposit_paid <> 0",
                      occupant_id, error);
  if (total < 0)
    return FALSE;
  *out_fen = total;
  return TRUE;
}

/* ---- move-out: reading ------------------------------------------------------------------ */

static PdMoveOut *
move_out_from_row (PdStmt *stmt)
{
  PdMoveOut *mo = pd_move_out_new ();

  pd_move_out_set_id (mo, sqlite3_column_int64 (stmt, 0));
  pd_move_out_set_occupant_id (mo, sqlite3_column_int64 (stmt, 1));
  pd_move_out_set_unit_id (mo, sqlite3_column_int64 (stmt, 2));
  pd_move_out_set_notice_date (mo, _pd_column_text (stmt, 3));
  pd_move_out_set_move_out_date (mo, _pd_column_text (stmt, 4));
  pd_move_out_set_fees_settled (mo, sqlite3_column_int (stmt, 5));
  pd_move_out_set_fees_confirmed_by (mo, _pd_column_text (stmt, 6));
  pd_move_out_set_owner_consent (mo, sqlite3_column_int (stmt, 7));
  pd_move_out_set_pass_serial (mo, (const char *) sqlite3_column_text (stmt, 8));
  pd_move_out_set_pass_issued_at (mo, sqlite3_column_int64 (stmt, 9));
  pd_move_out_set_restoration_needed (mo, sqlite3_column_int (stmt, 10));
  pd_move_out_set_restoration_done (mo, sqlite3_column_int (stmt, 19));
  pd_move_out_set_inspection_accepted (mo, sqlite3_column_int (stmt, 11));
  pd_move_out_set_inspected_by (mo, _pd_column_text (stmt, 12));
  pd_move_out_set_deposit_refund_fen (mo, sqlite3_column_int64 (stmt, 13));
  pd_move_out_set_deposit_refunded (mo, sqlite3_column_int (stmt, 14));
  pd_move_out_set_completed (mo, sqlite3_column_int (stmt, 15));
  pd_move_out_set_clerk (mo, _pd_column_text (stmt, 16));
  pd_move_out_set_recorded_at (mo, sqlite3_column_int64 (stmt, 17));
  pd_move_out_set_notes (mo, _pd_column_text (stmt, 18));
  return mo;
}

static gboolean
load_goods (PdDatabase *db,
            PdMoveOut  *mo,
            GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  stmt = pd_database_prepare (db,
                              "SELECT id, name, quantity, unit_of_measure, remarks"
                              " FROM goods_pass_items WHERE move_out_id = ?1 ORDER BY line_no, id",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pd_move_out_get_id (mo));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uom = _pd_column_text (stmt, 3);
      const char *remarks = _pd_column_text (stmt, 4);
      PdGoodsItem *item = pd_move_out_add_goods (mo, _pd_column_text (stmt, 1),
                                                 sqlite3_column_int (stmt, 2),
                                                 *uom ? uom : NULL,
                                                 *remarks ? remarks : NULL);

      item->id = sqlite3_column_int64 (stmt, 0);
    }
  return rc == SQLITE_DONE || read_failed (db, rc, error);
}

static GPtrArray *
query_move_outs (PdDatabase *db,
                 const char *sql,
                 gint64      key,
                 GError    **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  {
    g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, key);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (result, move_out_from_row (stmt));
    if (rc != SQLITE_DONE)
      {
        read_failed (db, rc, error);
        return NULL;
      }
  }

  for (guint i = 0; i < result->len; i++)
    if (!load_goods (db, g_ptr_array_index (result, i), error))
      return NULL;
  return g_steal_pointer (&result);
}

PdMoveOut *
pd_move_store_get_move_out (PdDatabase  *db,
                            gint64       move_out_id,
                            GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  rows = query_move_outs (db, "SELECT " MOVE_OUT_COLUMNS " FROM move_outs WHERE id = ?1",
                          move_out_id, error);
  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                   _("There is no move-out record number %lld."), (long long) move_out_id);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (rows, 0));
}

PdMoveOut *
pd_move_store_find_open_move_out (PdDatabase  *db,
                                  gint64       occupant_id,
                                  GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  rows = query_move_outs (db,
                          "SELECT " MOVE_OUT_COLUMNS " FROM move_outs"
                          " WHERE occupant_id = ?1 AND completed = 0 ORDER BY id DESC LIMIT 1",
                          occupant_id, error);
  if (rows == NULL || rows->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (rows, 0));
}

GPtrArray *
pd_move_store_list_for_occupant (PdDatabase  *db,
                                 gint64       occupant_id,
                                 GError     **error)
{
  g_autoptr(GPtrArray) ins = NULL;
  g_autoptr(GPtrArray) outs = NULL;
  GPtrArray *result;
  guint i = 0, o = 0;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  ins = query_move_ins (db,
                        "SELECT " MOVE_IN_COLUMNS " FROM move_ins WHERE occupant_id = ?1"
                        " ORDER BY notice_date, id",
                        occupant_id, error);
  if (ins == NULL)
    return NULL;
  outs = query_move_outs (db,
                          "SELECT " MOVE_OUT_COLUMNS " FROM move_outs WHERE occupant_id = ?1"
                          " ORDER BY notice_date, id",
                          occupant_id, error);
  if (outs == NULL)
    return NULL;

  /* ISO dates sort as text. On the same day the move-in comes first: nobody leaves before
   * arriving. */
  result = g_ptr_array_new_with_free_func (g_object_unref);
  while (i < ins->len || o < outs->len)
    {
      gboolean take_in;

      if (i == ins->len)
        take_in = FALSE;
      else if (o == outs->len)
        take_in = TRUE;
      else
        take_in = g_strcmp0 (pd_move_in_get_notice_date (g_ptr_array_index (ins, i)),
                             pd_move_out_get_notice_date (g_ptr_array_index (outs, o))) <= 0;
      if (take_in)
        g_ptr_array_add (result, g_object_ref (g_ptr_array_index (ins, i++)));
      else
        g_ptr_array_add (result, g_object_ref (g_ptr_array_index (outs, o++)));
    }
  return result;
}

void
pd_move_place_free (PdMovePlace *place)
{
  if (place == NULL)
    return;
  g_free (place->estate_name);
  g_free (place->building_name);
  g_free (place->unit_number);
  g_free (place->occupant_name);
  g_free (place);
}

PdMovePlace *
pd_move_store_get_place (PdDatabase  *db,
                         PdMoveOut   *move_out,
                         GError     **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  PdMovePlace *place;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (PD_IS_MOVE_OUT (move_out), NULL);

  /* The unit of the move-out record, which is the occupant's unit unless it was never set. */
  stmt = pd_database_prepare (db,
                              "SELECT e.name, b.name, u.number, o.name, o.role"
                              " FROM occupants o"
                              " JOIN units u"
                              "  ON u.id = (CASE WHEN ?2 > 0 THEN ?2 ELSE o.unit_id END)"
                              " JOIN buildings b ON b.id = u.building_id"
                              " JOIN estates e ON e.id = b.estate_id"
                              " WHERE o.id = ?1",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, pd_move_out_get_occupant_id (move_out));
  sqlite3_bind_int64 (stmt, 2, pd_move_out_get_unit_id (move_out));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                   _("There is no occupant record number %lld; it may have been deleted."),
                   (long long) pd_move_out_get_occupant_id (move_out));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      read_failed (db, rc, error);
      return NULL;
    }

  place = g_new0 (PdMovePlace, 1);
  place->estate_name = g_strdup (_pd_column_text (stmt, 0));
  place->building_name = g_strdup (_pd_column_text (stmt, 1));
  place->unit_number = g_strdup (_pd_column_text (stmt, 2));
  place->occupant_name = g_strdup (_pd_column_text (stmt, 3));
  if (!pd_role_from_code (_pd_column_text (stmt, 4), &place->role))
    place->role = PD_ROLE_TENANT;
  return place;
}
