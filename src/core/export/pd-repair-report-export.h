// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-repair-stats.h"
#include "pd-xlsx-common.h"

G_BEGIN_DECLS

/* The monthly repair statistics (报修记录统计表) as a workbook of two sheets: the statistics
 * on one A4 portrait page (counts by category and by urgency, on-time rates for arrival and
 * completion, callback rate, on-site share, satisfaction, average ratings, paid income), then
 * the list of the month's orders (A4 landscape, one page wide). Written in constant-memory
 * mode, so a month of any size keeps memory flat. @now (0: the current time) is when the
 * clocks are read. @progress (may be NULL) counts the listed orders; returning FALSE cancels.
 * *out_orders (may be NULL) gets the number of orders listed. */
gboolean pd_repair_report_export_xlsx   (PdDatabase           *db,
                                         int                   year,
                                         int                   month,
                                         gint64                now,
                                         const char           *path,
                                         PdExportProgressFunc  progress,
                                         gpointer              user_data,
                                         guint                *out_orders,
                                         GError              **error);
/* "报修记录统计表-2026-03.xlsx" */
char    *pd_repair_report_default_name  (int                   year,
                                         int                   month);
/* "按时" / "超时" / "超时未完成" / "进行中" / "—" for one clock of an order. */
const char *pd_repair_report_clock_label (const PdRepairClockPart *part);

G_END_DECLS
