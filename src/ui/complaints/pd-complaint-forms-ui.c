// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "pd-complaint-forms-ui.h"
#include "pd-complaint-register-export.h"
#include "pd-complaint-report-export.h"
#include "pd-complaint-rules.h"
#include "pd-complaint-stats-export.h"

/* A fast export finishes before a progress dialog would be worth showing. */
#define PROGRESS_DELAY_MS 250
#define PROGRESS_TICK_MS  100
#define N_MONTHS          12
#define N_WEEKS           12

#define XLSX_MIME_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

typedef struct
{
  GtkWindow       *parent;        /* owned */
  char            *db_path;
  PdComplaintForm  form;
  char            *period;        /* "2026-03" or "2026-W07" */
  GFile           *file;
  char            *path;
  GCancellable    *cancellable;

  /* Written by the worker, read by the progress tick. */
  guint            done;
  guint            total;
  guint            rows;

  GtkWidget       *progress;      /* weak */
  GtkProgressBar  *bar;
  guint            show_id;
  guint            tick_id;
} FormJob;

/* One export at a time: a second request brings the running one's dialog back. */
static FormJob *running_job;

static const char *
form_title (PdComplaintForm form)
{
  switch (form)
    {
    case PD_COMPLAINT_FORM_REGISTER:
      return _("Complaint Register");
    case PD_COMPLAINT_FORM_CONTACTS:
      return _("Call and Visit Register");
    case PD_COMPLAINT_FORM_WEEK:
      return _("Weekly Complaint Report");
    case PD_COMPLAINT_FORM_MONTH:
    default:
      return _("Monthly Complaint Statistics");
    }
}

static void
close_progress (FormJob *job)
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
form_job_free (FormJob *job)
{
  close_progress (job);
  g_clear_object (&job->parent);
  g_clear_object (&job->file);
  g_clear_object (&job->cancellable);
  g_free (job->db_path);
  g_free (job->period);
  g_free (job->path);
  g_free (job);
}

static GtkWindow *
visible_parent (GtkWindow *parent)
{
  /* The window may have been closed while the export ran. */
  return parent != NULL && gtk_widget_get_visible (GTK_WIDGET (parent)) ? parent : NULL;
}

/* {{{ Results */

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

