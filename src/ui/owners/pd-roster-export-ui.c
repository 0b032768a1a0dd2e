// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-export-ui"
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pd-roster-export.h"
#include "pd-roster-export-ui.h"

/* A fast export finishes before a progress dialog would be worth showing. */
#define PROGRESS_DELAY_MS 250
#define PROGRESS_TICK_MS  100

#define XLSX_MIME_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

typedef struct
{
  GtkWindow        *parent;          /* owned */
  char             *db_path;
  PdOccupantQuery   query;
  char             *query_text;
  gboolean          has_query;
  GFile            *file;
  char             *path;
  gboolean          full;
  GCancellable     *cancellable;

  /* Written by the worker, read by the progress tick. */
  guint             done;
  guint             total;
  guint             rows;

  GtkWidget        *progress_dialog; /* weak */
  GtkProgressBar   *progress_bar;
  guint             show_id;
  guint             tick_id;
} ExportJob;

/* The export running now, if any: a second Ctrl+E brings its dialog back instead. */
static ExportJob *running_job;

static void
export_job_free (ExportJob *job)
{
  g_clear_handle_id (&job->show_id, g_source_remove);
  g_clear_handle_id (&job->tick_id, g_source_remove);
  if (job->progress_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (job->progress_dialog),
                                    (gpointer *) &job->progress_dialog);
      gtk_window_destroy (GTK_WINDOW (job->progress_dialog));
    }
  g_clear_object (&job->parent);
  g_clear_object (&job->file);
  g_clear_object (&job->cancellable);
  g_free (job->db_path);
  g_free (job->query_text);
  g_free (job->path);
  g_free (job);
}

static GtkWindow *
job_parent (ExportJob *job)
{
  /* The window may have been closed while the export ran. */
  if (job->parent != NULL && gtk_widget_get_visible (GTK_WIDGET (job->parent)))
    return job->parent;
  return NULL;
}

static void
open_file_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  GFile *file = user_data;

  if (g_strcmp0 (response, "open") == 0)
    {
      g_autofree char *uri = g_file_get_uri (file);
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

      gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
    }
}

static void
show_result (ExportJob    *job,
             const GError *error)
{
  AdwMessageDialog *dialog;
  g_autofree char *name = g_file_get_basename (job->file);

  if (error != NULL)
    {
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (job_parent (job),
                                                           _("The Roster Was Not Exported"),
                                                           error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (job_parent (job),
                                                       _("Roster Exported"), NULL));
  adw_message_dialog_format_body (dialog,
                                  ngettext ("%u occupant was written to “%s”.",
                                            "%u occupants were written to “%s”.", job->rows),
                                  job->rows, name);
  if (job->full)
    {
      g_autofree char *body = g_strdup_printf ("%s\n\n%s", adw_message_dialog_get_body (dialog),
                                               _("The file contains full ID numbers and phone "
                                                 "numbers: keep it confidential and delete it "
                                                 "when it is no longer needed."));
      adw_message_dialog_set_body (dialog, body);
    }
  adw_message_dialog_add_responses (dialog,
                                    "close", _("_Close"),
                                    "open", _("_Open File"),
                                    NULL);
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  g_signal_connect_data (dialog, "response", G_CALLBACK (open_file_response_cb),
                         g_object_ref (job->file),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  ExportJob *job = user_data;
  guint done = g_atomic_int_get (&job->done);
  guint total = g_atomic_int_get (&job->total);
  g_autofree char *text = NULL;

  if (job->progress_bar == NULL || total == 0)
    return G_SOURCE_CONTINUE;

  gtk_progress_bar_set_fraction (job->progress_bar, (double) done / total);
  /* TRANSLATORS: progress of the roster export, rows done of all rows */
  text = g_strdup_printf (_("%u of %u"), done, total);
  gtk_progress_bar_set_text (job->progress_bar, text);
  return G_SOURCE_CONTINUE;
}

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  ExportJob *job = user_data;

  /* The only response is Cancel; Escape gives it too. */
  g_cancellable_cancel (job->cancellable);
  job->progress_bar = NULL;
}

static gboolean
show_progress_cb (gpointer user_data)
{
  ExportJob *job = user_data;
  g_autofree char *name = g_file_get_basename (job->file);
  AdwMessageDialog *dialog;
  GtkWidget *bar;

  job->show_id = 0;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (job_parent (job),
                                                       _("Exporting the Occupant Roster…"),
                                                       NULL));
  adw_message_dialog_format_body (dialog, _("Writing “%s”."), name);
  bar = gtk_progress_bar_new ();
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (bar), TRUE);
  adw_message_dialog_set_extra_child (dialog, bar);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (progress_response_cb), job);

  job->progress_dialog = GTK_WIDGET (dialog);
  job->progress_bar = GTK_PROGRESS_BAR (bar);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &job->progress_dialog);

  progress_tick_cb (job);
  job->tick_id = g_timeout_add (PROGRESS_TICK_MS, progress_tick_cb, job);
  gtk_window_present (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

static gboolean
worker_progress_cb (guint    done,
                    guint    total,
                    gpointer user_data)
{
  ExportJob *job = user_data;

  g_atomic_int_set (&job->done, done);
  g_atomic_int_set (&job->total, total);
  return !g_cancellable_is_cancelled (job->cancellable);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* A connection of its own: the window's connection and its cached statements belong to the
   * main thread, and WAL lets both read at once. */
  db = pd_database_open (job->db_path, &error);
  if (db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!pd_roster_export_xlsx (db, job->has_query ? &job->query : NULL, job->full, job->path,
                              worker_progress_cb, job, &job->rows, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportJob *job = user_data;
  g_autoptr(GError) error = NULL;

  running_job = NULL;
  /* The progress dialog goes first so the result dialog is not stacked on it. */
  g_clear_handle_id (&job->show_id, g_source_remove);
  g_clear_handle_id (&job->tick_id, g_source_remove);
  if (job->progress_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (job->progress_dialog),
                                    (gpointer *) &job->progress_dialog);
      gtk_window_destroy (GTK_WINDOW (job->progress_dialog));
      job->progress_dialog = NULL;
    }

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_result (job, error);
    }
  else
    show_result (job, NULL);

  export_job_free (job);
}

static void
start_export (ExportJob *job)
{
  g_autoptr(GTask) task = NULL;

  job->cancellable = g_cancellable_new ();
  running_job = job;

  task = g_task_new (NULL, NULL, export_done_cb, job);
  /* The job outlives the task: export_done_cb frees it. */
  g_task_set_task_data (task, job, NULL);
  g_task_set_source_tag (task, start_export);
  g_task_set_name (task, "roster export");
  g_task_run_in_thread (task, export_thread);

  job->show_id = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, job);
}

