// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pd-model-fields.h"
#include "pd-repair.h"

/* The order has some fifty columns; a table of fields (pd-model-fields.h) drives the properties,
 * the accessors and the copy so that adding a column is one line in each list rather than forty. */
struct _PdRepair
{
  GObject parent_instance;
  gint64          id;
  char *         serial;
  PdRepairChannel channel;
  gint64          unit_id;
  gint64          occupant_id;
  gboolean        public_area;
  char *         location;
  char *         reporter;
  char *         reporter_phone;
  gint64          category_id;
  char *         description;
  PdRepairUrgency urgency;
  PdOrderClass   repair_class;
  PdRepairSource  source;
  gint64          appointment_at;
  gint64          reported_at;
  char *         clerk;
  PdRepairState   state;
  gint64          department_id;
  gint64          assignee_id;
  char *         dispatcher;
  gint64          dispatched_at;
  gint64          accepted_at;
  gint64          arrived_at;
  gint64          completed_at;
  gint64          quote_accepted_at;
  char *         quote_accepted_by;
  char *         work_done;
  char *         materials;
  char *         result;
  gboolean        occupant_confirmed;
  int             rating_quality;
  int             rating_attitude;
  gboolean        callback_needed;
  int             reopened_count;
  gint64          parent_id;
  gint64          move_in_defect_id;
  char *         cancel_reason;
  gint64          updated_at;
  char *         category_name;
  gboolean        category_onsite_callback;
  char *         estate_name;
  char *         building_name;
  char *         unit_number;
  char *         occupant_name;
  char *         assignee_name;
  char *         department_name;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_SERIAL,
  PROP_CHANNEL,
  PROP_UNIT_ID,
  PROP_OCCUPANT_ID,
  PROP_PUBLIC_AREA,
  PROP_LOCATION,
  PROP_REPORTER,
  PROP_REPORTER_PHONE,
  PROP_CATEGORY_ID,
  PROP_DESCRIPTION,
  PROP_URGENCY,
  PROP_REPAIR_CLASS,
  PROP_SOURCE,
  PROP_APPOINTMENT_AT,
  PROP_REPORTED_AT,
  PROP_CLERK,
  PROP_STATE,
  PROP_DEPARTMENT_ID,
  PROP_ASSIGNEE_ID,
  PROP_DISPATCHER,
  PROP_DISPATCHED_AT,
  PROP_ACCEPTED_AT,
  PROP_ARRIVED_AT,
  PROP_COMPLETED_AT,
  PROP_QUOTE_ACCEPTED_AT,
  PROP_QUOTE_ACCEPTED_BY,
  PROP_WORK_DONE,
  PROP_MATERIALS,
  PROP_RESULT,
  PROP_OCCUPANT_CONFIRMED,
  PROP_RATING_QUALITY,
  PROP_RATING_ATTITUDE,
  PROP_CALLBACK_NEEDED,
  PROP_REOPENED_COUNT,
  PROP_PARENT_ID,
  PROP_MOVE_IN_DEFECT_ID,
  PROP_CANCEL_REASON,
  PROP_UPDATED_AT,
  PROP_CATEGORY_NAME,
  PROP_CATEGORY_ONSITE_CALLBACK,
  PROP_ESTATE_NAME,
  PROP_BUILDING_NAME,
  PROP_UNIT_NUMBER,
  PROP_OCCUPANT_NAME,
  PROP_ASSIGNEE_NAME,
  PROP_DEPARTMENT_NAME,
  PROP_UNIT_LABEL,
  PROP_STATE_LABEL,
  PROP_URGENCY_LABEL,
  PROP_CLASS_LABEL,
  PROP_CHANNEL_LABEL,
  PROP_SOURCE_LABEL,
  N_PROPS
};

