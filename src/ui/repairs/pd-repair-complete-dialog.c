// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-repair-dialogs-private.h"
#include "pd-repair-store.h"
#include "pd-repairs-format.h"
#include "pd-ui-format.h"
#include "pd-widget-util.h"

struct _PdRepairCompleteDialog
{
  AdwWindow            parent_instance;

  PdDatabase          *database;
  PdRepair            *repair;
  gboolean             touched;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  GtkLabel            *charge_label;
  AdwPreferencesGroup *order_group;
  GtkTextView         *work_done_view;
  AdwEntryRow         *materials_row;
  AdwEntryRow         *result_row;
  GtkSwitch           *confirmed_switch;
  AdwComboRow         *quality_row;
  AdwComboRow         *attitude_row;
  GtkStringList       *quality_names;
  GtkStringList       *attitude_names;
  AdwEntryRow         *completed_row;
  GtkWidget           *work_done_issue_row;
  GtkLabel            *work_done_issue_label;
  GtkWidget           *completed_issue_row;
  GtkLabel            *completed_issue_label;
};

G_DEFINE_FINAL_TYPE (PdRepairCompleteDialog, pd_repair_complete_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
validate (PdRepairCompleteDialog *self)
{
  g_autofree char *work = pd_text_view_dup_text (self->work_done_view);
  g_autoptr(GError) time_error = NULL;
  gint64 t;
  gboolean ok;

  pd_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->completed_row)), &t,
                 &time_error);
  pd_repairs_set_issue (self->work_done_issue_row, self->work_done_issue_label,
                        work == NULL && self->touched ? _("Write what was done; it goes on the "
                                                          "work order.")
                                                      : NULL);
  pd_repairs_set_issue (self->completed_issue_row, self->completed_issue_label,
                        time_error != NULL ? time_error->message : NULL);
  ok = work != NULL && time_error == NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", ok);
  gtk_widget_set_tooltip_text (self->save_button,
                               work == NULL ? _("Write what was done first.") : NULL);
  return ok;
}

static void
changed_cb (PdRepairCompleteDialog *self)
{
  validate (self);
}

static void
entry_changed_cb (PdRepairCompleteDialog *self)
{
  validate (self);
}

static void
work_changed_cb (PdRepairCompleteDialog *self)
{
  self->touched = TRUE;
  validate (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdRepairCompleteDialog *self = PD_REPAIR_COMPLETE_DIALOG (widget);
  g_autofree char *work = pd_text_view_dup_text (self->work_done_view);
  g_autofree char *materials = pd_strdup_trimmed (gtk_editable_get_text (
                                                    GTK_EDITABLE (self->materials_row)));
  g_autofree char *result = pd_strdup_trimmed (gtk_editable_get_text (
                                                 GTK_EDITABLE (self->result_row)));
  g_autoptr(GError) error = NULL;
  PdRepairCompletion completion = { 0 };

  self->touched = TRUE;
  if (!validate (self))
    return;

  completion.work_done = work;
  completion.materials = materials;
  completion.result = result;
  completion.occupant_confirmed = gtk_switch_get_active (self->confirmed_switch);
  /* Position 0 is "not rated"; positions 1..5 are the ratings. */
  completion.rating_quality = (int) adw_combo_row_get_selected (self->quality_row);
  completion.rating_attitude = (int) adw_combo_row_get_selected (self->attitude_row);
  pd_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->completed_row)),
                 &completion.completed_at, NULL);

  if (!pd_repair_store_complete (self->database, pd_repair_get_id (self->repair), &completion,
                                 &error))
    {
      pd_repairs_show_error (widget, _("The Order Was Not Completed"), error);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, pd_repair_get_id (self->repair));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pd_repair_complete_dialog_dispose (GObject *object)
{
  PdRepairCompleteDialog *self = PD_REPAIR_COMPLETE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_REPAIR_COMPLETE_DIALOG);
  g_clear_object (&self->repair);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_repair_complete_dialog_parent_class)->dispose (object);
}

