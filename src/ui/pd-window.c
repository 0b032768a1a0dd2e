// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-window"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-application.h"
#include "pd-complaint-settings-window.h"
#include "pd-complaints-page.h"
#include "pd-dialogs.h"
#include "pd-owners-page.h"
#include "pd-places-window.h"
#include "pd-repair-export-ui.h"
#include "pd-repair-settings-window.h"
#include "pd-repairs-page.h"
#include "pd-window.h"

/* The import and export dialogs are written separately; until they are in the tree the menu
 * entries stay disabled. */
#if __has_include ("pd-import-dialog.h")
# include "pd-import-dialog.h"
# define PD_HAVE_IMPORT_DIALOG 1
#else
# define PD_HAVE_IMPORT_DIALOG 0
#endif
#if __has_include ("pd-roster-export-ui.h")
# include "pd-roster-export-ui.h"
# define PD_HAVE_ROSTER_EXPORT 1
#else
# define PD_HAVE_ROSTER_EXPORT 0
#endif

struct _PdWindow
{
  AdwApplicationWindow  parent_instance;

  PdDatabase           *database;
  GSettings            *settings;
  GtkFileChooserNative *backup_chooser;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewStack         *stack;
  PdOwnersPage         *owners_page;
  PdRepairsPage        *repairs_page;
  PdComplaintsPage     *complaints_page;
};

G_DEFINE_FINAL_TYPE (PdWindow, pd_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Runs from the build tree without the schema installed: then nothing is remembered. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("GSettings schema %s not found; window state will not be saved", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

static guint
count_visible_pages (PdWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->stack);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));
  guint visible = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      if (adw_view_stack_page_get_visible (page))
        visible++;
    }
  return visible;
}

/* A switcher with a single button says nothing; show the plain title until a second tab
 * exists. */
static void
update_switcher (PdWindow *self)
{
  gboolean several = count_visible_pages (self) > 1;

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, several);
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    several
                                    && adw_view_switcher_title_get_title_visible (
                                         self->switcher_title));
}

static void
pd_window_actions_update (PdWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const char *page = adw_view_stack_get_visible_child_name (self->stack);
  gboolean have_db = self->database != NULL;
  gboolean owners = have_db && g_strcmp0 (page, "owners") == 0;
  gboolean has_occupants = have_db && pd_owners_page_get_has_occupants (self->owners_page);
  gboolean repairs = have_db && g_strcmp0 (page, "repairs") == 0;
  gboolean repair_selected = repairs && pd_repairs_page_get_has_selection (self->repairs_page);
  gboolean complaints = have_db && g_strcmp0 (page, "complaints") == 0;
  gboolean complaint_selected = complaints
                                && pd_complaints_page_get_has_selection (self->complaints_page);

  gtk_widget_action_set_enabled (widget, "win.new-occupant", owners);
  gtk_widget_action_set_enabled (widget, "win.new-repair", have_db);
  gtk_widget_action_set_enabled (widget, "win.new", owners || repairs || complaints);
  gtk_widget_action_set_enabled (widget, "win.search", owners || repairs || complaints);
  gtk_widget_action_set_enabled (widget, "win.print", repair_selected || complaint_selected);
  gtk_widget_action_set_enabled (widget, "win.export-current",
                                 repairs ? repair_selected
                                 : complaints ? complaint_selected
                                 : has_occupants && PD_HAVE_ROSTER_EXPORT);
  gtk_widget_action_set_enabled (widget, "win.complaint-settings", have_db);
  gtk_widget_action_set_enabled (widget, "win.repair-settings", have_db);
  gtk_widget_action_set_enabled (widget, "win.repair-statistics", have_db);
  gtk_widget_action_set_enabled (widget, "win.refresh", have_db);
  gtk_widget_action_set_enabled (widget, "win.import", have_db && PD_HAVE_IMPORT_DIALOG);
  gtk_widget_action_set_enabled (widget, "win.export",
                                 has_occupants && PD_HAVE_ROSTER_EXPORT);
  gtk_widget_action_set_enabled (widget, "win.places", have_db);
  gtk_widget_action_set_enabled (widget, "win.backup", have_db);
  gtk_widget_action_set_enabled (widget, "win.check-database", have_db);
}

static void
restore_state (PdWindow *self)
{
  g_autofree char *tab = NULL;
  int width, height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  tab = g_settings_get_string (self->settings, "last-tab");
  if (tab[0] != '\0')
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (self->stack, tab);
      if (child != NULL && gtk_widget_get_visible (child))
        adw_view_stack_set_visible_child (self->stack, child);
    }
}

static void
save_state (PdWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  /* The default size follows the window as it is resized, and is not overwritten while
   * maximized, so it is the size to restore. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static char *
suggest_backup_name (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M");

  /* ASCII on purpose: the name travels to USB sticks and mail attachments. */
  return g_strdup_printf ("property-desk-backup-%s.db", stamp);
}

