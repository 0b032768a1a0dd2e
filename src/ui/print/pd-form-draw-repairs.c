// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-print"

#include "config.h"

#include <errno.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "pd-form-draw-repairs.h"
#include "pd-money.h"
#include "pd-quantity.h"
#include "pd-repair-store.h"

/* The CJK face the office machines have first, then whatever sans fontconfig offers. */
#define FONT_FAMILY "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Sans"

/* Column widths in the spreadsheet's units, so print and export look alike. */
static const double order_cols[] = { 13, 19, 13, 19, 11, 19 };
static const double settle_cols[] = { 6, 10, 22, 6, 8, 10, 11, 11, 12 };

typedef enum
{
  STYLE_LABEL,   /* bold, centred: the printed labels */
  STYLE_VALUE,   /* left, middle, wrapped */
  STYLE_TOP,     /* left, top, wrapped: long texts */
  STYLE_SIGN,    /* left, bottom: written over a signature */
  STYLE_CENTER,
  STYLE_RIGHT,   /* amounts */
  STYLE_HEADER,  /* bold, centred, grey: column headings */
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
text_at (Page       *p,
         const char *text,
         double      x,
         double      y,
         double      w,
         double      h,
         double      size,
         gboolean    bold,
         PangoAlignment align,
         int         valign,  /* -1 top, 0 middle, 1 bottom */
         gboolean    wrap)
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
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  else
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

/* A bordered cell over columns first..last of the grid, at the current row. */
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
    case STYLE_CENTER:
      text_at (p, text, x, p->y, w, h, size, FALSE, PANGO_ALIGN_CENTER, 0, FALSE);
      break;
    case STYLE_RIGHT:
      text_at (p, text, x, p->y, w, h, size, FALSE, PANGO_ALIGN_RIGHT, 0, FALSE);
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

/* Rows shrink (never grow) so that @needed points of rows fit between here and the bottom
 * margin; the font follows a little. */
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
title_and_serial (Page       *p,
                  const char *title,
                  const char *left,
                  const char *center,
                  const char *right,
                  gboolean    right_red)
{
  text_at (p, title, p->x, p->y, p->width, 40 * p->scale, 20, TRUE, PANGO_ALIGN_CENTER, 0, FALSE);
  p->y += 42 * p->scale;
  text_at (p, left, p->x - 3.5 * p->scale, p->y, p->width * 0.62, 22 * p->scale, 10, FALSE,
           PANGO_ALIGN_LEFT, 0, FALSE);
  if (center != NULL)
    text_at (p, center, p->x + p->width / 3, p->y, p->width / 3, 22 * p->scale, 10, FALSE,
             PANGO_ALIGN_CENTER, 0, FALSE);
  cairo_save (p->cr);
  if (right_red)
    cairo_set_source_rgb (p->cr, 0.75, 0, 0);
  text_at (p, right, p->x + p->width * 0.55, p->y, p->width * 0.45 + 3.5 * p->scale,
           22 * p->scale, right_red ? 11 : 10, right_red, PANGO_ALIGN_RIGHT, 0, FALSE);
  cairo_restore (p->cr);
  p->y += 24 * p->scale;
}

/* ---- work order ------------------------------------------------------------------------- */

static void
order_row3 (Page       *p,
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
order_row_wide (Page       *p,
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

static void
draw_order_result (Page                  *p,
                   const PdWorkOrderForm *f)
{
  PdRepair *r = f->repair;
  g_autoptr(GString) result = g_string_new (NULL);
  g_autofree char *arrived = pd_repair_form_format_time (pd_repair_get_arrived_at (r));
  g_autofree char *completed = pd_repair_form_format_time (pd_repair_get_completed_at (r));
  g_autofree char *completed_date = pd_repair_form_format_date (pd_repair_get_completed_at (r));
  g_autofree char *customer_check = NULL;
  const char *blank_date = C_("repair form", "______ year ____ month ____ day");
  const char *parts[][2] = {
    { C_("repair form", "Work done: "), pd_repair_get_work_done (r) },
    { C_("repair form", "Materials: "), pd_repair_get_materials (r) },
    { C_("repair form", "Result: "), pd_repair_get_result (r) },
  };
  const char *checks[] = { C_("repair form", "Customer service check"),
                           C_("repair form", "Customer check"),
                           C_("repair form", "Property office check") };
  double top;

  if (arrived[0])
    g_string_append_printf (result, C_("repair form", "Arrived on site: %s"), arrived);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i][1] != NULL && *parts[i][1] != '\0')
      g_string_append_printf (result, "%s%s%s", result->len ? "\n" : "", parts[i][0],
                              parts[i][1]);

  top = p->y;
  cell (p, 1, 5, row_h (p, 90), result->str, STYLE_TOP);
  p->y += row_h (p, 90);
  cell (p, 1, 1, row_h (p, 34), C_("repair form", "Team leader's self-check"), STYLE_LABEL);
  cell (p, 2, 3, row_h (p, 34), NULL, STYLE_SIGN);
  cell (p, 4, 4, row_h (p, 34), C_("repair form", "Completion time"), STYLE_LABEL);
  cell (p, 5, 5, row_h (p, 34), completed[0] ? completed : blank_date, STYLE_VALUE);
  p->y += row_h (p, 34);
  block_label (p, top, C_("repair form", "Repair result"));

  if (pd_repair_get_occupant_confirmed (r))
    {
      int q = pd_repair_get_rating_quality (r), a = pd_repair_get_rating_attitude (r);

      customer_check = q > 0 || a > 0
                       ? g_strdup_printf (C_("repair form", "Confirmed; quality %d/5, "
                                                            "attitude %d/5"), q, a)
                       : g_strdup (C_("repair form", "Confirmed"));
    }

  top = p->y;
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      double h = row_h (p, 38);
      const char *date = i == 1 && customer_check && completed_date[0] ? completed_date
                                                                        : blank_date;

      cell (p, 1, 1, h, checks[i], STYLE_LABEL);
      cell (p, 2, 3, h, i == 1 ? customer_check : NULL, STYLE_SIGN);
      cell (p, 4, 4, h, C_("repair form", "Date"), STYLE_LABEL);
      cell (p, 5, 5, h, date, STYLE_VALUE);
      p->y += h;
    }
  block_label (p, top, C_("repair form", "Acceptance"));
}

