// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-callback-store.h"
#include "pd-complaint-register-export.h"
#include "pd-complaint-store.h"
#include "pd-contact-store.h"
#include "pd-mask.h"
#include "pd-repair-rules.h"
#include "pd-repair-stats.h"
#include "pd-rule-error.h"
#include "pd-work-order-export.h"

/* Complaint register. */
enum
{
  R_NO, R_SERIAL, R_RECEIVED, R_COMPLAINANT, R_UNIT, R_CONTENT, R_CATEGORY, R_VALID,
  R_DEPARTMENT, R_DEADLINE, R_RESULT, R_TIMELY, R_CALLBACK, R_N_COLS
};
static const double register_widths[R_N_COLS] = { 5, 13, 11, 9, 11, 30, 11, 7, 10, 11, 24, 8,
                                                  15 };

/* Call/visit register (来电、来访登记表): the paper form's columns, plus the channel and what
 * the entry became. */
enum
{
  L_SERIAL, L_CHANNEL, L_CONTENT, L_CUSTOMER, L_UNIT, L_PHONE, L_RECORDER, L_ACTION,
  L_NEEDED, L_DONE, L_FEEDBACK, L_OUTCOME, L_N_COLS
};
static const double contact_widths[L_N_COLS] = { 14, 5, 28, 9, 11, 13, 11, 22, 19, 19, 17, 14 };

typedef struct
{
  lxw_worksheet        *ws;
  PdXlsxStyles          s;
  lxw_format           *wrap;       /* bordered, left, top, wrapped */
  lxw_format           *wrap_mid;   /* bordered, left, middle, wrapped */
  lxw_format           *center;     /* bordered, centred, middle, wrapped */
  lxw_format           *note;       /* 10 pt, no border, not wrapped: runs over the blank cells */
  lxw_format           *span[3];    /* first, middle, last cell of a line of text over several
                                     * cells, not wrapped and without inner borders: a merge
                                     * where constant memory cannot merge */
  lxw_row_t             row;
  PdExportProgressFunc  progress;
  gpointer              user_data;
  guint                 done;
  guint                 total;
} Sheet;

/* ---- snapshots --------------------------------------------------------------------------- */

/* One read transaction around a whole export: the sheet is a snapshot of one instant, and
 * SQLite takes its read lock once instead of once a statement (which cost a third of the
 * time of a big register). Deferred, so writers are never blocked; nothing is done when the
 * caller already holds a transaction. Returns whether it began one. */
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

/* ---- periods ----------------------------------------------------------------------------- */

void
pd_complaint_period_clear (PdComplaintPeriod *period)
{
  g_clear_pointer (&period->label, g_free);
  g_clear_pointer (&period->range, g_free);
}

static void
set_range (PdComplaintPeriod *period)
{
  g_autofree char *first = pd_repair_form_format_date (period->from);
  /* The last day is the one before the end: the end is the next period's first midnight. */
  g_autofree char *last = pd_repair_form_format_date (period->to - 1);

  g_free (period->range);
  /* TRANSLATORS: a period on a form, first and last day: "2026-03-01 至 2026-03-31" */
  period->range = g_strdup_printf (C_("complaint register", "%s to %s"), first, last);
}

void
pd_complaint_period_month (PdComplaintPeriod *period,
                           int                year,
                           int                month)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  g_return_if_fail (period != NULL);
  g_return_if_fail (month >= 1 && month <= 12);

  start = g_date_time_new_local (year, month, 1, 0, 0, 0);
  end = g_date_time_add_months (start, 1);
  period->from = g_date_time_to_unix (start);
  period->to = g_date_time_to_unix (end);
  g_free (period->label);
  period->label = g_strdup_printf ("%04d-%02d", year, month);
  set_range (period);
}

