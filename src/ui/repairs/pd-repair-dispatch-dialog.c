// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-repair-dialogs-private.h"
#include "pd-repair-settings.h"
#include "pd-repair-store.h"
#include "pd-repairs-format.h"
#include "pd-ui-format.h"
#include "pd-widget-util.h"

struct _PdRepairDispatchDialog
{
  AdwWindow            parent_instance;

  PdDatabase          *database;
  PdRepair            *repair;
  GArray              *department_ids;  /* gint64 per department_row position */
  GArray              *staff_ids;       /* gint64 per worker_row position; 0: the whole team */

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  GtkLabel            *banner_label;
  AdwPreferencesGroup *order_group;
  AdwComboRow         *department_row;
  AdwComboRow         *worker_row;
  GtkStringList       *department_names;
  GtkStringList       *worker_names;
  AdwEntryRow         *dispatcher_row;
  AdwEntryRow         *time_row;
  GtkWidget           *worker_issue_row;
  GtkLabel            *worker_issue_label;
  GtkWidget           *dispatcher_issue_row;
  GtkLabel            *dispatcher_issue_label;
  GtkWidget           *time_issue_row;
  GtkLabel            *time_issue_label;
};

G_DEFINE_FINAL_TYPE (PdRepairDispatchDialog, pd_repair_dispatch_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The dispatcher at the desk rarely changes between two orders. */
static char *last_dispatcher;

static gint64
array_at (GArray *ids,
          guint   pos)
{
  return pos < ids->len ? g_array_index (ids, gint64, pos) : 0;
}

static void
fill_staff (PdRepairDispatchDialog *self,
            gint64                  keep_id)
{
  gint64 department_id = array_at (self->department_ids,
                                   adw_combo_row_get_selected (self->department_row));
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint keep_pos = 0;

  g_array_set_size (self->staff_ids, 0);
  g_array_append_val (self->staff_ids, (gint64) { 0 });
  g_ptr_array_add (names, g_strdup (_("The department's team (no one named)")));
  if (department_id > 0)
    staff = pd_repair_settings_list_staff (self->database, department_id, FALSE, &error);
  if (error != NULL)
    pd_show_error (GTK_WIDGET (self), _("Could Not Read the Staff"), error);

  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      PdStaff *person = g_ptr_array_index (staff, i);

      g_array_append_val (self->staff_ids, person->id);
      if (person->team != NULL && *person->team != '\0')
        /* TRANSLATORS: a worker and the team they belong to */
        g_ptr_array_add (names, g_strdup_printf (_("%s (%s)"), person->name, person->team));
      else
        g_ptr_array_add (names, g_strdup (person->name));
      if (person->id == keep_id)
        keep_pos = self->staff_ids->len - 1;
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->worker_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->worker_names)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->worker_row, keep_pos);
}

static void
fill_departments (PdRepairDispatchDialog *self)
{
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  gint64 want = pd_repair_get_department_id (self->repair);
  guint select_pos = 0;

  departments = pd_repair_settings_list_departments (self->database, FALSE, &error);
  if (departments == NULL)
    pd_show_error (GTK_WIDGET (self), _("Could Not Read the Departments"), error);
  for (guint i = 0; departments != NULL && i < departments->len; i++)
    {
      PdDepartment *department = g_ptr_array_index (departments, i);

      g_array_append_val (self->department_ids, department->id);
      g_ptr_array_add (names, g_strdup (department->name));
      /* Repairs go to engineering unless the order was sent elsewhere before. */
      if (department->id == want || (want == 0 && g_strcmp0 (department->code,
                                                             "engineering") == 0))
        select_pos = i;
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->department_names, 0, 0, (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->department_row, select_pos);
  fill_staff (self, pd_repair_get_assignee_id (self->repair));
}

static gboolean
validate (PdRepairDispatchDialog *self)
{
  g_autofree char *dispatcher = pd_strdup_trimmed (gtk_editable_get_text (
                                                     GTK_EDITABLE (self->dispatcher_row)));
  g_autoptr(GError) time_error = NULL;
  const char *no_department = NULL;
  const char *no_dispatcher = NULL;
  gint64 t;
  gboolean ok;

  if (self->department_ids->len == 0)
    no_department = _("There is no department to dispatch to. Add one in Repair Settings.");
  if (dispatcher == NULL)
    no_dispatcher = _("Enter who dispatches the order; the name goes on the work order.");
  pd_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &t, &time_error);

  pd_repairs_set_issue (self->worker_issue_row, self->worker_issue_label, no_department);
  pd_repairs_set_issue (self->dispatcher_issue_row, self->dispatcher_issue_label, no_dispatcher);
  pd_repairs_set_issue (self->time_issue_row, self->time_issue_label,
                        time_error != NULL ? time_error->message : NULL);

  ok = no_department == NULL && no_dispatcher == NULL && time_error == NULL;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", ok);
  return ok;
}

static void
changed_cb (PdRepairDispatchDialog *self)
{
  if (self->repair != NULL)
    validate (self);
}

static void
entry_changed_cb (PdRepairDispatchDialog *self)
{
  if (self->repair != NULL)
    validate (self);
}