static void
pd_repair_complete_dialog_class_init (PdRepairCompleteDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_repair_complete_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-repair-complete-dialog.ui");
#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, PdRepairCompleteDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (charge_label);
  BIND (order_group);
  BIND (work_done_view);
  BIND (materials_row);
  BIND (result_row);
  BIND (confirmed_switch);
  BIND (quality_row);
  BIND (attitude_row);
  BIND (quality_names);
  BIND (attitude_names);
  BIND (completed_row);
  BIND (work_done_issue_row);
  BIND (work_done_issue_label);
  BIND (completed_issue_row);
  BIND (completed_issue_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_repair_complete_dialog_init (PdRepairCompleteDialog *self)
{
  const char *ratings[] = { _("Not rated"), _("1 – very poor"), _("2 – poor"), _("3 – fair"),
                            _("4 – good"), _("5 – excellent"), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_splice (self->quality_names, 0, 0, ratings);
  gtk_string_list_splice (self->attitude_names, 0, 0, ratings);
  g_signal_connect_object (gtk_text_view_get_buffer (self->work_done_view), "changed",
                           G_CALLBACK (work_changed_cb), self, G_CONNECT_SWAPPED);
}

PdRepairCompleteDialog *
pd_repair_complete_dialog_new (PdDatabase *db,
                               PdRepair   *repair)
{
  PdRepairCompleteDialog *self;
  g_autofree char *now = pd_format_time (g_get_real_time () / G_USEC_PER_SEC);

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (PD_IS_REPAIR (repair), NULL);

  self = g_object_new (PD_TYPE_REPAIR_COMPLETE_DIALOG, NULL);
  self->database = g_object_ref (db);
  self->repair = g_object_ref (repair);

  adw_window_title_set_subtitle (self->window_title, pd_repair_get_serial (repair));
  pd_repairs_add_order_row (GTK_WIDGET (self->order_group), repair);
  gtk_editable_set_text (GTK_EDITABLE (self->completed_row), now);

  if (pd_repair_get_repair_class (repair) == PD_ORDER_CLASS_PAID)
    {
      gint64 total = 0;
      g_autofree char *amount = NULL;
      g_autofree char *text = NULL;

      pd_repair_store_charges_total (db, pd_repair_get_id (repair), &total, NULL);
      amount = pd_repairs_format_yuan (total);
      if (pd_repair_get_occupant_id (repair) > 0)
        text = g_strdup_printf (_("Paid repair: %s will be added to the occupant's account for "
                                  "the next fee bill."), amount);
      else
        text = g_strdup_printf (_("Paid repair: %s. No occupant is named on the order, so the "
                                  "charge is collected on the spot."), amount);
      gtk_label_set_text (self->charge_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->charge_label), TRUE);
      gtk_widget_remove_css_class (GTK_WIDGET (self->charge_label), "form-banner");
      gtk_widget_add_css_class (GTK_WIDGET (self->charge_label), "info-banner");
    }
  validate (self);
  return self;
}

GtkEditable *
_pd_repair_complete_dialog_get_entry (PdRepairCompleteDialog *self,
                                      const char             *field)
{
  if (g_strcmp0 (field, "materials") == 0)
    return GTK_EDITABLE (self->materials_row);
  if (g_strcmp0 (field, "result") == 0)
    return GTK_EDITABLE (self->result_row);
  if (g_strcmp0 (field, "completed") == 0)
    return GTK_EDITABLE (self->completed_row);
  g_return_val_if_reached (NULL);
}

void
_pd_repair_complete_dialog_set_ratings (PdRepairCompleteDialog *self,
                                        gboolean                confirmed,
                                        int                     quality,
                                        int                     attitude)
{
  gtk_switch_set_active (self->confirmed_switch, confirmed);
  adw_combo_row_set_selected (self->quality_row, CLAMP (quality, 0, 5));
  adw_combo_row_set_selected (self->attitude_row, CLAMP (attitude, 0, 5));
}

void
_pd_repair_complete_dialog_set_work_done (PdRepairCompleteDialog *self,
                                          const char             *text)
{
  pd_text_view_set_text (self->work_done_view, text);
}