gboolean
pd_complaint_period_parse (const char         *text,
                           PdComplaintPeriod  *period,
                           GError            **error)
{
  int year = 0, number = 0;

  g_return_val_if_fail (period != NULL, FALSE);

  if (text != NULL && (strchr (text, 'W') != NULL || strchr (text, 'w') != NULL))
    {
      gint64 from = 0, to = 0;

      if (!pd_iso_week_parse (text, NULL, &year, &number, &from, &to, error))
        return FALSE;
      period->from = from;
      period->to = to;
      g_free (period->label);
      period->label = g_strdup_printf ("%04d-W%02d", year, number);
      set_range (period);
      return TRUE;
    }
  if (!pd_repair_stats_parse_month (text != NULL ? text : "", &year, &number, error))
    return FALSE;
  pd_complaint_period_month (period, year, number);
  return TRUE;
}

char *
pd_complaint_register_default_name (const PdComplaintPeriod *period)
{
  /* TRANSLATORS: file name of the complaint register; %s is the month or week */
  return g_strdup_printf (_("Complaint register-%s.xlsx"), period->label);
}

char *
pd_contact_register_default_name (const PdComplaintPeriod *period)
{
  /* TRANSLATORS: file name of the call/visit register; %s is the month or week */
  return g_strdup_printf (_("Call and visit register-%s.xlsx"), period->label);
}

/* ---- layout helpers ---------------------------------------------------------------------- */

static guint
display_width (const char *text)
{
  guint w = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      w += g_unichar_iswide (c) || g_unichar_iswide_cjk (c) ? 2 : 1;
    }
  return w;
}

double
pd_complaint_xlsx_row_height (const char * const *texts,
                              const double       *widths,
                              guint               n,
                              double              min_height)
{
  guint most = 1;

  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) lines = NULL;
      /* A little narrower than the column: the cell's padding and word breaks. */
      double room = MAX (2.0, widths[i] - 1.5);
      guint count = 0;

      if (texts[i] == NULL || *texts[i] == '\0')
        continue;
      lines = g_strsplit (texts[i], "\n", -1);
      for (guint l = 0; lines[l] != NULL; l++)
        count += MAX (1, (guint) ceil (display_width (lines[l]) / room));
      most = MAX (most, count);
    }
  /* Noto Sans CJK at 10 pt sets about 14.5 pt a line. */
  return MAX (min_height, most * 14.5 + 5);
}

static lxw_format *
new_format (lxw_workbook *wb,
            uint8_t       align,
            uint8_t       valign,
            gboolean      border)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, PD_XLSX_FONT);
  format_set_font_size (f, 10);
  if (border)
    {
      format_set_border (f, LXW_BORDER_THIN);
      format_set_text_wrap (f);
    }
  format_set_align (f, align);
  format_set_align (f, valign);
  return f;
}

static gboolean
sheet_begin (Sheet         *sh,
             lxw_workbook  *wb,
             const char    *name,
             const char    *title,
             const char    *period_line,
             const char    *left_note,
             const double  *widths,
             const char   **headings,
             guint          n_cols,
             GError       **error)
{
  g_autofree char *now = pd_xlsx_format_now ();
  g_autofree char *exported = g_strdup_printf (C_("complaint register", "Exported: %s"), now);
  g_autofree char *left = NULL;

  sh->ws = pd_xlsx_add_worksheet (wb, name, error);
  if (sh->ws == NULL)
    return FALSE;
  pd_xlsx_styles_init (&sh->s, wb);
  sh->wrap = new_format (wb, LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_TOP, TRUE);
  sh->wrap_mid = new_format (wb, LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_CENTER, TRUE);
  sh->center = new_format (wb, LXW_ALIGN_CENTER, LXW_ALIGN_VERTICAL_CENTER, TRUE);
  sh->note = new_format (wb, LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_CENTER, FALSE);
  for (int i = 0; i < 3; i++)
    {
      sh->span[i] = new_format (wb, LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_CENTER, FALSE);
      format_set_top (sh->span[i], LXW_BORDER_THIN);
      format_set_bottom (sh->span[i], LXW_BORDER_THIN);
    }
  format_set_left (sh->span[0], LXW_BORDER_THIN);
  format_set_right (sh->span[2], LXW_BORDER_THIN);

  pd_xlsx_setup_a4 (sh->ws, TRUE, TRUE);
  pd_xlsx_set_column_widths (sh->ws, widths, n_cols);
  /* The headings (0-based row 2) print on every page. */
  worksheet_repeat_rows (sh->ws, 2, 2);
  sh->row = 0;

  worksheet_set_row (sh->ws, sh->row, 34, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, 0, n_cols - 1, title,
                      sh->ws->optimize ? sh->s.title_across : sh->s.title);
  sh->row++;

  left = left_note != NULL && *left_note != '\0'
         ? g_strdup_printf ("%s    %s", period_line, left_note) : g_strdup (period_line);
  worksheet_set_row (sh->ws, sh->row, 22, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, 0, left, sh->s.subtitle);
  pd_xlsx_write_text (sh->ws, sh->row, n_cols - 1, exported, sh->s.subtitle_right);
  sh->row++;

  worksheet_set_row (sh->ws, sh->row, 30, NULL);
  for (guint c = 0; c < n_cols; c++)
    pd_xlsx_write_text (sh->ws, sh->row, c, headings[c], sh->s.header);
  sh->row++;
  worksheet_freeze_panes (sh->ws, 3, 0);
  return TRUE;
}

