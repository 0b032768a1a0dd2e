// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-complaint-dispatch-dialog.h"
#include "pd-complaint-settings.h"
#include "pd-complaint-store.h"
#include "pd-complaints-format.h"
#include "pd-complaints-private.h"
#include "pd-dialogs.h"
#include "pd-repair-settings.h"
#include "pd-ui-format.h"
#include "pd-widget-util.h"

struct _PdComplaintDispatchDialog
{
  AdwWindow            parent_instance;

  PdDatabase          *database;
  PdComplaint         *complaint;
  GArray              *department_ids;  /* gint64 per department_row position; 0: placeholder */
  GPtrArray           *staff_names;     /* char * per staff_list row */
  GtkLabel            *issue;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  AdwPreferencesGroup *subject_group;
  AdwPreferencesGroup *deadline_group;
  AdwPreferencesGroup *signature_group;
  AdwComboRow         *department_row;
  GtkStringList       *department_names;
  AdwEntryRow         *responsible_row;
  GtkWidget           *staff_button;
  GtkPopover          *staff_popover;
  GtkListBox          *staff_list;
  AdwEntryRow         *deadline_row;
  GtkSwitch           *serious_switch;
  AdwEntryRow         *by_row;
  AdwEntryRow         *time_row;
};

G_DEFINE_FINAL_TYPE (PdComplaintDispatchDialog, pd_complaint_dispatch_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *last_dispatcher;

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gint64
selected_department (PdComplaintDispatchDialog *self)
{
  guint pos = adw_combo_row_get_selected (self->department_row);

  return pos < self->department_ids->len ? g_array_index (self->department_ids, gint64, pos)
                                         : 0;
}

static void
fill_departments (PdComplaintDispatchDialog *self,
                  gint64                     select_id)
{
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint select_pos = 0;

  g_array_set_size (self->department_ids, 0);
  g_array_append_val (self->department_ids, (gint64) { 0 });
  g_ptr_array_add (names, (gpointer) _("Choose a department"));
  departments = pd_repair_settings_list_departments (self->database, FALSE, &error);
  if (departments == NULL)
    pd_show_error (GTK_WIDGET (self), _("Could Not Read the Departments"), error);
  for (guint i = 0; departments != NULL && i < departments->len; i++)
    {
      PdDepartment *department = g_ptr_array_index (departments, i);

      g_ptr_array_add (names, department->name);
      g_array_append_val (self->department_ids, department->id);
      if (department->id == select_id)
        select_pos = self->department_ids->len - 1;
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->department_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->department_names)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->department_row, select_pos);
}

/* The department's people, for the person-responsible button. */
static void
fill_staff (PdComplaintDispatchDialog *self)
{
  g_autoptr(GPtrArray) staff = NULL;
  gint64 department = selected_department (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->staff_list))) != NULL)
    gtk_list_box_remove (self->staff_list, child);
  g_ptr_array_set_size (self->staff_names, 0);

  if (department > 0)
    staff = pd_repair_settings_list_staff (self->database, department, FALSE, NULL);
  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      PdStaff *person = g_ptr_array_index (staff, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), person->name);
      if (person->team != NULL && *person->team != '\0')
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), person->team);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->staff_list, row);
      g_ptr_array_add (self->staff_names, g_strdup (person->name));
    }
  gtk_widget_set_sensitive (self->staff_button, self->staff_names->len > 0);
  gtk_widget_set_tooltip_text (self->staff_button,
                               self->staff_names->len > 0
                                 ? _("Choose from the department's staff")
                                 : _("No staff are listed for this department (Repair "
                                     "Settings)"));
}

static void
validate (PdComplaintDispatchDialog *self)
{
  g_autofree char *by = pd_strdup_trimmed (text_of (self->by_row));
  g_autoptr(GError) time_error = NULL;
  g_autoptr(GError) deadline_error = NULL;
  const char *issue = NULL;
  gint64 t;

  if (selected_department (self) == 0)
    issue = _("Choose the department that handles the complaint.");
  else if (!pd_parse_time (text_of (self->deadline_row), &t, &deadline_error))
    issue = deadline_error->message;
  else if (by == NULL)
    issue = _("Enter who dispatched the complaint.");
  else if (!pd_parse_time (text_of (self->time_row), &t, &time_error))
    issue = time_error->message;

  pd_complaints_set_issue (self->issue, issue);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", issue == NULL);
  gtk_widget_set_tooltip_text (self->save_button, issue);
}

static void
changed_cb (PdComplaintDispatchDialog *self)
{
  validate (self);
}

static void
department_changed_cb (PdComplaintDispatchDialog *self)
{
  fill_staff (self);
  validate (self);
}

