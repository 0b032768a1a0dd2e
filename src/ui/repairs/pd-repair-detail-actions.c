// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-callback-dialog.h"
#include "pd-dialogs.h"
#include "pd-repair-charge-dialog.h"
#include "pd-repair-complete-dialog.h"
#include "pd-repair-detail-private.h"
#include "pd-repair-dispatch-dialog.h"
#include "pd-repair-export-ui.h"
#include "pd-repair-intake-dialog.h"
#include "pd-repair-print.h"
#include "pd-repair-store.h"
#include "pd-repair-survey-dialog.h"
#include "pd-repairs-format.h"
#include "pd-settlement-dialog.h"

/* The steps of an order, from the detail pane's buttons. Each step asks what it needs (a
 * dialog or a time), lets the store apply the rules, and shows a refusal with the rule's own
 * sentence. */

static gint64
repair_id (PdRepairDetail *self)
{
  return self->repair != NULL ? pd_repair_get_id (self->repair) : 0;
}

/* Checks a step before a form is opened, so that the clerk is not asked to fill in a form the
 * rules will refuse. */
static gboolean
rules_allow (PdRepairDetail *self,
             PdRepairAction  action)
{
  g_autoptr(GError) error = NULL;

  if (pd_repair_rules_check (&self->facts, action, &error))
    return TRUE;
  pd_repairs_show_error (GTK_WIDGET (self), _("The Step Was Not Recorded"), error);
  return FALSE;
}

static void
dialog_saved_cb (GtkWidget      *dialog,
                 gint64          id,
                 PdRepairDetail *self)
{
  const char *message = g_object_get_data (G_OBJECT (dialog), "pd-toast");

  _pd_repair_detail_changed (self, message);
}

static void
present_dialog (PdRepairDetail *self,
                GtkWidget      *dialog,
                const char     *toast)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), pd_widget_get_window (GTK_WIDGET (self)));
  g_object_set_data_full (G_OBJECT (dialog), "pd-toast", g_strdup (toast), g_free);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Keeps the detail alive while a question is open, and remembers which order it was about:
 * the selection may move meanwhile. */
typedef struct
{
  PdRepairDetail *self;
  gint64          repair_id;
  gint64          charge_id;
} Step;

static Step *
step_new (PdRepairDetail *self)
{
  Step *step = g_new0 (Step, 1);

  step->self = g_object_ref (self);
  step->repair_id = repair_id (self);
  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_object_unref (step->self);
  g_free (step);
}

/* For the answers of pd_repairs_ask(): a refusal by the rules goes back to the question (still
 * open, with the time as typed) through @out_error; other failures, and every failure when
 * @out_error is NULL (no question open), are shown here. */
static gboolean
step_done (Step         *step,
           gboolean      ok,
           GError      **error,
           const char   *heading,
           const char   *message,
           GError      **out_error)
{
  if (!ok)
    {
      if (out_error != NULL && *error != NULL && (*error)->domain == PD_REPAIR_ERROR)
        {
          g_propagate_error (out_error, g_steal_pointer (error));
          return FALSE;
        }
      pd_repairs_show_error (GTK_WIDGET (step->self), heading, *error);
      return TRUE;
    }
  if (repair_id (step->self) == step->repair_id)
    _pd_repair_detail_changed (step->self, message);
  return TRUE;
}

/* {{{ Steps */

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);

  if (self->repair != NULL)
    present_dialog (self, GTK_WIDGET (pd_repair_intake_dialog_new (self->database, self->repair)),
                    _("Repair order saved"));
}

static void
dispatch_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);

  if (self->repair != NULL && rules_allow (self, PD_REPAIR_ACTION_DISPATCH))
    present_dialog (self,
                    GTK_WIDGET (pd_repair_dispatch_dialog_new (self->database, self->repair)),
                    _("Repair order dispatched"));
}

static gboolean
accept_answered (gint64      at,
                 const char *text,
                 gpointer    data,
                 GError    **out_error)
{
  Step *step = data;
  g_autoptr(GError) error = NULL;
  gboolean ok = pd_repair_store_accept (step->self->database, step->repair_id, at, &error);

  return step_done (step, ok, &error, _("The Acceptance Was Not Recorded"),
                     _("The worker's acceptance was recorded"), out_error);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);

  if (self->repair == NULL || !rules_allow (self, PD_REPAIR_ACTION_ACCEPT))
    return;
  pd_repairs_ask (widget, _("Order Accepted"),
                  _("When did the worker take the order (接单)? The on-site clock runs from "
                    "this time."),
                  _("Accepted at"), 0, NULL, NULL, _("_Record"),
                  accept_answered, step_new (self), step_free);
}

