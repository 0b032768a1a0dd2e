// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-callback-store.h"
#include "pd-complaint-detail-private.h"
#include "pd-complaint-store.h"
#include "pd-complaints-format.h"
#include "pd-ui-format.h"
#include "pd-widget-util.h"

G_DEFINE_FINAL_TYPE (PdComplaintDetail, pd_complaint_detail, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const state_classes[] = { "state-new", "state-working", "state-done",
                                              "state-closed", "state-alert", NULL };
static const char * const clock_classes[] = { "error", "warning", NULL };

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

/* {{{ Rows */

static void
clear_rows (PdComplaintDetail *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

/* A row of the pane: the title on the left, the value on the right, wrapping when long; empty
 * values read "Not recorded" rather than leaving a silent gap. */
static GtkLabel *
add_row (PdComplaintDetail   *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (is_blank (value) ? _("Not recorded") : value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 26);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "value-label");
  if (is_blank (value))
    gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
  return GTK_LABEL (label);
}

/* "王芳 · 2026-03-14 15:07", or whichever of the two is known. */
static char *
signed_at (const char *by,
           gint64      at)
{
  g_autofree char *when = pd_format_time (at);

  if (!is_blank (by) && *when != '\0')
    return g_strdup_printf (_("%s · %s"), by, when);
  return g_strdup (!is_blank (by) ? by : when);
}

static void
add_signed_row (PdComplaintDetail   *self,
                AdwPreferencesGroup *group,
                const char          *title,
                const char          *by,
                gint64               at)
{
  g_autofree char *text = signed_at (by, at);

  add_row (self, group, title, text);
}

/* }}} */
/* {{{ Filling */

static void
update_clock (PdComplaintDetail *self)
{
  const char *css = NULL;
  g_autofree char *feedback = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *feedback_text = NULL;
  g_autofree char *deadline_text = NULL;

  if (self->complaint == NULL)
    return;
  feedback = pd_complaints_describe_feedback (self->complaint, &self->times, self->now, &css);
  /* TRANSLATORS: the feedback clock in the detail header, e.g. "反馈：剩余 5 小时" */
  feedback_text = *feedback != '\0' ? g_strdup_printf (_("Feedback: %s"), feedback) : NULL;
  gtk_label_set_text (self->feedback_clock_label, feedback_text != NULL ? feedback_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->feedback_clock_label), feedback_text != NULL);
  pd_widget_set_css_class (GTK_WIDGET (self->feedback_clock_label), clock_classes, css);

  deadline = pd_complaints_describe_deadline (self->complaint, &self->times, self->now, &css);
  /* TRANSLATORS: the handling clock in the detail header, e.g. "处理：剩余 1 天 3 小时" */
  deadline_text = *deadline != '\0' ? g_strdup_printf (_("Handling: %s"), deadline) : NULL;
  gtk_label_set_text (self->deadline_clock_label, deadline_text != NULL ? deadline_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->deadline_clock_label), deadline_text != NULL);
  pd_widget_set_css_class (GTK_WIDGET (self->deadline_clock_label), clock_classes, css);
}

static char *
four_clear_text (PdComplaint *c)
{
  const struct { gboolean done; const char *label; } steps[] = {
    { pd_complaint_get_heard_clear (c), _("heard") },
    { pd_complaint_get_asked_clear (c), _("asked") },
    { pd_complaint_get_repeated_clear (c), _("repeated back") },
    { pd_complaint_get_recorded_clear (c), _("recorded") },
  };
  g_autoptr(GString) missing = g_string_new (NULL);

  if (pd_complaint_get_four_clear (c))
    return g_strdup (_("All four confirmed"));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (!steps[i].done)
      g_string_append_printf (missing, "%s%s", missing->len > 0 ? _(", ") : "", steps[i].label);
  /* TRANSLATORS: the four-clear steps not confirmed, e.g. "未确认：复述清楚" */
  return g_strdup_printf (_("Not confirmed: %s"), missing->str);
}

