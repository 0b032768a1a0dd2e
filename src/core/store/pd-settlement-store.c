// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-date.h"
#include "pd-money.h"
#include "pd-repair-rules.h"
#include "pd-repair-settings.h"
#include "pd-settlement-store.h"
#include "pd-store-private.h"

#define SETTLEMENT_COLUMNS                                                                    \
  "s.id, s.repair_id, s.class, s.settle_date, s.tax_inclusive_fen, s.approval_level, "       \
  "s.approval_state, s.approved_by, s.approved_at, s.supervisor, s.handler, s.auditor, "     \
  "r.serial"

static const char *const class_codes[] = { "A", "B" };
static const char *const level_codes[] = { "cs_manager", "deputy_chief", "general_manager" };
static const char *const state_codes[] = { "draft", "submitted", "approved", "rejected" };

/* ---- model ------------------------------------------------------------------------------ */

static void
line_free (PdSettlementLine *line)
{
  g_free (line->quota_code);
  g_free (line->item);
  g_free (line->unit);
  g_free (line->remarks);
  g_free (line);
}

PdSettlement *
pd_settlement_new (void)
{
  PdSettlement *s = g_new0 (PdSettlement, 1);
  g_autofree char *today = pd_date_today_iso ();

  s->klass = PD_SETTLEMENT_CLASS_B;
  s->settle_date = g_steal_pointer (&today);
  s->decided_by = g_strdup ("");
  s->supervisor = g_strdup ("");
  s->handler = g_strdup ("");
  s->auditor = g_strdup ("");
  s->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  return s;
}

void
pd_settlement_free (PdSettlement *s)
{
  if (s == NULL)
    return;
  g_free (s->settle_date);
  g_free (s->decided_by);
  g_free (s->supervisor);
  g_free (s->handler);
  g_free (s->auditor);
  g_ptr_array_unref (s->lines);
  g_free (s);
}

PdSettlementLine *
pd_settlement_add_line (PdSettlement *s,
                        const char   *quota_code,
                        const char   *item,
                        const char   *unit,
                        gint64        quantity_milli,
                        gint64        unit_price_fen,
                        gint64        total_before_fen,
                        const char   *remarks)
{
  PdSettlementLine *line;

  g_return_val_if_fail (s != NULL, NULL);

  line = g_new0 (PdSettlementLine, 1);
  line->line_no = (int) s->lines->len + 1;
  line->quota_code = g_strdup (quota_code ? quota_code : "");
  line->item = g_strdup (item ? item : "");
  line->unit = g_strdup (unit ? unit : "");
  line->quantity_milli = quantity_milli;
  line->unit_price_fen = unit_price_fen;
  line->total_before_fen = total_before_fen;
  line->remarks = g_strdup (remarks ? remarks : "");
  g_ptr_array_add (s->lines, line);
  return line;
}

gint64
pd_settlement_total_before (const PdSettlement *s)
{
  gint64 sum = 0;

  g_return_val_if_fail (s != NULL, 0);
  for (guint i = 0; i < s->lines->len; i++)
    sum += ((PdSettlementLine *) g_ptr_array_index (s->lines, i))->total_before_fen;
  return sum;
}

gint64
pd_settlement_total_approved (const PdSettlement *s)
{
  gint64 sum = 0;

  g_return_val_if_fail (s != NULL, 0);
  for (guint i = 0; i < s->lines->len; i++)
    sum += ((PdSettlementLine *) g_ptr_array_index (s->lines, i))->approved_total_fen;
  return sum;
}

PdApprovalLevel
pd_settlement_level_for (gint64 approved_fen,
                         gint64 deputy_fen,
                         gint64 gm_fen)
{
  /* "Above" the threshold: a sum exactly at it stays with the lower level. */
  if (approved_fen > gm_fen)
    return PD_APPROVAL_LEVEL_GENERAL_MANAGER;
  if (approved_fen > deputy_fen)
    return PD_APPROVAL_LEVEL_DEPUTY_CHIEF;
  return PD_APPROVAL_LEVEL_CS_MANAGER;
}

const char *
pd_settlement_class_to_code (PdSettlementClass klass)
{
  g_return_val_if_fail (klass <= PD_SETTLEMENT_CLASS_B, "B");
  return class_codes[klass];
}

const char *
pd_settlement_class_to_label (PdSettlementClass klass)
{
  return klass == PD_SETTLEMENT_CLASS_A ? _("Class A (warranty)") : _("Class B");
}