/* Counts a row; FALSE when the progress callback cancels. */
static gboolean
tick (Sheet *sh)
{
  sh->done++;
  if (sh->progress != NULL && (sh->done % 500 == 0 || sh->done == sh->total)
      && !sh->progress (sh->done, sh->total, sh->user_data))
    return FALSE;
  return TRUE;
}

static char *
period_text (const PdComplaintPeriod *period)
{
  /* TRANSLATORS: the period line of a register: "期间：2026-03（2026-03-01 至 2026-03-31）" */
  return g_strdup_printf (C_("complaint register", "Period: %s (%s)"), period->label,
                          period->range);
}

/* ---- the complaint register -------------------------------------------------------------- */

static char *
result_text (PdComplaint *c)
{
  PdComplaintState state = pd_complaint_get_state (c);
  const char *result = pd_complaint_get_department_result (c);

  if (state == PD_COMPLAINT_STATE_INVALID)
    {
      const char *note = pd_complaint_get_validity_note (c);
      /* TRANSLATORS: result column of an invalid complaint: "无效：<explanation>" */
      return g_strdup_printf (C_("complaint register", "Not valid: %s"), note ? note : "");
    }
  if (result != NULL && *result != '\0' && pd_complaint_get_handled_at (c) > 0)
    return g_strdup (result);
  return g_strdup (pd_complaint_get_state_label (c));
}

static char *
callback_cell (GPtrArray *callbacks)
{
  PdCallback *last;
  g_autofree char *at = NULL;

  if (callbacks == NULL || callbacks->len == 0)
    return g_strdup ("");
  last = g_ptr_array_index (callbacks, callbacks->len - 1);
  at = pd_repair_form_format_date (last->called_at);
  /* TRANSLATORS: the callback column: date, method, answer: "2026-03-15 电话 满意" */
  return g_strdup_printf (C_("complaint register", "%s %s %s"), at,
                          pd_callback_method_to_label (last->method),
                          last->satisfied ? C_("complaint register", "satisfied")
                                          : C_("complaint register", "not satisfied"));
}

/* Short words for the narrow column (the store's labels are sentences). */
static const char *
validity_cell (PdComplaintValidity valid)
{
  switch (valid)
    {
    case PD_COMPLAINT_VALIDITY_VALID:
      return C_("complaint register", "valid");
    case PD_COMPLAINT_VALIDITY_INVALID:
      return C_("complaint register", "not valid");
    case PD_COMPLAINT_VALIDITY_UNDECIDED:
    default:
      return C_("complaint register", "not decided");
    }
}

typedef struct
{
  gint64 cases, invalid, on_time, late, open_not_due;
} RegisterTotals;

