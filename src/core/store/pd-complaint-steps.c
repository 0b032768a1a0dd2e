// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-store-private.h"

/* The steps of a complaint after registration. Each loads the case, asks the rules, checks the
 * time and writes one UPDATE, all in one transaction. */

typedef struct
{
  PdComplaintRow row;
  gint64         at;
} Step;

/* Begins the transaction, loads the case and checks the action; on FALSE nothing is open. */
static gboolean
step_begin (PdDatabase        *db,
            gint64             complaint_id,
            PdComplaintAction  action,
            gint64             at,
            Step              *step,
            GError           **error)
{
  step->at = at != 0 ? at : _pd_now ();
  if (!pd_database_begin (db, error))
    return FALSE;
  if (!_pd_complaint_load_row (db, complaint_id, &step->row, error) ||
      !pd_complaint_rules_check (&step->row.facts, action, error))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/* Runs the UPDATE and commits, or rolls back. */
static gboolean
step_finish (PdDatabase  *db,
             PdStmt      *stmt,
             GError     **error)
{
  if (stmt == NULL ||
      !_pd_step_changed (db, stmt, _("The complaint was not found."), error))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  return pd_database_commit (db, error);
}

static gboolean
step_fail (PdDatabase *db)
{
  pd_database_rollback (db);
  return FALSE;
}

/* A required name or text; the message names the case. */
static gboolean
require (const char  *value,
         const char  *serial,
         const char  *what,
         GError     **error)
{
  if (value != NULL)
    return TRUE;
  /* TRANSLATORS: the second %s says what is missing, e.g. "who decided whether the complaint
   * is valid". */
  return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD, _("Complaint %s: enter %s."),
                               serial, what);
}

gboolean
pd_complaint_store_decide (PdDatabase *db,
                           gint64      complaint_id,
                           gboolean    valid,
                           const char *note,
                           const char *by,
                           gint64      at,
                           GError    **error)
{
  g_autofree char *clean_note = _pd_strdup_trimmed (note);
  g_autofree char *clean_by = _pd_strdup_trimmed (by);
  g_autoptr(PdStmt) stmt = NULL;
  PdComplaintState next;
  Step s;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (!step_begin (db, complaint_id, PD_COMPLAINT_ACTION_DECIDE, at, &s, error))
    return FALSE;
  if (!require (clean_by, s.row.serial, _("who decided whether the complaint is valid"), error) ||
      (!valid && !require (clean_note, s.row.serial,
                           _("the explanation given to the occupant of why it is not a valid "
                             "complaint"), error)) ||
      !_pd_complaint_check_time (&s.row, s.at, 0, NULL, error))
    return step_fail (db);

  next = pd_complaint_rules_next_state (s.row.facts.state, PD_COMPLAINT_ACTION_DECIDE, valid);
  stmt = pd_database_prepare (db,
                              "UPDATE complaints SET valid = ?2, validity_note = ?3,"
                              " decided_by = ?4, decided_at = ?5, state = ?6,"
                              " updated_at = unixepoch () WHERE id = ?1",
                              error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, complaint_id);
      sqlite3_bind_int (stmt, 2, valid ? 1 : 0);
      sqlite3_bind_text (stmt, 3, clean_note != NULL ? clean_note : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, clean_by, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 5, s.at);
      sqlite3_bind_text (stmt, 6, pd_complaint_state_to_code (next), -1, SQLITE_STATIC);
    }
  return step_finish (db, stmt, error);
}

/* The department of a dispatch: the one given, else the category's; it must be active. */
static gboolean
resolve_department (PdDatabase                *db,
                    const PdComplaintRow      *row,
                    const PdComplaintCategory *category,
                    gint64                     department_id,
                    gint64                    *out,
                    GError                   **error)
{
  g_autoptr(PdDepartment) department = NULL;

  if (department_id == 0)
    department_id = category->department_id;
  if (department_id == 0)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Complaint %s: choose the department responsible; the "
                                   "category “%s” has no default department."),
                                 row->serial, category->name);
  department = pd_repair_settings_get_department (db, department_id, NULL);
  if (department == NULL)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Complaint %s: the department chosen was not found."),
                                 row->serial);
  if (!department->active)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Complaint %s: the department “%s” is no longer used; choose "
                                   "another."), row->serial, department->name);
  *out = department_id;
  return TRUE;
}

