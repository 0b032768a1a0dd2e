// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gio/gio.h>

#include "pd-database.h"

G_BEGIN_DECLS

/* Exit statuses, documented in --help. */
typedef enum
{
  PD_CLI_OK = 0,
  PD_CLI_BAD_INPUT = 1,  /* the command line or the data given is invalid */
  PD_CLI_FAILED = 2,     /* a file or the database could not be read or written */
} PdCliStatus;

typedef struct
{
  char     *db_path;       /* never NULL after parsing */
  char     *xlsx_path;     /* export: --xlsx */
  gboolean  full;          /* export: --full */
  guint     units;         /* demo: --units (0 when not given) */
  guint32   seed;          /* demo: --seed */
  gboolean  seed_given;
  gboolean  skip_invalid;  /* import */
  gboolean  dry_run;       /* import */
  gboolean  quiet;         /* no progress on stderr */
  const char *month;       /* report: --month YYYY-MM */
  const char *week;        /* report complaints: --week YYYY-Www */
} PdCliOptions;

/* Each command prints its result on stdout and its problems on stderr. */
PdCliStatus pd_cli_init            (const PdCliOptions *opts);
PdCliStatus pd_cli_import          (const PdCliOptions *opts,
                                    const char         *what,
                                    const char         *file);
PdCliStatus pd_cli_export          (const PdCliOptions *opts,
                                    const char         *what);
PdCliStatus pd_cli_demo            (const PdCliOptions *opts);
PdCliStatus pd_cli_backup          (const PdCliOptions *opts,
                                    const char         *file);
PdCliStatus pd_cli_check           (const PdCliOptions *opts);

/* Opens the database of --db. Only the commands that put data in may create it; the others
 * would otherwise make an empty file by mistake and report on that. NULL with *status set
 * (and the reason printed) when it cannot be opened. */
PdDatabase *pd_cli_open_database   (const PdCliOptions *opts,
                                    gboolean            create,
                                    PdCliStatus        *status);

/* A percentage on stderr while a long job runs, when stderr is a terminal and not --quiet. */
typedef struct
{
  const char *what;       /* translated: "Importing…", "Exporting…" */
  int         last_pct;
  gboolean    shown;
} PdCliProgress;

#define PD_CLI_PROGRESS_INIT(what) { (what), -1, FALSE }

gboolean    pd_cli_show_progress   (const PdCliOptions *opts);
void        pd_cli_progress_update (PdCliProgress      *progress,
                                    double              fraction);
/* Ends the line the percentage was on, if any. */
void        pd_cli_progress_end    (PdCliProgress      *progress);
/* A PdExportProgressFunc over a PdCliProgress. */
gboolean    pd_cli_export_progress (guint               done,
                                    guint               total,
                                    gpointer            progress);

/* Prints "property-desk-cli: <message>" on stderr; returns the status that fits @error:
 * 1 for what the user gave (a rule broken, an unknown serial, a bad file), 2 otherwise. */
PdCliStatus pd_cli_report_error    (const GError       *error);
void        pd_cli_printerr        (const char         *format,
                                    ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
