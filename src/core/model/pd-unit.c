// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"
#include "config.h"

#include "pd-unit.h"
#include "pd-model-private.h"

struct _PdUnit
{
  GObject parent_instance;
  gint64      id;
  gint64      building_id;
  char       *building_name;
  char       *number;
  int         floor;
  gint64      area;
  PdUnitType  unit_type;
  guint       occupant_count;
};

G_DEFINE_FINAL_TYPE (PdUnit, pd_unit, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_BUILDING_ID,
  PROP_BUILDING_NAME,
  PROP_NUMBER,
  PROP_FLOOR,
  PROP_AREA,
  PROP_UNIT_TYPE,
  PROP_OCCUPANT_COUNT,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
pd_unit_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PdUnit *self = PD_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_BUILDING_ID: g_value_set_int64 (value, self->building_id); break;
    case PROP_BUILDING_NAME: g_value_set_string (value, self->building_name); break;
    case PROP_NUMBER: g_value_set_string (value, self->number); break;
    case PROP_FLOOR: g_value_set_int (value, self->floor); break;
    case PROP_AREA: g_value_set_int64 (value, self->area); break;
    case PROP_UNIT_TYPE: g_value_set_int (value, self->unit_type); break;
    case PROP_OCCUPANT_COUNT: g_value_set_uint (value, self->occupant_count); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_unit_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  PdUnit *self = PD_UNIT (object);

  switch (prop_id)
    {
    case PROP_ID: pd_unit_set_id (self, g_value_get_int64 (value)); break;
    case PROP_BUILDING_ID: pd_unit_set_building_id (self, g_value_get_int64 (value)); break;
    case PROP_BUILDING_NAME: pd_unit_set_building_name (self, g_value_get_string (value)); break;
    case PROP_NUMBER: pd_unit_set_number (self, g_value_get_string (value)); break;
    case PROP_FLOOR: pd_unit_set_floor (self, g_value_get_int (value)); break;
    case PROP_AREA: pd_unit_set_area (self, g_value_get_int64 (value)); break;
    case PROP_UNIT_TYPE: pd_unit_set_unit_type (self, g_value_get_int (value)); break;
    case PROP_OCCUPANT_COUNT: pd_unit_set_occupant_count (self, g_value_get_uint (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_unit_finalize (GObject *object)
{
  PdUnit *self = PD_UNIT (object);

  g_clear_pointer (&self->building_name, g_free);
  g_clear_pointer (&self->number, g_free);
  G_OBJECT_CLASS (pd_unit_parent_class)->finalize (object);
}

static void
pd_unit_class_init (PdUnitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = pd_unit_get_property;
  object_class->set_property = pd_unit_set_property;
  object_class->finalize = pd_unit_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_BUILDING_ID] =
    g_param_spec_int64 ("building-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_BUILDING_NAME] = g_param_spec_string ("building-name", NULL, NULL, NULL, flags);
  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, NULL, flags);
  properties[PROP_FLOOR] = g_param_spec_int ("floor", NULL, NULL, -10, 500, 0, flags);
  properties[PROP_AREA] = g_param_spec_int64 ("area", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UNIT_TYPE] = g_param_spec_int ("unit-type", NULL, NULL, PD_UNIT_RESIDENTIAL,
                                                 PD_UNIT_OTHER, PD_UNIT_RESIDENTIAL, flags);
  properties[PROP_OCCUPANT_COUNT] =
    g_param_spec_uint ("occupant-count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_unit_init (PdUnit *self)
{
}

PdUnit *
pd_unit_new (void)
{
  return g_object_new (PD_TYPE_UNIT, NULL);
}

#define SCALAR_ACCESSORS(type, field, PROP)                                      \
  type pd_unit_get_##field (PdUnit *self)                                \
  {                                                                              \
    g_return_val_if_fail (PD_IS_UNIT (self), 0);                             \
    return self->field;                                                          \
  }                                                                              \
  void pd_unit_set_##field (PdUnit *self, type v)                        \
  {                                                                              \
    g_return_if_fail (PD_IS_UNIT (self));                                    \
    if (self->field == v)                                                        \
      return;                                                                    \
    self->field = v;                                                             \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);                \
  }

#define STRING_ACCESSORS(field, PROP)                                            \
  const char *pd_unit_get_##field (PdUnit *self)                         \
  {                                                                              \
    g_return_val_if_fail (PD_IS_UNIT (self), NULL);                          \
    return self->field;                                                          \
  }                                                                              \
  void pd_unit_set_##field (PdUnit *self, const char *v)                 \
  {                                                                              \
    g_return_if_fail (PD_IS_UNIT (self));                                    \
    if (_pd_set_str (&self->field, v))                                             \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);              \
  }

SCALAR_ACCESSORS (gint64, id, PROP_ID)
SCALAR_ACCESSORS (gint64, building_id, PROP_BUILDING_ID)
SCALAR_ACCESSORS (int, floor, PROP_FLOOR)
SCALAR_ACCESSORS (gint64, area, PROP_AREA)
SCALAR_ACCESSORS (PdUnitType, unit_type, PROP_UNIT_TYPE)
SCALAR_ACCESSORS (guint, occupant_count, PROP_OCCUPANT_COUNT)
STRING_ACCESSORS (building_name, PROP_BUILDING_NAME)
STRING_ACCESSORS (number, PROP_NUMBER)