static void
fill_registration (PdComplaintDetail *self)
{
  PdComplaint *c = self->complaint;
  AdwPreferencesGroup *g = self->registration_group;
  g_autofree char *received = pd_format_time (pd_complaint_get_received_at (c));
  g_autofree char *unit = pd_complaint_dup_unit_label (c);
  g_autofree char *four = four_clear_text (c);

  add_row (self, g, _("Time"), received);
  add_row (self, g, _("Contact Channel"), pd_complaint_get_channel_label (c));
  if (!is_blank (pd_complaint_get_contact_serial (c)))
    add_row (self, g, _("Register Entry"), pd_complaint_get_contact_serial (c));
  add_row (self, g, _("Complainant"), pd_complaint_get_complainant (c));
  pd_complaints_mask_phone_label (add_row (self, g, _("Phone"), pd_complaint_get_phone (c)),
                                  pd_complaint_get_phone (c));
  add_row (self, g, _("Unit"), unit);
  if (!is_blank (pd_complaint_get_occupant_name (c)))
    add_row (self, g, _("Occupant"), pd_complaint_get_occupant_name (c));
  add_row (self, g, _("Complaint Category"), pd_complaint_get_category_name (c));
  add_row (self, g, _("Complaint Content"), pd_complaint_get_content (c));
  add_row (self, g, _("Four Clear"), four);
  add_row (self, g, _("Recorded By"), pd_complaint_get_recorder (c));
}

static void
fill_handling (PdComplaintDetail *self)
{
  PdComplaint *c = self->complaint;
  AdwPreferencesGroup *g = self->handling_group;
  g_autofree char *deadline = pd_format_time (pd_complaint_get_deadline_at (c));

  add_row (self, g, _("Valid Complaint"), pd_complaint_get_validity_label (c));
  if (pd_complaint_get_valid (c) == PD_COMPLAINT_VALIDITY_INVALID)
    add_row (self, g, _("Explanation Given"), pd_complaint_get_validity_note (c));
  if (pd_complaint_get_valid (c) != PD_COMPLAINT_VALIDITY_UNDECIDED)
    add_signed_row (self, g, _("Decided By"), pd_complaint_get_decided_by (c),
                    pd_complaint_get_decided_at (c));
  if (pd_complaint_get_valid (c) == PD_COMPLAINT_VALIDITY_INVALID)
    return;
  add_row (self, g, _("Department"), pd_complaint_get_department_name (c));
  add_row (self, g, _("Person Responsible"), pd_complaint_get_responsible (c));
  add_row (self, g, _("Deadline"), deadline);
  add_signed_row (self, g, _("Dispatch Record"), pd_complaint_get_dispatched_by (c),
                  pd_complaint_get_dispatched_at (c));
}

static void
fill_manager (PdComplaintDetail *self)
{
  PdComplaint *c = self->complaint;
  AdwPreferencesGroup *g = self->manager_group;

  gtk_widget_set_visible (GTK_WIDGET (g), pd_complaint_get_serious (c));
  if (!pd_complaint_get_serious (c))
    return;
  if (pd_complaint_get_in_manager_queue (c))
    adw_preferences_group_set_description (g, _("Reported to the manager, who organises a site "
                                                "visit and names the person responsible. The "
                                                "department's result waits for these "
                                                "directions."));
  else
    adw_preferences_group_set_description (g, NULL);
  add_row (self, g, _("Person Responsible"), pd_complaint_get_manager_person (c));
  add_row (self, g, _("Measures"), pd_complaint_get_manager_measures (c));
  add_signed_row (self, g, _("Directed By"), pd_complaint_get_manager_by (c),
                  pd_complaint_get_manager_at (c));
}

