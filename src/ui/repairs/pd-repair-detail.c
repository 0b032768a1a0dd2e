// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-callback-store.h"
#include "pd-mask.h"
#include "pd-money.h"
#include "pd-repair-detail-private.h"
#include "pd-repair-store.h"
#include "pd-repairs-format.h"
#include "pd-settlement-store.h"
#include "pd-survey-store.h"
#include "pd-ui-format.h"
#include "pd-widget-util.h"

G_DEFINE_FINAL_TYPE (PdRepairDetail, pd_repair_detail, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const state_classes[] = { "state-new", "state-working", "state-done",
                                              "state-closed", NULL };
static const char * const clock_classes[] = { "error", "warning", NULL };

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

/* Empty values read "Not recorded" rather than leaving a silent gap. */
static void
set_value (GtkLabel   *label,
           const char *text)
{
  gboolean blank = is_blank (text);

  gtk_label_set_text (label, blank ? _("Not recorded") : text);
  if (blank)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static void
set_time_value (GtkLabel *label,
                gint64    t)
{
  g_autofree char *text = pd_format_time (t);

  set_value (label, text);
}

/* A row of the pane: the title on the left, the value on the right, wrapping when long. */
static GtkWidget *
add_row (AdwPreferencesGroup *group,
         const char          *title,
         GtkLabel           **out_value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new (NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_xalign (GTK_LABEL (value), 1.0);
  gtk_label_set_justify (GTK_LABEL (value), GTK_JUSTIFY_RIGHT);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (value), 26);
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_widget_set_hexpand (value, TRUE);
  gtk_widget_add_css_class (value, "value-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  adw_preferences_group_add (group, row);
  *out_value = GTK_LABEL (value);
  return row;
}

static void
build_rows (PdRepairDetail *self)
{
  AdwPreferencesGroup *g = self->report_group;

  add_row (g, _("Reported"), &self->reported_value);
  add_row (g, _("Channel"), &self->channel_value);
  add_row (g, _("Reporter"), &self->reporter_value);
  self->phone_row = add_row (g, _("Phone"), &self->phone_value);
  add_row (g, _("Unit / Location"), &self->unit_value);
  self->occupant_row = add_row (g, _("Occupant"), &self->occupant_value);
  add_row (g, _("Category"), &self->category_value);
  add_row (g, _("Urgency"), &self->urgency_value);
  add_row (g, _("Order Class"), &self->class_value);
  add_row (g, _("Information Source"), &self->source_value);
  self->appointment_row = add_row (g, _("Appointment"), &self->appointment_value);
  add_row (g, _("Taken By"), &self->clerk_value);
  add_row (g, _("Repair Content"), &self->description_value);

  g = self->progress_group;
  add_row (g, _("Department"), &self->department_value);
  add_row (g, _("Assigned To"), &self->assignee_value);
  add_row (g, _("Dispatcher"), &self->dispatcher_value);
  add_row (g, _("Dispatched At"), &self->dispatched_value);
  add_row (g, _("Accepted At"), &self->accepted_value);
  self->arrived_row = add_row (g, _("Arrived At"), &self->arrived_value);
  self->completed_row = add_row (g, _("Completed At"), &self->completed_value);
  self->cancel_row = add_row (g, _("Cancelled Because"), &self->cancel_value);
  self->history_row = add_row (g, _("History"), &self->history_value);

  g = self->completion_group;
  add_row (g, _("Work Done"), &self->work_done_value);
  self->materials_row = add_row (g, _("Materials"), &self->materials_value);
  self->result_row = add_row (g, _("Result"), &self->result_value);
  add_row (g, _("Occupant Confirmed"), &self->confirmed_value);
  add_row (g, _("Quality Rating"), &self->quality_value);
  add_row (g, _("Attitude Rating"), &self->attitude_value);

  g = self->forms_group;
  add_row (g, _("Site Survey Sign-off"), &self->survey_value);
  add_row (g, _("Settlement Sheet"), &self->settlement_value);
}

static void
clear_dynamic_rows (PdRepairDetail *self)
{
  for (guint i = 0; i < self->dynamic_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->dynamic_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->dynamic_rows, 0);
}

static GtkWidget *
add_dynamic_row (PdRepairDetail      *self,
                 AdwPreferencesGroup *group,
                 const char          *title,
                 const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (!is_blank (subtitle))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->dynamic_rows, row);
  return row;
}

static char *
rating_text (int rating)
{
  if (rating <= 0)
    return NULL;
  /* TRANSLATORS: a rating out of five, e.g. "4 / 5" */
  return g_strdup_printf (_("%d / 5"), rating);
}

/* "On site by 15:27" under a step that has a due time. */
static char *
time_with_due (gint64 at,
               gint64 due)
{
  g_autofree char *at_text = pd_format_time (at);
  g_autofree char *due_text = pd_format_time (due);

  if (due == 0)
    return g_steal_pointer (&at_text);
  if (at == 0)
    return g_strdup_printf (_("Due %s"), due_text);
  return g_strdup_printf (_("%s (due %s)"), at_text, due_text);
}

/* {{{ Filling */

static void
update_clock (PdRepairDetail *self)
{
  const char *css = NULL;
  g_autofree char *text = NULL;

  if (self->repair == NULL)
    return;
  text = pd_repairs_describe_clock (self->repair, &self->times, self->now, &css, NULL);
  gtk_label_set_text (self->clock_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->clock_label), !is_blank (text));
  pd_widget_set_css_class (GTK_WIDGET (self->clock_label), clock_classes, css);
}

static void
fill_report (PdRepairDetail *self)
{
  PdRepair *r = self->repair;
  g_autofree char *unit = pd_repair_dup_unit_label (r);
  g_autofree char *phone = pd_mask_phone (pd_repair_get_reporter_phone (r));
  g_autofree char *subtitle = NULL;

  gtk_label_set_text (self->serial_label, pd_repair_get_serial (r));
  gtk_label_set_text (self->state_label, pd_repair_get_state_label (r));
  pd_widget_set_css_class (GTK_WIDGET (self->state_label), state_classes,
                           pd_repairs_state_css (pd_repair_get_state (r)));
  subtitle = g_strdup_printf ("%s · %s · %s · %s", unit, pd_repair_get_category_name (r),
                              pd_repair_get_urgency_label (r), pd_repair_get_class_label (r));
  gtk_label_set_text (self->subtitle_label, subtitle);

  set_time_value (self->reported_value, pd_repair_get_reported_at (r));
  set_value (self->channel_value, pd_repair_get_channel_label (r));
  set_value (self->reporter_value, pd_repair_get_reporter (r));
  set_value (self->phone_value, phone);
  set_value (self->unit_value, unit);
  set_value (self->occupant_value, pd_repair_get_occupant_name (r));
  gtk_widget_set_visible (self->occupant_row, !is_blank (pd_repair_get_occupant_name (r)));
  set_value (self->category_value, pd_repair_get_category_name (r));
  set_value (self->urgency_value, pd_repair_get_urgency_label (r));
  set_value (self->class_value, pd_repair_get_class_label (r));
  set_value (self->source_value, pd_repair_get_source_label (r));
  set_time_value (self->appointment_value, pd_repair_get_appointment_at (r));
  gtk_widget_set_visible (self->appointment_row, pd_repair_get_appointment_at (r) != 0);
  set_value (self->clerk_value, pd_repair_get_clerk (r));
  set_value (self->description_value, pd_repair_get_description (r));
}

static void
fill_progress (PdRepairDetail *self)
{
  PdRepair *r = self->repair;
  PdRepairMoments m;
  g_autofree char *arrived = NULL;
  g_autofree char *completed = NULL;
  g_autoptr(GString) history = g_string_new (NULL);
  gboolean cancelled = pd_repair_get_state (r) == PD_REPAIR_STATE_CANCELLED;

  pd_repair_get_moments (r, &m);
  arrived = time_with_due (m.arrived_at, cancelled ? 0 : pd_repair_onsite_due (&self->times, &m));
  completed = time_with_due (m.completed_at,
                             cancelled ? 0 : pd_repair_completion_due (&self->times, &m, NULL));

  set_value (self->department_value, pd_repair_get_department_name (r));
  set_value (self->assignee_value, pd_repair_get_assignee_name (r));
  set_value (self->dispatcher_value, pd_repair_get_dispatcher (r));
  set_time_value (self->dispatched_value, m.dispatched_at);
  set_time_value (self->accepted_value, m.accepted_at);
  set_value (self->arrived_value, arrived);
  set_value (self->completed_value, completed);
  set_value (self->cancel_value, pd_repair_get_cancel_reason (r));
  gtk_widget_set_visible (self->cancel_row, cancelled);

  if (pd_repair_get_reopened_count (r) > 0)
    g_string_append_printf (history, ngettext ("Reopened %d time after a callback",
                                               "Reopened %d times after callbacks",
                                               pd_repair_get_reopened_count (r)),
                            pd_repair_get_reopened_count (r));
  if (pd_repair_get_parent_id (r) > 0)
    {
      g_autoptr(PdRepair) parent = pd_repair_store_get (self->database,
                                                        pd_repair_get_parent_id (r), NULL);
      if (history->len > 0)
        g_string_append (history, "\n");
      g_string_append_printf (history, _("Follows order %s"),
                              parent != NULL ? pd_repair_get_serial (parent) : "?");
    }
  if (pd_repair_get_move_in_defect_id (r) > 0)
    {
      if (history->len > 0)
        g_string_append (history, "\n");
      g_string_append (history, _("Defect found at the move-in inspection"));
    }
  set_value (self->history_value, history->str);
  gtk_widget_set_visible (self->history_row, history->len > 0);
}

static void
fill_completion (PdRepairDetail *self)
{
  PdRepair *r = self->repair;
  g_autofree char *quality = rating_text (pd_repair_get_rating_quality (r));
  g_autofree char *attitude = rating_text (pd_repair_get_rating_attitude (r));

  gtk_widget_set_visible (GTK_WIDGET (self->completion_group), pd_repair_get_completed_at (r) != 0);
  set_value (self->work_done_value, pd_repair_get_work_done (r));
  set_value (self->materials_value, pd_repair_get_materials (r));
  gtk_widget_set_visible (self->materials_row, !is_blank (pd_repair_get_materials (r)));
  set_value (self->result_value, pd_repair_get_result (r));
  gtk_widget_set_visible (self->result_row, !is_blank (pd_repair_get_result (r)));
  set_value (self->confirmed_value, pd_repair_get_occupant_confirmed (r) ? _("Yes, signed")
                                                                         : _("No"));
  set_value (self->quality_value, quality);
  set_value (self->attitude_value, attitude);
}

static void
fill_charges (PdRepairDetail *self)
{
  PdRepair *r = self->repair;
  g_autoptr(GPtrArray) charges = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *total_text = NULL;
  gint64 total = 0;
  GtkWidget *row;

  gtk_widget_set_visible (GTK_WIDGET (self->charges_group),
                          pd_repair_get_repair_class (r) == PD_ORDER_CLASS_PAID);
  if (pd_repair_get_repair_class (r) != PD_ORDER_CLASS_PAID)
    return;

  charges = pd_repair_store_list_charges (self->database, pd_repair_get_id (r), &error);
  if (charges == NULL)
    {
      adw_preferences_group_set_description (self->charges_group, error->message);
      return;
    }
  adw_preferences_group_set_description (self->charges_group,
                                         charges->len == 0
                                           ? _("No charge lines yet. A paid order needs its "
                                               "price agreed with the occupant before the work "
                                               "starts.")
                                           : NULL);
  for (guint i = 0; i < charges->len; i++)
    {
      PdRepairCharge *charge = g_ptr_array_index (charges, i);

      row = _pd_repair_detail_charge_row (self, charge);
      adw_preferences_group_add (self->charges_group, row);
      g_ptr_array_add (self->dynamic_rows, row);
      total += charge->amount_fen;
    }
  if (charges->len == 0)
    return;

  total_text = pd_repairs_format_yuan (total);
  {
    g_autofree char *capitals = pd_money_capitals (total, FALSE);
    row = add_dynamic_row (self, self->charges_group, _("Total"), capitals);
    GtkWidget *label = gtk_label_new (total_text);

    gtk_widget_add_css_class (label, "heading");
    gtk_widget_add_css_class (label, "numeric");
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  }

  if (pd_repair_get_quote_accepted_at (r) != 0)
    {
      g_autofree char *when = pd_format_time (pd_repair_get_quote_accepted_at (r));
      g_autofree char *text = g_strdup_printf (_("By %s on %s"),
                                               pd_repair_get_quote_accepted_by (r), when);
      row = add_dynamic_row (self, self->charges_group, _("Quote accepted by the occupant"),
                             text);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
    }
  else if (pd_repair_state_is_open (pd_repair_get_state (r)))
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Quote Accepted…"));

      row = add_dynamic_row (self, self->charges_group, _("Quote not yet accepted"),
                             _("Record the occupant's agreement before the work starts."));
      gtk_widget_add_css_class (row, "warning");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "repair.accept-quote");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
}