/* Says where the file went (with a button to open it), or why it was not written. */
static void
show_result (GtkWindow    *parent,
             const char   *heading,
             GFile        *file,
             const char   *body,
             const GError *error)
{
  AdwMessageDialog *dialog;

  if (error != NULL)
    {
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (visible_parent (parent),
                                                           _("The Form Was Not Exported"),
                                                           error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (visible_parent (parent), heading, body));
  adw_message_dialog_add_responses (dialog, "close", _("_Close"), "open", _("_Open File"), NULL);
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  g_signal_connect_data (dialog, "response", G_CALLBACK (open_file_response_cb),
                         g_object_ref (file),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
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

/* The chosen file as a local path, or NULL with a sentence. */
static char *
chosen_path (GtkNativeDialog *native,
             GFile          **out_file,
             GError         **error)
{
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  char *path;

  *out_file = NULL;
  if (chosen == NULL)
    return NULL;
  *out_file = with_xlsx_suffix (chosen);
  path = g_file_get_path (*out_file);
  if (path == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("The form can only be saved in a folder of this computer."));
  return path;
}

/* }}} */
/* {{{ One case's report */

typedef struct
{
  GtkWindow  *parent;
  PdDatabase *db;
  gint64      complaint_id;
  char       *serial;
} ReportJob;

static void
report_job_free (ReportJob *job)
{
  g_clear_object (&job->parent);
  g_clear_object (&job->db);
  g_free (job->serial);
  g_free (job);
}

static void
report_chooser_response_cb (GtkNativeDialog *native,
                            int              response,
                            ReportJob       *job)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    path = chosen_path (native, &file, &error);
  if (path != NULL)
    pd_complaint_report_export_xlsx (job->db, job->complaint_id, FALSE, 0, path, &error);
  if (error != NULL)
    show_result (job->parent, NULL, NULL, NULL, error);
  else if (path != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *body = g_strdup_printf (_("The complaint handling report %s was "
                                                 "written to “%s”."), job->serial, name);

      show_result (job->parent, _("Report Exported"), file, body, NULL);
    }
  g_object_unref (native);
  report_job_free (job);
}

void
pd_complaint_report_export_run (GtkWindow   *parent,
                                PdDatabase  *db,
                                PdComplaint *complaint)
{
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;
  ReportJob *job;

  g_return_if_fail (PD_IS_DATABASE (db));
  g_return_if_fail (PD_IS_COMPLAINT (complaint));

  job = g_new0 (ReportJob, 1);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->db = g_object_ref (db);
  job->complaint_id = pd_complaint_get_id (complaint);
  job->serial = g_strdup (pd_complaint_get_serial (complaint));
  name = pd_complaint_report_default_name (complaint);
  native = new_xlsx_chooser (parent, _("Export Complaint Handling Report"), name);
  g_signal_connect (native, "response", G_CALLBACK (report_chooser_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* }}} */
/* {{{ Registers and reports of a period, in a worker thread */

static gboolean write_form (FormJob    *job,
                            PdDatabase *db,
                            GError    **error);

static gboolean
progress_tick_cb (gpointer user_data)
{
  FormJob *job = user_data;
  guint done = g_atomic_int_get (&job->done);
  guint total = g_atomic_int_get (&job->total);
  g_autofree char *text = NULL;

  if (job->bar == NULL)
    return G_SOURCE_CONTINUE;
  if (total == 0)
    {
      gtk_progress_bar_pulse (job->bar);
      return G_SOURCE_CONTINUE;
    }
  gtk_progress_bar_set_fraction (job->bar, (double) done / total);
  /* TRANSLATORS: progress of an export, rows done of all rows */
  text = g_strdup_printf (_("%u of %u"), done, total);
  gtk_progress_bar_set_text (job->bar, text);
  return G_SOURCE_CONTINUE;
}

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      FormJob          *job)
{
  /* The only response is Cancel; Escape gives it too. */
  g_cancellable_cancel (job->cancellable);
  job->bar = NULL;
}

static gboolean
show_progress_cb (gpointer user_data)
{
  FormJob *job = user_data;
  g_autofree char *name = g_file_get_basename (job->file);
  AdwMessageDialog *dialog;
  GtkWidget *bar;

  job->show_id = 0;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (visible_parent (job->parent),
                                                       form_title (job->form), NULL));
  adw_message_dialog_format_body (dialog, _("Writing “%s”."), name);
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
  FormJob *job = user_data;

  g_atomic_int_set (&job->done, done);
  g_atomic_int_set (&job->total, total);
  return !g_cancellable_is_cancelled (job->cancellable);
}

