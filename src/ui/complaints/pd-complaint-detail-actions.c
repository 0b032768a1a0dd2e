// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-callback-dialog.h"
#include "pd-complaint-detail-private.h"
#include "pd-complaint-dialog.h"
#include "pd-complaint-dispatch-dialog.h"
#include "pd-complaint-forms-ui.h"
#include "pd-complaint-print.h"
#include "pd-complaint-step-dialog.h"
#include "pd-complaint-store.h"
#include "pd-complaints-format.h"
#include "pd-complaints-private.h"
#include "pd-dialogs.h"

/* The steps of a complaint, from the detail pane's buttons. Each step checks the rules first,
 * so that the clerk is not asked to fill in a form the core will refuse; the refusal is shown
 * with the rule's own sentence. The store checks again when the step is saved. */

static gboolean
allowed (PdComplaintDetail *self,
         PdComplaintAction  action)
{
  return self->complaint != NULL && pd_complaint_rules_check (&self->facts, action, NULL);
}

static gboolean
rules_allow (PdComplaintDetail *self,
             PdComplaintAction  action)
{
  g_autoptr(GError) error = NULL;

  if (self->complaint == NULL)
    return FALSE;
  if (pd_complaint_rules_check (&self->facts, action, &error))
    return TRUE;
  pd_complaints_show_error (GTK_WIDGET (self), _("The Step Was Not Recorded"), error);
  return FALSE;
}

static void
dialog_saved_cb (GtkWidget         *dialog,
                 gint64             id,
                 PdComplaintDetail *self)
{
  const char *message = g_object_get_data (G_OBJECT (dialog), "pd-toast");

  /* Another case may be shown by now; the list re-reads either way. */
  if (self->complaint != NULL && pd_complaint_get_id (self->complaint) == id)
    _pd_complaint_detail_changed (self, message);
  else
    g_signal_emit_by_name (self, "changed", id, message);
}

static void
present_dialog (PdComplaintDetail *self,
                GtkWidget         *dialog,
                const char        *toast)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), pd_widget_get_window (GTK_WIDGET (self)));
  g_object_set_data_full (G_OBJECT (dialog), "pd-toast", g_strdup (toast), g_free);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
step (PdComplaintDetail *self,
      PdComplaintAction  action,
      PdStepKind         kind,
      const char        *toast)
{
  if (rules_allow (self, action))
    present_dialog (self,
                    GTK_WIDGET (pd_complaint_step_dialog_new_for_complaint (self->database,
                                                                           self->complaint,
                                                                           kind)),
                    toast);
}

/* {{{ Steps */

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  step (PD_COMPLAINT_DETAIL (widget), PD_COMPLAINT_ACTION_DECIDE, PD_STEP_DECIDE,
        _("Validity recorded"));
}

static void
dispatch_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdComplaintDetail *self = PD_COMPLAINT_DETAIL (widget);

  if (rules_allow (self, PD_COMPLAINT_ACTION_DISPATCH))
    present_dialog (self,
                    GTK_WIDGET (pd_complaint_dispatch_dialog_new (self->database,
                                                                  self->complaint)),
                    _("Complaint dispatched"));
}

static void
manager_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  step (PD_COMPLAINT_DETAIL (widget), PD_COMPLAINT_ACTION_MANAGER_DIRECT, PD_STEP_MANAGER,
        _("The manager's directions were recorded"));
}

static void
feedback_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  step (PD_COMPLAINT_DETAIL (widget), PD_COMPLAINT_ACTION_FEEDBACK, PD_STEP_FEEDBACK,
        _("Feedback to the occupant recorded"));
}

static void
result_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  step (PD_COMPLAINT_DETAIL (widget), PD_COMPLAINT_ACTION_RESULT, PD_STEP_RESULT,
        _("The department's result was recorded"));
}

