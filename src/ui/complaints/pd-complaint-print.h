// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

/* The complaint handling report (投诉处理报告) of a case on screen, drawn by
 * pd_complaint_report_draw() exactly like the printed page, with Print… (GtkPrintOperation,
 * A4 portrait), Save as PDF… and Export to Excel… buttons. Shows an error dialog on @parent
 * instead when the case cannot be read. Returns the preview window (owned by GTK), or NULL. */
GtkWidget *pd_complaint_print_preview_present (GtkWindow  *parent,
                                               PdDatabase *db,
                                               gint64      complaint_id);

G_END_DECLS
