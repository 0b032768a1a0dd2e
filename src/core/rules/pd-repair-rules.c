// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-rules"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-repair-rules.h"
#include "pd-rule-error.h"

G_DEFINE_QUARK (pd-repair-error-quark, pd_repair_error)

static gboolean
refuse (GError          **error,
        PdRepairErrorCode code,
        const char       *format,
        ...) G_GNUC_PRINTF (3, 4);

static gboolean
refuse (GError          **error,
        PdRepairErrorCode code,
        const char       *format,
        ...)
{
  va_list args;

  if (error == NULL)
    return FALSE;
  va_start (args, format);
  *error = g_error_new_valist (PD_REPAIR_ERROR, code, format, args);
  va_end (args);
  return FALSE;
}

/* The one sentence for every step tried on a closed order. */
static gboolean
refuse_closed (const PdRepairFacts *facts,
               const char          *serial,
               GError             **error)
{
  return refuse (error, PD_REPAIR_ERROR_STATE,
                 _("Order %s is already “%s” and can no longer be changed."), serial,
                 pd_repair_state_to_label (facts->state));
}

static gboolean
check_quote_ready (const PdRepairFacts *facts,
                   const char          *serial,
                   GError             **error)
{
  if (facts->repair_class != PD_ORDER_CLASS_PAID)
    return refuse (error, PD_REPAIR_ERROR_CLASS,
                   _("Order %s is not a paid order, so it has no quote."), serial);
  if (facts->quote_accepted)
    return refuse (error, PD_REPAIR_ERROR_QUOTE,
                   _("The occupant has already accepted the quote of order %s."), serial);
  if (facts->n_charges == 0)
    return refuse (error, PD_REPAIR_ERROR_QUOTE,
                   _("Order %s has no charge lines yet: add the items before the occupant "
                     "accepts the quote."), serial);
  if (facts->n_unapproved_manual > 0)
    return refuse (error, PD_REPAIR_ERROR_APPROVAL,
                   /* Not ngettext(): that reads the program's domain, not the library's. */
                   g_dngettext (GETTEXT_PACKAGE,
                                "Order %s has %u hand-priced line waiting for a supervisor’s "
                                "approval; the quote cannot be accepted before it is approved.",
                                "Order %s has %u hand-priced lines waiting for a supervisor’s "
                                "approval; the quote cannot be accepted before they are approved.",
                                facts->n_unapproved_manual),
                   serial, facts->n_unapproved_manual);
  return TRUE;
}

