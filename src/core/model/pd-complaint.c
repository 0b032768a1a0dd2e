// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pd-model-fields.h"
#include "pd-complaint.h"

/* A complaint has some fifty columns; a table of fields drives the properties, the accessors
 * and the copy, as for PdRepair. */
struct _PdComplaint
{
  GObject parent_instance;
  gint64             id;
  char              *serial;
  gint64             contact_id;
  char              *complainant;
  gint64             unit_id;
  gint64             occupant_id;
  char              *phone;
  PdContactChannel   channel;
  char              *content;
  gint64             received_at;
  gint64             category_id;
  char              *recorder;
  gboolean           heard_clear;
  gboolean           asked_clear;
  gboolean           repeated_clear;
  gboolean           recorded_clear;
  PdComplaintValidity valid;
  char              *validity_note;
  char              *decided_by;
  gint64             decided_at;
  gint64             department_id;
  char              *responsible;
  gint64             deadline_at;
  gint64             dispatched_at;
  char              *dispatched_by;
  gboolean           serious;
  char              *manager_person;
  char              *manager_measures;
  char              *manager_by;
  gint64             manager_at;
  gint64             feedback_at;
  char              *feedback_by;
  char              *feedback_note;
  char              *department_action;
  char              *department_result;
  char              *handled_by;
  gint64             handled_at;
  gint64             called_back_at;
  char              *called_back_by;
  int                reopened_count;
  char              *signed_off_by;
  gint64             signed_off_at;
  char              *archived_by;
  gint64             archived_at;
  PdComplaintState   state;
  gint64             updated_at;
  char              *contact_serial;
  char              *category_name;
  char              *department_name;
  char              *building_name;
  char              *unit_number;
  char              *occupant_name;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_SERIAL,
  PROP_CONTACT_ID,
  PROP_COMPLAINANT,
  PROP_UNIT_ID,
  PROP_OCCUPANT_ID,
  PROP_PHONE,
  PROP_CHANNEL,
  PROP_CONTENT,
  PROP_RECEIVED_AT,
  PROP_CATEGORY_ID,
  PROP_RECORDER,
  PROP_HEARD_CLEAR,
  PROP_ASKED_CLEAR,
  PROP_REPEATED_CLEAR,
  PROP_RECORDED_CLEAR,
  PROP_VALID,
  PROP_VALIDITY_NOTE,
  PROP_DECIDED_BY,
  PROP_DECIDED_AT,
  PROP_DEPARTMENT_ID,
  PROP_RESPONSIBLE,
  PROP_DEADLINE_AT,
  PROP_DISPATCHED_AT,
  PROP_DISPATCHED_BY,
  PROP_SERIOUS,
  PROP_MANAGER_PERSON,
  PROP_MANAGER_MEASURES,
  PROP_MANAGER_BY,
  PROP_MANAGER_AT,
  PROP_FEEDBACK_AT,
  PROP_FEEDBACK_BY,
  PROP_FEEDBACK_NOTE,
  PROP_DEPARTMENT_ACTION,
  PROP_DEPARTMENT_RESULT,
  PROP_HANDLED_BY,
  PROP_HANDLED_AT,
  PROP_CALLED_BACK_AT,
  PROP_CALLED_BACK_BY,
  PROP_REOPENED_COUNT,
  PROP_SIGNED_OFF_BY,
  PROP_SIGNED_OFF_AT,
  PROP_ARCHIVED_BY,
  PROP_ARCHIVED_AT,
  PROP_STATE,
  PROP_UPDATED_AT,
  PROP_CONTACT_SERIAL,
  PROP_CATEGORY_NAME,
  PROP_DEPARTMENT_NAME,
  PROP_BUILDING_NAME,
  PROP_UNIT_NUMBER,
  PROP_OCCUPANT_NAME,
  PROP_UNIT_LABEL,
  PROP_STATE_LABEL,
  PROP_CHANNEL_LABEL,
  PROP_VALIDITY_LABEL,
  PROP_FOUR_CLEAR,
  PROP_IN_MANAGER_QUEUE,
  N_PROPS
};

