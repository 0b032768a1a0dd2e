// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-complaint-stats.h"
#include "pd-database.h"
#include "pd-xlsx-common.h"

G_BEGIN_DECLS

/* How many problems the monthly statistics list. */
#define PD_COMPLAINT_REPORT_TOP_PROBLEMS 5

/* The weekly complaint report (投诉处理周报) of an ISO week "2026-W07": first sheet on one A4
 * portrait page (the week's figures, new, not valid, closed, open, overdue, serious, by
 * department; the cases past their deadline without a result; a box for the week's remarks;
 * signature lines), then the complaint register of the week. @as_of 0: now. Fails with
 * PD_RULE_ERROR for a malformed or impossible week. *out_complaints (may be NULL) gets the
 * complaints registered in the week. */
gboolean pd_complaint_week_report_export_xlsx  (PdDatabase           *db,
                                                const char           *iso_week,
                                                gint64                as_of,
                                                const char           *path,
                                                guint                *out_complaints,
                                                GError              **error);

/* The monthly complaint statistics (投诉处理统计表): first sheet on one A4 portrait page (the
 * timeliness rate, the figures by category and by department, the most frequent problems
 * with room for the rectification, the counting rules as a note under the tables, signature
 * lines), then the complaint register and the call/visit register of the month. Written in
 * constant-memory mode. @progress (may be NULL) counts the register entries; returning FALSE
 * cancels and leaves no file. *out_complaints (may be NULL) gets the complaints of the month. */
gboolean pd_complaint_month_report_export_xlsx (PdDatabase           *db,
                                                int                   year,
                                                int                   month,
                                                gint64                as_of,
                                                gboolean              full_phone,
                                                const char           *path,
                                                PdExportProgressFunc  progress,
                                                gpointer              user_data,
                                                guint                *out_complaints,
                                                GError              **error);

/* "投诉处理周报-2026-W07.xlsx", "投诉处理统计表-2026-03.xlsx" */
char    *pd_complaint_week_report_default_name  (const char *iso_week);
char    *pd_complaint_month_report_default_name (int         year,
                                                 int         month);

G_END_DECLS
