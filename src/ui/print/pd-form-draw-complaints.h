// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "pd-complaint-report-export.h"
#include "pd-complaint-stats.h"
#include "pd-form-draw-common.h"

G_BEGIN_DECLS

/* Draws the complaint handling report (投诉处理报告) as one page of @width_pt × @height_pt
 * points: A4 portrait from a print operation or a PDF surface, any size for an on-screen
 * preview (the layout scales). Only Cairo and Pango: no widget, no display. Same rows, labels
 * and order as the .xlsx export; long texts shrink the rows so the report stays on one page. */
void     pd_complaint_report_draw      (cairo_t                     *cr,
                                        double                       width_pt,
                                        double                       height_pt,
                                        const PdComplaintReportForm *form);
/* The weekly complaint report's first page: the week's figures and the table by department
 * (the .xlsx export adds the overdue list and the week's register). */
void     pd_complaint_week_draw        (cairo_t                     *cr,
                                        double                       width_pt,
                                        double                       height_pt,
                                        const PdComplaintWeekStats  *stats);

/* One-page A4 PDFs; the file appears only when complete. */
gboolean pd_complaint_report_write_pdf (const PdComplaintReportForm *form,
                                        const char                  *path,
                                        GError                     **error);
gboolean pd_complaint_week_write_pdf   (const PdComplaintWeekStats  *stats,
                                        const char                  *path,
                                        GError                     **error);

G_END_DECLS
