// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/* The font LibreOffice and Excel both find for Chinese text on the office's machines. */
#define PD_XLSX_FONT "Noto Sans CJK SC"

/* Progress of a long export: done rows out of total. Return FALSE to cancel (the export then
 * fails with G_IO_ERROR_CANCELLED and leaves no file behind). */
typedef gboolean (*PdExportProgressFunc) (guint    done,
                                          guint    total,
                                          gpointer user_data);

/* One set of formats per workbook (formats belong to the workbook that made them).
 * All cell formats have thin borders; title and subtitle formats have none. */
typedef struct
{
  lxw_format *title;          /* 18 pt bold, centred: the form's name (in merged cells) */
  lxw_format *title_across;   /* the same, centred across the following blank cells: for
                               * constant-memory sheets, which cannot merge */
  lxw_format *subtitle;       /* 10 pt, left: estate, date of export, serial number */
  lxw_format *subtitle_right; /* 10 pt, right */
  lxw_format *header;         /* bold, centred, wrapped, grey fill: column headings */
  lxw_format *cell;           /* left, vertically centred */
  lxw_format *cell_center;
  lxw_format *cell_wrap;      /* left, wrapped, top: long text such as remarks */
  lxw_format *number;         /* right, 0.00 (areas) */
  lxw_format *integer;        /* right, 0 (counts, quantities) */
  lxw_format *money;          /* right, #,##0.00 (write with pd_xlsx_write_money) */
  lxw_format *label;          /* bold, centred, wrapped: the printed labels of a paper form */
  lxw_format *signature;      /* no border, left, bottom: "签字：______  日期：____" lines */
  lxw_format *note;           /* 9 pt, no border, left, wrapped: footnotes */
} PdXlsxStyles;

void            pd_xlsx_styles_init      (PdXlsxStyles  *s,
                                          lxw_workbook  *wb);

/* Writes to a temporary file beside @path; pd_xlsx_workbook_close() moves it into place, so a
 * failed export never leaves half a file nor destroys an older one. Checks that the folder is
 * writable before any work is done. constant_memory: rows must be written in order and cells
 * cannot be merged, but memory stays flat for 100,000-row lists. */
lxw_workbook   *pd_xlsx_workbook_new     (const char    *path,
                                          gboolean       constant_memory,
                                          GError       **error);
lxw_worksheet  *pd_xlsx_add_worksheet    (lxw_workbook  *wb,
                                          const char    *name,
                                          GError       **error);
/* Always frees @wb. On failure the temporary file is removed and @path is left untouched. */
gboolean        pd_xlsx_workbook_close   (lxw_workbook  *wb,
                                          const char    *path,
                                          GError       **error);
/* Frees @wb without producing @path (after an error or a cancel while writing cells). */
void            pd_xlsx_workbook_discard (lxw_workbook  *wb);

/* Title, subject, company (may be NULL) and author "Property Desk" in the document properties. */
void            pd_xlsx_set_properties   (lxw_workbook  *wb,
                                          const char    *title,
                                          const char    *subject,
                                          const char    *company);

/* A4, margins for a binder, centred horizontally, "第 &P 页 共 &N 页" in the footer;
 * fit_width: scaled to one page wide, as many pages tall as needed. */
void            pd_xlsx_setup_a4         (lxw_worksheet *ws,
                                          gboolean       landscape,
                                          gboolean       fit_width);
/* Small text left and right in the page header, e.g. the estate and the form's serial.
 * Either may be NULL. "&" in the text is printed as is. */
void            pd_xlsx_set_page_header  (lxw_worksheet *ws,
                                          const char    *left,
                                          const char    *right);
/* Column widths in characters, one per column from column 0. */
void            pd_xlsx_set_column_widths (lxw_worksheet *ws,
                                           const double  *widths,
                                           guint          n_widths);

/* NULL or "" writes a blank cell with @format so the borders still print. */
lxw_error       pd_xlsx_write_text       (lxw_worksheet *ws,
                                          lxw_row_t      row,
                                          lxw_col_t      col,
                                          const char    *text,
                                          lxw_format    *format);
/* Fen to yuan at the last moment: the spreadsheet stores a double, our code never does sums
 * with it. */
lxw_error       pd_xlsx_write_money      (lxw_worksheet *ws,
                                          lxw_row_t      row,
                                          lxw_col_t      col,
                                          gint64         fen,
                                          lxw_format    *format);
/* Writes @text across first_col..last_col: merged (with @format on every cell so the borders
 * are whole) or, in constant-memory mode where merging is impossible, in first_col with the
 * other cells blank in @format; give a format aligned LXW_ALIGN_CENTER_ACROSS (title_across)
 * there to centre the text over the columns (Excel and LibreOffice both honour it). */
lxw_error       pd_xlsx_merge_text       (lxw_worksheet *ws,
                                          lxw_row_t      row,
                                          lxw_col_t      first_col,
                                          lxw_col_t      last_col,
                                          const char    *text,
                                          lxw_format    *format);

/* "2026-03-14 15:07" in local time, for "导出时间" lines. */
char           *pd_xlsx_format_now       (void);

G_END_DECLS
