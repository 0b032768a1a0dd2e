// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pd-model-private.h"
#include "pd-contact.h"

/* A register entry has some thirty columns; a table of fields drives the properties, the
 * accessors and the copy, as for PdRepair. */
typedef enum
{
  F_INT64,
  F_STR,
  F_BOOL,
  F_INT,   /* enums stored as int, counts */
} FieldKind;

typedef struct
{
  const char *name;
  FieldKind   kind;
  glong       offset;
  int         min;       /* F_INT only */
  int         max;       /* F_INT only */
  int         derived;   /* display properties that change with this field, or 0 */
  int         derived2;
} Field;

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

static const Field fields[] = {
  { "id", F_INT64, G_STRUCT_OFFSET (PdContact, id), 0, 0, 0, 0 },
  { "serial", F_STR, G_STRUCT_OFFSET (PdContact, serial), 0, 0, 0, 0 },
  { "channel", F_INT, G_STRUCT_OFFSET (PdContact, channel),
    0, PD_CONTACT_N_CHANNELS - 1, PROP_CHANNEL_LABEL, 0 },
  { "received-at", F_INT64, G_STRUCT_OFFSET (PdContact, received_at), 0, 0, 0, 0 },
  { "caller", F_STR, G_STRUCT_OFFSET (PdContact, caller), 0, 0, 0, 0 },
  { "unit-id", F_INT64, G_STRUCT_OFFSET (PdContact, unit_id), 0, 0, 0, 0 },
  { "occupant-id", F_INT64, G_STRUCT_OFFSET (PdContact, occupant_id), 0, 0, 0, 0 },
  { "phone", F_STR, G_STRUCT_OFFSET (PdContact, phone), 0, 0, 0, 0 },
  { "content", F_STR, G_STRUCT_OFFSET (PdContact, content), 0, 0, 0, 0 },
  { "recorder", F_STR, G_STRUCT_OFFSET (PdContact, recorder), 0, 0, 0, 0 },
  { "outcome", F_INT, G_STRUCT_OFFSET (PdContact, outcome),
    0, PD_CONTACT_N_OUTCOMES - 1, PROP_OUTCOME_LABEL, PROP_LINKED_SERIAL },
  { "complaint-id", F_INT64, G_STRUCT_OFFSET (PdContact, complaint_id), 0, 0, 0, 0 },
  { "repair-id", F_INT64, G_STRUCT_OFFSET (PdContact, repair_id), 0, 0, 0, 0 },
  { "action-taken", F_STR, G_STRUCT_OFFSET (PdContact, action_taken), 0, 0, 0, 0 },
  { "action-by", F_STR, G_STRUCT_OFFSET (PdContact, action_by), 0, 0, 0, 0 },
  { "action-at", F_INT64, G_STRUCT_OFFSET (PdContact, action_at), 0, 0, 0, 0 },
  { "follow-up-needed", F_STR, G_STRUCT_OFFSET (PdContact, follow_up_needed), 0, 0, 0, 0 },
  { "follow-up-needed-by", F_STR, G_STRUCT_OFFSET (PdContact, follow_up_needed_by), 0, 0, 0, 0 },
  { "follow-up-needed-at", F_INT64, G_STRUCT_OFFSET (PdContact, follow_up_needed_at), 0, 0, 0, 0 },
  { "follow-up-done", F_STR, G_STRUCT_OFFSET (PdContact, follow_up_done), 0, 0, 0, 0 },
  { "follow-up-done-by", F_STR, G_STRUCT_OFFSET (PdContact, follow_up_done_by), 0, 0, 0, 0 },
  { "follow-up-done-at", F_INT64, G_STRUCT_OFFSET (PdContact, follow_up_done_at), 0, 0, 0, 0 },
  { "customer-feedback", F_STR, G_STRUCT_OFFSET (PdContact, customer_feedback), 0, 0, 0, 0 },
  { "customer-feedback-at", F_INT64, G_STRUCT_OFFSET (PdContact, customer_feedback_at),
    0, 0, 0, 0 },
  { "updated-at", F_INT64, G_STRUCT_OFFSET (PdContact, updated_at), 0, 0, 0, 0 },
  { "building-name", F_STR, G_STRUCT_OFFSET (PdContact, building_name), 0, 0, PROP_UNIT_LABEL, 0 },
  { "unit-number", F_STR, G_STRUCT_OFFSET (PdContact, unit_number), 0, 0, PROP_UNIT_LABEL, 0 },
  { "occupant-name", F_STR, G_STRUCT_OFFSET (PdContact, occupant_name), 0, 0, 0, 0 },
  { "complaint-serial", F_STR, G_STRUCT_OFFSET (PdContact, complaint_serial),
    0, 0, PROP_LINKED_SERIAL, 0 },
  { "repair-serial", F_STR, G_STRUCT_OFFSET (PdContact, repair_serial),
    0, 0, PROP_LINKED_SERIAL, 0 },
};
G_STATIC_ASSERT (G_N_ELEMENTS (fields) == PROP_UNIT_LABEL - 1);

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PdContact, pd_contact, G_TYPE_OBJECT)

/* Enum fields are read and written through int pointers. */
G_STATIC_ASSERT (sizeof (PdContactChannel) == sizeof (int));
G_STATIC_ASSERT (sizeof (PdContactOutcome) == sizeof (int));

