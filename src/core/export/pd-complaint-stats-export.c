// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-register-export.h"
#include "pd-complaint-stats-export.h"
#include "pd-complaint-store.h"
#include "pd-repair-deadline.h"
#include "pd-repair-rules.h"
#include "pd-work-order-export.h"

/* Monthly statistics: name, cases, invalid, valid, on time, late, open not due, serious, rate. */
enum { M_NAME, M_CASES, M_INVALID, M_VALID, M_ON_TIME, M_LATE, M_OPEN, M_SERIOUS, M_RATE,
       M_N_COLS };
static const double month_widths[M_N_COLS] = { 18, 8, 7, 7, 7, 7, 9, 7, 9 };

/* Weekly report: department, new, invalid, closed, open, overdue, serious; the overdue list
 * reuses the columns as serial, received, unit, category, department, deadline, overdue by. */
enum { W_NAME, W_NEW, W_INVALID, W_CLOSED, W_OPEN, W_OVERDUE, W_SERIOUS, W_N_COLS };
static const double week_widths[W_N_COLS] = { 16, 15, 10, 14, 11, 15, 13 };

typedef struct
{
  lxw_workbook  *wb;
  lxw_worksheet *ws;
  PdXlsxStyles   s;
  lxw_format    *rate;           /* bordered, right, 0.0% */
  lxw_format    *section;        /* bold 11 pt, no border: a table's caption */
  lxw_format    *headline;       /* bold 11 pt, no border, not wrapped */
  lxw_format    *note;           /* 9 pt, no border, not wrapped: runs over the blank cells */
  lxw_format    *header_across;  /* a heading centred over blank heading cells */
  lxw_format    *box;            /* bordered, left, top, wrapped: room to write in */
  lxw_format    *total_label;    /* bold, bordered, centred */
  lxw_format    *total_int;      /* bold, bordered, right, 0 */
  lxw_format    *span[3];        /* first, middle, last cell of a blank box over several cells:
                                  * no inner borders, as if merged (constant memory cannot) */
  lxw_row_t      row;
} Book;

char *
pd_complaint_week_report_default_name (const char *iso_week)
{
  /* TRANSLATORS: file name of the weekly complaint report; %s is the week, 2026-W07 */
  return g_strdup_printf (_("Weekly complaint report-%s.xlsx"), iso_week);
}

char *
pd_complaint_month_report_default_name (int year,
                                        int month)
{
  /* TRANSLATORS: file name of the monthly complaint statistics; %04d-%02d is the month */
  return g_strdup_printf (_("Complaint statistics-%04d-%02d.xlsx"), year, month);
}

/* One read transaction around a whole workbook, so the statistics and the registers beside
 * them read the same instant (see pd-complaint-register-export.c). Returns whether it began
 * one. */
static gboolean
read_snapshot_begin (PdDatabase *db)
{
  if (!sqlite3_get_autocommit (pd_database_get_handle (db)))
    return FALSE;
  return pd_database_exec (db, "BEGIN DEFERRED", NULL);
}

static void
read_snapshot_end (PdDatabase *db,
                   gboolean    began)
{
  if (began)
    pd_database_exec (db, "COMMIT", NULL);
}

static lxw_format *
new_format (lxw_workbook *wb,
            double        size,
            gboolean      bold,
            gboolean      border)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, PD_XLSX_FONT);
  format_set_font_size (f, size);
  if (bold)
    format_set_bold (f);
  if (border)
    format_set_border (f, LXW_BORDER_THIN);
  format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
  return f;
}

