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

typedef struct
{
  int      last_pct;
  gboolean shown;
} Progress;

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

/* An unknown serial, a malformed week or month: the user's input, exit 1; files and the
 * database: exit 2. */
static PdCliStatus
fail (const GError *error)
{
  pd_cli_printerr ("%s", error->message);
  if (error->domain == G_OPTION_ERROR || error->domain == PD_RULE_ERROR
      || error->domain == PD_COMPLAINT_ERROR)
    return PD_CLI_BAD_INPUT;
  if (error->domain == PD_DB_ERROR
      && (error->code == PD_DB_ERROR_INVALID || error->code == PD_DB_ERROR_CONSTRAINT
          || error->code == PD_DB_ERROR_NOT_FOUND))
    return PD_CLI_BAD_INPUT;
  return PD_CLI_FAILED;
}

/* Reports never create a database: a wrong --db must not leave an empty file behind. */
static PdDatabase *
open_existing (const PdCliOptions *opts,
               PdCliStatus        *status)
{
  g_autoptr(GError) error = NULL;
  PdDatabase *db;

  if (!g_file_test (opts->db_path, G_FILE_TEST_EXISTS))
    {
      pd_cli_printerr (_("There is no database at %s. Create it with “%s init” or give another "
                         "file with --db."),
                       opts->db_path, g_get_prgname ());
      *status = PD_CLI_FAILED;
      return NULL;
    }
  db = pd_database_open (opts->db_path, &error);
  if (db == NULL)
    {
      pd_cli_printerr ("%s", error->message);
      *status = PD_CLI_FAILED;
    }
  return db;
}

static gboolean
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *p = user_data;
  int pct = total > 0 ? (int) ((guint64) done * 100 / total) : 100;

  if (pct != p->last_pct)
    {
      p->last_pct = pct;
      p->shown = TRUE;
      g_printerr ("\r%s %3d%%", _("Exporting…"), pct);
    }
  return TRUE;
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

  db = open_existing (opts, &status);
  if (db == NULL)
    return status;
  complaint = pd_complaint_store_get_by_serial (db, serial, &error);
  if (complaint == NULL)
    return fail (error);
  if (!pd_complaint_report_export_xlsx (db, pd_complaint_get_id (complaint), opts->full, 0,
                                        opts->xlsx_path, &error))
    return fail (error);

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
    return fail (error);
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
  Progress progress = { -1, FALSE };
  gboolean show = !opts->quiet && isatty (STDERR_FILENO);
  guint complaints = 0;
  gboolean ok;

  ok = pd_complaint_month_report_export_xlsx (db, year, month, 0, opts->full, opts->xlsx_path,
                                              show ? progress_cb : NULL, &progress, &complaints,
                                              &error);
  if (progress.shown)
    g_printerr ("\n");
  if (!ok)
    return fail (error);

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
    return fail (error);
  if (opts->month != NULL && !pd_repair_stats_parse_month (opts->month, &year, &month, &error))
    return fail (error);
  if (!need_xlsx (opts, opts->week != NULL ? _("weekly complaint report")
                                           : _("complaint statistics")))
    return PD_CLI_BAD_INPUT;

  db = open_existing (opts, &status);
  if (db == NULL)
    return status;
  if (opts->week != NULL)
    return report_week (opts, db);
  return report_month (opts, db, year, month);
}
