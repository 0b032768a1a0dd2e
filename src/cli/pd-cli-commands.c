// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-cli"
#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pd-cli.h"
#include "pd-database.h"
#include "pd-demo.h"
#include "pd-occupant-import.h"
#include "pd-occupant-store.h"
#include "pd-place-store.h"
#include "pd-roster-export.h"

gboolean
pd_cli_show_progress (const PdCliOptions *opts)
{
  return !opts->quiet && isatty (STDERR_FILENO);
}

void
pd_cli_progress_update (PdCliProgress *p,
                        double         fraction)
{
  int pct = (int) (CLAMP (fraction, 0.0, 1.0) * 100.0);

  if (pct == p->last_pct)
    return;
  p->last_pct = pct;
  p->shown = TRUE;
  g_printerr ("\r%s %3d%%", p->what, pct);
}

void
pd_cli_progress_end (PdCliProgress *p)
{
  if (p->shown)
    g_printerr ("\n");
  p->shown = FALSE;
}

static void
import_progress_cb (double   fraction,
                    gpointer user_data)
{
  pd_cli_progress_update (user_data, fraction);
}

gboolean
pd_cli_export_progress (guint    done,
                        guint    total,
                        gpointer user_data)
{
  pd_cli_progress_update (user_data, total > 0 ? (double) done / total : 1.0);
  return TRUE;
}

PdDatabase *
pd_cli_open_database (const PdCliOptions *opts,
                      gboolean            create,
                      PdCliStatus        *status)
{
  g_autoptr(GError) error = NULL;
  PdDatabase *db;

  if (!create && !g_file_test (opts->db_path, G_FILE_TEST_EXISTS))
    {
      pd_cli_printerr (_("There is no database at %s. Create it with “%s init” or give another "
                         "file with --db."),
                       opts->db_path, g_get_prgname ());
      *status = PD_CLI_FAILED;
      return NULL;
    }

  if (create)
    {
      g_autofree char *dir = g_path_get_dirname (opts->db_path);

      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;
          pd_cli_printerr (_("Cannot create the folder %s for the database: %s."), dir,
                           g_strerror (saved_errno));
          *status = PD_CLI_FAILED;
          return NULL;
        }
    }

  db = pd_database_open (opts->db_path, &error);
  if (db == NULL)
    {
      *status = pd_cli_report_error (error);
      /* A file that is not a database is the wrong --db, but still not a valid one. */
      if (*status == PD_CLI_OK)
        *status = PD_CLI_FAILED;
    }
  return db;
}

PdCliStatus
pd_cli_init (const PdCliOptions *opts)
{
  g_autoptr(PdDatabase) db = NULL;
  PdCliStatus status = PD_CLI_OK;

  db = pd_cli_open_database (opts, TRUE, &status);
  if (db == NULL)
    return status;

  g_print (_("The database %s is ready (schema version %d).\n"), opts->db_path,
           pd_database_get_schema_version (db));
  return PD_CLI_OK;
}

static void
print_problems (PdImportReport *report)
{
  for (guint i = 0; i < report->problems->len; i++)
    {
      PdImportProblem *problem = g_ptr_array_index (report->problems, i);

      /* TRANSLATORS: a problem in an imported file: "第 7 行：…" */
      g_printerr (_("Line %u: %s\n"), problem->line, problem->message);
    }
}

PdCliStatus
pd_cli_import (const PdCliOptions *opts,
               const char         *what,
               const char         *file)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(PdImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PdCliStatus status = PD_CLI_OK;
  PdImportKind kind;
  PdCliProgress progress = { _("Importing…"), -1, FALSE };
  gsize length;

  if (g_str_equal (what, "units"))
    kind = PD_IMPORT_UNITS;
  else if (g_str_equal (what, "occupants"))
    kind = PD_IMPORT_OCCUPANTS;
  else
    {
      pd_cli_printerr (_("Cannot import “%s”: say “units” or “occupants”."), what);
      return PD_CLI_BAD_INPUT;
    }

  if (!g_file_get_contents (file, &contents, &length, &error))
    return pd_cli_report_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  db = pd_cli_open_database (opts, TRUE, &status);
  if (db == NULL)
    return status;

  report = pd_import_csv (db, kind, bytes, opts->skip_invalid, opts->dry_run,
                          pd_cli_show_progress (opts) ? import_progress_cb : NULL, &progress, &error);
  pd_cli_progress_end (&progress);
  if (report == NULL)
    return pd_cli_report_error (error);

  print_problems (report);

  if (opts->dry_run)
    {
      g_print (_("Checked %u rows of %s (%s): %u good, %u with problems. Nothing was written.\n"),
               report->rows_total, file, report->encoding, report->rows_valid,
               report->problems->len);
      return report->problems->len == 0 ? PD_CLI_OK : PD_CLI_BAD_INPUT;
    }

  if (error != NULL)
    {
      /* Refused: the problems are listed above; say what to do next. */
      pd_cli_printerr (_("%u of %u rows have problems, so nothing was imported. Correct them, "
                         "or use --skip-invalid to import the %u good rows."),
                       report->problems->len, report->rows_total, report->rows_valid);
      return PD_CLI_BAD_INPUT;
    }

  g_print (_("Imported %u of %u rows from %s (%s); %u units created.\n"), report->rows_imported,
           report->rows_total, file, report->encoding, report->units_created);
  if (report->rows_skipped > 0)
    pd_cli_printerr (_("%u rows with problems were left out."), report->rows_skipped);
  return PD_CLI_OK;
}

