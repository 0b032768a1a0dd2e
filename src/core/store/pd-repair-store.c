// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-phone.h"
#include "pd-repair-store-private.h"

gboolean
_pd_repair_refuse (GError          **error,
                   PdRepairErrorCode code,
                   const char       *format,
                   ...)
                   {
                   va_list args;

  if (error == NULL)
    return FALSE;
  va_start (args, format);
  *error = g_error_new_valist (PD_REPAIR_ERROR, code, format, args);
  va_end (args);
  return FALSE;
}

gint64
_pd_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

char *
_pd_format_time (gint64 t)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("?");
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

void
_pd_repair_bind_times (PdStmt              *stmt,
                       const PdRepairTimes *times,
                       int                  tz_off)
{
  static const char *names[] = { ":onsite_s", ":urgent_s", ":cutoff_s", ":general_days",
                                 ":tz_off" };
  gint64 values[] = { (gint64)times->onsite_minutes * 60, (gint64)times->urgent_hours * 3600,
                      (gint64)times->small_cutoff_hour * 3600, times->general_days, tz_off };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      int index = sqlite3_bind_parameter_index (stmt, names[i]);
      if (index > 0)
        sqlite3_bind_int64 (stmt, index, values[i]);
    }
}

PdRepair *
_pd_repair_from_row (PdStmt *stmt)
{
  PdRepair *r = pd_repair_new ();
  PdRepairChannel channel = PD_REPAIR_CHANNEL_PHONE;
  PdRepairUrgency urgency = PD_REPAIR_URGENCY_GENERAL;
  PdOrderClass klass = PD_ORDER_CLASS_B;
  PdRepairSource source = PD_REPAIR_SOURCE_CUSTOMER;
  PdRepairState state = PD_REPAIR_STATE_NEW;

  pd_repair_set_id (r, sqlite3_column_int64 (stmt, 0));
  pd_repair_set_serial (r, _pd_column_text (stmt, 1));
  pd_repair_channel_from_code (_pd_column_text (stmt, 2), &channel);
  pd_repair_set_channel (r, channel);
  pd_repair_set_unit_id (r, sqlite3_column_int64 (stmt, 3));
  pd_repair_set_occupant_id (r, sqlite3_column_int64 (stmt, 4));
  pd_repair_set_public_area (r, sqlite3_column_int (stmt, 5));
  pd_repair_set_location (r, _pd_column_text (stmt, 6));
  pd_repair_set_reporter (r, _pd_column_text (stmt, 7));
  pd_repair_set_reporter_phone (r, _pd_column_text (stmt, 8));
  pd_repair_set_category_id (r, sqlite3_column_int64 (stmt, 9));
  pd_repair_set_description (r, _pd_column_text (stmt, 10));
  pd_repair_urgency_from_code (_pd_column_text (stmt, 11), &urgency);
  pd_repair_set_urgency (r, urgency);
  pd_order_class_from_code (_pd_column_text (stmt, 12), &klass);
  pd_repair_set_repair_class (r, klass);
  pd_repair_source_from_code (_pd_column_text (stmt, 13), &source);
  pd_repair_set_source (r, source);
  pd_repair_set_appointment_at (r, sqlite3_column_int64 (stmt, 14));
  pd_repair_set_reported_at (r, sqlite3_column_int64 (stmt, 15));
  pd_repair_set_clerk (r, _pd_column_text (stmt, 16));
  pd_repair_state_from_code (_pd_column_text (stmt, 17), &state);
  pd_repair_set_state (r, state);
  pd_repair_set_department_id (r, sqlite3_column_int64 (stmt, 18));
  pd_repair_set_assignee_id (r, sqlite3_column_int64 (stmt, 19));
  pd_repair_set_dispatcher (r, _pd_column_text (stmt, 20));
  pd_repair_set_dispatched_at (r, sqlite3_column_int64 (stmt, 21));
  pd_repair_set_accepted_at (r, sqlite3_column_int64 (stmt, 22));
  pd_repair_set_arrived_at (r, sqlite3_column_int64 (stmt, 23));
  pd_repair_set_completed_at (r, sqlite3_column_int64 (stmt, 24));
  pd_repair_set_quote_accepted_at (r, sqlite3_column_int64 (stmt, 25));
  pd_repair_set_quote_accepted_by (r, _pd_column_text (stmt, 26));
  pd_repair_set_work_done (r, _pd_column_text (stmt, 27));
  pd_repair_set_materials (r, _pd_column_text (stmt, 28));
  pd_repair_set_result (r, _pd_column_text (stmt, 29));
  pd_repair_set_occupant_confirmed (r, sqlite3_column_int (stmt, 30));
  pd_repair_set_rating_quality (r, sqlite3_column_int (stmt, 31));
  pd_repair_set_rating_attitude (r, sqlite3_column_int (stmt, 32));
  pd_repair_set_callback_needed (r, sqlite3_column_int (stmt, 33));
  pd_repair_set_reopened_count (r, sqlite3_column_int (stmt, 34));
  pd_repair_set_parent_id (r, sqlite3_column_int64 (stmt, 35));
  pd_repair_set_move_in_defect_id (r, sqlite3_column_int64 (stmt, 36));
  pd_repair_set_cancel_reason (r, _pd_column_text (stmt, 37));
  pd_repair_set_updated_at (r, sqlite3_column_int64 (stmt, 38));
  pd_repair_set_category_name (r, _pd_column_text (stmt, 39));
  pd_repair_set_category_onsite_callback (r, sqlite3_column_int (stmt, 40));
  pd_repair_set_estate_name (r, _pd_column_text (stmt, 41));
  pd_repair_set_building_name (r, _pd_column_text (stmt, 42));
  pd_repair_set_unit_number (r, _pd_column_text (stmt, 43));
  pd_repair_set_occupant_name (r, _pd_column_text (stmt, 44));
  pd_repair_set_assignee_name (r, _pd_column_text (stmt, 45));
  pd_repair_set_department_name (r, _pd_column_text (stmt, 46));
  return r;
}

