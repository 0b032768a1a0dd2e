// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

/* The goods release pass on screen, drawn by pd_goods_pass_draw() like the printed page, with
 * Print… (GtkPrintOperation, A4 portrait) and Save as PDF… buttons. Shows an error dialog on
 * @parent instead when the pass cannot be read or has not been issued. */
void pd_goods_pass_preview_present (GtkWindow  *parent,
                                    PdDatabase *db,
                                    gint64      move_out_id);

G_END_DECLS
