// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-repair-deadline.h"
#include "pd-repair-export-ui.h"
#include "pd-repair-report-export.h"
#include "pd-settlement-export.h"
#include "pd-work-order-export.h"

#define XLSX_MIME_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#define N_MONTHS          24
#define PROGRESS_DELAY_MS 250
#define PROGRESS_TICK_MS  100

/* {{{ Shared */

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

static GtkFileChooserNative *
new_xlsx_chooser (GtkWindow  *parent,
                  const char *title,
                  const char *name)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
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

static void
show_done (GtkWindow  *parent,
           const char *heading,
           GFile      *file)
{
  g_autofree char *name = g_file_get_basename (file);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, NULL));

  adw_message_dialog_format_body (dialog, _("Written to “%s”."), name);
  adw_message_dialog_add_responses (dialog, "close", _("_Close"), "open", _("_Open File"), NULL);
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  g_signal_connect_data (dialog, "response", G_CALLBACK (open_file_response_cb),
                         g_object_ref (file),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* }}} */
/* {{{ One order's form */

typedef struct
{
  GtkWindow    *parent;
  PdDatabase   *db;
  gint64        repair_id;
  PdRepairForm  form;
} FormJob;

static void
form_job_free (FormJob *job)
{
  g_clear_object (&job->parent);
  g_clear_object (&job->db);
  g_free (job);
}

static void
form_chooser_response_cb (GtkNativeDialog *native,
                          int              response,
                          FormJob         *job)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean ok;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_object_unref (native);
  if (chosen == NULL)
    {
      form_job_free (job);
      return;
    }

  file = with_xlsx_suffix (chosen);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("The form can only be saved in a folder of this computer."));
      ok = FALSE;
    }
  else if (job->form == PD_REPAIR_FORM_SETTLEMENT)
    ok = pd_settlement_export_xlsx (job->db, job->repair_id, path, &error);
  else
    ok = pd_work_order_export_xlsx (job->db, job->repair_id, FALSE, path, &error);

  if (!ok)
    pd_show_error (job->parent != NULL ? GTK_WIDGET (job->parent) : NULL,
                   _("The Form Was Not Exported"), error);
  else
    show_done (job->parent, job->form == PD_REPAIR_FORM_SETTLEMENT
                              ? _("Settlement Sheet Exported") : _("Work Order Exported"),
               file);
  form_job_free (job);
}

void
pd_repair_export_form_run (GtkWindow    *parent,
                           PdDatabase   *db,
                           PdRepair     *repair,
                           PdRepairForm  form)
{
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;
  FormJob *job;

  g_return_if_fail (PD_IS_DATABASE (db));
  g_return_if_fail (PD_IS_REPAIR (repair));

  job = g_new0 (FormJob, 1);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->db = g_object_ref (db);
  job->repair_id = pd_repair_get_id (repair);
  job->form = form;

  if (form == PD_REPAIR_FORM_SETTLEMENT)
    {
      name = pd_settlement_export_default_name (repair);
      native = new_xlsx_chooser (parent, _("Export Settlement Sheet"), name);
    }
  else
    {
      name = pd_work_order_export_default_name (repair);
      native = new_xlsx_chooser (parent, _("Export Work Order"), name);
    }
  g_signal_connect (native, "response", G_CALLBACK (form_chooser_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* }}} */
/* {{{ Monthly statistics */

typedef struct
{
  GtkWindow      *parent;
  char           *db_path;
  int             year;
  int             month;
  GFile          *file;
  char           *path;
  GCancellable   *cancellable;
  guint           done;         /* written by the worker */
  guint           total;
  GtkWidget      *progress;     /* weak */
  GtkProgressBar *bar;
  guint           show_id;
  guint           tick_id;
} StatsJob;

/* One export at a time: a second request brings the running one's dialog back. */
static StatsJob *running_stats;

static void
stats_job_close_progress (StatsJob *job)
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

static void
stats_job_free (StatsJob *job)
{
  stats_job_close_progress (job);
  g_clear_object (&job->parent);
  g_clear_object (&job->file);
  g_clear_object (&job->cancellable);
  g_free (job->db_path);
  g_free (job->path);
  g_free (job);
}

static gboolean
stats_worker_progress (guint    done,
                       guint    total,
                       gpointer user_data)
{
  StatsJob *job = user_data;

  g_atomic_int_set (&job->done, done);
  g_atomic_int_set (&job->total, total);
  return !g_cancellable_is_cancelled (job->cancellable);
}

