// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-cli"
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "pd-cli.h"
#include "pd-cli-complaints.h"
#include "pd-cli-repairs.h"
#include "pd-complaint-rules.h"
#include "pd-csv-reader.h"
#include "pd-database.h"
#include "pd-repair-rules.h"
#include "pd-rule-error.h"

#define MAX_DEMO_UNITS 1000000

typedef struct
{
  const char *name;
  guint       min_args;
  guint       max_args;
  /* Which of the command-specific options it accepts. */
  gboolean    takes_export;
  gboolean    takes_demo;
  gboolean    takes_import;
} Command;

static const Command commands[] = {
  { "init", 0, 0, FALSE, FALSE, FALSE },
  { "import", 2, 2, FALSE, FALSE, TRUE },
  { "export", 1, 2, TRUE, FALSE, FALSE },
  { "report", 1, 1, TRUE, FALSE, FALSE },
  { "demo", 0, 0, FALSE, TRUE, FALSE },
  { "backup", 1, 1, FALSE, FALSE, FALSE },
  { "check", 0, 0, FALSE, FALSE, FALSE },
};

void
pd_cli_printerr (const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("property-desk-cli: %s\n", message);
}

PdCliStatus
pd_cli_report_error (const GError *error)
{
  pd_cli_printerr ("%s", error->message);

  if (error->domain == G_OPTION_ERROR)
    return PD_CLI_BAD_INPUT;
  /* A rule the input broke, or a record (a serial) that is not there. */
  if (error->domain == PD_RULE_ERROR || error->domain == PD_REPAIR_ERROR
      || error->domain == PD_COMPLAINT_ERROR)
    return PD_CLI_BAD_INPUT;
  if (error->domain == PD_DB_ERROR
      && (error->code == PD_DB_ERROR_INVALID || error->code == PD_DB_ERROR_CONSTRAINT
          || error->code == PD_DB_ERROR_NOT_FOUND))
    return PD_CLI_BAD_INPUT;
  /* The CSV reader's errors are about the file's content: an encoding, broken quoting. */
  if (error->domain == PD_CSV_ERROR)
    return PD_CLI_BAD_INPUT;
  return PD_CLI_FAILED;
}

static void
setup_i18n (void)
{
  const char *localedir = g_getenv ("PD_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* PD_LOCALEDIR lets the tests and developers use the catalogue in the build directory. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static gboolean
parse_count (const char  *option,
             const char  *text,
             guint64      min,
             guint64      max,
             guint64     *out,
             GError     **error)
{
  if (!g_ascii_string_to_unsigned (text, 10, min, max, out, NULL))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s needs a whole number from %u to %u, not “%s”."),
                   option, (guint) min, (guint) max, text);
      return FALSE;
    }
  return TRUE;
}

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return &commands[i];
  return NULL;
}

static gboolean
check_options (const Command      *cmd,
               const PdCliOptions *opts,
               GError            **error)
{
  const char *misplaced = NULL;
  const char *owner = NULL;

  if (!cmd->takes_export && (opts->xlsx_path != NULL || opts->full))
    {
      misplaced = opts->xlsx_path != NULL ? "--xlsx" : "--full";
      owner = "export";
    }
  else if (!cmd->takes_demo && (opts->units != 0 || opts->seed_given))
    {
      misplaced = opts->units != 0 ? "--units" : "--seed";
      owner = "demo";
    }
  else if (!cmd->takes_import && (opts->skip_invalid || opts->dry_run))
    {
      misplaced = opts->skip_invalid ? "--skip-invalid" : "--dry-run";
      owner = "import";
    }
  else if (opts->month != NULL && !g_str_equal (cmd->name, "report"))
    {
      misplaced = "--month";
      owner = "report";
    }
  else if (opts->week != NULL && !g_str_equal (cmd->name, "report"))
    {
      misplaced = "--week";
      owner = "report";
    }

  if (misplaced != NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("The option %s belongs to the command “%s”, not to “%s”."),
                   misplaced, owner, cmd->name);
      return FALSE;
    }
  return TRUE;
}

