// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-phone.h"
#include "pd-complaint-store-private.h"

/* Helpers shared by the register and complaint stores. */

gboolean
_pd_complaint_refuse (GError              **error,
                      PdComplaintErrorCode  code,
                      const char           *format,
                      ...)
{
  va_list args;

  if (error == NULL)
    return FALSE;
  va_start (args, format);
  *error = g_error_new_valist (PD_COMPLAINT_ERROR, code, format, args);
  va_end (args);
  return FALSE;
}

void
_pd_bind_named_int (PdStmt     *stmt,
                    const char *name,
                    gint64      value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

void
_pd_bind_named_text (PdStmt     *stmt,
                     const char *name,
                     const char *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

char *
_pd_columns_select (const PdColumn *columns,
                    guint           n,
                    const char     *from)
{
  GString *sql = g_string_new ("SELECT ");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, i == 0 ? "%s" : ", %s", columns[i].column);
  g_string_append (sql, from);
  return g_string_free (sql, FALSE);
}

static int
decode (PdColumnKind  kind,
        PdStmt       *stmt,
        int           col)
{
  const char *code = _pd_column_text (stmt, col);

  switch (kind)
    {
    case PD_COLUMN_CHANNEL:
      {
        PdContactChannel v = PD_CONTACT_CHANNEL_PHONE;
        pd_contact_channel_from_code (code, &v);
        return (int)v;
      }
    case PD_COLUMN_OUTCOME:
      {
        PdContactOutcome v = PD_CONTACT_OUTCOME_PENDING;
        pd_contact_outcome_from_code (code, &v);
        return (int)v;
      }
    case PD_COLUMN_STATE:
      {
        PdComplaintState v = PD_COMPLAINT_STATE_REGISTERED;
        pd_complaint_state_from_code (code, &v);
        return (int)v;
      }
    case PD_COLUMN_VALID:
      if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
        return PD_COMPLAINT_VALIDITY_UNDECIDED;
      return sqlite3_column_int (stmt, col) != 0 ? PD_COMPLAINT_VALIDITY_VALID
                                                 : PD_COMPLAINT_VALIDITY_INVALID;
    case PD_COLUMN_PLAIN:
    default:
      return sqlite3_column_int (stmt, col);
    }
}

void
_pd_columns_fill (GObject        *object,
                  PdStmt         *stmt,
                  const PdColumn *columns,
                  guint           n)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (object);

  g_object_freeze_notify (object);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, columns[i].property);
      g_auto(GValue) value = G_VALUE_INIT;

      if (pspec == NULL)
        {
          g_critical ("No property %s for column %s", columns[i].property, columns[i].column);
          continue;
        }
      g_value_init (&value, pspec->value_type);
      if (pspec->value_type == G_TYPE_INT64)
        g_value_set_int64 (&value, sqlite3_column_int64 (stmt, (int)i));
      else if (pspec->value_type == G_TYPE_STRING)
        g_value_set_string (&value, _pd_column_text (stmt, (int)i));
      else if (pspec->value_type == G_TYPE_BOOLEAN)
        g_value_set_boolean (&value, sqlite3_column_int (stmt, (int)i) != 0);
      else
        g_value_set_int (&value, decode (columns[i].kind, stmt, (int)i));
      g_object_set_property (object, columns[i].property, &value);
    }
  g_object_thaw_notify (object);
}

gboolean
_pd_check_unit_occupant (PdDatabase *db,
                         gint64     *inout_unit_id,
                         gint64      occupant_id,
                         GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  if (occupant_id != 0)
    {
      stmt = pd_database_prepare (db, "SELECT unit_id, name FROM occupants WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, occupant_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                     _("The occupant chosen no longer exists; choose the "
                                       "occupant again."));
      if (rc != SQLITE_ROW)
        return pd_database_set_error (db, rc, _("Could not read the occupant"), error);
      if (*inout_unit_id == 0)
        *inout_unit_id = sqlite3_column_int64 (stmt, 0);
      else if (*inout_unit_id != sqlite3_column_int64 (stmt, 0))
        return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                     _("%s does not live in the unit chosen; choose the unit or "
                                       "the occupant again."), _pd_column_text (stmt, 1));
      g_clear_pointer (&stmt, pd_stmt_release);
    }
  if (*inout_unit_id == 0)
    return TRUE;
  stmt = pd_database_prepare (db, "SELECT 1 FROM units WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *inout_unit_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD,
                                 _("The unit chosen no longer exists; choose another."));
  if (rc != SQLITE_ROW)
    return pd_database_set_error (db, rc, _("Could not read the unit"), error);
  return TRUE;
}

gboolean
_pd_clean_phone (const char  *phone,
                 const char  *field,
                 char       **out,
                 GError     **error)
{
  g_autofree char *trimmed = _pd_strdup_trimmed (phone);
  g_autoptr(GError) local_error = NULL;

  if (trimmed == NULL)
    {
      *out = g_strdup ("");
      return TRUE;
    }
  if (!pd_phone_check (trimmed, NULL, &local_error))
    /* TRANSLATORS: the field ("The caller’s phone number") and what is wrong with it. */
    return _pd_complaint_refuse (error, PD_COMPLAINT_ERROR_FIELD, _("%s: %s"), field,
                                 local_error->message);
  *out = pd_phone_normalize (trimmed);
  return TRUE;
}
