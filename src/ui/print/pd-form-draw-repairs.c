// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-print"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-form-draw-common.h"
#include "pd-form-draw-repairs.h"
#include "pd-money.h"
#include "pd-quantity.h"
#include "pd-repair-store.h"

/* Column widths in the spreadsheet's units, so print and export look alike. */
static const double order_cols[] = { 13, 19, 13, 19, 11, 19 };
static const double settle_cols[] = { 6, 10, 22, 6, 8, 10, 11, 11, 12 };

/* ---- work order ------------------------------------------------------------------------- */

static void
draw_order_result (PdFormPage            *p,
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
  pd_form_cell (p, 1, 5, pd_form_row_h (p, 90), result->str, PD_FORM_TOP);
  p->y += pd_form_row_h (p, 90);
  pd_form_cell (p, 1, 1, pd_form_row_h (p, 34), C_("repair form", "Team leader's self-check"),
                PD_FORM_LABEL);
  pd_form_cell (p, 2, 3, pd_form_row_h (p, 34), NULL, PD_FORM_SIGN);
  pd_form_cell (p, 4, 4, pd_form_row_h (p, 34), C_("repair form", "Completion time"),
                PD_FORM_LABEL);
  pd_form_cell (p, 5, 5, pd_form_row_h (p, 34), completed[0] ? completed : blank_date,
                PD_FORM_VALUE);
  p->y += pd_form_row_h (p, 34);
  pd_form_block_label (p, top, C_("repair form", "Repair result"));

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
      double h = pd_form_row_h (p, 38);
      const char *date = i == 1 && customer_check && completed_date[0] ? completed_date
                                                                        : blank_date;

      pd_form_cell (p, 1, 1, h, checks[i], PD_FORM_LABEL);
      pd_form_cell (p, 2, 3, h, i == 1 ? customer_check : NULL, PD_FORM_SIGN);
      pd_form_cell (p, 4, 4, h, C_("repair form", "Date"), PD_FORM_LABEL);
      pd_form_cell (p, 5, 5, h, date, PD_FORM_VALUE);
      p->y += h;
    }
  pd_form_block_label (p, top, C_("repair form", "Acceptance"));
}

static void
draw_order_charges (PdFormPage            *p,
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

  p->y += pd_form_row_h (p, 10);
  pd_form_cell (p, 0, 5, pd_form_row_h (p, 26), C_("repair form", "Paid service charges"),
                PD_FORM_HEADER);
  p->y += pd_form_row_h (p, 26);
  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    pd_form_cell (p, c, c, pd_form_row_h (p, 24), headings[c], PD_FORM_HEADER);
  p->y += pd_form_row_h (p, 24);

  for (guint i = 0; i < lines; i++)
    {
      PdRepairCharge *ch = i < f->charges->len ? g_ptr_array_index (f->charges, i) : NULL;
      g_autofree char *no = ch ? g_strdup_printf ("%d", ch->line_no) : NULL;
      g_autofree char *qty = ch ? pd_quantity_format (ch->quantity_milli) : NULL;
      g_autofree char *price = ch ? pd_money_format_grouped (ch->unit_price_fen) : NULL;
      g_autofree char *amount = ch ? pd_money_format_grouped (ch->amount_fen) : NULL;
      g_autofree char *item = NULL;
      double h = pd_form_row_h (p, 22);

      if (ch != NULL)
        item = ch->manual && (ch->approved_by == NULL || *ch->approved_by == '\0')
               ? g_strdup_printf (C_("repair form", "%s (price awaits approval)"), ch->item)
               : g_strdup (ch->item);
      pd_form_cell (p, 0, 0, h, no, PD_FORM_CENTER);
      pd_form_cell (p, 1, 1, h, item, PD_FORM_VALUE);
      pd_form_cell (p, 2, 2, h, ch ? ch->unit : NULL, PD_FORM_CENTER);
      pd_form_cell (p, 3, 3, h, qty, PD_FORM_CENTER);
      pd_form_cell (p, 4, 4, h, price, PD_FORM_RIGHT);
      pd_form_cell (p, 5, 5, h, amount, PD_FORM_RIGHT);
      p->y += h;
    }

  pd_form_cell (p, 0, 0, pd_form_row_h (p, 26), C_("repair form", "Total (in capitals)"),
                PD_FORM_LABEL);
  pd_form_cell (p, 1, 4, pd_form_row_h (p, 26), f->total_capitals, PD_FORM_VALUE);
  pd_form_cell (p, 5, 5, pd_form_row_h (p, 26), total, PD_FORM_RIGHT);
  p->y += pd_form_row_h (p, 26);

  if (pd_repair_get_quote_accepted_at (r) > 0)
    {
      g_autofree char *at = pd_repair_form_format_time (pd_repair_get_quote_accepted_at (r));
      const char *by = pd_repair_get_quote_accepted_by (r);
      quote = g_strdup_printf ("%s  %s", by ? by : "", at);
    }
  pd_form_cell (p, 0, 0, pd_form_row_h (p, 28), C_("repair form", "Quote accepted by"),
                PD_FORM_LABEL);
  pd_form_cell (p, 1, 5, pd_form_row_h (p, 28), quote, PD_FORM_SIGN);
  p->y += pd_form_row_h (p, 28);
}

