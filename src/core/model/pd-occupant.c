// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-area.h"
#include "pd-date.h"
#include "pd-idcard.h"
#include "pd-mask.h"
#include "pd-model-private.h"
#include "pd-occupant.h"
#include "pd-phone.h"
#include "pd-uscc.h"

struct _PdOccupant
{
  GObject   parent_instance;
  gint64    id;
  gint64    unit_id;
  char     *building_name;
  char     *unit_number;
  gint64    area;
  PdRole    role;
  PdKind    kind;
  char     *name;
  char     *id_number;
  char     *phone;
  char     *phone2;
  char     *emergency_name;
  char     *emergency_phone;
  char     *move_in_date;
  char     *move_out_date;
  PdStatus  status;
  char     *notes;
};

G_DEFINE_FINAL_TYPE (PdOccupant, pd_occupant, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_UNIT_ID,
  PROP_BUILDING_NAME,
  PROP_UNIT_NUMBER,
  PROP_AREA,
  PROP_ROLE,
  PROP_KIND,
  PROP_NAME,
  PROP_ID_NUMBER,
  PROP_PHONE,
  PROP_PHONE2,
  PROP_EMERGENCY_NAME,
  PROP_EMERGENCY_PHONE,
  PROP_MOVE_IN_DATE,
  PROP_MOVE_OUT_DATE,
  PROP_STATUS,
  PROP_NOTES,
  /* read-only, for display */
  PROP_PHONE_MASKED,
  PROP_ID_NUMBER_MASKED,
  PROP_ROLE_LABEL,
  PROP_KIND_LABEL,
  PROP_STATUS_LABEL,
  PROP_AREA_TEXT,
  PROP_UNIT_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pd_occupant_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PdOccupant *self = PD_OCCUPANT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_UNIT_ID: g_value_set_int64 (value, self->unit_id); break;
    case PROP_BUILDING_NAME: g_value_set_string (value, self->building_name); break;
    case PROP_UNIT_NUMBER: g_value_set_string (value, self->unit_number); break;
    case PROP_AREA: g_value_set_int64 (value, self->area); break;
    case PROP_ROLE: g_value_set_int (value, self->role); break;
    case PROP_KIND: g_value_set_int (value, self->kind); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_ID_NUMBER: g_value_set_string (value, self->id_number); break;
    case PROP_PHONE: g_value_set_string (value, self->phone); break;
    case PROP_PHONE2: g_value_set_string (value, self->phone2); break;
    case PROP_EMERGENCY_NAME: g_value_set_string (value, self->emergency_name); break;
    case PROP_EMERGENCY_PHONE: g_value_set_string (value, self->emergency_phone); break;
    case PROP_MOVE_IN_DATE: g_value_set_string (value, self->move_in_date); break;
    case PROP_MOVE_OUT_DATE: g_value_set_string (value, self->move_out_date); break;
    case PROP_STATUS: g_value_set_int (value, self->status); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_PHONE_MASKED: g_value_take_string (value, pd_mask_phone (self->phone)); break;
    case PROP_ID_NUMBER_MASKED: g_value_take_string (value, pd_mask_id (self->id_number)); break;
    case PROP_ROLE_LABEL: g_value_set_string (value, pd_role_to_label (self->role)); break;
    case PROP_KIND_LABEL: g_value_set_string (value, pd_kind_to_label (self->kind)); break;
    case PROP_STATUS_LABEL: g_value_set_string (value, pd_status_to_label (self->status)); break;
    case PROP_AREA_TEXT: g_value_take_string (value, pd_area_format (self->area)); break;
    case PROP_UNIT_LABEL: g_value_take_string (value, pd_occupant_dup_unit_label (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_occupant_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  PdOccupant *self = PD_OCCUPANT (object);

  switch (prop_id)
    {
    case PROP_ID: pd_occupant_set_id (self, g_value_get_int64 (value)); break;
    case PROP_UNIT_ID: pd_occupant_set_unit_id (self, g_value_get_int64 (value)); break;
    case PROP_BUILDING_NAME: pd_occupant_set_building_name (self, g_value_get_string (value)); break;
    case PROP_UNIT_NUMBER: pd_occupant_set_unit_number (self, g_value_get_string (value)); break;
    case PROP_AREA: pd_occupant_set_area (self, g_value_get_int64 (value)); break;
    case PROP_ROLE: pd_occupant_set_role (self, g_value_get_int (value)); break;
    case PROP_KIND: pd_occupant_set_kind (self, g_value_get_int (value)); break;
    case PROP_NAME: pd_occupant_set_name (self, g_value_get_string (value)); break;
    case PROP_ID_NUMBER: pd_occupant_set_id_number (self, g_value_get_string (value)); break;
    case PROP_PHONE: pd_occupant_set_phone (self, g_value_get_string (value)); break;
    case PROP_PHONE2: pd_occupant_set_phone2 (self, g_value_get_string (value)); break;
    case PROP_EMERGENCY_NAME: pd_occupant_set_emergency_name (self, g_value_get_string (value)); break;
    case PROP_EMERGENCY_PHONE: pd_occupant_set_emergency_phone (self, g_value_get_string (value)); break;
    case PROP_MOVE_IN_DATE: pd_occupant_set_move_in_date (self, g_value_get_string (value)); break;
    case PROP_MOVE_OUT_DATE: pd_occupant_set_move_out_date (self, g_value_get_string (value)); break;
    case PROP_STATUS: pd_occupant_set_status (self, g_value_get_int (value)); break;
    case PROP_NOTES: pd_occupant_set_notes (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_occupant_finalize (GObject *object)
{
  PdOccupant *self = PD_OCCUPANT (object);

  g_clear_pointer (&self->building_name, g_free);
  g_clear_pointer (&self->unit_number, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->id_number, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->phone2, g_free);
  g_clear_pointer (&self->emergency_name, g_free);
  g_clear_pointer (&self->emergency_phone, g_free);
  g_clear_pointer (&self->move_in_date, g_free);
  g_clear_pointer (&self->move_out_date, g_free);
  g_clear_pointer (&self->notes, g_free);
  G_OBJECT_CLASS (pd_occupant_parent_class)->finalize (object);
}

static void
pd_occupant_class_init (PdOccupantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = pd_occupant_get_property;
  object_class->set_property = pd_occupant_set_property;
  object_class->finalize = pd_occupant_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_UNIT_ID] = g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_BUILDING_NAME] = g_param_spec_string ("building-name", NULL, NULL, NULL, rw);
  properties[PROP_UNIT_NUMBER] = g_param_spec_string ("unit-number", NULL, NULL, NULL, rw);
  properties[PROP_AREA] = g_param_spec_int64 ("area", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ROLE] =
    g_param_spec_int ("role", NULL, NULL, PD_ROLE_OWNER, PD_ROLE_TENANT, PD_ROLE_OWNER, rw);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, PD_KIND_PERSON, PD_KIND_COMPANY, PD_KIND_PERSON, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_ID_NUMBER] = g_param_spec_string ("id-number", NULL, NULL, NULL, rw);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, NULL, rw);
  properties[PROP_PHONE2] = g_param_spec_string ("phone2", NULL, NULL, NULL, rw);
  properties[PROP_EMERGENCY_NAME] = g_param_spec_string ("emergency-name", NULL, NULL, NULL, rw);
  properties[PROP_EMERGENCY_PHONE] =
    g_param_spec_string ("emergency-phone", NULL, NULL, NULL, rw);
  properties[PROP_MOVE_IN_DATE] = g_param_spec_string ("move-in-date", NULL, NULL, NULL, rw);
  properties[PROP_MOVE_OUT_DATE] = g_param_spec_string ("move-out-date", NULL, NULL, NULL, rw);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, PD_STATUS_PENDING,
                                              PD_STATUS_MOVED_OUT, PD_STATUS_ACTIVE, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, rw);
  properties[PROP_PHONE_MASKED] = g_param_spec_string ("phone-masked", NULL, NULL, NULL, ro);
  properties[PROP_ID_NUMBER_MASKED] =
    g_param_spec_string ("id-number-masked", NULL, NULL, NULL, ro);
  properties[PROP_ROLE_LABEL] = g_param_spec_string ("role-label", NULL, NULL, NULL, ro);
  properties[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, NULL, ro);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL, ro);
  properties[PROP_AREA_TEXT] = g_param_spec_string ("area-text", NULL, NULL, NULL, ro);
  properties[PROP_UNIT_LABEL] = g_param_spec_string ("unit-label", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_occupant_init (PdOccupant *self)
{
  self->status = PD_STATUS_ACTIVE;
}

PdOccupant *
pd_occupant_new (void)
{
  return g_object_new (PD_TYPE_OCCUPANT, NULL);
}

PdOccupant *
pd_occupant_copy (PdOccupant *self)
{
  PdOccupant *copy;

  g_return_val_if_fail (PD_IS_OCCUPANT (self), NULL);

  copy = pd_occupant_new ();
  copy->id = self->id;
  copy->unit_id = self->unit_id;
  copy->building_name = g_strdup (self->building_name);
  copy->unit_number = g_strdup (self->unit_number);
  copy->area = self->area;
  copy->role = self->role;
  copy->kind = self->kind;
  copy->name = g_strdup (self->name);
  copy->id_number = g_strdup (self->id_number);
  copy->phone = g_strdup (self->phone);
  copy->phone2 = g_strdup (self->phone2);
  copy->emergency_name = g_strdup (self->emergency_name);
  copy->emergency_phone = g_strdup (self->emergency_phone);
  copy->move_in_date = g_strdup (self->move_in_date);
  copy->move_out_date = g_strdup (self->move_out_date);
  copy->status = self->status;
  copy->notes = g_strdup (self->notes);
  return copy;
}

static void
notify2 (PdOccupant *self, guint prop, guint derived)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  if (derived != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[derived]);
}

