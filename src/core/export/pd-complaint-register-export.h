// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-xlsx-common.h"

G_BEGIN_DECLS

/* A period of the registers and reports: a local calendar month or an ISO week. */
typedef struct
{
  gint64  from;    /* [from, to): Unix seconds */
  gint64  to;
  char   *label;   /* "2026-03" or "2026-W07" */
  char   *range;   /* "2026-03-01 至 2026-03-31": the first and the last day */
} PdComplaintPeriod;

void     pd_complaint_period_clear  (PdComplaintPeriod  *period);
/* The local month. */
void     pd_complaint_period_month  (PdComplaintPeriod  *period,
                                     int                 year,
                                     int                 month);
/* "2026-03" (a month) or "2026-W07" (an ISO week); PD_RULE_ERROR naming the text otherwise. */
gboolean pd_complaint_period_parse  (const char         *text,
                                     PdComplaintPeriod  *period,
                                     GError            **error);

/* The complaint register (投诉登记表) of a period, A4 landscape, one page wide, the column
 * headings repeated on every page: a row per complaint registered in the period, oldest
 * first (serial, date, complainant, unit, content, category, valid or not, department,
 * deadline, result, on time or not as of @as_of, callback), then the totals and the rate.
 * Invalid complaints are listed (they are in the register) but kept out of the rate.
 * @as_of 0: now. *out_rows (may be NULL) gets the number of complaints listed. */
gboolean pd_complaint_register_export_xlsx (PdDatabase               *db,
                                            const PdComplaintPeriod  *period,
                                            gint64                    as_of,
                                            const char               *path,
                                            guint                    *out_rows,
                                            GError                  **error);

/* The call/visit register (来电、来访登记表) of a period with the paper form's columns: serial
 * (one numbering for all channels), channel, content, customer, unit, contact, recorder and
 * date, action taken, follow-up needed, follow-up done (each with who and when), customer
 * feedback, and what the entry became (complaint or repair order serial). A4 landscape, one
 * page wide, headings repeated. Phones are masked unless @full_phone. Written in
 * constant-memory mode: a busy month keeps memory flat. @progress (may be NULL) counts the
 * entries; returning FALSE cancels (G_IO_ERROR_CANCELLED) and leaves no file. */
gboolean pd_contact_register_export_xlsx   (PdDatabase               *db,
                                            const PdComplaintPeriod  *period,
                                            gboolean                  full_phone,
                                            const char               *path,
                                            PdExportProgressFunc      progress,
                                            gpointer                  user_data,
                                            guint                    *out_rows,
                                            GError                  **error);

/* The same sheets appended to a workbook the caller owns (e.g. the monthly report), in
 * either memory mode: rows are written in order and cells are only merged when the workbook
 * allows it. */
gboolean pd_complaint_register_add_sheet   (lxw_workbook             *wb,
                                            PdDatabase               *db,
                                            const PdComplaintPeriod  *period,
                                            gint64                    as_of,
                                            guint                    *out_rows,
                                            GError                  **error);
gboolean pd_contact_register_add_sheet     (lxw_workbook             *wb,
                                            PdDatabase               *db,
                                            const PdComplaintPeriod  *period,
                                            gboolean                  full_phone,
                                            PdExportProgressFunc      progress,
                                            gpointer                  user_data,
                                            guint                    *out_rows,
                                            GError                  **error);

/* "投诉登记表-2026-03.xlsx", "来电来访登记表-2026-03.xlsx" */
char    *pd_complaint_register_default_name (const PdComplaintPeriod *period);
char    *pd_contact_register_default_name   (const PdComplaintPeriod *period);

/* Height in points of a row whose wrapped cells hold @texts in columns of @widths characters
 * (a CJK character takes two), at 10 pt; at least @min_height. libxlsxwriter cannot measure
 * text and LibreOffice keeps the stored height, so the forms size their rows themselves. */
double   pd_complaint_xlsx_row_height       (const char * const      *texts,
                                             const double            *widths,
                                             guint                    n,
                                             double                   min_height);

G_END_DECLS