static void
stats_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  StatsJob *job = task_data;
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* A connection of its own: the window's connection belongs to the main thread. */
  db = pd_database_open (job->db_path, &error);
  if (db == NULL
      || !pd_repair_report_export_xlsx (db, job->year, job->month, 0, job->path,
                                        stats_worker_progress, job, NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static gboolean
stats_tick_cb (gpointer user_data)
{
  StatsJob *job = user_data;
  guint done = g_atomic_int_get (&job->done);
  guint total = g_atomic_int_get (&job->total);
  g_autofree char *text = NULL;

  if (job->bar == NULL || total == 0)
    return G_SOURCE_CONTINUE;
  gtk_progress_bar_set_fraction (job->bar, (double) done / total);
  /* TRANSLATORS: progress of an export: orders written of all orders */
  text = g_strdup_printf (_("%u of %u orders"), done, total);
  gtk_progress_bar_set_text (job->bar, text);
  return G_SOURCE_CONTINUE;
}

static void
stats_progress_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            StatsJob         *job)
{
  g_cancellable_cancel (job->cancellable);
  job->bar = NULL;
}

static gboolean
stats_show_progress_cb (gpointer user_data)
{
  StatsJob *job = user_data;
  AdwMessageDialog *dialog;
  GtkWidget *bar = gtk_progress_bar_new ();

  job->show_id = 0;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (job->parent,
                                                       _("Exporting the Repair Statistics…"),
                                                       NULL));
  adw_message_dialog_format_body (dialog, _("Monthly repair statistics of %d-%02d."), job->year,
                                  job->month);
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (bar), TRUE);
  adw_message_dialog_set_extra_child (dialog, bar);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (stats_progress_response_cb), job);
  job->progress = GTK_WIDGET (dialog);
  job->bar = GTK_PROGRESS_BAR (bar);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &job->progress);
  job->tick_id = g_timeout_add (PROGRESS_TICK_MS, stats_tick_cb, job);
  gtk_window_present (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

static void
stats_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  StatsJob *job = user_data;
  g_autoptr(GError) error = NULL;

  running_stats = NULL;
  stats_job_close_progress (job);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    show_done (job->parent, _("Repair Statistics Exported"), job->file);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    pd_show_error (job->parent != NULL ? GTK_WIDGET (job->parent) : NULL,
                   _("The Repair Statistics Were Not Exported"), error);
  stats_job_free (job);
}

static void start_stats (StatsJob *job);

static void
stats_chooser_response_cb (GtkNativeDialog *native,
                           int              response,
                           StatsJob        *job)
{
  g_autoptr(GFile) chosen = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_object_unref (native);
  if (chosen != NULL)
    {
      job->file = with_xlsx_suffix (chosen);
      job->path = g_file_get_path (job->file);
    }
  if (job->path == NULL)
    {
      running_stats = NULL;
      stats_job_free (job);
      return;
    }
  start_stats (job);
}

static void
start_stats (StatsJob *job)
{
  g_autoptr(GTask) task = NULL;

  job->cancellable = g_cancellable_new ();
  task = g_task_new (NULL, NULL, stats_done_cb, job);
  g_task_set_task_data (task, job, NULL);
  g_task_set_name (task, "repair statistics export");
  g_task_run_in_thread (task, stats_thread);
  job->show_id = g_timeout_add (PROGRESS_DELAY_MS, stats_show_progress_cb, job);
}

static void
month_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   StatsJob         *job)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "pd-months");
  int ym = 0;
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  if (g_strcmp0 (response, "next") != 0)
    {
      running_stats = NULL;
      stats_job_free (job);
      return;
    }
  ym = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dropdown), "pd-month-0"))
       - (int) gtk_drop_down_get_selected (dropdown);
  /* ym counts months since year 0. */
  job->year = ym / 12;
  job->month = ym % 12 + 1;
  name = pd_repair_report_default_name (job->year, job->month);
  native = new_xlsx_chooser (job->parent, _("Export Monthly Repair Statistics"), name);
  g_signal_connect (native, "response", G_CALLBACK (stats_chooser_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
pd_repair_stats_export_run (GtkWindow  *parent,
                            PdDatabase *db)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *dropdown;
  StatsJob *job;
  int ym;

  g_return_if_fail (PD_IS_DATABASE (db));

  if (running_stats != NULL)
    {
      if (running_stats->progress != NULL)
        gtk_window_present (GTK_WINDOW (running_stats->progress));
      return;
    }

  job = g_new0 (StatsJob, 1);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->db_path = g_strdup (pd_database_get_path (db));
  running_stats = job;

  ym = g_date_time_get_year (now) * 12 + g_date_time_get_month (now) - 1;
  for (int i = 0; i < N_MONTHS; i++)
    {
      g_autofree char *label = NULL;
      int m = ym - i;

      /* TRANSLATORS: a month to choose for the statistics, e.g. "2026-03" */
      label = g_strdup_printf (_("%d-%02d"), m / 12, m % 12 + 1);
      gtk_string_list_append (months, label);
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (months)), NULL);
  g_object_set_data (G_OBJECT (dropdown), "pd-month-0", GINT_TO_POINTER (ym));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    parent, _("Monthly Repair Statistics"),
    _("Counts by category and urgency, on-time rates for arrival and completion, callback "
      "rate, on-site share and satisfaction of the orders reported in the month, with the list "
      "of the orders.")));
  adw_message_dialog_set_extra_child (dialog, dropdown);
  g_object_set_data (G_OBJECT (dialog), "pd-months", dropdown);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "next", _("_Choose File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "next", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "next");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (month_response_cb), job);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* }}} */

gboolean
_pd_repair_stats_export_start (GtkWindow  *parent,
                               PdDatabase *db,
                               int         year,
                               int         month,
                               GFile      *file)
{
  StatsJob *job;

  if (running_stats != NULL)
    return FALSE;
  job = g_new0 (StatsJob, 1);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->db_path = g_strdup (pd_database_get_path (db));
  job->year = year;
  job->month = month;
  job->file = g_object_ref (file);
  job->path = g_file_get_path (file);
  running_stats = job;
  start_stats (job);
  return TRUE;
}

gboolean
_pd_repair_stats_export_running (void)
{
  return running_stats != NULL;
}
