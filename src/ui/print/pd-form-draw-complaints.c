// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-print"

#include "config.h"

#include <errno.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "pd-complaint-store.h"
#include "pd-form-draw-complaints.h"
#include "pd-work-order-export.h"

/* The cell drawing follows pd-form-draw-repairs.c (whose helpers are private to it), so the
 * complaint forms print with the same lines, fonts and margins as the repair forms. */

#define FONT_FAMILY "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Sans"

/* Column widths in the spreadsheet's units, so print and export look alike. */
static const double report_cols[] = { 13, 19, 13, 19, 11, 19 };
static const double week_cols[] = { 16, 15, 10, 14, 11, 15, 13 };

typedef enum
{
  STYLE_LABEL,   /* bold, centred: the printed labels */
  STYLE_VALUE,   /* left, middle, wrapped */
  STYLE_TOP,     /* left, top, wrapped: long texts */
  STYLE_SIGN,    /* left, bottom: written over a signature */
  STYLE_RIGHT,   /* counts */
  STYLE_HEADER,  /* bold, centred, grey: column headings */
  STYLE_TOTAL,   /* bold, right: the total row's counts */
} Style;

typedef struct
{
  cairo_t *cr;
  double   x, width;   /* the printable band */
  double   y;          /* where the next row starts */
  double   scale;      /* 1.0 on A4: fonts and lines follow the page size */
  double   k;          /* row heights are multiplied by this to fit the page */
  double   font;       /* body font size in points at scale 1 */
  double   edges[16];  /* left edges of the current grid's columns, then its right edge */
} Page;

static void
text_at (Page           *p,
         const char     *text,
         double          x,
         double          y,
         double          w,
         double          h,
         double          size,
         gboolean        bold,
         PangoAlignment  align,
         int             valign,  /* -1 top, 0 middle, 1 bottom */
         gboolean        wrap)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  const double pad = 3.5 * p->scale;
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
      /* What does not fit the cell is ellipsized rather than drawn over its border. */
      pango_layout_set_height (layout, (int) ((h - pad) * PANGO_SCALE));
    }
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

static void
set_grid (Page         *p,
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

/* A bordered cell over columns first..last of the grid, from the current row down @h. */
static void
cell (Page       *p,
      guint       first,
      guint       last,
      double      h,
      const char *text,
      Style       style)
{
  double x = p->edges[first];
  double w = p->edges[last + 1] - x;
  double size = p->font;

  if (style == STYLE_HEADER)
    {
      cairo_save (p->cr);
      cairo_set_source_rgb (p->cr, 0.906, 0.902, 0.902);
      cairo_rectangle (p->cr, x, p->y, w, h);
      cairo_fill (p->cr);
      cairo_restore (p->cr);
    }
  cairo_rectangle (p->cr, x, p->y, w, h);
  cairo_stroke (p->cr);

  switch (style)
    {
    case STYLE_LABEL:
    case STYLE_HEADER:
      text_at (p, text, x, p->y, w, h, size, TRUE, PANGO_ALIGN_CENTER, 0, TRUE);
      break;
    case STYLE_TOP:
      text_at (p, text, x, p->y, w, h, size, FALSE, PANGO_ALIGN_LEFT, -1, TRUE);
      break;
    case STYLE_SIGN:
      text_at (p, text, x, p->y, w, h, size, FALSE, PANGO_ALIGN_LEFT, 1, FALSE);
      break;
    case STYLE_RIGHT:
    case STYLE_TOTAL:
      text_at (p, text, x, p->y, w, h, size, style == STYLE_TOTAL, PANGO_ALIGN_RIGHT, 0, FALSE);
      break;
    case STYLE_VALUE:
    default:
      text_at (p, text, x, p->y, w, h, size, FALSE, PANGO_ALIGN_LEFT, 0, TRUE);
      break;
    }
}

static double
row_h (Page   *p,
       double  height)
{
  return height * p->scale * p->k;
}

static void
begin_page (Page    *p,
            cairo_t *cr,
            double   width_pt,
            double   height_pt)
{
  p->cr = cr;
  p->scale = MIN (width_pt / PD_A4_WIDTH_PT, height_pt / PD_A4_HEIGHT_PT);
  /* Wider left margin: forms are punched and filed. */
  p->x = 54 * p->scale;
  p->width = width_pt - p->x - 40 * p->scale;
  p->y = 40 * p->scale;
  p->k = 1.0;
  p->font = 10;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.75 * p->scale);
}