static void
fill_callbacks (PdRepairDetail *self)
{
  PdRepair *r = self->repair;
  PdRepairState state = pd_repair_get_state (r);
  g_autoptr(GPtrArray) callbacks = NULL;
  g_autoptr(GError) error = NULL;

  callbacks = pd_callback_store_list (self->database, PD_CALLBACK_SUBJECT_REPAIR,
                                      pd_repair_get_id (r), &error);
  if (callbacks == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->callbacks_group), TRUE);
      adw_preferences_group_set_description (self->callbacks_group, error->message);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->callbacks_group),
                          callbacks->len > 0 || state == PD_REPAIR_STATE_COMPLETED);
  if (state == PD_REPAIR_STATE_COMPLETED)
    adw_preferences_group_set_description (self->callbacks_group,
                                           pd_repair_get_category_onsite_callback (r)
                                             ? _("Waiting for a callback. This category needs "
                                                 "an on-site callback.")
                                             : _("Waiting for a callback."));
  else
    adw_preferences_group_set_description (self->callbacks_group, NULL);

  for (guint i = 0; i < callbacks->len; i++)
    {
      PdCallback *cb = g_ptr_array_index (callbacks, i);
      g_autofree char *when = pd_format_time (cb->called_at);
      g_autofree char *title = g_strdup_printf ("%s · %s · %s", when,
                                                pd_callback_method_to_label (cb->method),
                                                cb->satisfied ? _("Satisfied")
                                                              : _("Not satisfied"));
      g_autofree char *subtitle = is_blank (cb->remarks)
                                    ? g_strdup_printf (_("By %s"), cb->staff)
                                    : g_strdup_printf (_("By %s: %s"), cb->staff, cb->remarks);
      GtkWidget *row = add_dynamic_row (self, self->callbacks_group, title, subtitle);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (cb->satisfied
                                                                 ? "emblem-ok-symbolic"
                                                                 : "dialog-warning-symbolic"));
    }
}