static gboolean
complaint_row (Sheet          *sh,
               PdDatabase     *db,
               gint64          id,
               gint64          as_of,
               RegisterTotals *totals,
               GError        **error)
{
  g_autoptr(PdComplaint) c = pd_complaint_store_get (db, id, error);
  g_autoptr(GPtrArray) callbacks = NULL;
  g_autofree char *received = NULL, *unit = NULL, *deadline = NULL, *result = NULL;
  g_autofree char *callback = NULL, *serial = NULL;
  const char *content, *timely, *texts[R_N_COLS] = { NULL };
  lxw_row_t row = sh->row;

  if (c == NULL)
    return FALSE;
  callbacks = pd_callback_store_list (db, PD_CALLBACK_SUBJECT_COMPLAINT, id, error);
  if (callbacks == NULL)
    return FALSE;

  received = pd_repair_form_format_time (pd_complaint_get_received_at (c));
  unit = pd_complaint_dup_unit_label (c);
  deadline = pd_complaint_get_state (c) == PD_COMPLAINT_STATE_INVALID
             ? g_strdup ("") : pd_repair_form_format_time (pd_complaint_get_deadline_at (c));
  result = result_text (c);
  callback = callback_cell (callbacks);
  content = pd_complaint_get_content (c);
  serial = pd_complaint_get_serious (c)
           /* TRANSLATORS: a serious complaint's serial in the register: "TS2026-0042（重大）" */
           ? g_strdup_printf (C_("complaint register", "%s (serious)"),
                              pd_complaint_get_serial (c))
           : g_strdup (pd_complaint_get_serial (c));

  totals->cases++;
  switch (pd_complaint_get_timeliness (c, as_of))
    {
    case PD_COMPLAINT_TIMELINESS_EXCLUDED:
      totals->invalid++;
      timely = "—";
      break;
    case PD_COMPLAINT_TIMELINESS_ON_TIME:
      totals->on_time++;
      timely = C_("complaint register", "Yes");
      break;
    case PD_COMPLAINT_TIMELINESS_LATE:
      totals->late++;
      timely = C_("complaint register", "No");
      break;
    case PD_COMPLAINT_TIMELINESS_OPEN_NOT_DUE:
    default:
      totals->open_not_due++;
      timely = C_("complaint register", "Not yet due");
      break;
    }

  texts[R_SERIAL] = serial;
  texts[R_RECEIVED] = received;
  texts[R_COMPLAINANT] = pd_complaint_get_complainant (c);
  texts[R_UNIT] = unit;
  texts[R_CONTENT] = content;
  texts[R_CATEGORY] = pd_complaint_get_category_name (c);
  texts[R_DEPARTMENT] = pd_complaint_get_department_name (c);
  texts[R_RESULT] = result;
  texts[R_CALLBACK] = callback;
  worksheet_set_row (sh->ws, row, pd_complaint_xlsx_row_height (texts, register_widths,
                                                                 R_N_COLS, 22), NULL);

  worksheet_write_number (sh->ws, row, R_NO, sh->done + 1, sh->center);
  pd_xlsx_write_text (sh->ws, row, R_SERIAL, serial, sh->wrap_mid);
  pd_xlsx_write_text (sh->ws, row, R_RECEIVED, received, sh->wrap_mid);
  pd_xlsx_write_text (sh->ws, row, R_COMPLAINANT, pd_complaint_get_complainant (c), sh->wrap_mid);
  pd_xlsx_write_text (sh->ws, row, R_UNIT, unit, sh->wrap_mid);
  pd_xlsx_write_text (sh->ws, row, R_CONTENT, content, sh->wrap);
  pd_xlsx_write_text (sh->ws, row, R_CATEGORY, pd_complaint_get_category_name (c), sh->wrap_mid);
  pd_xlsx_write_text (sh->ws, row, R_VALID, validity_cell (pd_complaint_get_valid (c)),
                      sh->center);
  pd_xlsx_write_text (sh->ws, row, R_DEPARTMENT, pd_complaint_get_department_name (c),
                      sh->wrap_mid);
  pd_xlsx_write_text (sh->ws, row, R_DEADLINE, deadline, sh->wrap_mid);
  pd_xlsx_write_text (sh->ws, row, R_RESULT, result, sh->wrap);
  pd_xlsx_write_text (sh->ws, row, R_TIMELY, timely, sh->center);
  pd_xlsx_write_text (sh->ws, row, R_CALLBACK, callback, sh->wrap_mid);
  sh->row++;
  sh->done++;
  return TRUE;
}