static void
department_changed_cb (PdRepairDispatchDialog *self)
{
  fill_staff (self, 0);
  validate (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdRepairDispatchDialog *self = PD_REPAIR_DISPATCH_DIALOG (widget);
  g_autofree char *dispatcher = NULL;
  g_autoptr(GError) error = NULL;
  gint64 department_id, staff_id, at = 0;

  if (!validate (self))
    return;
  dispatcher = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->dispatcher_row)));
  pd_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &at, NULL);
  department_id = array_at (self->department_ids,
                            adw_combo_row_get_selected (self->department_row));
  staff_id = array_at (self->staff_ids, adw_combo_row_get_selected (self->worker_row));

  if (!pd_repair_store_dispatch (self->database, pd_repair_get_id (self->repair), department_id,
                                 staff_id, dispatcher, at, &error))
    {
      pd_repairs_show_error (widget, _("The Order Was Not Dispatched"), error);
      return;
    }
  g_free (last_dispatcher);
  last_dispatcher = g_steal_pointer (&dispatcher);
  g_signal_emit (self, signals[SAVED], 0, pd_repair_get_id (self->repair));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pd_repair_dispatch_dialog_dispose (GObject *object)
{
  PdRepairDispatchDialog *self = PD_REPAIR_DISPATCH_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_REPAIR_DISPATCH_DIALOG);
  g_clear_object (&self->repair);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_repair_dispatch_dialog_parent_class)->dispose (object);
}

static void
pd_repair_dispatch_dialog_finalize (GObject *object)
{
  PdRepairDispatchDialog *self = PD_REPAIR_DISPATCH_DIALOG (object);

  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (pd_repair_dispatch_dialog_parent_class)->finalize (object);
}

static void
pd_repair_dispatch_dialog_class_init (PdRepairDispatchDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_repair_dispatch_dialog_dispose;
  object_class->finalize = pd_repair_dispatch_dialog_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-repair-dispatch-dialog.ui");
#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, PdRepairDispatchDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (banner_label);
  BIND (order_group);
  BIND (department_row);
  BIND (worker_row);
  BIND (department_names);
  BIND (worker_names);
  BIND (dispatcher_row);
  BIND (time_row);
  BIND (worker_issue_row);
  BIND (worker_issue_label);
  BIND (dispatcher_issue_row);
  BIND (dispatcher_issue_label);
  BIND (time_issue_row);
  BIND (time_issue_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_repair_dispatch_dialog_init (PdRepairDispatchDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

PdRepairDispatchDialog *
pd_repair_dispatch_dialog_new (PdDatabase *db,
                               PdRepair   *repair)
{
  PdRepairDispatchDialog *self;
  g_autofree char *now = pd_format_time (g_get_real_time () / G_USEC_PER_SEC);

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (PD_IS_REPAIR (repair), NULL);

  self = g_object_new (PD_TYPE_REPAIR_DISPATCH_DIALOG, NULL);
  self->database = g_object_ref (db);
  self->repair = g_object_ref (repair);

  adw_window_title_set_subtitle (self->window_title, pd_repair_get_serial (repair));
  pd_repairs_add_order_row (GTK_WIDGET (self->order_group), repair);
  if (pd_repair_get_dispatched_at (repair) != 0)
    {
      gtk_label_set_text (self->banner_label,
                          _("The order was dispatched before: dispatching again re-assigns it "
                            "and clears the worker's acceptance."));
      gtk_widget_set_visible (GTK_WIDGET (self->banner_label), TRUE);
      gtk_widget_remove_css_class (GTK_WIDGET (self->banner_label), "form-banner");
      gtk_widget_add_css_class (GTK_WIDGET (self->banner_label), "info-banner");
    }
  fill_departments (self);
  g_signal_connect_object (self->department_row, "notify::selected",
                           G_CALLBACK (department_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_editable_set_text (GTK_EDITABLE (self->dispatcher_row),
                         last_dispatcher != NULL ? last_dispatcher : pd_repair_get_clerk (repair));
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), now);
  validate (self);
  return self;
}

gboolean
_pd_repair_dispatch_dialog_choose (PdRepairDispatchDialog *self,
                                   const char             *department,
                                   const char             *worker)
{
  int pos = pd_string_list_find (G_LIST_MODEL (self->department_names), department);

  if (pos < 0)
    return FALSE;
  adw_combo_row_set_selected (self->department_row, pos);
  if (worker == NULL)
    {
      adw_combo_row_set_selected (self->worker_row, 0);
      return TRUE;
    }
  for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (self->worker_names)); i++)
    {
      const char *label = gtk_string_list_get_string (self->worker_names, i);

      if (g_str_has_prefix (label, worker))
        {
          adw_combo_row_set_selected (self->worker_row, i);
          return TRUE;
        }
    }
  return FALSE;
}

GtkEditable *
_pd_repair_dispatch_dialog_get_entry (PdRepairDispatchDialog *self,
                                      const char             *field)
{
  if (g_strcmp0 (field, "dispatcher") == 0)
    return GTK_EDITABLE (self->dispatcher_row);
  if (g_strcmp0 (field, "time") == 0)
    return GTK_EDITABLE (self->time_row);
  g_return_val_if_reached (NULL);
}
