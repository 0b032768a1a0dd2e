// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-enums.h"

typedef struct
{
  const char *code;   /* as stored in the contacts and complaints tables */
  const char *label;  /* N_() or NC_() marked, translated on use */
} EnumEntry;

static const EnumEntry states[] = {
  { "registered", NC_("complaint state", "Registered") },
  { "invalid", NC_("complaint state", "Not a valid complaint") },
  { "dispatched", NC_("complaint state", "With the department") },
  { "handled", NC_("complaint state", "Handled") },
  { "called_back", NC_("complaint state", "Called back") },
  { "signed_off", NC_("complaint state", "Signed off") },
  { "archived", NC_("complaint state", "Archived") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (states) == PD_COMPLAINT_N_STATES);

/* The same codes as the repairs table, so that a register entry turns into an order as is. */
static const EnumEntry channels[] = {
  { "phone", N_("Phone") },
  { "visit", N_("In person") },
  { "written", N_("Written") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (channels) == PD_CONTACT_N_CHANNELS);

static const EnumEntry outcomes[] = {
  { "pending", NC_("register entry", "Pending") },
  { "complaint", NC_("register entry", "Complaint opened") },
  { "repair", NC_("register entry", "Repair order opened") },
  { "inquiry", NC_("register entry", "Inquiry answered") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (outcomes) == PD_CONTACT_N_OUTCOMES);

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

/* ctx: the message context of the labels, NULL for none. */
#define DEFINE_ENUM(Type, name, table, ctx)                       \
  const char *                                                    \
  pd_##name##_to_code (Type v)                                    \
  {                                                               \
    g_return_val_if_fail ((guint)v < G_N_ELEMENTS (table), NULL); \
    return table[v].code;                                         \
  }                                                               \
  const char *                                                    \
  pd_##name##_to_label (Type v)                                   \
  {                                                               \
    g_return_val_if_fail ((guint)v < G_N_ELEMENTS (table), "");   \
    return ctx != NULL                                            \
             ? g_dpgettext2 (GETTEXT_PACKAGE, ctx, table[v].label)  \
             : g_dgettext (GETTEXT_PACKAGE, table[v].label);        \
  }                                                               \
  gboolean                                                        \
  pd_##name##_from_code (const char *code,                        \
                         Type       *out)                         \
  {                                                               \
    int i;                                                        \
    if (!lookup_code (table, G_N_ELEMENTS (table), code, &i))     \
      return FALSE;                                               \
    if (out != NULL)                                              \
      *out = (Type)i;                                             \
    return TRUE;                                                  \
  }

DEFINE_ENUM (PdComplaintState, complaint_state, states, "complaint state")
DEFINE_ENUM (PdContactChannel, contact_channel, channels, NULL)
DEFINE_ENUM (PdContactOutcome, contact_outcome, outcomes, "register entry")

gboolean
pd_complaint_state_is_open (PdComplaintState state)
{
  return state == PD_COMPLAINT_STATE_REGISTERED || state == PD_COMPLAINT_STATE_DISPATCHED ||
         state == PD_COMPLAINT_STATE_HANDLED || state == PD_COMPLAINT_STATE_CALLED_BACK;
}

const char *
pd_complaint_validity_to_label (PdComplaintValidity validity)
{
  switch (validity)
    {
    case PD_COMPLAINT_VALIDITY_VALID:
      return C_("complaint validity", "Valid");
    case PD_COMPLAINT_VALIDITY_INVALID:
      return C_("complaint validity", "Not valid");
    case PD_COMPLAINT_VALIDITY_UNDECIDED:
    default:
      return C_("complaint validity", "Not yet decided");
    }
}