static gboolean
complaint_sheet (lxw_workbook             *wb,
                 PdDatabase               *db,
                 const PdComplaintPeriod  *period,
                 gint64                    as_of,
                 guint                    *out_rows,
                 GError                  **error)
{
  const char *headings[R_N_COLS] = {
    C_("complaint register", "No."), C_("complaint register", "Serial"),
    C_("complaint register", "Received"), C_("complaint register", "Complainant"),
    C_("complaint register", "Unit no."), C_("complaint register", "Complaint content"),
    C_("complaint register", "Category"), C_("complaint register", "Valid"),
    C_("complaint register", "Department"), C_("complaint register", "Deadline"),
    C_("complaint register", "Result"), C_("complaint register", "On time"),
    C_("complaint register", "Callback"),
  };
  g_autofree char *period_line = period_text (period);
  g_autofree char *as_of_text = NULL;
  g_autofree char *as_of_note = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *rate = NULL;
  g_autoptr(GArray) ids = NULL;
  PdComplaintQuery q;
  RegisterTotals totals = { 0 };
  Sheet sh = { 0 };

  if (as_of <= 0)
    as_of = g_get_real_time () / G_USEC_PER_SEC;
  as_of_text = pd_repair_form_format_time (as_of);
  /* TRANSLATORS: when the on-time column was judged: "及时情况截至 2026-04-01 08:00" */
  as_of_note = g_strdup_printf (C_("complaint register", "On time as of %s"), as_of_text);

  pd_complaint_query_init (&q);
  q.filter = PD_COMPLAINT_FILTER_ALL;
  q.received_from = period->from;
  q.received_to = period->to;
  q.sort = PD_COMPLAINT_SORT_RECEIVED;
  q.reverse = TRUE;
  q.now = as_of;
  ids = pd_complaint_store_query_ids (db, &q, error);
  if (ids == NULL)
    return FALSE;

  if (!sheet_begin (&sh, wb, C_("complaint register", "Complaint register"),
                    C_("complaint register", "Complaint Register"), period_line, as_of_note,
                    register_widths, headings, R_N_COLS, error))
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    if (!complaint_row (&sh, db, g_array_index (ids, gint64, i), as_of, &totals, error))
      return FALSE;

  rate = pd_kpi_format_permille (pd_complaint_timeliness_permille (totals.on_time, totals.late));
  summary = g_strdup_printf (C_("complaint register",
                                "%lld complaints: %lld not valid; of the valid ones %lld on "
                                "time, %lld late, %lld open and not yet due. Timeliness rate "
                                "%s."),
                             (long long) totals.cases, (long long) totals.invalid,
                             (long long) totals.on_time, (long long) totals.late,
                             (long long) totals.open_not_due, rate);
  worksheet_set_row (sh.ws, sh.row, 26, NULL);
  pd_xlsx_write_text (sh.ws, sh.row, R_NO, C_("complaint register", "Total"), sh.s.label);
  if (sh.ws->optimize)
    {
      pd_xlsx_write_text (sh.ws, sh.row, R_SERIAL, summary, sh.span[0]);
      for (lxw_col_t c = R_SERIAL + 1; c < R_N_COLS; c++)
        worksheet_write_blank (sh.ws, sh.row, c, sh.span[c == R_N_COLS - 1 ? 2 : 1]);
    }
  else
    pd_xlsx_merge_text (sh.ws, sh.row, R_SERIAL, R_N_COLS - 1, summary, sh.wrap_mid);
  sh.row++;
  pd_xlsx_write_text (sh.ws, sh.row, R_NO,
                      C_("complaint register", "The rate counts the valid complaints with a "
                                               "result or past their deadline; open ones not yet "
                                               "due and invalid ones are left out."),
                      sh.note);
  sh.row += 2;
  worksheet_set_row (sh.ws, sh.row, 26, NULL);
  pd_xlsx_write_text (sh.ws, sh.row, R_SERIAL,
                      C_("complaint register", "Registered by: ____________"), sh.s.signature);
  pd_xlsx_write_text (sh.ws, sh.row, R_CONTENT,
                      C_("complaint register", "Reviewed by: ____________"), sh.s.signature);
  pd_xlsx_write_text (sh.ws, sh.row, R_RESULT,
                      C_("complaint register", "Date: ______ / ____ / ____"), sh.s.signature);
  sh.row++;
  worksheet_print_area (sh.ws, 0, 0, sh.row - 1, R_N_COLS - 1);

  if (out_rows != NULL)
    *out_rows = ids->len;
  return TRUE;
}

