// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pd-export-job.h"
#include "pd-repair-deadline.h"
#include "pd-repair-export-ui.h"
#include "pd-repair-report-export.h"
#include "pd-settlement-export.h"
#include "pd-work-order-export.h"

#define N_MONTHS 24

/* {{{ One order's form */

typedef struct
{
  gint64       repair_id;
  PdRepairForm form;
} FormExport;

static gboolean
run_form (PdDatabase            *db,
          const char            *path,
          PdExportProgressFunc   progress,
          gpointer               progress_data,
          gpointer               user_data,
          guint                 *out_count,
          GError               **error)
{
  FormExport *export = user_data;

  if (export->form == PD_REPAIR_FORM_SETTLEMENT)
    return pd_settlement_export_xlsx (db, export->repair_id, path, error);
  return pd_work_order_export_xlsx (db, export->repair_id, FALSE, path, error);
}

void
pd_repair_export_form_run (GtkWindow    *parent,
                           PdDatabase   *db,
                           PdRepair     *repair,
                           PdRepairForm  form)
{
  gboolean settlement = form == PD_REPAIR_FORM_SETTLEMENT;
  const char *title = settlement ? _("Export Settlement Sheet") : _("Export Work Order");
  const PdExportSpec spec = {
    .chooser_title = title,
    /* One order's form is written in a moment: the progress dialog hardly ever shows. */
    .progress_heading = title,
    .done_heading = settlement ? _("Settlement Sheet Exported") : _("Work Order Exported"),
    .error_heading = _("The Form Was Not Exported"),
    .task_name = "repair form export",
    .run = run_form,
  };
  g_autofree char *name = NULL;
  FormExport *export;
  PdExportJob *job;

  g_return_if_fail (PD_IS_DATABASE (db));
  g_return_if_fail (PD_IS_REPAIR (repair));

  export = g_new0 (FormExport, 1);
  export->repair_id = pd_repair_get_id (repair);
  export->form = form;
  job = pd_export_job_new (parent, db, &spec, export, g_free);
  name = settlement ? pd_settlement_export_default_name (repair)
                    : pd_work_order_export_default_name (repair);
  pd_export_job_choose_file (job, name);
}

/* }}} */
/* {{{ Monthly statistics */

typedef struct
{
  int year;
  int month;
} StatsMonth;

/* One export at a time: a second request brings the running one's dialog back. */
static PdExportJob *running_stats;

static gboolean
run_stats (PdDatabase            *db,
           const char            *path,
           PdExportProgressFunc   progress,
           gpointer               progress_data,
           gpointer               user_data,
           guint                 *out_count,
           GError               **error)
{
  StatsMonth *ym = user_data;

  return pd_repair_report_export_xlsx (db, ym->year, ym->month, 0, path, progress,
                                       progress_data, NULL, error);
}

static char *
stats_progress_body (const char *name,
                     guint       count,
                     gpointer    user_data)
{
  StatsMonth *ym = user_data;

  return g_strdup_printf (_("Monthly repair statistics of %d-%02d."), ym->year, ym->month);
}

static char *
stats_progress_text (guint done,
                     guint total)
{
  /* TRANSLATORS: progress of an export: orders written of all orders */
  return g_strdup_printf (_("%u of %u orders"), done, total);
}

static PdExportJob *
new_stats_job (GtkWindow  *parent,
               PdDatabase *db)
{
  const PdExportSpec spec = {
    .chooser_title = _("Export Monthly Repair Statistics"),
    .progress_heading = _("Exporting the Repair Statistics…"),
    .done_heading = _("Repair Statistics Exported"),
    .error_heading = _("The Repair Statistics Were Not Exported"),
    .task_name = "repair statistics export",
    .run = run_stats,
    .progress_body = stats_progress_body,
    .progress_text = stats_progress_text,
    .running = &running_stats,
  };

  return pd_export_job_new (parent, db, &spec, g_new0 (StatsMonth, 1), g_free);
}

static void
month_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   PdExportJob      *job)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "pd-months");
  StatsMonth *month = pd_export_job_get_user_data (job);
  g_autofree char *name = NULL;
  int ym;

  if (g_strcmp0 (response, "next") != 0)
    {
      pd_export_job_free (job);
      return;
    }
  ym = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dropdown), "pd-month-0"))
       - (int) gtk_drop_down_get_selected (dropdown);
  /* ym counts months since year 0. */
  month->year = ym / 12;
  month->month = ym % 12 + 1;
  name = pd_repair_report_default_name (month->year, month->month);
  pd_export_job_choose_file (job, name);
}

void
pd_repair_stats_export_run (GtkWindow  *parent,
                            PdDatabase *db)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GtkStringList) months = gtk_string_list_new (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *dropdown;
  PdExportJob *job;
  int ym;

  g_return_if_fail (PD_IS_DATABASE (db));

  if (running_stats != NULL)
    {
      pd_export_job_present (running_stats);
      return;
    }
  job = new_stats_job (parent, db);

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
  PdExportJob *job;
  StatsMonth *ym;

  if (running_stats != NULL)
    return FALSE;
  job = new_stats_job (parent, db);
  ym = pd_export_job_get_user_data (job);
  ym->year = year;
  ym->month = month;
  pd_export_job_start (job, file);
  return TRUE;
}

gboolean
_pd_repair_stats_export_running (void)
{
  return running_stats != NULL;
}