static PdCliStatus
run (const Command      *cmd,
     const PdCliOptions *opts,
     char              **args,
     guint               n_args)
{
  if (g_str_equal (cmd->name, "init"))
    return pd_cli_init (opts);
  if (g_str_equal (cmd->name, "import"))
    return pd_cli_import (opts, args[0], args[1]);
  if (g_str_equal (cmd->name, "export") && pd_cli_is_complaint_form (args[0]))
    return pd_cli_export_complaint (opts, args[0], n_args == 2 ? args[1] : NULL);
  if (g_str_equal (cmd->name, "report") && pd_cli_is_complaint_report (args[0]))
    return pd_cli_report_complaints (opts, args[0]);
  if (g_str_equal (cmd->name, "report") && opts->week != NULL)
    {
      pd_cli_printerr (_("The option %s belongs to the command “%s”, not to “%s”."), "--week",
                       "report complaints", "report repairs");
      return PD_CLI_BAD_INPUT;
    }
  if (g_str_equal (cmd->name, "export") && (n_args == 2 || pd_cli_is_repair_form (args[0])))
    return pd_cli_export_repair_form (opts, args[0], n_args == 2 ? args[1] : NULL);
  if (g_str_equal (cmd->name, "export"))
    return pd_cli_export (opts, args[0]);
  if (g_str_equal (cmd->name, "report"))
    return pd_cli_report (opts, args[0]);
  if (g_str_equal (cmd->name, "demo"))
    return pd_cli_demo (opts);
  if (g_str_equal (cmd->name, "backup"))
    return pd_cli_backup (opts, args[0]);
  if (g_str_equal (cmd->name, "check"))
    return pd_cli_check (opts);
  g_assert_not_reached ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *xlsx_path = NULL;
  g_autofree char *units = NULL;
  g_autofree char *seed = NULL;
  g_autofree char *month = NULL;
  g_autofree char *week = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  gboolean version = FALSE;
  PdCliOptions opts = { 0 };
  const Command *cmd;
  guint n_args;
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path,
      N_("The database file (default: the one the application uses)"), N_("FILE") },
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &xlsx_path,
      N_("export: write an Excel workbook to FILE"), N_("FILE") },
    { "full", 0, 0, G_OPTION_ARG_NONE, &opts.full,
      N_("export: full ID numbers and phone numbers (confidential)"), NULL },
    { "units", 0, 0, G_OPTION_ARG_STRING, &units,
      N_("demo: number of units to create"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed,
      N_("demo: seed of the random data (same seed, same data)"), N_("S") },
    { "skip-invalid", 0, 0, G_OPTION_ARG_NONE, &opts.skip_invalid,
      N_("import: import the good rows and leave out the bad ones"), NULL },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &opts.dry_run,
      N_("import: only check the file, write nothing"), NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &opts.quiet,
      N_("No progress messages"), NULL },
    { "month", 0, 0, G_OPTION_ARG_STRING, &month,
      N_("report: the month to report on"), N_("YYYY-MM") },
    { "week", 0, 0, G_OPTION_ARG_STRING, &week,
      N_("report complaints: the ISO week to report on"), N_("YYYY-Www") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version,
      N_("Show the version and quit"), NULL },
    { NULL }
  };

  setup_i18n ();
  g_set_prgname ("property-desk-cli");

  context = g_option_context_new (_("COMMAND [ARGUMENT…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  summary = g_strjoin ("\n",
                       _("Headless jobs on the Property Desk database."),
                       "",
                       _("Commands:"),
                       _("  init                              create or upgrade the database"),
                       _("  import units|occupants FILE       import a CSV file "
                         "[--skip-invalid] [--dry-run]"),
                       _("  export occupants --xlsx FILE      export the occupant roster "
                         "[--full]"),
                       _("  export work-order SERIAL --xlsx FILE  the work order of a repair "
                         "[--full]"),
                       _("  export settlement SERIAL --xlsx FILE  the settlement sheet of a "
                         "repair"),
                       _("  report repairs --month YYYY-MM --xlsx FILE  monthly repair "
                         "statistics"),
                       _("  export complaint SERIAL --xlsx FILE  the complaint handling report "
                         "[--full]"),
                       _("  report complaints --week YYYY-Www --xlsx FILE  weekly complaint "
                         "report"),
                       _("  report complaints --month YYYY-MM --xlsx FILE  monthly complaint "
                         "statistics and registers [--full]"),
                       _("  demo --units N [--seed S]         fill an empty database with "
                         "demo data"),
                       _("  backup FILE                       copy the database to FILE"),
                       _("  check                             check the database for damage"),
                       NULL);
  g_option_context_set_summary (context, summary);
  description = g_strjoin ("\n",
                           _("Exit status: 0 success; 1 invalid command line or invalid data "
                             "(nothing or only the good rows saved); 2 a file or the database "
                             "could not be read or written."),
                           NULL);
  g_option_context_set_description (context, description);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      pd_cli_report_error (error);
      return PD_CLI_BAD_INPUT;
    }

  if (version)
    {
      g_print ("property-desk-cli %s\n", PACKAGE_VERSION);
      return PD_CLI_OK;
    }

  if (argc < 2)
    {
      pd_cli_printerr (_("No command given. Run “%s --help” to see the commands."),
                       g_get_prgname ());
      return PD_CLI_BAD_INPUT;
    }

  cmd = find_command (argv[1]);
  if (cmd == NULL)
    {
      pd_cli_printerr (_("Unknown command “%s”. Run “%s --help” to see the commands."), argv[1],
                       g_get_prgname ());
      return PD_CLI_BAD_INPUT;
    }

  n_args = (guint) argc - 2;
  if (n_args < cmd->min_args || n_args > cmd->max_args)
    {
      pd_cli_printerr (_("Wrong number of arguments for “%s”. Run “%s --help” for its usage."),
                       cmd->name, g_get_prgname ());
      return PD_CLI_BAD_INPUT;
    }

  if (units != NULL)
    {
      guint64 n;
      if (!parse_count ("--units", units, 1, MAX_DEMO_UNITS, &n, &error))
        return pd_cli_report_error (error);
      opts.units = (guint) n;
    }
  if (seed != NULL)
    {
      guint64 s;
      if (!parse_count ("--seed", seed, 0, G_MAXUINT32, &s, &error))
        return pd_cli_report_error (error);
      opts.seed = (guint32) s;
      opts.seed_given = TRUE;
    }
  opts.xlsx_path = xlsx_path;
  opts.month = month;
  opts.week = week;
  opts.db_path = db_path != NULL ? db_path : pd_database_default_path ();
  if (db_path == NULL)
    db_path = opts.db_path;

  if (!check_options (cmd, &opts, &error))
    return pd_cli_report_error (error);

  return run (cmd, &opts, argv + 2, n_args);
}