static void
draw_order_charges (Page                  *p,
                    const PdWorkOrderForm *f)
{
  PdRepair *r = f->repair;
  guint lines = MAX (f->charges->len, PD_WORK_ORDER_MIN_CHARGE_LINES);
  const char *headings[] = { C_("repair form", "No."), C_("repair form", "Charge item"),
                             C_("repair form", "Unit of measure"), C_("repair form", "Quantity"),
                             C_("repair form", "Unit price (yuan)"),
                             C_("repair form", "Amount (yuan)") };
  g_autofree char *total = pd_money_format_grouped (f->total_fen);
  g_autofree char *quote = NULL;

  p->y += row_h (p, 10);
  cell (p, 0, 5, row_h (p, 26), C_("repair form", "Paid service charges"), STYLE_HEADER);
  p->y += row_h (p, 26);
  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    cell (p, c, c, row_h (p, 24), headings[c], STYLE_HEADER);
  p->y += row_h (p, 24);

  for (guint i = 0; i < lines; i++)
    {
      PdRepairCharge *ch = i < f->charges->len ? g_ptr_array_index (f->charges, i) : NULL;
      g_autofree char *no = ch ? g_strdup_printf ("%d", ch->line_no) : NULL;
      g_autofree char *qty = ch ? pd_quantity_format (ch->quantity_milli) : NULL;
      g_autofree char *price = ch ? pd_money_format_grouped (ch->unit_price_fen) : NULL;
      g_autofree char *amount = ch ? pd_money_format_grouped (ch->amount_fen) : NULL;
      g_autofree char *item = NULL;
      double h = row_h (p, 22);

      if (ch != NULL)
        item = ch->manual && (ch->approved_by == NULL || *ch->approved_by == '\0')
               ? g_strdup_printf (C_("repair form", "%s (price awaits approval)"), ch->item)
               : g_strdup (ch->item);
      cell (p, 0, 0, h, no, STYLE_CENTER);
      cell (p, 1, 1, h, item, STYLE_VALUE);
      cell (p, 2, 2, h, ch ? ch->unit : NULL, STYLE_CENTER);
      cell (p, 3, 3, h, qty, STYLE_CENTER);
      cell (p, 4, 4, h, price, STYLE_RIGHT);
      cell (p, 5, 5, h, amount, STYLE_RIGHT);
      p->y += h;
    }

  cell (p, 0, 0, row_h (p, 26), C_("repair form", "Total (in capitals)"), STYLE_LABEL);
  cell (p, 1, 4, row_h (p, 26), f->total_capitals, STYLE_VALUE);
  cell (p, 5, 5, row_h (p, 26), total, STYLE_RIGHT);
  p->y += row_h (p, 26);

  if (pd_repair_get_quote_accepted_at (r) > 0)
    {
      g_autofree char *at = pd_repair_form_format_time (pd_repair_get_quote_accepted_at (r));
      const char *by = pd_repair_get_quote_accepted_by (r);
      quote = g_strdup_printf ("%s  %s", by ? by : "", at);
    }
  cell (p, 0, 0, row_h (p, 28), C_("repair form", "Quote accepted by"), STYLE_LABEL);
  cell (p, 1, 5, row_h (p, 28), quote, STYLE_SIGN);
  p->y += row_h (p, 28);
}