PdCliStatus
pd_cli_export (const PdCliOptions *opts,
               const char         *what)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  PdCliStatus status = PD_CLI_OK;
  PdCliProgress progress = { _("Exporting…"), -1, FALSE };
  guint rows = 0;

  if (!g_str_equal (what, "occupants"))
    {
      pd_cli_printerr (_("Cannot export “%s”: only “occupants” can be exported."), what);
      return PD_CLI_BAD_INPUT;
    }
  if (opts->xlsx_path == NULL || *opts->xlsx_path == '\0')
    {
      pd_cli_printerr (_("Say where to write the roster with --xlsx FILE."));
      return PD_CLI_BAD_INPUT;
    }

  db = pd_cli_open_database (opts, FALSE, &status);
  if (db == NULL)
    return status;

  if (!pd_roster_export_xlsx (db, NULL, opts->full, opts->xlsx_path,
                              pd_cli_show_progress (opts) ? pd_cli_export_progress : NULL, &progress,
                              &rows, &error))
    {
      pd_cli_progress_end (&progress);
      return pd_cli_report_error (error);
    }
  pd_cli_progress_end (&progress);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u occupant to %s.\n",
                        "Exported %u occupants to %s.\n", rows),
           rows, opts->xlsx_path);
  if (opts->full)
    pd_cli_printerr (_("The file contains full ID numbers and phone numbers: keep it "
                       "confidential and delete it when it is no longer needed."));
  return PD_CLI_OK;
}

PdCliStatus
pd_cli_demo (const PdCliOptions *opts)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  PdCliStatus status = PD_CLI_OK;
  PdCliProgress progress = { _("Creating demo data…"), -1, FALSE };
  gint64 n_units, n_occupants;

  if (opts->units == 0)
    {
      pd_cli_printerr (_("Say how many units to create with --units N."));
      return PD_CLI_BAD_INPUT;
    }

  db = pd_cli_open_database (opts, TRUE, &status);
  if (db == NULL)
    return status;

  if (!pd_demo_generate (db, opts->units, opts->seed_given ? opts->seed : 1,
                         pd_cli_show_progress (opts) ? import_progress_cb : NULL, &progress, &error))
    {
      pd_cli_progress_end (&progress);
      return pd_cli_report_error (error);
    }
  pd_cli_progress_end (&progress);

  n_units = pd_place_store_count_units (db, NULL);
  n_occupants = pd_occupant_store_count (db, NULL);
  g_print (_("Demo data written to %s: %lld units, %lld occupants.\n"), opts->db_path,
           (long long) n_units, (long long) n_occupants);
  return PD_CLI_OK;
}

PdCliStatus
pd_cli_backup (const PdCliOptions *opts,
               const char         *file)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  PdCliStatus status = PD_CLI_OK;

  db = pd_cli_open_database (opts, FALSE, &status);
  if (db == NULL)
    return status;

  if (!pd_database_backup_to (db, file, &error))
    return pd_cli_report_error (error);

  g_print (_("The database %s was copied to %s.\n"), opts->db_path, file);
  return PD_CLI_OK;
}

PdCliStatus
pd_cli_check (const PdCliOptions *opts)
{
  g_autoptr(PdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  PdCliStatus status = PD_CLI_OK;
  gint64 n_units, n_occupants;

  db = pd_cli_open_database (opts, FALSE, &status);
  if (db == NULL)
    return status;

  if (!pd_database_check_integrity (db, &report, &error))
    {
      if (error != NULL)
        return pd_cli_report_error (error);
      g_printerr ("%s", report ? report : "");
      pd_cli_printerr (_("The database %s is damaged. Restore a backup, or keep a copy of the "
                         "file and ask for help."),
                       opts->db_path);
      return PD_CLI_FAILED;
    }

  n_units = pd_place_store_count_units (db, &error);
  if (n_units < 0)
    return pd_cli_report_error (error);
  n_occupants = pd_occupant_store_count (db, &error);
  if (n_occupants < 0)
    return pd_cli_report_error (error);

  g_print ("%s\n", report);
  g_print (_("%lld units, %lld occupants.\n"), (long long) n_units, (long long) n_occupants);
  return PD_CLI_OK;
}
