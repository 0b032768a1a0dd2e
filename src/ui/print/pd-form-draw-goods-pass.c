// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-print"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-form-draw-common.h"
#include "pd-form-draw-goods-pass.h"
#include "pd-goods-pass-export.h"

/* Column widths in the same units as the spreadsheet, so print and export look alike. */
static const double goods_cols[] = { 11, 30, 9, 9, 30 };
static const double head_cols[] = { 11, 30, 18, 30 };

static void
draw_head (PdFormPage  *p,
           PdMoveOut   *mo,
           PdMovePlace *place)
{
  g_autofree char *estate = g_strdup_printf (C_("goods pass", "Estate: %s"), place->estate_name);
  const char *serial_text = pd_move_out_get_pass_serial (mo);
  g_autofree char *serial = g_strdup_printf (C_("goods pass", "No. %s"),
                                             serial_text ? serial_text : "");
  g_autofree char *unit = g_strdup_printf ("%s %s", place->building_name, place->unit_number);
  g_autofree char *issued = pd_goods_pass_issue_date (mo);
  const char *cells[3][4] = {
    { C_("goods pass", "Occupant"), place->occupant_name,
      C_("goods pass", "Building and unit"), unit },
    { C_("goods pass", "Owner or tenant"), pd_role_to_label (place->role),
      C_("goods pass", "Move-out date"), pd_move_out_get_move_out_date (mo) },
    { C_("goods pass", "Date issued"), issued,
      C_("goods pass", "Handled by"), pd_move_out_get_clerk (mo) },
  };
  const double *edges = p->edges;
  const double row_h = 28 * p->scale;

  pd_form_text (p, _("Goods Release Pass"), p->x, p->y, p->width, 44 * p->scale, 20, TRUE,
                PANGO_ALIGN_CENTER, 0, FALSE);
  p->y += 48 * p->scale;

  pd_form_text (p, estate, p->x - 4 * p->scale, p->y, p->width / 2, 20 * p->scale, 9.5, FALSE,
                PANGO_ALIGN_LEFT, 0, FALSE);
  cairo_save (p->cr);
  cairo_set_source_rgb (p->cr, 0.75, 0, 0);
  pd_form_text (p, serial, p->x + p->width / 2, p->y, p->width / 2 + 4 * p->scale,
                20 * p->scale, 11, TRUE, PANGO_ALIGN_RIGHT, 0, FALSE);
  cairo_restore (p->cr);
  p->y += 24 * p->scale;

  pd_form_set_grid (p, head_cols, G_N_ELEMENTS (head_cols));
  for (guint r = 0; r < G_N_ELEMENTS (cells); r++, p->y += row_h)
    for (guint c = 0; c < G_N_ELEMENTS (head_cols); c++)
      {
        double w = edges[c + 1] - edges[c];

        pd_form_box (p, edges[c], p->y, w, row_h);
        /* Labels wrap rather than lose words in a narrow column (English is longer). */
        pd_form_text (p, cells[r][c], edges[c], p->y, w, row_h, 10, c % 2 == 0,
                      c % 2 == 0 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT, 0, c % 2 == 0);
      }
  p->y += 14 * p->scale;
}

static void
draw_goods (PdFormPage *p,
            PdMoveOut  *mo,
            double      bottom_reserved)
{
  GPtrArray *goods = pd_move_out_get_goods (mo);
  guint lines = MAX (goods->len, PD_GOODS_PASS_MIN_LINES);
  const double *edges = p->edges;
  const char *headings[] = { C_("goods pass", "No."), C_("goods pass", "Item"),
                             C_("goods pass", "Quantity"), C_("goods pass", "Unit of measure"),
                             C_("goods pass", "Remarks") };
  double available, row_h, font;
  g_autofree char *count = NULL;
  g_autofree char *total = NULL;

  /* A long list shrinks its rows: the pass stays one sheet of paper. */
  available = p->bottom - p->y - bottom_reserved;
  row_h = MIN (27 * p->scale, available / (lines + 2));
  font = MIN (10, row_h / p->scale * 0.42);

  pd_form_set_grid (p, goods_cols, G_N_ELEMENTS (goods_cols));

  pd_form_shade (p, p->x, p->y, p->width, row_h);
  for (guint c = 0; c < G_N_ELEMENTS (goods_cols); c++)
    {
      pd_form_box (p, edges[c], p->y, edges[c + 1] - edges[c], row_h);
      pd_form_text (p, headings[c], edges[c], p->y, edges[c + 1] - edges[c], row_h, font, TRUE,
                    PANGO_ALIGN_CENTER, 0, TRUE);
    }
  p->y += row_h;

  for (guint i = 0; i < lines; i++, p->y += row_h)
    {
      PdGoodsItem *item = i < goods->len ? g_ptr_array_index (goods, i) : NULL;
      g_autofree char *no = item ? g_strdup_printf ("%u", i + 1) : NULL;
      g_autofree char *qty = item ? g_strdup_printf ("%d", item->quantity) : NULL;
      const char *texts[] = { no, item ? item->name : NULL, qty,
                              item ? item->unit_of_measure : NULL, item ? item->remarks : NULL };

      for (guint c = 0; c < G_N_ELEMENTS (goods_cols); c++)
        {
          double w = edges[c + 1] - edges[c];

          pd_form_box (p, edges[c], p->y, w, row_h);
          pd_form_text (p, texts[c], edges[c], p->y, w, row_h, font, FALSE,
                        c == 1 || c == 4 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_CENTER, 0, c == 4);
        }
    }

  count = g_strdup_printf (g_dngettext (NULL, "%u kind of goods", "%u kinds of goods",
                                        goods->len),
                           goods->len);
  total = g_strdup_printf ("%" G_GINT64_FORMAT, pd_move_out_total_quantity (mo));
  {
    const char *texts[] = { C_("goods pass", "Total"), count, total, NULL, NULL };

    for (guint c = 0; c < G_N_ELEMENTS (goods_cols); c++)
      {
        double w = edges[c + 1] - edges[c];

        pd_form_box (p, edges[c], p->y, w, row_h);
        pd_form_text (p, texts[c], edges[c], p->y, w, row_h, font, c == 0,
                      c == 1 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_CENTER, 0, FALSE);
      }
  }
  p->y += row_h;
}

