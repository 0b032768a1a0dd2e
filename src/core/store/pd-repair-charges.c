// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-repair-store-private.h"

/* Charge lines and the quote of paid orders, and the warranty orders made from move-in
 * defects. */

void
pd_repair_charge_free (PdRepairCharge *charge)
{
  if (charge == NULL)
    return;
  g_free (charge->item);
  g_free (charge->unit);
  g_free (charge->approved_by);
  g_free (charge);
}

static PdRepairCharge *
charge_from_row (PdStmt *stmt)
{
  PdRepairCharge *c = g_new0 (PdRepairCharge, 1);

  c->id = sqlite3_column_int64 (stmt, 0);
  c->repair_id = sqlite3_column_int64 (stmt, 1);
  c->line_no = sqlite3_column_int (stmt, 2);
  c->price_item_id = sqlite3_column_int64 (stmt, 3);
  c->item = g_strdup (_pd_column_text (stmt, 4));
  c->unit = g_strdup (_pd_column_text (stmt, 5));
  c->quantity_milli = sqlite3_column_int64 (stmt, 6);
  c->unit_price_fen = sqlite3_column_int64 (stmt, 7);
  c->amount_fen = sqlite3_column_int64 (stmt, 8);
  c->manual = sqlite3_column_int (stmt, 9) != 0;
  c->approved_by = g_strdup (_pd_column_text (stmt, 10));
  c->approved_at = sqlite3_column_int64 (stmt, 11);
  return c;
}

#define CHARGE_SELECT                                                                   \
  "SELECT id, repair_id, line_no, price_item_id, item, unit, quantity_milli,"           \
  " unit_price_fen, amount_fen, manual, approved_by, approved_at FROM repair_charges"

static PdRepairCharge *
get_charge (PdDatabase  *db,
            gint64       charge_id,
            GError     **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, CHARGE_SELECT " WHERE id = ?1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, charge_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return charge_from_row (stmt);
  if (rc == SQLITE_DONE)
    _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND,
                   _("The charge line was not found; another user may have removed it."));
  else
    pd_database_set_error (db, rc, _("Could not read the charge line"), error);
  return NULL;
}

GPtrArray *
pd_repair_store_list_charges (PdDatabase *db,
                              gint64      repair_id,
                              GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                CHARGE_SELECT " WHERE repair_id = ?1"
                                                " ORDER BY line_no, id",
                                                error);
  g_autoptr(GPtrArray) list = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify)pd_repair_charge_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, charge_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the charge lines"), error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

gboolean
pd_repair_store_charges_total (PdDatabase *db,
                               gint64      repair_id,
                               gint64     *out_fen,
                               GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "SELECT coalesce (sum (amount_fen), 0)"
                                                " FROM repair_charges WHERE repair_id = ?1",
                                                error);
  int rc;

  g_return_val_if_fail (out_fen != NULL, FALSE);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return pd_database_set_error (db, rc, _("Could not read the charge lines"), error);
  *out_fen = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* May the lines of the order change? The rules, and not once the charge is on a bill. */
static gboolean
check_lines_editable (PdDatabase  *db,
                      gint64       repair_id,
                      PdRepairRow *row,
                      GError     **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  if (!_pd_repair_load_row (db, repair_id, row, error) ||
      !pd_repair_rules_check (&row->facts, PD_REPAIR_ACTION_EDIT_CHARGES, error))
    return FALSE;
  stmt = pd_database_prepare (db,
                              "SELECT 1 FROM pending_charges WHERE source = 'repair'"
                              " AND source_id = ?1 AND billed_at IS NOT NULL",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_STATE,
                              _("The charge of order %s is already on the occupant’s bill; its "
                                "lines can no longer change."), row->serial);
  if (rc != SQLITE_DONE)
    return pd_database_set_error (db, rc, _("Could not read the pending charges"), error);
  return TRUE;
}

