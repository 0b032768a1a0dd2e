// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-cli.h"

G_BEGIN_DECLS

/* TRUE for "complaint": the form `export` writes for one complaint. */
gboolean    pd_cli_is_complaint_form    (const char         *what);
/* TRUE for "complaints": what `report` says for the complaint reports. */
gboolean    pd_cli_is_complaint_report  (const char         *what);

/* export complaint SERIAL --xlsx FILE [--full] */
PdCliStatus pd_cli_export_complaint     (const PdCliOptions *opts,
                                         const char         *what,
                                         const char         *serial);
/* report complaints --week YYYY-Www --xlsx FILE
 * report complaints --month YYYY-MM --xlsx FILE [--full] */
PdCliStatus pd_cli_report_complaints    (const PdCliOptions *opts,
                                         const char         *what);

G_END_DECLS