void
pd_work_order_draw (cairo_t               *cr,
                    double                 width_pt,
                    double                 height_pt,
                    const PdWorkOrderForm *f)
{
  PdRepair *r;
  Page p = { 0 };
  const char *classes[] = { C_("repair form", "Class A (warranty)"),
                            C_("repair form", "Class B (company pays)"),
                            C_("repair form", "Paid"), NULL };
  const char *sources[] = { C_("repair form", "Property office"), C_("repair form", "Customer"),
                            C_("repair form", "Business dept."), NULL };
  static const int source_box[] = { 1, 0, 2 };
  g_autofree char *ticks = NULL;
  g_autofree char *serial = NULL;
  g_autofree char *source_ticks = NULL;
  g_autofree char *reported = NULL, *appointment = NULL, *accepted = NULL, *dispatched = NULL;
  g_autofree char *team = NULL;
  g_autofree char *content = NULL;
  const char *department, *assignee;
  gboolean charges;
  int source;
  double needed;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (f != NULL && PD_IS_REPAIR (f->repair));

  r = f->repair;
  charges = pd_repair_get_repair_class (r) == PD_ORDER_CLASS_PAID || f->charges->len > 0;
  ticks = pd_repair_form_tick_boxes (classes, (int) pd_repair_get_repair_class (r));
  serial = g_strdup_printf (C_("repair form", "No. %s"), pd_repair_get_serial (r));
  source = (int) pd_repair_get_source (r);
  source_ticks = pd_repair_form_tick_boxes (sources, source >= 0 && source < 3
                                                     ? source_box[source] : -1);
  reported = pd_repair_form_format_time (pd_repair_get_reported_at (r));
  appointment = pd_repair_form_format_time (pd_repair_get_appointment_at (r));
  accepted = pd_repair_form_format_time (pd_repair_get_accepted_at (r));
  dispatched = pd_repair_form_format_time (pd_repair_get_dispatched_at (r));
  department = pd_repair_get_department_name (r) ? pd_repair_get_department_name (r) : "";
  assignee = pd_repair_get_assignee_name (r) ? pd_repair_get_assignee_name (r) : "";
  team = g_strdup_printf ("%s%s%s", department, *department && *assignee ? " / " : "", assignee);
  content = g_strdup_printf ("【%s】%s", pd_repair_get_category_name (r)
                                         ? pd_repair_get_category_name (r) : "",
                             pd_repair_get_description (r) ? pd_repair_get_description (r) : "");

  begin_page (&p, cr, width_pt, height_pt);
  title_and_serial (&p, f->title, ticks, NULL, serial, TRUE);

  /* Row heights in points, as in the spreadsheet: the fixed part and the charge table. */
  needed = 32 * 4 + 96 + 38 * 2 + 90 + 34 + 38 * 3 + 30;
  if (charges)
    needed += 10 + 26 + 24 + 22 * MAX (f->charges->len, PD_WORK_ORDER_MIN_CHARGE_LINES) + 26 + 28;
  fit_rows (&p, height_pt, needed);
  set_grid (&p, order_cols, G_N_ELEMENTS (order_cols));

  order_row3 (&p, 32, C_("repair form", "Estate"), f->estate,
              C_("repair form", "Unit no."), f->unit_label,
              C_("repair form", "Urgency"), pd_repair_get_urgency_label (r));
  order_row3 (&p, 32, C_("repair form", "Customer"), f->customer,
              C_("repair form", "Contact phone"), f->phone,
              C_("repair form", "Reported by"), pd_repair_get_reporter (r));
  cell (&p, 0, 0, row_h (&p, 96), C_("repair form", "Repair content"), STYLE_LABEL);
  cell (&p, 1, 5, row_h (&p, 96), content, STYLE_TOP);
  p.y += row_h (&p, 96);
  order_row3 (&p, 32, C_("repair form", "Time filled"), reported,
              C_("repair form", "Handled by"), pd_repair_get_clerk (r),
              C_("repair form", "Issued by"), pd_repair_get_dispatcher (r));
  order_row3 (&p, 32, C_("repair form", "Channel"), pd_repair_get_channel_label (r),
              C_("repair form", "Appointment"), appointment,
              C_("repair form", "Dispatched"), dispatched);
  order_row_wide (&p, 38, C_("repair form", "Repair team (signature)"), team,
                  C_("repair form", "Time accepted"), accepted);
  order_row_wide (&p, 38, C_("repair form", "Information source"), source_ticks,
                  C_("repair form", "Time received"), reported);
  draw_order_result (&p, f);
  if (charges)
    draw_order_charges (&p, f);

  p.y += row_h (&p, 6);
  text_at (&p, C_("repair form", "Customer Service Department"), p.x, p.y, p.width,
           row_h (&p, 24), 10, FALSE, PANGO_ALIGN_RIGHT, 0, FALSE);
  cairo_restore (cr);
}

