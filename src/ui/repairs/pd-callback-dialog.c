// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-callback-store.h"
#include "pd-repair-dialogs-private.h"
#include "pd-repair-store.h"
#include "pd-repairs-format.h"
#include "pd-ui-format.h"

/* Positions of the method combo and the follow-up combo. */
enum { METHOD_ONSITE, METHOD_PHONE };
enum { FOLLOW_UP_REOPEN, FOLLOW_UP_LINKED };

struct _PdCallbackDialog
{
  AdwWindow            parent_instance;

  PdDatabase          *database;
  PdRepair            *repair;        /* NULL for another subject */
  PdCallbackSubject    subject;
  gint64               subject_id;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  AdwPreferencesGroup *order_group;
  AdwPreferencesGroup *callback_group;
  AdwPreferencesGroup *follow_up_group;
  AdwComboRow         *method_row;
  GtkStringList       *method_names;
  AdwEntryRow         *time_row;
  AdwEntryRow         *staff_row;
  AdwActionRow        *satisfied_row;
  GtkSwitch           *satisfied_switch;
  AdwEntryRow         *remarks_row;
  AdwComboRow         *follow_up_row;
  GtkStringList       *follow_up_names;
  GtkWidget           *time_issue_row;
  GtkLabel            *time_issue_label;
  GtkWidget           *staff_issue_row;
  GtkLabel            *staff_issue_label;
};

G_DEFINE_FINAL_TYPE (PdCallbackDialog, pd_callback_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *last_staff;

static gboolean
validate (PdCallbackDialog *self)
{
  g_autofree char *staff = pd_strdup_trimmed (gtk_editable_get_text (
                                                GTK_EDITABLE (self->staff_row)));
  g_autoptr(GError) time_error = NULL;
  gboolean satisfied = gtk_switch_get_active (self->satisfied_switch);
  gint64 t;
  gboolean ok;

  pd_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &t, &time_error);
  pd_repairs_set_issue (self->time_issue_row, self->time_issue_label,
                        time_error != NULL ? time_error->message : NULL);
  pd_repairs_set_issue (self->staff_issue_row, self->staff_issue_label,
                        staff == NULL ? _("Enter who called back.") : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->follow_up_group), !satisfied && self->repair != NULL);

  ok = staff != NULL && time_error == NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", ok);
  return ok;
}

static void
changed_cb (PdCallbackDialog *self)
{
  validate (self);
}

static void
entry_changed_cb (PdCallbackDialog *self)
{
  validate (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdCallbackDialog *self = PD_CALLBACK_DIALOG (widget);
  g_autofree char *staff = NULL;
  g_autofree char *remarks = NULL;
  g_autoptr(GError) error = NULL;
  PdCallbackRecord record = { 0 };
  gint64 linked_id = 0;

  if (!validate (self))
    return;
  staff = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->staff_row)));
  remarks = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->remarks_row)));

  record.subject = self->subject;
  record.subject_id = self->subject_id;
  record.method = adw_combo_row_get_selected (self->method_row) == METHOD_PHONE
                    ? PD_CALLBACK_METHOD_PHONE : PD_CALLBACK_METHOD_ONSITE;
  pd_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)),
                 &record.called_at, NULL);
  record.staff = staff;
  record.satisfied = gtk_switch_get_active (self->satisfied_switch);
  record.remarks = remarks;
  record.follow_up = adw_combo_row_get_selected (self->follow_up_row) == FOLLOW_UP_LINKED
                       ? PD_CALLBACK_LINKED_ORDER : PD_CALLBACK_REOPEN;

  if (pd_callback_store_record (self->database, &record, &linked_id, &error) == 0)
    {
      pd_repairs_show_error (widget, _("The Callback Was Not Recorded"), error);
      return;
    }

  g_free (last_staff);
  last_staff = g_steal_pointer (&staff);
  if (linked_id > 0)
    {
      g_autoptr(PdRepair) linked = pd_repair_store_get (self->database, linked_id, NULL);
      g_autofree char *toast = g_strdup_printf (_("Callback recorded; the linked order %s was "
                                                  "opened"),
                                                linked != NULL ? pd_repair_get_serial (linked)
                                                               : "");
      g_object_set_data_full (G_OBJECT (self), "pd-toast", g_steal_pointer (&toast), g_free);
    }
  else if (!record.satisfied)
    g_object_set_data_full (G_OBJECT (self), "pd-toast",
                            g_strdup (self->repair != NULL
                                        ? _("Callback recorded; the order was reopened for more "
                                            "work")
                                        : _("Callback recorded; the complaint went back to the "
                                            "department")), g_free);
  g_signal_emit (self, signals[SAVED], 0, self->subject_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pd_callback_dialog_dispose (GObject *object)
{
  PdCallbackDialog *self = PD_CALLBACK_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_CALLBACK_DIALOG);
  g_clear_object (&self->repair);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_callback_dialog_parent_class)->dispose (object);
}