/* A deadline set by hand must come after the registration. */
static gboolean
check_deadline (const PdComplaintRow *row,
                gint64                deadline_at,
                GError              **error)
{
  g_autofree char *d = NULL;
  g_autofree char *r = NULL;

  if (deadline_at == 0 || deadline_at > row->received_at)
    return TRUE;
  d = _pd_format_time (deadline_at);
  r = _pd_format_time (row->received_at);
  return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_TIME,
                               _("Complaint %s: the deadline %s must be after the registration "
                                 "at %s."), row->serial, d, r);
}

gboolean
pd_complaint_store_dispatch (PdDatabase                *db,
                             gint64                     complaint_id,
                             const PdComplaintDispatch *dispatch,
                             GError                   **error)
{
  g_autoptr(PdComplaintCategory) category = NULL;
  g_autofree char *clean_by = NULL;
  g_autofree char *responsible = NULL;
  g_autoptr(PdStmt) stmt = NULL;
  gint64 department_id = 0;
  Step s;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (dispatch != NULL, FALSE);

  clean_by = _pd_strdup_trimmed (dispatch->by);
  responsible = _pd_strdup_trimmed (dispatch->responsible);
  if (!step_begin (db, complaint_id, PD_COMPLAINT_ACTION_DISPATCH, dispatch->at, &s, error))
    return FALSE;
  category = pd_complaint_settings_get_category (db, s.row.category_id, error);
  if (category == NULL ||
      !require (clean_by, s.row.serial, _("who dispatched the complaint"), error) ||
      !resolve_department (db, &s.row, category, dispatch->department_id, &department_id,
                           error) ||
      !check_deadline (&s.row, dispatch->deadline_at, error) ||
      !_pd_complaint_check_time (&s.row, s.at, 0, NULL, error))
    return step_fail (db);
  /* The category's desk (信报室 for mail) when the dispatcher names nobody. */
  if (responsible == NULL && department_id == category->department_id)
    responsible = g_strdup (category->default_responsible);

  stmt = pd_database_prepare (db,
    "UPDATE complaints SET state = 'dispatched', department_id = ?2, responsible = ?3,"
    " dispatched_by = ?4, dispatched_at = ?5,"
    " deadline_at = CASE WHEN ?6 <> 0 THEN ?6 ELSE deadline_at END,"
    " deadline_fixed = deadline_fixed OR ?6 <> 0,"
    " serious_at = CASE WHEN ?7 AND NOT serious THEN ?5 ELSE serious_at END,"
    " serious = serious OR ?7, updated_at = unixepoch () WHERE id = ?1",
    error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, complaint_id);
      sqlite3_bind_int64 (stmt, 2, department_id);
      sqlite3_bind_text (stmt, 3, responsible != NULL ? responsible : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, clean_by, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 5, s.at);
      sqlite3_bind_int64 (stmt, 6, dispatch->deadline_at);
      sqlite3_bind_int (stmt, 7, dispatch->serious ? 1 : 0);
    }
  return step_finish (db, stmt, error);
}

gboolean
pd_complaint_store_set_serious (PdDatabase *db,
                                gint64      complaint_id,
                                gboolean    serious,
                                GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  Step s;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (!step_begin (db, complaint_id, PD_COMPLAINT_ACTION_MARK_SERIOUS, 0, &s, error))
    return FALSE;
  stmt = pd_database_prepare (db,
                              "UPDATE complaints SET"
                              " serious_at = CASE WHEN ?2 AND NOT serious THEN ?3"
                              "   WHEN NOT ?2 THEN NULL ELSE serious_at END,"
                              " serious = ?2, updated_at = unixepoch () WHERE id = ?1",
                              error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, complaint_id);
      sqlite3_bind_int (stmt, 2, serious ? 1 : 0);
      sqlite3_bind_int64 (stmt, 3, MAX (s.at, s.row.received_at));
    }
  return step_finish (db, stmt, error);
}