/* ---- settlement sheet ------------------------------------------------------------------- */

static void
draw_settlement_lines (Page                   *p,
                       const PdSettlementForm *f)
{
  const PdSettlement *s = f->settlement;
  guint lines = MAX (s->lines->len, PD_SETTLEMENT_FORM_MIN_LINES);
  const char *headings[] = {
    C_("repair form", "No."), C_("repair form", "Quota code"),
    C_("repair form", "Work item"), C_("repair form", "Unit of measure"),
    C_("repair form", "Quantity"), C_("repair form", "Approved unit price"),
    C_("repair form", "Total before audit"), C_("repair form", "Approved total"),
    C_("repair form", "Remarks"),
  };
  g_autofree char *before = pd_money_format_grouped (pd_settlement_total_before (s));
  g_autofree char *approved = pd_money_format_grouped (s->tax_inclusive_fen);

  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    cell (p, c, c, row_h (p, 30), headings[c], STYLE_HEADER);
  p->y += row_h (p, 30);

  for (guint i = 0; i < lines; i++)
    {
      PdSettlementLine *line = i < s->lines->len ? g_ptr_array_index (s->lines, i) : NULL;
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      g_autofree char *qty = line ? pd_quantity_format (line->quantity_milli) : NULL;
      g_autofree char *price = line ? pd_money_format_grouped (line->unit_price_fen) : NULL;
      g_autofree char *tb = line ? pd_money_format_grouped (line->total_before_fen) : NULL;
      g_autofree char *ta = line ? pd_money_format_grouped (line->approved_total_fen) : NULL;
      double h = row_h (p, 24);

      cell (p, 0, 0, h, no, STYLE_CENTER);
      cell (p, 1, 1, h, line ? line->quota_code : NULL, STYLE_CENTER);
      cell (p, 2, 2, h, line ? line->item : NULL, STYLE_VALUE);
      cell (p, 3, 3, h, line ? line->unit : NULL, STYLE_CENTER);
      cell (p, 4, 4, h, qty, STYLE_CENTER);
      cell (p, 5, 5, h, price, STYLE_RIGHT);
      cell (p, 6, 6, h, tb, STYLE_RIGHT);
      cell (p, 7, 7, h, ta, STYLE_RIGHT);
      cell (p, 8, 8, h, line ? line->remarks : NULL, STYLE_VALUE);
      p->y += h;
    }

  cell (p, 0, 5, row_h (p, 26), C_("repair form", "Total incl. tax"), STYLE_LABEL);
  cell (p, 6, 6, row_h (p, 26), before, STYLE_RIGHT);
  cell (p, 7, 7, row_h (p, 26), approved, STYLE_RIGHT);
  cell (p, 8, 8, row_h (p, 26), NULL, STYLE_VALUE);
  p->y += row_h (p, 26);

  cell (p, 0, 2, row_h (p, 30), C_("repair form", "Approved total price (in capitals)"),
        STYLE_LABEL);
  cell (p, 3, 8, row_h (p, 30), f->approved_capitals, STYLE_VALUE);
  p->y += row_h (p, 30);

  cell (p, 0, 2, row_h (p, 28), C_("repair form", "Approval level"), STYLE_LABEL);
  cell (p, 3, 5, row_h (p, 28), pd_approval_level_to_label (s->level), STYLE_VALUE);
  cell (p, 6, 6, row_h (p, 28), C_("repair form", "Approval"), STYLE_LABEL);
  cell (p, 7, 8, row_h (p, 28), f->decision, STYLE_VALUE);
  p->y += row_h (p, 28);
}

