// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-cli"
#include "config.h"

#include <unistd.h>

#include <glib/gi18n.h>

#include "pd-cli-repairs.h"
#include "pd-database.h"
#include "pd-repair-report-export.h"
#include "pd-repair-stats.h"
#include "pd-repair-store.h"
#include "pd-rule-error.h"
#include "pd-settlement-export.h"
#include "pd-work-order-export.h"

gboolean
pd_cli_is_repair_form (const char *what)
{
  return g_strcmp0 (what, "work-order") == 0 || g_strcmp0 (what, "settlement") == 0;
}

PdCliStatus
pd_cli_export_repair_form (const PdCliOptions *opts,
                           const char         *what,
                           const char         *serial)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(PdRepair) repair = NULL;
  g_autoptr(GError) error = NULL;
  PdCliStatus status = PD_CLI_OK;
  gboolean ok;

  if (!pd_cli_is_repair_form (what))
    {
      pd_cli_printerr (_("Cannot export “%s” for a repair order: say “work-order” or "
                         "“settlement”."),
                       what);
      return PD_CLI_BAD_INPUT;
    }
  if (serial == NULL || *serial == '\0')
    {
      pd_cli_printerr (_("Say which repair order to export, e.g. “export %s BX2026-000123 "
                         "--xlsx FILE”."),
                       what);
      return PD_CLI_BAD_INPUT;
    }
  if (opts->xlsx_path == NULL || *opts->xlsx_path == '\0')
    {
      pd_cli_printerr (_("Say where to write the form with --xlsx FILE."));
      return PD_CLI_BAD_INPUT;
    }

  db = pd_cli_open_database (opts, FALSE, &status);
  if (db == NULL)
    return status;
  repair = pd_repair_store_get_by_serial (db, serial, &error);
  if (repair == NULL)
    return pd_cli_report_error (error);

  if (g_str_equal (what, "work-order"))
    ok = pd_work_order_export_xlsx (db, pd_repair_get_id (repair), opts->full, opts->xlsx_path,
                                    &error);
  else
    ok = pd_settlement_export_xlsx (db, pd_repair_get_id (repair), opts->xlsx_path, &error);
  if (!ok)
    return pd_cli_report_error (error);

  if (g_str_equal (what, "work-order"))
    g_print (_("Wrote the work order of %s to %s.\n"), pd_repair_get_serial (repair),
             opts->xlsx_path);
  else
    g_print (_("Wrote the settlement sheet of %s to %s.\n"), pd_repair_get_serial (repair),
             opts->xlsx_path);
  if (opts->full && g_str_equal (what, "work-order"))
    pd_cli_printerr (_("The work order shows the full phone number: keep it confidential."));
  return PD_CLI_OK;
}

PdCliStatus
pd_cli_report (const PdCliOptions *opts,
               const char         *what)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  PdCliStatus status = PD_CLI_OK;
  PdCliProgress progress = PD_CLI_PROGRESS_INIT (_("Exporting…"));
  gboolean show = pd_cli_show_progress (opts);
  int year = 0, month = 0;
  guint orders = 0;

  if (!g_str_equal (what, "repairs"))
    {
      pd_cli_printerr (_("Cannot report on “%s”: the reports are “repairs” and “complaints”."),
                       what);
      return PD_CLI_BAD_INPUT;
    }
  if (opts->full)
    {
      pd_cli_printerr (_("The option %s belongs to the command “%s”, not to “%s”."), "--full",
                       "export", "report");
      return PD_CLI_BAD_INPUT;
    }
  if (opts->month == NULL || *opts->month == '\0')
    {
      pd_cli_printerr (_("Say which month to report with --month YYYY-MM."));
      return PD_CLI_BAD_INPUT;
    }
  if (!pd_repair_stats_parse_month (opts->month, &year, &month, &error))
    return pd_cli_report_error (error);
  if (opts->xlsx_path == NULL || *opts->xlsx_path == '\0')
    {
      pd_cli_printerr (_("Say where to write the report with --xlsx FILE."));
      return PD_CLI_BAD_INPUT;
    }

  db = pd_cli_open_database (opts, FALSE, &status);
  if (db == NULL)
    return status;
  if (!pd_repair_report_export_xlsx (db, year, month, 0, opts->xlsx_path,
                                     show ? pd_cli_export_progress : NULL, &progress, &orders, &error))
    {
      pd_cli_progress_end (&progress);
      return pd_cli_report_error (error);
    }
  pd_cli_progress_end (&progress);

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Wrote the repair statistics of %04d-%02d (%u order) to %s.\n",
                        "Wrote the repair statistics of %04d-%02d (%u orders) to %s.\n", orders),
           year, month, orders, opts->xlsx_path);
  return PD_CLI_OK;
}