/* Rows shrink (never grow) so that @needed points of rows fit above the bottom margin; the
 * font follows a little. */
static void
fit_rows (Page   *p,
          double  height_pt,
          double  needed)
{
  double available = height_pt - 40 * p->scale - p->y;

  if (needed * p->scale > available && needed > 0)
    {
      p->k = available / (needed * p->scale);
      p->font = MAX (7.0, 10 * MIN (1.0, p->k + 0.1));
    }
}

static void
title_and_line (Page       *p,
                const char *title,
                const char *left,
                const char *right,
                gboolean    right_red)
{
  text_at (p, title, p->x, p->y, p->width, 40 * p->scale, 20, TRUE, PANGO_ALIGN_CENTER, 0, FALSE);
  p->y += 42 * p->scale;
  text_at (p, left, p->x - 3.5 * p->scale, p->y, p->width * 0.62, 22 * p->scale, 10, FALSE,
           PANGO_ALIGN_LEFT, 0, FALSE);
  cairo_save (p->cr);
  if (right_red)
    cairo_set_source_rgb (p->cr, 0.75, 0, 0);
  text_at (p, right, p->x + p->width * 0.5, p->y, p->width * 0.5 + 3.5 * p->scale,
           22 * p->scale, right_red ? 11 : 10, right_red, PANGO_ALIGN_RIGHT, 0, FALSE);
  cairo_restore (p->cr);
  p->y += 24 * p->scale;
}

/* ---- complaint handling report ---------------------------------------------------------- */

static void
row3 (Page       *p,
      double      height,
      const char *l1,
      const char *v1,
      const char *l2,
      const char *v2,
      const char *l3,
      const char *v3)
{
  double h = row_h (p, height);

  cell (p, 0, 0, h, l1, STYLE_LABEL);
  cell (p, 1, 1, h, v1, STYLE_VALUE);
  cell (p, 2, 2, h, l2, STYLE_LABEL);
  cell (p, 3, 3, h, v2, STYLE_VALUE);
  cell (p, 4, 4, h, l3, STYLE_LABEL);
  cell (p, 5, 5, h, v3, STYLE_VALUE);
  p->y += h;
}

static void
row_wide (Page       *p,
          double      height,
          const char *l1,
          const char *v1,
          const char *l2,
          const char *v2)
{
  double h = row_h (p, height);

  cell (p, 0, 0, h, l1, STYLE_LABEL);
  cell (p, 1, 3, h, v1, STYLE_VALUE);
  cell (p, 4, 4, h, l2, STYLE_LABEL);
  cell (p, 5, 5, h, v2, STYLE_VALUE);
  p->y += h;
}

static void
row_text (Page       *p,
          double      height,
          const char *label,
          const char *text)
{
  double h = row_h (p, height);

  cell (p, 0, 0, h, label, STYLE_LABEL);
  cell (p, 1, 5, h, text, STYLE_TOP);
  p->y += h;
}

static void
block_text (Page       *p,
            double      height,
            const char *text)
{
  double h = row_h (p, height);

  cell (p, 1, 5, h, text, STYLE_TOP);
  p->y += h;
}

static void
block_pair (Page       *p,
            double      height,
            const char *l1,
            const char *v1,
            Style       v1_style,
            const char *l2,
            const char *v2)
{
  double h = row_h (p, height);

  cell (p, 1, 1, h, l1, STYLE_LABEL);
  cell (p, 2, 3, h, v1, v1_style);
  cell (p, 4, 4, h, l2, STYLE_LABEL);
  cell (p, 5, 5, h, v2, STYLE_VALUE);
  p->y += h;
}

