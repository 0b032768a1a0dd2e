// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-store-private.h"
#include "pd-repair-store-private.h"

/* The subject-independent part of callbacks: the table, the registry of subject classes, the
 * queue and the KPIs. */

static const PdCallbackSubjectClass *classes[PD_CALLBACK_N_SUBJECTS];

static const char *subject_codes[] = { "repair", "complaint" };
static const char *method_codes[] = { "onsite", "phone" };
/* "On site" is also a state of an order (已到场); as a way of calling back it is 上门. */
static const char *method_labels[] = { NC_("callback method", "On site"),
                                       NC_("callback method", "Phone") };
G_STATIC_ASSERT (G_N_ELEMENTS (subject_codes) == PD_CALLBACK_N_SUBJECTS);

const char *
pd_callback_subject_to_code (PdCallbackSubject subject)
{
  g_return_val_if_fail ((guint)subject < G_N_ELEMENTS (subject_codes), NULL);
  return subject_codes[subject];
}

gboolean
pd_callback_subject_from_code (const char        *code,
                               PdCallbackSubject *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (subject_codes); i++)
    if (g_strcmp0 (code, subject_codes[i]) == 0)
      {
        if (out != NULL)
          *out = (PdCallbackSubject)i;
        return TRUE;
      }
  return FALSE;
}

const char *
pd_callback_method_to_code (PdCallbackMethod method)
{
  g_return_val_if_fail ((guint)method < G_N_ELEMENTS (method_codes), NULL);
  return method_codes[method];
}

gboolean
pd_callback_method_from_code (const char       *code,
                              PdCallbackMethod *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (method_codes); i++)
    if (g_strcmp0 (code, method_codes[i]) == 0)
      {
        if (out != NULL)
          *out = (PdCallbackMethod)i;
        return TRUE;
      }
  return FALSE;
}

