// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-occupant-import.h"

G_BEGIN_DECLS

/* The columns an import file may have, and how a header row maps onto them. */
typedef enum
{
  COL_BUILDING,
  COL_UNIT,
  COL_AREA,
  COL_UNIT_TYPE,
  COL_NAME,
  COL_KIND,
  COL_ID_NUMBER,
  COL_PHONE,
  COL_ROLE,
  COL_MOVE_IN,
  COL_PHONE2,
  COL_EMERGENCY_NAME,
  COL_EMERGENCY_PHONE,
  COL_NOTES,
  N_COLUMNS
} PdImportColumn;

/* Trimmed of every kind of space (also ideographic, no-break and zero-width), valid UTF-8. */
char       *_pd_import_clean_cell   (const char     *text);

/* A row above the header with one filled cell that is not a column name, like "业户名册". */
gboolean    _pd_import_is_title_row (GPtrArray      *fields);

/* Fills columns[] with the field index of each column (-1 when absent). Fails with
 * PD_DB_ERROR_INVALID naming an unknown, repeated, misplaced or missing required column. */
gboolean    _pd_import_map_header   (PdImportKind    kind,
                                     GPtrArray      *fields,
                                     int             columns[N_COLUMNS],
                                     GError        **error);

G_END_DECLS