/* A label down the left of a block of rows already drawn from @top to the current row. */
static void
block_label (Page       *p,
             double      top,
             const char *label)
{
  double bottom = p->y;

  p->y = top;
  cell (p, 0, 0, bottom - top, label, STYLE_LABEL);
  p->y = bottom;
}

/* The row heights of the .xlsx export, in points, in the order drawn below. */
static const double report_rows[] = {
  30, 30, 30, 84, 30, 30, 36,   /* registration */
  30, 30, 30, 44,               /* dispatch, manager */
  72, 30, 30, 36, 28, 44, 28,   /* action, feedback, callback */
  36, 34, 28,                   /* sign-off, archive */
  6, 24,                        /* gap and department line */
};

void
pd_complaint_report_draw (cairo_t                     *cr,
                          double                       width_pt,
                          double                       height_pt,
                          const PdComplaintReportForm *f)
{
  PdComplaint *c;
  Page p = { 0 };
  g_autofree char *serial = NULL;
  g_autoptr(GString) left = g_string_new (NULL);
  const char *contact, *blank_date;
  double needed = 0, top;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (f != NULL && PD_IS_COMPLAINT (f->complaint));

  c = f->complaint;
  blank_date = C_("complaint form", "______ year ____ month ____ day");
  serial = g_strdup_printf (C_("complaint form", "No. %s"), pd_complaint_get_serial (c));
  if (f->estate[0] != '\0')
    g_string_append_printf (left, C_("complaint form", "Estate: %s"), f->estate);
  contact = pd_complaint_get_contact_serial (c);
  if (contact != NULL && *contact != '\0')
    {
      if (left->len > 0)
        g_string_append (left, "    ");
      g_string_append_printf (left, C_("complaint form", "Register entry: %s"), contact);
    }

  begin_page (&p, cr, width_pt, height_pt);
  title_and_line (&p, f->title, left->str, serial, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (report_rows); i++)
    needed += report_rows[i];
  fit_rows (&p, height_pt, needed);
  set_grid (&p, report_cols, G_N_ELEMENTS (report_cols));

  row3 (&p, 30, C_("complaint form", "Complainant"), pd_complaint_get_complainant (c),
        C_("complaint form", "Unit no."), f->unit_label,
        C_("complaint form", "Contact phone"), f->phone);
  row3 (&p, 30, C_("complaint form", "Time received"), f->received,
        C_("complaint form", "Category"), pd_complaint_get_category_name (c),
        C_("complaint form", "State"), pd_complaint_get_state_label (c));
  row_wide (&p, 30, C_("complaint form", "Channel"), f->channel_ticks,
            C_("complaint form", "Received by"), pd_complaint_get_recorder (c));
  row_text (&p, 84, C_("complaint form", "Complaint content"), pd_complaint_get_content (c));
  row_wide (&p, 30, C_("complaint form", "Four clear"), f->four_clear_ticks,
            C_("complaint form", "Reported to"), pd_complaint_get_decided_by (c));
  row_wide (&p, 30, C_("complaint form", "Valid or not"), f->validity_ticks,
            C_("complaint form", "Decided at"), f->decided);
  row_text (&p, 36, C_("complaint form", "Explanation to the occupant"),
            pd_complaint_get_validity_note (c));

  row3 (&p, 30, C_("complaint form", "Responsible department"),
        pd_complaint_get_department_name (c),
        C_("complaint form", "Person responsible"), pd_complaint_get_responsible (c),
        C_("complaint form", "Deadline"), f->deadline);
  row3 (&p, 30, C_("complaint form", "Dispatched by"), pd_complaint_get_dispatched_by (c),
        C_("complaint form", "Dispatched at"), f->dispatched,
        C_("complaint form", "Serious complaint"), f->serious_ticks);
  top = p.y;
  block_pair (&p, 30, C_("complaint form", "Person named"), pd_complaint_get_manager_person (c),
              STYLE_VALUE, C_("complaint form", "Manager"), pd_complaint_get_manager_by (c));
  block_text (&p, 44, pd_complaint_get_manager_measures (c));
  block_label (&p, top, C_("complaint form", "Manager's measures (serious)"));

  top = p.y;
  block_text (&p, 72, f->handling);
  block_pair (&p, 30, C_("complaint form", "Handled by"), pd_complaint_get_handled_by (c),
              STYLE_SIGN, C_("complaint form", "Completed at"), f->handled);
  block_pair (&p, 30, C_("complaint form", "Timeliness"), f->timeliness, STYLE_VALUE,
              C_("complaint form", "Deadline"), f->deadline);
  block_label (&p, top, C_("complaint form", "Action taken"));

  top = p.y;
  block_text (&p, 36, f->feedback);
  block_pair (&p, 28, C_("complaint form", "Feedback by"), pd_complaint_get_feedback_by (c),
              STYLE_VALUE, C_("complaint form", "Feedback time"), f->feedback_at);
  block_label (&p, top, C_("complaint form", "Feedback to the occupant"));

  top = p.y;
  block_text (&p, 44, f->callback_record);
  block_pair (&p, 28, C_("complaint form", "Called back by"), f->callback_by, STYLE_VALUE,
              C_("complaint form", "Callback time"), f->callback_at);
  block_label (&p, top, C_("complaint form", "Callback record"));

  top = p.y;
  block_text (&p, 36, NULL);
  block_pair (&p, 34, C_("complaint form", "Manager's signature"),
              pd_complaint_get_signed_off_by (c), STYLE_SIGN, C_("complaint form", "Date"),
              f->signed_off[0] ? f->signed_off : blank_date);
  block_label (&p, top, C_("complaint form", "Manager's sign-off"));
  row_wide (&p, 28, C_("complaint form", "Archived by"), pd_complaint_get_archived_by (c),
            C_("complaint form", "Archive date"), f->archived[0] ? f->archived : blank_date);

  p.y += row_h (&p, 6);
  text_at (&p, C_("complaint form", "Customer Service Department"), p.x, p.y, p.width,
           row_h (&p, 24), 10, FALSE, PANGO_ALIGN_RIGHT, 0, FALSE);
  cairo_restore (cr);
}

