// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-store-private.h"

/* Complaints: the row mapping, registration and its corrections. The later steps are in
 * pd-complaint-steps.c, the list queries in pd-complaint-query.c. */

static const PdColumn complaint_columns[] = {
  { "k.id", "id", 0 },
  { "k.serial", "serial", 0 },
  { "k.contact_id", "contact-id", 0 },
  { "k.complainant", "complainant", 0 },
  { "k.unit_id", "unit-id", 0 },
  { "k.occupant_id", "occupant-id", 0 },
  { "k.phone", "phone", 0 },
  { "k.channel", "channel", PD_COLUMN_CHANNEL },
  { "k.content", "content", 0 },
  { "k.received_at", "received-at", 0 },
  { "k.category_id", "category-id", 0 },
  { "k.recorder", "recorder", 0 },
  { "k.heard_clear", "heard-clear", 0 },
  { "k.asked_clear", "asked-clear", 0 },
  { "k.repeated_clear", "repeated-clear", 0 },
  { "k.recorded_clear", "recorded-clear", 0 },
  { "k.valid", "valid", PD_COLUMN_VALID },
  { "k.validity_note", "validity-note", 0 },
  { "k.decided_by", "decided-by", 0 },
  { "k.decided_at", "decided-at", 0 },
  { "k.department_id", "department-id", 0 },
  { "k.responsible", "responsible", 0 },
  { "k.deadline_at", "deadline-at", 0 },
  { "k.dispatched_at", "dispatched-at", 0 },
  { "k.dispatched_by", "dispatched-by", 0 },
  { "k.serious", "serious", 0 },
  { "k.manager_person", "manager-person", 0 },
  { "k.manager_measures", "manager-measures", 0 },
  { "k.manager_by", "manager-by", 0 },
  { "k.manager_at", "manager-at", 0 },
  { "k.feedback_at", "feedback-at", 0 },
  { "k.feedback_by", "feedback-by", 0 },
  { "k.feedback_note", "feedback-note", 0 },
  { "k.department_action", "department-action", 0 },
  { "k.department_result", "department-result", 0 },
  { "k.handled_by", "handled-by", 0 },
  { "k.handled_at", "handled-at", 0 },
  { "k.called_back_at", "called-back-at", 0 },
  { "k.called_back_by", "called-back-by", 0 },
  { "k.reopened_count", "reopened-count", 0 },
  { "k.signed_off_by", "signed-off-by", 0 },
  { "k.signed_off_at", "signed-off-at", 0 },
  { "k.archived_by", "archived-by", 0 },
  { "k.archived_at", "archived-at", 0 },
  { "k.state", "state", PD_COLUMN_STATE },
  { "k.updated_at", "updated-at", 0 },
  { "t.serial", "contact-serial", 0 },
  { "c.name", "category-name", 0 },
  { "d.name", "department-name", 0 },
  { "b.name", "building-name", 0 },
  { "u.number", "unit-number", 0 },
  { "o.name", "occupant-name", 0 },
};

const char *
_pd_complaint_select_sql (void)
{
  /* GLib 2.74 has no g_once_init_enter_pointer(): the pointer travels as a gsize. */
  static gsize sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, (gsize)_pd_columns_select (complaint_columns,
      G_N_ELEMENTS (complaint_columns),
      " FROM complaints k JOIN complaint_categories c ON c.id = k.category_id"
      " LEFT JOIN contacts t ON t.id = k.contact_id"
      " LEFT JOIN departments d ON d.id = k.department_id"
      " LEFT JOIN units u ON u.id = k.unit_id LEFT JOIN buildings b ON b.id = u.building_id"
      " LEFT JOIN occupants o ON o.id = k.occupant_id "));
  return (const char *)sql;
}

PdComplaint *
_pd_complaint_from_row (PdStmt *stmt)
{
  PdComplaint *complaint = pd_complaint_new ();

  _pd_columns_fill (G_OBJECT (complaint), stmt, complaint_columns,
                    G_N_ELEMENTS (complaint_columns));
  return complaint;
}

