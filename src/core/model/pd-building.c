// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"
#include "config.h"

#include "pd-building.h"
#include "pd-model-private.h"

struct _PdBuilding
{
  GObject parent_instance;
  gint64  id;
  gint64  estate_id;
  char   *estate_name;
  char   *name;
  guint   unit_count;
};

G_DEFINE_FINAL_TYPE (PdBuilding, pd_building, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, PROP_ESTATE_ID, PROP_ESTATE_NAME, PROP_NAME, PROP_UNIT_COUNT, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
pd_building_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  PdBuilding *self = PD_BUILDING (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_ESTATE_ID: g_value_set_int64 (value, self->estate_id); break;
    case PROP_ESTATE_NAME: g_value_set_string (value, self->estate_name); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_UNIT_COUNT: g_value_set_uint (value, self->unit_count); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_building_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  PdBuilding *self = PD_BUILDING (object);

  switch (prop_id)
    {
    case PROP_ID: pd_building_set_id (self, g_value_get_int64 (value)); break;
    case PROP_ESTATE_ID: pd_building_set_estate_id (self, g_value_get_int64 (value)); break;
    case PROP_ESTATE_NAME: pd_building_set_estate_name (self, g_value_get_string (value)); break;
    case PROP_NAME: pd_building_set_name (self, g_value_get_string (value)); break;
    case PROP_UNIT_COUNT: pd_building_set_unit_count (self, g_value_get_uint (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_building_finalize (GObject *object)
{
  PdBuilding *self = PD_BUILDING (object);

  g_clear_pointer (&self->estate_name, g_free);
  g_clear_pointer (&self->name, g_free);
  G_OBJECT_CLASS (pd_building_parent_class)->finalize (object);
}

static void
pd_building_class_init (PdBuildingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = pd_building_get_property;
  object_class->set_property = pd_building_set_property;
  object_class->finalize = pd_building_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ESTATE_ID] =
    g_param_spec_int64 ("estate-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ESTATE_NAME] = g_param_spec_string ("estate-name", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_UNIT_COUNT] =
    g_param_spec_uint ("unit-count", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_building_init (PdBuilding *self)
{
}

PdBuilding *
pd_building_new (void)
{
  return g_object_new (PD_TYPE_BUILDING, NULL);
}

#define SCALAR_ACCESSORS(type, field, PROP)                                      \
  type pd_building_get_##field (PdBuilding *self)                                \
  {                                                                              \
    g_return_val_if_fail (PD_IS_BUILDING (self), 0);                             \
    return self->field;                                                          \
  }                                                                              \
  void pd_building_set_##field (PdBuilding *self, type v)                        \
  {                                                                              \
    g_return_if_fail (PD_IS_BUILDING (self));                                    \
    if (self->field == v)                                                        \
      return;                                                                    \
    self->field = v;                                                             \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);                \
  }

#define STRING_ACCESSORS(field, PROP)                                            \
  const char *pd_building_get_##field (PdBuilding *self)                         \
  {                                                                              \
    g_return_val_if_fail (PD_IS_BUILDING (self), NULL);                          \
    return self->field;                                                          \
  }                                                                              \
  void pd_building_set_##field (PdBuilding *self, const char *v)                 \
  {                                                                              \
    g_return_if_fail (PD_IS_BUILDING (self));                                    \
    if (_pd_set_str (&self->field, v))                                             \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);              \
  }

SCALAR_ACCESSORS (gint64, id, PROP_ID)
SCALAR_ACCESSORS (gint64, estate_id, PROP_ESTATE_ID)
SCALAR_ACCESSORS (guint, unit_count, PROP_UNIT_COUNT)
STRING_ACCESSORS (estate_name, PROP_ESTATE_NAME)
STRING_ACCESSORS (name, PROP_NAME)
