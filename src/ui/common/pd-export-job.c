// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-export-ui"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-export-job.h"

/* A fast export finishes before a progress dialog would be worth showing. */
#define PROGRESS_DELAY_MS 250
#define PROGRESS_TICK_MS  100

#define XLSX_MIME_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

struct _PdExportJob
{
  PdExportSpec    spec;          /* the strings are owned copies */
  GtkWindow      *parent;        /* owned */
  char           *db_path;
  gpointer        user_data;
  GDestroyNotify  destroy;
  GFile          *file;
  char           *path;
  GCancellable   *cancellable;

  /* Written by the worker, read by the progress tick. */
  guint           done;
  guint           total;
  guint           count;

  GtkWidget      *progress;      /* weak */
  GtkProgressBar *bar;
  guint           show_id;
  guint           tick_id;
};

/* {{{ Dialogs */

static GtkWindow *
visible_parent (GtkWindow *parent)
{
  /* The window may have been closed while the export ran. */
  return parent != NULL && gtk_widget_get_visible (GTK_WIDGET (parent)) ? parent : NULL;
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

/* libxlsxwriter writes to a file name: a location without one (e.g. an unmounted network
 * share) will not do. */
static void
set_not_local (GError    **error,
               const char *not_local)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       not_local != NULL
                         ? not_local
                         : _("The form can only be saved in a folder of this computer."));
}

static GtkFileChooserNative *
new_chooser (GtkWindow  *parent,
             const char *title,
             const char *default_name)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), default_name);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_mime_type (filter, XLSX_MIME_TYPE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  return native;
}

/* The chosen file as a local path, or NULL with a sentence. */
static char *
chosen_path (GtkFileChooser *chooser,
             const char     *not_local,
             GFile         **out_file,
             GError        **error)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (chooser);
  char *path;

  *out_file = NULL;
  if (chosen == NULL)
    return NULL;
  *out_file = with_xlsx_suffix (chosen);
  path = g_file_get_path (*out_file);
  if (path == NULL)
    set_not_local (error, not_local);
  return path;
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

      gtk_show_uri (gtk_window_get_transient_for (GTK_WINDOW (dialog)), uri, GDK_CURRENT_TIME);
    }
}

/* Says where the file went, with a button to open it; @body NULL: Written to “name”. */
static void
show_done (GtkWindow  *parent,
           const char *heading,
           GFile      *file,
           const char *body)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (visible_parent (parent), heading, body));
  if (body == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      adw_message_dialog_format_body (dialog, _("Written to “%s”."), name);
    }
  adw_message_dialog_add_responses (dialog, "close", _("_Close"), "open", _("_Open File"), NULL);
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  g_signal_connect_data (dialog, "response", G_CALLBACK (open_file_response_cb),
                         g_object_ref (file),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_error (GtkWindow    *parent,
            const char   *heading,
            const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (visible_parent (parent), heading,
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* }}} */
/* {{{ The job */

PdExportJob *
pd_export_job_new (GtkWindow          *parent,
                   PdDatabase         *db,
                   const PdExportSpec *spec,
                   gpointer            user_data,
                   GDestroyNotify      destroy)
{
  PdExportJob *job;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (spec != NULL && spec->run != NULL, NULL);

  job = g_new0 (PdExportJob, 1);
  job->spec = *spec;
  job->spec.chooser_title = g_strdup (spec->chooser_title);
  job->spec.progress_heading = g_strdup (spec->progress_heading);
  job->spec.done_heading = g_strdup (spec->done_heading);
  job->spec.error_heading = g_strdup (spec->error_heading);
  job->spec.not_local = g_strdup (spec->not_local);
  job->spec.task_name = g_strdup (spec->task_name);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->db_path = g_strdup (pd_database_get_path (db));
  job->user_data = user_data;
  job->destroy = destroy;
  if (spec->running != NULL)
    *spec->running = job;
  return job;
}

static void
close_progress (PdExportJob *job)
{
  g_clear_handle_id (&job->show_id, g_source_remove);
  g_clear_handle_id (&job->tick_id, g_source_remove);
  if (job->progress != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (job->progress), (gpointer *) &job->progress);
      gtk_window_destroy (GTK_WINDOW (job->progress));
      job->progress = NULL;
    }
}

void
pd_export_job_free (PdExportJob *job)
{
  g_return_if_fail (job != NULL);

  if (job->spec.running != NULL && *job->spec.running == job)
    *job->spec.running = NULL;
  close_progress (job);
  if (job->destroy != NULL)
    job->destroy (job->user_data);
  g_clear_object (&job->parent);
  g_clear_object (&job->file);
  g_clear_object (&job->cancellable);
  g_free ((char *) job->spec.chooser_title);
  g_free ((char *) job->spec.progress_heading);
  g_free ((char *) job->spec.done_heading);
  g_free ((char *) job->spec.error_heading);
  g_free ((char *) job->spec.not_local);
  g_free ((char *) job->spec.task_name);
  g_free (job->db_path);
  g_free (job->path);
  g_free (job);
}

gpointer
pd_export_job_get_user_data (PdExportJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);

  return job->user_data;
}

GtkWindow *
pd_export_job_get_parent (PdExportJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);

  return visible_parent (job->parent);
}