gboolean
_pd_complaint_load_row (PdDatabase     *db,
                        gint64          complaint_id,
                        PdComplaintRow *out,
                        GError        **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
    "SELECT serial, state, valid, serious, manager_at IS NOT NULL, feedback_at IS NOT NULL,"
    " received_at, deadline_at, deadline_fixed, dispatched_at, handled_at, feedback_at,"
    " category_id, department_id, contact_id FROM complaints WHERE id = ?1",
    error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, complaint_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND,
                          _("The complaint was not found; another user may have deleted it."));
  if (rc != SQLITE_ROW)
    return pd_database_set_error (db, rc, _("Could not read the complaint"), error);

  memset (out, 0, sizeof *out);
  g_strlcpy (out->serial, _pd_column_text (stmt, 0), sizeof out->serial);
  out->facts.serial = out->serial;
  pd_complaint_state_from_code (_pd_column_text (stmt, 1), &out->facts.state);
  if (sqlite3_column_type (stmt, 2) == SQLITE_NULL)
    out->facts.valid = PD_COMPLAINT_VALIDITY_UNDECIDED;
  else
    out->facts.valid = sqlite3_column_int (stmt, 2) ? PD_COMPLAINT_VALIDITY_VALID
                                                    : PD_COMPLAINT_VALIDITY_INVALID;
  out->facts.serious = sqlite3_column_int (stmt, 3) != 0;
  out->facts.manager_directed = sqlite3_column_int (stmt, 4) != 0;
  out->facts.feedback_given = sqlite3_column_int (stmt, 5) != 0;
  out->received_at = sqlite3_column_int64 (stmt, 6);
  out->deadline_at = sqlite3_column_int64 (stmt, 7);
  out->deadline_fixed = sqlite3_column_int (stmt, 8) != 0;
  out->dispatched_at = sqlite3_column_int64 (stmt, 9);
  out->handled_at = sqlite3_column_int64 (stmt, 10);
  out->feedback_at = sqlite3_column_int64 (stmt, 11);
  out->category_id = sqlite3_column_int64 (stmt, 12);
  out->department_id = sqlite3_column_int64 (stmt, 13);
  out->contact_id = sqlite3_column_int64 (stmt, 14);
  return TRUE;
}

gboolean
_pd_complaint_check_time (const PdComplaintRow *row,
                          gint64                at,
                          gint64                after,
                          const char           *after_what,
                          GError              **error)
{
  if (at < row->received_at)
    {
      g_autofree char *a = _pd_format_time (at);
      g_autofree char *r = _pd_format_time (row->received_at);
      return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_TIME,
                                   _("Complaint %s: the time %s is before the complaint was "
                                     "registered at %s."), row->serial, a, r);
    }
  if (after_what != NULL && after != 0 && at < after)
    {
      g_autofree char *a = _pd_format_time (at);
      g_autofree char *b = _pd_format_time (after);
      /* TRANSLATORS: the third %s names an earlier step, e.g. "the dispatch". */
      return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_TIME,
                                   _("Complaint %s: the time %s is before %s at %s."),
                                   row->serial, a, after_what, b);
    }
  return TRUE;
}

static PdComplaint *
get_where (PdDatabase *db,
           const char *where,
           gint64      id,
           const char *text,
           GError    **error)
{
  g_autofree char *sql = g_strconcat (_pd_complaint_select_sql (), where, NULL);
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return _pd_complaint_from_row (stmt);
  if (rc == SQLITE_DONE)
    {
      if (text != NULL)
        _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND, _("There is no complaint %s."), text);
      else
        _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND,
                       _("The complaint was not found; another user may have deleted it."));
    }
  else
    pd_database_set_error (db, rc, _("Could not read the complaint"), error);
  return NULL;
}

PdComplaint *
pd_complaint_store_get (PdDatabase *db,
                        gint64      complaint_id,
                        GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  return get_where (db, "WHERE k.id = ?1", complaint_id, NULL, error);
}