#define OFF(member) G_STRUCT_OFFSET (PdComplaint, member)
static const PdField fields[] = {
  { "id", PD_FIELD_INT64, OFF (id), 0, 0, 0, 0 },
  { "serial", PD_FIELD_STR, OFF (serial), 0, 0, 0, 0 },
  { "contact-id", PD_FIELD_INT64, OFF (contact_id), 0, 0, 0, 0 },
  { "complainant", PD_FIELD_STR, OFF (complainant), 0, 0, 0, 0 },
  { "unit-id", PD_FIELD_INT64, OFF (unit_id), 0, 0, 0, 0 },
  { "occupant-id", PD_FIELD_INT64, OFF (occupant_id), 0, 0, 0, 0 },
  { "phone", PD_FIELD_STR, OFF (phone), 0, 0, 0, 0 },
  { "channel", PD_FIELD_INT, OFF (channel),
    0, PD_CONTACT_N_CHANNELS - 1, PROP_CHANNEL_LABEL, 0 },
  { "content", PD_FIELD_STR, OFF (content), 0, 0, 0, 0 },
  { "received-at", PD_FIELD_INT64, OFF (received_at), 0, 0, 0, 0 },
  { "category-id", PD_FIELD_INT64, OFF (category_id), 0, 0, 0, 0 },
  { "recorder", PD_FIELD_STR, OFF (recorder), 0, 0, 0, 0 },
  { "heard-clear", PD_FIELD_BOOL, OFF (heard_clear), 0, 0, PROP_FOUR_CLEAR, 0 },
  { "asked-clear", PD_FIELD_BOOL, OFF (asked_clear), 0, 0, PROP_FOUR_CLEAR, 0 },
  { "repeated-clear", PD_FIELD_BOOL, OFF (repeated_clear),
    0, 0, PROP_FOUR_CLEAR, 0 },
  { "recorded-clear", PD_FIELD_BOOL, OFF (recorded_clear),
    0, 0, PROP_FOUR_CLEAR, 0 },
  { "valid", PD_FIELD_INT, OFF (valid), -1, 1, PROP_VALIDITY_LABEL, 0 },
  { "validity-note", PD_FIELD_STR, OFF (validity_note), 0, 0, 0, 0 },
  { "decided-by", PD_FIELD_STR, OFF (decided_by), 0, 0, 0, 0 },
  { "decided-at", PD_FIELD_INT64, OFF (decided_at), 0, 0, 0, 0 },
  { "department-id", PD_FIELD_INT64, OFF (department_id), 0, 0, 0, 0 },
  { "responsible", PD_FIELD_STR, OFF (responsible), 0, 0, 0, 0 },
  { "deadline-at", PD_FIELD_INT64, OFF (deadline_at), 0, 0, 0, 0 },
  { "dispatched-at", PD_FIELD_INT64, OFF (dispatched_at), 0, 0, 0, 0 },
  { "dispatched-by", PD_FIELD_STR, OFF (dispatched_by), 0, 0, 0, 0 },
  { "serious", PD_FIELD_BOOL, OFF (serious), 0, 0, PROP_IN_MANAGER_QUEUE, 0 },
  { "manager-person", PD_FIELD_STR, OFF (manager_person), 0, 0, 0, 0 },
  { "manager-measures", PD_FIELD_STR, OFF (manager_measures), 0, 0, 0, 0 },
  { "manager-by", PD_FIELD_STR, OFF (manager_by), 0, 0, 0, 0 },
  { "manager-at", PD_FIELD_INT64, OFF (manager_at),
    0, 0, PROP_IN_MANAGER_QUEUE, 0 },
  { "feedback-at", PD_FIELD_INT64, OFF (feedback_at), 0, 0, 0, 0 },
  { "feedback-by", PD_FIELD_STR, OFF (feedback_by), 0, 0, 0, 0 },
  { "feedback-note", PD_FIELD_STR, OFF (feedback_note), 0, 0, 0, 0 },
  { "department-action", PD_FIELD_STR, OFF (department_action), 0, 0, 0, 0 },
  { "department-result", PD_FIELD_STR, OFF (department_result), 0, 0, 0, 0 },
  { "handled-by", PD_FIELD_STR, OFF (handled_by), 0, 0, 0, 0 },
  { "handled-at", PD_FIELD_INT64, OFF (handled_at), 0, 0, 0, 0 },
  { "called-back-at", PD_FIELD_INT64, OFF (called_back_at), 0, 0, 0, 0 },
  { "called-back-by", PD_FIELD_STR, OFF (called_back_by), 0, 0, 0, 0 },
  { "reopened-count", PD_FIELD_INT, OFF (reopened_count), 0, G_MAXINT, 0, 0 },
  { "signed-off-by", PD_FIELD_STR, OFF (signed_off_by), 0, 0, 0, 0 },
  { "signed-off-at", PD_FIELD_INT64, OFF (signed_off_at), 0, 0, 0, 0 },
  { "archived-by", PD_FIELD_STR, OFF (archived_by), 0, 0, 0, 0 },
  { "archived-at", PD_FIELD_INT64, OFF (archived_at), 0, 0, 0, 0 },
  { "state", PD_FIELD_INT, OFF (state),
    0, PD_COMPLAINT_N_STATES - 1, PROP_STATE_LABEL, PROP_IN_MANAGER_QUEUE },
  { "updated-at", PD_FIELD_INT64, OFF (updated_at), 0, 0, 0, 0 },
  { "contact-serial", PD_FIELD_STR, OFF (contact_serial), 0, 0, 0, 0 },
  { "category-name", PD_FIELD_STR, OFF (category_name), 0, 0, 0, 0 },
  { "department-name", PD_FIELD_STR, OFF (department_name), 0, 0, 0, 0 },
  { "building-name", PD_FIELD_STR, OFF (building_name),
    0, 0, PROP_UNIT_LABEL, 0 },
  { "unit-number", PD_FIELD_STR, OFF (unit_number), 0, 0, PROP_UNIT_LABEL, 0 },
  { "occupant-name", PD_FIELD_STR, OFF (occupant_name), 0, 0, 0, 0 },
};
G_STATIC_ASSERT (G_N_ELEMENTS (fields) == PROP_UNIT_LABEL - 1);
#undef OFF

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PdComplaint, pd_complaint, G_TYPE_OBJECT)