/* ---- weekly report ---------------------------------------------------------------------- */

static void
section (Page       *p,
         const char *caption)
{
  text_at (p, caption, p->x - 3.5 * p->scale, p->y, p->width, row_h (p, 26), 11, TRUE,
           PANGO_ALIGN_LEFT, 1, FALSE);
  p->y += row_h (p, 26);
}

static void
week_row (Page                     *p,
          const PdComplaintWeekRow *r,
          const char               *name,
          gboolean                  total)
{
  const gint64 values[] = { r->new_cases, r->invalid, r->closed, r->open, r->overdue,
                            r->serious };
  double h = row_h (p, 22);

  cell (p, 0, 0, h, name, total ? STYLE_LABEL : STYLE_VALUE);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, values[i]);
      cell (p, i + 1, i + 1, h, n, total ? STYLE_TOTAL : STYLE_RIGHT);
    }
  p->y += h;
}

void
pd_complaint_week_draw (cairo_t                    *cr,
                        double                      width_pt,
                        double                      height_pt,
                        const PdComplaintWeekStats *st)
{
  const char *headings[] = {
    C_("complaint stats", "Department"), C_("complaint stats", "New"),
    C_("complaint stats", "Not valid"), C_("complaint stats", "Closed"),
    C_("complaint stats", "Open"), C_("complaint stats", "Overdue"),
    C_("complaint stats", "Serious"),
  };
  const PdComplaintWeekRow *t;
  Page p = { 0 };
  g_autofree char *first = NULL, *last = NULL, *range = NULL, *left = NULL, *right = NULL;
  g_autofree char *as_of = NULL, *headline = NULL;
  double needed;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (st != NULL);

  t = &st->total;
  first = pd_repair_form_format_date (st->from);
  last = pd_repair_form_format_date (st->to - 1);
  range = g_strdup_printf (C_("complaint register", "%s to %s"), first, last);
  left = g_strdup_printf (C_("complaint stats", "Week: %s (%s)"), st->label, range);
  as_of = pd_repair_form_format_time (MIN (st->to, st->as_of));
  right = g_strdup_printf (C_("complaint stats", "As of %s"), as_of);
  headline = g_strdup_printf (C_("complaint stats", "New complaints %lld (not valid %lld), "
                                                    "closed %lld; open %lld, of which overdue "
                                                    "%lld; serious %lld."),
                              (long long) t->new_cases, (long long) t->invalid,
                              (long long) t->closed, (long long) t->open,
                              (long long) t->overdue, (long long) t->serious);

  begin_page (&p, cr, width_pt, height_pt);
  title_and_line (&p, C_("complaint stats", "Weekly Complaint Report"), left, right, FALSE);
  needed = 26 + 40 + 10 + 26 + 24 + 22 * (st->by_department->len + 1) + 10 + 26 + 220 + 50;
  fit_rows (&p, height_pt, needed);
  set_grid (&p, week_cols, G_N_ELEMENTS (week_cols));

  section (&p, C_("complaint stats", "1. The week"));
  cell (&p, 0, 6, row_h (&p, 40), headline, STYLE_VALUE);
  p.y += row_h (&p, 40) + row_h (&p, 10);

  section (&p, C_("complaint stats", "2. By department"));
  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    cell (&p, c, c, row_h (&p, 24), headings[c], STYLE_HEADER);
  p.y += row_h (&p, 24);
  for (guint i = 0; i < st->by_department->len; i++)
    {
      PdComplaintWeekRow *r = g_ptr_array_index (st->by_department, i);
      week_row (&p, r, r->name != NULL && *r->name != '\0'
                       ? r->name : C_("complaint stats", "Not assigned"), FALSE);
    }
  week_row (&p, t, C_("complaint stats", "Total"), TRUE);
  p.y += row_h (&p, 10);

  section (&p, C_("complaint stats", "3. Remarks: problems, follow-up, next week's plan"));
  cell (&p, 0, 6, row_h (&p, 220), NULL, STYLE_TOP);
  p.y += row_h (&p, 220);

  {
    const char *signs[] = { C_("complaint stats", "Prepared by: __________"),
                            C_("complaint stats", "Supervisor: __________"),
                            C_("complaint stats", "Date: ____________") };
    static const guint at[] = { 0, 2, 5 };

    for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
      text_at (&p, signs[i], p.edges[at[i]] - 3.5 * p.scale, p.y, p.edges[7] - p.edges[at[i]],
               row_h (&p, 50), 10.5, FALSE, PANGO_ALIGN_LEFT, 1, FALSE);
  }
  cairo_restore (cr);
}