void
pd_work_order_draw (cairo_t               *cr,
                    double                 width_pt,
                    double                 height_pt,
                    const PdWorkOrderForm *f)
{
  PdRepair *r;
  PdFormPage p = { 0 };
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

  pd_form_page_begin (&p, cr, width_pt, height_pt);
  pd_form_title (&p, f->title, ticks, NULL, serial, 0.45, TRUE);

  /* Row heights in points, as in the spreadsheet: the fixed part and the charge table. */
  needed = 32 * 4 + 96 + 38 * 2 + 90 + 34 + 38 * 3 + 30;
  if (charges)
    needed += 10 + 26 + 24 + 22 * MAX (f->charges->len, PD_WORK_ORDER_MIN_CHARGE_LINES) + 26 + 28;
  pd_form_fit_rows (&p, needed);
  pd_form_set_grid (&p, order_cols, G_N_ELEMENTS (order_cols));

  pd_form_row3 (&p, 32, C_("repair form", "Estate"), f->estate,
                C_("repair form", "Unit no."), f->unit_label,
                C_("repair form", "Urgency"), pd_repair_get_urgency_label (r));
  pd_form_row3 (&p, 32, C_("repair form", "Customer"), f->customer,
                C_("repair form", "Contact phone"), f->phone,
                C_("repair form", "Reported by"), pd_repair_get_reporter (r));
  pd_form_cell (&p, 0, 0, pd_form_row_h (&p, 96), C_("repair form", "Repair content"),
                PD_FORM_LABEL);
  pd_form_cell (&p, 1, 5, pd_form_row_h (&p, 96), content, PD_FORM_TOP);
  p.y += pd_form_row_h (&p, 96);
  pd_form_row3 (&p, 32, C_("repair form", "Time filled"), reported,
                C_("repair form", "Handled by"), pd_repair_get_clerk (r),
                C_("repair form", "Issued by"), pd_repair_get_dispatcher (r));
  pd_form_row3 (&p, 32, C_("repair form", "Channel"), pd_repair_get_channel_label (r),
                C_("repair form", "Appointment"), appointment,
                C_("repair form", "Dispatched"), dispatched);
  pd_form_row_wide (&p, 38, C_("repair form", "Repair team (signature)"), team,
                    C_("repair form", "Time accepted"), accepted);
  pd_form_row_wide (&p, 38, C_("repair form", "Information source"), source_ticks,
                    C_("repair form", "Time received"), reported);
  draw_order_result (&p, f);
  if (charges)
    draw_order_charges (&p, f);

  pd_form_footer (&p, C_("repair form", "Customer Service Department"));
  pd_form_page_end (&p);
}

/* ---- settlement sheet ------------------------------------------------------------------- */