gboolean
_pd_repair_load_row (PdDatabase  *db,
                     gint64       repair_id,
                     PdRepairRow *out,
                     GError     **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
    "SELECT r.serial, r.state, r.class, r.quote_accepted_at IS NOT NULL,"
    " (SELECT count (*) FROM repair_charges WHERE repair_id = r.id),"
    " (SELECT count (*) FROM repair_charges WHERE repair_id = r.id AND manual"
    "  AND approved_at IS NULL),"
    " r.reported_at, r.appointment_at, r.dispatched_at, r.accepted_at, r.arrived_at,"
    " r.completed_at, r.occupant_id, r.category_id, r.department_id, r.reopened_count,"
    " c.onsite_callback"
    " FROM repairs r JOIN repair_categories c ON c.id = r.category_id WHERE r.id = ?1",
    error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND,
                          _("The repair order was not found; another user may have deleted it."));
  if (rc != SQLITE_ROW)
    return pd_database_set_error (db, rc, _("Could not read the repair order"), error);

  memset (out, 0, sizeof *out);
  g_strlcpy (out->serial, _pd_column_text (stmt, 0), sizeof out->serial);
  out->facts.serial = out->serial;
  pd_repair_state_from_code (_pd_column_text (stmt, 1), &out->facts.state);
  pd_order_class_from_code (_pd_column_text (stmt, 2), &out->facts.repair_class);
  out->facts.quote_accepted = sqlite3_column_int (stmt, 3);
  out->facts.n_charges = (guint)sqlite3_column_int (stmt, 4);
  out->facts.n_unapproved_manual = (guint)sqlite3_column_int (stmt, 5);
  out->reported_at = sqlite3_column_int64 (stmt, 6);
  out->appointment_at = sqlite3_column_int64 (stmt, 7);
  out->dispatched_at = sqlite3_column_int64 (stmt, 8);
  out->accepted_at = sqlite3_column_int64 (stmt, 9);
  out->arrived_at = sqlite3_column_int64 (stmt, 10);
  out->completed_at = sqlite3_column_int64 (stmt, 11);
  out->occupant_id = sqlite3_column_int64 (stmt, 12);
  out->category_id = sqlite3_column_int64 (stmt, 13);
  out->department_id = sqlite3_column_int64 (stmt, 14);
  out->reopened_count = sqlite3_column_int (stmt, 15);
  out->onsite_callback = sqlite3_column_int (stmt, 16);
  return TRUE;
}

gboolean
pd_repair_store_get_facts (PdDatabase    *db,
                           gint64         repair_id,
                           PdRepairFacts *out,
                           GError       **error)
{
  PdRepairRow row;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!_pd_repair_load_row (db, repair_id, &row, error))
    return FALSE;
  *out = row.facts;
  /* The row is on this stack: never hand out a pointer into it. */
  out->serial = NULL;
  return TRUE;
}

