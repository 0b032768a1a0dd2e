// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-print"

#include "config.h"

#include <errno.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pd-form-draw-common.h"

/* The CJK face the office machines have first, then whatever sans fontconfig offers. */
#define FONT_FAMILY "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Sans"

void
pd_form_page_begin (PdFormPage *p,
                    cairo_t    *cr,
                    double      width_pt,
                    double      height_pt)
{
  p->cr = cr;
  p->scale = MIN (width_pt / PD_A4_WIDTH_PT, height_pt / PD_A4_HEIGHT_PT);
  /* Wider left margin: forms are punched and filed. */
  p->x = 54 * p->scale;
  p->width = width_pt - p->x - 40 * p->scale;
  p->y = 40 * p->scale;
  p->bottom = height_pt - 40 * p->scale;
  p->k = 1.0;
  p->font = 10;
  p->pad = 3.5 * p->scale;
  p->wrap_overflows = FALSE;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.75 * p->scale);
}

void
pd_form_page_end (PdFormPage *p)
{
  cairo_restore (p->cr);
}

void
pd_form_text (PdFormPage     *p,
              const char     *text,
              double          x,
              double          y,
              double          w,
              double          h,
              double          size,
              gboolean        bold,
              PangoAlignment  align,
              int             valign,
              gboolean        wrap)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  const double pad = p->pad;
  double ty;
  int lw, lh;

  if (text == NULL || *text == '\0' || w <= 2 * pad)
    return;

  layout = pango_cairo_create_layout (p->cr);
  font = pango_font_description_from_string (FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * p->scale * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) ((w - 2 * pad) * PANGO_SCALE));
  pango_layout_set_alignment (layout, align);
  if (wrap)
    {
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (layout, (int) ((h - pad) * PANGO_SCALE));
    }
  /* What does not fit is ellipsized rather than drawn over the border. */
  if (!wrap || !p->wrap_overflows)
    pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &lw, &lh);

  if (valign < 0)
    ty = y + pad;
  else if (valign > 0)
    ty = y + MAX (pad, h - lh - pad);
  else
    ty = y + MAX (0, (h - lh) / 2);
  cairo_move_to (p->cr, x + pad, ty);
  pango_cairo_show_layout (p->cr, layout);
}

void
pd_form_box (PdFormPage *p,
             double      x,
             double      y,
             double      w,
             double      h)
{
  cairo_rectangle (p->cr, x, y, w, h);
  cairo_stroke (p->cr);
}

void
pd_form_shade (PdFormPage *p,
               double      x,
               double      y,
               double      w,
               double      h)
{
  cairo_save (p->cr);
  cairo_set_source_rgb (p->cr, 0.906, 0.902, 0.902);
  cairo_rectangle (p->cr, x, y, w, h);
  cairo_fill (p->cr);
  cairo_restore (p->cr);
}

void
pd_form_set_grid (PdFormPage   *p,
                  const double *cols,
                  guint         n)
{
  double total = 0;

  g_assert (n < G_N_ELEMENTS (p->edges));
  for (guint i = 0; i < n; i++)
    total += cols[i];
  p->edges[0] = p->x;
  for (guint i = 0; i < n; i++)
    p->edges[i + 1] = p->edges[i] + p->width * cols[i] / total;
}

void
pd_form_cell (PdFormPage  *p,
              guint        first,
              guint        last,
              double       h,
              const char  *text,
              PdFormStyle  style)
{
  double x = p->edges[first];
  double w = p->edges[last + 1] - x;
  double size = p->font;

  if (style == PD_FORM_HEADER)
    pd_form_shade (p, x, p->y, w, h);
  pd_form_box (p, x, p->y, w, h);

  switch (style)
    {
    case PD_FORM_LABEL:
    case PD_FORM_HEADER:
      pd_form_text (p, text, x, p->y, w, h, size, TRUE, PANGO_ALIGN_CENTER, 0, TRUE);
      break;
    case PD_FORM_TOP:
      pd_form_text (p, text, x, p->y, w, h, size, FALSE, PANGO_ALIGN_LEFT, -1, TRUE);
      break;
    case PD_FORM_SIGN:
      pd_form_text (p, text, x, p->y, w, h, size, FALSE, PANGO_ALIGN_LEFT, 1, FALSE);
      break;
    case PD_FORM_CENTER:
      pd_form_text (p, text, x, p->y, w, h, size, FALSE, PANGO_ALIGN_CENTER, 0, FALSE);
      break;
    case PD_FORM_RIGHT:
    case PD_FORM_TOTAL:
      pd_form_text (p, text, x, p->y, w, h, size, style == PD_FORM_TOTAL, PANGO_ALIGN_RIGHT, 0,
                    FALSE);
      break;
    case PD_FORM_VALUE:
    default:
      pd_form_text (p, text, x, p->y, w, h, size, FALSE, PANGO_ALIGN_LEFT, 0, TRUE);
      break;
    }
}

double
pd_form_row_h (PdFormPage *p,
               double      height)
{
  return height * p->scale * p->k;
}

