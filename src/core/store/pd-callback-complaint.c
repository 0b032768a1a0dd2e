// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-store-private.h"

/* What a callback means for a complaint: only after the department's result; satisfied moves
 * the case on to the manager's sign-off, unsatisfied sends it back to the department (the
 * same case, reopened), and another callback falls due once a new result is recorded. Phone and
 * on-site callbacks are both accepted. */

static gboolean
complaint_check (PdDatabase             *db,
                 const PdCallbackRecord *record,
                 GError                **error)
{
  PdComplaintRow row;

  if (!_pd_complaint_load_row (db, record->subject_id, &row, error) ||
      !pd_complaint_rules_check (&row.facts, PD_COMPLAINT_ACTION_CALLBACK, error))
    return FALSE;
  if (record->called_at < row.handled_at)
    {
      g_autofree char *a = _pd_format_time (record->called_at);
      g_autofree char *b = _pd_format_time (row.handled_at);
      return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_TIME,
                                   _("Complaint %s: the callback time %s is before the "
                                     "department’s result at %s."), row.serial, a, b);
    }
  return TRUE;
}

static gboolean
complaint_apply (PdDatabase             *db,
                 const PdCallbackRecord *record,
                 gint64                 *out_linked_id,
                 GError                **error)
{
  /* Unsatisfied: the result is withdrawn (its time cleared, so the handling clock runs again
   * against the committed deadline) and the texts stay for the department to rewrite. Either
   * way of following up an unsatisfied callback reopens the same case: a complaint has no
   * linked cases. */
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
    "UPDATE complaints SET"
    " state = CASE WHEN ?2 THEN 'called_back' ELSE 'dispatched' END,"
    " called_back_at = CASE WHEN ?2 THEN ?3 ELSE NULL END,"
    " called_back_by = CASE WHEN ?2 THEN ?4 ELSE '' END,"
    " handled_at = CASE WHEN ?2 THEN handled_at ELSE NULL END,"
    " reopened_count = reopened_count + (CASE WHEN ?2 THEN 0 ELSE 1 END),"
    " updated_at = unixepoch () WHERE id = ?1 AND state = 'handled'",
    error);

  *out_linked_id = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, record->subject_id);
  sqlite3_bind_int (stmt, 2, record->satisfied ? 1 : 0);
  sqlite3_bind_int64 (stmt, 3, record->called_at);
  sqlite3_bind_text (stmt, 4, record->staff, -1, SQLITE_TRANSIENT);
  return _pd_step_changed (db, stmt, _("The complaint was not found."), error);
}

static gboolean
complaint_queue (PdDatabase  *db,
                 GPtrArray   *out,
                 GError     **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
    "SELECT k.id, k.serial, b.name, u.number, k.complainant, k.phone, c.name, k.content,"
    " k.handled_at, k.reopened_count"
    " FROM complaints k JOIN complaint_categories c ON c.id = k.category_id"
    " LEFT JOIN units u ON u.id = k.unit_id LEFT JOIN buildings b ON b.id = u.building_id"
    " WHERE k.state = 'handled' ORDER BY k.handled_at, k.id",
    error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PdCallbackDue *due = g_new0 (PdCallbackDue, 1);
      const char *number = _pd_column_text (stmt, 3);

      due->subject = PD_CALLBACK_SUBJECT_COMPLAINT;
      due->subject_id = sqlite3_column_int64 (stmt, 0);
      due->serial = g_strdup (_pd_column_text (stmt, 1));
      due->unit_label = *number != '\0'
                          ? g_strdup_printf ("%s %s", _pd_column_text (stmt, 2), number)
                          : g_strdup ("");
      due->contact = g_strdup (_pd_column_text (stmt, 4));
      due->contact_phone = g_strdup (_pd_column_text (stmt, 5));
      due->summary = g_strdup_printf ("%s：%s", _pd_column_text (stmt, 6),
                                      _pd_column_text (stmt, 7));
      due->completed_at = sqlite3_column_int64 (stmt, 8);
      due->onsite_required = FALSE;
      due->reopened_count = sqlite3_column_int (stmt, 9);
      g_ptr_array_add (out, due);
    }
  if (rc != SQLITE_DONE)
    return pd_database_set_error (db, rc, _("Could not read the callback queue"), error);
  return TRUE;
}

static gboolean
complaint_count (PdDatabase     *db,
                 gint64          from,
                 gint64          to,
                 PdCallbackKpis *out,
                 GError        **error)
{
  /* Cases whose result was recorded in the period; a reopened case counts once its new result
   * is recorded. */
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
    "SELECT count (*), coalesce (sum (state IN ('called_back', 'signed_off', 'archived')), 0)"
    " FROM complaints WHERE handled_at >= ?1 AND handled_at < ?2"
    " AND state IN ('handled', 'called_back', 'signed_off', 'archived')",
    error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return pd_database_set_error (db, rc, _("Could not count the handled complaints"), error);
  out->completed = sqlite3_column_int64 (stmt, 0);
  out->called_back = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

static const PdCallbackSubjectClass complaint_class = {
  .subject = PD_CALLBACK_SUBJECT_COMPLAINT,
  .check = complaint_check,
  .apply = complaint_apply,
  .queue = complaint_queue,
  .count = complaint_count,
};

const PdCallbackSubjectClass *
_pd_callback_complaint_class (void)
{
  return &complaint_class;
}