/* Enum fields are read and written through int pointers. */
G_STATIC_ASSERT (sizeof (PdComplaintState) == sizeof (int));
G_STATIC_ASSERT (sizeof (PdComplaintValidity) == sizeof (int));
G_STATIC_ASSERT (sizeof (PdContactChannel) == sizeof (int));

static void
notify_field (PdComplaint *self,
              guint        prop_id)
{
  _pd_fields_notify (G_OBJECT (self), properties, prop_id, &fields[prop_id - 1]);
}

static void
pd_complaint_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PdComplaint *self = PD_COMPLAINT (object);

  switch (prop_id)
    {
    case PROP_UNIT_LABEL:
      g_value_take_string (value, pd_complaint_dup_unit_label (self));
      return;
    case PROP_STATE_LABEL:
      g_value_set_string (value, pd_complaint_get_state_label (self));
      return;
    case PROP_CHANNEL_LABEL:
      g_value_set_string (value, pd_complaint_get_channel_label (self));
      return;
    case PROP_VALIDITY_LABEL:
      g_value_set_string (value, pd_complaint_get_validity_label (self));
      return;
    case PROP_FOUR_CLEAR:
      g_value_set_boolean (value, pd_complaint_get_four_clear (self));
      return;
    case PROP_IN_MANAGER_QUEUE:
      g_value_set_boolean (value, pd_complaint_get_in_manager_queue (self));
      return;
    default:
      break;
    }

  if (prop_id == 0 || prop_id >= PROP_UNIT_LABEL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  _pd_fields_get (self, &fields[prop_id - 1], value);
}

static void
pd_complaint_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PdComplaint *self = PD_COMPLAINT (object);

  if (prop_id == 0 || prop_id >= PROP_UNIT_LABEL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (_pd_fields_set (self, &fields[prop_id - 1], value))
    notify_field (self, prop_id);
}

