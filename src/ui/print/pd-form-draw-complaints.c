// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-print"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-complaint-store.h"
#include "pd-form-draw-common.h"
#include "pd-form-draw-complaints.h"
#include "pd-work-order-export.h"

/* Column widths in the spreadsheet's units, so print and export look alike. */
static const double report_cols[] = { 13, 19, 13, 19, 11, 19 };
static const double week_cols[] = { 16, 15, 10, 14, 11, 15, 13 };

/* ---- complaint handling report ---------------------------------------------------------- */

static void
row_text (PdFormPage *p,
          double      height,
          const char *label,
          const char *text)
{
  double h = pd_form_row_h (p, height);

  pd_form_cell (p, 0, 0, h, label, PD_FORM_LABEL);
  pd_form_cell (p, 1, 5, h, text, PD_FORM_TOP);
  p->y += h;
}

static void
block_text (PdFormPage *p,
            double      height,
            const char *text)
{
  double h = pd_form_row_h (p, height);

  pd_form_cell (p, 1, 5, h, text, PD_FORM_TOP);
  p->y += h;
}

static void
block_pair (PdFormPage  *p,
            double       height,
            const char  *l1,
            const char  *v1,
            PdFormStyle  v1_style,
            const char  *l2,
            const char  *v2)
{
  double h = pd_form_row_h (p, height);

  pd_form_cell (p, 1, 1, h, l1, PD_FORM_LABEL);
  pd_form_cell (p, 2, 3, h, v1, v1_style);
  pd_form_cell (p, 4, 4, h, l2, PD_FORM_LABEL);
  pd_form_cell (p, 5, 5, h, v2, PD_FORM_VALUE);
  p->y += h;
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
  PdFormPage p = { 0 };
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

  pd_form_page_begin (&p, cr, width_pt, height_pt);
  pd_form_title (&p, f->title, left->str, NULL, serial, 0.5, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (report_rows); i++)
    needed += report_rows[i];
  pd_form_fit_rows (&p, needed);
  pd_form_set_grid (&p, report_cols, G_N_ELEMENTS (report_cols));

  pd_form_row3 (&p, 30, C_("complaint form", "Complainant"), pd_complaint_get_complainant (c),
                C_("complaint form", "Unit no."), f->unit_label,
                C_("complaint form", "Contact phone"), f->phone);
  pd_form_row3 (&p, 30, C_("complaint form", "Time received"), f->received,
                C_("complaint form", "Category"), pd_complaint_get_category_name (c),
                C_("complaint form", "State"), pd_complaint_get_state_label (c));
  pd_form_row_wide (&p, 30, C_("complaint form", "Channel"), f->channel_ticks,
                    C_("complaint form", "Received by"), pd_complaint_get_recorder (c));
  row_text (&p, 84, C_("complaint form", "Complaint content"), pd_complaint_get_content (c));
  pd_form_row_wide (&p, 30, C_("complaint form", "Four clear"), f->four_clear_ticks,
                    C_("complaint form", "Reported to"), pd_complaint_get_decided_by (c));
  pd_form_row_wide (&p, 30, C_("complaint form", "Valid or not"), f->validity_ticks,
                    C_("complaint form", "Decided at"), f->decided);
  row_text (&p, 36, C_("complaint form", "Explanation to the occupant"),
            pd_complaint_get_validity_note (c));

  pd_form_row3 (&p, 30, C_("complaint form", "Responsible department"),
                pd_complaint_get_department_name (c),
                C_("complaint form", "Person responsible"), pd_complaint_get_responsible (c),
                C_("complaint form", "Deadline"), f->deadline);
  pd_form_row3 (&p, 30, C_("complaint form", "Dispatched by"),
                pd_complaint_get_dispatched_by (c),
                C_("complaint form", "Dispatched at"), f->dispatched,
                C_("complaint form", "Serious complaint"), f->serious_ticks);
  top = p.y;
  block_pair (&p, 30, C_("complaint form", "Person named"), pd_complaint_get_manager_person (c),
              PD_FORM_VALUE, C_("complaint form", "Manager"), pd_complaint_get_manager_by (c));
  block_text (&p, 44, pd_complaint_get_manager_measures (c));
  pd_form_block_label (&p, top, C_("complaint form", "Manager's measures (serious)"));

  top = p.y;
  block_text (&p, 72, f->handling);
  block_pair (&p, 30, C_("complaint form", "Handled by"), pd_complaint_get_handled_by (c),
              PD_FORM_SIGN, C_("complaint form", "Completed at"), f->handled);
  block_pair (&p, 30, C_("complaint form", "Timeliness"), f->timeliness, PD_FORM_VALUE,
              C_("complaint form", "Deadline"), f->deadline);
  pd_form_block_label (&p, top, C_("complaint form", "Action taken"));

  top = p.y;
  block_text (&p, 36, f->feedback);
  block_pair (&p, 28, C_("complaint form", "Feedback by"), pd_complaint_get_feedback_by (c),
              PD_FORM_VALUE, C_("complaint form", "Feedback time"), f->feedback_at);
  pd_form_block_label (&p, top, C_("complaint form", "Feedback to the occupant"));

  top = p.y;
  block_text (&p, 44, f->callback_record);
  block_pair (&p, 28, C_("complaint form", "Called back by"), f->callback_by, PD_FORM_VALUE,
              C_("complaint form", "Callback time"), f->callback_at);
  pd_form_block_label (&p, top, C_("complaint form", "Callback record"));

  top = p.y;
  block_text (&p, 36, NULL);
  block_pair (&p, 34, C_("complaint form", "Manager's signature"),
              pd_complaint_get_signed_off_by (c), PD_FORM_SIGN, C_("complaint form", "Date"),
              f->signed_off[0] ? f->signed_off : blank_date);
  pd_form_block_label (&p, top, C_("complaint form", "Manager's sign-off"));
  pd_form_row_wide (&p, 28, C_("complaint form", "Archived by"),
                    pd_complaint_get_archived_by (c), C_("complaint form", "Archive date"),
                    f->archived[0] ? f->archived : blank_date);

  pd_form_footer (&p, C_("complaint form", "Customer Service Department"));
  pd_form_page_end (&p);
}