#define SCALAR_ACCESSORS(type, field, PROP, DERIVED)                             \
  type pd_occupant_get_##field (PdOccupant *self)                                \
  {                                                                              \
    g_return_val_if_fail (PD_IS_OCCUPANT (self), 0);                             \
    return self->field;                                                          \
  }                                                                              \
  void pd_occupant_set_##field (PdOccupant *self, type v)                        \
  {                                                                              \
    g_return_if_fail (PD_IS_OCCUPANT (self));                                    \
    if (self->field == v)                                                        \
      return;                                                                    \
    self->field = v;                                                             \
    notify2 (self, PROP, DERIVED);                                               \
  }

#define STRING_ACCESSORS(field, PROP, DERIVED)                                   \
  const char *pd_occupant_get_##field (PdOccupant *self)                         \
  {                                                                              \
    g_return_val_if_fail (PD_IS_OCCUPANT (self), NULL);                          \
    return self->field;                                                          \
  }                                                                              \
  void pd_occupant_set_##field (PdOccupant *self, const char *v)                 \
  {                                                                              \
    g_return_if_fail (PD_IS_OCCUPANT (self));                                    \
    if (_pd_set_str (&self->field, v))                                           \
      notify2 (self, PROP, DERIVED);                                             \
  }

SCALAR_ACCESSORS (gint64, id, PROP_ID, PROP_0)
SCALAR_ACCESSORS (gint64, unit_id, PROP_UNIT_ID, PROP_0)
SCALAR_ACCESSORS (gint64, area, PROP_AREA, PROP_AREA_TEXT)
SCALAR_ACCESSORS (PdRole, role, PROP_ROLE, PROP_ROLE_LABEL)
SCALAR_ACCESSORS (PdKind, kind, PROP_KIND, PROP_KIND_LABEL)
SCALAR_ACCESSORS (PdStatus, status, PROP_STATUS, PROP_STATUS_LABEL)
STRING_ACCESSORS (building_name, PROP_BUILDING_NAME, PROP_UNIT_LABEL)
STRING_ACCESSORS (unit_number, PROP_UNIT_NUMBER, PROP_UNIT_LABEL)
STRING_ACCESSORS (name, PROP_NAME, PROP_0)
STRING_ACCESSORS (id_number, PROP_ID_NUMBER, PROP_ID_NUMBER_MASKED)
STRING_ACCESSORS (phone, PROP_PHONE, PROP_PHONE_MASKED)
STRING_ACCESSORS (phone2, PROP_PHONE2, PROP_0)
STRING_ACCESSORS (emergency_name, PROP_EMERGENCY_NAME, PROP_0)
STRING_ACCESSORS (emergency_phone, PROP_EMERGENCY_PHONE, PROP_0)
STRING_ACCESSORS (move_in_date, PROP_MOVE_IN_DATE, PROP_0)
STRING_ACCESSORS (move_out_date, PROP_MOVE_OUT_DATE, PROP_0)
STRING_ACCESSORS (notes, PROP_NOTES, PROP_0)