static void
fill_result (PdComplaintDetail *self)
{
  PdComplaint *c = self->complaint;
  AdwPreferencesGroup *g = self->result_group;
  PdComplaintClock clock;
  g_autofree char *handled = signed_at (pd_complaint_get_handled_by (c),
                                        pd_complaint_get_handled_at (c));

  pd_complaint_compute_clock (c, &self->times, self->now, &clock);
  add_signed_row (self, g, _("Feedback Given"), pd_complaint_get_feedback_by (c),
                  pd_complaint_get_feedback_at (c));
  if (!is_blank (pd_complaint_get_feedback_note (c)))
    add_row (self, g, _("What Was Said"), pd_complaint_get_feedback_note (c));
  add_row (self, g, _("Action Taken"), pd_complaint_get_department_action (c));
  add_row (self, g, _("Handling Result"), pd_complaint_get_department_result (c));
  if (*handled != '\0' && clock.handling.done)
    {
      g_autofree char *text = g_strdup_printf ("%s\n%s", handled,
                                               clock.handling.late ? _("after the deadline")
                                                                   : _("on time"));
      add_row (self, g, _("Handled"), text);
    }
  else
    add_row (self, g, _("Handled"), handled);
  if (pd_complaint_get_reopened_count (c) > 0)
    {
      g_autofree char *times = g_strdup_printf ("%d", pd_complaint_get_reopened_count (c));

      add_row (self, g, _("Sent Back After a Callback"), times);
    }
}

static void
fill_callbacks (PdComplaintDetail *self)
{
  g_autoptr(GPtrArray) callbacks = NULL;
  g_autoptr(GError) error = NULL;

  callbacks = pd_callback_store_list (self->database, PD_CALLBACK_SUBJECT_COMPLAINT,
                                      pd_complaint_get_id (self->complaint), &error);
  if (callbacks == NULL)
    {
      add_row (self, self->callbacks_group, _("Callbacks"), error->message);
      return;
    }
  if (callbacks->len == 0)
    add_row (self, self->callbacks_group, _("Callback"), NULL);
  for (guint i = 0; i < callbacks->len; i++)
    {
      PdCallback *cb = g_ptr_array_index (callbacks, i);
      g_autofree char *when = pd_format_time (cb->called_at);
      g_autofree char *title = g_strdup_printf ("%s · %s", when,
                                                pd_callback_method_to_label (cb->method));
      g_autofree char *value = NULL;

      /* TRANSLATORS: a callback: who, and the occupant's answer, e.g. "李娜 · 满意" */
      value = g_strdup_printf (_("%s · %s"), cb->staff,
                               cb->satisfied ? _("Satisfied") : _("Not satisfied"));
      if (!is_blank (cb->remarks))
        {
          char *with = g_strdup_printf ("%s\n%s", value, cb->remarks);

          g_free (value);
          value = with;
        }
      add_row (self, self->callbacks_group, title, value);
    }
}

static void
fill_closing (PdComplaintDetail *self)
{
  PdComplaint *c = self->complaint;

  add_signed_row (self, self->closing_group, _("Signed Off By the Manager"),
                  pd_complaint_get_signed_off_by (c), pd_complaint_get_signed_off_at (c));
  add_signed_row (self, self->closing_group, _("Archived"), pd_complaint_get_archived_by (c),
                  pd_complaint_get_archived_at (c));
}

static void
fill (PdComplaintDetail *self)
{
  PdComplaint *c = self->complaint;
  g_autofree char *unit = pd_complaint_dup_unit_label (c);
  g_autofree char *subtitle = NULL;

  clear_rows (self);
  gtk_label_set_text (self->serial_label, pd_complaint_get_serial (c));
  gtk_label_set_text (self->state_label, pd_complaints_state_text (c));
  pd_widget_set_css_class (GTK_WIDGET (self->state_label), state_classes,
                           pd_complaints_state_css (c));
  gtk_widget_set_visible (self->serious_label, pd_complaint_get_serious (c)
                                               && !pd_complaint_get_in_manager_queue (c));
  /* TRANSLATORS: under the serial: category, complainant and unit */
  subtitle = g_strdup_printf (_("%s · %s%s%s"), pd_complaint_get_category_name (c),
                              pd_complaint_get_complainant (c), *unit != '\0' ? " · " : "",
                              unit);
  gtk_label_set_text (self->subtitle_label, subtitle);

  fill_registration (self);
  fill_handling (self);
  fill_manager (self);
  fill_result (self);
  fill_callbacks (self);
  fill_closing (self);
  update_clock (self);
}

