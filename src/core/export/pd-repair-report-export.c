// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-repair-report-export.h"
#include "pd-repair-rules.h"
#include "pd-repair-settings.h"
#include "pd-work-order-export.h"

/* Statistics sheet: item, count, rate, target or note. */
enum { S_ITEM, S_COUNT, S_RATE, S_NOTE, S_N_COLS };

/* List sheet. */
enum
{
  L_NO, L_SERIAL, L_REPORTED, L_UNIT, L_CATEGORY, L_URGENCY, L_CLASS, L_STATE, L_REPORTER,
  L_DESCRIPTION, L_ASSIGNEE, L_ONSITE, L_COMPLETION, L_QUALITY, L_ATTITUDE, L_N_COLS
};

typedef struct
{
  lxw_workbook         *wb;
  lxw_worksheet        *ws;
  PdXlsxStyles          s;
  lxw_format           *rate;      /* bordered, right, 0.0% */
  lxw_format           *section;   /* bold, no border: a table's caption */
  lxw_format           *note;      /* 9 pt, no border, not wrapped: runs over the blank cells */
  lxw_row_t             row;
  PdExportProgressFunc  progress;
  gpointer              user_data;
  guint                 done;
  guint                 total;
  gboolean              cancelled;
} Book;

char *
pd_repair_report_default_name (int year,
                               int month)
{
  /* TRANSLATORS: file name of the monthly repair statistics; %04d-%02d is the month */
  return g_strdup_printf (_("Repair statistics-%04d-%02d.xlsx"), year, month);
}

const char *
pd_repair_report_clock_label (const PdRepairClockPart *part)
{
  if (part->due == 0)
    return "—";
  if (part->done)
    return part->met ? C_("repair clock", "On time") : C_("repair clock", "Late");
  if (part->overdue)
    return C_("repair clock", "Overdue");
  return C_("repair clock", "Running");
}

static void
write_rate (Book     *b,
            lxw_col_t col,
            int       permille)
{
  if (permille < 0)
    pd_xlsx_write_text (b->ws, b->row, col, "—", b->s.cell_center);
  else
    /* A ratio for the spreadsheet to show as a percentage; not money. */
    worksheet_write_number (b->ws, b->row, col, permille / 1000.0, b->rate);
}

static void
stat_row (Book       *b,
          const char *item,
          gint64      count,
          int         permille,
          const char *note)
{
  pd_xlsx_write_text (b->ws, b->row, S_ITEM, item, b->s.cell);
  worksheet_write_number (b->ws, b->row, S_COUNT, (double) count, b->s.integer);
  write_rate (b, S_RATE, permille);
  pd_xlsx_write_text (b->ws, b->row, S_NOTE, note, b->s.cell);
  b->row++;
}

/* "18 / 20" with its rate: the figures behind a percentage. */
static void
ratio_row (Book       *b,
           const char *item,
           gint64      part,
           gint64      whole,
           int         permille,
           const char *note)
{
  g_autofree char *ratio = g_strdup_printf ("%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT, part,
                                            whole);

  pd_xlsx_write_text (b->ws, b->row, S_ITEM, item, b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, S_COUNT, ratio, b->s.cell_center);
  write_rate (b, S_RATE, permille);
  pd_xlsx_write_text (b->ws, b->row, S_NOTE, note, b->s.cell);
  b->row++;
}

static void
table_head (Book       *b,
            const char *caption,
            const char *first)
{
  pd_xlsx_write_text (b->ws, b->row, S_ITEM, caption, b->section);
  b->row++;
  pd_xlsx_write_text (b->ws, b->row, S_ITEM, first, b->s.header);
  pd_xlsx_write_text (b->ws, b->row, S_COUNT, C_("repair report", "Orders"), b->s.header);
  pd_xlsx_write_text (b->ws, b->row, S_RATE, C_("repair report", "Share"), b->s.header);
  pd_xlsx_write_text (b->ws, b->row, S_NOTE, C_("repair report", "Remarks"), b->s.header);
  b->row++;
}