gboolean
pd_repair_rules_check (const PdRepairFacts *facts,
                       PdRepairAction       action,
                       GError             **error)
{
  const char *serial;
  PdRepairState state;
  gboolean closed;

  g_return_val_if_fail (facts != NULL, FALSE);

  serial = facts->serial != NULL ? facts->serial : "";
  state = facts->state;
  closed = !pd_repair_state_is_open (state);

  switch (action)
    {
    case PD_REPAIR_ACTION_EDIT:
      return closed ? refuse_closed (facts, serial, error) : TRUE;

    case PD_REPAIR_ACTION_DISPATCH:
      if (closed)
        return refuse_closed (facts, serial, error);
      if (state == PD_REPAIR_STATE_ON_SITE)
        return refuse (error, PD_REPAIR_ERROR_STATE,
                       _("Order %s cannot be dispatched again: the worker is already on site."),
                       serial);
      return TRUE;

    case PD_REPAIR_ACTION_ACCEPT:
      if (closed)
        return refuse_closed (facts, serial, error);
      if (state == PD_REPAIR_STATE_NEW)
        return refuse (error, PD_REPAIR_ERROR_STATE,
                       _("Order %s cannot be accepted before it is dispatched."), serial);
      if (state != PD_REPAIR_STATE_DISPATCHED)
        return refuse (error, PD_REPAIR_ERROR_STATE,
                       _("Order %s has already been accepted."), serial);
      return TRUE;

    case PD_REPAIR_ACTION_ARRIVE:
      if (closed)
        return refuse_closed (facts, serial, error);
      if (state == PD_REPAIR_STATE_NEW)
        return refuse (error, PD_REPAIR_ERROR_STATE,
                       _("The worker cannot be on site for order %s before it is dispatched."),
                       serial);
      if (state == PD_REPAIR_STATE_ON_SITE)
        return refuse (error, PD_REPAIR_ERROR_STATE,
                       _("The arrival on site for order %s is already recorded."), serial);
      return TRUE;

    case PD_REPAIR_ACTION_COMPLETE:
      if (state == PD_REPAIR_STATE_NEW)
        return refuse (error, PD_REPAIR_ERROR_STATE,
                       _("Order %s cannot be completed before it is dispatched."), serial);
      if (closed)
        return refuse_closed (facts, serial, error);
      if (facts->repair_class == PD_ORDER_CLASS_PAID && !facts->quote_accepted)
        return refuse (error, PD_REPAIR_ERROR_QUOTE,
                       _("Paid order %s cannot be completed before the occupant accepts the "
                         "quote."), serial);
      return TRUE;

    case PD_REPAIR_ACTION_CALLBACK:
      if (state == PD_REPAIR_STATE_COMPLETED)
        return TRUE;
      if (state == PD_REPAIR_STATE_CALLED_BACK)
        return refuse (error, PD_REPAIR_ERROR_STATE,
                       _("Order %s has already been called back."), serial);
      if (state == PD_REPAIR_STATE_CANCELLED)
        return refuse (error, PD_REPAIR_ERROR_STATE,
                       _("Order %s was cancelled, so there is no callback to make."), serial);
      return refuse (error, PD_REPAIR_ERROR_STATE,
                     _("Order %s cannot be called back before it is completed."), serial);

    case PD_REPAIR_ACTION_CANCEL:
      if (state == PD_REPAIR_STATE_NEW || state == PD_REPAIR_STATE_DISPATCHED)
        return TRUE;
      if (state == PD_REPAIR_STATE_CANCELLED)
        return refuse (error, PD_REPAIR_ERROR_STATE,
                       _("Order %s is already cancelled."), serial);
      if (closed)
        return refuse (error, PD_REPAIR_ERROR_STATE,
                       _("Order %s cannot be cancelled: the work is already completed."),
                       serial);
      return refuse (error, PD_REPAIR_ERROR_STATE,
                     _("Order %s cannot be cancelled: the worker has already accepted it."),
                     serial);

    case PD_REPAIR_ACTION_EDIT_CHARGES:
      if (closed)
        return refuse_closed (facts, serial, error);
      if (facts->repair_class != PD_ORDER_CLASS_PAID)
        return refuse (error, PD_REPAIR_ERROR_CLASS,
                       _("Order %s is not a paid order: only paid orders have charge lines."),
                       serial);
      return TRUE;

    case PD_REPAIR_ACTION_ACCEPT_QUOTE:
      if (closed)
        return refuse_closed (facts, serial, error);
      return check_quote_ready (facts, serial, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}

PdRepairState
pd_repair_rules_next_state (PdRepairState  state,
                            PdRepairAction action)
{
  switch (action)
    {
    case PD_REPAIR_ACTION_DISPATCH:
      return PD_REPAIR_STATE_DISPATCHED;
    case PD_REPAIR_ACTION_ACCEPT:
      return PD_REPAIR_STATE_ACCEPTED;
    case PD_REPAIR_ACTION_ARRIVE:
      return PD_REPAIR_STATE_ON_SITE;
    case PD_REPAIR_ACTION_COMPLETE:
      return PD_REPAIR_STATE_COMPLETED;
    case PD_REPAIR_ACTION_CALLBACK:
      return PD_REPAIR_STATE_CALLED_BACK;
    case PD_REPAIR_ACTION_CANCEL:
      return PD_REPAIR_STATE_CANCELLED;
    case PD_REPAIR_ACTION_EDIT:
    case PD_REPAIR_ACTION_EDIT_CHARGES:
    case PD_REPAIR_ACTION_ACCEPT_QUOTE:
    default:
      return state;
    }
}

gboolean
pd_repair_line_amount (gint64   quantity_milli,
                       gint64   unit_price_fen,
                       gint64  *out_fen,
                       GError **error)
{
  g_return_val_if_fail (out_fen != NULL, FALSE);

  if (quantity_milli < 0 || unit_price_fen < 0)
    {
      g_set_error_literal (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                           _("A quantity or a unit price cannot be negative."));
      return FALSE;
    }
  if (unit_price_fen != 0 && quantity_milli > (G_MAXINT64 - 500) / unit_price_fen)
    {
      g_set_error_literal (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                           _("The quantity times the unit price is too large to be an amount."));
      return FALSE;
    }
  *out_fen = (quantity_milli * unit_price_fen + 500) / 1000;
  return TRUE;
}

int
pd_kpi_permille (gint64 part,
                 gint64 whole)
{
  if (whole <= 0 || part < 0)
    return -1;
  return (int)((part * 2000 + whole) / (whole * 2));
}

int
pd_repair_kpi_callback_rate (gint64 called_back,
                             gint64 completed)
{
  return pd_kpi_permille (called_back, completed);
}

int
pd_repair_kpi_onsite_share (gint64 onsite,
                            gint64 callbacks)
{
  return pd_kpi_permille (onsite, callbacks);
}

int
pd_repair_kpi_satisfaction (gint64 satisfied,
                            gint64 callbacks)
{
  return pd_kpi_permille (satisfied, callbacks);
}

int
pd_repair_kpi_on_time_rate (gint64 met,
                            gint64 measured)
{
  return pd_kpi_permille (met, measured);
}

char *
pd_kpi_format_permille (int permille)
{
  if (permille < 0)
    return g_strdup ("—");
  return g_strdup_printf ("%d.%d%%", permille / 10, permille % 10);
}
