// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "pd-form-draw-common.h"
#include "pd-move-out.h"
#include "pd-move-store.h"

G_BEGIN_DECLS

/* Draws the goods release pass (货物出门证) of @mo as one page of @width_pt × @height_pt
 * points (A4 portrait from a print operation or a PDF surface; any size for a preview, the
 * layout scales). Only Cairo and Pango: no widget, no display. The same layout as the .xlsx
 * export: title, serial, head block, goods table with blank ruled lines, note, signatures. */
void     pd_goods_pass_draw      (cairo_t     *cr,
                                  double       width_pt,
                                  double       height_pt,
                                  PdMoveOut   *mo,
                                  PdMovePlace *place);

/* The pass as one form, for pd_goods_pass_form_draw(), a #PdFormDrawFunc. */
typedef struct
{
  PdMoveOut   *mo;
  PdMovePlace *place;
} PdGoodsPassForm;

void     pd_goods_pass_form_draw (cairo_t       *cr,
                                  double         width_pt,
                                  double         height_pt,
                                  gconstpointer  form);

/* Writes the pass as a one-page A4 PDF; the file appears only when complete. */
gboolean pd_goods_pass_write_pdf (PdMoveOut    *mo,
                                  PdMovePlace  *place,
                                  const char   *path,
                                  GError      **error);

G_END_DECLS
