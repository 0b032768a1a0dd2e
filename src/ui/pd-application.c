// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-app"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-application.h"
#include "pd-bench.h"
#include "pd-database.h"
#include "pd-window.h"

struct _PdApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PdApplication, pd_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database FILE instead of the default one"), N_("FILE") },
  { NULL }
};

static char *
canonical_path (const char *path)
{
  return g_canonicalize_filename (path, NULL);
}

static PdWindow *
find_window_for_path (PdApplication *self,
                      const char    *path)
{
  g_autofree char *wanted = canonical_path (path);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      PdDatabase *db;
      g_autofree char *have = NULL;

      if (!PD_IS_WINDOW (l->data))
        continue;
      db = pd_window_get_database (PD_WINDOW (l->data));
      if (db == NULL)
        continue;
      have = canonical_path (pd_database_get_path (db));
      if (g_strcmp0 (have, wanted) == 0)
        return PD_WINDOW (l->data);
    }
  return NULL;
}

/* What the clerk can do about each failure; the core's message says what went wrong. */
static const char *
open_error_hint (const GError *error)
{
  if (error->domain != PD_DB_ERROR)
    return NULL;

  switch ((PdDbError) error->code)
    {
    case PD_DB_ERROR_CORRUPT:
      return _("The file may be damaged or may not be a Property Desk database. Restore a backup "
               "copy, or start Property Desk with another file (--db FILE).");
    case PD_DB_ERROR_TOO_NEW:
      return _("It was written by a newer version of Property Desk. Install that version to "
               "open it.");
    case PD_DB_ERROR_LOCKED:
      return _("Another program is using the file. Close that program and start Property Desk "
               "again.");
    case PD_DB_ERROR_FULL:
      return _("The disk is full. Free some space and start Property Desk again.");
    case PD_DB_ERROR_READONLY:
      return _("Property Desk may not write to the file. Check the file's permissions.");
    case PD_DB_ERROR_FAILED:
    case PD_DB_ERROR_CONSTRAINT:
    case PD_DB_ERROR_NOT_FOUND:
    case PD_DB_ERROR_INVALID:
    case PD_DB_ERROR_IO:
    default:
      return NULL;
    }
}

static void
show_open_error (PdApplication *self,
                 const char    *path,
                 const GError  *error)
{
  AdwMessageDialog *dialog;
  const char *hint = open_error_hint (error);
  g_autoptr(GString) body = g_string_new (error->message);

  if (!g_str_has_suffix (body->str, ".") && !g_str_has_suffix (body->str, "。"))
    g_string_append (body, _("."));
  g_string_append (body, "\n\n");
  g_string_append_printf (body, _("The file “%s” was not changed."), path);
  if (hint != NULL)
    g_string_append_printf (body, "\n\n%s", hint);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Could Not Open the Database"),
                                                       body->str));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  /* Registered with the application so that it stays alive while the dialog shows, and quits
   * when it is closed if no other window is open. */
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  PdApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Property Desk"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Property Desk authors"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Occupant records, move-in and move-out for the "
                                      "customer-service desk of a property-management office."),
                        "copyright", _("© 2026 The Property Desk authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PdApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing (not destroying) lets each main window save its size and tab. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (PD_IS_WINDOW (l->data))
      gtk_window_close (GTK_WINDOW (l->data));
  g_application_quit (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "shortcuts", shortcuts_action },
  { "quit", quit_action },
};

static void
pd_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "<Control>question", "<Control>slash", NULL };

  G_APPLICATION_CLASS (pd_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         help_accels);
}

static int
pd_application_command_line (GApplication            *app,
                             GApplicationCommandLine *cmdline)
{
  PdApplication *self = PD_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autofree char *db_arg = NULL;
  g_autofree char *path = NULL;

  if (g_variant_dict_lookup (options, "db", "^ay", &db_arg) && db_arg[0] != '\0')
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (cmdline, db_arg);
      path = g_file_get_path (file);
    }
  if (path == NULL)
    path = pd_database_default_path ();

  pd_application_open_database (self, path);
  return 0;
}

static void
pd_application_activate (GApplication *app)
{
  g_autofree char *path = pd_database_default_path ();

  pd_application_open_database (PD_APPLICATION (app), path);
}

static void
pd_application_class_init (PdApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = pd_application_startup;
  app_class->command_line = pd_application_command_line;
  app_class->activate = pd_application_activate;
}

static void
pd_application_init (PdApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Occupant records for a property-management "
                                              "customer-service desk."));
}

PdApplication *
pd_application_new (void)
{
  return g_object_new (PD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       NULL);
}

void
pd_application_open_database (PdApplication *self,
                              const char    *path)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  PdWindow *window;

  g_return_if_fail (PD_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  window = find_window_for_path (self, path);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  db = pd_database_open (path, &error);
  if (db == NULL)
    {
      g_message ("Could not open %s: %s", path, error->message);
      show_open_error (self, path, error);
      return;
    }

  window = pd_window_new (self, db);
  pd_bench_watch_first_frame (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}