static gboolean
arrive_answered (gint64      at,
                 const char *text,
                 gpointer    data,
                 GError    **out_error)
{
  Step *step = data;
  g_autoptr(GError) error = NULL;
  gboolean ok = pd_repair_store_arrive (step->self->database, step->repair_id, at, &error);

  return step_done (step, ok, &error, _("The Arrival Was Not Recorded"),
                     _("The arrival on site was recorded"), out_error);
}

static void
arrive_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);

  if (self->repair == NULL || !rules_allow (self, PD_REPAIR_ACTION_ARRIVE))
    return;
  pd_repairs_ask (widget, _("Arrived on Site"), _("When did the worker arrive on site?"),
                  _("Arrived at"), 0, NULL, NULL, _("_Record"),
                  arrive_answered, step_new (self), step_free);
}

static void
complete_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);

  if (self->repair != NULL && rules_allow (self, PD_REPAIR_ACTION_COMPLETE))
    present_dialog (self,
                    GTK_WIDGET (pd_repair_complete_dialog_new (self->database, self->repair)),
                    _("Repair order completed; it waits for its callback"));
}

static void
callback_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);

  if (self->repair != NULL && rules_allow (self, PD_REPAIR_ACTION_CALLBACK))
    present_dialog (self, GTK_WIDGET (pd_callback_dialog_new (self->database, self->repair)),
                    _("Callback recorded"));
}

static gboolean
cancel_answered (gint64      at,
                 const char *reason,
                 gpointer    data,
                 GError    **out_error)
{
  Step *step = data;
  g_autoptr(GError) error = NULL;
  gboolean ok = pd_repair_store_cancel (step->self->database, step->repair_id, reason, &error);

  return step_done (step, ok, &error, _("The Order Was Not Cancelled"), _("Repair order cancelled"),
                     out_error);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);
  g_autofree char *heading = NULL;

  if (self->repair == NULL || !rules_allow (self, PD_REPAIR_ACTION_CANCEL))
    return;
  heading = g_strdup_printf (_("Cancel Order %s?"), pd_repair_get_serial (self->repair));
  pd_repairs_ask (widget, heading,
                  _("A cancelled order keeps its serial number and stays in the records. Say "
                    "why it is cancelled, e.g. the occupant fixed it or reported it twice."),
                  NULL, 0, _("Reason"), NULL, _("Cancel _Order"),
                  cancel_answered, step_new (self), step_free);
}

/* }}} */
/* {{{ Charges */

static void
add_charge_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);

  if (self->repair != NULL && rules_allow (self, PD_REPAIR_ACTION_EDIT_CHARGES))
    present_dialog (self, GTK_WIDGET (pd_repair_charge_dialog_new (self->database, self->repair)),
                    _("Charge line added; the occupant must accept the new total"));
}

static gboolean
quote_answered (gint64      at,
                const char *by,
                gpointer    data,
                GError    **out_error)
{
  Step *step = data;
  g_autoptr(GError) error = NULL;
  gboolean ok = pd_repair_store_accept_quote (step->self->database, step->repair_id, by, at,
                                              &error);

  return step_done (step, ok, &error, _("The Quote Was Not Recorded"),
                     _("The occupant's acceptance of the quote was recorded"), out_error);
}

static void
accept_quote_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);

  if (self->repair == NULL || !rules_allow (self, PD_REPAIR_ACTION_ACCEPT_QUOTE))
    return;
  pd_repairs_ask (widget, _("Quote Accepted"),
                  _("Who agreed to the price (signed the order, or agreed on the phone), and "
                    "when?"),
                  _("Agreed at"), 0, _("Agreed by"), pd_repair_get_reporter (self->repair),
                  _("_Record"), quote_answered, step_new (self), step_free);
}

static gboolean
approve_answered (gint64      at,
                  const char *supervisor,
                  gpointer    data,
                  GError    **out_error)
{
  Step *step = data;
  g_autoptr(GError) error = NULL;
  gboolean ok = pd_repair_store_approve_charge (step->self->database, step->charge_id,
                                                supervisor, at, &error);

  return step_done (step, ok, &error, _("The Price Was Not Approved"),
                     _("The hand-priced line was approved"), out_error);
}