static gboolean
write_form (FormJob    *job,
            PdDatabase *db,
            GError    **error)
{
  PdComplaintPeriod period = { 0 };
  gboolean ok = FALSE;

  switch (job->form)
    {
    case PD_COMPLAINT_FORM_REGISTER:
      if (pd_complaint_period_parse (job->period, &period, error))
        ok = pd_complaint_register_export_xlsx (db, &period, 0, job->path, &job->rows, error);
      break;
    case PD_COMPLAINT_FORM_CONTACTS:
      if (pd_complaint_period_parse (job->period, &period, error))
        ok = pd_contact_register_export_xlsx (db, &period, FALSE, job->path, worker_progress_cb,
                                              job, &job->rows, error);
      break;
    case PD_COMPLAINT_FORM_WEEK:
      ok = pd_complaint_week_report_export_xlsx (db, job->period, 0, job->path, &job->rows,
                                                 error);
      break;
    case PD_COMPLAINT_FORM_MONTH:
    default:
      {
        int year = 0, month = 0;

        if (sscanf (job->period, "%d-%d", &year, &month) == 2)
          ok = pd_complaint_month_report_export_xlsx (db, year, month, 0, FALSE, job->path,
                                                      worker_progress_cb, job, &job->rows,
                                                      error);
        else
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("“%s” is not a month; choose one like 2026-03."), job->period);
      }
      break;
    }
  pd_complaint_period_clear (&period);
  return ok;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  FormJob *job = task_data;
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* A connection of its own: the window's connection belongs to the main thread, and WAL lets
   * both read at once. */
  db = pd_database_open (job->db_path, &error);
  if (db == NULL || !write_form (job, db, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  FormJob *job = user_data;
  g_autoptr(GError) error = NULL;

  running_job = NULL;
  /* The progress dialog goes first so the result dialog is not stacked on it. */
  close_progress (job);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_result (job->parent, NULL, NULL, NULL, error);
    }
  else
    {
      g_autofree char *name = g_file_get_basename (job->file);
      g_autofree char *body = NULL;

      if (job->form == PD_COMPLAINT_FORM_CONTACTS)
        body = g_strdup_printf (ngettext ("%u register entry of %s was written to “%s”.",
                                          "%u register entries of %s were written to “%s”.",
                                          job->rows), job->rows, job->period, name);
      else
        body = g_strdup_printf (ngettext ("%u complaint of %s was written to “%s”.",
                                          "%u complaints of %s were written to “%s”.",
                                          job->rows), job->rows, job->period, name);
      show_result (job->parent, form_title (job->form), job->file, body, NULL);
    }
  form_job_free (job);
}

static void
start_export (FormJob *job)
{
  g_autoptr(GTask) task = NULL;

  job->cancellable = g_cancellable_new ();
  task = g_task_new (NULL, NULL, export_done_cb, job);
  /* The job outlives the task: export_done_cb frees it. */
  g_task_set_task_data (task, job, NULL);
  g_task_set_source_tag (task, start_export);
  g_task_set_name (task, "complaint form export");
  g_task_run_in_thread (task, export_thread);
  job->show_id = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, job);
}

static char *
default_name (FormJob *job)
{
  PdComplaintPeriod period = { 0 };
  char *name = NULL;
  int year = 0, month = 0;

  switch (job->form)
    {
    case PD_COMPLAINT_FORM_REGISTER:
    case PD_COMPLAINT_FORM_CONTACTS:
      if (pd_complaint_period_parse (job->period, &period, NULL))
        name = job->form == PD_COMPLAINT_FORM_REGISTER
                 ? pd_complaint_register_default_name (&period)
                 : pd_contact_register_default_name (&period);
      pd_complaint_period_clear (&period);
      break;
    case PD_COMPLAINT_FORM_WEEK:
      name = pd_complaint_week_report_default_name (job->period);
      break;
    case PD_COMPLAINT_FORM_MONTH:
    default:
      if (sscanf (job->period, "%d-%d", &year, &month) == 2)
        name = pd_complaint_month_report_default_name (year, month);
      break;
    }
  return name != NULL ? name : g_strdup_printf ("%s-%s.xlsx", form_title (job->form),
                                                job->period);
}

static void
chooser_response_cb (GtkNativeDialog *native,
                     int              response,
                     FormJob         *job)
{
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    job->path = chosen_path (native, &job->file, &error);
  g_object_unref (native);
  if (error != NULL)
    show_result (job->parent, NULL, NULL, NULL, error);
  if (job->path == NULL)
    {
      running_job = NULL;
      form_job_free (job);
      return;
    }
  start_export (job);
}

