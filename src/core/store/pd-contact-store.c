// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-store-private.h"

/* The call/visit register: entries, the later columns of the paper form, and turning an entry
 * into a complaint (pd-complaint-store.c does the storing), a repair order or an answered
 * inquiry. */

static const PdColumn contact_columns[] = {
  { "t.id", "id", 0 },
  { "t.serial", "serial", 0 },
  { "t.channel", "channel", PD_COLUMN_CHANNEL },
  { "t.received_at", "received-at", 0 },
  { "t.caller", "caller", 0 },
  { "t.unit_id", "unit-id", 0 },
  { "t.occupant_id", "occupant-id", 0 },
  { "t.phone", "phone", 0 },
  { "t.content", "content", 0 },
  { "t.recorder", "recorder", 0 },
  { "t.outcome", "outcome", PD_COLUMN_OUTCOME },
  { "t.complaint_id", "complaint-id", 0 },
  { "t.repair_id", "repair-id", 0 },
  { "t.action_taken", "action-taken", 0 },
  { "t.action_by", "action-by", 0 },
  { "t.action_at", "action-at", 0 },
  { "t.follow_up_needed", "follow-up-needed", 0 },
  { "t.follow_up_needed_by", "follow-up-needed-by", 0 },
  { "t.follow_up_needed_at", "follow-up-needed-at", 0 },
  { "t.follow_up_done", "follow-up-done", 0 },
  { "t.follow_up_done_by", "follow-up-done-by", 0 },
  { "t.follow_up_done_at", "follow-up-done-at", 0 },
  { "t.customer_feedback", "customer-feedback", 0 },
  { "t.customer_feedback_at", "customer-feedback-at", 0 },
  { "t.updated_at", "updated-at", 0 },
  { "b.name", "building-name", 0 },
  { "u.number", "unit-number", 0 },
  { "o.name", "occupant-name", 0 },
  { "k.serial", "complaint-serial", 0 },
  { "r.serial", "repair-serial", 0 },
};

const char *
_pd_contact_select_sql (void)
{
  /* GLib 2.74 has no g_once_init_enter_pointer(): the pointer travels as a gsize. */
  static gsize sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, (gsize)_pd_columns_select (contact_columns,
      G_N_ELEMENTS (contact_columns),
      " FROM contacts t LEFT JOIN units u ON u.id = t.unit_id"
      " LEFT JOIN buildings b ON b.id = u.building_id"
      " LEFT JOIN occupants o ON o.id = t.occupant_id"
      " LEFT JOIN complaints k ON k.id = t.complaint_id"
      " LEFT JOIN repairs r ON r.id = t.repair_id "));
  return (const char *)sql;
}

PdContact *
_pd_contact_from_row (PdStmt *stmt)
{
  PdContact *contact = pd_contact_new ();

  _pd_columns_fill (G_OBJECT (contact), stmt, contact_columns, G_N_ELEMENTS (contact_columns));
  return contact;
}

/* The cleaned fields of an entry. */
typedef struct
{
  char   *caller;
  char   *phone;
  char   *content;
  char   *recorder;
  gint64  unit_id;
  gint64  received_at;
} Entry;

static void
entry_clear (Entry *e)
{
  g_free (e->caller);
  g_free (e->phone);
  g_free (e->content);
  g_free (e->recorder);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Entry, entry_clear)

static gboolean
check_entry (PdDatabase *db,
             PdContact  *contact,
             Entry      *e,
             GError    **error)
{
  e->caller = _pd_strdup_trimmed (pd_contact_get_caller (contact));
  e->content = _pd_strdup_trimmed (pd_contact_get_content (contact));
  e->recorder = _pd_strdup_trimmed (pd_contact_get_recorder (contact));
  e->unit_id = pd_contact_get_unit_id (contact);
  e->received_at = pd_contact_get_received_at (contact);
  if (e->received_at == 0)
    e->received_at = _pd_now ();

  if ((guint)pd_contact_get_channel (contact) >= PD_CONTACT_N_CHANNELS)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Choose how the call or visit came in: phone, in person or "
                                   "written."));
  if (e->caller == NULL)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Enter the name of the caller or visitor."));
  if (e->content == NULL)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Write down what the caller or visitor said."));
  if (e->recorder == NULL)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Enter who recorded the call or visit."));
  if (!_pd_clean_phone (pd_contact_get_phone (contact), _("The caller’s phone number"),
                        &e->phone, error))
    return FALSE;
  return _pd_check_unit_occupant (db, &e->unit_id, pd_contact_get_occupant_id (contact), error);
}