static PdRepair *
get_where (PdDatabase  *db,
           const char  *sql,
           gint64       id,
           const char  *text,
           GError     **error)
{
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
    return _pd_repair_from_row (stmt);
  if (rc == SQLITE_DONE)
    {
      if (text != NULL)
        _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND, _("There is no repair order %s."), text);
      else
        _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND,
                       _("The repair order was not found; another user may have deleted it."));
    }
  else
    pd_database_set_error (db, rc, _("Could not read the repair order"), error);
  return NULL;
}

PdRepair *
pd_repair_store_get (PdDatabase *db,
                     gint64      repair_id,
                     GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  return get_where (db, "SELECT " PD_REPAIR_COLUMNS PD_REPAIR_FROM "WHERE r.id = ?1", repair_id,
                    NULL, error);
}

PdRepair *
pd_repair_store_get_by_serial (PdDatabase *db,
                               const char *serial,
                               GError    **error)
{
  g_autofree char *trimmed = _pd_strdup_trimmed (serial);
  g_autofree char *upper = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  upper = g_ascii_strup (trimmed != NULL ? trimmed : "", -1);
  return get_where (db, "SELECT " PD_REPAIR_COLUMNS PD_REPAIR_FROM "WHERE r.serial = ?1", 0,
                    upper, error);
}

/* Copies every writable property of src into dst, so the caller's object shows what was
 * stored (serial, normalized phone, names of the unit and category). */
static void
assign_from (PdRepair *dst,
             PdRepair *src)
{
  guint n = 0;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (src), &n);

  g_object_freeze_notify (G_OBJECT (dst));
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(specs[i]->flags & G_PARAM_WRITABLE))
        continue;
      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (G_OBJECT (src), specs[i]->name, &value);
      g_object_set_property (G_OBJECT (dst), specs[i]->name, &value);
    }
  g_object_thaw_notify (G_OBJECT (dst));
}

static gboolean
reload_into (PdDatabase *db,
             PdRepair   *repair,
             GError    **error)
{
  g_autoptr(PdRepair) stored = pd_repair_store_get (db, pd_repair_get_id (repair), error);

  if (stored == NULL)
    return FALSE;
  assign_from (repair, stored);
  return TRUE;
}

/* The cleaned intake fields of an order. */
typedef struct
{
  char   *reporter;
  char   *phone;
  char   *description;
  char   *location;
  char   *clerk;
  gint64  unit_id;
  gint64  reported_at;
} Intake;

static void
intake_clear (Intake *in)
{
  g_free (in->reporter);
  g_free (in->phone);
  g_free (in->description);
  g_free (in->location);
  g_free (in->clerk);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Intake, intake_clear)

static gboolean
check_unit (PdDatabase  *db,
            PdRepair    *repair,
            Intake      *in,
            GError     **error)
{
  gint64 occupant_id = pd_repair_get_occupant_id (repair);
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  in->unit_id = pd_repair_get_unit_id (repair);
  if (occupant_id != 0)
    {
      stmt = pd_database_prepare (db, "SELECT unit_id, name FROM occupants WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, occupant_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                                  _("The occupant chosen no longer exists; choose the "
                                    "occupant again."));
      if (rc != SQLITE_ROW)
        return pd_database_set_error (db, rc, _("Could not read the occupant"), error);
      if (in->unit_id == 0)
        in->unit_id = sqlite3_column_int64 (stmt, 0);
      else if (in->unit_id != sqlite3_column_int64 (stmt, 0))
        return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                                  _("%s does not live in the unit chosen; choose the unit or "
                                    "the occupant again."), _pd_column_text (stmt, 1));
      g_clear_pointer (&stmt, pd_stmt_release);
    }
  if (in->unit_id == 0)
    {
      if (!pd_repair_get_public_area (repair))
        return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                                  _("Choose the unit to repair, or mark the repair as in a "
                                    "public area."));
      return TRUE;
    }
  stmt = pd_database_prepare (db, "SELECT 1 FROM units WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, in->unit_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("The unit chosen no longer exists; choose another."));
  if (rc != SQLITE_ROW)
    return pd_database_set_error (db, rc, _("Could not read the unit"), error);
  return TRUE;
}