gboolean
pd_complaint_store_manager_direct (PdDatabase *db,
                                   gint64      complaint_id,
                                   const char *person,
                                   const char *measures,
                                   gint64      deadline_at,
                                   const char *manager,
                                   gint64      at,
                                   GError    **error)
{
  g_autofree char *clean_person = _pd_strdup_trimmed (person);
  g_autofree char *clean_measures = _pd_strdup_trimmed (measures);
  g_autofree char *clean_manager = _pd_strdup_trimmed (manager);
  g_autoptr(PdStmt) stmt = NULL;
  Step s;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (!step_begin (db, complaint_id, PD_COMPLAINT_ACTION_MANAGER_DIRECT, at, &s, error))
    return FALSE;
  if (!require (clean_person, s.row.serial, _("the person responsible named by the manager"),
                error) ||
      !require (clean_measures, s.row.serial, _("the measures the manager decided"), error) ||
      !require (clean_manager, s.row.serial, _("the manager’s name"), error) ||
      !check_deadline (&s.row, deadline_at, error) ||
      !_pd_complaint_check_time (&s.row, s.at, 0, NULL, error))
    return step_fail (db);

  stmt = pd_database_prepare (db,
    "UPDATE complaints SET manager_person = ?2, manager_measures = ?3, manager_by = ?4,"
    " manager_at = ?5, deadline_at = CASE WHEN ?6 <> 0 THEN ?6 ELSE deadline_at END,"
    " deadline_fixed = deadline_fixed OR ?6 <> 0, updated_at = unixepoch () WHERE id = ?1",
    error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, complaint_id);
      sqlite3_bind_text (stmt, 2, clean_person, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, clean_measures, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, clean_manager, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 5, s.at);
      sqlite3_bind_int64 (stmt, 6, deadline_at);
    }
  return step_finish (db, stmt, error);
}

gboolean
pd_complaint_store_record_feedback (PdDatabase *db,
                                    gint64      complaint_id,
                                    const char *by,
                                    const char *note,
                                    gint64      at,
                                    GError    **error)
{
  g_autofree char *clean_by = _pd_strdup_trimmed (by);
  g_autofree char *clean_note = _pd_strdup_trimmed (note);
  g_autoptr(PdStmt) stmt = NULL;
  Step s;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (!step_begin (db, complaint_id, PD_COMPLAINT_ACTION_FEEDBACK, at, &s, error))
    return FALSE;
  /* The report's feedback box is printed from the note, and feedback is given once: an empty
   * one could never be corrected. */
  if (!require (clean_note, s.row.serial, _("what was said to the occupant"), error) ||
      !require (clean_by, s.row.serial, _("who gave the feedback to the occupant"), error) ||
      !_pd_complaint_check_time (&s.row, s.at, 0, NULL, error))
    return step_fail (db);

  stmt = pd_database_prepare (db,
                              "UPDATE complaints SET feedback_at = ?2, feedback_by = ?3,"
                              " feedback_note = ?4, updated_at = unixepoch () WHERE id = ?1",
                              error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, complaint_id);
      sqlite3_bind_int64 (stmt, 2, s.at);
      sqlite3_bind_text (stmt, 3, clean_by, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, clean_note, -1, SQLITE_TRANSIENT);
    }
  return step_finish (db, stmt, error);
}