PdComplaint *
pd_complaint_store_get_by_serial (PdDatabase *db,
                                  const char *serial,
                                  GError    **error)
{
  g_autofree char *trimmed = _pd_strdup_trimmed (serial);
  g_autofree char *upper = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  upper = g_ascii_strup (trimmed != NULL ? trimmed : "", -1);
  return get_where (db, "WHERE k.serial = ?1", 0, upper, error);
}

gboolean
pd_complaint_store_get_facts (PdDatabase       *db,
                              gint64            complaint_id,
                              PdComplaintFacts *out,
                              GError          **error)
{
  PdComplaintRow row;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!_pd_complaint_load_row (db, complaint_id, &row, error))
    return FALSE;
  *out = row.facts;
  /* The row is on this stack: never hand out a pointer into it. */
  out->serial = NULL;
  return TRUE;
}

static gboolean
reload_into (PdDatabase  *db,
             PdComplaint *complaint,
             GError     **error)
{
  g_autoptr(PdComplaint) stored = pd_complaint_store_get (db, pd_complaint_get_id (complaint),
                                                          error);

  if (stored == NULL)
    return FALSE;
  g_object_freeze_notify (G_OBJECT (complaint));
  for (guint i = 0; i < G_N_ELEMENTS (complaint_columns); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (stored), complaint_columns[i].property, &value);
      g_object_set_property (G_OBJECT (complaint), complaint_columns[i].property, &value);
    }
  g_object_thaw_notify (G_OBJECT (complaint));
  return TRUE;
}

/* The cleaned registration fields of a case. */
typedef struct
{
  char   *complainant;
  char   *phone;
  char   *content;
  char   *recorder;
  gint64  unit_id;
  gint64  occupant_id;
  gint64  received_at;
  int     cycle_hours;
} Intake;

static void
intake_clear (Intake *in)
{
  g_free (in->complainant);
  g_free (in->phone);
  g_free (in->content);
  g_free (in->recorder);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Intake, intake_clear)

/* Blank fields of a complaint made from a register entry come from the entry, which must still
 * be pending. */
static gboolean
fill_from_contact (PdDatabase  *db,
                   PdComplaint *complaint,
                   GError     **error)
{
  g_autoptr(PdContact) contact = pd_contact_store_get (db, pd_complaint_get_contact_id (complaint),
                                                       error);

  if (contact == NULL)
    return FALSE;
  if (pd_contact_get_outcome (contact) != PD_CONTACT_OUTCOME_PENDING)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_STATE,
                                 _("Entry %s has already been dealt with (“%s”); it cannot "
                                   "become a complaint as well."),
                                 pd_contact_get_serial (contact),
                                 pd_contact_get_outcome_label (contact));
  if (*pd_complaint_get_complainant (complaint) == '\0')
    pd_complaint_set_complainant (complaint, pd_contact_get_caller (contact));
  if (*pd_complaint_get_phone (complaint) == '\0')
    pd_complaint_set_phone (complaint, pd_contact_get_phone (contact));
  if (*pd_complaint_get_content (complaint) == '\0')
    pd_complaint_set_content (complaint, pd_contact_get_content (contact));
  if (*pd_complaint_get_recorder (complaint) == '\0')
    pd_complaint_set_recorder (complaint, pd_contact_get_recorder (contact));
  if (pd_complaint_get_unit_id (complaint) == 0 && pd_complaint_get_occupant_id (complaint) == 0)
    {
      pd_complaint_set_unit_id (complaint, pd_contact_get_unit_id (contact));
      pd_complaint_set_occupant_id (complaint, pd_contact_get_occupant_id (contact));
    }
  if (pd_complaint_get_received_at (complaint) == 0)
    pd_complaint_set_received_at (complaint, pd_contact_get_received_at (contact));
  return TRUE;
}