void
pd_settlement_draw (cairo_t                *cr,
                    double                  width_pt,
                    double                  height_pt,
                    const PdSettlementForm *f)
{
  const PdSettlement *s;
  Page p = { 0 };
  g_autofree char *order = NULL;
  double needed, h;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (f != NULL && f->settlement != NULL && PD_IS_REPAIR (f->repair));

  s = f->settlement;
  const struct { const char *label; const char *name; guint first, last; } who[] = {
    { C_("repair form", "Supervisor"), s->supervisor, 0, 2 },
    { C_("repair form", "Handled by"), s->handler, 3, 5 },
    { C_("repair form", "Auditing department (seal)"), s->auditor, 6, 8 },
  };
  order = g_strdup_printf (C_("repair form", "Work order %s"), pd_repair_get_serial (f->repair));

  begin_page (&p, cr, width_pt, height_pt);
  title_and_serial (&p, f->title, order, s->settle_date, pd_settlement_state_to_label (s->state),
                    FALSE);
  needed = 30 + 30 + 24 * MAX (s->lines->len, PD_SETTLEMENT_FORM_MIN_LINES) + 26 + 30 + 28
           + 14 + 36 + 26;
  fit_rows (&p, height_pt, needed);
  set_grid (&p, settle_cols, G_N_ELEMENTS (settle_cols));

  h = row_h (&p, 30);
  cell (&p, 0, 1, h, C_("repair form", "Customer"), STYLE_LABEL);
  cell (&p, 2, 2, h, f->customer, STYLE_VALUE);
  cell (&p, 3, 4, h, C_("repair form", "Estate"), STYLE_LABEL);
  cell (&p, 5, 6, h, f->estate, STYLE_VALUE);
  cell (&p, 7, 7, h, C_("repair form", "Unit no."), STYLE_LABEL);
  cell (&p, 8, 8, h, f->unit_label, STYLE_VALUE);
  p.y += h;

  draw_settlement_lines (&p, f);

  p.y += row_h (&p, 14);
  for (guint i = 0; i < G_N_ELEMENTS (who); i++)
    {
      double x = p.edges[who[i].first] - 3.5 * p.scale;
      double w = p.edges[who[i].last + 1] - p.edges[who[i].first];
      /* TRANSLATORS: a signature on a form: who signs, then the name or a blank line */
      g_autofree char *text = g_strdup_printf (C_("repair form", "%s: %s"), who[i].label,
                                               who[i].name && *who[i].name ? who[i].name
                                                                           : "____________");

      text_at (&p, text, x, p.y, w, row_h (&p, 36), 10.5, FALSE, PANGO_ALIGN_LEFT, 1, FALSE);
      text_at (&p, C_("repair form", "Date: ______ / ____ / ____"), x, p.y + row_h (&p, 36), w,
               row_h (&p, 26), 10.5, FALSE, PANGO_ALIGN_LEFT, 1, FALSE);
    }
  cairo_restore (cr);
}

/* ---- PDF -------------------------------------------------------------------------------- */

typedef void (*DrawFunc) (cairo_t *cr, double w, double h, gconstpointer form);

static void
draw_order_cb (cairo_t       *cr,
               double         w,
               double         h,
               gconstpointer  form)
{
  pd_work_order_draw (cr, w, h, form);
}

static void
draw_settlement_cb (cairo_t       *cr,
                    double         w,
                    double         h,
                    gconstpointer  form)
{
  pd_settlement_draw (cr, w, h, form);
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
pd_work_order_write_pdf (const PdWorkOrderForm  *form,
                         const char             *path,
                         GError                **error)
{
  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return write_pdf (draw_order_cb, form, form->title, path, error);
}

gboolean
pd_settlement_write_pdf (const PdSettlementForm  *form,
                         const char              *path,
                         GError                 **error)
{
  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return write_pdf (draw_settlement_cb, form, form->title, path, error);
}
