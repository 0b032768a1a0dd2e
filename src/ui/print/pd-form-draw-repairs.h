// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "pd-form-draw-common.h"
#include "pd-settlement-export.h"
#include "pd-work-order-export.h"

G_BEGIN_DECLS

/* Draws a form as one page of @width_pt × @height_pt points: A4 portrait from a print
 * operation (use the full page: the drawing keeps its own margins) or a PDF surface, any size
 * for an on-screen preview (the layout scales). Only Cairo and Pango: no widget, no display.
 * The layout is the .xlsx export's: same columns, same labels, same order. Long content shrinks
 * its rows so the form stays on one page. */
void     pd_work_order_draw      (cairo_t                *cr,
                                  double                  width_pt,
                                  double                  height_pt,
                                  const PdWorkOrderForm  *form);
void     pd_settlement_draw      (cairo_t                *cr,
                                  double                  width_pt,
                                  double                  height_pt,
                                  const PdSettlementForm *form);

/* One-page A4 PDFs; the file appears only when complete. */
gboolean pd_work_order_write_pdf (const PdWorkOrderForm  *form,
                                  const char             *path,
                                  GError                **error);
gboolean pd_settlement_write_pdf (const PdSettlementForm *form,
                                  const char             *path,
                                  GError                **error);

G_END_DECLS