static void
bind_entry (PdStmt    *stmt,
            PdContact *contact,
            Entry     *e)
{
  sqlite3_bind_text (stmt, 1, pd_contact_channel_to_code (pd_contact_get_channel (contact)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, e->received_at);
  sqlite3_bind_text (stmt, 3, e->caller, -1, SQLITE_TRANSIENT);
  if (e->unit_id != 0)
    sqlite3_bind_int64 (stmt, 4, e->unit_id);
  if (pd_contact_get_occupant_id (contact) != 0)
    sqlite3_bind_int64 (stmt, 5, pd_contact_get_occupant_id (contact));
  sqlite3_bind_text (stmt, 6, e->phone, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, e->content, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, e->recorder, -1, SQLITE_TRANSIENT);
}

static PdContact *
get_where (PdDatabase *db,
           const char *where,
           gint64      id,
           const char *text,
           GError    **error)
{
  g_autofree char *sql = g_strconcat (_pd_contact_select_sql (), where, NULL);
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
    return _pd_contact_from_row (stmt);
  if (rc == SQLITE_DONE)
    {
      if (text != NULL)
        _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND, _("There is no register entry %s."), text);
      else
        _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND,
                       _("The register entry was not found; another user may have deleted it."));
    }
  else
    pd_database_set_error (db, rc, _("Could not read the register entry"), error);
  return NULL;
}

PdContact *
pd_contact_store_get (PdDatabase *db,
                      gint64      contact_id,
                      GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  return get_where (db, "WHERE t.id = ?1", contact_id, NULL, error);
}

PdContact *
pd_contact_store_get_by_serial (PdDatabase *db,
                                const char *serial,
                                GError    **error)
{
  g_autofree char *trimmed = _pd_strdup_trimmed (serial);
  g_autofree char *upper = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  upper = g_ascii_strup (trimmed != NULL ? trimmed : "", -1);
  return get_where (db, "WHERE t.serial = ?1", 0, upper, error);
}

/* The caller's object shows what was stored (serial, normalized phone, unit names). */
static gboolean
reload_into (PdDatabase *db,
             PdContact  *contact,
             GError    **error)
{
  g_autoptr(PdContact) stored = pd_contact_store_get (db, pd_contact_get_id (contact), error);

  if (stored == NULL)
    return FALSE;
  g_object_freeze_notify (G_OBJECT (contact));
  for (guint i = 0; i < G_N_ELEMENTS (contact_columns); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (stored), contact_columns[i].property, &value);
      g_object_set_property (G_OBJECT (contact), contact_columns[i].property, &value);
    }
  g_object_thaw_notify (G_OBJECT (contact));
  return TRUE;
}

static gboolean
insert_entry (PdDatabase *db,
              PdContact  *contact,
              Entry      *e,
              gint64     *out_id,
              GError    **error)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (e->received_at);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autoptr(PdStmt) stmt = NULL;
  g_autofree char *serial = NULL;
  int year = g_date_time_get_year (local);
  gint64 number;

  number = pd_database_next_serial (db, PD_CONTACT_SERIES, year, error);
  if (number < 0)
    return FALSE;
  serial = g_strdup_printf (PD_CONTACT_SERIES "%d-%06" G_GINT64_FORMAT, year, number);
  stmt = pd_database_prepare (db,
                              "INSERT INTO contacts (channel, received_at, caller, unit_id,"
                              " occupant_id, phone, content, recorder, serial)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                              error);
  if (stmt == NULL)
    return FALSE;
  bind_entry (stmt, contact, e);
  sqlite3_bind_text (stmt, 9, serial, -1, SQLITE_TRANSIENT);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  *out_id = pd_database_last_insert_id (db);
  return TRUE;
}

gboolean
pd_contact_store_create (PdDatabase *db,
                         PdContact  *contact,
                         GError    **error)
{
  g_auto(Entry) e = { 0 };
  gint64 id = 0;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (PD_IS_CONTACT (contact), FALSE);

  if (!check_entry (db, contact, &e, error) || !pd_database_begin (db, error))
    return FALSE;
  if (!insert_entry (db, contact, &e, &id, error))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  if (!pd_database_commit (db, error))
    return FALSE;
  pd_contact_set_id (contact, id);
  return reload_into (db, contact, error);
}