static void
fill_forms (PdRepairDetail *self)
{
  gint64 id = pd_repair_get_id (self->repair);
  g_autoptr(PdSurvey) survey = pd_survey_store_get_for_repair (self->database, id, NULL);
  g_autoptr(PdSettlement) settlement = pd_settlement_store_get_for_repair (self->database, id,
                                                                           NULL);
  g_autofree char *survey_text = NULL;
  g_autofree char *settlement_text = NULL;

  if (survey != NULL)
    {
      g_autofree char *when = pd_format_time (survey->surveyed_at);
      survey_text = g_strdup_printf ("%s · %s", survey->serial, when);
    }
  if (settlement != NULL)
    {
      g_autofree char *total = pd_repairs_format_yuan (settlement->tax_inclusive_fen);
      settlement_text = g_strdup_printf ("%s · %s · %s",
                                         pd_settlement_class_to_label (settlement->klass), total,
                                         pd_settlement_state_to_label (settlement->state));
    }
  self->has_settlement = settlement != NULL;
  set_value (self->survey_value, survey_text);
  set_value (self->settlement_value, settlement_text);
}

static void
fill (PdRepairDetail *self)
{
  g_autoptr(GError) error = NULL;

  clear_dynamic_rows (self);
  memset (&self->facts, 0, sizeof self->facts);
  if (!pd_repair_store_get_facts (self->database, pd_repair_get_id (self->repair), &self->facts,
                                  &error))
    g_debug ("Facts of %s: %s", pd_repair_get_serial (self->repair), error->message);
  /* The facts' serial points into a statement; the order's own copy outlives it. */
  self->facts.serial = pd_repair_get_serial (self->repair);

  fill_report (self);
  fill_progress (self);
  fill_charges (self);
  fill_completion (self);
  fill_callbacks (self);
  fill_forms (self);
  update_clock (self);
}