gboolean
pd_complaint_register_add_sheet (lxw_workbook             *wb,
                                 PdDatabase               *db,
                                 const PdComplaintPeriod  *period,
                                 gint64                    as_of,
                                 guint                    *out_rows,
                                 GError                  **error)
{
  gboolean began, ok;

  g_return_val_if_fail (wb != NULL, FALSE);
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (period != NULL && period->label != NULL, FALSE);

  began = read_snapshot_begin (db);
  ok = complaint_sheet (wb, db, period, as_of, out_rows, error);

  read_snapshot_end (db, began);
  return ok;
}

gboolean
pd_complaint_register_export_xlsx (PdDatabase               *db,
                                   const PdComplaintPeriod  *period,
                                   gint64                    as_of,
                                   const char               *path,
                                   guint                    *out_rows,
                                   GError                  **error)
{
  g_autofree char *title = NULL;
  lxw_workbook *wb;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (period != NULL && path != NULL, FALSE);

  /* A period's complaints are a few hundred rows at most: merged cells are affordable. */
  wb = pd_xlsx_workbook_new (path, FALSE, error);
  if (wb == NULL)
    return FALSE;
  title = g_strdup_printf ("%s %s", C_("complaint register", "Complaint Register"),
                           period->label);
  pd_xlsx_set_properties (wb, title, NULL, NULL);
  if (!pd_complaint_register_add_sheet (wb, db, period, as_of, out_rows, error))
    {
      pd_xlsx_workbook_discard (wb);
      return FALSE;
    }
  return pd_xlsx_workbook_close (wb, path, error);
}

/* ---- the call/visit register ------------------------------------------------------------- */

/* A later column of the paper register: the text, then who wrote it and when on a second
 * line, like the paper's "填表人：  日期：" under each box. */
static char *
step_cell (const char *text,
           const char *by,
           gint64      at)
{
  g_autofree char *date = pd_repair_form_format_date (at);
  g_autofree char *sign = NULL;

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  if ((by == NULL || *by == '\0') && date[0] == '\0')
    return g_strdup (text);
  sign = g_strdup_printf ("%s%s%s", by ? by : "", by && *by && date[0] ? " " : "", date);
  /* TRANSLATORS: a register box: its text, then "(who date)" on the next line */
  return g_strdup_printf (C_("complaint register", "%s\n(%s)"), text, sign);
}