gboolean
pd_contact_store_update (PdDatabase *db,
                         PdContact  *contact,
                         GError    **error)
{
  g_auto(Entry) e = { 0 };
  g_autoptr(PdStmt) stmt = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (PD_IS_CONTACT (contact), FALSE);

  if (!check_entry (db, contact, &e, error))
    return FALSE;
  stmt = pd_database_prepare (db,
                              "UPDATE contacts SET channel = ?1, received_at = ?2, caller = ?3,"
                              " unit_id = ?4, occupant_id = ?5, phone = ?6, content = ?7,"
                              " recorder = ?8, updated_at = unixepoch () WHERE id = ?9",
                              error);
  if (stmt == NULL)
    return FALSE;
  bind_entry (stmt, contact, &e);
  sqlite3_bind_int64 (stmt, 9, pd_contact_get_id (contact));
  if (!_pd_step_changed (db, stmt,
                         _("The register entry was not found; another user may have deleted it."),
                         error))
    return FALSE;
  g_clear_pointer (&stmt, pd_stmt_release);
  return reload_into (db, contact, error);
}

static gboolean
refuse_early (PdContact  *contact,
              gint64      at,
              GError    **error)
{
  g_autofree char *a = _pd_format_time (at);
  g_autofree char *r = _pd_format_time (pd_contact_get_received_at (contact));

  return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_TIME,
                               _("Entry %s: the time %s is before the call or visit at %s."),
                               pd_contact_get_serial (contact), a, r);
}

gboolean
pd_contact_store_record_step (PdDatabase    *db,
                              gint64         contact_id,
                              PdContactStep  step,
                              const char    *text,
                              const char    *by,
                              gint64         at,
                              GError       **error)
{
  static const char *updates[] = {
    "UPDATE contacts SET action_taken = ?2, action_by = ?3, action_at = ?4,"
    " updated_at = unixepoch () WHERE id = ?1",
    "UPDATE contacts SET follow_up_needed = ?2, follow_up_needed_by = ?3,"
    " follow_up_needed_at = ?4, updated_at = unixepoch () WHERE id = ?1",
    "UPDATE contacts SET follow_up_done = ?2, follow_up_done_by = ?3, follow_up_done_at = ?4,"
    " updated_at = unixepoch () WHERE id = ?1",
    /* The customer's own words: the form has no recorder for them (?3 stays unused). */
    "UPDATE contacts SET customer_feedback = ?2, customer_feedback_at = ?4,"
    " updated_at = unixepoch () WHERE id = ?1",
  };
  g_autofree char *clean_text = _pd_strdup_trimmed (text);
  g_autofree char *clean_by = _pd_strdup_trimmed (by);
  g_autoptr(PdContact) contact = NULL;
  g_autoptr(PdStmt) stmt = NULL;
  const char *serial;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail ((guint)step < G_N_ELEMENTS (updates), FALSE);

  contact = pd_contact_store_get (db, contact_id, error);
  if (contact == NULL)
    return FALSE;
  serial = pd_contact_get_serial (contact);
  if (at == 0)
    at = _pd_now ();
  if (clean_text == NULL)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 step == PD_CONTACT_STEP_FEEDBACK
                                   ? _("Entry %s: write down the customer’s feedback.")
                                   : _("Entry %s: write down what was done or is to be done."),
                                 serial);
  if (clean_by == NULL && step != PD_CONTACT_STEP_FEEDBACK)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Entry %s: enter who recorded it."), serial);
  if (step == PD_CONTACT_STEP_FOLLOW_UP_DONE && *pd_contact_get_follow_up_needed (contact) == '\0')
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_STATE,
                                 _("Entry %s has no follow-up to be done; record what needs "
                                   "following up first."), serial);
  if (at < pd_contact_get_received_at (contact))
    return refuse_early (contact, at, error);

  stmt = pd_database_prepare (db, updates[step], error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_text (stmt, 2, clean_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, clean_by != NULL ? clean_by : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, at);
  return _pd_step_changed (db, stmt, _("The register entry was not found."), error);
}

