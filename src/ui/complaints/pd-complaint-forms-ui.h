// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtk/gtk.h>

#include "pd-complaint.h"
#include "pd-database.h"

G_BEGIN_DECLS

/* The complaint forms to Excel from the complaints tab. */
typedef enum
{
  PD_COMPLAINT_FORM_REGISTER,   /* 投诉登记表 of a period */
  PD_COMPLAINT_FORM_CONTACTS,   /* 来电来访登记表 of a period */
  PD_COMPLAINT_FORM_WEEK,       /* 投诉处理周报 of an ISO week */
  PD_COMPLAINT_FORM_MONTH,      /* 投诉处理统计表 (monthly statistics) of a month */
} PdComplaintForm;

/* The complaint handling report (投诉处理报告) of one case to an .xlsx file the user chooses
 * (a save dialog proposing 投诉处理报告-TS2026-0042.xlsx), then says where it went. */
void pd_complaint_report_export_run (GtkWindow       *parent,
                                     PdDatabase      *db,
                                     PdComplaint     *complaint);
/* Asks for the period (a month or an ISO week for the registers, a week for the weekly
 * report, a month for the statistics; the current one by default), then the file, and writes
 * it in a worker thread with a progress dialog that can cancel it; then offers to open it. */
void pd_complaint_forms_export_run  (GtkWindow       *parent,
                                     PdDatabase      *db,
                                     PdComplaintForm  form);

/* For tests: the periods offered for @form at @now, as the labels the exports parse
 * ("2026-03", "2026-W07"); the first is the default. */
GStrv _pd_complaint_forms_periods   (PdComplaintForm  form,
                                     gint64           now);

/* For tests: writes @form of @period to @path as the worker thread does. */
gboolean _pd_complaint_forms_write  (PdDatabase       *db,
                                     PdComplaintForm   form,
                                     const char       *period,
                                     const char       *path,
                                     guint            *out_rows,
                                     GError          **error);

G_END_DECLS
