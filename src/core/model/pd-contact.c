// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pd-model-fields.h"
#include "pd-contact.h"

/* A register entry has some thirty columns; a table of fields drives the properties, the
 * accessors and the copy, as for PdRepair. */
struct _PdContact
{
  GObject parent_instance;
  gint64             id;
  char              *serial;
  PdContactChannel   channel;
  gint64             received_at;
  char              *caller;
  gint64             unit_id;
  gint64             occupant_id;
  char              *phone;
  char              *content;
  char              *recorder;
  PdContactOutcome   outcome;
  gint64             complaint_id;
  gint64             repair_id;
  char              *action_taken;
  char              *action_by;
  gint64             action_at;
  char              *follow_up_needed;
  char              *follow_up_needed_by;
  gint64             follow_up_needed_at;
  char              *follow_up_done;
  char              *follow_up_done_by;
  gint64             follow_up_done_at;
  char              *customer_feedback;
  gint64             customer_feedback_at;
  gint64             updated_at;
  char              *building_name;
  char              *unit_number;
  char              *occupant_name;
  char              *complaint_serial;
  char              *repair_serial;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_SERIAL,
  PROP_CHANNEL,
  PROP_RECEIVED_AT,
  PROP_CALLER,
  PROP_UNIT_ID,
  PROP_OCCUPANT_ID,
  PROP_PHONE,
  PROP_CONTENT,
  PROP_RECORDER,
  PROP_OUTCOME,
  PROP_COMPLAINT_ID,
  PROP_REPAIR_ID,
  PROP_ACTION_TAKEN,
  PROP_ACTION_BY,
  PROP_ACTION_AT,
  PROP_FOLLOW_UP_NEEDED,
  PROP_FOLLOW_UP_NEEDED_BY,
  PROP_FOLLOW_UP_NEEDED_AT,
  PROP_FOLLOW_UP_DONE,
  PROP_FOLLOW_UP_DONE_BY,
  PROP_FOLLOW_UP_DONE_AT,
  PROP_CUSTOMER_FEEDBACK,
  PROP_CUSTOMER_FEEDBACK_AT,
  PROP_UPDATED_AT,
  PROP_BUILDING_NAME,
  PROP_UNIT_NUMBER,
  PROP_OCCUPANT_NAME,
  PROP_COMPLAINT_SERIAL,
  PROP_REPAIR_SERIAL,
  PROP_UNIT_LABEL,
  PROP_CHANNEL_LABEL,
  PROP_OUTCOME_LABEL,
  PROP_LINKED_SERIAL,
  N_PROPS
};

#define OFF(member) G_STRUCT_OFFSET (PdContact, member)
static const PdField fields[] = {
  { "id", PD_FIELD_INT64, OFF (id), 0, 0, 0, 0 },
  { "serial", PD_FIELD_STR, OFF (serial), 0, 0, 0, 0 },
  { "channel", PD_FIELD_INT, OFF (channel),
    0, PD_CONTACT_N_CHANNELS - 1, PROP_CHANNEL_LABEL, 0 },
  { "received-at", PD_FIELD_INT64, OFF (received_at), 0, 0, 0, 0 },
  { "caller", PD_FIELD_STR, OFF (caller), 0, 0, 0, 0 },
  { "unit-id", PD_FIELD_INT64, OFF (unit_id), 0, 0, 0, 0 },
  { "occupant-id", PD_FIELD_INT64, OFF (occupant_id), 0, 0, 0, 0 },
  { "phone", PD_FIELD_STR, OFF (phone), 0, 0, 0, 0 },
  { "content", PD_FIELD_STR, OFF (content), 0, 0, 0, 0 },
  { "recorder", PD_FIELD_STR, OFF (recorder), 0, 0, 0, 0 },
  { "outcome", PD_FIELD_INT, OFF (outcome),
    0, PD_CONTACT_N_OUTCOMES - 1, PROP_OUTCOME_LABEL, PROP_LINKED_SERIAL },
  { "complaint-id", PD_FIELD_INT64, OFF (complaint_id), 0, 0, 0, 0 },
  { "repair-id", PD_FIELD_INT64, OFF (repair_id), 0, 0, 0, 0 },
  { "action-taken", PD_FIELD_STR, OFF (action_taken), 0, 0, 0, 0 },
  { "action-by", PD_FIELD_STR, OFF (action_by), 0, 0, 0, 0 },
  { "action-at", PD_FIELD_INT64, OFF (action_at), 0, 0, 0, 0 },
  { "follow-up-needed", PD_FIELD_STR, OFF (follow_up_needed), 0, 0, 0, 0 },
  { "follow-up-needed-by", PD_FIELD_STR, OFF (follow_up_needed_by), 0, 0, 0, 0 },
  { "follow-up-needed-at", PD_FIELD_INT64, OFF (follow_up_needed_at), 0, 0, 0, 0 },
  { "follow-up-done", PD_FIELD_STR, OFF (follow_up_done), 0, 0, 0, 0 },
  { "follow-up-done-by", PD_FIELD_STR, OFF (follow_up_done_by), 0, 0, 0, 0 },
  { "follow-up-done-at", PD_FIELD_INT64, OFF (follow_up_done_at), 0, 0, 0, 0 },
  { "customer-feedback", PD_FIELD_STR, OFF (customer_feedback), 0, 0, 0, 0 },
  { "customer-feedback-at", PD_FIELD_INT64, OFF (customer_feedback_at),
    0, 0, 0, 0 },
  { "updated-at", PD_FIELD_INT64, OFF (updated_at), 0, 0, 0, 0 },
  { "building-name", PD_FIELD_STR, OFF (building_name), 0, 0, PROP_UNIT_LABEL, 0 },
  { "unit-number", PD_FIELD_STR, OFF (unit_number), 0, 0, PROP_UNIT_LABEL, 0 },
  { "occupant-name", PD_FIELD_STR, OFF (occupant_name), 0, 0, 0, 0 },
  { "complaint-serial", PD_FIELD_STR, OFF (complaint_serial),
    0, 0, PROP_LINKED_SERIAL, 0 },
  { "repair-serial", PD_FIELD_STR, OFF (repair_serial),
    0, 0, PROP_LINKED_SERIAL, 0 },
};
G_STATIC_ASSERT (G_N_ELEMENTS (fields) == PROP_UNIT_LABEL - 1);
#undef OFF

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PdContact, pd_contact, G_TYPE_OBJECT)