/* }}} */
/* {{{ GObject */

static void
pd_repair_detail_dispose (GObject *object)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_REPAIR_DETAIL);
  g_clear_object (&self->repair);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_repair_detail_parent_class)->dispose (object);
}

static void
pd_repair_detail_finalize (GObject *object)
{
  PdRepairDetail *self = PD_REPAIR_DETAIL (object);

  g_clear_pointer (&self->dynamic_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_repair_detail_parent_class)->finalize (object);
}

static void
pd_repair_detail_class_init (PdRepairDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_repair_detail_dispose;
  object_class->finalize = pd_repair_detail_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-repair-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, error_page);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, serial_label);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, state_label);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, clock_label);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, dispatch_button);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, accept_button);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, arrive_button);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, complete_button);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, callback_button);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, edit_button);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, forms_button);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, report_group);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, progress_group);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, charges_group);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, completion_group);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, callbacks_group);
  gtk_widget_class_bind_template_child (widget_class, PdRepairDetail, forms_group);

  _pd_repair_detail_class_add_actions (widget_class);
}

static void
pd_repair_detail_init (PdRepairDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->dynamic_rows = g_ptr_array_new ();
  pd_repair_times_init_defaults (&self->times);
  self->now = g_get_real_time () / G_USEC_PER_SEC;
  build_rows (self);
  _pd_repair_detail_actions_update (self);
}

