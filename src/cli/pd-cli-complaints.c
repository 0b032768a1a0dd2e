// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-cli"
#include "config.h"

#include <unistd.h>

#include <glib/gi18n.h>

#include "pd-cli-complaints.h"
#include "pd-complaint-report-export.h"
#include "pd-complaint-rules.h"
#include "pd-complaint-stats-export.h"
#include "pd-complaint-store.h"
#include "pd-database.h"
#include "pd-repair-stats.h"
#include "pd-rule-error.h"

gboolean
pd_cli_is_complaint_form (const char *what)
{
  return g_strcmp0 (what, "complaint") == 0;
}

gboolean
pd_cli_is_complaint_report (const char *what)
{
  return g_strcmp0 (what, "complaints") == 0;
}

static gboolean
need_xlsx (const PdCliOptions *opts,
           const char         *what)
{
  if (opts->xlsx_path != NULL && *opts->xlsx_path != '\0')
    return TRUE;
  /* TRANSLATORS: %s is what would be written: the complaint report, the weekly report, … */
  pd_cli_printerr (_("Say where to write the %s with --xlsx FILE."), what);
  return FALSE;
}

PdCliStatus
pd_cli_export_complaint (const PdCliOptions *opts,
                         const char         *what,
                         const char         *serial)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(PdComplaint) complaint = NULL;
  g_autoptr(GError) error = NULL;
  PdCliStatus status = PD_CLI_OK;

  if (serial == NULL || *serial == '\0')
    {
      pd_cli_printerr (_("Say which complaint to export, e.g. “export complaint TS2026-0042 "
                         "--xlsx FILE”."));
      return PD_CLI_BAD_INPUT;
    }
  if (!need_xlsx (opts, _("complaint handling report")))
    return PD_CLI_BAD_INPUT;

  db = pd_cli_open_database (opts, FALSE, &status);
  if (db == NULL)
    return status;
  complaint = pd_complaint_store_get_by_serial (db, serial, &error);
  if (complaint == NULL)
    return pd_cli_report_error (error);
  if (!pd_complaint_report_export_xlsx (db, pd_complaint_get_id (complaint), opts->full, 0,
                                        opts->xlsx_path, &error))
    return pd_cli_report_error (error);

  g_print (_("Wrote the complaint handling report of %s to %s.\n"),
           pd_complaint_get_serial (complaint), opts->xlsx_path);
  if (opts->full)
    pd_cli_printerr (_("The report shows the full phone number: keep it confidential."));
  return PD_CLI_OK;
}

static PdCliStatus
report_week (const PdCliOptions *opts,
             PdDatabase         *db)
{
  g_autoptr(GError) error = NULL;
  guint complaints = 0;

  if (!pd_complaint_week_report_export_xlsx (db, opts->week, 0, opts->xlsx_path, &complaints,
                                             &error))
    return pd_cli_report_error (error);
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Wrote the weekly complaint report of %s (%u complaint) to %s.\n",
                        "Wrote the weekly complaint report of %s (%u complaints) to %s.\n",
                        complaints),
           opts->week, complaints, opts->xlsx_path);
  return PD_CLI_OK;
}

static PdCliStatus
report_month (const PdCliOptions *opts,
              PdDatabase         *db,
              int                 year,
              int                 month)
{
  g_autoptr(GError) error = NULL;
  PdCliProgress progress = PD_CLI_PROGRESS_INIT (_("Exporting…"));
  gboolean show = pd_cli_show_progress (opts);
  guint complaints = 0;
  gboolean ok;

  ok = pd_complaint_month_report_export_xlsx (db, year, month, 0, opts->full, opts->xlsx_path,
                                              show ? pd_cli_export_progress : NULL, &progress, &complaints,
                                              &error);
  pd_cli_progress_end (&progress);
  if (!ok)
    return pd_cli_report_error (error);

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Wrote the complaint statistics of %04d-%02d (%u complaint) to %s.\n",
                        "Wrote the complaint statistics of %04d-%02d (%u complaints) to %s.\n",
                        complaints),
           year, month, complaints, opts->xlsx_path);
  if (opts->full)
    pd_cli_printerr (_("The call and visit register shows full phone numbers: keep it "
                       "confidential."));
  return PD_CLI_OK;
}

PdCliStatus
pd_cli_report_complaints (const PdCliOptions *opts,
                          const char         *what)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  PdCliStatus status = PD_CLI_OK;
  int year = 0, month = 0, week = 0;
  gint64 from, to;

  if (opts->week != NULL && opts->month != NULL)
    {
      pd_cli_printerr (_("Give either --week or --month, not both."));
      return PD_CLI_BAD_INPUT;
    }
  if (opts->week == NULL && opts->month == NULL)
    {
      pd_cli_printerr (_("Say which week (--week YYYY-Www) or month (--month YYYY-MM) to report "
                         "on."));
      return PD_CLI_BAD_INPUT;
    }
  if (opts->week != NULL && opts->full)
    {
      pd_cli_printerr (_("The option --full applies to the monthly report only: its call and "
                         "visit register shows phone numbers."));
      return PD_CLI_BAD_INPUT;
    }

  /* Check the period before touching any file, so a typo never costs a database open. */
  if (opts->week != NULL
      && !pd_iso_week_parse (opts->week, NULL, &year, &week, &from, &to, &error))
    return pd_cli_report_error (error);
  if (opts->month != NULL && !pd_repair_stats_parse_month (opts->month, &year, &month, &error))
    return pd_cli_report_error (error);
  if (!need_xlsx (opts, opts->week != NULL ? _("weekly complaint report")
                                           : _("complaint statistics")))
    return PD_CLI_BAD_INPUT;

  db = pd_cli_open_database (opts, FALSE, &status);
  if (db == NULL)
    return status;
  if (opts->week != NULL)
    return report_week (opts, db);
  return report_month (opts, db, year, month);
}