/* Enum fields are read and written through int pointers. */
G_STATIC_ASSERT (sizeof (PdContactChannel) == sizeof (int));
G_STATIC_ASSERT (sizeof (PdContactOutcome) == sizeof (int));

static void
notify_field (PdContact *self,
              guint      prop_id)
{
  _pd_fields_notify (G_OBJECT (self), properties, prop_id, &fields[prop_id - 1]);
}

static void
pd_contact_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PdContact *self = PD_CONTACT (object);

  switch (prop_id)
    {
    case PROP_UNIT_LABEL:
      g_value_take_string (value, pd_contact_dup_unit_label (self));
      return;
    case PROP_CHANNEL_LABEL:
      g_value_set_string (value, pd_contact_get_channel_label (self));
      return;
    case PROP_OUTCOME_LABEL:
      g_value_set_string (value, pd_contact_get_outcome_label (self));
      return;
    case PROP_LINKED_SERIAL:
      g_value_set_string (value, pd_contact_get_linked_serial (self));
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
pd_contact_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PdContact *self = PD_CONTACT (object);

  if (prop_id == 0 || prop_id >= PROP_UNIT_LABEL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (_pd_fields_set (self, &fields[prop_id - 1], value))
    notify_field (self, prop_id);
}

static void
pd_contact_finalize (GObject *object)
{
  PdContact *self = PD_CONTACT (object);

  _pd_fields_free_strings (self, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (pd_contact_parent_class)->finalize (object);
}

static void
pd_contact_class_init (PdContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = pd_contact_get_property;
  object_class->set_property = pd_contact_set_property;
  object_class->finalize = pd_contact_finalize;

  _pd_fields_make_specs (properties, PROP_ID, fields, G_N_ELEMENTS (fields));
  properties[PROP_UNIT_LABEL] = g_param_spec_string ("unit-label", NULL, NULL, NULL, ro);
  properties[PROP_CHANNEL_LABEL] = g_param_spec_string ("channel-label", NULL, NULL, NULL, ro);
  properties[PROP_OUTCOME_LABEL] = g_param_spec_string ("outcome-label", NULL, NULL, NULL, ro);
  properties[PROP_LINKED_SERIAL] = g_param_spec_string ("linked-serial", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_contact_init (PdContact *self)
{
  _pd_fields_init_strings (self, fields, G_N_ELEMENTS (fields));

  self->channel = PD_CONTACT_CHANNEL_PHONE;
  self->outcome = PD_CONTACT_OUTCOME_PENDING;
}

PdContact *
pd_contact_new (void)
{
  return g_object_new (PD_TYPE_CONTACT, NULL);
}

PdContact *
pd_contact_copy (PdContact *self)
{
  PdContact *copy;

  g_return_val_if_fail (PD_IS_CONTACT (self), NULL);

  copy = pd_contact_new ();
  _pd_fields_copy (copy, self, fields, G_N_ELEMENTS (fields));
  return copy;
}

#define DEFINE_NUM(Type, name, PROP, setter)                              \
  Type                                                                    \
  pd_contact_get_##name (PdContact *self)                                 \
  {                                                                       \
    g_return_val_if_fail (PD_IS_CONTACT (self), (Type)0);                 \
    return self->name;                                                    \
  }                                                                       \
  void                                                                    \
  pd_contact_set_##name (PdContact *self,                                 \
                           Type v)                                        \
  {                                                                       \
    g_return_if_fail (PD_IS_CONTACT (self));                              \
    if (_pd_fields_##setter (self, &fields[PROP - 1], v))                 \
      notify_field (self, PROP);                                          \
  }

#define DEFINE_STR(name, PROP)                                            \
  const char *                                                            \
  pd_contact_get_##name (PdContact *self)                                 \
  {                                                                       \
    g_return_val_if_fail (PD_IS_CONTACT (self), NULL);                    \
    return self->name;                                                    \
  }                                                                       \
  void                                                                    \
  pd_contact_set_##name (PdContact *self,                                 \
                           const char *v)                                 \
  {                                                                       \
    g_return_if_fail (PD_IS_CONTACT (self));                              \
    if (_pd_fields_set_str (self, &fields[PROP - 1], v))                  \
      notify_field (self, PROP);                                          \
  }

DEFINE_NUM (gint64, id, PROP_ID, set_int64)
DEFINE_STR (serial, PROP_SERIAL)
DEFINE_NUM (PdContactChannel, channel, PROP_CHANNEL, set_int)
DEFINE_NUM (gint64, received_at, PROP_RECEIVED_AT, set_int64)
DEFINE_STR (caller, PROP_CALLER)
DEFINE_NUM (gint64, unit_id, PROP_UNIT_ID, set_int64)
DEFINE_NUM (gint64, occupant_id, PROP_OCCUPANT_ID, set_int64)
DEFINE_STR (phone, PROP_PHONE)
DEFINE_STR (content, PROP_CONTENT)
DEFINE_STR (recorder, PROP_RECORDER)
DEFINE_NUM (PdContactOutcome, outcome, PROP_OUTCOME, set_int)
DEFINE_NUM (gint64, complaint_id, PROP_COMPLAINT_ID, set_int64)
DEFINE_NUM (gint64, repair_id, PROP_REPAIR_ID, set_int64)
DEFINE_STR (action_taken, PROP_ACTION_TAKEN)
DEFINE_STR (action_by, PROP_ACTION_BY)
DEFINE_NUM (gint64, action_at, PROP_ACTION_AT, set_int64)
DEFINE_STR (follow_up_needed, PROP_FOLLOW_UP_NEEDED)
DEFINE_STR (follow_up_needed_by, PROP_FOLLOW_UP_NEEDED_BY)
DEFINE_NUM (gint64, follow_up_needed_at, PROP_FOLLOW_UP_NEEDED_AT, set_int64)
DEFINE_STR (follow_up_done, PROP_FOLLOW_UP_DONE)
DEFINE_STR (follow_up_done_by, PROP_FOLLOW_UP_DONE_BY)
DEFINE_NUM (gint64, follow_up_done_at, PROP_FOLLOW_UP_DONE_AT, set_int64)
DEFINE_STR (customer_feedback, PROP_CUSTOMER_FEEDBACK)
DEFINE_NUM (gint64, customer_feedback_at, PROP_CUSTOMER_FEEDBACK_AT, set_int64)
DEFINE_NUM (gint64, updated_at, PROP_UPDATED_AT, set_int64)
DEFINE_STR (building_name, PROP_BUILDING_NAME)
DEFINE_STR (unit_number, PROP_UNIT_NUMBER)
DEFINE_STR (occupant_name, PROP_OCCUPANT_NAME)
DEFINE_STR (complaint_serial, PROP_COMPLAINT_SERIAL)
DEFINE_STR (repair_serial, PROP_REPAIR_SERIAL)

char *
pd_contact_dup_unit_label (PdContact *self)
{
  g_return_val_if_fail (PD_IS_CONTACT (self), NULL);

  if (self->unit_number[0] == '\0')
    return g_strdup ("");
  if (self->building_name[0] == '\0')
    return g_strdup (self->unit_number);
  return g_strdup_printf ("%s %s", self->building_name, self->unit_number);
}

const char *
pd_contact_get_channel_label (PdContact *self)
{
  g_return_val_if_fail (PD_IS_CONTACT (self), NULL);
  return pd_contact_channel_to_label (self->channel);
}

const char *
pd_contact_get_outcome_label (PdContact *self)
{
  g_return_val_if_fail (PD_IS_CONTACT (self), NULL);
  return pd_contact_outcome_to_label (self->outcome);
}

const char *
pd_contact_get_linked_serial (PdContact *self)
{
  g_return_val_if_fail (PD_IS_CONTACT (self), NULL);

  switch (self->outcome)
    {
    case PD_CONTACT_OUTCOME_COMPLAINT:
      return self->complaint_serial;
    case PD_CONTACT_OUTCOME_REPAIR:
      return self->repair_serial;
    case PD_CONTACT_OUTCOME_PENDING:
    case PD_CONTACT_OUTCOME_INQUIRY:
    default:
      return "";
    }
}