#define OFF(member) G_STRUCT_OFFSET (PdRepair, member)
static const PdField fields[] = {
  { "id", PD_FIELD_INT64, OFF (id), 0, 0, 0, 0 },
  { "serial", PD_FIELD_STR, OFF (serial), 0, 0, 0, 0 },
  { "channel", PD_FIELD_INT, OFF (channel), 0, PD_REPAIR_N_CHANNELS - 1, PROP_CHANNEL_LABEL, 0 },
  { "unit-id", PD_FIELD_INT64, OFF (unit_id), 0, 0, 0, 0 },
  { "occupant-id", PD_FIELD_INT64, OFF (occupant_id), 0, 0, 0, 0 },
  { "public-area", PD_FIELD_BOOL, OFF (public_area), 0, 0, PROP_UNIT_LABEL, 0 },
  { "location", PD_FIELD_STR, OFF (location), 0, 0, PROP_UNIT_LABEL, 0 },
  { "reporter", PD_FIELD_STR, OFF (reporter), 0, 0, 0, 0 },
  { "reporter-phone", PD_FIELD_STR, OFF (reporter_phone), 0, 0, 0, 0 },
  { "category-id", PD_FIELD_INT64, OFF (category_id), 0, 0, 0, 0 },
  { "description", PD_FIELD_STR, OFF (description), 0, 0, 0, 0 },
  { "urgency", PD_FIELD_INT, OFF (urgency), 0, PD_REPAIR_N_URGENCIES - 1, PROP_URGENCY_LABEL, 0 },
  { "repair-class", PD_FIELD_INT, OFF (repair_class),
    0, PD_ORDER_N_CLASSES - 1, PROP_CLASS_LABEL, 0 },
  { "source", PD_FIELD_INT, OFF (source), 0, PD_REPAIR_N_SOURCES - 1, PROP_SOURCE_LABEL, 0 },
  { "appointment-at", PD_FIELD_INT64, OFF (appointment_at), 0, 0, 0, 0 },
  { "reported-at", PD_FIELD_INT64, OFF (reported_at), 0, 0, 0, 0 },
  { "clerk", PD_FIELD_STR, OFF (clerk), 0, 0, 0, 0 },
  { "state", PD_FIELD_INT, OFF (state), 0, PD_REPAIR_N_STATES - 1, PROP_STATE_LABEL, 0 },
  { "department-id", PD_FIELD_INT64, OFF (department_id), 0, 0, 0, 0 },
  { "assignee-id", PD_FIELD_INT64, OFF (assignee_id), 0, 0, 0, 0 },
  { "dispatcher", PD_FIELD_STR, OFF (dispatcher), 0, 0, 0, 0 },
  { "dispatched-at", PD_FIELD_INT64, OFF (dispatched_at), 0, 0, 0, 0 },
  { "accepted-at", PD_FIELD_INT64, OFF (accepted_at), 0, 0, 0, 0 },
  { "arrived-at", PD_FIELD_INT64, OFF (arrived_at), 0, 0, 0, 0 },
  { "completed-at", PD_FIELD_INT64, OFF (completed_at), 0, 0, 0, 0 },
  { "quote-accepted-at", PD_FIELD_INT64, OFF (quote_accepted_at), 0, 0, 0, 0 },
  { "quote-accepted-by", PD_FIELD_STR, OFF (quote_accepted_by), 0, 0, 0, 0 },
  { "work-done", PD_FIELD_STR, OFF (work_done), 0, 0, 0, 0 },
  { "materials", PD_FIELD_STR, OFF (materials), 0, 0, 0, 0 },
  { "result", PD_FIELD_STR, OFF (result), 0, 0, 0, 0 },
  { "occupant-confirmed", PD_FIELD_BOOL, OFF (occupant_confirmed), 0, 0, 0, 0 },
  { "rating-quality", PD_FIELD_INT, OFF (rating_quality), 0, 5, 0, 0 },
  { "rating-attitude", PD_FIELD_INT, OFF (rating_attitude), 0, 5, 0, 0 },
  { "callback-needed", PD_FIELD_BOOL, OFF (callback_needed), 0, 0, 0, 0 },
  { "reopened-count", PD_FIELD_INT, OFF (reopened_count), 0, G_MAXINT, 0, 0 },
  { "parent-id", PD_FIELD_INT64, OFF (parent_id), 0, 0, 0, 0 },
  { "move-in-defect-id", PD_FIELD_INT64, OFF (move_in_defect_id), 0, 0, 0, 0 },
  { "cancel-reason", PD_FIELD_STR, OFF (cancel_reason), 0, 0, 0, 0 },
  { "updated-at", PD_FIELD_INT64, OFF (updated_at), 0, 0, 0, 0 },
  { "category-name", PD_FIELD_STR, OFF (category_name), 0, 0, 0, 0 },
  { "category-onsite-callback", PD_FIELD_BOOL, OFF (category_onsite_callback), 0, 0, 0, 0 },
  { "estate-name", PD_FIELD_STR, OFF (estate_name), 0, 0, 0, 0 },
  { "building-name", PD_FIELD_STR, OFF (building_name), 0, 0, PROP_UNIT_LABEL, 0 },
  { "unit-number", PD_FIELD_STR, OFF (unit_number), 0, 0, PROP_UNIT_LABEL, 0 },
  { "occupant-name", PD_FIELD_STR, OFF (occupant_name), 0, 0, 0, 0 },
  { "assignee-name", PD_FIELD_STR, OFF (assignee_name), 0, 0, 0, 0 },
  { "department-name", PD_FIELD_STR, OFF (department_name), 0, 0, 0, 0 },
};
G_STATIC_ASSERT (G_N_ELEMENTS (fields) == PROP_UNIT_LABEL - 1);
#undef OFF

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PdRepair, pd_repair, G_TYPE_OBJECT)