/* }}} */
/* {{{ GObject */

static void
pd_complaint_detail_dispose (GObject *object)
{
  PdComplaintDetail *self = PD_COMPLAINT_DETAIL (object);

  /* The template's root is the bin's child: AdwBin would unparent it once more. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_COMPLAINT_DETAIL);
  g_clear_object (&self->complaint);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_complaint_detail_parent_class)->dispose (object);
}

static void
pd_complaint_detail_finalize (GObject *object)
{
  PdComplaintDetail *self = PD_COMPLAINT_DETAIL (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_complaint_detail_parent_class)->finalize (object);
}

static void
pd_complaint_detail_class_init (PdComplaintDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_complaint_detail_dispose;
  object_class->finalize = pd_complaint_detail_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64,
                                   G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-complaint-detail.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PdComplaintDetail, name)
  BIND (stack);
  BIND (error_page);
  BIND (serial_label);
  BIND (state_label);
  BIND (serious_label);
  BIND (feedback_clock_label);
  BIND (deadline_clock_label);
  BIND (subtitle_label);
  BIND (decide_button);
  BIND (dispatch_button);
  BIND (manager_button);
  BIND (feedback_button);
  BIND (result_button);
  BIND (callback_button);
  BIND (sign_off_button);
  BIND (archive_button);
  BIND (serious_button);
  BIND (edit_button);
  BIND (forms_button);
  BIND (registration_group);
  BIND (handling_group);
  BIND (manager_group);
  BIND (result_group);
  BIND (callbacks_group);
  BIND (closing_group);
#undef BIND

  _pd_complaint_detail_class_add_actions (widget_class);
}

static void
pd_complaint_detail_init (PdComplaintDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  pd_complaint_times_init_defaults (&self->times);
  self->now = g_get_real_time () / G_USEC_PER_SEC;
  _pd_complaint_detail_actions_update (self);
}

/* }}} */
/* {{{ Internal and public API */

void
_pd_complaint_detail_changed (PdComplaintDetail *self,
                              const char        *message)
{
  gint64 id = self->complaint != NULL ? pd_complaint_get_id (self->complaint) : 0;

  pd_complaint_detail_show (self, id);
  g_signal_emit (self, signals[CHANGED], 0, id, message);
}

void
pd_complaint_detail_set_database (PdComplaintDetail *self,
                                  PdDatabase        *db)
{
  g_return_if_fail (PD_IS_COMPLAINT_DETAIL (self));

  g_set_object (&self->database, db);
  pd_complaint_detail_show (self, 0);
}

void
pd_complaint_detail_show (PdComplaintDetail *self,
                          gint64             complaint_id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PD_IS_COMPLAINT_DETAIL (self));

  g_clear_object (&self->complaint);
  if (complaint_id > 0 && self->database != NULL)
    {
      self->complaint = pd_complaint_store_get (self->database, complaint_id, &error);
      if (self->complaint != NULL
          && !pd_complaint_store_get_facts (self->database, complaint_id, &self->facts, &error))
        g_clear_object (&self->complaint);
    }

  if (self->complaint != NULL)
    {
      /* The facts' serial points into the case, which lives as long as they are used. */
      self->facts.serial = pd_complaint_get_serial (self->complaint);
      fill (self);
      gtk_stack_set_visible_child_name (self->stack, "content");
    }
  else if (error != NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
  _pd_complaint_detail_actions_update (self);
}

PdComplaint *
pd_complaint_detail_get_complaint (PdComplaintDetail *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINT_DETAIL (self), NULL);

  return self->complaint;
}

void
pd_complaint_detail_set_clock (PdComplaintDetail      *self,
                               const PdComplaintTimes *times,
                               gint64                  now)
{
  g_return_if_fail (PD_IS_COMPLAINT_DETAIL (self));

  self->times = *times;
  self->now = now;
  update_clock (self);
}

/* }}} */