static gboolean
check_intake (PdDatabase  *db,
              PdComplaint *complaint,
              Intake      *in,
              GError     **error)
{
  g_autoptr(PdComplaintCategory) category = NULL;

  in->complainant = _pd_strdup_trimmed (pd_complaint_get_complainant (complaint));
  in->content = _pd_strdup_trimmed (pd_complaint_get_content (complaint));
  in->recorder = _pd_strdup_trimmed (pd_complaint_get_recorder (complaint));
  in->unit_id = pd_complaint_get_unit_id (complaint);
  in->occupant_id = pd_complaint_get_occupant_id (complaint);
  in->received_at = pd_complaint_get_received_at (complaint);
  if (in->received_at == 0)
    in->received_at = _pd_now ();

  if ((guint)pd_complaint_get_channel (complaint) >= PD_CONTACT_N_CHANNELS)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Choose how the complaint came in: phone, in person or "
                                   "written."));
  if (in->complainant == NULL)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Enter the name of the person who complained."));
  if (in->content == NULL)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Write down what the complaint is about."));
  if (in->recorder == NULL)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Enter who recorded the complaint."));
  if (!pd_complaint_get_four_clear (complaint))
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Confirm the “four clear” before registering the complaint: "
                                   "heard clearly, asked clearly, repeated back clearly and "
                                   "recorded clearly."));
  if (!_pd_clean_phone (pd_complaint_get_phone (complaint), _("The complainant’s phone number"),
                        &in->phone, error))
    return FALSE;

  category = pd_complaint_settings_get_category (db, pd_complaint_get_category_id (complaint),
                                                 NULL);
  if (category == NULL)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Choose the category of the complaint."));
  if (!category->active)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("The complaint category “%s” is no longer used; choose "
                                   "another."), category->name);
  in->cycle_hours = category->cycle_hours;
  return _pd_check_unit_occupant (db, &in->unit_id, in->occupant_id, error);
}

static void
bind_intake (PdStmt      *stmt,
             PdComplaint *complaint,
             Intake      *in)
{
  sqlite3_bind_text (stmt, 1, in->complainant, -1, SQLITE_TRANSIENT);
  if (in->unit_id != 0)
    sqlite3_bind_int64 (stmt, 2, in->unit_id);
  if (in->occupant_id != 0)
    sqlite3_bind_int64 (stmt, 3, in->occupant_id);
  sqlite3_bind_text (stmt, 4, in->phone, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, pd_contact_channel_to_code (pd_complaint_get_channel (complaint)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, in->content, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 7, pd_complaint_get_category_id (complaint));
  sqlite3_bind_int (stmt, 8, pd_complaint_get_heard_clear (complaint));
  sqlite3_bind_int (stmt, 9, pd_complaint_get_asked_clear (complaint));
  sqlite3_bind_int (stmt, 10, pd_complaint_get_repeated_clear (complaint));
  sqlite3_bind_int (stmt, 11, pd_complaint_get_recorded_clear (complaint));
}

static gboolean
insert_complaint (PdDatabase  *db,
                  PdComplaint *complaint,
                  Intake      *in,
                  gint64      *out_id,
                  char       **out_serial,
                  GError     **error)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (in->received_at);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autoptr(PdStmt) stmt = NULL;
  g_autofree char *serial = NULL;
  int year = g_date_time_get_year (local);
  gint64 number;

  number = pd_database_next_serial (db, PD_COMPLAINT_SERIES, year, error);
  if (number < 0)
    return FALSE;
  serial = g_strdup_printf (PD_COMPLAINT_SERIES "%d-%04" G_GINT64_FORMAT, year, number);
  stmt = pd_database_prepare (db,
    "INSERT INTO complaints (complainant, unit_id, occupant_id, phone, channel, content,"
    " category_id, heard_clear, asked_clear, repeated_clear, recorded_clear, serial,"
    " contact_id, received_at, recorder, deadline_at, serious, serious_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, nullif (?13, 0), ?14, ?15,"
    " ?16, ?17, CASE WHEN ?17 THEN ?14 END)",
    error);
  if (stmt == NULL)
    return FALSE;
  bind_intake (stmt, complaint, in);
  sqlite3_bind_text (stmt, 12, serial, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 13, pd_complaint_get_contact_id (complaint));
  sqlite3_bind_int64 (stmt, 14, in->received_at);
  sqlite3_bind_text (stmt, 15, in->recorder, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 16, pd_complaint_committed_deadline (in->received_at,
                                                                 in->cycle_hours));
  sqlite3_bind_int (stmt, 17, pd_complaint_get_serious (complaint) ? 1 : 0);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  *out_id = pd_database_last_insert_id (db);
  *out_serial = g_steal_pointer (&serial);
  return TRUE;
}