void
pd_export_job_present (PdExportJob *job)
{
  g_return_if_fail (job != NULL);

  if (job->progress != NULL)
    gtk_window_present (GTK_WINDOW (job->progress));
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  PdExportJob *job = user_data;
  guint done = g_atomic_int_get (&job->done);
  guint total = g_atomic_int_get (&job->total);
  g_autofree char *text = NULL;

  if (job->bar == NULL)
    return G_SOURCE_CONTINUE;
  /* Some forms do not report progress: the bar still shows the export is alive. */
  if (total == 0)
    {
      gtk_progress_bar_pulse (job->bar);
      return G_SOURCE_CONTINUE;
    }
  gtk_progress_bar_set_fraction (job->bar, (double) done / total);
  if (job->spec.progress_text != NULL)
    text = job->spec.progress_text (done, total);
  else
    /* TRANSLATORS: progress of an export, rows done of all rows */
    text = g_strdup_printf (_("%u of %u"), done, total);
  gtk_progress_bar_set_text (job->bar, text);
  return G_SOURCE_CONTINUE;
}

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  PdExportJob *job = user_data;

  /* The only response is Cancel; Escape gives it too. */
  g_cancellable_cancel (job->cancellable);
  job->bar = NULL;
}

static gboolean
show_progress_cb (gpointer user_data)
{
  PdExportJob *job = user_data;
  g_autofree char *name = g_file_get_basename (job->file);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *bar;

  job->show_id = 0;
  if (job->spec.progress_body != NULL)
    body = job->spec.progress_body (name, 0, job->user_data);
  else
    body = g_strdup_printf (_("Writing “%s”."), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (visible_parent (job->parent),
                                                       job->spec.progress_heading, body));
  bar = gtk_progress_bar_new ();
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (bar), TRUE);
  adw_message_dialog_set_extra_child (dialog, bar);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (progress_response_cb), job);

  job->progress = GTK_WIDGET (dialog);
  job->bar = GTK_PROGRESS_BAR (bar);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &job->progress);
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
  PdExportJob *job = user_data;

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
  PdExportJob *job = task_data;
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* A connection of its own: the window's connection and its cached statements belong to the
   * main thread, and WAL lets both read at once. */
  db = pd_database_open (job->db_path, &error);
  if (db == NULL
      || !job->spec.run (db, job->path, worker_progress_cb, job, job->user_data, &job->count,
                         &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PdExportJob *job = user_data;
  g_autoptr(GError) error = NULL;

  if (job->spec.running != NULL && *job->spec.running == job)
    *job->spec.running = NULL;
  /* The progress dialog goes first so the result dialog is not stacked on it. */
  close_progress (job);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *body = NULL;

      if (job->spec.done_body != NULL)
        {
          g_autofree char *name = g_file_get_basename (job->file);

          body = job->spec.done_body (name, job->count, job->user_data);
        }
      show_done (job->parent, job->spec.done_heading, job->file, body);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (job->parent, job->spec.error_heading, error);
  pd_export_job_free (job);
}

void
pd_export_job_start (PdExportJob *job,
                     GFile       *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (job != NULL);
  g_return_if_fail (file != NULL || job->path != NULL);
  g_return_if_fail (job->cancellable == NULL);

  if (file != NULL)
    {
      g_set_object (&job->file, file);
      g_free (job->path);
      job->path = g_file_get_path (file);
      if (job->path == NULL)
        {
          g_autoptr(GError) error = NULL;

          set_not_local (&error, job->spec.not_local);
          show_error (job->parent, job->spec.error_heading, error);
          pd_export_job_free (job);
          return;
        }
    }

  job->cancellable = g_cancellable_new ();
  task = g_task_new (NULL, NULL, export_done_cb, job);
  /* The job outlives the task: export_done_cb frees it. */
  g_task_set_task_data (task, job, NULL);
  g_task_set_source_tag (task, pd_export_job_start);
  g_task_set_name (task, job->spec.task_name);
  g_task_run_in_thread (task, export_thread);
  job->show_id = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, job);
}

static void
chooser_response_cb (GtkNativeDialog *native,
                     int              response,
                     gpointer         user_data)
{
  PdExportJob *job = user_data;
  g_autoptr(GError) error = NULL;
  gboolean start;

  if (response == GTK_RESPONSE_ACCEPT)
    job->path = chosen_path (GTK_FILE_CHOOSER (native), job->spec.not_local,
                                       &job->file, &error);
  if (job->path == NULL)
    {
      if (error != NULL)
        show_error (job->parent, job->spec.error_heading, error);
      g_object_unref (native);
      pd_export_job_free (job);
      return;
    }
  start = job->spec.chosen == NULL
          || job->spec.chosen (job, GTK_FILE_CHOOSER (native), job->user_data);
  g_object_unref (native);
  if (start)
    pd_export_job_start (job, NULL);
}

void
pd_export_job_choose_file (PdExportJob *job,
                           const char  *default_name)
{
  GtkFileChooserNative *native;

  g_return_if_fail (job != NULL);
  g_return_if_fail (default_name != NULL);

  native = new_chooser (job->parent, job->spec.chooser_title, default_name);
  if (job->spec.setup_chooser != NULL)
    job->spec.setup_chooser (job, GTK_FILE_CHOOSER (native), job->user_data);
  g_signal_connect (native, "response", G_CALLBACK (chooser_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* }}} */