const char *
pd_approval_level_to_code (PdApprovalLevel level)
{
  g_return_val_if_fail (level <= PD_APPROVAL_LEVEL_GENERAL_MANAGER, level_codes[0]);
  return level_codes[level];
}

const char *
pd_approval_level_to_label (PdApprovalLevel level)
{
  switch (level)
    {
    case PD_APPROVAL_LEVEL_DEPUTY_CHIEF:
      return _("Deputy chief engineer and vice-president");
    case PD_APPROVAL_LEVEL_GENERAL_MANAGER:
      return _("General manager");
    case PD_APPROVAL_LEVEL_CS_MANAGER:
    default:
      return _("Customer service manager");
    }
}

const char *
pd_settlement_state_to_code (PdSettlementState state)
{
  g_return_val_if_fail (state <= PD_SETTLEMENT_STATE_REJECTED, state_codes[0]);
  return state_codes[state];
}

const char *
pd_settlement_state_to_label (PdSettlementState state)
{
  switch (state)
    {
    case PD_SETTLEMENT_STATE_SUBMITTED:
      return _("Submitted");
    case PD_SETTLEMENT_STATE_APPROVED:
      return _("Approved");
    case PD_SETTLEMENT_STATE_REJECTED:
      return _("Rejected");
    case PD_SETTLEMENT_STATE_DRAFT:
    default:
      return _("Draft");
    }
}

static guint
code_index (const char         *code,
            const char * const *codes,
            guint               n)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (code, codes[i]) == 0)
      return i;
  return 0;
}

/* ---- store ------------------------------------------------------------------------------ */

static gboolean
read_failed (PdDatabase *db,
             int         rc,
             GError    **error)
{
  return pd_database_set_error (db, rc, _("Could not read the settlement sheet"), error);
}

static gint64
now_unix (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gboolean
load_lines (PdDatabase   *db,
            PdSettlement *s,
            GError      **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  stmt = pd_database_prepare (db,
                              "SELECT id, line_no, quota_code, item, unit, quantity_milli,"
                              " unit_price_fen, total_before_fen, approved_total_fen, remarks"
                              " FROM settlement_lines WHERE settlement_id = ?1 ORDER BY line_no",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, s->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PdSettlementLine *line = g_new0 (PdSettlementLine, 1);

      line->id = sqlite3_column_int64 (stmt, 0);
      line->line_no = sqlite3_column_int (stmt, 1);
      line->quota_code = g_strdup (_pd_column_text (stmt, 2));
      line->item = g_strdup (_pd_column_text (stmt, 3));
      line->unit = g_strdup (_pd_column_text (stmt, 4));
      line->quantity_milli = sqlite3_column_int64 (stmt, 5);
      line->unit_price_fen = sqlite3_column_int64 (stmt, 6);
      line->total_before_fen = sqlite3_column_int64 (stmt, 7);
      line->approved_total_fen = sqlite3_column_int64 (stmt, 8);
      line->remarks = g_strdup (_pd_column_text (stmt, 9));
      g_ptr_array_add (s->lines, line);
    }
  if (rc != SQLITE_DONE)
    return read_failed (db, rc, error);
  return TRUE;
}

/* The sheet and the serial of its repair order (for messages). */
static PdSettlement *
get_where (PdDatabase *db,
           const char *where,
           gint64      key,
           gboolean    missing_is_error,
           char      **out_serial,
           GError    **error)
{
  g_autoptr(PdSettlement) s = NULL;
  g_autofree char *sql = g_strconcat ("SELECT " SETTLEMENT_COLUMNS " FROM settlements s"
                                      " JOIN repairs r ON r.id = s.repair_id WHERE ", where, NULL);
  int rc;

  {
    g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, key);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_DONE)
      {
        if (missing_is_error)
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                       _("There is no settlement sheet number %lld; it may have been deleted."),
                       (long long) key);
        return NULL;
      }
    if (rc != SQLITE_ROW)
      {
        read_failed (db, rc, error);
        return NULL;
      }

    s = pd_settlement_new ();
    s->id = sqlite3_column_int64 (stmt, 0);
    s->repair_id = sqlite3_column_int64 (stmt, 1);
    s->klass = code_index (_pd_column_text (stmt, 2), class_codes, G_N_ELEMENTS (class_codes));
    g_free (s->settle_date);
    s->settle_date = g_strdup (_pd_column_text (stmt, 3));
    s->tax_inclusive_fen = sqlite3_column_int64 (stmt, 4);
    s->level = code_index (_pd_column_text (stmt, 5), level_codes, G_N_ELEMENTS (level_codes));
    s->state = code_index (_pd_column_text (stmt, 6), state_codes, G_N_ELEMENTS (state_codes));
    g_free (s->decided_by);
    s->decided_by = g_strdup (_pd_column_text (stmt, 7));
    s->decided_at = sqlite3_column_int64 (stmt, 8);
    g_free (s->supervisor);
    s->supervisor = g_strdup (_pd_column_text (stmt, 9));
    g_free (s->handler);
    s->handler = g_strdup (_pd_column_text (stmt, 10));
    g_free (s->auditor);
    s->auditor = g_strdup (_pd_column_text (stmt, 11));
    if (out_serial != NULL)
      *out_serial = g_strdup (_pd_column_text (stmt, 12));
  }

  if (!load_lines (db, s, error))
    return NULL;
  return g_steal_pointer (&s);
}

