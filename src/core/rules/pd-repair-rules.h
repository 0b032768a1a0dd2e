// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>
#include "pd-repair-enums.h"
#include "pd-quantity.h"  /* quantities in thousandths */

G_BEGIN_DECLS

/* Refusals of the repair rules: the message is a translated sentence for the clerk. Stores pass
 * these errors through unchanged. */
#define PD_REPAIR_ERROR (pd_repair_error_quark ())

typedef enum
{
  PD_REPAIR_ERROR_STATE,     /* the step is not allowed in the order's current state */
  PD_REPAIR_ERROR_QUOTE,     /* paid order: quote missing, not accepted, or no lines */
  PD_REPAIR_ERROR_APPROVAL,  /* manual-priced line not approved by a supervisor */
  PD_REPAIR_ERROR_CLASS,     /* charge lines on an order that is not paid */
  PD_REPAIR_ERROR_TIME,      /* times out of order (e.g. completed before dispatched) */
  PD_REPAIR_ERROR_FIELD,     /* a required field is missing or a value is out of range */
  PD_REPAIR_ERROR_METHOD,    /* callback method refused (category needs an on-site callback) */
} PdRepairErrorCode;

GQuark   pd_repair_error_quark (void);

typedef enum
{
  PD_REPAIR_ACTION_EDIT,          /* change intake fields */
  PD_REPAIR_ACTION_DISPATCH,      /* also re-assign while not yet on site */
  PD_REPAIR_ACTION_ACCEPT,        /* 接单 */
  PD_REPAIR_ACTION_ARRIVE,
  PD_REPAIR_ACTION_COMPLETE,
  PD_REPAIR_ACTION_CALLBACK,
  PD_REPAIR_ACTION_CANCEL,
  PD_REPAIR_ACTION_EDIT_CHARGES,  /* add, remove or approve charge lines */
  PD_REPAIR_ACTION_ACCEPT_QUOTE,
} PdRepairAction;

/* What the rules need to know of an order. */
typedef struct
{
  const char     *serial;               /* for messages; may be NULL */
  PdRepairState   state;
  PdOrderClass   repair_class;
  guint           n_charges;            /* charge lines */
  guint           n_unapproved_manual;  /* manual-priced lines not yet approved */
  gboolean        quote_accepted;
} PdRepairFacts;

/* State machine: new → dispatched → accepted → on_site → completed → called_back; cancelled
 * from new or dispatched. Completing needs a dispatched order (accepted and on-site are
 * optional steps); a paid order needs its quote accepted, which needs at least one line and
 * every manual line approved. A callback needs a completed order. FALSE with a PD_REPAIR_ERROR
 * saying why otherwise. */
gboolean pd_repair_rules_check   (const PdRepairFacts *facts,
                                  PdRepairAction       action,
                                  GError             **error);
/* The state an allowed action leads to (EDIT, EDIT_CHARGES, ACCEPT_QUOTE keep the state). */
PdRepairState pd_repair_rules_next_state (PdRepairState  state,
                                          PdRepairAction action);

/* round(quantity_milli × unit_price_fen / 1000), half up, in integers. FALSE with
 * PD_RULE_ERROR_RANGE on a negative input or overflow. */
gboolean pd_repair_line_amount   (gint64   quantity_milli,
                                  gint64   unit_price_fen,
                                  gint64  *out_fen,
                                  GError **error);

/* KPIs: per-mille integers rounded half up (953 means 95.3 %), or -1 when the base is 0. */
int      pd_kpi_permille              (gint64 part,
                                       gint64 whole);
/* Orders called back / orders completed in the period (target 1000). */
int      pd_repair_kpi_callback_rate  (gint64 called_back,
                                       gint64 completed);
/* On-site callbacks / all callbacks (target ≥ 700). */
int      pd_repair_kpi_onsite_share   (gint64 onsite,
                                       gint64 callbacks);
/* Satisfied callbacks / all callbacks (target 950). */
int      pd_repair_kpi_satisfaction   (gint64 satisfied,
                                       gint64 callbacks);
/* Arrivals (or completions) by their due time / those measured. */
int      pd_repair_kpi_on_time_rate   (gint64 met,
                                       gint64 measured);
/* "95.3%" ("95.3%" in every language), or "—" for -1. */
char    *pd_kpi_format_permille       (int    permille);

G_END_DECLS