static void
pd_callback_dialog_class_init (PdCallbackDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_callback_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-callback-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PdCallbackDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (order_group);
  BIND (callback_group);
  BIND (follow_up_group);
  BIND (method_row);
  BIND (method_names);
  BIND (time_row);
  BIND (staff_row);
  BIND (satisfied_row);
  BIND (satisfied_switch);
  BIND (remarks_row);
  BIND (follow_up_row);
  BIND (follow_up_names);
  BIND (time_issue_row);
  BIND (time_issue_label);
  BIND (staff_issue_row);
  BIND (staff_issue_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_callback_dialog_init (PdCallbackDialog *self)
{
  const char *methods[] = { pd_callback_method_to_label (PD_CALLBACK_METHOD_ONSITE),
                            pd_callback_method_to_label (PD_CALLBACK_METHOD_PHONE), NULL };
  const char *follow_ups[] = { _("Reopen this order for more work (重新派工)"),
                               _("Open a linked order (另开关联工单)"), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_splice (self->method_names, 0, 0, methods);
  gtk_string_list_splice (self->follow_up_names, 0, 0, follow_ups);
  gtk_switch_set_active (self->satisfied_switch, TRUE);
}

PdCallbackDialog *
pd_callback_dialog_new (PdDatabase *db,
                        PdRepair   *repair)
{
  PdCallbackDialog *self;
  g_autofree char *now = pd_format_time (g_get_real_time () / G_USEC_PER_SEC);

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (PD_IS_REPAIR (repair), NULL);

  self = g_object_new (PD_TYPE_CALLBACK_DIALOG, NULL);
  self->database = g_object_ref (db);
  self->repair = g_object_ref (repair);
  self->subject = PD_CALLBACK_SUBJECT_REPAIR;
  self->subject_id = pd_repair_get_id (repair);

  adw_window_title_set_subtitle (self->window_title, pd_repair_get_serial (repair));
  pd_repairs_add_order_row (GTK_WIDGET (self->order_group), repair);
  if (pd_repair_get_category_onsite_callback (repair))
    adw_preferences_group_set_description (self->callback_group,
                                           _("This category needs an on-site callback; a phone "
                                             "callback will be refused."));
  else
    adw_preferences_group_set_description (self->callback_group,
                                           _("At least seven in ten callbacks should be on site."));
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), now);
  gtk_editable_set_text (GTK_EDITABLE (self->staff_row), last_staff != NULL ? last_staff : "");
  validate (self);
  return self;
}

PdCallbackDialog *
pd_callback_dialog_new_for_subject (PdDatabase        *db,
                                    PdCallbackSubject  subject,
                                    gint64             subject_id,
                                    const char        *serial,
                                    const char        *title,
                                    const char        *summary)
{
  PdCallbackDialog *self;
  GtkWidget *row;
  g_autofree char *now = pd_format_time (g_get_real_time () / G_USEC_PER_SEC);

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (subject != PD_CALLBACK_SUBJECT_REPAIR, NULL);

  self = g_object_new (PD_TYPE_CALLBACK_DIALOG, NULL);
  self->database = g_object_ref (db);
  self->subject = subject;
  self->subject_id = subject_id;

  adw_window_title_set_subtitle (self->window_title, serial);
  adw_preferences_group_set_title (self->order_group, _("Complaint"));
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary != NULL ? summary : "");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_preferences_group_add (self->order_group, row);
  adw_preferences_group_set_description (self->callback_group,
                                         _("Within 24 hours of the department's result; an "
                                           "unsatisfied answer sends the complaint back to the "
                                           "department."));
  adw_action_row_set_subtitle (self->satisfied_row,
                               _("The occupant is satisfied with how the complaint was "
                                 "handled"));
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), now);
  gtk_editable_set_text (GTK_EDITABLE (self->staff_row), last_staff != NULL ? last_staff : "");
  validate (self);
  return self;
}

void
_pd_callback_dialog_fill (PdCallbackDialog *self,
                          gboolean          onsite,
                          const char       *staff,
                          gboolean          satisfied,
                          gboolean          linked_order,
                          const char       *remarks)
{
  adw_combo_row_set_selected (self->method_row, onsite ? METHOD_ONSITE : METHOD_PHONE);
  gtk_editable_set_text (GTK_EDITABLE (self->staff_row), staff != NULL ? staff : "");
  gtk_switch_set_active (self->satisfied_switch, satisfied);
  adw_combo_row_set_selected (self->follow_up_row,
                              linked_order ? FOLLOW_UP_LINKED : FOLLOW_UP_REOPEN);
  gtk_editable_set_text (GTK_EDITABLE (self->remarks_row), remarks != NULL ? remarks : "");
}