PdSettlement *
pd_settlement_store_get_for_repair (PdDatabase *db,
                                    gint64      repair_id,
                                    GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  return get_where (db, "s.repair_id = ?1", repair_id, FALSE, NULL, error);
}

PdSettlement *
pd_settlement_store_get (PdDatabase *db,
                         gint64      settlement_id,
                         GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  return get_where (db, "s.id = ?1", settlement_id, TRUE, NULL, error);
}

/* Checks the lines and computes their approved totals and the sheet's total into @s. */
static gboolean
compute_lines (PdSettlement *s,
               const char   *serial,
               GError      **error)
{
  gint64 total = 0;

  if (s->lines->len > PD_SETTLEMENT_MAX_LINES)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The settlement sheet of repair order %s has %u lines; a sheet holds at "
                     "most %d. Put related items on one line."),
                   serial, s->lines->len, PD_SETTLEMENT_MAX_LINES);
      return FALSE;
    }

  for (guint i = 0; i < s->lines->len; i++)
    {
      PdSettlementLine *line = g_ptr_array_index (s->lines, i);
      g_autofree char *item = _pd_strdup_trimmed (line->item);
      g_autoptr(GError) local_error = NULL;
      gint64 amount = 0;

      line->line_no = (int) i + 1;
      if (item == NULL)
        {
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                       _("Line %u of the settlement sheet has no item name; enter what was "
                         "done or remove the line."),
                       i + 1);
          return FALSE;
        }
      if (line->quantity_milli <= 0)
        {
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                       _("Line %u of the settlement sheet (“%s”) has no quantity; enter a "
                         "quantity greater than zero."),
                       i + 1, item);
          return FALSE;
        }
      if (line->unit_price_fen < 0 || line->total_before_fen < 0)
        {
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                       _("Line %u of the settlement sheet (“%s”) has a negative amount; "
                         "amounts are zero or more."),
                       i + 1, item);
          return FALSE;
        }
      if (!pd_repair_line_amount (line->quantity_milli, line->unit_price_fen, &amount,
                                  &local_error)
          || amount > G_MAXINT64 - total)
        {
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                       _("Line %u of the settlement sheet (“%s”) comes to an amount too large to "
                         "be right; check the quantity and the unit price."),
                       i + 1, item);
          return FALSE;
        }
      line->approved_total_fen = amount;
      total += amount;
    }
  s->tax_inclusive_fen = total;
  return TRUE;
}

