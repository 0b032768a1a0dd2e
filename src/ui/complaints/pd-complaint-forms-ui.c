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
#include "pd-export-job.h"

#define N_MONTHS 12
#define N_WEEKS  12

/* What a period's export writes; the job owns it. */
typedef struct
{
  PdComplaintForm  form;
  char            *period;        /* "2026-03" or "2026-W07" */
} FormExport;

/* One export at a time: a second request brings the running one's dialog back. */
static PdExportJob *running_job;

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
form_export_free (gpointer data)
{
  FormExport *export = data;

  g_free (export->period);
  g_free (export);
}

/* {{{ One case's report */

typedef struct
{
  gint64  complaint_id;
  char   *serial;
} ReportExport;

static void
report_export_free (gpointer data)
{
  ReportExport *report = data;

  g_free (report->serial);
  g_free (report);
}

static gboolean
run_report (PdDatabase            *db,
            const char            *path,
            PdExportProgressFunc   progress,
            gpointer               progress_data,
            gpointer               user_data,
            guint                 *out_count,
            GError               **error)
{
  ReportExport *report = user_data;

  return pd_complaint_report_export_xlsx (db, report->complaint_id, FALSE, 0, path, error);
}

static char *
report_done_body (const char *name,
                  guint       count,
                  gpointer    user_data)
{
  ReportExport *report = user_data;

  return g_strdup_printf (_("The complaint handling report %s was written to “%s”."),
                          report->serial, name);
}

void
pd_complaint_report_export_run (GtkWindow   *parent,
                                PdDatabase  *db,
                                PdComplaint *complaint)
{
  const PdExportSpec spec = {
    .chooser_title = _("Export Complaint Handling Report"),
    /* One case's report is written in a moment: the progress dialog hardly ever shows. */
    .progress_heading = _("Export Complaint Handling Report"),
    .done_heading = _("Report Exported"),
    .error_heading = _("The Form Was Not Exported"),
    .task_name = "complaint report export",
    .run = run_report,
    .done_body = report_done_body,
  };
  g_autofree char *name = NULL;
  ReportExport *report;
  PdExportJob *job;

  g_return_if_fail (PD_IS_DATABASE (db));
  g_return_if_fail (PD_IS_COMPLAINT (complaint));

  report = g_new0 (ReportExport, 1);
  report->complaint_id = pd_complaint_get_id (complaint);
  report->serial = g_strdup (pd_complaint_get_serial (complaint));
  job = pd_export_job_new (parent, db, &spec, report, report_export_free);
  name = pd_complaint_report_default_name (complaint);
  pd_export_job_choose_file (job, name);
}

/* }}} */
/* {{{ Registers and reports of a period, in a worker thread */

static gboolean
write_form (PdDatabase            *db,
            const char            *path,
            PdExportProgressFunc   progress,
            gpointer               progress_data,
            gpointer               user_data,
            guint                 *out_rows,
            GError               **error)
{
  FormExport *export = user_data;
  PdComplaintPeriod period = { 0 };
  gboolean ok = FALSE;

  switch (export->form)
    {
    case PD_COMPLAINT_FORM_REGISTER:
      if (pd_complaint_period_parse (export->period, &period, error))
        ok = pd_complaint_register_export_xlsx (db, &period, 0, path, out_rows, error);
      break;
    case PD_COMPLAINT_FORM_CONTACTS:
      if (pd_complaint_period_parse (export->period, &period, error))
        ok = pd_contact_register_export_xlsx (db, &period, FALSE, path, progress, progress_data,
                                              out_rows, error);
      break;
    case PD_COMPLAINT_FORM_WEEK:
      ok = pd_complaint_week_report_export_xlsx (db, export->period, 0, path, out_rows, error);
      break;
    case PD_COMPLAINT_FORM_MONTH:
    default:
      {
        int year = 0, month = 0;

        if (sscanf (export->period, "%d-%d", &year, &month) == 2)
          ok = pd_complaint_month_report_export_xlsx (db, year, month, 0, FALSE, path, progress,
                                                      progress_data, out_rows, error);
        else
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("“%s” is not a month; choose one like 2026-03."), export->period);
      }
      break;
    }
  pd_complaint_period_clear (&period);
  return ok;
}

static char *
done_body (const char *name,
           guint       rows,
           gpointer    user_data)
{
  FormExport *export = user_data;

  if (export->form == PD_COMPLAINT_FORM_CONTACTS)
    return g_strdup_printf (ngettext ("%u register entry of %s was written to “%s”.",
                                      "%u register entries of %s were written to “%s”.", rows),
                            rows, export->period, name);
  return g_strdup_printf (ngettext ("%u complaint of %s was written to “%s”.",
                                    "%u complaints of %s were written to “%s”.", rows),
                          rows, export->period, name);
}

static char *
default_name (FormExport *export)
{
  PdComplaintPeriod period = { 0 };
  char *name = NULL;
  int year = 0, month = 0;

  switch (export->form)
    {
    case PD_COMPLAINT_FORM_REGISTER:
    case PD_COMPLAINT_FORM_CONTACTS:
      if (pd_complaint_period_parse (export->period, &period, NULL))
        name = export->form == PD_COMPLAINT_FORM_REGISTER
                 ? pd_complaint_register_default_name (&period)
                 : pd_contact_register_default_name (&period);
      pd_complaint_period_clear (&period);
      break;
    case PD_COMPLAINT_FORM_WEEK:
      name = pd_complaint_week_report_default_name (export->period);
      break;
    case PD_COMPLAINT_FORM_MONTH:
    default:
      if (sscanf (export->period, "%d-%d", &year, &month) == 2)
        name = pd_complaint_month_report_default_name (year, month);
      break;
    }
  return name != NULL ? name : g_strdup_printf ("%s-%s.xlsx", form_title (export->form),
                                                export->period);
}

static void
period_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    PdExportJob      *job)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "pd-periods");
  GStrv labels = g_object_get_data (G_OBJECT (dialog), "pd-labels");
  guint pos = gtk_drop_down_get_selected (dropdown);
  FormExport *export = pd_export_job_get_user_data (job);
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "next") != 0 || pos >= g_strv_length (labels))
    {
      pd_export_job_free (job);
      return;
    }
  export->period = g_strdup (labels[pos]);
  name = default_name (export);
  pd_export_job_choose_file (job, name);
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
  const PdExportSpec spec = {
    .chooser_title = form_title (form),
    .progress_heading = form_title (form),
    .done_heading = form_title (form),
    .error_heading = _("The Form Was Not Exported"),
    .task_name = "complaint form export",
    .run = write_form,
    .done_body = done_body,
    .running = &running_job,
  };
  FormExport *export;
  PdExportJob *job;

  g_return_if_fail (PD_IS_DATABASE (db));

  if (running_job != NULL)
    {
      pd_export_job_present (running_job);
      return;
    }

  export = g_new0 (FormExport, 1);
  export->form = form;
  job = pd_export_job_new (parent, db, &spec, export, form_export_free);

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
  FormExport export = { .form = form, .period = (char *) period };
  guint rows = 0;
  gboolean ok = write_form (db, path, NULL, NULL, &export, &rows, error);

  if (out_rows != NULL)
    *out_rows = rows;
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
