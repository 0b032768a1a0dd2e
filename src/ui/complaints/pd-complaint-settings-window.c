// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-complaint-settings-window.h"
#include "pd-complaint-settings.h"
#include "pd-dialogs.h"
#include "pd-repair-settings.h"
#include "pd-ui-format.h"

struct _PdComplaintSettingsWindow
{
  AdwPreferencesWindow  parent_instance;

  PdDatabase           *database;
  GArray               *department_ids;  /* gint64 per department combo position; 0: none */
  GPtrArray            *department_names;
  GPtrArray            *category_rows;   /* the expander rows, to remove on reload */
  gboolean              loading;

  /* Template widgets */
  GtkSpinButton        *feedback_spin;
  GtkSpinButton        *callback_spin;
  AdwPreferencesGroup  *categories_group;
};

G_DEFINE_FINAL_TYPE (PdComplaintSettingsWindow, pd_complaint_settings_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define ID_KEY "pd-category-id"

static void reload_categories (PdComplaintSettingsWindow *self);

static void
saved (PdComplaintSettingsWindow *self,
       gboolean                   ok,
       const GError              *error)
{
  if (!ok)
    {
      pd_show_error (GTK_WIDGET (self), _("The Setting Was Not Saved"), error);
      /* The value goes back to what is stored. */
      reload_categories (self);
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/* {{{ Time limits */

static void
load_times (PdComplaintSettingsWindow *self)
{
  PdComplaintTimes times;

  pd_complaint_settings_load_times (self->database, &times);
  self->loading = TRUE;
  gtk_spin_button_set_value (self->feedback_spin, times.feedback_hours);
  gtk_spin_button_set_value (self->callback_spin, times.callback_hours);
  self->loading = FALSE;
}

static void
times_changed_cb (PdComplaintSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;
  PdComplaintTimes times;
  gboolean ok;

  if (self->loading || self->database == NULL)
    return;
  times.feedback_hours = gtk_spin_button_get_value_as_int (self->feedback_spin);
  times.callback_hours = gtk_spin_button_get_value_as_int (self->callback_spin);
  ok = pd_complaint_settings_save_times (self->database, &times, &error);
  if (!ok)
    {
      pd_show_error (GTK_WIDGET (self), _("The Setting Was Not Saved"), error);
      load_times (self);
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/* }}} */
/* {{{ Categories */

static gint64
row_category (gpointer widget)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), ID_KEY));
}

static char *
category_summary (PdComplaintCategory *category)
{
  const char *department = *category->department_name != '\0' ? category->department_name
                                                               : _("no default department");

  /* TRANSLATORS: under a category in the settings: its department and cycle, e.g.
   * "秩序维护部 · 48 小时" */
  if (!category->active)
    return g_strdup_printf (_("%s · %d hours · not in use"), department, category->cycle_hours);
  return g_strdup_printf (_("%s · %d hours"), department, category->cycle_hours);
}

static void
name_applied_cb (AdwEntryRow               *row,
                 PdComplaintSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (row)));
  gboolean ok = pd_complaint_settings_rename_category (self->database, row_category (row),
                                                       name != NULL ? name : "", &error);

  saved (self, ok, error);
  if (ok)
    reload_categories (self);
}

static void
responsible_applied_cb (AdwEntryRow               *row,
                        PdComplaintSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (row)));

  saved (self, pd_complaint_settings_set_category_responsible (self->database,
                                                               row_category (row),
                                                               text != NULL ? text : "",
                                                               &error), error);
}

static void
department_selected_cb (AdwComboRow               *row,
                        GParamSpec                *pspec,
                        PdComplaintSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;
  guint pos = adw_combo_row_get_selected (row);
  gint64 department = pos < self->department_ids->len
                        ? g_array_index (self->department_ids, gint64, pos) : 0;
  gboolean ok;

  if (self->loading)
    return;
  ok = pd_complaint_settings_set_category_department (self->database, row_category (row),
                                                      department, &error);
  saved (self, ok, error);
  if (ok)
    reload_categories (self);
}

static void
cycle_changed_cb (GtkSpinButton             *spin,
                  PdComplaintSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;
  saved (self, pd_complaint_settings_set_category_cycle (self->database, row_category (spin),
                                                         gtk_spin_button_get_value_as_int (spin),
                                                         &error), error);
}

static void
active_changed_cb (GtkSwitch                 *sw,
                   GParamSpec                *pspec,
                   PdComplaintSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;
  saved (self, pd_complaint_settings_set_category_active (self->database, row_category (sw),
                                                          gtk_switch_get_active (sw), &error),
         error);
}