static gboolean
check_intake (PdDatabase  *db,
              PdRepair    *repair,
              Intake      *in,
              GError     **error)
{
  g_autoptr(PdRepairCategory) category = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 appointment_at = pd_repair_get_appointment_at (repair);

  in->reporter = _pd_strdup_trimmed (pd_repair_get_reporter (repair));
  in->description = _pd_strdup_trimmed (pd_repair_get_description (repair));
  in->location = _pd_strdup_trimmed (pd_repair_get_location (repair));
  in->clerk = _pd_strdup_trimmed (pd_repair_get_clerk (repair));
  in->phone = _pd_strdup_trimmed (pd_repair_get_reporter_phone (repair));
  in->reported_at = pd_repair_get_reported_at (repair);
  if (in->reported_at == 0)
    in->reported_at = _pd_now ();

  if ((guint)pd_repair_get_channel (repair) >= PD_REPAIR_N_CHANNELS ||
      (guint)pd_repair_get_urgency (repair) >= PD_REPAIR_N_URGENCIES ||
      (guint)pd_repair_get_repair_class (repair) >= PD_ORDER_N_CLASSES ||
      (guint)pd_repair_get_source (repair) >= PD_REPAIR_N_SOURCES)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("The channel, urgency, class or source of the repair is not "
                                "one of the choices."));
  if (in->reporter == NULL)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("Enter the name of the person who reported the repair."));
  if (in->description == NULL)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("Describe what needs to be repaired."));
  if (in->phone != NULL)
    {
      if (!pd_phone_check (in->phone, NULL, &local_error))
        return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                                  _("The reporter’s phone number: %s"), local_error->message);
      g_free (in->phone);
      in->phone = pd_phone_normalize (pd_repair_get_reporter_phone (repair));
    }

  category = pd_repair_settings_get_category (db, pd_repair_get_category_id (repair), NULL);
  if (category == NULL)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("Choose the category of the repair."));
  if (!category->active)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                              _("The repair category “%s” is no longer used; choose another."),
                              category->name);

  if (appointment_at != 0 && appointment_at < in->reported_at)
    {
      g_autofree char *a = _pd_format_time (appointment_at);
      g_autofree char *r = _pd_format_time (in->reported_at);
      return _pd_repair_refuse (error, PD_REPAIR_ERROR_TIME,
                                _("The appointment time %s is before the time of the report, "
                                  "%s."), a, r);
    }
  return check_unit (db, repair, in, error);
}