static void
draw_settlement_lines (PdFormPage             *p,
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
    pd_form_cell (p, c, c, pd_form_row_h (p, 30), headings[c], PD_FORM_HEADER);
  p->y += pd_form_row_h (p, 30);

  for (guint i = 0; i < lines; i++)
    {
      PdSettlementLine *line = i < s->lines->len ? g_ptr_array_index (s->lines, i) : NULL;
      g_autofree char *no = g_strdup_printf ("%u", i + 1);
      g_autofree char *qty = line ? pd_quantity_format (line->quantity_milli) : NULL;
      g_autofree char *price = line ? pd_money_format_grouped (line->unit_price_fen) : NULL;
      g_autofree char *tb = line ? pd_money_format_grouped (line->total_before_fen) : NULL;
      g_autofree char *ta = line ? pd_money_format_grouped (line->approved_total_fen) : NULL;
      double h = pd_form_row_h (p, 24);

      pd_form_cell (p, 0, 0, h, no, PD_FORM_CENTER);
      pd_form_cell (p, 1, 1, h, line ? line->quota_code : NULL, PD_FORM_CENTER);
      pd_form_cell (p, 2, 2, h, line ? line->item : NULL, PD_FORM_VALUE);
      pd_form_cell (p, 3, 3, h, line ? line->unit : NULL, PD_FORM_CENTER);
      pd_form_cell (p, 4, 4, h, qty, PD_FORM_CENTER);
      pd_form_cell (p, 5, 5, h, price, PD_FORM_RIGHT);
      pd_form_cell (p, 6, 6, h, tb, PD_FORM_RIGHT);
      pd_form_cell (p, 7, 7, h, ta, PD_FORM_RIGHT);
      pd_form_cell (p, 8, 8, h, line ? line->remarks : NULL, PD_FORM_VALUE);
      p->y += h;
    }

  pd_form_cell (p, 0, 5, pd_form_row_h (p, 26), C_("repair form", "Total incl. tax"),
                PD_FORM_LABEL);
  pd_form_cell (p, 6, 6, pd_form_row_h (p, 26), before, PD_FORM_RIGHT);
  pd_form_cell (p, 7, 7, pd_form_row_h (p, 26), approved, PD_FORM_RIGHT);
  pd_form_cell (p, 8, 8, pd_form_row_h (p, 26), NULL, PD_FORM_VALUE);
  p->y += pd_form_row_h (p, 26);

  pd_form_cell (p, 0, 2, pd_form_row_h (p, 30),
                C_("repair form", "Approved total price (in capitals)"), PD_FORM_LABEL);
  pd_form_cell (p, 3, 8, pd_form_row_h (p, 30), f->approved_capitals, PD_FORM_VALUE);
  p->y += pd_form_row_h (p, 30);

  pd_form_cell (p, 0, 2, pd_form_row_h (p, 28), C_("repair form", "Approval level"), PD_FORM_LABEL);
  pd_form_cell (p, 3, 5, pd_form_row_h (p, 28), pd_approval_level_to_label (s->level),
                PD_FORM_VALUE);
  pd_form_cell (p, 6, 6, pd_form_row_h (p, 28), C_("repair form", "Approval"), PD_FORM_LABEL);
  pd_form_cell (p, 7, 8, pd_form_row_h (p, 28), f->decision, PD_FORM_VALUE);
  p->y += pd_form_row_h (p, 28);
}

void
pd_settlement_draw (cairo_t                *cr,
                    double                  width_pt,
                    double                  height_pt,
                    const PdSettlementForm *f)
{
  const PdSettlement *s;
  PdFormPage p = { 0 };
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

  pd_form_page_begin (&p, cr, width_pt, height_pt);
  pd_form_title (&p, f->title, order, s->settle_date, pd_settlement_state_to_label (s->state),
                 0.45, FALSE);
  needed = 30 + 30 + 24 * MAX (s->lines->len, PD_SETTLEMENT_FORM_MIN_LINES) + 26 + 30 + 28
           + 14 + 36 + 26;
  pd_form_fit_rows (&p, needed);
  pd_form_set_grid (&p, settle_cols, G_N_ELEMENTS (settle_cols));

  h = pd_form_row_h (&p, 30);
  pd_form_cell (&p, 0, 1, h, C_("repair form", "Customer"), PD_FORM_LABEL);
  pd_form_cell (&p, 2, 2, h, f->customer, PD_FORM_VALUE);
  pd_form_cell (&p, 3, 4, h, C_("repair form", "Estate"), PD_FORM_LABEL);
  pd_form_cell (&p, 5, 6, h, f->estate, PD_FORM_VALUE);
  pd_form_cell (&p, 7, 7, h, C_("repair form", "Unit no."), PD_FORM_LABEL);
  pd_form_cell (&p, 8, 8, h, f->unit_label, PD_FORM_VALUE);
  p.y += h;

  draw_settlement_lines (&p, f);

  p.y += pd_form_row_h (&p, 14);
  for (guint i = 0; i < G_N_ELEMENTS (who); i++)
    {
      double x = p.edges[who[i].first];
      double w = p.edges[who[i].last + 1] - p.edges[who[i].first];
      /* TRANSLATORS: a signature on a form: who signs, then the name or a blank line */
      g_autofree char *text = g_strdup_printf (C_("repair form", "%s: %s"), who[i].label,
                                               who[i].name && *who[i].name ? who[i].name
                                                                           : "____________");

      pd_form_signature (&p, text, x, p.y, w, pd_form_row_h (&p, 36));
      pd_form_signature (&p, C_("repair form", "Date: ______ / ____ / ____"), x,
                         p.y + pd_form_row_h (&p, 36), w, pd_form_row_h (&p, 26));
    }
  pd_form_page_end (&p);
}

/* ---- PDF -------------------------------------------------------------------------------- */

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

gboolean
pd_work_order_write_pdf (const PdWorkOrderForm  *form,
                         const char             *path,
                         GError                **error)
{
  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return pd_form_write_pdf (draw_order_cb, form, form->title, path, error);
}

gboolean
pd_settlement_write_pdf (const PdSettlementForm  *form,
                         const char              *path,
                         GError                 **error)
{
  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return pd_form_write_pdf (draw_settlement_cb, form, form->title, path, error);
}
