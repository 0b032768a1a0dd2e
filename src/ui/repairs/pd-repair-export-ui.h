// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtk/gtk.h>

#include "pd-database.h"
#include "pd-repair.h"
#include "pd-repair-print.h"

G_BEGIN_DECLS

/* Exports one order's work order or settlement sheet to an Excel file the user chooses (a save
 * dialog proposing 工程派工单-BX2026-000123.xlsx), then says where it went. */
void pd_repair_export_form_run  (GtkWindow    *parent,
                                 PdDatabase   *db,
                                 PdRepair     *repair,
                                 PdRepairForm  form);
/* The monthly repair statistics (报修记录统计表): asks for the month (this month by default),
 * then the file, and writes it in a worker thread with a progress dialog that can cancel it. */
void pd_repair_stats_export_run (GtkWindow    *parent,
                                 PdDatabase   *db);

/* For tests: the export of @year-@month into @file without the questions; FALSE while another
 * one runs. */
gboolean _pd_repair_stats_export_start   (GtkWindow    *parent,
                                          PdDatabase   *db,
                                          int           year,
                                          int           month,
                                          GFile        *file);
gboolean _pd_repair_stats_export_running (void);

G_END_DECLS