static gboolean
write_sheet (PdDatabase   *db,
             PdSettlement *s,
             GError      **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  const char *names[] = { s->supervisor, s->handler, s->auditor };

  if (s->id == 0)
    stmt = pd_database_prepare (db,
                                "INSERT INTO settlements (class, settle_date, tax_inclusive_fen,"
                                " approval_level, supervisor, handler, auditor, repair_id)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                error);
  else
    stmt = pd_database_prepare (db,
                                "UPDATE settlements SET class = ?1, settle_date = ?2,"
                                " tax_inclusive_fen = ?3, approval_level = ?4, supervisor = ?5,"
                                " handler = ?6, auditor = ?7 WHERE id = ?8",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, pd_settlement_class_to_code (s->klass), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, s->settle_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, s->tax_inclusive_fen);
  sqlite3_bind_text (stmt, 4, pd_approval_level_to_code (s->level), -1, SQLITE_STATIC);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *clean = _pd_strdup_trimmed (names[i]);
      sqlite3_bind_text (stmt, 5 + (int) i, clean ? clean : "", -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_int64 (stmt, 8, s->id == 0 ? s->repair_id : s->id);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  if (s->id == 0)
    s->id = pd_database_last_insert_id (db);
  return TRUE;
}

static gboolean
write_lines (PdDatabase   *db,
             PdSettlement *s,
             GError      **error)
{
  {
    g_autoptr(PdStmt) del = pd_database_prepare (db, "DELETE FROM settlement_lines"
                                                     " WHERE settlement_id = ?1",
                                                 error);
    if (del == NULL)
      return FALSE;
    sqlite3_bind_int64 (del, 1, s->id);
    if (!pd_database_step_done (db, del, error))
      return FALSE;
  }

  for (guint i = 0; i < s->lines->len; i++)
    {
      PdSettlementLine *line = g_ptr_array_index (s->lines, i);
      g_autoptr(PdStmt) stmt = NULL;
      g_autofree char *item = _pd_strdup_trimmed (line->item);
      const char *texts[] = { line->quota_code, line->unit, line->remarks };

      stmt = pd_database_prepare (db,
                                  "INSERT INTO settlement_lines (quota_code, unit, remarks,"
                                  " settlement_id, line_no, item, quantity_milli, unit_price_fen,"
                                  " total_before_fen, approved_total_fen)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                  error);
      if (stmt == NULL)
        return FALSE;
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        {
          g_autofree char *clean = _pd_strdup_trimmed (texts[t]);
          sqlite3_bind_text (stmt, 1 + (int) t, clean ? clean : "", -1, SQLITE_TRANSIENT);
        }
      sqlite3_bind_int64 (stmt, 4, s->id);
      sqlite3_bind_int (stmt, 5, line->line_no);
      sqlite3_bind_text (stmt, 6, item, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 7, line->quantity_milli);
      sqlite3_bind_int64 (stmt, 8, line->unit_price_fen);
      sqlite3_bind_int64 (stmt, 9, line->total_before_fen);
      sqlite3_bind_int64 (stmt, 10, line->approved_total_fen);
      if (!pd_database_step_done (db, stmt, error))
        {
          g_prefix_error (error, _("Line %u of the settlement sheet could not be saved: "),
                          i + 1);
          return FALSE;
        }
      line->id = pd_database_last_insert_id (db);
    }
  return TRUE;
}

static PdApprovalLevel
level_from_settings (PdDatabase *db,
                     gint64      approved_fen)
{
  gint64 deputy, gm;

  pd_repair_settings_load_thresholds (db, &deputy, &gm);
  return pd_settlement_level_for (approved_fen, deputy, gm);
}

/* Refuses changes to a sheet that is waiting for or has its approval. */
static gboolean
check_editable (PdSettlementState  state,
                const char        *serial,
                GError           **error)
{
  if (state == PD_SETTLEMENT_STATE_SUBMITTED)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The settlement sheet of repair order %s is waiting for approval and "
                     "cannot be changed; it can be changed again if it is rejected."),
                   serial);
      return FALSE;
    }
  if (state == PD_SETTLEMENT_STATE_APPROVED)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The settlement sheet of repair order %s has been approved and can no "
                     "longer be changed."),
                   serial);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_new_sheet (PdDatabase   *db,
                 PdSettlement *s,
                 char        **out_serial,
                 GError      **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  stmt = pd_database_prepare (db,
                              "SELECT r.serial, s.id FROM repairs r"
                              " LEFT JOIN settlements s ON s.repair_id = r.id WHERE r.id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, s->repair_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("There is no repair order number %lld; it may have been deleted."),
                   (long long) s->repair_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return read_failed (db, rc, error);
  *out_serial = g_strdup (_pd_column_text (stmt, 0));
  if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("Repair order %s already has a settlement sheet; open that one to change "
                     "it."),
                   *out_serial);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_in_transaction (PdDatabase   *db,
                     PdSettlement *s,
                     GError      **error)
{
  g_autofree char *serial = NULL;
  GDate date;

  if (s->id == 0)
    {
      if (!check_new_sheet (db, s, &serial, error))
        return FALSE;
      s->state = PD_SETTLEMENT_STATE_DRAFT;
    }
  else
    {
      g_autoptr(PdSettlement) stored = get_where (db, "s.id = ?1", s->id, TRUE, &serial, error);

      if (stored == NULL)
        return FALSE;
      if (!check_editable (stored->state, serial, error))
        return FALSE;
      s->repair_id = stored->repair_id;
      s->state = stored->state;
    }

  if (s->klass > PD_SETTLEMENT_CLASS_B)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The settlement sheet of repair order %s must be class A or class B."),
                   serial);
      return FALSE;
    }
  if (s->settle_date == NULL || !pd_date_parse (s->settle_date, &date, NULL))
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The date “%s” of the settlement sheet of repair order %s is not a valid "
                     "date; write it like 2026-03-14."),
                   s->settle_date ? s->settle_date : "", serial);
      return FALSE;
    }
  if (!compute_lines (s, serial, error))
    return FALSE;
  s->level = level_from_settings (db, s->tax_inclusive_fen);

  return write_sheet (db, s, error) && write_lines (db, s, error);
}