static void
pd_complaint_finalize (GObject *object)
{
  PdComplaint *self = PD_COMPLAINT (object);

  _pd_fields_free_strings (self, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (pd_complaint_parent_class)->finalize (object);
}

static void
pd_complaint_class_init (PdComplaintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = pd_complaint_get_property;
  object_class->set_property = pd_complaint_set_property;
  object_class->finalize = pd_complaint_finalize;

  _pd_fields_make_specs (properties, PROP_ID, fields, G_N_ELEMENTS (fields));
  properties[PROP_UNIT_LABEL] = g_param_spec_string ("unit-label", NULL, NULL, NULL, ro);
  properties[PROP_STATE_LABEL] = g_param_spec_string ("state-label", NULL, NULL, NULL, ro);
  properties[PROP_CHANNEL_LABEL] = g_param_spec_string ("channel-label", NULL, NULL, NULL, ro);
  properties[PROP_VALIDITY_LABEL] = g_param_spec_string ("validity-label", NULL, NULL, NULL, ro);
  properties[PROP_FOUR_CLEAR] = g_param_spec_boolean ("four-clear", NULL, NULL, FALSE, ro);
  properties[PROP_IN_MANAGER_QUEUE] = g_param_spec_boolean ("in-manager-queue", NULL, NULL, FALSE,
                                                            ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_complaint_init (PdComplaint *self)
{
  _pd_fields_init_strings (self, fields, G_N_ELEMENTS (fields));

  self->channel = PD_CONTACT_CHANNEL_PHONE;
  self->valid = PD_COMPLAINT_VALIDITY_UNDECIDED;
  self->state = PD_COMPLAINT_STATE_REGISTERED;
}

PdComplaint *
pd_complaint_new (void)
{
  return g_object_new (PD_TYPE_COMPLAINT, NULL);
}

PdComplaint *
pd_complaint_copy (PdComplaint *self)
{
  PdComplaint *copy;

  g_return_val_if_fail (PD_IS_COMPLAINT (self), NULL);

  copy = pd_complaint_new ();
  _pd_fields_copy (copy, self, fields, G_N_ELEMENTS (fields));
  return copy;
}

#define DEFINE_NUM(Type, name, PROP, setter)                              \
  Type                                                                    \
  pd_complaint_get_##name (PdComplaint *self)                             \
  {                                                                       \
    g_return_val_if_fail (PD_IS_COMPLAINT (self), (Type)0);               \
    return self->name;                                                    \
  }                                                                       \
  void                                                                    \
  pd_complaint_set_##name (PdComplaint *self,                             \
                             Type v)                                      \
  {                                                                       \
    g_return_if_fail (PD_IS_COMPLAINT (self));                            \
    if (_pd_fields_##setter (self, &fields[PROP - 1], v))                 \
      notify_field (self, PROP);                                          \
  }

#define DEFINE_STR(name, PROP)                                            \
  const char *                                                            \
  pd_complaint_get_##name (PdComplaint *self)                             \
  {                                                                       \
    g_return_val_if_fail (PD_IS_COMPLAINT (self), NULL);                  \
    return self->name;                                                    \
  }                                                                       \
  void                                                                    \
  pd_complaint_set_##name (PdComplaint *self,                             \
                             const char *v)                               \
  {                                                                       \
    g_return_if_fail (PD_IS_COMPLAINT (self));                            \
    if (_pd_fields_set_str (self, &fields[PROP - 1], v))                  \
      notify_field (self, PROP);                                          \
  }

DEFINE_NUM (gint64, id, PROP_ID, set_int64)
DEFINE_STR (serial, PROP_SERIAL)
DEFINE_NUM (gint64, contact_id, PROP_CONTACT_ID, set_int64)
DEFINE_STR (complainant, PROP_COMPLAINANT)
DEFINE_NUM (gint64, unit_id, PROP_UNIT_ID, set_int64)
DEFINE_NUM (gint64, occupant_id, PROP_OCCUPANT_ID, set_int64)
DEFINE_STR (phone, PROP_PHONE)
DEFINE_NUM (PdContactChannel, channel, PROP_CHANNEL, set_int)
DEFINE_STR (content, PROP_CONTENT)
DEFINE_NUM (gint64, received_at, PROP_RECEIVED_AT, set_int64)
DEFINE_NUM (gint64, category_id, PROP_CATEGORY_ID, set_int64)
DEFINE_STR (recorder, PROP_RECORDER)
DEFINE_NUM (gboolean, heard_clear, PROP_HEARD_CLEAR, set_bool)
DEFINE_NUM (gboolean, asked_clear, PROP_ASKED_CLEAR, set_bool)
DEFINE_NUM (gboolean, repeated_clear, PROP_REPEATED_CLEAR, set_bool)
DEFINE_NUM (gboolean, recorded_clear, PROP_RECORDED_CLEAR, set_bool)
DEFINE_NUM (PdComplaintValidity, valid, PROP_VALID, set_int)
DEFINE_STR (validity_note, PROP_VALIDITY_NOTE)
DEFINE_STR (decided_by, PROP_DECIDED_BY)
DEFINE_NUM (gint64, decided_at, PROP_DECIDED_AT, set_int64)
DEFINE_NUM (gint64, department_id, PROP_DEPARTMENT_ID, set_int64)
DEFINE_STR (responsible, PROP_RESPONSIBLE)
DEFINE_NUM (gint64, deadline_at, PROP_DEADLINE_AT, set_int64)
DEFINE_NUM (gint64, dispatched_at, PROP_DISPATCHED_AT, set_int64)
DEFINE_STR (dispatched_by, PROP_DISPATCHED_BY)
DEFINE_NUM (gboolean, serious, PROP_SERIOUS, set_bool)
DEFINE_STR (manager_person, PROP_MANAGER_PERSON)
DEFINE_STR (manager_measures, PROP_MANAGER_MEASURES)
DEFINE_STR (manager_by, PROP_MANAGER_BY)
DEFINE_NUM (gint64, manager_at, PROP_MANAGER_AT, set_int64)
DEFINE_NUM (gint64, feedback_at, PROP_FEEDBACK_AT, set_int64)
DEFINE_STR (feedback_by, PROP_FEEDBACK_BY)
DEFINE_STR (feedback_note, PROP_FEEDBACK_NOTE)
DEFINE_STR (department_action, PROP_DEPARTMENT_ACTION)
DEFINE_STR (department_result, PROP_DEPARTMENT_RESULT)
DEFINE_STR (handled_by, PROP_HANDLED_BY)
DEFINE_NUM (gint64, handled_at, PROP_HANDLED_AT, set_int64)
DEFINE_NUM (gint64, called_back_at, PROP_CALLED_BACK_AT, set_int64)
DEFINE_STR (called_back_by, PROP_CALLED_BACK_BY)
DEFINE_NUM (int, reopened_count, PROP_REOPENED_COUNT, set_int)
DEFINE_STR (signed_off_by, PROP_SIGNED_OFF_BY)
DEFINE_NUM (gint64, signed_off_at, PROP_SIGNED_OFF_AT, set_int64)
DEFINE_STR (archived_by, PROP_ARCHIVED_BY)
DEFINE_NUM (gint64, archived_at, PROP_ARCHIVED_AT, set_int64)
DEFINE_NUM (PdComplaintState, state, PROP_STATE, set_int)
DEFINE_NUM (gint64, updated_at, PROP_UPDATED_AT, set_int64)
DEFINE_STR (contact_serial, PROP_CONTACT_SERIAL)
DEFINE_STR (category_name, PROP_CATEGORY_NAME)
DEFINE_STR (department_name, PROP_DEPARTMENT_NAME)
DEFINE_STR (building_name, PROP_BUILDING_NAME)
DEFINE_STR (unit_number, PROP_UNIT_NUMBER)
DEFINE_STR (occupant_name, PROP_OCCUPANT_NAME)

void
pd_complaint_set_four_clear (PdComplaint *self,
                             gboolean     v)
{
  g_return_if_fail (PD_IS_COMPLAINT (self));

  g_object_freeze_notify (G_OBJECT (self));
  pd_complaint_set_heard_clear (self, v);
  pd_complaint_set_asked_clear (self, v);
  pd_complaint_set_repeated_clear (self, v);
  pd_complaint_set_recorded_clear (self, v);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
pd_complaint_get_four_clear (PdComplaint *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINT (self), FALSE);
  return self->heard_clear && self->asked_clear && self->repeated_clear && self->recorded_clear;
}

char *
pd_complaint_dup_unit_label (PdComplaint *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINT (self), NULL);

  if (self->unit_number[0] == '\0')
    return g_strdup ("");
  if (self->building_name[0] == '\0')
    return g_strdup (self->unit_number);
  return g_strdup_printf ("%s %s", self->building_name, self->unit_number);
}

const char *
pd_complaint_get_state_label (PdComplaint *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINT (self), NULL);
  return pd_complaint_state_to_label (self->state);
}