static void
bind_intake (PdStmt   *stmt,
             PdRepair *repair,
             Intake   *in)
{
  gint64 appointment_at = pd_repair_get_appointment_at (repair);

  sqlite3_bind_text (stmt, 1, pd_repair_channel_to_code (pd_repair_get_channel (repair)), -1,
                     SQLITE_STATIC);
  if (in->unit_id != 0)
    sqlite3_bind_int64 (stmt, 2, in->unit_id);
  if (pd_repair_get_occupant_id (repair) != 0)
    sqlite3_bind_int64 (stmt, 3, pd_repair_get_occupant_id (repair));
  sqlite3_bind_int (stmt, 4, pd_repair_get_public_area (repair) ? 1 : 0);
  sqlite3_bind_text (stmt, 5, in->location ? in->location : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, in->reporter, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, in->phone ? in->phone : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 8, pd_repair_get_category_id (repair));
  sqlite3_bind_text (stmt, 9, in->description, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, pd_repair_urgency_to_code (pd_repair_get_urgency (repair)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, pd_order_class_to_code (pd_repair_get_repair_class (repair)), -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, pd_repair_source_to_code (pd_repair_get_source (repair)), -1,
                     SQLITE_STATIC);
  if (appointment_at != 0)
    sqlite3_bind_int64 (stmt, 13, appointment_at);
  sqlite3_bind_int64 (stmt, 14, in->reported_at);
  sqlite3_bind_text (stmt, 15, in->clerk ? in->clerk : "", -1, SQLITE_TRANSIENT);
}

gboolean
_pd_repair_insert (PdDatabase *db,
                   PdRepair   *repair,
                   GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (pd_repair_get_reported_at (repair));
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autofree char *serial = NULL;
  gint64 number;
  int year = g_date_time_get_year (local);

  number = pd_database_next_serial (db, PD_REPAIR_SERIES, year, error);
  if (number < 0)
    return FALSE;
  serial = g_strdup_printf (PD_REPAIR_SERIES "%d-%06" G_GINT64_FORMAT, year, number);

  stmt = pd_database_prepare (db,
    "INSERT INTO repairs (serial, channel, unit_id, occupant_id, public_area, location,"
    " reporter, reporter_phone, category_id, description, urgency, class, source,"
    " appointment_at, reported_at, clerk, parent_id, move_in_defect_id)"
    " VALUES (?16, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
    " nullif (?17, 0), nullif (?18, 0))",
    error);
  if (stmt == NULL)
    return FALSE;
  {
    Intake in = { 0 };

    /* The row as given: the caller checked it (or made it itself). */
    in.reporter = (char *)pd_repair_get_reporter (repair);
    in.description = (char *)pd_repair_get_description (repair);
    in.location = (char *)pd_repair_get_location (repair);
    in.phone = (char *)pd_repair_get_reporter_phone (repair);
    in.clerk = (char *)pd_repair_get_clerk (repair);
    in.unit_id = pd_repair_get_unit_id (repair);
    in.reported_at = pd_repair_get_reported_at (repair);
    bind_intake (stmt, repair, &in);
  }
  sqlite3_bind_text (stmt, 16, serial, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 17, pd_repair_get_parent_id (repair));
  sqlite3_bind_int64 (stmt, 18, pd_repair_get_move_in_defect_id (repair));
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  pd_repair_set_id (repair, pd_database_last_insert_id (db));
  pd_repair_set_serial (repair, serial);
  pd_repair_set_state (repair, PD_REPAIR_STATE_NEW);
  return TRUE;
}

gboolean
pd_repair_store_create (PdDatabase *db,
                        PdRepair   *repair,
                        GError    **error)
{
  g_auto(Intake) in = { 0 };
  g_autoptr(PdRepair) row = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (PD_IS_REPAIR (repair), FALSE);

  if (!check_intake (db, repair, &in, error))
    return FALSE;

  /* Insert a cleaned copy: the caller's object changes only once the order is stored. */
  row = pd_repair_copy (repair);
  pd_repair_set_reporter (row, in.reporter);
  pd_repair_set_description (row, in.description);
  pd_repair_set_location (row, in.location);
  pd_repair_set_reporter_phone (row, in.phone);
  pd_repair_set_clerk (row, in.clerk);
  pd_repair_set_unit_id (row, in.unit_id);
  pd_repair_set_reported_at (row, in.reported_at);

  if (!pd_database_begin (db, error))
    return FALSE;
  if (!_pd_repair_insert (db, row, error))
    {
      pd_database_rollback (db);
      return FALSE;
    }
  if (!pd_database_commit (db, error))
    return FALSE;
  pd_repair_set_id (repair, pd_repair_get_id (row));
  return reload_into (db, repair, error);
}

gboolean
pd_repair_store_update_intake (PdDatabase *db,
                               PdRepair   *repair,
                               GError    **error)
{
  g_auto(Intake) in = { 0 };
  g_autoptr(PdStmt) stmt = NULL;
  PdRepairRow row;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (PD_IS_REPAIR (repair), FALSE);

  if (!_pd_repair_load_row (db, pd_repair_get_id (repair), &row, error) ||
      !pd_repair_rules_check (&row.facts, PD_REPAIR_ACTION_EDIT, error) ||
      !check_intake (db, repair, &in, error))
    return FALSE;
  if (row.facts.n_charges > 0 && pd_repair_get_repair_class (repair) != PD_ORDER_CLASS_PAID)
    return _pd_repair_refuse (error, PD_REPAIR_ERROR_CLASS,
                              _("Order %s has charge lines; remove them before making it an "
                                "order that the occupant does not pay."), row.serial);

  stmt = pd_database_prepare (db,
    "UPDATE repairs SET channel = ?1, unit_id = ?2, occupant_id = ?3, public_area = ?4,"
    " location = ?5, reporter = ?6, reporter_phone = ?7, category_id = ?8, description = ?9,"
    " urgency = ?10, class = ?11, source = ?12, appointment_at = ?13, reported_at = ?14,"
    " clerk = ?15, updated_at = unixepoch () WHERE id = ?16",
    error);
  if (stmt == NULL)
    return FALSE;
  bind_intake (stmt, repair, &in);
  sqlite3_bind_int64 (stmt, 16, pd_repair_get_id (repair));
  if (!_pd_step_changed (db, stmt, _("The repair order was not found."), error))
    return FALSE;
  return reload_into (db, repair, error);
}