char *
pd_occupant_dup_unit_label (PdOccupant *self)
{
  g_return_val_if_fail (PD_IS_OCCUPANT (self), NULL);

  if (self->building_name == NULL && self->unit_number == NULL)
    return g_strdup ("");
  return g_strdup_printf ("%s %s", self->building_name ? self->building_name : "",
                          self->unit_number ? self->unit_number : "");
}

void
pd_field_issue_free (PdFieldIssue *issue)
{
  if (issue == NULL)
    return;
  g_free (issue->field);
  g_free (issue->message);
  g_free (issue);
}

static void
add_issue (GPtrArray  *issues,
           const char *field,
           gboolean    warning,
           const char *message)
{
  PdFieldIssue *issue = g_new0 (PdFieldIssue, 1);

  issue->field = g_strdup (field);
  issue->message = g_strdup (message);
  issue->warning = warning;
  g_ptr_array_add (issues, issue);
}

static gboolean
is_blank (const char *s)
{
  if (s == NULL)
    return TRUE;
  for (; *s; s = g_utf8_next_char (s))
    if (!g_unichar_isspace (g_utf8_get_char (s)))
      return FALSE;
  return TRUE;
}

static void
check_phone (PdOccupant *self,
             GPtrArray  *issues,
             const char *field,
             char      **value,
             const char *label,
             gboolean    required)
{
  g_autoptr(GError) error = NULL;

  if (is_blank (*value))
    {
      if (required)
        add_issue (issues, field, FALSE,
                   _("A phone number is needed so the office can reach the occupant."));
      else
        _pd_set_str (value, "");
      return;
    }
  if (!pd_phone_check (*value, NULL, &error))
    {
      g_autofree char *msg = g_strdup_printf (_("%s: %s"), label, error->message);
      add_issue (issues, field, FALSE, msg);
      return;
    }
  {
    g_autofree char *normal = pd_phone_normalize (*value);
    if (normal != NULL)
      _pd_set_str (value, normal);
  }
}