/* A changed total is a new quote: the occupant has to accept it again. */
static gboolean
withdraw_quote (PdDatabase  *db,
                gint64       repair_id,
                GError     **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "UPDATE repairs SET quote_accepted_at = NULL,"
                                                " quote_accepted_by = '',"
                                                " updated_at = unixepoch () WHERE id = ?1",
                                                error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  return pd_database_step_done (db, stmt, error);
}

static gint64
insert_line (PdDatabase  *db,
             gint64       repair_id,
             gint64       price_item_id,
             const char  *item,
             const char  *unit,
             gint64       quantity_milli,
             gint64       unit_price_fen,
             GError     **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 amount;
  PdRepairRow row;

  if (!check_lines_editable (db, repair_id, &row, error))
    return 0;
  if (quantity_milli <= 0)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("The quantity of “%s” must be greater than 0."), item);
  if (unit_price_fen < 0)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("The unit price of “%s” cannot be negative."), item);
  if (!pd_repair_line_amount (quantity_milli, unit_price_fen, &amount, &local_error))
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD, _("%s: %s"), item,
                              local_error->message);

  stmt = pd_database_prepare (db,
                              "INSERT INTO repair_charges (repair_id, line_no, price_item_id,"
                              " item, unit, quantity_milli, unit_price_fen, amount_fen, manual)"
                              " SELECT ?1, coalesce (max (line_no), 0) + 1, nullif (?2, 0), ?3,"
                              " ?4, ?5, ?6, ?7, ?2 = 0"
                              " FROM repair_charges WHERE repair_id = ?1",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  sqlite3_bind_int64 (stmt, 2, price_item_id);
  sqlite3_bind_text (stmt, 3, item, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, unit != NULL ? unit : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, quantity_milli);
  sqlite3_bind_int64 (stmt, 6, unit_price_fen);
  sqlite3_bind_int64 (stmt, 7, amount);
  if (!pd_database_step_done (db, stmt, error))
    return 0;
  return pd_database_last_insert_id (db);
}

static gint64
add_line_tx (PdDatabase  *db,
             gint64       repair_id,
             gint64       price_item_id,
             const char  *item,
             const char  *unit,
             gint64       quantity_milli,
             gint64       unit_price_fen,
             GError     **error)
{
  gint64 id;

  if (!pd_database_begin (db, error))
    return 0;
  id = insert_line (db, repair_id, price_item_id, item, unit, quantity_milli, unit_price_fen,
                    error);
  if (id == 0 || !withdraw_quote (db, repair_id, error))
    {
      pd_database_rollback (db);
      return 0;
    }
  if (!pd_database_commit (db, error))
    return 0;
  return id;
}

gint64
pd_repair_store_add_charge_item (PdDatabase *db,
                                 gint64      repair_id,
                                 gint64      price_item_id,
                                 gint64      quantity_milli,
                                 GError    **error)
{
  g_autoptr(PdPriceItem) item = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), 0);

  item = pd_repair_settings_get_price_item (db, price_item_id, NULL);
  if (item == NULL)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("The price list item chosen no longer exists."));
  if (!item->active)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("The price list item %s (%s) is no longer offered."),
                              item->code, item->name);
  return add_line_tx (db, repair_id, item->id, item->name, item->unit, quantity_milli,
                      item->price_fen, error);
}

gint64
pd_repair_store_add_charge_manual (PdDatabase *db,
                                   gint64      repair_id,
                                   const char *item,
                                   const char *unit,
                                   gint64      quantity_milli,
                                   gint64      unit_price_fen,
                                   GError    **error)
{
  g_autofree char *name = _pd_strdup_trimmed (item);
  g_autofree char *uom = _pd_strdup_trimmed (unit);

  g_return_val_if_fail (PD_IS_DATABASE (db), 0);

  if (name == NULL)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("Name the item of a hand-priced charge line."));
  return add_line_tx (db, repair_id, 0, name, uom, quantity_milli, unit_price_fen, error);
}