static void
approve_clicked_cb (GtkButton      *button,
                    PdRepairDetail *self)
{
  Step *step = step_new (self);

  step->charge_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "pd-charge-id"));
  pd_repairs_ask (GTK_WIDGET (self), _("Approve the Price"),
                  _("Items outside the price list are priced by the engineering supervisor. "
                    "Who approved this price?"),
                  NULL, 0, _("Supervisor"), NULL, _("_Approve"),
                  approve_answered, step, step_free);
}

static void
remove_confirmed (gpointer data)
{
  Step *step = data;
  g_autoptr(GError) error = NULL;
  gboolean ok = pd_repair_store_remove_charge (step->self->database, step->charge_id, &error);

  step_done (step, ok, &error, _("The Line Was Not Removed"), _("Charge line removed"), NULL);
}

static void
remove_clicked_cb (GtkButton      *button,
                   PdRepairDetail *self)
{
  Step *step = step_new (self);

  step->charge_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "pd-charge-id"));
  pd_confirm_delete (GTK_WIDGET (self), _("Remove the Charge Line?"),
                     _("The total changes, so the occupant must accept the quote again."),
                     _("_Remove"), remove_confirmed, step, step_free);
}

GtkWidget *
_pd_repair_detail_charge_row (PdRepairDetail *self,
                              gpointer        data)
{
  PdRepairCharge *charge = data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *amount_label;
  g_autofree char *quantity = pd_quantity_format (charge->quantity_milli);
  g_autofree char *price = pd_repairs_format_yuan (charge->unit_price_fen);
  g_autofree char *amount = pd_repairs_format_yuan (charge->amount_fen);
  g_autofree char *title = g_strdup_printf ("%d. %s", charge->line_no, charge->item);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  gboolean editable = pd_repair_rules_check (&self->facts, PD_REPAIR_ACTION_EDIT_CHARGES, NULL);
  gboolean unapproved = charge->manual && (charge->approved_by == NULL
                                           || *charge->approved_by == '\0');

  /* TRANSLATORS: a charge line: quantity, unit of measure, unit price, e.g. "2 个 × ¥15.00" */
  g_string_append_printf (subtitle, _("%s %s × %s"), quantity, charge->unit, price);
  if (unapproved)
    g_string_append_printf (subtitle, " · %s", _("Priced by hand: waiting for the "
                                                 "supervisor's approval"));
  else if (charge->manual)
    g_string_append_printf (subtitle, " · %s", charge->approved_by);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  if (unapproved)
    gtk_widget_add_css_class (row, "warning");

  amount_label = gtk_label_new (amount);
  gtk_widget_add_css_class (amount_label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount_label);

  if (unapproved && editable)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("A_pprove…"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Record the supervisor's approval of this price"));
      g_object_set_data (G_OBJECT (button), "pd-charge-id", GSIZE_TO_POINTER (charge->id));
      g_signal_connect_object (button, "clicked", G_CALLBACK (approve_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  if (editable)
    {
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Remove this line"));
      g_object_set_data (G_OBJECT (button), "pd-charge-id", GSIZE_TO_POINTER (charge->id));
      g_signal_connect_object (button, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  return row;
}

/* }}} */
/* {{{ Forms */

static void
survey_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);

  if (self->repair != NULL)
    present_dialog (self,
                    GTK_WIDGET (pd_repair_survey_dialog_new (self->database, self->repair)),
                    _("Site survey sign-off saved"));
}

static void
settlement_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);

  if (self->repair != NULL)
    present_dialog (self, GTK_WIDGET (pd_settlement_dialog_new (self->database, self->repair)),
                    _("Settlement sheet saved"));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);
  gboolean settlement = g_strcmp0 (action_name, "repair.print-settlement") == 0;

  if (self->repair != NULL)
    pd_repair_print_preview_present (pd_widget_get_window (widget), self->database,
                                     repair_id (self),
                                     settlement ? PD_REPAIR_FORM_SETTLEMENT
                                                : PD_REPAIR_FORM_WORK_ORDER);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (widget);
  gboolean settlement = g_strcmp0 (action_name, "repair.export-settlement") == 0;

  if (self->repair != NULL)
    pd_repair_export_form_run (pd_widget_get_window (widget), self->database, self->repair,
                               settlement ? PD_REPAIR_FORM_SETTLEMENT
                                          : PD_REPAIR_FORM_WORK_ORDER);
}

/* }}} */

static gboolean
allowed (PdRepairDetail *self,
         PdRepairAction  action)
{
  return self->repair != NULL && pd_repair_rules_check (&self->facts, action, NULL);
}

