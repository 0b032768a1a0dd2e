// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An RFC 4180 CSV reader for imports, tolerant of what spreadsheet programs
 * on Chinese systems write: UTF-8 with or without BOM, GB18030/GBK, and
 * UTF-16 "Unicode text" (tab-separated). */

#define PD_CSV_ERROR (pd_csv_error_quark ())

typedef enum
{
  PD_CSV_ERROR_ENCODING,  /* not text in a supported encoding */
  PD_CSV_ERROR_MALFORMED, /* a row breaks the quoting rules */
} PdCsvError;

typedef struct _PdCsvReader PdCsvReader;

GQuark       pd_csv_error_quark             (void);

PdCsvReader *pd_csv_reader_new_from_bytes   (GBytes       *bytes,
                                             GError      **error);
PdCsvReader *pd_csv_reader_new_from_file    (const char   *path,
                                             GError      **error);
gboolean     pd_csv_reader_next_row         (PdCsvReader  *r,
                                             GPtrArray   **out_fields,
                                             GError      **error);
guint        pd_csv_reader_get_line         (PdCsvReader  *r);
const char  *pd_csv_reader_get_encoding     (PdCsvReader  *r);
void         pd_csv_reader_free             (PdCsvReader  *r);

char        *pd_csv_escape_field            (const char   *s);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdCsvReader, pd_csv_reader_free)

G_END_DECLS