static void
check_date (GPtrArray  *issues,
            const char *field,
            char      **value,
            const char *label,
            GDate      *out)
{
  g_autoptr(GError) error = NULL;

  g_date_clear (out, 1);
  if (is_blank (*value))
    {
      g_clear_pointer (value, g_free);
      return;
    }
  if (!pd_date_parse (*value, out, &error))
    {
      g_autofree char *msg = g_strdup_printf (_("%s: %s"), label, error->message);
      add_issue (issues, field, FALSE, msg);
      g_date_clear (out, 1);
      return;
    }
  {
    g_autofree char *iso = pd_date_to_iso (out);
    _pd_set_str (value, iso);
  }
}

GPtrArray *
pd_occupant_check (PdOccupant *self)
{
  GPtrArray *issues = g_ptr_array_new_with_free_func ((GDestroyNotify)pd_field_issue_free);
  GDate move_in, move_out;

  g_return_val_if_fail (PD_IS_OCCUPANT (self), issues);

  if (is_blank (self->name))
    add_issue (issues, "name", FALSE,
               self->kind == PD_KIND_COMPANY ? _("The company name is empty.")
                                             : _("The name is empty."));
  else
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (self->name));
      if (g_utf8_strlen (trimmed, -1) > 100)
        add_issue (issues, "name", FALSE, _("The name is longer than 100 characters."));
      else
        _pd_set_str (&self->name, trimmed);
    }

  if (self->unit_id <= 0)
    add_issue (issues, "unit-id", FALSE, _("Choose the building and unit."));

  if (is_blank (self->id_number))
    _pd_set_str (&self->id_number, "");
  else if (self->kind == PD_KIND_PERSON)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normal = pd_resident_id_normalize (self->id_number);
      gboolean legacy = FALSE;

      if (!pd_resident_id_check (normal, &legacy, &error))
        {
          g_autofree char *msg = g_strdup_printf (_("ID number: %s"), error->message);
          add_issue (issues, "id-number", FALSE, msg);
        }
      else
        {
          _pd_set_str (&self->id_number, normal);
          if (legacy)
            add_issue (issues, "id-number", TRUE,
                       _("ID number: this is an old 15-digit ID card number; it is kept as it "
                         "is, but ask for the current 18-digit card when you can."));
        }
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normal = pd_uscc_normalize (self->id_number);

      if (!pd_uscc_check (normal, &error))
        {
          g_autofree char *msg = g_strdup_printf (_("Unified social credit code: %s"),
                                                  error->message);
          add_issue (issues, "id-number", FALSE, msg);
        }
      else
        _pd_set_str (&self->id_number, normal);
    }

  check_phone (self, issues, "phone", &self->phone, _("Mobile phone"), TRUE);
  check_phone (self, issues, "phone2", &self->phone2, _("Other phone"), FALSE);
  check_phone (self, issues, "emergency-phone", &self->emergency_phone,
               _("Emergency contact phone"), FALSE);
  if (!is_blank (self->emergency_name) && is_blank (self->emergency_phone))
    add_issue (issues, "emergency-phone", TRUE,
               _("The emergency contact has no phone number."));

  check_date (issues, "move-in-date", &self->move_in_date, _("Move-in date"), &move_in);
  check_date (issues, "move-out-date", &self->move_out_date, _("Move-out date"), &move_out);
  if (g_date_valid (&move_in) && g_date_valid (&move_out) && g_date_compare (&move_out, &move_in) < 0)
    add_issue (issues, "move-out-date", FALSE,
               _("The move-out date is before the move-in date."));
  if (self->status == PD_STATUS_MOVED_OUT && self->move_out_date == NULL)
    add_issue (issues, "move-out-date", TRUE,
               _("The occupant is marked as moved out but has no move-out date."));

  return issues;
}

gboolean
pd_field_issues_have_errors (GPtrArray *issues)
{
  for (guint i = 0; issues != NULL && i < issues->len; i++)
    if (!((PdFieldIssue *)g_ptr_array_index (issues, i))->warning)
      return TRUE;
  return FALSE;
}