static void
backup_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    PdWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->backup_chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The chosen place is not a local folder. Choose a folder on this "
                             "computer or on a mounted drive."));
      pd_show_error (GTK_WIDGET (self), _("Could Not Back Up the Database"), error);
      return;
    }

  if (!pd_database_backup_to (self->database, path, &error))
    {
      pd_show_error (GTK_WIDGET (self), _("Could Not Back Up the Database"), error);
      return;
    }

  name = g_file_get_basename (file);
  text = g_strdup_printf (_("Database backed up to “%s”"), name);
  pd_window_show_toast (self, text);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autofree char *name = suggest_backup_name ();

  if (self->backup_chooser != NULL)
    return;

  self->backup_chooser = gtk_file_chooser_native_new (_("Back Up Database"), GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->backup_chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->backup_chooser), name);
  g_signal_connect (self->backup_chooser, "response", G_CALLBACK (backup_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->backup_chooser));
}

static void
check_database_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;

  if (pd_database_check_integrity (self->database, &report, &error))
    pd_show_message (widget, _("The Database Is Intact"), report);
  else if (error != NULL)
    pd_show_error (widget, _("Could Not Check the Database"), error);
  else
    {
      g_autofree char *body = g_strdup_printf (_("%s\nMake a backup copy now and keep the older "
                                                 "backups; then ask for support. Nothing was "
                                                 "changed."), report ? report : "");
      pd_show_message (widget, _("The Database Has Problems"), body);
    }
}

static void
places_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  pd_places_window_present (GTK_WINDOW (self), self->database);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
#if PD_HAVE_IMPORT_DIALOG
  PdWindow *self = PD_WINDOW (widget);

  pd_import_dialog_present (GTK_WINDOW (self), self->database);
#endif
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
#if PD_HAVE_ROSTER_EXPORT
  PdWindow *self = PD_WINDOW (widget);

  pd_roster_export_run (GTK_WINDOW (self), self->database);
#endif
}

static void
new_occupant_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "owners");
  pd_owners_page_new_occupant (self->owners_page);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "repairs") == 0)
    pd_repairs_page_focus_search (self->repairs_page);
  else if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "complaints") == 0)
    pd_complaints_page_focus_search (self->complaints_page);
  else
    pd_owners_page_focus_search (self->owners_page);
}

static void
new_repair_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "repairs");
  pd_repairs_page_new_repair (self->repairs_page);
}

/* Ctrl+N, Ctrl+P and Ctrl+E act on the tab shown. */
static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "repairs") == 0)
    pd_repairs_page_new_repair (self->repairs_page);
  else if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "complaints") == 0)
    pd_complaints_page_new_contact (self->complaints_page);
  else
    new_occupant_action (widget, action_name, parameter);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "complaints") == 0)
    pd_complaints_page_activate_step (self->complaints_page, "print");
  else
    pd_repairs_page_activate_step (self->repairs_page, "print");
}

static void
export_current_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "repairs") == 0)
    pd_repairs_page_activate_step (self->repairs_page, "export");
  else if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "complaints") == 0)
    pd_complaints_page_activate_step (self->complaints_page, "export");
  else
    export_action (widget, action_name, parameter);
}

static void
repair_settings_changed_cb (PdWindow *self)
{
  pd_window_notify_data_changed (self);
}

static void
repair_settings_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  PdRepairSettingsWindow *settings = pd_repair_settings_window_new (self->database);

  gtk_window_set_transient_for (GTK_WINDOW (settings), GTK_WINDOW (self));
  g_signal_connect_object (settings, "changed", G_CALLBACK (repair_settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (settings));
}

static void
repair_statistics_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);

  pd_repair_stats_export_run (GTK_WINDOW (self), self->database);
}

/* The tab shows how many open orders are past a due time. */
static void
repairs_overdue_cb (PdWindow *self)
{
  AdwViewStackPage *page = adw_view_stack_get_page (self->stack,
                                                    GTK_WIDGET (self->repairs_page));
  gint64 overdue = pd_repairs_page_get_overdue_count (self->repairs_page);

  adw_view_stack_page_set_badge_number (page, (guint) MIN (overdue, G_MAXUINT));
  adw_view_stack_page_set_needs_attention (page, overdue > 0);
}

static void
repairs_selection_cb (PdWindow *self)
{
  pd_window_actions_update (self);
}

static void
complaint_settings_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PdWindow *self = PD_WINDOW (widget);
  PdComplaintSettingsWindow *settings = pd_complaint_settings_window_new (self->database);

  gtk_window_set_transient_for (GTK_WINDOW (settings), GTK_WINDOW (self));
  g_signal_connect_object (settings, "changed", G_CALLBACK (repair_settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (settings));
}

/* The complaints tab shows how many open complaints are past a due time. */
static void
complaints_overdue_cb (PdWindow *self)
{
  AdwViewStackPage *page = adw_view_stack_get_page (self->stack,
                                                    GTK_WIDGET (self->complaints_page));
  gint64 overdue = pd_complaints_page_get_overdue_count (self->complaints_page);

  adw_view_stack_page_set_badge_number (page, (guint) MIN (overdue, G_MAXUINT));
  adw_view_stack_page_set_needs_attention (page, overdue > 0);
}

static void
refresh_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  pd_window_notify_data_changed (PD_WINDOW (widget));
}