const char *
pd_callback_method_to_label (PdCallbackMethod method)
{
  g_return_val_if_fail ((guint)method < G_N_ELEMENTS (method_labels), "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "callback method", method_labels[method]);
}

void
pd_callback_free (PdCallback *callback)
{
  if (callback == NULL)
    return;
  g_free (callback->staff);
  g_free (callback->remarks);
  g_free (callback);
}

void
pd_callback_due_free (PdCallbackDue *due)
{
  if (due == NULL)
    return;
  g_free (due->serial);
  g_free (due->unit_label);
  g_free (due->contact);
  g_free (due->contact_phone);
  g_free (due->summary);
  g_free (due);
}

void
pd_callback_store_register (const PdCallbackSubjectClass *klass)
{
  g_return_if_fail (klass != NULL);
  g_return_if_fail ((guint)klass->subject < PD_CALLBACK_N_SUBJECTS);
  g_return_if_fail (klass->check != NULL && klass->apply != NULL);

  classes[klass->subject] = klass;
}

static const PdCallbackSubjectClass *
lookup_class (PdCallbackSubject subject,
              GError          **error)
{
  const PdCallbackSubjectClass *klass = NULL;

  if ((guint)subject < PD_CALLBACK_N_SUBJECTS)
    {
      /* The office's own kinds of work are always known; others may register. */
      if (subject == PD_CALLBACK_SUBJECT_REPAIR && classes[subject] == NULL)
        classes[subject] = _pd_callback_repair_class ();
      if (subject == PD_CALLBACK_SUBJECT_COMPLAINT && classes[subject] == NULL)
        classes[subject] = _pd_callback_complaint_class ();
      klass = classes[subject];
    }
  if (klass == NULL)
    _pd_db_refuse (error, PD_DB_ERROR_INVALID,
                   _("Callbacks for this kind of record are not available."));
  return klass;
}

static gint64
record_tx (PdDatabase                   *db,
           const PdCallbackSubjectClass *klass,
           const PdCallbackRecord       *record,
           gint64                       *out_linked_id,
           GError                      **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  gint64 id;

  if (!klass->check (db, record, error))
    return 0;
  stmt = pd_database_prepare (db,
                              "INSERT INTO callbacks (subject, subject_id, method, called_at,"
                              " staff, satisfied, remarks, recorded_at)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                              error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, pd_callback_subject_to_code (record->subject), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, record->subject_id);
  sqlite3_bind_text (stmt, 3, pd_callback_method_to_code (record->method), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, record->called_at);
  sqlite3_bind_text (stmt, 5, record->staff, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, record->satisfied ? 1 : 0);
  sqlite3_bind_text (stmt, 7, record->remarks != NULL ? record->remarks : "", -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 8, _pd_now ());
  if (!pd_database_step_done (db, stmt, error))
    return 0;
  id = pd_database_last_insert_id (db);
  if (!klass->apply (db, record, out_linked_id, error))
    return 0;
  return id;
}

gint64
pd_callback_store_record (PdDatabase             *db,
                          const PdCallbackRecord *record,
                          gint64                 *out_linked_id,
                          GError                **error)
{
  const PdCallbackSubjectClass *klass;
  g_autofree char *staff = NULL;
  g_autofree char *remarks = NULL;
  PdCallbackRecord clean;
  gint64 linked = 0;
  gint64 id;

  g_return_val_if_fail (PD_IS_DATABASE (db), 0);
  g_return_val_if_fail (record != NULL, 0);

  klass = lookup_class (record->subject, error);
  if (klass == NULL)
    return 0;
  clean = *record;
  staff = _pd_strdup_trimmed (record->staff);
  remarks = _pd_strdup_trimmed (record->remarks);
  clean.staff = staff;
  clean.remarks = remarks;
  if (clean.called_at == 0)
    clean.called_at = _pd_now ();
  if (staff == NULL)
    return _pd_db_refuse (error, PD_DB_ERROR_INVALID, _("Enter who made the callback."));
  if ((guint)clean.method > PD_CALLBACK_METHOD_PHONE)
    return _pd_db_refuse (error, PD_DB_ERROR_INVALID,
                          _("Choose how the callback was made: on site or by phone."));

  if (!pd_database_begin (db, error))
    return 0;
  id = record_tx (db, klass, &clean, &linked, error);
  if (id == 0)
    {
      pd_database_rollback (db);
      return 0;
    }
  if (!pd_database_commit (db, error))
    return 0;
  if (out_linked_id != NULL)
    *out_linked_id = linked;
  return id;
}

GPtrArray *
pd_callback_store_list (PdDatabase        *db,
                        PdCallbackSubject  subject,
                        gint64             subject_id,
                        GError           **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail ((guint)subject < PD_CALLBACK_N_SUBJECTS, NULL);

  stmt = pd_database_prepare (db,
                              "SELECT id, method, called_at, staff, satisfied, remarks,"
                              " recorded_at FROM callbacks WHERE subject = ?1"
                              " AND subject_id = ?2 ORDER BY called_at, id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, pd_callback_subject_to_code (subject), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, subject_id);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify)pd_callback_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PdCallback *c = g_new0 (PdCallback, 1);

      c->id = sqlite3_column_int64 (stmt, 0);
      c->subject = subject;
      c->subject_id = subject_id;
      pd_callback_method_from_code (_pd_column_text (stmt, 1), &c->method);
      c->called_at = sqlite3_column_int64 (stmt, 2);
      c->staff = g_strdup (_pd_column_text (stmt, 3));
      c->satisfied = sqlite3_column_int (stmt, 4) != 0;
      c->remarks = g_strdup (_pd_column_text (stmt, 5));
      c->recorded_at = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (list, c);
    }
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the callbacks"), error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

GPtrArray *
pd_callback_store_queue (PdDatabase        *db,
                         PdCallbackSubject  subject,
                         GError           **error)
{
  const PdCallbackSubjectClass *klass;
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  klass = lookup_class (subject, error);
  if (klass == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify)pd_callback_due_free);
  if (klass->queue != NULL && !klass->queue (db, list, error))
    return NULL;
  return g_steal_pointer (&list);
}

gboolean
pd_callback_store_kpis (PdDatabase        *db,
                        PdCallbackSubject  subject,
                        gint64             from,
                        gint64             to,
                        PdCallbackKpis    *out,
                        GError           **error)
{
  const PdCallbackSubjectClass *klass;
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  klass = lookup_class (subject, error);
  if (klass == NULL)
    return FALSE;
  memset (out, 0, sizeof *out);
  if (klass->count != NULL && !klass->count (db, from, to, out, error))
    return FALSE;

  stmt = pd_database_prepare (db,
                              "SELECT count (*), coalesce (sum (method = 'onsite'), 0),"
                              " coalesce (sum (satisfied <> 0), 0) FROM callbacks"
                              " WHERE subject = ?1 AND called_at >= ?2 AND called_at < ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, pd_callback_subject_to_code (subject), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, from);
  sqlite3_bind_int64 (stmt, 3, to);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return pd_database_set_error (db, rc, _("Could not count the callbacks"), error);
  out->callbacks = sqlite3_column_int64 (stmt, 0);
  out->onsite = sqlite3_column_int64 (stmt, 1);
  out->satisfied = sqlite3_column_int64 (stmt, 2);

  out->callback_rate_permille = pd_repair_kpi_callback_rate (out->called_back, out->completed);
  out->onsite_share_permille = pd_repair_kpi_onsite_share (out->onsite, out->callbacks);
  out->satisfaction_permille = pd_repair_kpi_satisfaction (out->satisfied, out->callbacks);
  return TRUE;
}