static void
notify_field (PdContact *self,
              guint     prop_id)
{
  const Field *f = &fields[prop_id - 1];

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  if (f->derived != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[f->derived]);
  if (f->derived2 != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[f->derived2]);
}

static void
set_int64 (PdContact *self,
           guint     prop_id,
           gint64    v)
{
  gint64 *p = &G_STRUCT_MEMBER (gint64, self, fields[prop_id - 1].offset);

  if (*p == v)
    return;
  *p = v;
  notify_field (self, prop_id);
}

static void
set_int (PdContact *self,
         guint     prop_id,
         int       v)
{
  int *p = &G_STRUCT_MEMBER (int, self, fields[prop_id - 1].offset);

  if (*p == v)
    return;
  *p = v;
  notify_field (self, prop_id);
}

static void
set_bool (PdContact *self,
          guint     prop_id,
          gboolean  v)
{
  gboolean *p = &G_STRUCT_MEMBER (gboolean, self, fields[prop_id - 1].offset);

  v = !!v;
  if (*p == v)
    return;
  *p = v;
  notify_field (self, prop_id);
}

static void
set_str (PdContact   *self,
         guint       prop_id,
         const char *v)
{
  char **p = &G_STRUCT_MEMBER (char *, self, fields[prop_id - 1].offset);

  /* NULL and "" are the same to the database (NOT NULL DEFAULT ''), so keep "" only. */
  if (_pd_set_str (p, v != NULL ? v : ""))
    notify_field (self, prop_id);
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

  switch (fields[prop_id - 1].kind)
    {
    case F_INT64:
      g_value_set_int64 (value, G_STRUCT_MEMBER (gint64, self, fields[prop_id - 1].offset));
      break;
    case F_STR:
      g_value_set_string (value, G_STRUCT_MEMBER (char *, self, fields[prop_id - 1].offset));
      break;
    case F_BOOL:
      g_value_set_boolean (value, G_STRUCT_MEMBER (gboolean, self, fields[prop_id - 1].offset));
      break;
    case F_INT:
    default:
      g_value_set_int (value, G_STRUCT_MEMBER (int, self, fields[prop_id - 1].offset));
      break;
    }
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

  switch (fields[prop_id - 1].kind)
    {
    case F_INT64:
      set_int64 (self, prop_id, g_value_get_int64 (value));
      break;
    case F_STR:
      set_str (self, prop_id, g_value_get_string (value));
      break;
    case F_BOOL:
      set_bool (self, prop_id, g_value_get_boolean (value));
      break;
    case F_INT:
    default:
      set_int (self, prop_id, g_value_get_int (value));
      break;
    }
}

static void
pd_contact_finalize (GObject *object)
{
  PdContact *self = PD_CONTACT (object);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].kind == F_STR)
      g_clear_pointer (&G_STRUCT_MEMBER (char *, self, fields[i].offset), g_free);

  G_OBJECT_CLASS (pd_contact_parent_class)->finalize (object);
}

static void
pd_contact_class_init (PdContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = pd_contact_get_property;
  object_class->set_property = pd_contact_set_property;
  object_class->finalize = pd_contact_finalize;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const Field *f = &fields[i];

      switch (f->kind)
        {
        case F_INT64:
          properties[i + 1] = g_param_spec_int64 (f->name, NULL, NULL, 0, G_MAXINT64, 0, rw);
          break;
        case F_STR:
          properties[i + 1] = g_param_spec_string (f->name, NULL, NULL, "", rw);
          break;
        case F_BOOL:
          properties[i + 1] = g_param_spec_boolean (f->name, NULL, NULL, FALSE, rw);
          break;
        case F_INT:
        default:
          properties[i + 1] = g_param_spec_int (f->name, NULL, NULL, f->min, f->max,
                                                f->min, rw);
          break;
        }
    }
  properties[PROP_UNIT_LABEL] = g_param_spec_string ("unit-label", NULL, NULL, NULL, ro);
  properties[PROP_CHANNEL_LABEL] = g_param_spec_string ("channel-label", NULL, NULL, NULL, ro);
  properties[PROP_OUTCOME_LABEL] = g_param_spec_string ("outcome-label", NULL, NULL, NULL, ro);
  properties[PROP_LINKED_SERIAL] = g_param_spec_string ("linked-serial", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_contact_init (PdContact *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].kind == F_STR)
      G_STRUCT_MEMBER (char *, self, fields[i].offset) = g_strdup ("");

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
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      glong off = fields[i].offset;

      switch (fields[i].kind)
        {
        case F_INT64:
          G_STRUCT_MEMBER (gint64, copy, off) = G_STRUCT_MEMBER (gint64, self, off);
          break;
        case F_STR:
          g_free (G_STRUCT_MEMBER (char *, copy, off));
          G_STRUCT_MEMBER (char *, copy, off) = g_strdup (G_STRUCT_MEMBER (char *, self, off));
          break;
        case F_BOOL:
          G_STRUCT_MEMBER (gboolean, copy, off) = G_STRUCT_MEMBER (gboolean, self, off);
          break;
        case F_INT:
        default:
          G_STRUCT_MEMBER (int, copy, off) = G_STRUCT_MEMBER (int, self, off);
          break;
        }
    }
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
    setter (self, PROP, v);                                               \
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
    set_str (self, PROP, v);                                              \
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