gboolean
pd_complaint_store_create (PdDatabase  *db,
                           PdComplaint *complaint,
                           GError     **error)
{
  g_auto(Intake) in = { 0 };
  g_autoptr(PdComplaint) row = NULL;
  g_autofree char *serial = NULL;
  gint64 contact_id;
  gint64 id = 0;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (PD_IS_COMPLAINT (complaint), FALSE);

  /* Work on a copy: the caller's object changes only once the complaint is stored. */
  row = pd_complaint_copy (complaint);
  contact_id = pd_complaint_get_contact_id (row);
  if (contact_id != 0 && !fill_from_contact (db, row, error))
    return FALSE;
  if (!check_intake (db, row, &in, error) || !pd_database_begin (db, error))
    return FALSE;
  if (!insert_complaint (db, row, &in, &id, &serial, error) ||
      (contact_id != 0 &&
       !_pd_contact_link_complaint (db, contact_id, id, serial, in.recorder,
                                    MAX (_pd_now (), in.received_at), error)))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  if (!pd_database_commit (db, error))
    return FALSE;
  pd_complaint_set_id (complaint, id);
  return reload_into (db, complaint, error);
}

gboolean
pd_complaint_store_update (PdDatabase  *db,
                           PdComplaint *complaint,
                           GError     **error)
{
  g_auto(Intake) in = { 0 };
  g_autoptr(PdComplaint) row_object = NULL;
  g_autoptr(PdStmt) stmt = NULL;
  PdComplaintRow row;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (PD_IS_COMPLAINT (complaint), FALSE);

  if (!_pd_complaint_load_row (db, pd_complaint_get_id (complaint), &row, error) ||
      !pd_complaint_rules_check (&row.facts, PD_COMPLAINT_ACTION_EDIT, error))
    return FALSE;
  /* The registration time is not edited here: the checks read the stored one. */
  row_object = pd_complaint_copy (complaint);
  pd_complaint_set_received_at (row_object, row.received_at);
  if (!check_intake (db, row_object, &in, error))
    return FALSE;

  stmt = pd_database_prepare (db,
    "UPDATE complaints SET complainant = ?1, unit_id = ?2, occupant_id = ?3, phone = ?4,"
    " channel = ?5, content = ?6, heard_clear = ?8, asked_clear = ?9,"
    " repeated_clear = ?10, recorded_clear = ?11,"
    /* A new category brings its own cycle, unless a deadline was set by hand. */
    " deadline_at = CASE WHEN deadline_fixed OR category_id = ?7 THEN deadline_at ELSE ?13 END,"
    " category_id = ?7, updated_at = unixepoch () WHERE id = ?12",
    error);
  if (stmt == NULL)
    return FALSE;
  bind_intake (stmt, row_object, &in);
  sqlite3_bind_int64 (stmt, 12, pd_complaint_get_id (complaint));
  sqlite3_bind_int64 (stmt, 13, pd_complaint_committed_deadline (row.received_at,
                                                                 in.cycle_hours));
  if (!_pd_step_changed (db, stmt, _("The complaint was not found."), error))
    return FALSE;
  g_clear_pointer (&stmt, pd_stmt_release);
  return reload_into (db, complaint, error);
}