static void
write_statistics (Book                *b,
                  const PdRepairStats *st,
                  const PdRepairTimes *times)
{
  g_autofree char *month = g_strdup_printf (C_("repair report", "Month: %04d-%02d"), st->year,
                                            st->month);
  g_autofree char *now = pd_xlsx_format_now ();
  g_autofree char *exported = g_strdup_printf (C_("repair report", "Exported: %s"), now);
  g_autofree char *onsite_note = NULL;
  g_autofree char *completion_note = NULL;
  g_autofree char *quality = pd_repair_stats_format_average (st->avg_quality_centi);
  g_autofree char *attitude = pd_repair_stats_format_average (st->avg_attitude_centi);
  g_autofree char *rated_q = NULL;
  g_autofree char *rated_a = NULL;
  const PdCallbackKpis *cb = &st->callbacks;

  worksheet_set_row (b->ws, b->row, 36, NULL);
  pd_xlsx_merge_text (b->ws, b->row, S_ITEM, S_NOTE, C_("repair report", "Repair Statistics"),
                      b->s.title_across);
  b->row++;
  pd_xlsx_write_text (b->ws, b->row, S_ITEM, month, b->s.subtitle);
  pd_xlsx_write_text (b->ws, b->row, S_NOTE, exported, b->s.subtitle_right);
  b->row += 2;

  table_head (b, C_("repair report", "By category"), C_("repair report", "Category"));
  for (guint i = 0; i < st->categories->len; i++)
    {
      PdRepairStatsCategory *c = g_ptr_array_index (st->categories, i);
      stat_row (b, c->name, c->count, pd_kpi_permille (c->count, st->total), NULL);
    }
  stat_row (b, C_("repair report", "Total"), st->total, st->total > 0 ? 1000 : -1, NULL);
  b->row++;

  table_head (b, C_("repair report", "By urgency"), C_("repair report", "Urgency"));
  for (int u = 0; u < PD_REPAIR_N_URGENCIES; u++)
    stat_row (b, pd_repair_urgency_to_label (u), st->by_urgency[u],
              pd_kpi_permille (st->by_urgency[u], st->total), NULL);
  b->row++;

  onsite_note = g_strdup_printf (C_("repair report", "On site within %d minutes"),
                                 times->onsite_minutes);
  completion_note = g_strdup_printf (C_("repair report", "Urgent %d h, small same day, general "
                                                         "%d days"),
                                     times->urgent_hours, times->general_days);
  rated_q = g_strdup_printf (C_("repair report", "%lld orders rated"),
                             (long long) st->rated_quality);
  rated_a = g_strdup_printf (C_("repair report", "%lld orders rated"),
                             (long long) st->rated_attitude);

  pd_xlsx_write_text (b->ws, b->row, S_ITEM, C_("repair report", "Service indicators"),
                      b->section);
  b->row++;
  pd_xlsx_write_text (b->ws, b->row, S_ITEM, C_("repair report", "Indicator"), b->s.header);
  pd_xlsx_write_text (b->ws, b->row, S_COUNT, C_("repair report", "Figures"), b->s.header);
  pd_xlsx_write_text (b->ws, b->row, S_RATE, C_("repair report", "Rate"), b->s.header);
  pd_xlsx_write_text (b->ws, b->row, S_NOTE, C_("repair report", "Standard"), b->s.header);
  b->row++;
  stat_row (b, C_("repair report", "Completed"), st->done, pd_kpi_permille (st->done, st->total),
            NULL);
  stat_row (b, C_("repair report", "Still open"), st->open, pd_kpi_permille (st->open, st->total),
            NULL);
  stat_row (b, C_("repair report", "Cancelled"), st->cancelled,
            pd_kpi_permille (st->cancelled, st->total), NULL);
  stat_row (b, C_("repair report", "Public areas"), st->public_area,
            pd_kpi_permille (st->public_area, st->total), NULL);
  for (int k = 0; k < PD_ORDER_N_CLASSES; k++)
    stat_row (b, pd_order_class_to_label (k), st->by_class[k],
              pd_kpi_permille (st->by_class[k], st->total), NULL);
  ratio_row (b, C_("repair report", "On-time arrival"), st->onsite_met, st->onsite_measured,
             st->onsite_rate_permille, onsite_note);
  ratio_row (b, C_("repair report", "On-time completion"), st->completion_met,
             st->completion_measured, st->completion_rate_permille, completion_note);
  ratio_row (b, C_("repair report", "Callback rate"), cb->called_back, cb->completed,
             cb->callback_rate_permille, C_("repair report", "Target 100%"));
  ratio_row (b, C_("repair report", "On-site callbacks"), cb->onsite, cb->callbacks,
             cb->onsite_share_permille, C_("repair report", "At least 70%"));
  ratio_row (b, C_("repair report", "Satisfaction"), cb->satisfied, cb->callbacks,
             cb->satisfaction_permille, C_("repair report", "Target 95%"));

  pd_xlsx_write_text (b->ws, b->row, S_ITEM, C_("repair report", "Average quality rating"),
                      b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, S_COUNT, quality, b->s.cell_center);
  pd_xlsx_write_text (b->ws, b->row, S_RATE, "", b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, S_NOTE, rated_q, b->s.cell);
  b->row++;
  pd_xlsx_write_text (b->ws, b->row, S_ITEM, C_("repair report", "Average attitude rating"),
                      b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, S_COUNT, attitude, b->s.cell_center);
  pd_xlsx_write_text (b->ws, b->row, S_RATE, "", b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, S_NOTE, rated_a, b->s.cell);
  b->row++;
  stat_row (b, C_("repair report", "Paid orders done"), st->paid_orders, -1, NULL);
  pd_xlsx_write_text (b->ws, b->row, S_ITEM, C_("repair report", "Paid repair income (yuan)"),
                      b->s.cell);
  pd_xlsx_write_money (b->ws, b->row, S_COUNT, st->paid_income_fen, b->s.money);
  pd_xlsx_write_text (b->ws, b->row, S_RATE, "", b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, S_NOTE, C_("repair report", "Charges of the month's paid "
                                                                 "orders that are done"),
                      b->s.cell);
  b->row += 2;

  /* One sentence a row: a constant-memory sheet cannot merge cells to wrap a paragraph in. */
  {
    const char *notes[] = {
      C_("repair report", "Counts are of the orders reported in the month."),
      C_("repair report", "Callback figures count the orders completed and the callbacks made "
                          "in the month."),
      C_("repair report", "On-time rates count the orders whose clock has ended or run out."),
    };

    for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
      {
        pd_xlsx_write_text (b->ws, b->row, S_ITEM, notes[i], b->note);
        b->row++;
      }
  }
  b->row += 2;
  worksheet_set_row (b->ws, b->row, 30, NULL);
  pd_xlsx_write_text (b->ws, b->row, S_ITEM, C_("repair report", "Prepared by: ____________"),
                      b->s.signature);
  pd_xlsx_write_text (b->ws, b->row, S_RATE, C_("repair report", "Reviewed by: ____________"),
                      b->s.signature);
  b->row++;
}