static void
book_styles (Book *b)
{
  pd_xlsx_styles_init (&b->s, b->wb);
  b->rate = new_format (b->wb, 10, FALSE, TRUE);
  format_set_align (b->rate, LXW_ALIGN_RIGHT);
  format_set_num_format (b->rate, "0.0%");
  b->section = new_format (b->wb, 11, TRUE, FALSE);
  b->headline = new_format (b->wb, 11, TRUE, FALSE);
  b->note = new_format (b->wb, 9, FALSE, FALSE);
  b->header_across = new_format (b->wb, 10, TRUE, TRUE);
  format_set_align (b->header_across, LXW_ALIGN_CENTER_ACROSS);
  format_set_pattern (b->header_across, LXW_PATTERN_SOLID);
  format_set_bg_color (b->header_across, 0xE7E6E6);
  b->box = new_format (b->wb, 10, FALSE, TRUE);
  format_set_align (b->box, LXW_ALIGN_LEFT);
  format_set_align (b->box, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (b->box);
  b->total_label = new_format (b->wb, 10, TRUE, TRUE);
  format_set_align (b->total_label, LXW_ALIGN_CENTER);
  b->total_int = new_format (b->wb, 10, TRUE, TRUE);
  format_set_align (b->total_int, LXW_ALIGN_RIGHT);
  format_set_num_format (b->total_int, "0");
  for (int i = 0; i < 3; i++)
    {
      b->span[i] = new_format (b->wb, 10, FALSE, FALSE);
      format_set_top (b->span[i], LXW_BORDER_THIN);
      format_set_bottom (b->span[i], LXW_BORDER_THIN);
    }
  format_set_left (b->span[0], LXW_BORDER_THIN);
  format_set_right (b->span[2], LXW_BORDER_THIN);
}

static void
title_rows (Book       *b,
            guint       n_cols,
            const char *title,
            const char *left,
            const char *right)
{
  worksheet_set_row (b->ws, b->row, 36, NULL);
  pd_xlsx_merge_text (b->ws, b->row, 0, n_cols - 1, title,
                      b->ws->optimize ? b->s.title_across : b->s.title);
  b->row++;
  worksheet_set_row (b->ws, b->row, 22, NULL);
  pd_xlsx_write_text (b->ws, b->row, 0, left, b->s.subtitle);
  pd_xlsx_write_text (b->ws, b->row, n_cols - 1, right, b->s.subtitle_right);
  b->row += 2;
}

static void
write_count (Book       *b,
             lxw_col_t   col,
             gint64      n,
             gboolean    total)
{
  worksheet_write_number (b->ws, b->row, col, (double) n, total ? b->total_int : b->s.integer);
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

/* ---- monthly statistics ------------------------------------------------------------------- */

static void
month_table_head (Book       *b,
                  const char *caption,
                  const char *first)
{
  const char *headings[M_N_COLS] = {
    first, C_("complaint stats", "Cases"), C_("complaint stats", "Not valid"),
    C_("complaint stats", "Valid"), C_("complaint stats", "On time"),
    C_("complaint stats", "Late"), C_("complaint stats", "Open, not yet due"),
    C_("complaint stats", "Serious"), C_("complaint stats", "Timeliness rate"),
  };

  pd_xlsx_write_text (b->ws, b->row, M_NAME, caption, b->section);
  b->row++;
  worksheet_set_row (b->ws, b->row, 30, NULL);
  for (int c = 0; c < M_N_COLS; c++)
    pd_xlsx_write_text (b->ws, b->row, c, headings[c], b->s.header);
  b->row++;
}

static void
month_row (Book                      *b,
           const PdComplaintStatsRow *r,
           const char                *name,
           gboolean                   total)
{
  pd_xlsx_write_text (b->ws, b->row, M_NAME, name, total ? b->total_label : b->s.cell);
  write_count (b, M_CASES, r->cases, total);
  write_count (b, M_INVALID, r->invalid, total);
  write_count (b, M_VALID, r->valid, total);
  write_count (b, M_ON_TIME, r->on_time, total);
  write_count (b, M_LATE, r->late, total);
  write_count (b, M_OPEN, r->open_not_due, total);
  write_count (b, M_SERIOUS, r->serious, total);
  write_rate (b, M_RATE, r->rate_permille);
  b->row++;
}

static void
month_table (Book                        *b,
             const PdComplaintMonthStats *st,
             GPtrArray                   *rows,
             const char                  *caption,
             const char                  *first)
{
  month_table_head (b, caption, first);
  for (guint i = 0; i < rows->len; i++)
    {
      PdComplaintStatsRow *r = g_ptr_array_index (rows, i);
      const char *name = r->name != NULL && *r->name != '\0'
                         ? r->name : C_("complaint stats", "Not assigned");
      month_row (b, r, name, FALSE);
    }
  month_row (b, &st->total, C_("complaint stats", "Total"), TRUE);
  b->row++;
}

static void
top_problems (Book                        *b,
              const PdComplaintMonthStats *st)
{
  g_autofree char *caption = g_strdup_printf (C_("complaint stats", "3. Most frequent problems "
                                                                    "(top %d)"),
                                              PD_COMPLAINT_REPORT_TOP_PROBLEMS);

  pd_xlsx_write_text (b->ws, b->row, M_NAME, caption, b->section);
  b->row++;
  worksheet_set_row (b->ws, b->row, 30, NULL);
  pd_xlsx_write_text (b->ws, b->row, M_NAME, C_("complaint stats", "Problem (category)"),
                      b->s.header);
  pd_xlsx_write_text (b->ws, b->row, M_CASES, C_("complaint stats", "Valid"), b->s.header);
  pd_xlsx_write_text (b->ws, b->row, M_INVALID, C_("complaint stats", "Share"), b->s.header);
  pd_xlsx_write_text (b->ws, b->row, M_VALID, C_("complaint stats", "Late"), b->s.header);
  pd_xlsx_merge_text (b->ws, b->row, M_ON_TIME, M_RATE,
                      C_("complaint stats", "Rectification and deadline"), b->header_across);
  b->row++;

  if (st->top_problems->len == 0)
    {
      pd_xlsx_write_text (b->ws, b->row, M_NAME, C_("complaint stats", "No valid complaints"),
                          b->s.cell);
      for (int c = M_CASES; c < M_N_COLS; c++)
        worksheet_write_blank (b->ws, b->row, c, b->s.cell);
      b->row++;
    }
  for (guint i = 0; i < st->top_problems->len; i++)
    {
      PdComplaintStatsRow *r = g_ptr_array_index (st->top_problems, i);
      g_autofree char *name = g_strdup_printf ("%u. %s", i + 1, r->name);

      /* Room for the manager's rectification with a deadline (限期整改 of the procedure). */
      worksheet_set_row (b->ws, b->row, 26, NULL);
      pd_xlsx_write_text (b->ws, b->row, M_NAME, name, b->s.cell);
      write_count (b, M_CASES, r->valid, FALSE);
      write_rate (b, M_INVALID, pd_kpi_permille (r->valid, st->total.valid));
      write_count (b, M_VALID, r->late, FALSE);
      for (int c = M_ON_TIME; c < M_N_COLS; c++)
        worksheet_write_blank (b->ws, b->row, c,
                               b->span[c == M_ON_TIME ? 0 : c == M_N_COLS - 1 ? 2 : 1]);
      b->row++;
    }
  b->row++;
}

static void
month_notes (Book *b)
{
  /* One sentence a row: a constant-memory sheet cannot merge cells to wrap a paragraph. */
  const char *notes[] = {
    C_("complaint stats", "Counting rules:"),
    C_("complaint stats", "1. A complaint counts in the month it was registered."),
    C_("complaint stats", "2. Complaints judged not valid are listed apart, outside the rate."),
    C_("complaint stats", "3. A result recorded at or before the deadline is on time; after "
                          "it, late."),
    C_("complaint stats", "4. A case without a result at the report time is late once its "
                          "deadline has passed;"),
    C_("complaint stats", "   before that it is open and not yet due, and left out of the "
                          "rate."),
    C_("complaint stats", "5. Timeliness rate = on time ÷ (on time + late) × 100%."),
  };

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      pd_xlsx_write_text (b->ws, b->row, M_NAME, notes[i], b->note);
      b->row++;
    }
}

static void
write_month_sheet (Book                        *b,
                   const PdComplaintMonthStats *st,
                   const PdComplaintPeriod     *period)
{
  g_autofree char *as_of = pd_repair_form_format_time (st->as_of);
  g_autofree char *left = g_strdup_printf (C_("complaint stats", "Month: %s (%s)"),
                                           period->label, period->range);
  g_autofree char *right = g_strdup_printf (C_("complaint stats", "As of %s"), as_of);
  g_autofree char *rate = pd_kpi_format_permille (st->total.rate_permille);
  g_autofree char *headline = NULL;

  title_rows (b, M_N_COLS, C_("complaint stats", "Complaint Statistics"), left, right);

  headline = g_strdup_printf (C_("complaint stats", "Timeliness rate of the month: %s (on time "
                                                    "%lld, late %lld; %lld open and not yet "
                                                    "due, %lld not valid)"),
                              rate, (long long) st->total.on_time, (long long) st->total.late,
                              (long long) st->total.open_not_due,
                              (long long) st->total.invalid);
  worksheet_set_row (b->ws, b->row, 24, NULL);
  pd_xlsx_write_text (b->ws, b->row, M_NAME, headline, b->headline);
  b->row += 2;

  month_table (b, st, st->by_category, C_("complaint stats", "1. By category"),
               C_("complaint stats", "Category"));
  month_table (b, st, st->by_department, C_("complaint stats", "2. By responsible department"),
               C_("complaint stats", "Department"));
  top_problems (b, st);
  month_notes (b);

  b->row++;
  worksheet_set_row (b->ws, b->row, 30, NULL);
  pd_xlsx_write_text (b->ws, b->row, M_NAME, C_("complaint stats", "Prepared by: __________"),
                      b->s.signature);
  pd_xlsx_write_text (b->ws, b->row, M_VALID, C_("complaint stats", "Manager: __________"),
                      b->s.signature);
  pd_xlsx_write_text (b->ws, b->row, M_OPEN, C_("complaint stats", "Date: ____________"),
                      b->s.signature);
  b->row++;
}

static gboolean
month_workbook (PdDatabase           *db,
                int                   year,
                int                   month,
                gint64                as_of,
                gboolean              full_phone,
                const char           *path,
                PdExportProgressFunc  progress,
                gpointer              user_data,
                guint                *out_complaints,
                GError              **error)
{
  g_autoptr(PdComplaintMonthStats) st = NULL;
  g_autofree char *title = NULL;
  PdComplaintPeriod period = { 0 };
  Book b = { 0 };
  gboolean ok;

  st = pd_complaint_stats_month (db, year, month, as_of, PD_COMPLAINT_REPORT_TOP_PROBLEMS, error);
  if (st == NULL)
    return FALSE;
  pd_complaint_period_month (&period, year, month);

  b.wb = pd_xlsx_workbook_new (path, TRUE, error);
  if (b.wb == NULL)
    {
      pd_complaint_period_clear (&period);
      return FALSE;
    }
  book_styles (&b);
  title = g_strdup_printf ("%s %s", C_("complaint stats", "Complaint Statistics"), period.label);
  pd_xlsx_set_properties (b.wb, title, NULL, NULL);

  b.ws = pd_xlsx_add_worksheet (b.wb, C_("complaint stats", "Statistics"), error);
  ok = b.ws != NULL;
  if (ok)
    {
      pd_xlsx_setup_a4 (b.ws, FALSE, TRUE);
      worksheet_fit_to_pages (b.ws, 1, 1);
      pd_xlsx_set_column_widths (b.ws, month_widths, M_N_COLS);
      write_month_sheet (&b, st, &period);
      worksheet_print_area (b.ws, 0, 0, b.row - 1, M_N_COLS - 1);
      /* The registers are read as of the same time as the statistics. */
      ok = pd_complaint_register_add_sheet (b.wb, db, &period, st->as_of, out_complaints, error)
           && pd_contact_register_add_sheet (b.wb, db, &period, full_phone, progress, user_data,
                                             NULL, error);
    }
  pd_complaint_period_clear (&period);
  if (!ok)
    {
      pd_xlsx_workbook_discard (b.wb);
      return FALSE;
    }
  return pd_xlsx_workbook_close (b.wb, path, error);
}

gboolean
pd_complaint_month_report_export_xlsx (PdDatabase           *db,
                                       int                   year,
                                       int                   month,
                                       gint64                as_of,
                                       gboolean              full_phone,
                                       const char           *path,
                                       PdExportProgressFunc  progress,
                                       gpointer              user_data,
                                       guint                *out_complaints,
                                       GError              **error)
{
  gboolean began, ok;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  began = read_snapshot_begin (db);
  ok = month_workbook (db, year, month, as_of, full_phone, path, progress, user_data,
                       out_complaints, error);
  read_snapshot_end (db, began);
  return ok;
}

/* ---- weekly report ------------------------------------------------------------------------ */

static void
week_row (Book                     *b,
          const PdComplaintWeekRow *r,
          const char               *name,
          gboolean                  total)
{
  pd_xlsx_write_text (b->ws, b->row, W_NAME, name, total ? b->total_label : b->s.cell);
  write_count (b, W_NEW, r->new_cases, total);
  write_count (b, W_INVALID, r->invalid, total);
  write_count (b, W_CLOSED, r->closed, total);
  write_count (b, W_OPEN, r->open, total);
  write_count (b, W_OVERDUE, r->overdue, total);
  write_count (b, W_SERIOUS, r->serious, total);
  b->row++;
}

/* The cases past their deadline without a result, for the desk to chase. The list reads the
 * cases as they are now (a past week's report lists what is still overdue). */
static gboolean
overdue_list (Book                       *b,
              PdDatabase                 *db,
              const PdComplaintWeekStats *st,
              GError                    **error)
{
  const char *headings[W_N_COLS] = {
    C_("complaint stats", "Serial"), C_("complaint stats", "Received"),
    C_("complaint stats", "Unit no."), C_("complaint stats", "Category"),
    C_("complaint stats", "Department"), C_("complaint stats", "Deadline"),
    C_("complaint stats", "Overdue by"),
  };
  gint64 cutoff = MIN (st->to, st->as_of);
  g_autoptr(GArray) ids = NULL;
  PdComplaintQuery q;

  pd_complaint_query_init (&q);
  q.filter = PD_COMPLAINT_FILTER_DEADLINE_OVERDUE;
  q.received_to = cutoff;
  q.sort = PD_COMPLAINT_SORT_OVERDUE_FIRST;
  q.now = cutoff;
  ids = pd_complaint_store_query_ids (db, &q, error);
  if (ids == NULL)
    return FALSE;

  pd_xlsx_write_text (b->ws, b->row, W_NAME,
                      C_("complaint stats", "3. Past their deadline without a result"),
                      b->section);
  b->row++;
  worksheet_set_row (b->ws, b->row, 24, NULL);
  for (int c = 0; c < W_N_COLS; c++)
    pd_xlsx_write_text (b->ws, b->row, c, headings[c], b->s.header);
  b->row++;
  if (ids->len == 0)
    {
      pd_xlsx_merge_text (b->ws, b->row, W_NAME, W_N_COLS - 1,
                          C_("complaint stats", "None: every case has its result or is within "
                                                "its deadline."), b->s.cell);
      b->row++;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(PdComplaint) c = pd_complaint_store_get (db, g_array_index (ids, gint64, i),
                                                         error);
      g_autofree char *received = NULL, *unit = NULL, *deadline = NULL, *late = NULL;

      if (c == NULL)
        return FALSE;
      received = pd_repair_form_format_time (pd_complaint_get_received_at (c));
      unit = pd_complaint_dup_unit_label (c);
      deadline = pd_repair_form_format_time (pd_complaint_get_deadline_at (c));
      late = pd_repair_format_time_left (pd_complaint_get_deadline_at (c) - cutoff);
      pd_xlsx_write_text (b->ws, b->row, 0, pd_complaint_get_serial (c), b->s.cell);
      pd_xlsx_write_text (b->ws, b->row, 1, received, b->s.cell);
      pd_xlsx_write_text (b->ws, b->row, 2, unit, b->s.cell);
      pd_xlsx_write_text (b->ws, b->row, 3, pd_complaint_get_category_name (c), b->s.cell);
      pd_xlsx_write_text (b->ws, b->row, 4, pd_complaint_get_department_name (c), b->s.cell);
      pd_xlsx_write_text (b->ws, b->row, 5, deadline, b->s.cell);
      pd_xlsx_write_text (b->ws, b->row, 6, late, b->s.cell);
      b->row++;
    }
  b->row++;
  return TRUE;
}

static gboolean
write_week_sheet (Book                       *b,
                  PdDatabase                 *db,
                  const PdComplaintWeekStats *st,
                  const PdComplaintPeriod    *period,
                  GError                    **error)
{
  const char *headings[W_N_COLS] = {
    C_("complaint stats", "Department"), C_("complaint stats", "New"),
    C_("complaint stats", "Not valid"), C_("complaint stats", "Closed"),
    C_("complaint stats", "Open"), C_("complaint stats", "Overdue"),
    C_("complaint stats", "Serious"),
  };
  const PdComplaintWeekRow *t = &st->total;
  g_autofree char *as_of = pd_repair_form_format_time (MIN (st->to, st->as_of));
  g_autofree char *left = g_strdup_printf (C_("complaint stats", "Week: %s (%s)"), st->label,
                                           period->range);
  g_autofree char *right = g_strdup_printf (C_("complaint stats", "As of %s"), as_of);
  g_autofree char *headline = NULL;

  title_rows (b, W_N_COLS, C_("complaint stats", "Weekly Complaint Report"), left, right);

  pd_xlsx_write_text (b->ws, b->row, W_NAME, C_("complaint stats", "1. The week"), b->section);
  b->row++;
  headline = g_strdup_printf (C_("complaint stats", "New complaints %lld (not valid %lld), "
                                                    "closed %lld; open %lld, of which overdue "
                                                    "%lld; serious %lld."),
                              (long long) t->new_cases, (long long) t->invalid,
                              (long long) t->closed, (long long) t->open,
                              (long long) t->overdue, (long long) t->serious);
  worksheet_set_row (b->ws, b->row, 24, NULL);
  pd_xlsx_merge_text (b->ws, b->row, W_NAME, W_N_COLS - 1, headline, b->box);
  b->row += 2;

  pd_xlsx_write_text (b->ws, b->row, W_NAME, C_("complaint stats", "2. By department"),
                      b->section);
  b->row++;
  worksheet_set_row (b->ws, b->row, 24, NULL);
  for (int c = 0; c < W_N_COLS; c++)
    pd_xlsx_write_text (b->ws, b->row, c, headings[c], b->s.header);
  b->row++;
  for (guint i = 0; i < st->by_department->len; i++)
    {
      PdComplaintWeekRow *r = g_ptr_array_index (st->by_department, i);
      week_row (b, r, r->name != NULL && *r->name != '\0'
                      ? r->name : C_("complaint stats", "Not assigned"), FALSE);
    }
  week_row (b, t, C_("complaint stats", "Total"), TRUE);
  b->row++;

  if (!overdue_list (b, db, st, error))
    return FALSE;

  /* The paper report is where the desk writes what happened and what is planned. */
  pd_xlsx_write_text (b->ws, b->row, W_NAME,
                      C_("complaint stats", "4. Remarks: problems, follow-up, next week's plan"),
                      b->section);
  b->row++;
  worksheet_set_row (b->ws, b->row, 110, NULL);
  pd_xlsx_merge_text (b->ws, b->row, W_NAME, W_N_COLS - 1, NULL, b->box);
  b->row += 2;

  worksheet_set_row (b->ws, b->row, 30, NULL);
  pd_xlsx_write_text (b->ws, b->row, W_NAME, C_("complaint stats", "Prepared by: __________"),
                      b->s.signature);
  pd_xlsx_write_text (b->ws, b->row, W_INVALID,
                      C_("complaint stats", "Supervisor: __________"), b->s.signature);
  pd_xlsx_write_text (b->ws, b->row, W_OVERDUE, C_("complaint stats", "Date: ____________"),
                      b->s.signature);
  b->row++;
  return TRUE;
}

static gboolean
week_workbook (PdDatabase  *db,
               const char  *iso_week,
               gint64       as_of,
               const char  *path,
               guint       *out_complaints,
               GError     **error)
{
  g_autoptr(PdComplaintWeekStats) st = NULL;
  g_autofree char *title = NULL;
  PdComplaintPeriod period = { 0 };
  Book b = { 0 };
  gboolean ok;

  st = pd_complaint_stats_week (db, iso_week, as_of, error);
  if (st == NULL)
    return FALSE;
  /* The week as the statistics read it, with its first and last day. */
  if (!pd_complaint_period_parse (st->label, &period, error))
    return FALSE;

  /* A week is a small workbook: merged cells for the paper look. */
  b.wb = pd_xlsx_workbook_new (path, FALSE, error);
  if (b.wb == NULL)
    {
      pd_complaint_period_clear (&period);
      return FALSE;
    }
  book_styles (&b);
  title = g_strdup_printf ("%s %s", C_("complaint stats", "Weekly Complaint Report"), st->label);
  pd_xlsx_set_properties (b.wb, title, NULL, NULL);

  b.ws = pd_xlsx_add_worksheet (b.wb, C_("complaint stats", "Weekly report"), error);
  ok = b.ws != NULL;
  if (ok)
    {
      pd_xlsx_setup_a4 (b.ws, FALSE, TRUE);
      worksheet_fit_to_pages (b.ws, 1, 1);
      pd_xlsx_set_column_widths (b.ws, week_widths, W_N_COLS);
      ok = write_week_sheet (&b, db, st, &period, error);
      if (ok)
        {
          worksheet_print_area (b.ws, 0, 0, b.row - 1, W_N_COLS - 1);
          /* The week's register is judged at the week's cutoff, like its figures. */
          ok = pd_complaint_register_add_sheet (b.wb, db, &period, MIN (st->to, st->as_of),
                                                out_complaints, error);
        }
    }
  pd_complaint_period_clear (&period);
  if (!ok)
    {
      pd_xlsx_workbook_discard (b.wb);
      return FALSE;
    }
  return pd_xlsx_workbook_close (b.wb, path, error);
}

gboolean
pd_complaint_week_report_export_xlsx (PdDatabase  *db,
                                      const char  *iso_week,
                                      gint64       as_of,
                                      const char  *path,
                                      guint       *out_complaints,
                                      GError     **error)
{
  gboolean began, ok;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (iso_week != NULL && path != NULL, FALSE);

  began = read_snapshot_begin (db);
  ok = week_workbook (db, iso_week, as_of, path, out_complaints, error);
  read_snapshot_end (db, began);
  return ok;
}