/* Enum fields are read and written through int pointers. */
G_STATIC_ASSERT (sizeof (PdRepairState) == sizeof (int));
G_STATIC_ASSERT (sizeof (PdRepairUrgency) == sizeof (int));
G_STATIC_ASSERT (sizeof (PdOrderClass) == sizeof (int));
G_STATIC_ASSERT (sizeof (PdRepairChannel) == sizeof (int));
G_STATIC_ASSERT (sizeof (PdRepairSource) == sizeof (int));

static void
notify_field (PdRepair *self,
              guint     prop_id)
{
  _pd_fields_notify (G_OBJECT (self), properties, prop_id, &fields[prop_id - 1]);
}

static void
pd_repair_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PdRepair *self = PD_REPAIR (object);

  switch (prop_id)
    {
    case PROP_UNIT_LABEL:
      g_value_take_string (value, pd_repair_dup_unit_label (self));
      return;
    case PROP_STATE_LABEL:
      g_value_set_string (value, pd_repair_get_state_label (self));
      return;
    case PROP_URGENCY_LABEL:
      g_value_set_string (value, pd_repair_get_urgency_label (self));
      return;
    case PROP_CLASS_LABEL:
      g_value_set_string (value, pd_repair_get_class_label (self));
      return;
    case PROP_CHANNEL_LABEL:
      g_value_set_string (value, pd_repair_get_channel_label (self));
      return;
    case PROP_SOURCE_LABEL:
      g_value_set_string (value, pd_repair_get_source_label (self));
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
pd_repair_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PdRepair *self = PD_REPAIR (object);

  if (prop_id == 0 || prop_id >= PROP_UNIT_LABEL)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (_pd_fields_set (self, &fields[prop_id - 1], value))
    notify_field (self, prop_id);
}

static void
pd_repair_finalize (GObject *object)
{
  PdRepair *self = PD_REPAIR (object);

  _pd_fields_free_strings (self, fields, G_N_ELEMENTS (fields));

  G_OBJECT_CLASS (pd_repair_parent_class)->finalize (object);
}