static void
switcher_title_visible_cb (PdWindow *self)
{
  update_switcher (self);
}

static void
stack_visible_child_cb (PdWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (self->settings != NULL && name != NULL)
    g_settings_set_string (self->settings, "last-tab", name);
  pd_window_actions_update (self);
}

static void
owners_has_occupants_cb (PdWindow *self)
{
  pd_window_actions_update (self);
}

static gboolean
pd_window_close_request (GtkWindow *window)
{
  save_state (PD_WINDOW (window));
  return GTK_WINDOW_CLASS (pd_window_parent_class)->close_request (window);
}

static void
pd_window_constructed (GObject *object)
{
  PdWindow *self = PD_WINDOW (object);

  G_OBJECT_CLASS (pd_window_parent_class)->constructed (object);

  if (self->database != NULL)
    {
      pd_owners_page_set_database (self->owners_page, self->database);
      pd_repairs_page_set_database (self->repairs_page, self->database);
      pd_complaints_page_set_database (self->complaints_page, self->database);
    }

  self->settings = create_settings ();
  restore_state (self);
  update_switcher (self);
  pd_window_actions_update (self);
}

static void
pd_window_dispose (GObject *object)
{
  PdWindow *self = PD_WINDOW (object);

  if (self->backup_chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->backup_chooser));
      g_clear_object (&self->backup_chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_WINDOW);

  G_OBJECT_CLASS (pd_window_parent_class)->dispose (object);
}

static void
pd_window_finalize (GObject *object)
{
  PdWindow *self = PD_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_window_parent_class)->finalize (object);
}

static void
pd_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PdWindow *self = PD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PdWindow *self = PD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_window_class_init (PdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = pd_window_constructed;
  object_class->dispose = pd_window_dispose;
  object_class->finalize = pd_window_finalize;
  object_class->get_property = pd_window_get_property;
  object_class->set_property = pd_window_set_property;
  window_class->close_request = pd_window_close_request;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, PD_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PD_TYPE_OWNERS_PAGE);
  g_type_ensure (PD_TYPE_REPAIRS_PAGE);
  g_type_ensure (PD_TYPE_COMPLAINTS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, owners_page);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, repairs_page);
  gtk_widget_class_bind_template_child (widget_class, PdWindow, complaints_page);
  gtk_widget_class_bind_template_callback (widget_class, switcher_title_visible_cb);
  gtk_widget_class_bind_template_callback (widget_class, stack_visible_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, owners_has_occupants_cb);
  gtk_widget_class_bind_template_callback (widget_class, repairs_overdue_cb);
  gtk_widget_class_bind_template_callback (widget_class, repairs_selection_cb);
  gtk_widget_class_bind_template_callback (widget_class, complaints_overdue_cb);

  gtk_widget_class_install_action (widget_class, "win.new-occupant", NULL, new_occupant_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.new-repair", NULL, new_repair_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-current", NULL,
                                   export_current_action);
  gtk_widget_class_install_action (widget_class, "win.repair-settings", NULL,
                                   repair_settings_action);
  gtk_widget_class_install_action (widget_class, "win.repair-statistics", NULL,
                                   repair_statistics_action);
  gtk_widget_class_install_action (widget_class, "win.complaint-settings", NULL,
                                   complaint_settings_action);
  gtk_widget_class_install_action (widget_class, "win.refresh", NULL, refresh_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.places", NULL, places_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.check-database", NULL,
                                   check_database_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.refresh", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-current", NULL);
}

static void
pd_window_init (PdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PdWindow *
pd_window_new (PdApplication *app,
               PdDatabase    *db)
{
  return g_object_new (PD_TYPE_WINDOW,
                       "application", app,
                       "database", db,
                       NULL);
}

PdDatabase *
pd_window_get_database (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);

  return self->database;
}

void
pd_window_notify_data_changed (PdWindow *self)
{
  g_return_if_fail (PD_IS_WINDOW (self));

  pd_owners_page_reload (self->owners_page);
  pd_repairs_page_reload (self->repairs_page);
  pd_complaints_page_reload (self->complaints_page);
  pd_window_actions_update (self);
}

void
pd_window_show_toast (PdWindow   *self,
                      const char *text)
{
  AdwToast *toast;

  g_return_if_fail (PD_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  toast = adw_toast_new (text);
  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

PdOwnersPage *
pd_window_get_owners_page (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);

  return self->owners_page;
}

PdRepairsPage *
pd_window_get_repairs_page (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);

  return self->repairs_page;
}

PdComplaintsPage *
pd_window_get_complaints_page (PdWindow *self)
{
  g_return_val_if_fail (PD_IS_WINDOW (self), NULL);

  return self->complaints_page;
}

PdWindow *
pd_window_from_widget (GtkWidget *widget)
{
  GtkWindow *window;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  window = GTK_IS_WINDOW (widget) ? GTK_WINDOW (widget)
                                  : GTK_WINDOW (gtk_widget_get_root (widget));
  /* A dialog's own root is itself; its main window is up the transient-for chain. */
  while (window != NULL && !PD_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  return window != NULL ? PD_WINDOW (window) : NULL;
}