/* ---- PDF -------------------------------------------------------------------------------- */

typedef void (*DrawFunc) (cairo_t *cr, double w, double h, gconstpointer form);

static void
draw_report_cb (cairo_t       *cr,
                double         w,
                double         h,
                gconstpointer  form)
{
  pd_complaint_report_draw (cr, w, h, form);
}

static void
draw_week_cb (cairo_t       *cr,
              double         w,
              double         h,
              gconstpointer  stats)
{
  pd_complaint_week_draw (cr, w, h, stats);
}

static gboolean
write_pdf (DrawFunc       draw,
           gconstpointer  form,
           const char    *title,
           const char    *path,
           GError       **error)
{
  g_autofree char *tmp_path = g_strconcat (path, ".part", NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

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

gboolean
pd_complaint_report_write_pdf (const PdComplaintReportForm  *form,
                               const char                   *path,
                               GError                      **error)
{
  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return write_pdf (draw_report_cb, form, form->title, path, error);
}

gboolean
pd_complaint_week_write_pdf (const PdComplaintWeekStats  *stats,
                             const char                  *path,
                             GError                     **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (stats != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  title = g_strdup_printf ("%s %s", C_("complaint stats", "Weekly Complaint Report"),
                           stats->label);
  return write_pdf (draw_week_cb, stats, title, path, error);
}