void
pd_form_fit_rows (PdFormPage *p,
                  double      needed)
{
  double available = p->bottom - p->y;

  if (needed * p->scale > available && needed > 0)
    {
      p->k = available / (needed * p->scale);
      p->font = MAX (7.0, 10 * MIN (1.0, p->k + 0.1));
    }
}

void
pd_form_title (PdFormPage *p,
               const char *title,
               const char *left,
               const char *center,
               const char *right,
               double      right_share,
               gboolean    right_red)
{
  pd_form_text (p, title, p->x, p->y, p->width, 40 * p->scale, 20, TRUE, PANGO_ALIGN_CENTER, 0,
                FALSE);
  p->y += 42 * p->scale;
  pd_form_text (p, left, p->x - 3.5 * p->scale, p->y, p->width * 0.62, 22 * p->scale, 10, FALSE,
                PANGO_ALIGN_LEFT, 0, FALSE);
  if (center != NULL)
    pd_form_text (p, center, p->x + p->width / 3, p->y, p->width / 3, 22 * p->scale, 10, FALSE,
                  PANGO_ALIGN_CENTER, 0, FALSE);
  cairo_save (p->cr);
  if (right_red)
    cairo_set_source_rgb (p->cr, 0.75, 0, 0);
  pd_form_text (p, right, p->x + p->width * (1 - right_share), p->y,
                p->width * right_share + 3.5 * p->scale, 22 * p->scale, right_red ? 11 : 10,
                right_red, PANGO_ALIGN_RIGHT, 0, FALSE);
  cairo_restore (p->cr);
  p->y += 24 * p->scale;
}

void
pd_form_row3 (PdFormPage *p,
              double      height,
              const char *l1,
              const char *v1,
              const char *l2,
              const char *v2,
              const char *l3,
              const char *v3)
{
  double h = pd_form_row_h (p, height);

  pd_form_cell (p, 0, 0, h, l1, PD_FORM_LABEL);
  pd_form_cell (p, 1, 1, h, v1, PD_FORM_VALUE);
  pd_form_cell (p, 2, 2, h, l2, PD_FORM_LABEL);
  pd_form_cell (p, 3, 3, h, v2, PD_FORM_VALUE);
  pd_form_cell (p, 4, 4, h, l3, PD_FORM_LABEL);
  pd_form_cell (p, 5, 5, h, v3, PD_FORM_VALUE);
  p->y += h;
}

void
pd_form_row_wide (PdFormPage *p,
                  double      height,
                  const char *l1,
                  const char *v1,
                  const char *l2,
                  const char *v2)
{
  double h = pd_form_row_h (p, height);

  pd_form_cell (p, 0, 0, h, l1, PD_FORM_LABEL);
  pd_form_cell (p, 1, 3, h, v1, PD_FORM_VALUE);
  pd_form_cell (p, 4, 4, h, l2, PD_FORM_LABEL);
  pd_form_cell (p, 5, 5, h, v2, PD_FORM_VALUE);
  p->y += h;
}

void
pd_form_block_label (PdFormPage *p,
                     double      top,
                     const char *label)
{
  double bottom = p->y;

  p->y = top;
  pd_form_cell (p, 0, 0, bottom - top, label, PD_FORM_LABEL);
  p->y = bottom;
}

void
pd_form_signature (PdFormPage *p,
                   const char *text,
                   double      x,
                   double      y,
                   double      w,
                   double      h)
{
  pd_form_text (p, text, x - 3.5 * p->scale, y, w, h, 10.5, FALSE, PANGO_ALIGN_LEFT, 1, FALSE);
}

void
pd_form_footer (PdFormPage *p,
                const char *text)
{
  p->y += pd_form_row_h (p, 6);
  pd_form_text (p, text, p->x, p->y, p->width, pd_form_row_h (p, 24), 10, FALSE,
                PANGO_ALIGN_RIGHT, 0, FALSE);
}

gboolean
pd_form_write_pdf (PdFormDrawFunc   draw,
                   gconstpointer    form,
                   const char      *title,
                   const char      *path,
                   GError         **error)
{
  g_autofree char *tmp_path = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  tmp_path = g_strconcat (path, ".part", NULL);
  surface = cairo_pdf_surface_create (tmp_path, PD_A4_WIDTH_PT, PD_A4_HEIGHT_PT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, _("Property Desk"));
  cr = cairo_create (surface);
  draw (cr, PD_A4_WIDTH_PT, PD_A4_HEIGHT_PT, form);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status == CAIRO_STATUS_SUCCESS && g_rename (tmp_path, path) == 0)
    return TRUE;

  {
    int saved_errno = errno;
    g_autofree char *name = g_filename_display_name (path);

    g_unlink (tmp_path);
    g_set_error (error, G_IO_ERROR,
                 status != CAIRO_STATUS_SUCCESS ? G_IO_ERROR_FAILED
                                                : g_io_error_from_errno (saved_errno),
                 _("Cannot write the PDF file “%s”: %s."), name,
                 status != CAIRO_STATUS_SUCCESS ? cairo_status_to_string (status)
                                                : g_strerror (saved_errno));
    return FALSE;
  }
}