const char *
pd_complaint_get_channel_label (PdComplaint *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINT (self), NULL);
  return pd_contact_channel_to_label (self->channel);
}

const char *
pd_complaint_get_validity_label (PdComplaint *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINT (self), NULL);
  return pd_complaint_validity_to_label (self->valid);
}

gboolean
pd_complaint_get_in_manager_queue (PdComplaint *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINT (self), FALSE);
  return self->serious && self->manager_at == 0 && pd_complaint_state_is_open (self->state);
}

void
pd_complaint_get_moments (PdComplaint        *self,
                          PdComplaintMoments *out)
{
  g_return_if_fail (PD_IS_COMPLAINT (self));
  g_return_if_fail (out != NULL);

  out->state = self->state;
  out->valid = self->valid;
  out->registered_at = self->received_at;
  out->deadline_at = self->deadline_at;
  out->feedback_at = self->feedback_at;
  out->handled_at = self->handled_at;
  out->called_back_at = self->called_back_at;
}

void
pd_complaint_compute_clock (PdComplaint            *self,
                            const PdComplaintTimes *times,
                            gint64                  now,
                            PdComplaintClock       *out)
{
  PdComplaintMoments m;

  g_return_if_fail (PD_IS_COMPLAINT (self));
  g_return_if_fail (times != NULL && out != NULL);

  pd_complaint_get_moments (self, &m);
  pd_complaint_clock_compute (times, &m, now, out);
}

PdComplaintTimeliness
pd_complaint_get_timeliness (PdComplaint *self,
                             gint64       as_of)
{
  g_return_val_if_fail (PD_IS_COMPLAINT (self), PD_COMPLAINT_TIMELINESS_EXCLUDED);
  return pd_complaint_timeliness (self->valid, self->deadline_at, self->handled_at, as_of);
}