static void
callback_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PdComplaintDetail *self = PD_COMPLAINT_DETAIL (widget);
  PdComplaint *c = self->complaint;
  g_autofree char *unit = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;

  if (!rules_allow (self, PD_COMPLAINT_ACTION_CALLBACK))
    return;
  unit = pd_complaint_dup_unit_label (c);
  title = g_strdup_printf ("%s · %s%s%s", pd_complaint_get_serial (c),
                           pd_complaint_get_complainant (c), *unit != '\0' ? " · " : "", unit);
  summary = g_strdup_printf ("%s: %s\n%s", pd_complaint_get_category_name (c),
                             pd_complaint_get_content (c),
                             pd_complaint_get_department_result (c));
  /* The callback subsystem needs the complaint subject class before the first record. */
  present_dialog (self,
                  GTK_WIDGET (pd_callback_dialog_new_for_subject (self->database,
                                                                  PD_CALLBACK_SUBJECT_COMPLAINT,
                                                                  pd_complaint_get_id (c),
                                                                  pd_complaint_get_serial (c),
                                                                  title, summary)),
                  _("Callback recorded"));
}

static void
sign_off_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  step (PD_COMPLAINT_DETAIL (widget), PD_COMPLAINT_ACTION_SIGN_OFF, PD_STEP_SIGN_OFF,
        _("The manager signed the complaint handling report"));
}

static void
archive_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  step (PD_COMPLAINT_DETAIL (widget), PD_COMPLAINT_ACTION_ARCHIVE, PD_STEP_ARCHIVE,
        _("Complaint archived"));
}

static void
serious_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PdComplaintDetail *self = PD_COMPLAINT_DETAIL (widget);
  g_autoptr(GError) error = NULL;
  gboolean serious;

  if (!rules_allow (self, PD_COMPLAINT_ACTION_MARK_SERIOUS))
    return;
  serious = !pd_complaint_get_serious (self->complaint);
  if (!pd_complaint_store_set_serious (self->database, pd_complaint_get_id (self->complaint),
                                       serious, &error))
    {
      pd_complaints_show_error (widget, _("The Step Was Not Recorded"), error);
      return;
    }
  _pd_complaint_detail_changed (self, serious ? _("Marked serious: in the manager's queue")
                                              : _("No longer marked serious"));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdComplaintDetail *self = PD_COMPLAINT_DETAIL (widget);

  if (rules_allow (self, PD_COMPLAINT_ACTION_EDIT))
    present_dialog (self, GTK_WIDGET (pd_complaint_dialog_new (self->database, self->complaint)),
                    _("Complaint saved"));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PdComplaintDetail *self = PD_COMPLAINT_DETAIL (widget);

  if (self->complaint != NULL)
    pd_complaint_print_preview_present (pd_widget_get_window (widget), self->database,
                                        pd_complaint_get_id (self->complaint));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdComplaintDetail *self = PD_COMPLAINT_DETAIL (widget);

  if (self->complaint != NULL)
    pd_complaint_report_export_run (pd_widget_get_window (widget), self->database,
                                    self->complaint);
}

/* }}} */

/* The step the case waits for, asked of the rules: judged valid it waits for the dispatch (it
 * stays registered), a serious case for the manager's directions, the callback only once the
 * department's result is in. NULL when nothing is due (feedback runs alongside). */
static GtkWidget *
suggested_button (PdComplaintDetail *self)
{
  const PdComplaintFacts *f = &self->facts;

  if (self->complaint == NULL)
    return NULL;
  if (f->state == PD_COMPLAINT_STATE_REGISTERED && f->valid == PD_COMPLAINT_VALIDITY_UNDECIDED)
    return allowed (self, PD_COMPLAINT_ACTION_DECIDE) ? self->decide_button : NULL;
  /* Dispatch is allowed again later to re-assign; only a registered case waits for it. */
  if (f->state == PD_COMPLAINT_STATE_REGISTERED)
    return allowed (self, PD_COMPLAINT_ACTION_DISPATCH) ? self->dispatch_button : NULL;
  if (f->serious && !f->manager_directed && f->state == PD_COMPLAINT_STATE_DISPATCHED
      && allowed (self, PD_COMPLAINT_ACTION_MANAGER_DIRECT))
    return self->manager_button;
  if (allowed (self, PD_COMPLAINT_ACTION_RESULT))
    return self->result_button;
  if (allowed (self, PD_COMPLAINT_ACTION_CALLBACK))
    return self->callback_button;
  if (allowed (self, PD_COMPLAINT_ACTION_SIGN_OFF))
    return self->sign_off_button;
  if (allowed (self, PD_COMPLAINT_ACTION_ARCHIVE))
    return self->archive_button;
  return NULL;
}