static void
pd_repair_class_init (PdRepairClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = pd_repair_get_property;
  object_class->set_property = pd_repair_set_property;
  object_class->finalize = pd_repair_finalize;

  _pd_fields_make_specs (properties, PROP_ID, fields, G_N_ELEMENTS (fields));
  properties[PROP_UNIT_LABEL] = g_param_spec_string ("unit-label", NULL, NULL, NULL, ro);
  properties[PROP_STATE_LABEL] = g_param_spec_string ("state-label", NULL, NULL, NULL, ro);
  properties[PROP_URGENCY_LABEL] = g_param_spec_string ("urgency-label", NULL, NULL, NULL, ro);
  properties[PROP_CLASS_LABEL] = g_param_spec_string ("class-label", NULL, NULL, NULL, ro);
  properties[PROP_CHANNEL_LABEL] = g_param_spec_string ("channel-label", NULL, NULL, NULL, ro);
  properties[PROP_SOURCE_LABEL] = g_param_spec_string ("source-label", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_repair_init (PdRepair *self)
{
  _pd_fields_init_strings (self, fields, G_N_ELEMENTS (fields));

  self->channel = PD_REPAIR_CHANNEL_PHONE;
  self->urgency = PD_REPAIR_URGENCY_GENERAL;
  self->repair_class = PD_ORDER_CLASS_B;
  self->source = PD_REPAIR_SOURCE_CUSTOMER;
  self->state = PD_REPAIR_STATE_NEW;
}

PdRepair *
pd_repair_new (void)
{
  return g_object_new (PD_TYPE_REPAIR, NULL);
}

PdRepair *
pd_repair_copy (PdRepair *self)
{
  PdRepair *copy;

  g_return_val_if_fail (PD_IS_REPAIR (self), NULL);

  copy = pd_repair_new ();
  _pd_fields_copy (copy, self, fields, G_N_ELEMENTS (fields));
  return copy;
}

#define DEFINE_NUM(Type, name, PROP, setter)               \
  Type                                                      \
  pd_repair_get_##name (PdRepair *self)                     \
  {                                                         \
    g_return_val_if_fail (PD_IS_REPAIR (self), (Type)0);    \
    return self->name;                                      \
  }                                                         \
  void                                                      \
  pd_repair_set_##name (PdRepair *self,                     \
                        Type      v)                        \
  {                                                         \
    g_return_if_fail (PD_IS_REPAIR (self));                 \
    if (_pd_fields_##setter (self, &fields[PROP - 1], v))   \
      notify_field (self, PROP);                            \
  }

#define DEFINE_STR(name, PROP)                              \
  const char *                                              \
  pd_repair_get_##name (PdRepair *self)                     \
  {                                                         \
    g_return_val_if_fail (PD_IS_REPAIR (self), NULL);       \
    return self->name;                                      \
  }                                                         \
  void                                                      \
  pd_repair_set_##name (PdRepair   *self,                   \
                        const char *v)                      \
  {                                                         \
    g_return_if_fail (PD_IS_REPAIR (self));                 \
    if (_pd_fields_set_str (self, &fields[PROP - 1], v))    \
      notify_field (self, PROP);                            \
  }

DEFINE_NUM (gint64, id, PROP_ID, set_int64)
DEFINE_STR (serial, PROP_SERIAL)
DEFINE_NUM (PdRepairChannel, channel, PROP_CHANNEL, set_int)
DEFINE_NUM (gint64, unit_id, PROP_UNIT_ID, set_int64)
DEFINE_NUM (gint64, occupant_id, PROP_OCCUPANT_ID, set_int64)
DEFINE_NUM (gboolean, public_area, PROP_PUBLIC_AREA, set_bool)
DEFINE_STR (location, PROP_LOCATION)
DEFINE_STR (reporter, PROP_REPORTER)
DEFINE_STR (reporter_phone, PROP_REPORTER_PHONE)
DEFINE_NUM (gint64, category_id, PROP_CATEGORY_ID, set_int64)
DEFINE_STR (description, PROP_DESCRIPTION)
DEFINE_NUM (PdRepairUrgency, urgency, PROP_URGENCY, set_int)
DEFINE_NUM (PdOrderClass, repair_class, PROP_REPAIR_CLASS, set_int)
DEFINE_NUM (PdRepairSource, source, PROP_SOURCE, set_int)
DEFINE_NUM (gint64, appointment_at, PROP_APPOINTMENT_AT, set_int64)
DEFINE_NUM (gint64, reported_at, PROP_REPORTED_AT, set_int64)
DEFINE_STR (clerk, PROP_CLERK)
DEFINE_NUM (PdRepairState, state, PROP_STATE, set_int)
DEFINE_NUM (gint64, department_id, PROP_DEPARTMENT_ID, set_int64)
DEFINE_NUM (gint64, assignee_id, PROP_ASSIGNEE_ID, set_int64)
DEFINE_STR (dispatcher, PROP_DISPATCHER)
DEFINE_NUM (gint64, dispatched_at, PROP_DISPATCHED_AT, set_int64)
DEFINE_NUM (gint64, accepted_at, PROP_ACCEPTED_AT, set_int64)
DEFINE_NUM (gint64, arrived_at, PROP_ARRIVED_AT, set_int64)
DEFINE_NUM (gint64, completed_at, PROP_COMPLETED_AT, set_int64)
DEFINE_NUM (gint64, quote_accepted_at, PROP_QUOTE_ACCEPTED_AT, set_int64)
DEFINE_STR (quote_accepted_by, PROP_QUOTE_ACCEPTED_BY)
DEFINE_STR (work_done, PROP_WORK_DONE)
DEFINE_STR (materials, PROP_MATERIALS)
DEFINE_STR (result, PROP_RESULT)
DEFINE_NUM (gboolean, occupant_confirmed, PROP_OCCUPANT_CONFIRMED, set_bool)
DEFINE_NUM (int, rating_quality, PROP_RATING_QUALITY, set_int)
DEFINE_NUM (int, rating_attitude, PROP_RATING_ATTITUDE, set_int)
DEFINE_NUM (gboolean, callback_needed, PROP_CALLBACK_NEEDED, set_bool)
DEFINE_NUM (int, reopened_count, PROP_REOPENED_COUNT, set_int)
DEFINE_NUM (gint64, parent_id, PROP_PARENT_ID, set_int64)
DEFINE_NUM (gint64, move_in_defect_id, PROP_MOVE_IN_DEFECT_ID, set_int64)
DEFINE_STR (cancel_reason, PROP_CANCEL_REASON)
DEFINE_NUM (gint64, updated_at, PROP_UPDATED_AT, set_int64)
DEFINE_STR (category_name, PROP_CATEGORY_NAME)
DEFINE_NUM (gboolean, category_onsite_callback, PROP_CATEGORY_ONSITE_CALLBACK, set_bool)
DEFINE_STR (estate_name, PROP_ESTATE_NAME)
DEFINE_STR (building_name, PROP_BUILDING_NAME)
DEFINE_STR (unit_number, PROP_UNIT_NUMBER)
DEFINE_STR (occupant_name, PROP_OCCUPANT_NAME)
DEFINE_STR (assignee_name, PROP_ASSIGNEE_NAME)
DEFINE_STR (department_name, PROP_DEPARTMENT_NAME)

char *
pd_repair_dup_unit_label (PdRepair *self)
{
  g_return_val_if_fail (PD_IS_REPAIR (self), NULL);

  if (self->unit_number[0] != '\0')
    {
      if (self->building_name[0] == '\0')
        return g_strdup (self->unit_number);
      return g_strdup_printf ("%s %s", self->building_name, self->unit_number);
    }
  if (self->location[0] != '\0')
    return g_strdup (self->location);
  return g_strdup (_("Public area"));
}

const char *
pd_repair_get_state_label (PdRepair *self)
{
  g_return_val_if_fail (PD_IS_REPAIR (self), NULL);
  return pd_repair_state_to_label (self->state);
}

const char *
pd_repair_get_urgency_label (PdRepair *self)
{
  g_return_val_if_fail (PD_IS_REPAIR (self), NULL);
  return pd_repair_urgency_to_label (self->urgency);
}

const char *
pd_repair_get_class_label (PdRepair *self)
{
  g_return_val_if_fail (PD_IS_REPAIR (self), NULL);
  return pd_order_class_to_label (self->repair_class);
}

const char *
pd_repair_get_channel_label (PdRepair *self)
{
  g_return_val_if_fail (PD_IS_REPAIR (self), NULL);
  return pd_repair_channel_to_label (self->channel);
}

const char *
pd_repair_get_source_label (PdRepair *self)
{
  g_return_val_if_fail (PD_IS_REPAIR (self), NULL);
  return pd_repair_source_to_label (self->source);
}

void
pd_repair_get_moments (PdRepair        *self,
                       PdRepairMoments *out)
{
  g_return_if_fail (PD_IS_REPAIR (self));
  g_return_if_fail (out != NULL);

  out->urgency = self->urgency;
  out->reported_at = self->reported_at;
  out->appointment_at = self->appointment_at;
  out->dispatched_at = self->dispatched_at;
  out->accepted_at = self->accepted_at;
  out->arrived_at = self->arrived_at;
  out->completed_at = self->completed_at;
}

void
pd_repair_compute_clock (PdRepair            *self,
                         const PdRepairTimes *times,
                         gint64               now,
                         GTimeZone           *tz,
                         PdRepairClock       *out)
{
  PdRepairMoments m;

  g_return_if_fail (PD_IS_REPAIR (self));
  g_return_if_fail (times != NULL && out != NULL);

  memset (out, 0, sizeof *out);
  if (self->state == PD_REPAIR_STATE_CANCELLED)
    return;
  pd_repair_get_moments (self, &m);
  pd_repair_clock_compute (times, &m, now, tz, out);
}
