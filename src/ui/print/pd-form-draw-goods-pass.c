// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-print"

#include "config.h"

#include <errno.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "pd-form-draw-goods-pass.h"
#include "pd-goods-pass-export.h"

/* Families Pango tries in order: the CJK face the office machines have, then whatever sans
 * fontconfig offers. */
#define FONT_FAMILY "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Sans"

/* Column widths in the same units as the spreadsheet, so print and export look alike. */
static const double goods_cols[] = { 11, 30, 9, 9, 30 };
static const double head_cols[] = { 11, 30, 18, 30 };

typedef enum { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT } Align;

typedef struct
{
  cairo_t *cr;
  double   x, width;       /* the printable band */
  double   y;              /* where the next block starts */
  double   bottom;         /* lowest point to draw at */
  double   scale;          /* 1.0 on A4; fonts and lines follow the page size */
} Page;

static void
text_box (Page       *p,
          const char *text,
          double      x,
          double      y,
          double      w,
          double      h,
          double      size,
          gboolean    bold,
          Align       align,
          gboolean    wrap)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  const double pad = 4 * p->scale;
  int lw, lh;

  if (text == NULL || *text == '\0')
    return;

  layout = pango_cairo_create_layout (p->cr);
  font = pango_font_description_from_string (FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * p->scale * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) ((w - 2 * pad) * PANGO_SCALE));
  if (wrap)
    {
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (layout, (int) ((h - pad) * PANGO_SCALE));
    }
  else
    pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, align == ALIGN_CENTER ? PANGO_ALIGN_CENTER
                                      : align == ALIGN_RIGHT ? PANGO_ALIGN_RIGHT
                                                             : PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (layout, &lw, &lh);

  cairo_move_to (p->cr, x + pad, y + MAX (0, (h - lh) / 2));
  pango_cairo_show_layout (p->cr, layout);
}

static void
cell_border (Page   *p,
             double  x,
             double  y,
             double  w,
             double  h)
{
  cairo_rectangle (p->cr, x, y, w, h);
  cairo_stroke (p->cr);
}

/* Left edges of columns given in relative widths, scaled to the band. */
static void
column_edges (Page         *p,
              const double *cols,
              guint         n,
              double       *edges)
{
  double total = 0;

  for (guint i = 0; i < n; i++)
    total += cols[i];
  edges[0] = p->x;
  for (guint i = 0; i < n; i++)
    edges[i + 1] = edges[i] + p->width * cols[i] / total;
}

static void
draw_head (Page        *p,
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
  double edges[G_N_ELEMENTS (head_cols) + 1];
  const double row_h = 28 * p->scale;

  text_box (p, _("Goods Release Pass"), p->x, p->y, p->width, 44 * p->scale, 20, TRUE,
            ALIGN_CENTER, FALSE);
  p->y += 48 * p->scale;

  text_box (p, estate, p->x - 4 * p->scale, p->y, p->width / 2, 20 * p->scale, 9.5, FALSE,
            ALIGN_LEFT, FALSE);
  cairo_save (p->cr);
  cairo_set_source_rgb (p->cr, 0.75, 0, 0);
  text_box (p, serial, p->x + p->width / 2, p->y, p->width / 2 + 4 * p->scale, 20 * p->scale,
            11, TRUE, ALIGN_RIGHT, FALSE);
  cairo_restore (p->cr);
  p->y += 24 * p->scale;

  column_edges (p, head_cols, G_N_ELEMENTS (head_cols), edges);
  for (guint r = 0; r < G_N_ELEMENTS (cells); r++, p->y += row_h)
    for (guint c = 0; c < G_N_ELEMENTS (head_cols); c++)
      {
        double w = edges[c + 1] - edges[c];

        cell_border (p, edges[c], p->y, w, row_h);
        /* Labels wrap rather than lose words in a narrow column (English is longer). */
        text_box (p, cells[r][c], edges[c], p->y, w, row_h, 10, c % 2 == 0,
                  c % 2 == 0 ? ALIGN_CENTER : ALIGN_LEFT, c % 2 == 0);
      }
  p->y += 14 * p->scale;
}