/* An entry that is to become something must still be pending. */
static PdContact *
get_pending (PdDatabase *db,
             gint64      contact_id,
             GError    **error)
{
  g_autoptr(PdContact) contact = pd_contact_store_get (db, contact_id, error);

  if (contact == NULL)
    return NULL;
  if (pd_contact_get_outcome (contact) != PD_CONTACT_OUTCOME_PENDING)
    {
      const char *linked = pd_contact_get_linked_serial (contact);

      if (*linked != '\0')
        _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_STATE,
                              _("Entry %s has already been dealt with (“%s”, %s)."),
                              pd_contact_get_serial (contact),
                              pd_contact_get_outcome_label (contact), linked);
      else
        _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_STATE,
                              _("Entry %s has already been dealt with (“%s”)."),
                              pd_contact_get_serial (contact),
                              pd_contact_get_outcome_label (contact));
      return NULL;
    }
  return g_steal_pointer (&contact);
}

PdComplaint *
pd_contact_store_new_complaint (PdDatabase *db,
                                gint64      contact_id,
                                GError    **error)
{
  g_autoptr(PdContact) contact = NULL;
  PdComplaint *complaint;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  contact = get_pending (db, contact_id, error);
  if (contact == NULL)
    return NULL;
  complaint = pd_complaint_new ();
  pd_complaint_set_contact_id (complaint, contact_id);
  pd_complaint_set_contact_serial (complaint, pd_contact_get_serial (contact));
  pd_complaint_set_complainant (complaint, pd_contact_get_caller (contact));
  pd_complaint_set_unit_id (complaint, pd_contact_get_unit_id (contact));
  pd_complaint_set_occupant_id (complaint, pd_contact_get_occupant_id (contact));
  pd_complaint_set_building_name (complaint, pd_contact_get_building_name (contact));
  pd_complaint_set_unit_number (complaint, pd_contact_get_unit_number (contact));
  pd_complaint_set_occupant_name (complaint, pd_contact_get_occupant_name (contact));
  pd_complaint_set_phone (complaint, pd_contact_get_phone (contact));
  pd_complaint_set_channel (complaint, pd_contact_get_channel (contact));
  pd_complaint_set_content (complaint, pd_contact_get_content (contact));
  pd_complaint_set_received_at (complaint, pd_contact_get_received_at (contact));
  pd_complaint_set_recorder (complaint, pd_contact_get_recorder (contact));
  return complaint;
}

PdRepair *
pd_contact_store_new_repair (PdDatabase *db,
                             gint64      contact_id,
                             GError    **error)
{
  g_autoptr(PdContact) contact = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  PdRepairChannel channel = PD_REPAIR_CHANNEL_PHONE;
  PdRepair *repair;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  contact = get_pending (db, contact_id, error);
  if (contact == NULL)
    return NULL;
  categories = pd_repair_settings_list_categories (db, FALSE, error);
  if (categories == NULL)
    return NULL;

  /* The channels have the same codes in both tables. */
  pd_repair_channel_from_code (pd_contact_channel_to_code (pd_contact_get_channel (contact)),
                               &channel);
  repair = pd_repair_new ();
  pd_repair_set_channel (repair, channel);
  pd_repair_set_unit_id (repair, pd_contact_get_unit_id (contact));
  pd_repair_set_occupant_id (repair, pd_contact_get_occupant_id (contact));
  pd_repair_set_public_area (repair, pd_contact_get_unit_id (contact) == 0);
  pd_repair_set_building_name (repair, pd_contact_get_building_name (contact));
  pd_repair_set_unit_number (repair, pd_contact_get_unit_number (contact));
  pd_repair_set_occupant_name (repair, pd_contact_get_occupant_name (contact));
  pd_repair_set_reporter (repair, pd_contact_get_caller (contact));
  pd_repair_set_reporter_phone (repair, pd_contact_get_phone (contact));
  pd_repair_set_description (repair, pd_contact_get_content (contact));
  pd_repair_set_reported_at (repair, pd_contact_get_received_at (contact));
  pd_repair_set_clerk (repair, pd_contact_get_recorder (contact));
  pd_repair_set_source (repair, PD_REPAIR_SOURCE_CUSTOMER);
  pd_repair_set_urgency (repair, PD_REPAIR_URGENCY_GENERAL);
  pd_repair_set_repair_class (repair, PD_ORDER_CLASS_B);
  if (categories->len > 0)
    {
      PdRepairCategory *first = g_ptr_array_index (categories, 0);
      pd_repair_set_category_id (repair, first->id);
      pd_repair_set_category_name (repair, first->name);
    }
  return repair;
}