static gboolean
list_row_cb (const PdRepairStatsRow *r,
             gpointer                user_data)
{
  Book *b = user_data;
  g_autofree char *reported = pd_repair_form_format_time (r->reported_at);

  worksheet_write_number (b->ws, b->row, L_NO, b->done + 1, b->s.integer);
  pd_xlsx_write_text (b->ws, b->row, L_SERIAL, r->serial, b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, L_REPORTED, reported, b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, L_UNIT, r->unit_label, b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, L_CATEGORY, r->category, b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, L_URGENCY, pd_repair_urgency_to_label (r->urgency),
                      b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, L_CLASS, pd_order_class_to_label (r->repair_class),
                      b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, L_STATE, pd_repair_state_to_label (r->state), b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, L_REPORTER, r->reporter, b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, L_DESCRIPTION, r->description, b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, L_ASSIGNEE, r->assignee, b->s.cell);
  pd_xlsx_write_text (b->ws, b->row, L_ONSITE, pd_repair_report_clock_label (&r->clock.onsite),
                      b->s.cell_center);
  pd_xlsx_write_text (b->ws, b->row, L_COMPLETION,
                      pd_repair_report_clock_label (&r->clock.completion), b->s.cell_center);
  if (r->rating_quality > 0)
    worksheet_write_number (b->ws, b->row, L_QUALITY, r->rating_quality, b->s.integer);
  else
    worksheet_write_blank (b->ws, b->row, L_QUALITY, b->s.cell);
  if (r->rating_attitude > 0)
    worksheet_write_number (b->ws, b->row, L_ATTITUDE, r->rating_attitude, b->s.integer);
  else
    worksheet_write_blank (b->ws, b->row, L_ATTITUDE, b->s.cell);
  b->row++;
  b->done++;

  if (b->progress != NULL && (b->done % 500 == 0 || b->done == b->total)
      && !b->progress (b->done, b->total, b->user_data))
    {
      b->cancelled = TRUE;
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_list (Book                *b,
            PdDatabase          *db,
            const PdRepairStats *st,
            GError             **error)
{
  static const double widths[L_N_COLS] = { 6, 16, 16, 14, 10, 10, 14, 9, 10, 36, 10, 8, 8, 6, 6 };
  const char *headings[L_N_COLS] = {
    C_("repair report", "No."), C_("repair report", "Order"), C_("repair report", "Reported"),
    C_("repair report", "Unit or place"), C_("repair report", "Category"),
    C_("repair report", "Urgency"), C_("repair report", "Class"), C_("repair report", "State"),
    C_("repair report", "Reported by"), C_("repair report", "Description"),
    C_("repair report", "Worker"), C_("repair report", "Arrival"),
    C_("repair report", "Completion"), C_("repair report", "Quality"),
    C_("repair report", "Attitude"),
  };
  g_autofree char *title = g_strdup_printf (C_("repair report", "Repair Orders %04d-%02d"),
                                            st->year, st->month);
  gint64 n;

  b->ws = pd_xlsx_add_worksheet (b->wb, C_("repair report", "Order list"), error);
  if (b->ws == NULL)
    return FALSE;
  pd_xlsx_setup_a4 (b->ws, TRUE, TRUE);
  pd_xlsx_set_column_widths (b->ws, widths, L_N_COLS);
  worksheet_repeat_rows (b->ws, 2, 2);
  b->row = 0;

  worksheet_set_row (b->ws, b->row, 30, NULL);
  pd_xlsx_merge_text (b->ws, b->row, L_NO, L_ATTITUDE, title, b->s.title_across);
  b->row += 2;
  for (int c = 0; c < L_N_COLS; c++)
    pd_xlsx_write_text (b->ws, b->row, c, headings[c], b->s.header);
  b->row++;
  worksheet_freeze_panes (b->ws, 3, 0);

  b->total = (guint) st->total;
  n = pd_repair_stats_foreach_order (db, st->from, st->to, st->now, list_row_cb, b, error);
  return n >= 0;
}

gboolean
pd_repair_report_export_xlsx (PdDatabase           *db,
                              int                   year,
                              int                   month,
                              gint64                now,
                              const char           *path,
                              PdExportProgressFunc  progress,
                              gpointer              user_data,
                              guint                *out_orders,
                              GError              **error)
{
  g_autoptr(PdRepairStats) stats = NULL;
  g_autofree char *title = NULL;
  static const double widths[S_N_COLS] = { 26, 14, 12, 34 };
  PdRepairTimes times;
  Book b = { 0 };

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  stats = pd_repair_stats_compute (db, year, month, now, error);
  if (stats == NULL)
    return FALSE;
  pd_repair_settings_load_times (db, &times);

  b.progress = progress;
  b.user_data = user_data;
  b.wb = pd_xlsx_workbook_new (path, TRUE, error);
  if (b.wb == NULL)
    return FALSE;
  pd_xlsx_styles_init (&b.s, b.wb);
  b.rate = workbook_add_format (b.wb);
  format_set_font_name (b.rate, PD_XLSX_FONT);
  format_set_font_size (b.rate, 10);
  format_set_border (b.rate, LXW_BORDER_THIN);
  format_set_align (b.rate, LXW_ALIGN_RIGHT);
  format_set_align (b.rate, LXW_ALIGN_VERTICAL_CENTER);
  format_set_num_format (b.rate, "0.0%");
  b.section = workbook_add_format (b.wb);
  format_set_font_name (b.section, PD_XLSX_FONT);
  format_set_font_size (b.section, 11);
  format_set_bold (b.section);
  b.note = workbook_add_format (b.wb);
  format_set_font_name (b.note, PD_XLSX_FONT);
  format_set_font_size (b.note, 9);

  title = g_strdup_printf ("%s %04d-%02d", C_("repair report", "Repair Statistics"), year, month);
  pd_xlsx_set_properties (b.wb, title, NULL, NULL);

  b.ws = pd_xlsx_add_worksheet (b.wb, C_("repair report", "Statistics"), error);
  if (b.ws == NULL)
    {
      pd_xlsx_workbook_discard (b.wb);
      return FALSE;
    }
  pd_xlsx_setup_a4 (b.ws, FALSE, TRUE);
  worksheet_fit_to_pages (b.ws, 1, 1);
  pd_xlsx_set_column_widths (b.ws, widths, S_N_COLS);
  write_statistics (&b, stats, &times);
  worksheet_print_area (b.ws, 0, 0, b.row - 1, S_N_COLS - 1);

  if (!write_list (&b, db, stats, error))
    {
      pd_xlsx_workbook_discard (b.wb);
      return FALSE;
    }
  if (out_orders != NULL)
    *out_orders = b.done;
  return pd_xlsx_workbook_close (b.wb, path, error);
}