/* ---- weekly report ---------------------------------------------------------------------- */

static void
section (PdFormPage *p,
         const char *caption)
{
  pd_form_text (p, caption, p->x - 3.5 * p->scale, p->y, p->width, pd_form_row_h (p, 26), 11,
                TRUE, PANGO_ALIGN_LEFT, 1, FALSE);
  p->y += pd_form_row_h (p, 26);
}

static void
week_row (PdFormPage               *p,
          const PdComplaintWeekRow *r,
          const char               *name,
          gboolean                  total)
{
  const gint64 values[] = { r->new_cases, r->invalid, r->closed, r->open, r->overdue,
                            r->serious };
  double h = pd_form_row_h (p, 22);

  pd_form_cell (p, 0, 0, h, name, total ? PD_FORM_LABEL : PD_FORM_VALUE);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *n = g_strdup_printf ("%" G_GINT64_FORMAT, values[i]);
      pd_form_cell (p, i + 1, i + 1, h, n, total ? PD_FORM_TOTAL : PD_FORM_RIGHT);
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
  PdFormPage p = { 0 };
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

  pd_form_page_begin (&p, cr, width_pt, height_pt);
  pd_form_title (&p, C_("complaint stats", "Weekly Complaint Report"), left, NULL, right, 0.5,
                 FALSE);
  needed = 26 + 40 + 10 + 26 + 24 + 22 * (st->by_department->len + 1) + 10 + 26 + 220 + 50;
  pd_form_fit_rows (&p, needed);
  pd_form_set_grid (&p, week_cols, G_N_ELEMENTS (week_cols));

  section (&p, C_("complaint stats", "1. The week"));
  pd_form_cell (&p, 0, 6, pd_form_row_h (&p, 40), headline, PD_FORM_VALUE);
  p.y += pd_form_row_h (&p, 40) + pd_form_row_h (&p, 10);

  section (&p, C_("complaint stats", "2. By department"));
  for (guint c = 0; c < G_N_ELEMENTS (headings); c++)
    pd_form_cell (&p, c, c, pd_form_row_h (&p, 24), headings[c], PD_FORM_HEADER);
  p.y += pd_form_row_h (&p, 24);
  for (guint i = 0; i < st->by_department->len; i++)
    {
      PdComplaintWeekRow *r = g_ptr_array_index (st->by_department, i);
      week_row (&p, r, r->name != NULL && *r->name != '\0'
                       ? r->name : C_("complaint stats", "Not assigned"), FALSE);
    }
  week_row (&p, t, C_("complaint stats", "Total"), TRUE);
  p.y += pd_form_row_h (&p, 10);

  section (&p, C_("complaint stats", "3. Remarks: problems, follow-up, next week's plan"));
  pd_form_cell (&p, 0, 6, pd_form_row_h (&p, 220), NULL, PD_FORM_TOP);
  p.y += pd_form_row_h (&p, 220);

  {
    const char *signs[] = { C_("complaint stats", "Prepared by: __________"),
                            C_("complaint stats", "Supervisor: __________"),
                            C_("complaint stats", "Date: ____________") };
    static const guint at[] = { 0, 2, 5 };

    for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
      pd_form_signature (&p, signs[i], p.edges[at[i]], p.y, p.edges[7] - p.edges[at[i]],
                         pd_form_row_h (&p, 50));
  }
  pd_form_page_end (&p);
}

/* ---- PDF -------------------------------------------------------------------------------- */

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

gboolean
pd_complaint_report_write_pdf (const PdComplaintReportForm  *form,
                               const char                   *path,
                               GError                      **error)
{
  g_return_val_if_fail (form != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return pd_form_write_pdf (draw_report_cb, form, form->title, path, error);
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
  return pd_form_write_pdf (draw_week_cb, stats, title, path, error);
}