gboolean
pd_complaint_store_record_result (PdDatabase *db,
                                  gint64      complaint_id,
                                  const char *action,
                                  const char *result,
                                  const char *by,
                                  gint64      at,
                                  GError    **error)
{
  g_autofree char *clean_action = _pd_strdup_trimmed (action);
  g_autofree char *clean_result = _pd_strdup_trimmed (result);
  g_autofree char *clean_by = _pd_strdup_trimmed (by);
  g_autoptr(PdStmt) stmt = NULL;
  Step s;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (!step_begin (db, complaint_id, PD_COMPLAINT_ACTION_RESULT, at, &s, error))
    return FALSE;
  if (!require (clean_action, s.row.serial, _("the action the department took"), error) ||
      !require (clean_result, s.row.serial, _("the result of the handling"), error) ||
      !require (clean_by, s.row.serial, _("who in the department handled it"), error) ||
      !_pd_complaint_check_time (&s.row, s.at, s.row.dispatched_at, _("the dispatch"), error))
    return step_fail (db);

  stmt = pd_database_prepare (db,
                              "UPDATE complaints SET state = 'handled', department_action = ?2,"
                              " department_result = ?3, handled_by = ?4, handled_at = ?5,"
                              " updated_at = unixepoch () WHERE id = ?1",
                              error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, complaint_id);
      sqlite3_bind_text (stmt, 2, clean_action, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, clean_result, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, clean_by, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 5, s.at);
    }
  return step_finish (db, stmt, error);
}

gint64
pd_complaint_store_record_callback (PdDatabase       *db,
                                    gint64            complaint_id,
                                    PdCallbackMethod  method,
                                    const char       *staff,
                                    gboolean          satisfied,
                                    const char       *remarks,
                                    gint64            at,
                                    GError          **error)
{
  PdCallbackRecord record = {
    .subject = PD_CALLBACK_SUBJECT_COMPLAINT,
    .subject_id = complaint_id,
    .method = method,
    .called_at = at,
    .staff = staff,
    .satisfied = satisfied,
    .remarks = remarks,
    .follow_up = PD_CALLBACK_REOPEN,
  };

  g_return_val_if_fail (PD_IS_DATABASE (db), 0);

  return pd_callback_store_record (db, &record, NULL, error);
}

gboolean
pd_complaint_store_sign_off (PdDatabase *db,
                             gint64      complaint_id,
                             const char *manager,
                             gint64      at,
                             GError    **error)
{
  g_autofree char *clean_manager = _pd_strdup_trimmed (manager);
  g_autoptr(PdStmt) stmt = NULL;
  Step s;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (!step_begin (db, complaint_id, PD_COMPLAINT_ACTION_SIGN_OFF, at, &s, error))
    return FALSE;
  if (!require (clean_manager, s.row.serial, _("the name of the manager who signs"), error) ||
      !_pd_complaint_check_time (&s.row, s.at, s.row.handled_at, _("the department’s result"),
                                 error))
    return step_fail (db);

  stmt = pd_database_prepare (db,
                              "UPDATE complaints SET state = 'signed_off', signed_off_by = ?2,"
                              " signed_off_at = ?3, updated_at = unixepoch () WHERE id = ?1",
                              error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, complaint_id);
      sqlite3_bind_text (stmt, 2, clean_manager, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, s.at);
    }
  return step_finish (db, stmt, error);
}

gboolean
pd_complaint_store_archive (PdDatabase *db,
                            gint64      complaint_id,
                            const char *by,
                            gint64      at,
                            GError    **error)
{
  g_autofree char *clean_by = _pd_strdup_trimmed (by);
  g_autoptr(PdStmt) stmt = NULL;
  Step s;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  if (!step_begin (db, complaint_id, PD_COMPLAINT_ACTION_ARCHIVE, at, &s, error))
    return FALSE;
  if (!require (clean_by, s.row.serial, _("who archived the complaint"), error) ||
      !_pd_complaint_check_time (&s.row, s.at, 0, NULL, error))
    return step_fail (db);

  stmt = pd_database_prepare (db,
                              "UPDATE complaints SET state = 'archived', archived_by = ?2,"
                              " archived_at = ?3, updated_at = unixepoch () WHERE id = ?1",
                              error);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, complaint_id);
      sqlite3_bind_text (stmt, 2, clean_by, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, s.at);
    }
  return step_finish (db, stmt, error);
}