static gboolean
contact_row (Sheet       *sh,
             PdDatabase  *db,
             gint64       id,
             gboolean     full_phone,
             GError     **error)
{
  g_autoptr(PdContact) c = pd_contact_store_get (db, id, error);
  g_autofree char *unit = NULL, *phone = NULL, *recorded = NULL, *action = NULL;
  g_autofree char *needed = NULL, *done = NULL, *feedback = NULL, *outcome = NULL;
  g_autofree char *received = NULL;
  const char *raw_phone, *recorder, *linked, *texts[L_N_COLS] = { NULL };
  lxw_row_t row = sh->row;

  if (c == NULL)
    return FALSE;

  unit = pd_contact_dup_unit_label (c);
  raw_phone = pd_contact_get_phone (c) ? pd_contact_get_phone (c) : "";
  phone = full_phone || *raw_phone == '\0' ? g_strdup (raw_phone) : pd_mask_phone (raw_phone);
  received = pd_repair_form_format_time (pd_contact_get_received_at (c));
  recorder = pd_contact_get_recorder (c) ? pd_contact_get_recorder (c) : "";
  recorded = g_strdup_printf ("%s\n%s", recorder, received);
  action = step_cell (pd_contact_get_action_taken (c), pd_contact_get_action_by (c),
                      pd_contact_get_action_at (c));
  needed = step_cell (pd_contact_get_follow_up_needed (c), pd_contact_get_follow_up_needed_by (c),
                      pd_contact_get_follow_up_needed_at (c));
  done = step_cell (pd_contact_get_follow_up_done (c), pd_contact_get_follow_up_done_by (c),
                    pd_contact_get_follow_up_done_at (c));
  feedback = step_cell (pd_contact_get_customer_feedback (c), NULL,
                        pd_contact_get_customer_feedback_at (c));
  linked = pd_contact_get_linked_serial (c);
  outcome = linked != NULL && *linked != '\0'
            ? g_strdup_printf ("%s\n%s", pd_contact_get_outcome_label (c), linked)
            : g_strdup (pd_contact_get_outcome_label (c));

  texts[L_CONTENT] = pd_contact_get_content (c);
  texts[L_CUSTOMER] = pd_contact_get_caller (c);
  texts[L_UNIT] = unit;
  texts[L_RECORDER] = recorded;
  texts[L_ACTION] = action;
  texts[L_NEEDED] = needed;
  texts[L_DONE] = done;
  texts[L_FEEDBACK] = feedback;
  texts[L_OUTCOME] = outcome;
  worksheet_set_row (sh->ws, row, pd_complaint_xlsx_row_height (texts, contact_widths, L_N_COLS,
                                                                 34), NULL);

  pd_xlsx_write_text (sh->ws, row, L_SERIAL, pd_contact_get_serial (c), sh->wrap_mid);
  pd_xlsx_write_text (sh->ws, row, L_CHANNEL, pd_contact_get_channel_label (c), sh->center);
  pd_xlsx_write_text (sh->ws, row, L_CONTENT, pd_contact_get_content (c), sh->wrap);
  pd_xlsx_write_text (sh->ws, row, L_CUSTOMER, pd_contact_get_caller (c), sh->wrap_mid);
  pd_xlsx_write_text (sh->ws, row, L_UNIT, unit, sh->wrap_mid);
  pd_xlsx_write_text (sh->ws, row, L_PHONE, phone, sh->wrap_mid);
  pd_xlsx_write_text (sh->ws, row, L_RECORDER, recorded, sh->wrap_mid);
  pd_xlsx_write_text (sh->ws, row, L_ACTION, action, sh->wrap);
  pd_xlsx_write_text (sh->ws, row, L_NEEDED, needed, sh->wrap);
  pd_xlsx_write_text (sh->ws, row, L_DONE, done, sh->wrap);
  pd_xlsx_write_text (sh->ws, row, L_FEEDBACK, feedback, sh->wrap);
  pd_xlsx_write_text (sh->ws, row, L_OUTCOME, outcome, sh->wrap_mid);
  sh->row++;
  return TRUE;
}