static void
draw_goods (Page      *p,
            PdMoveOut *mo,
            double     bottom_reserved)
{
  GPtrArray *goods = pd_move_out_get_goods (mo);
  guint lines = MAX (goods->len, PD_GOODS_PASS_MIN_LINES);
  double edges[G_N_ELEMENTS (goods_cols) + 1];
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

  column_edges (p, goods_cols, G_N_ELEMENTS (goods_cols), edges);

  cairo_save (p->cr);
  cairo_set_source_rgb (p->cr, 0.906, 0.902, 0.902);
  cairo_rectangle (p->cr, p->x, p->y, p->width, row_h);
  cairo_fill (p->cr);
  cairo_restore (p->cr);
  for (guint c = 0; c < G_N_ELEMENTS (goods_cols); c++)
    {
      cell_border (p, edges[c], p->y, edges[c + 1] - edges[c], row_h);
      text_box (p, headings[c], edges[c], p->y, edges[c + 1] - edges[c], row_h, font, TRUE,
                ALIGN_CENTER, TRUE);
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

          cell_border (p, edges[c], p->y, w, row_h);
          text_box (p, texts[c], edges[c], p->y, w, row_h, font, FALSE,
                    c == 1 || c == 4 ? ALIGN_LEFT : ALIGN_CENTER, c == 4);
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

        cell_border (p, edges[c], p->y, w, row_h);
        text_box (p, texts[c], edges[c], p->y, w, row_h, font, c == 0,
                  c == 1 ? ALIGN_LEFT : ALIGN_CENTER, FALSE);
      }
  }
  p->y += row_h;
}

static void
signature_pair (Page       *p,
                const char *left,
                const char *right)
{
  g_autofree char *l = g_strdup_printf (_("%s: ________________"), left);
  g_autofree char *r = g_strdup_printf (_("%s: ________________"), right);
  const char *date = _("Date: ________ / ____ / ____");
  double half = p->width / 2;
  double h = 30 * p->scale;

  text_box (p, l, p->x - 4 * p->scale, p->y, half, h, 10.5, FALSE, ALIGN_LEFT, FALSE);
  text_box (p, r, p->x + half, p->y, half, h, 10.5, FALSE, ALIGN_LEFT, FALSE);
  p->y += h;
  text_box (p, date, p->x - 4 * p->scale, p->y, half, 22 * p->scale, 10.5, FALSE, ALIGN_LEFT,
            FALSE);
  text_box (p, date, p->x + half, p->y, half, 22 * p->scale, 10.5, FALSE, ALIGN_LEFT, FALSE);
  p->y += 22 * p->scale;
}

/* Height of the note and the signatures under the table, at scale 1. */
#define FOOTER_HEIGHT 200.0

static void
draw_footer (Page *p)
{
  p->y += 10 * p->scale;
  text_box (p, _("This pass is valid only with the seals of the owner and the occupant "
                 "and the signature of the customer service centre. Security checks the "
                 "goods against this list at the gate and keeps the pass on file."),
            p->x - 4 * p->scale, p->y, p->width + 8 * p->scale, 36 * p->scale, 9, FALSE,
            ALIGN_LEFT, TRUE);
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
  Page p = { 0 };
  double scale_w = width_pt / PD_A4_WIDTH_PT;
  double scale_h = height_pt / PD_A4_HEIGHT_PT;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (PD_IS_MOVE_OUT (mo));
  g_return_if_fail (place != NULL);

  p.cr = cr;
  p.scale = MIN (scale_w, scale_h);
  /* Wider left margin: passes are punched and filed by security. */
  p.x = 54 * p.scale;
  p.width = width_pt - p.x - 40 * p.scale;
  p.y = 40 * p.scale;
  p.bottom = height_pt - 40 * p.scale;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.75 * p.scale);

  draw_head (&p, mo, place);
  draw_goods (&p, mo, FOOTER_HEIGHT * p.scale);
  draw_footer (&p);
  cairo_restore (cr);
}

gboolean
pd_goods_pass_write_pdf (PdMoveOut    *mo,
                         PdMovePlace  *place,
                         const char   *path,
                         GError      **error)
{
  g_autofree char *tmp_path = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (PD_IS_MOVE_OUT (mo), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  tmp_path = g_strconcat (path, ".part", NULL);
  surface = cairo_pdf_surface_create (tmp_path, PD_A4_WIDTH_PT, PD_A4_HEIGHT_PT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Goods Release Pass"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, _("Property Desk"));
  cr = cairo_create (surface);
  pd_goods_pass_draw (cr, PD_A4_WIDTH_PT, PD_A4_HEIGHT_PT, mo, place);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write the PDF file “%s”: %s."), name,
                   cairo_status_to_string (status));
      return FALSE;
    }
  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write the PDF file “%s”: %s."), name, g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}