/* Marks a pending entry as turned into something, inside the caller's transaction; the action
 * column is filled when the clerk wrote none (always for an inquiry: the answer is the
 * action). Every SET expression reads the row as it was, so each CASE sees the old text. */
static gboolean
link_entry (PdDatabase       *db,
            gint64            contact_id,
            PdContactOutcome  outcome,
            gint64            linked_id,
            const char       *action,
            const char       *by,
            gint64            at,
            GError          **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
    "UPDATE contacts SET outcome = ?2,"
    " complaint_id = CASE WHEN ?2 = 'complaint' THEN ?3 ELSE complaint_id END,"
    " repair_id = CASE WHEN ?2 = 'repair' THEN ?3 ELSE repair_id END,"
    " action_taken = CASE WHEN action_taken = '' OR ?2 = 'inquiry' THEN ?4"
    "   ELSE action_taken END,"
    " action_by = CASE WHEN action_taken = '' OR ?2 = 'inquiry' THEN ?5 ELSE action_by END,"
    " action_at = CASE WHEN action_taken = '' OR ?2 = 'inquiry' THEN ?6 ELSE action_at END,"
    " updated_at = unixepoch () WHERE id = ?1 AND outcome = 'pending'",
    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, contact_id);
  sqlite3_bind_text (stmt, 2, pd_contact_outcome_to_code (outcome), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, linked_id);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, by != NULL ? by : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, at);
  return _pd_step_changed (db, stmt,
                           _("The register entry was not found, or it has already been dealt "
                             "with."),
                           error);
}

gboolean
_pd_contact_link_complaint (PdDatabase *db,
                            gint64      contact_id,
                            gint64      complaint_id,
                            const char *serial,
                            const char *by,
                            gint64      at,
                            GError    **error)
{
  g_autofree char *action = g_strdup_printf (_("Complaint %s registered."), serial);

  return link_entry (db, contact_id, PD_CONTACT_OUTCOME_COMPLAINT, complaint_id, action, by, at,
                     error);
}

gboolean
pd_contact_store_create_repair (PdDatabase *db,
                                gint64      contact_id,
                                PdRepair   *repair,
                                GError    **error)
{
  g_autoptr(PdContact) contact = NULL;
  g_autofree char *action = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (PD_IS_REPAIR (repair), FALSE);

  contact = get_pending (db, contact_id, error);
  if (contact == NULL || !pd_database_begin (db, error))
    return FALSE;
  if (!pd_repair_store_create (db, repair, error))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  action = g_strdup_printf (_("Repair order %s opened."), pd_repair_get_serial (repair));
  if (!link_entry (db, contact_id, PD_CONTACT_OUTCOME_REPAIR, pd_repair_get_id (repair), action,
                   pd_repair_get_clerk (repair),
                   MAX (_pd_now (), pd_contact_get_received_at (contact)), error) ||
      !pd_database_commit (db, error))
    {
      pd_database_rollback (db);
      /* The order was rolled back with the link: the object must not look stored. */
      pd_repair_set_id (repair, 0);
      pd_repair_set_serial (repair, "");
      return FALSE;
    }
  return TRUE;
}

gboolean
pd_contact_store_answer_inquiry (PdDatabase *db,
                                 gint64      contact_id,
                                 const char *answer,
                                 const char *by,
                                 gint64      at,
                                 GError    **error)
{
  g_autofree char *clean_answer = _pd_strdup_trimmed (answer);
  g_autofree char *clean_by = _pd_strdup_trimmed (by);
  g_autoptr(PdContact) contact = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);

  contact = get_pending (db, contact_id, error);
  if (contact == NULL)
    return FALSE;
  if (clean_answer == NULL)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Entry %s: write down the answer given."),
                                 pd_contact_get_serial (contact));
  if (clean_by == NULL)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("Entry %s: enter who answered."),
                                 pd_contact_get_serial (contact));
  if (at == 0)
    at = _pd_now ();
  if (at < pd_contact_get_received_at (contact))
    return refuse_early (contact, at, error);
  return link_entry (db, contact_id, PD_CONTACT_OUTCOME_INQUIRY, 0, clean_answer, clean_by, at,
                     error);
}