static void
signature_pair (PdFormPage *p,
                const char *left,
                const char *right)
{
  g_autofree char *l = g_strdup_printf (_("%s: ________________"), left);
  g_autofree char *r = g_strdup_printf (_("%s: ________________"), right);
  const char *date = _("Date: ________ / ____ / ____");
  double half = p->width / 2;
  double h = 30 * p->scale;

  pd_form_text (p, l, p->x - 4 * p->scale, p->y, half, h, 10.5, FALSE, PANGO_ALIGN_LEFT, 0,
                FALSE);
  pd_form_text (p, r, p->x + half, p->y, half, h, 10.5, FALSE, PANGO_ALIGN_LEFT, 0, FALSE);
  p->y += h;
  pd_form_text (p, date, p->x - 4 * p->scale, p->y, half, 22 * p->scale, 10.5, FALSE,
                PANGO_ALIGN_LEFT, 0, FALSE);
  pd_form_text (p, date, p->x + half, p->y, half, 22 * p->scale, 10.5, FALSE, PANGO_ALIGN_LEFT,
                0, FALSE);
  p->y += 22 * p->scale;
}

/* Height of the note and the signatures under the table, at scale 1. */
#define FOOTER_HEIGHT 200.0

static void
draw_footer (PdFormPage *p)
{
  p->y += 10 * p->scale;
  pd_form_text (p, _("This pass is valid only with the seals of the owner and the occupant "
                     "and the signature of the customer service centre. Security checks the "
                     "goods against this list at the gate and keeps the pass on file."),
                p->x - 4 * p->scale, p->y, p->width + 8 * p->scale, 36 * p->scale, 9, FALSE,
                PANGO_ALIGN_LEFT, 0, TRUE);
  p->y += 50 * p->scale;

  signature_pair (p, _("Owner/resident seal"), _("Occupant seal"));
  p->y += 16 * p->scale;
  signature_pair (p, _("Customer service centre signature"), _("Security check"));
}

void
pd_goods_pass_draw (cairo_t     *cr,
                    double       width_pt,
                    double       height_pt,
                    PdMoveOut   *mo,
                    PdMovePlace *place)
{
  PdFormPage p = { 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PD_IS_MOVE_OUT (mo));
  g_return_if_fail (place != NULL);

  pd_form_page_begin (&p, cr, width_pt, height_pt);
  /* The pass's cells are roomier than the other forms', and a long remark wraps on. */
  p.pad = 4 * p.scale;
  p.wrap_overflows = TRUE;

  draw_head (&p, mo, place);
  draw_goods (&p, mo, FOOTER_HEIGHT * p.scale);
  draw_footer (&p);
  pd_form_page_end (&p);
}

void
pd_goods_pass_form_draw (cairo_t       *cr,
                         double         width_pt,
                         double         height_pt,
                         gconstpointer  form)
{
  const PdGoodsPassForm *pass = form;

  pd_goods_pass_draw (cr, width_pt, height_pt, pass->mo, pass->place);
}

gboolean
pd_goods_pass_write_pdf (PdMoveOut    *mo,
                         PdMovePlace  *place,
                         const char   *path,
                         GError      **error)
{
  PdGoodsPassForm pass = { mo, place };

  g_return_val_if_fail (PD_IS_MOVE_OUT (mo), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return pd_form_write_pdf (pd_goods_pass_form_draw, &pass, _("Goods Release Pass"), path, error);
}