gboolean
pd_settlement_store_save (PdDatabase   *db,
                          PdSettlement *settlement,
                          GError      **error)
{
  gint64 old_id;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (settlement != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  old_id = settlement->id;
  if (!pd_database_begin (db, error))
    return FALSE;
  if (!save_in_transaction (db, settlement, error))
    {
      pd_database_rollback (db);
      settlement->id = old_id;
      return FALSE;
    }
  if (!pd_database_commit (db, error))
    {
      settlement->id = old_id;
      return FALSE;
    }
  return TRUE;
}

static gboolean
set_state (PdDatabase        *db,
           PdSettlement      *s,
           PdSettlementState  state,
           const char        *who,
           gint64             at,
           GError           **error)
{
  g_autoptr(PdStmt) stmt = NULL;

  stmt = pd_database_prepare (db,
                              "UPDATE settlements SET approval_state = ?1, approval_level = ?2,"
                              " approved_by = ?3, approved_at = ?4 WHERE id = ?5",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, pd_settlement_state_to_code (state), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, pd_approval_level_to_code (s->level), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, who ? who : "", -1, SQLITE_TRANSIENT);
  if (at > 0)
    sqlite3_bind_int64 (stmt, 4, at);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_int64 (stmt, 5, s->id);
  return pd_database_step_done (db, stmt, error);
}

gboolean
pd_settlement_store_submit (PdDatabase *db,
                            gint64      settlement_id,
                            GError    **error)
{
  g_autoptr(PdSettlement) s = NULL;
  g_autofree char *serial = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  s = get_where (db, "s.id = ?1", settlement_id, TRUE, &serial, error);
  if (s == NULL)
    return FALSE;
  if (!check_editable (s->state, serial, error))
    return FALSE;
  if (s->lines->len == 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The settlement sheet of repair order %s has no lines; add what was done "
                     "before submitting it."),
                   serial);
      return FALSE;
    }
  /* The thresholds may have changed since the sheet was written. */
  s->level = level_from_settings (db, s->tax_inclusive_fen);
  return set_state (db, s, PD_SETTLEMENT_STATE_SUBMITTED, "", 0, error);
}

static gboolean
decide (PdDatabase        *db,
        gint64             settlement_id,
        PdSettlementState  state,
        const char        *who,
        gint64             at,
        GError           **error)
{
  g_autoptr(PdSettlement) s = NULL;
  g_autofree char *serial = NULL;
  g_autofree char *name = _pd_strdup_trimmed (who);

  s = get_where (db, "s.id = ?1", settlement_id, TRUE, &serial, error);
  if (s == NULL)
    return FALSE;
  if (s->state != PD_SETTLEMENT_STATE_SUBMITTED)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The settlement sheet of repair order %s is “%s”; only a submitted sheet "
                     "can be approved or rejected."),
                   serial, pd_settlement_state_to_label (s->state));
      return FALSE;
    }
  if (name == NULL)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("Enter who approves or rejects the settlement sheet of repair order %s."),
                   serial);
      return FALSE;
    }
  return set_state (db, s, state, name, at > 0 ? at : now_unix (), error);
}

gboolean
pd_settlement_store_approve (PdDatabase *db,
                             gint64      settlement_id,
                             const char *who,
                             gint64      at,
                             GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  return decide (db, settlement_id, PD_SETTLEMENT_STATE_APPROVED, who, at, error);
}

gboolean
pd_settlement_store_reject (PdDatabase *db,
                            gint64      settlement_id,
                            const char *who,
                            gint64      at,
                            GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  return decide (db, settlement_id, PD_SETTLEMENT_STATE_REJECTED, who, at, error);
}