static void
confirm_full_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          gpointer          user_data)
{
  ExportJob *job = user_data;

  if (g_strcmp0 (response, "full") == 0 || g_strcmp0 (response, "masked") == 0)
    {
      job->full = g_strcmp0 (response, "full") == 0;
      start_export (job);
    }
  else
    export_job_free (job);
}

static void
confirm_full (ExportJob *job)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    job_parent (job),
    _("Export Full ID Numbers and Phone Numbers?"),
    _("The file will contain every occupant's complete ID number and phone number. This is "
      "confidential personal data that the company must not leak: keep the file safe, do not "
      "send it outside the company, and delete it when it is no longer needed.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "masked", _("Export _Masked"),
                                    "full", _("Export _Full"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "full", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "masked");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_full_response_cb), job);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GFile *
with_xlsx_suffix (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *fixed = NULL;

  if (base == NULL || g_str_has_suffix (base, ".xlsx") || g_str_has_suffix (base, ".XLSX"))
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  if (parent == NULL)
    return g_object_ref (file);
  fixed = g_strconcat (base, ".xlsx", NULL);
  return g_file_get_child (parent, fixed);
}

static void
chooser_response_cb (GtkNativeDialog *native,
                     int              response,
                     gpointer         user_data)
{
  ExportJob *job = user_data;
  g_autoptr(GFile) chosen = NULL;
  const char *full;

  if (response != GTK_RESPONSE_ACCEPT)
    goto cancelled;

  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (chosen == NULL)
    goto cancelled;
  job->file = with_xlsx_suffix (chosen);
  job->path = g_file_get_path (job->file);
  if (job->path == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The roster can only be saved in a folder of this computer."));
      show_result (job, error);
      goto cancelled;
    }

  full = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (native), "full");
  g_object_unref (native);

  if (g_strcmp0 (full, "true") == 0)
    confirm_full (job);
  else
    start_export (job);
  return;

cancelled:
  g_object_unref (native);
  export_job_free (job);
}

void
pd_roster_export_run_query (GtkWindow             *parent,
                            PdDatabase            *db,
                            const PdOccupantQuery *query)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  const char *documents;
  ExportJob *job;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (PD_IS_DATABASE (db));

  if (running_job != NULL)
    {
      if (running_job->progress_dialog != NULL)
        gtk_window_present (GTK_WINDOW (running_job->progress_dialog));
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->parent = parent ? g_object_ref (parent) : NULL;
  job->db_path = g_strdup (pd_database_get_path (db));
  if (query != NULL)
    {
      job->has_query = TRUE;
      job->query = *query;
      job->query_text = g_strdup (query->text);
      job->query.text = job->query_text;
    }

  native = gtk_file_chooser_native_new (_("Export Occupant Roster"), parent,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  name = pd_roster_export_default_name ();
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_mime_type (filter, XLSX_MIME_TYPE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  /* Masked unless the user ticks this and then confirms the warning. */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (native), "full",
                               _("Full ID numbers and phone numbers (confidential)"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (native), "full", "false");

  g_signal_connect (native, "response", G_CALLBACK (chooser_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
pd_roster_export_run (GtkWindow  *parent,
                      PdDatabase *db)
{
  pd_roster_export_run_query (parent, db, NULL);
}