static void
staff_activated_cb (PdComplaintDispatchDialog *self,
                    GtkListBoxRow             *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->staff_names->len)
    gtk_editable_set_text (GTK_EDITABLE (self->responsible_row),
                           g_ptr_array_index (self->staff_names, index));
  gtk_popover_popdown (self->staff_popover);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdComplaintDispatchDialog *self = PD_COMPLAINT_DISPATCH_DIALOG (widget);
  g_autofree char *responsible = pd_strdup_trimmed (text_of (self->responsible_row));
  g_autofree char *by = pd_strdup_trimmed (text_of (self->by_row));
  g_autoptr(GError) error = NULL;
  PdComplaintDispatch dispatch = { 0 };
  gint64 deadline = 0;

  validate (self);
  if (!gtk_widget_get_sensitive (self->save_button))
    return;

  pd_parse_time (text_of (self->deadline_row), &deadline, NULL);
  dispatch.department_id = selected_department (self);
  dispatch.responsible = responsible;
  /* The committed deadline changes only when the dispatcher changed it. */
  dispatch.deadline_at = deadline != pd_complaint_get_deadline_at (self->complaint) ? deadline
                                                                                     : 0;
  dispatch.serious = gtk_switch_get_active (self->serious_switch);
  dispatch.by = by;
  pd_parse_time (text_of (self->time_row), &dispatch.at, NULL);

  if (!pd_complaint_store_dispatch (self->database, pd_complaint_get_id (self->complaint),
                                    &dispatch, &error))
    {
      pd_complaints_show_error (widget, _("The Complaint Was Not Dispatched"), error);
      return;
    }
  g_free (last_dispatcher);
  last_dispatcher = g_steal_pointer (&by);
  g_signal_emit (self, signals[SAVED], 0, pd_complaint_get_id (self->complaint));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pd_complaint_dispatch_dialog_dispose (GObject *object)
{
  PdComplaintDispatchDialog *self = PD_COMPLAINT_DISPATCH_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_COMPLAINT_DISPATCH_DIALOG);
  g_clear_object (&self->complaint);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_complaint_dispatch_dialog_parent_class)->dispose (object);
}

static void
pd_complaint_dispatch_dialog_finalize (GObject *object)
{
  PdComplaintDispatchDialog *self = PD_COMPLAINT_DISPATCH_DIALOG (object);

  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->staff_names, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_complaint_dispatch_dialog_parent_class)->finalize (object);
}

static void
pd_complaint_dispatch_dialog_class_init (PdComplaintDispatchDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_complaint_dispatch_dialog_dispose;
  object_class->finalize = pd_complaint_dispatch_dialog_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-complaint-dispatch-dialog.ui");
#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, PdComplaintDispatchDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (subject_group);
  BIND (deadline_group);
  BIND (signature_group);
  BIND (department_row);
  BIND (department_names);
  BIND (responsible_row);
  BIND (staff_button);
  BIND (staff_popover);
  BIND (staff_list);
  BIND (deadline_row);
  BIND (serious_switch);
  BIND (by_row);
  BIND (time_row);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, department_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, staff_activated_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_complaint_dispatch_dialog_init (PdComplaintDispatchDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->staff_names = g_ptr_array_new_with_free_func (g_free);
  self->issue = pd_complaints_add_issue (self->signature_group);
}

PdComplaintDispatchDialog *
pd_complaint_dispatch_dialog_new (PdDatabase  *db,
                                  PdComplaint *complaint)
{
  PdComplaintDispatchDialog *self;
  g_autoptr(PdComplaintCategory) category = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *now = pd_format_time (g_get_real_time () / G_USEC_PER_SEC);
  const char *responsible;
  gint64 department;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (PD_IS_COMPLAINT (complaint), NULL);

  self = g_object_new (PD_TYPE_COMPLAINT_DISPATCH_DIALOG, NULL);
  self->database = g_object_ref (db);
  self->complaint = g_object_ref (complaint);
  adw_window_title_set_subtitle (self->window_title, pd_complaint_get_serial (complaint));
  pd_complaints_add_case_row (self->subject_group, complaint);

  category = pd_complaint_settings_get_category (db, pd_complaint_get_category_id (complaint),
                                                 NULL);
  department = pd_complaint_get_department_id (complaint);
  if (department == 0 && category != NULL)
    department = category->department_id;
  fill_departments (self, department);
  fill_staff (self);

  responsible = pd_complaint_get_responsible (complaint);
  if ((responsible == NULL || *responsible == '\0') && category != NULL)
    responsible = category->default_responsible;
  gtk_editable_set_text (GTK_EDITABLE (self->responsible_row),
                         responsible != NULL ? responsible : "");

  deadline = pd_format_time (pd_complaint_get_deadline_at (complaint));
  gtk_editable_set_text (GTK_EDITABLE (self->deadline_row), deadline);
  if (category != NULL)
    {
      g_autofree char *description = NULL;

      /* TRANSLATORS: under the deadline: the category and its cycle, e.g.
       * "「安全与秩序」类投诉的处理周期为 48 小时，自登记时起算；可改。" */
      description = g_strdup_printf (_("Complaints of “%s” are handled within %d hours of "
                                       "registration; change the time if the case needs "
                                       "another."), category->name, category->cycle_hours);
      adw_preferences_group_set_description (self->deadline_group, description);
    }

  /* A dispatch can flag a case serious but never clears the flag. */
  gtk_switch_set_active (self->serious_switch, pd_complaint_get_serious (complaint));
  gtk_widget_set_sensitive (GTK_WIDGET (self->serious_switch),
                            !pd_complaint_get_serious (complaint));
  gtk_editable_set_text (GTK_EDITABLE (self->by_row),
                         last_dispatcher != NULL ? last_dispatcher : "");
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), now);
  validate (self);
  return self;
}

GtkEditable *
_pd_complaint_dispatch_dialog_get_entry (PdComplaintDispatchDialog *self,
                                         const char                *field)
{
  const struct { const char *name; AdwEntryRow *row; } map[] = {
    { "responsible", self->responsible_row }, { "deadline", self->deadline_row },
    { "by", self->by_row }, { "time", self->time_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i].name, field) == 0)
      return GTK_EDITABLE (map[i].row);
  g_return_val_if_reached (NULL);
}

gboolean
_pd_complaint_dispatch_dialog_choose_department (PdComplaintDispatchDialog *self,
                                                 const char                *name)
{
  int pos = pd_string_list_find (G_LIST_MODEL (self->department_names), name);

  if (pos <= 0)
    return FALSE;
  adw_combo_row_set_selected (self->department_row, pos);
  return TRUE;
}