static gboolean
approve_tx (PdDatabase  *db,
            gint64       charge_id,
            const char  *supervisor,
            gint64       at,
            GError     **error)
{
  g_autoptr(PdRepairCharge) charge = get_charge (db, charge_id, error);
  g_autoptr(PdStmt) stmt = NULL;
  PdRepairRow row;

  if (charge == NULL || !check_lines_editable (db, charge->repair_id, &row, error))
    return FALSE;
  if (!charge->manual)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_APPROVAL,
                              _("Line %d of order %s comes from the price list and needs no "
                                "approval."), charge->line_no, row.serial);
  if (charge->approved_at != 0)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_APPROVAL,
                              _("Line %d of order %s was already approved by %s."),
                              charge->line_no, row.serial, charge->approved_by);
  if (supervisor == NULL)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_APPROVAL,
                              _("Enter the supervisor who approves line %d of order %s."),
                              charge->line_no, row.serial);

  stmt = pd_database_prepare (db,
                              "UPDATE repair_charges SET approved_by = ?2, approved_at = ?3"
                              " WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, charge_id);
  sqlite3_bind_text (stmt, 2, supervisor, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, at != 0 ? at : _pd_now ());
  return pd_database_step_done (db, stmt, error);
}

gboolean
pd_repair_store_approve_charge (PdDatabase *db,
                                gint64      charge_id,
                                const char *supervisor,
                                gint64      at,
                                GError    **error)
{
  g_autofree char *name = _pd_strdup_trimmed (supervisor);

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (!pd_database_begin (db, error))
    return FALSE;
  if (!approve_tx (db, charge_id, name, at, error))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  return pd_database_commit (db, error);
}

static gboolean
remove_tx (PdDatabase  *db,
           gint64       charge_id,
           GError     **error)
{
  g_autoptr(PdRepairCharge) charge = get_charge (db, charge_id, error);
  g_autoptr(PdStmt) stmt = NULL;
  PdRepairRow row;

  if (charge == NULL || !check_lines_editable (db, charge->repair_id, &row, error))
    return FALSE;
  stmt = pd_database_prepare (db, "DELETE FROM repair_charges WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, charge_id);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, pd_stmt_release);

  stmt = pd_database_prepare (db,
                              "UPDATE repair_charges SET line_no = line_no - 1"
                              " WHERE repair_id = ?1 AND line_no > ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, charge->repair_id);
  sqlite3_bind_int (stmt, 2, charge->line_no);
  return pd_database_step_done (db, stmt, error) && withdraw_quote (db, charge->repair_id, error);
}

gboolean
pd_repair_store_remove_charge (PdDatabase *db,
                               gint64      charge_id,
                               GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (!pd_database_begin (db, error))
    return FALSE;
  if (!remove_tx (db, charge_id, error))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  return pd_database_commit (db, error);
}

static gboolean
accept_quote_tx (PdDatabase  *db,
                 gint64       repair_id,
                 const char  *by,
                 gint64       at,
                 GError     **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  PdRepairRow row;

  if (!_pd_repair_load_row (db, repair_id, &row, error) ||
      !pd_repair_rules_check (&row.facts, PD_REPAIR_ACTION_ACCEPT_QUOTE, error))
    return FALSE;
  if (by == NULL)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_QUOTE,
                              _("Enter who accepted the quote of order %s."), row.serial);

  stmt = pd_database_prepare (db,
                              "UPDATE repairs SET quote_accepted_at = ?2, quote_accepted_by = ?3,"
                              " updated_at = unixepoch () WHERE id = ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  sqlite3_bind_int64 (stmt, 2, at != 0 ? at : _pd_now ());
  sqlite3_bind_text (stmt, 3, by, -1, SQLITE_TRANSIENT);
  return pd_database_step_done (db, stmt, error);
}

gboolean
pd_repair_store_accept_quote (PdDatabase *db,
                              gint64      repair_id,
                              const char *by,
                              gint64      at,
                              GError    **error)
{
  g_autofree char *name = _pd_strdup_trimmed (by);

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (!pd_database_begin (db, error))
    return FALSE;
  if (!accept_quote_tx (db, repair_id, name, at, error))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  return pd_database_commit (db, error);
}
