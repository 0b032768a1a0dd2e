// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gio/gio.h>

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

/* Prints "property-desk-cli: <message>" on stderr; returns the status that fits @error. */
PdCliStatus pd_cli_report_error    (const GError       *error);
void        pd_cli_printerr        (const char         *format,
                                    ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