/* }}} */
/* {{{ Public API */

void
pd_repair_detail_set_database (PdRepairDetail *self,
                               PdDatabase     *db)
{
  g_return_if_fail (PD_IS_REPAIR_DETAIL (self));

  if (g_set_object (&self->database, db))
    pd_repair_detail_show (self, 0);
}

void
pd_repair_detail_show (PdRepairDetail *self,
                       gint64          repair_id)
{
  g_autoptr(GError) error = NULL;
  PdRepair *repair = NULL;

  g_return_if_fail (PD_IS_REPAIR_DETAIL (self));

  if (repair_id > 0 && self->database != NULL)
    repair = pd_repair_store_get (self->database, repair_id, &error);
  g_clear_object (&self->repair);
  self->repair = repair;

  if (error != NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else if (self->repair == NULL)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    {
      fill (self);
      gtk_stack_set_visible_child_name (self->stack, "content");
    }
  _pd_repair_detail_actions_update (self);
}

PdRepair *
pd_repair_detail_get_repair (PdRepairDetail *self)
{
  g_return_val_if_fail (PD_IS_REPAIR_DETAIL (self), NULL);

  return self->repair;
}

void
pd_repair_detail_set_clock (PdRepairDetail      *self,
                            const PdRepairTimes *times,
                            gint64               now)
{
  g_return_if_fail (PD_IS_REPAIR_DETAIL (self));
  g_return_if_fail (times != NULL);

  self->times = *times;
  self->now = now;
  update_clock (self);
}

void
_pd_repair_detail_changed (PdRepairDetail *self,
                           const char     *message)
{
  gint64 id = self->repair != NULL ? pd_repair_get_id (self->repair) : 0;

  pd_repair_detail_show (self, id);
  g_signal_emit (self, signals[CHANGED], 0, id, message);
}

/* }}} */