static gboolean
contact_sheet (lxw_workbook             *wb,
               PdDatabase               *db,
               const PdComplaintPeriod  *period,
               gboolean                  full_phone,
               PdExportProgressFunc      progress,
               gpointer                  user_data,
               guint                    *out_rows,
               GError                  **error)
{
  const char *headings[L_N_COLS] = {
    C_("complaint register", "Serial"), C_("complaint register", "Channel"),
    C_("complaint register", "Content"), C_("complaint register", "Customer"),
    C_("complaint register", "Unit no."), C_("complaint register", "Contact"),
    C_("complaint register", "Recorded by / date"), C_("complaint register", "Action taken"),
    C_("complaint register", "Follow-up needed"), C_("complaint register", "Follow-up done"),
    C_("complaint register", "Customer feedback"), C_("complaint register", "Became"),
  };
  g_autofree char *period_line = period_text (period);
  g_autofree char *count_line = NULL;
  g_autoptr(GArray) ids = NULL;
  PdContactQuery q;
  Sheet sh = { 0 };

  pd_contact_query_init (&q);
  q.received_from = period->from;
  q.received_to = period->to;
  q.oldest_first = TRUE;
  ids = pd_contact_store_query_ids (db, &q, error);
  if (ids == NULL)
    return FALSE;

  if (!sheet_begin (&sh, wb, C_("complaint register", "Call and visit register"),
                    C_("complaint register", "Call and Visit Register"), period_line, NULL,
                    contact_widths, headings, L_N_COLS, error))
    return FALSE;
  sh.progress = progress;
  sh.user_data = user_data;
  sh.total = ids->len;

  for (guint i = 0; i < ids->len; i++)
    {
      if (!contact_row (&sh, db, g_array_index (ids, gint64, i), full_phone, error))
        return FALSE;
      if (!tick (&sh))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The export was cancelled; no file was written."));
          return FALSE;
        }
    }

  count_line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry in the period.",
                                             "%u entries in the period.", ids->len),
                                ids->len);
  sh.row++;
  pd_xlsx_write_text (sh.ws, sh.row, L_SERIAL, count_line, sh.note);
  sh.row += 2;
  worksheet_set_row (sh.ws, sh.row, 26, NULL);
  pd_xlsx_write_text (sh.ws, sh.row, L_CONTENT,
                      C_("complaint register", "Reviewed by: ____________"), sh.s.signature);
  pd_xlsx_write_text (sh.ws, sh.row, L_NEEDED,
                      C_("complaint register", "Date: ______ / ____ / ____"), sh.s.signature);
  sh.row++;
  worksheet_print_area (sh.ws, 0, 0, sh.row - 1, L_N_COLS - 1);

  if (out_rows != NULL)
    *out_rows = ids->len;
  return TRUE;
}

gboolean
pd_contact_register_add_sheet (lxw_workbook             *wb,
                               PdDatabase               *db,
                               const PdComplaintPeriod  *period,
                               gboolean                  full_phone,
                               PdExportProgressFunc      progress,
                               gpointer                  user_data,
                               guint                    *out_rows,
                               GError                  **error)
{
  gboolean began, ok;

  g_return_val_if_fail (wb != NULL, FALSE);
  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (period != NULL && period->label != NULL, FALSE);

  began = read_snapshot_begin (db);
  ok = contact_sheet (wb, db, period, full_phone, progress, user_data, out_rows, error);

  read_snapshot_end (db, began);
  return ok;
}

gboolean
pd_contact_register_export_xlsx (PdDatabase               *db,
                                 const PdComplaintPeriod  *period,
                                 gboolean                  full_phone,
                                 const char               *path,
                                 PdExportProgressFunc      progress,
                                 gpointer                  user_data,
                                 guint                    *out_rows,
                                 GError                  **error)
{
  g_autofree char *title = NULL;
  lxw_workbook *wb;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (period != NULL && path != NULL, FALSE);

  wb = pd_xlsx_workbook_new (path, TRUE, error);
  if (wb == NULL)
    return FALSE;
  title = g_strdup_printf ("%s %s", C_("complaint register", "Call and Visit Register"),
                           period->label);
  pd_xlsx_set_properties (wb, title, NULL, NULL);
  if (!pd_contact_register_add_sheet (wb, db, period, full_phone, progress, user_data, out_rows,
                                      error))
    {
      pd_xlsx_workbook_discard (wb);
      return FALSE;
    }
  return pd_xlsx_workbook_close (wb, path, error);
}
