// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-cli.h"

G_BEGIN_DECLS

/* TRUE for the forms `export` writes for one repair order: "work-order", "settlement". */
gboolean    pd_cli_is_repair_form      (const char         *what);

/* export work-order|settlement SERIAL --xlsx FILE [--full] */
PdCliStatus pd_cli_export_repair_form  (const PdCliOptions *opts,
                                        const char         *what,
                                        const char         *serial);
/* report repairs --month YYYY-MM --xlsx FILE */
PdCliStatus pd_cli_report              (const PdCliOptions *opts,
                                        const char         *what);

G_END_DECLS
