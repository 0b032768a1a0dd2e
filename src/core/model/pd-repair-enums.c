// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-repair-enums.h"

typedef struct
{
  const char *code;   /* as stored in the repairs table */
  const char *label;  /* N_() marked, translated on use */
} EnumEntry;

static const EnumEntry states[] = {
  { "new", N_("Not dispatched") },
  { "dispatched", N_("Dispatched") },
  { "accepted", N_("Accepted") },
  { "on_site", N_("On site") },
  { "completed", N_("Completed") },
  { "called_back", N_("Called back") },
  { "cancelled", N_("Cancelled") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (states) == PD_REPAIR_N_STATES);

static const EnumEntry urgencies[] = {
  { "urgent", N_("Urgent repair") },
  { "small", N_("Small repair") },
  { "general", N_("General repair") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (urgencies) == PD_REPAIR_N_URGENCIES);

static const EnumEntry classes[] = {
  { "A", N_("Class A (warranty)") },
  { "B", N_("Class B (company pays)") },
  { "paid", N_("Paid by occupant") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (classes) == PD_ORDER_N_CLASSES);

static const EnumEntry channels[] = {
  { "phone", N_("Phone") },
  { "visit", N_("In person") },
  { "written", N_("Written") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (channels) == PD_REPAIR_N_CHANNELS);

static const EnumEntry sources[] = {
  { "customer", N_("Customer") },
  { "property_office", N_("Property office") },
  { "business_dept", N_("Business department") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (sources) == PD_REPAIR_N_SOURCES);

static gboolean
lookup_code (const EnumEntry *entries,
             guint            n,
             const char      *code,
             int             *out)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (entries[i].code, code) == 0)
      {
        if (out != NULL)
          *out = (int)i;
        return TRUE;
      }
  return FALSE;
}

#define DEFINE_ENUM(Type, name, table)                                  \
  const char *                                                          \
  pd_##name##_to_code (Type v)                                   \
  {                                                                     \
    g_return_val_if_fail ((guint)v < G_N_ELEMENTS (table), NULL);       \
    return table[v].code;                                               \
  }                                                                     \
  const char *                                                          \
  pd_##name##_to_label (Type v)                                  \
  {                                                                     \
    g_return_val_if_fail ((guint)v < G_N_ELEMENTS (table), "");         \
    return _(table[v].label);                                           \
  }                                                                     \
  gboolean                                                              \
  pd_##name##_from_code (const char *code,                       \
                                Type       *out)                        \
  {                                                                     \
    int i;                                                              \
    if (!lookup_code (table, G_N_ELEMENTS (table), code, &i))           \
      return FALSE;                                                     \
    if (out != NULL)                                                    \
      *out = (Type)i;                                                   \
    return TRUE;                                                        \
  }

DEFINE_ENUM (PdRepairState, repair_state, states)
DEFINE_ENUM (PdRepairUrgency, repair_urgency, urgencies)
DEFINE_ENUM (PdOrderClass, order_class, classes)
DEFINE_ENUM (PdRepairChannel, repair_channel, channels)
DEFINE_ENUM (PdRepairSource, repair_source, sources)

gboolean
pd_repair_state_is_open (PdRepairState state)
{
  return state == PD_REPAIR_STATE_NEW || state == PD_REPAIR_STATE_DISPATCHED ||
         state == PD_REPAIR_STATE_ACCEPTED || state == PD_REPAIR_STATE_ON_SITE;
}