static void
period_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    FormJob          *job)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "pd-periods");
  GStrv labels = g_object_get_data (G_OBJECT (dialog), "pd-labels");
  guint pos = gtk_drop_down_get_selected (dropdown);
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  if (g_strcmp0 (response, "next") != 0 || pos >= g_strv_length (labels))
    {
      running_job = NULL;
      form_job_free (job);
      return;
    }
  job->period = g_strdup (labels[pos]);
  name = default_name (job);
  native = new_xlsx_chooser (job->parent, form_title (job->form), name);
  g_signal_connect (native, "response", G_CALLBACK (chooser_response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* "2026-W07 · 2026-02-09 至 2026-02-15" for a week; a month as it is. */
static char *
period_display (const char *label)
{
  PdComplaintPeriod period = { 0 };
  char *text;

  if (strchr (label, 'W') != NULL && pd_complaint_period_parse (label, &period, NULL))
    text = g_strdup_printf ("%s · %s", label, period.range);
  else
    text = g_strdup (label);
  pd_complaint_period_clear (&period);
  return text;
}

static const char *
form_question (PdComplaintForm form)
{
  switch (form)
    {
    case PD_COMPLAINT_FORM_REGISTER:
      return _("Every complaint registered in the period, valid or not, with its department, "
               "deadline, result and timeliness. Choose a month or a week.");
    case PD_COMPLAINT_FORM_CONTACTS:
      return _("Every call, visit and written note of the period with the columns of the paper "
               "register. Phone numbers are masked. Choose a month or a week.");
    case PD_COMPLAINT_FORM_WEEK:
      return _("New, closed, open, overdue and serious complaints of the week by department, "
               "the cases past their deadline, and the week's register. Choose the week.");
    case PD_COMPLAINT_FORM_MONTH:
    default:
      return _("The complaint timeliness rate of the month by category and department, the "
               "most frequent problems, and the month's registers. Choose the month.");
    }
}

void
pd_complaint_forms_export_run (GtkWindow       *parent,
                               PdDatabase      *db,
                               PdComplaintForm  form)
{
  g_auto(GStrv) labels = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *dropdown;
  FormJob *job;

  g_return_if_fail (PD_IS_DATABASE (db));

  if (running_job != NULL)
    {
      if (running_job->progress != NULL)
        gtk_window_present (GTK_WINDOW (running_job->progress));
      return;
    }

  job = g_new0 (FormJob, 1);
  job->parent = parent != NULL ? g_object_ref (parent) : NULL;
  job->db_path = g_strdup (pd_database_get_path (db));
  job->form = form;
  running_job = job;

  labels = _pd_complaint_forms_periods (form, g_get_real_time () / G_USEC_PER_SEC);
  for (guint i = 0; labels[i] != NULL; i++)
    {
      g_autofree char *text = period_display (labels[i]);

      gtk_string_list_append (names, text);
    }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, form_title (form),
                                                       form_question (form)));
  adw_message_dialog_set_extra_child (dialog, dropdown);
  g_object_set_data (G_OBJECT (dialog), "pd-periods", dropdown);
  g_object_set_data_full (G_OBJECT (dialog), "pd-labels", g_steal_pointer (&labels),
                          (GDestroyNotify) g_strfreev);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "next", _("_Choose File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "next", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "next");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (period_response_cb), job);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
_pd_complaint_forms_write (PdDatabase       *db,
                           PdComplaintForm   form,
                           const char       *period,
                           const char       *path,
                           guint            *out_rows,
                           GError          **error)
{
  FormJob job = { .form = form, .period = (char *) period, .path = (char *) path };
  gboolean ok = write_form (&job, db, error);

  if (out_rows != NULL)
    *out_rows = job.rows;
  return ok;
}

GStrv
_pd_complaint_forms_periods (PdComplaintForm form,
                             gint64          now)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (now);
  int ym = g_date_time_get_year (dt) * 12 + g_date_time_get_month (dt) - 1;
  gboolean months = form != PD_COMPLAINT_FORM_WEEK;
  gboolean weeks = form != PD_COMPLAINT_FORM_MONTH;

  if (months)
    for (int i = 0; i < N_MONTHS; i++)
      {
        g_autofree char *label = g_strdup_printf ("%d-%02d", (ym - i) / 12, (ym - i) % 12 + 1);

        g_strv_builder_add (builder, label);
      }
  /* The registers offer the last four weeks after the months; the weekly report a quarter. */
  if (weeks)
    for (int i = 0; i < (months ? 4 : N_WEEKS); i++)
      {
        g_autofree char *label = pd_iso_week_format (now - (gint64) i * 7 * 86400, NULL);

        g_strv_builder_add (builder, label);
      }
  return g_strv_builder_end (builder);
}

/* }}} */
