// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

typedef enum
{
  PD_REPAIR_FORM_WORK_ORDER,   /* 工程派工单 */
  PD_REPAIR_FORM_SETTLEMENT,   /* 维修工程结算书 */
} PdRepairForm;

/* The form of an order on screen, drawn by the repairs print drawing exactly like the printed
 * page, with Print… (GtkPrintOperation, A4 portrait) and Save as PDF… buttons. Shows an error
 * dialog on @parent instead when the form cannot be read (e.g. no settlement sheet yet).
 * Returns the preview window (owned by GTK), or NULL. */
GtkWidget *pd_repair_print_preview_present (GtkWindow    *parent,
                                            PdDatabase   *db,
                                            gint64        repair_id,
                                            PdRepairForm  form);

G_END_DECLS