const char *
_pd_complaint_detail_get_suggested (PdComplaintDetail *self)
{
  GtkWidget *buttons[] = { self->decide_button, self->dispatch_button, self->manager_button,
                           self->feedback_button, self->result_button, self->callback_button,
                           self->sign_off_button, self->archive_button };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    if (gtk_widget_has_css_class (buttons[i], "suggested-action"))
      return gtk_actionable_get_action_name (GTK_ACTIONABLE (buttons[i]));
  return NULL;
}

void
_pd_complaint_detail_actions_update (PdComplaintDetail *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean have = self->complaint != NULL;
  PdComplaintState state = have ? pd_complaint_get_state (self->complaint)
                                : PD_COMPLAINT_STATE_ARCHIVED;
  gboolean valid = have && self->facts.valid != PD_COMPLAINT_VALIDITY_INVALID;
  gboolean serious = have && pd_complaint_get_serious (self->complaint);
  /* A few steps are offered a little early on purpose: a result before the dispatch, a
   * callback before the result, a sign-off before the callback are mistakes the rules explain
   * better than a missing button does. */
  struct { GtkWidget *button; const char *action; gboolean enabled; } steps[] = {
    { self->decide_button, "complaint.decide", allowed (self, PD_COMPLAINT_ACTION_DECIDE) },
    { self->dispatch_button, "complaint.dispatch",
      allowed (self, PD_COMPLAINT_ACTION_DISPATCH) },
    { self->manager_button, "complaint.manager",
      allowed (self, PD_COMPLAINT_ACTION_MANAGER_DIRECT) },
    { self->feedback_button, "complaint.feedback",
      allowed (self, PD_COMPLAINT_ACTION_FEEDBACK) },
    { self->result_button, "complaint.result",
      valid && (state == PD_COMPLAINT_STATE_DISPATCHED
                || (state == PD_COMPLAINT_STATE_REGISTERED
                    && self->facts.valid == PD_COMPLAINT_VALIDITY_VALID)) },
    { self->callback_button, "complaint.callback",
      state == PD_COMPLAINT_STATE_DISPATCHED || state == PD_COMPLAINT_STATE_HANDLED },
    { self->sign_off_button, "complaint.sign-off",
      state == PD_COMPLAINT_STATE_HANDLED || state == PD_COMPLAINT_STATE_CALLED_BACK },
    { self->archive_button, "complaint.archive", allowed (self, PD_COMPLAINT_ACTION_ARCHIVE) },
    { self->serious_button, "complaint.serious",
      allowed (self, PD_COMPLAINT_ACTION_MARK_SERIOUS) },
    { self->edit_button, "complaint.edit", allowed (self, PD_COMPLAINT_ACTION_EDIT) },
    { self->forms_button, NULL, have },
  };

  GtkWidget *suggested = suggested_button (self);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      GtkWidget *child = gtk_widget_get_parent (steps[i].button);
      gboolean enabled = have && steps[i].enabled;

      if (steps[i].button == suggested && enabled)
        gtk_widget_add_css_class (steps[i].button, "suggested-action");
      else
        gtk_widget_remove_css_class (steps[i].button, "suggested-action");
      if (steps[i].action != NULL)
        gtk_widget_action_set_enabled (widget, steps[i].action, enabled);
      gtk_widget_set_visible (GTK_IS_FLOW_BOX_CHILD (child) ? child : steps[i].button, enabled);
    }
  gtk_button_set_label (GTK_BUTTON (self->serious_button),
                        serious ? _("Not Serious") : _("Mark Serious"));
  gtk_widget_action_set_enabled (widget, "complaint.print", have);
  gtk_widget_action_set_enabled (widget, "complaint.export", have);
}

void
_pd_complaint_detail_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "complaint.decide", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "complaint.dispatch", NULL, dispatch_action);
  gtk_widget_class_install_action (widget_class, "complaint.manager", NULL, manager_action);
  gtk_widget_class_install_action (widget_class, "complaint.feedback", NULL, feedback_action);
  gtk_widget_class_install_action (widget_class, "complaint.result", NULL, result_action);
  gtk_widget_class_install_action (widget_class, "complaint.callback", NULL, callback_action);
  gtk_widget_class_install_action (widget_class, "complaint.sign-off", NULL, sign_off_action);
  gtk_widget_class_install_action (widget_class, "complaint.archive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "complaint.serious", NULL, serious_action);
  gtk_widget_class_install_action (widget_class, "complaint.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "complaint.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "complaint.export", NULL, export_action);
}