static GtkWidget *
category_row (PdComplaintSettingsWindow *self,
              PdComplaintCategory       *category)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *department = adw_combo_row_new ();
  GtkWidget *responsible = adw_entry_row_new ();
  GtkWidget *cycle_row = adw_action_row_new ();
  GtkWidget *cycle = gtk_spin_button_new_with_range (1, PD_COMPLAINT_CYCLE_HOURS_MAX, 1);
  GtkWidget *active_row = adw_action_row_new ();
  GtkWidget *active = gtk_switch_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *summary = category_summary (category);
  guint department_pos = 0;
  GtkWidget *widgets[] = { name, department, responsible, cycle, active };

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    g_object_set_data (G_OBJECT (widgets[i]), ID_KEY, GSIZE_TO_POINTER (category->id));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), category->name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), summary);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Category Name"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (name), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (name), category->name);
  g_signal_connect (name, "apply", G_CALLBACK (name_applied_cb), self);

  for (guint i = 0; i < self->department_names->len; i++)
    {
      gtk_string_list_append (names, g_ptr_array_index (self->department_names, i));
      if (g_array_index (self->department_ids, gint64, i) == category->department_id)
        department_pos = i;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (department), _("Default Department"));
  adw_combo_row_set_model (ADW_COMBO_ROW (department), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (department), department_pos);
  g_signal_connect (department, "notify::selected", G_CALLBACK (department_selected_cb), self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (responsible),
                                 _("Default Person or Desk (optional)"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (responsible), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (responsible), category->default_responsible);
  g_signal_connect (responsible, "apply", G_CALLBACK (responsible_applied_cb), self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (cycle_row), _("Handling Cycle (hours)"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (cycle_row),
                               _("From registration to the committed deadline"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (cycle), category->cycle_hours);
  gtk_widget_set_valign (cycle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (cycle_row), cycle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (cycle_row), cycle);
  g_signal_connect (cycle, "value-changed", G_CALLBACK (cycle_changed_cb), self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (active_row), _("In Use"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (active_row),
                               _("Offered when a complaint is registered"));
  gtk_switch_set_active (GTK_SWITCH (active), category->active);
  gtk_widget_set_valign (active, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (active_row), active);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (active_row), active);
  g_signal_connect (active, "notify::active", G_CALLBACK (active_changed_cb), self);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), name);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), department);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), responsible);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), cycle_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), active_row);
  return expander;
}

static void
reload_departments (PdComplaintSettingsWindow *self)
{
  g_autoptr(GPtrArray) departments = NULL;

  g_array_set_size (self->department_ids, 0);
  g_ptr_array_set_size (self->department_names, 0);
  g_array_append_val (self->department_ids, (gint64) { 0 });
  g_ptr_array_add (self->department_names, g_strdup (_("None: chosen at dispatch")));
  departments = pd_repair_settings_list_departments (self->database, FALSE, NULL);
  for (guint i = 0; departments != NULL && i < departments->len; i++)
    {
      PdDepartment *department = g_ptr_array_index (departments, i);

      g_array_append_val (self->department_ids, department->id);
      g_ptr_array_add (self->department_names, g_strdup (department->name));
    }
}

static void
reload_categories (PdComplaintSettingsWindow *self)
{
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->category_rows->len; i++)
    adw_preferences_group_remove (self->categories_group,
                                  g_ptr_array_index (self->category_rows, i));
  g_ptr_array_set_size (self->category_rows, 0);
  if (self->database == NULL)
    return;

  categories = pd_complaint_settings_list_categories (self->database, TRUE, &error);
  if (categories == NULL)
    {
      pd_show_error (GTK_WIDGET (self), _("Could Not Read the Complaint Categories"), error);
      return;
    }
  self->loading = TRUE;
  for (guint i = 0; i < categories->len; i++)
    {
      GtkWidget *row = category_row (self, g_ptr_array_index (categories, i));

      adw_preferences_group_add (self->categories_group, row);
      g_ptr_array_add (self->category_rows, row);
    }
  self->loading = FALSE;
}

static void
category_added (const char *name,
                gpointer    user_data)
{
  PdComplaintSettingsWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 id = pd_complaint_settings_add_category (self->database, name, 0,
                                                  PD_COMPLAINT_CYCLE_HOURS_DEFAULT, &error);

  saved (self, id > 0, error);
  if (id > 0)
    reload_categories (self);
}

static void
add_category_clicked_cb (PdComplaintSettingsWindow *self)
{
  pd_ask_text (GTK_WIDGET (self), _("New Complaint Category"),
               _("The name as it appears on the complaint form and the statistics. Its "
                 "department and cycle can be set once it is added."),
               NULL, _("_Add"), category_added, g_object_ref (self), g_object_unref);
}

/* }}} */
/* {{{ GObject */

static void
pd_complaint_settings_window_dispose (GObject *object)
{
  PdComplaintSettingsWindow *self = PD_COMPLAINT_SETTINGS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_COMPLAINT_SETTINGS_WINDOW);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_complaint_settings_window_parent_class)->dispose (object);
}

static void
pd_complaint_settings_window_finalize (GObject *object)
{
  PdComplaintSettingsWindow *self = PD_COMPLAINT_SETTINGS_WINDOW (object);

  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->department_names, g_ptr_array_unref);
  g_clear_pointer (&self->category_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_complaint_settings_window_parent_class)->finalize (object);
}

static void
pd_complaint_settings_window_class_init (PdComplaintSettingsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_complaint_settings_window_dispose;
  object_class->finalize = pd_complaint_settings_window_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-complaint-settings-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PdComplaintSettingsWindow, feedback_spin);
  gtk_widget_class_bind_template_child (widget_class, PdComplaintSettingsWindow, callback_spin);
  gtk_widget_class_bind_template_child (widget_class, PdComplaintSettingsWindow,
                                        categories_group);
  gtk_widget_class_bind_template_callback (widget_class, times_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_category_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_complaint_settings_window_init (PdComplaintSettingsWindow *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loading = FALSE;
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->department_names = g_ptr_array_new_with_free_func (g_free);
  self->category_rows = g_ptr_array_new ();
}

PdComplaintSettingsWindow *
pd_complaint_settings_window_new (PdDatabase *db)
{
  PdComplaintSettingsWindow *self;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  self = g_object_new (PD_TYPE_COMPLAINT_SETTINGS_WINDOW, NULL);
  self->database = g_object_ref (db);
  load_times (self);
  reload_departments (self);
  reload_categories (self);
  return self;
}

/* }}} */