void
_pd_repair_detail_actions_update (PdRepairDetail *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean have = self->repair != NULL;
  PdRepairState state = have ? pd_repair_get_state (self->repair) : PD_REPAIR_STATE_CANCELLED;
  gboolean paid = have && pd_repair_get_repair_class (self->repair) == PD_ORDER_CLASS_PAID;
  struct { GtkWidget *button; const char *action; gboolean enabled; } steps[] = {
    { self->dispatch_button, "repair.dispatch", allowed (self, PD_REPAIR_ACTION_DISPATCH) },
    { self->accept_button, "repair.accept", allowed (self, PD_REPAIR_ACTION_ACCEPT) },
    { self->arrive_button, "repair.arrive", allowed (self, PD_REPAIR_ACTION_ARRIVE) },
    /* Offered on every open order: completing one that was never dispatched is a mistake
     * the rules explain better than a missing button does. */
    { self->complete_button, "repair.complete", have && pd_repair_state_is_open (state) },
    { self->callback_button, "repair.callback", allowed (self, PD_REPAIR_ACTION_CALLBACK) },
    { self->edit_button, "repair.edit", allowed (self, PD_REPAIR_ACTION_EDIT) },
    { self->cancel_button, "repair.cancel", allowed (self, PD_REPAIR_ACTION_CANCEL) },
    { self->forms_button, NULL, have },
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      GtkWidget *child = gtk_widget_get_parent (steps[i].button);

      if (steps[i].action != NULL)
        gtk_widget_action_set_enabled (widget, steps[i].action, steps[i].enabled);
      /* Only the steps that can be taken now are shown. */
      gtk_widget_set_visible (GTK_IS_FLOW_BOX_CHILD (child) ? child : steps[i].button,
                              steps[i].enabled);
    }

  /* The step that usually comes next stands out. */
  {
    GtkWidget *next = NULL;

    switch (state)
      {
      case PD_REPAIR_STATE_NEW: next = self->dispatch_button; break;
      case PD_REPAIR_STATE_DISPATCHED: next = self->accept_button; break;
      case PD_REPAIR_STATE_ACCEPTED: next = self->arrive_button; break;
      case PD_REPAIR_STATE_ON_SITE: next = self->complete_button; break;
      case PD_REPAIR_STATE_COMPLETED: next = self->callback_button; break;
      case PD_REPAIR_STATE_CALLED_BACK:
      case PD_REPAIR_STATE_CANCELLED:
      default: break;
      }
    for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
      if (steps[i].action != NULL && steps[i].button != self->cancel_button)
        {
          if (steps[i].button == next)
            gtk_widget_add_css_class (steps[i].button, "suggested-action");
          else
            gtk_widget_remove_css_class (steps[i].button, "suggested-action");
        }
  }

  gtk_widget_action_set_enabled (widget, "repair.add-charge",
                                 paid && allowed (self, PD_REPAIR_ACTION_EDIT_CHARGES));
  gtk_widget_action_set_enabled (widget, "repair.accept-quote",
                                 paid && pd_repair_state_is_open (state)
                                 && !self->facts.quote_accepted);
  gtk_widget_action_set_enabled (widget, "repair.survey", have);
  gtk_widget_action_set_enabled (widget, "repair.settlement", have);
  gtk_widget_action_set_enabled (widget, "repair.print", have);
  gtk_widget_action_set_enabled (widget, "repair.export", have);
  gtk_widget_action_set_enabled (widget, "repair.print-settlement", have && self->has_settlement);
  gtk_widget_action_set_enabled (widget, "repair.export-settlement",
                                 have && self->has_settlement);
}

void
_pd_repair_detail_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "repair.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "repair.dispatch", NULL, dispatch_action);
  gtk_widget_class_install_action (widget_class, "repair.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "repair.arrive", NULL, arrive_action);
  gtk_widget_class_install_action (widget_class, "repair.complete", NULL, complete_action);
  gtk_widget_class_install_action (widget_class, "repair.callback", NULL, callback_action);
  gtk_widget_class_install_action (widget_class, "repair.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "repair.add-charge", NULL, add_charge_action);
  gtk_widget_class_install_action (widget_class, "repair.accept-quote", NULL,
                                   accept_quote_action);
  gtk_widget_class_install_action (widget_class, "repair.survey", NULL, survey_action);
  gtk_widget_class_install_action (widget_class, "repair.settlement", NULL, settlement_action);
  gtk_widget_class_install_action (widget_class, "repair.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "repair.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "repair.print-settlement", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "repair.export-settlement", NULL,
                                   export_action);
}
