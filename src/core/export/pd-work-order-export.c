// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-mask.h"
#include "pd-money.h"
#include "pd-quantity.h"
#include "pd-repair-settings.h"
#include "pd-repair-store.h"
#include "pd-work-order-export.h"
#include "pd-xlsx-common.h"

/* Six columns: label, value, label, value, label, value. The charge table reuses them as
 * 序号, 收费项目, 单位, 数量, 单价, 金额. */
enum { COL_A, COL_B, COL_C, COL_D, COL_E, COL_F, N_COLS };

typedef struct
{
  lxw_workbook  *wb;
  lxw_worksheet *ws;
  PdXlsxStyles   s;
  lxw_format    *value;      /* bordered, left, wrapped, vertically centred */
  lxw_format    *content;    /* bordered, left, wrapped, top: long texts */
  lxw_format    *serial;     /* bold dark red, right */
  lxw_format    *ticks;      /* no border, left: the class tick boxes above the table */
  lxw_format    *sign;       /* bordered, left, bottom: a signature line inside a cell */
  lxw_row_t      row;
} Sheet;

/* ---- the form's data ------------------------------------------------------------------- */

char *
pd_repair_form_format_time (gint64 unix_utc)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_utc <= 0)
    return g_strdup ("");
  utc = g_date_time_new_from_unix_utc (unix_utc);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

char *
pd_repair_form_format_date (gint64 unix_utc)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (unix_utc <= 0)
    return g_strdup ("");
  utc = g_date_time_new_from_unix_utc (unix_utc);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d");
}

char *
pd_repair_form_tick_boxes (const char * const *labels,
                           int                 ticked)
{
  GString *out = g_string_new (NULL);

  for (int i = 0; labels[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "   ");
      g_string_append (out, i == ticked ? "☑ " : "☐ ");
      g_string_append (out, labels[i]);
    }
  return g_string_free (out, FALSE);
}

char *
pd_repair_form_estate (PdDatabase *db,
                       PdRepair   *repair)
{
  const char *estate = pd_repair_get_estate_name (repair);
  g_autoptr(PdStmt) stmt = NULL;
  char *only = NULL;

  if (estate != NULL && *estate != '\0')
    return g_strdup (estate);
  stmt = pd_database_prepare (db, "SELECT name FROM estates LIMIT 2", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      only = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        g_clear_pointer (&only, g_free);
    }
  return only != NULL ? only : g_strdup ("");
}

void
pd_work_order_form_free (PdWorkOrderForm *form)
{
  if (form == NULL)
    return;
  g_clear_object (&form->repair);
  g_clear_pointer (&form->charges, g_ptr_array_unref);
  g_free (form->total_capitals);
  g_free (form->customer);
  g_free (form->phone);
  g_free (form->unit_label);
  g_free (form->estate);
  g_free (form->title);
  g_free (form);
}

PdWorkOrderForm *
pd_work_order_form_load (PdDatabase *db,
                         gint64      repair_id,
                         gboolean    full_phone,
                         GError    **error)
{
  g_autoptr(PdWorkOrderForm) form = g_new0 (PdWorkOrderForm, 1);
  const char *occupant, *phone;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  form->repair = pd_repair_store_get (db, repair_id, error);
  if (form->repair == NULL)
    return NULL;
  form->charges = pd_repair_store_list_charges (db, repair_id, error);
  if (form->charges == NULL)
    return NULL;
  for (guint i = 0; i < form->charges->len; i++)
    form->total_fen += ((PdRepairCharge *) g_ptr_array_index (form->charges, i))->amount_fen;
  form->total_capitals = pd_money_capitals (form->total_fen,
                                            pd_repair_settings_get_rmb_prefix (db));

  occupant = pd_repair_get_occupant_name (form->repair);
  form->customer = g_strdup (occupant != NULL && *occupant != '\0'
                             ? occupant : pd_repair_get_reporter (form->repair));
  phone = pd_repair_get_reporter_phone (form->repair);
  form->phone = full_phone || phone == NULL || *phone == '\0' ? g_strdup (phone ? phone : "")
                                                              : pd_mask_phone (phone);
  form->unit_label = pd_repair_dup_unit_label (form->repair);
  form->estate = pd_repair_form_estate (db, form->repair);
  form->title = g_strdup (C_("repair form", "Work Order"));
  return g_steal_pointer (&form);
}

char *
pd_work_order_export_default_name (PdRepair *repair)
{
  g_return_val_if_fail (PD_IS_REPAIR (repair), NULL);

  /* TRANSLATORS: file name of an exported work order; %s is the order's serial number */
  return g_strdup_printf (_("Work order-%s.xlsx"), pd_repair_get_serial (repair));
}

/* ---- the sheet -------------------------------------------------------------------------- */

static const char *
or_blank (const char *text)
{
  return text != NULL ? text : "";
}

/* | label | value | label | value | label | value | */
static void
row3 (Sheet      *sh,
      double      height,
      const char *l1,
      const char *v1,
      const char *l2,
      const char *v2,
      const char *l3,
      const char *v3)
{
  worksheet_set_row (sh->ws, sh->row, height, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_A, l1, sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_B, v1, sh->value);
  pd_xlsx_write_text (sh->ws, sh->row, COL_C, l2, sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_D, v2, sh->value);
  pd_xlsx_write_text (sh->ws, sh->row, COL_E, l3, sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_F, v3, sh->value);
  sh->row++;
}

/* | label | value across B..D | label | value | */
static void
row_wide (Sheet      *sh,
          double      height,
          const char *l1,
          const char *v1,
          const char *l2,
          const char *v2)
{
  worksheet_set_row (sh->ws, sh->row, height, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_A, l1, sh->s.label);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_B, COL_D, v1, sh->value);
  pd_xlsx_write_text (sh->ws, sh->row, COL_E, l2, sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_F, v2, sh->value);
  sh->row++;
}

static void
write_head (Sheet           *sh,
            PdWorkOrderForm *f)
{
  PdRepair *r = f->repair;
  const char *classes[] = { C_("repair form", "Class A (warranty)"),
                            C_("repair form", "Class B (company pays)"),
                            C_("repair form", "Paid"), NULL };
  g_autofree char *ticks = pd_repair_form_tick_boxes (classes,
                                                      (int) pd_repair_get_repair_class (r));
  g_autofree char *serial = g_strdup_printf (C_("repair form", "No. %s"),
                                             pd_repair_get_serial (r));

  worksheet_set_row (sh->ws, sh->row, 40, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_A, COL_F, f->title, sh->s.title);
  sh->row++;

  worksheet_set_row (sh->ws, sh->row, 24, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_A, COL_D, ticks, sh->ticks);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_E, COL_F, serial, sh->serial);
  sh->row++;
}

static void
write_intake (Sheet           *sh,
              PdWorkOrderForm *f)
{
  PdRepair *r = f->repair;
  const char *sources[] = { C_("repair form", "Property office"), C_("repair form", "Customer"),
                            C_("repair form", "Business dept."), NULL };
  static const int source_box[] = { 1, 0, 2 };  /* PdRepairSource → box on the paper form */
  g_autofree char *reported = pd_repair_form_format_time (pd_repair_get_reported_at (r));
  g_autofree char *appointment = pd_repair_form_format_time (pd_repair_get_appointment_at (r));
  g_autofree char *accepted = pd_repair_form_format_time (pd_repair_get_accepted_at (r));
  g_autofree char *dispatched = pd_repair_form_format_time (pd_repair_get_dispatched_at (r));
  g_autofree char *ticks = NULL;
  g_autofree char *team = NULL;
  g_autofree char *content = NULL;
  const char *department = or_blank (pd_repair_get_department_name (r));
  const char *assignee = or_blank (pd_repair_get_assignee_name (r));
  int source = (int) pd_repair_get_source (r);

  ticks = pd_repair_form_tick_boxes (sources, source >= 0 && source < 3 ? source_box[source] : -1);
  team = g_strdup_printf ("%s%s%s", department, *department && *assignee ? " / " : "", assignee);
  content = g_strdup_printf ("【%s】%s", or_blank (pd_repair_get_category_name (r)),
                             or_blank (pd_repair_get_description (r)));

  row3 (sh, 32, C_("repair form", "Estate"), f->estate,
        C_("repair form", "Unit no."), f->unit_label,
        C_("repair form", "Urgency"), pd_repair_get_urgency_label (r));
  row3 (sh, 32, C_("repair form", "Customer"), f->customer,
        C_("repair form", "Contact phone"), f->phone,
        C_("repair form", "Reported by"), pd_repair_get_reporter (r));

  worksheet_set_row (sh->ws, sh->row, 96, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_A, C_("repair form", "Repair content"), sh->s.label);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_B, COL_F, content, sh->content);
  sh->row++;

  row3 (sh, 32, C_("repair form", "Time filled"), reported,
        C_("repair form", "Handled by"), pd_repair_get_clerk (r),
        C_("repair form", "Issued by"), pd_repair_get_dispatcher (r));
  row3 (sh, 32, C_("repair form", "Channel"), pd_repair_get_channel_label (r),
        C_("repair form", "Appointment"), appointment,
        C_("repair form", "Dispatched"), dispatched);
  row_wide (sh, 38, C_("repair form", "Repair team (signature)"), team,
            C_("repair form", "Time accepted"), accepted);
  row_wide (sh, 38, C_("repair form", "Information source"), ticks,
            C_("repair form", "Time received"), reported);
}

static void
write_result (Sheet           *sh,
              PdWorkOrderForm *f)
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
  lxw_row_t first;

  if (arrived[0])
    g_string_append_printf (result, C_("repair form", "Arrived on site: %s"), arrived);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i][1] != NULL && *parts[i][1] != '\0')
      g_string_append_printf (result, "%s%s%s", result->len ? "\n" : "", parts[i][0],
                              parts[i][1]);

  first = sh->row;
  worksheet_set_row (sh->ws, sh->row, 90, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_B, COL_F, result->str, sh->content);
  sh->row++;
  worksheet_set_row (sh->ws, sh->row, 34, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_B, C_("repair form", "Team leader's self-check"),
                      sh->s.label);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_C, COL_D, "", sh->sign);
  pd_xlsx_write_text (sh->ws, sh->row, COL_E, C_("repair form", "Completion time"), sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_F, completed[0] ? completed : blank_date, sh->value);
  sh->row++;
  worksheet_merge_range (sh->ws, first, COL_A, sh->row - 1, COL_A,
                         C_("repair form", "Repair result"), sh->s.label);

  if (pd_repair_get_occupant_confirmed (r))
    {
      int q = pd_repair_get_rating_quality (r), a = pd_repair_get_rating_attitude (r);

      if (q > 0 || a > 0)
        customer_check = g_strdup_printf (C_("repair form", "Confirmed; quality %d/5, "
                                                            "attitude %d/5"), q, a);
      else
        customer_check = g_strdup (C_("repair form", "Confirmed"));
    }

  first = sh->row;
  {
    const char *checks[] = { C_("repair form", "Customer service check"),
                             C_("repair form", "Customer check"),
                             C_("repair form", "Property office check") };
    const char *filled[] = { NULL, customer_check, NULL };
    const char *dates[] = { blank_date,
                            customer_check && completed_date[0] ? completed_date : blank_date,
                            blank_date };

    for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
      {
        worksheet_set_row (sh->ws, sh->row, 38, NULL);
        pd_xlsx_write_text (sh->ws, sh->row, COL_B, checks[i], sh->s.label);
        pd_xlsx_merge_text (sh->ws, sh->row, COL_C, COL_D, filled[i], sh->sign);
        pd_xlsx_write_text (sh->ws, sh->row, COL_E, C_("repair form", "Date"), sh->s.label);
        pd_xlsx_write_text (sh->ws, sh->row, COL_F, dates[i], sh->value);
        sh->row++;
      }
  }
  worksheet_merge_range (sh->ws, first, COL_A, sh->row - 1, COL_A,
                         C_("repair form", "Acceptance"), sh->s.label);
}

static void
write_charges (Sheet           *sh,
               PdWorkOrderForm *f)
{
  PdRepair *r = f->repair;
  guint lines = MAX (f->charges->len, PD_WORK_ORDER_MIN_CHARGE_LINES);
  const char *headings[] = { C_("repair form", "No."), C_("repair form", "Charge item"),
                             C_("repair form", "Unit of measure"), C_("repair form", "Quantity"),
                             C_("repair form", "Unit price (yuan)"),
                             C_("repair form", "Amount (yuan)") };
  g_autofree char *quote = NULL;

  sh->row++;
  worksheet_set_row (sh->ws, sh->row, 26, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_A, COL_F, C_("repair form", "Paid service charges"),
                      sh->s.header);
  sh->row++;
  worksheet_set_row (sh->ws, sh->row, 24, NULL);
  for (int c = 0; c < N_COLS; c++)
    pd_xlsx_write_text (sh->ws, sh->row, c, headings[c], sh->s.header);
  sh->row++;

  for (guint i = 0; i < lines; i++, sh->row++)
    {
      PdRepairCharge *ch = i < f->charges->len ? g_ptr_array_index (f->charges, i) : NULL;

      worksheet_set_row (sh->ws, sh->row, 22, NULL);
      if (ch == NULL)
        {
          for (int c = 0; c < N_COLS; c++)
            worksheet_write_blank (sh->ws, sh->row, c, sh->s.cell);
          continue;
        }
      {
        g_autofree char *qty = pd_quantity_format (ch->quantity_milli);
        g_autofree char *item = ch->manual && (ch->approved_by == NULL || !*ch->approved_by)
                                ? g_strdup_printf (C_("repair form", "%s (price awaits approval)"),
                                                   ch->item)
                                : g_strdup (ch->item);

        worksheet_write_number (sh->ws, sh->row, COL_A, ch->line_no, sh->s.cell_center);
        pd_xlsx_write_text (sh->ws, sh->row, COL_B, item, sh->s.cell);
        pd_xlsx_write_text (sh->ws, sh->row, COL_C, ch->unit, sh->s.cell_center);
        pd_xlsx_write_text (sh->ws, sh->row, COL_D, qty, sh->s.cell_center);
        pd_xlsx_write_money (sh->ws, sh->row, COL_E, ch->unit_price_fen, sh->s.money);
        pd_xlsx_write_money (sh->ws, sh->row, COL_F, ch->amount_fen, sh->s.money);
      }
    }

  worksheet_set_row (sh->ws, sh->row, 26, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_A, C_("repair form", "Total (in capitals)"),
                      sh->s.label);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_B, COL_E, f->total_capitals, sh->value);
  pd_xlsx_write_money (sh->ws, sh->row, COL_F, f->total_fen, sh->s.money);
  sh->row++;

  if (pd_repair_get_quote_accepted_at (r) > 0)
    {
      g_autofree char *at = pd_repair_form_format_time (pd_repair_get_quote_accepted_at (r));
      quote = g_strdup_printf ("%s  %s", or_blank (pd_repair_get_quote_accepted_by (r)), at);
    }
  worksheet_set_row (sh->ws, sh->row, 28, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_A, C_("repair form", "Quote accepted by"),
                      sh->s.label);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_B, COL_F, quote, sh->sign);
  sh->row++;
}

static lxw_format *
new_format (lxw_workbook *wb,
            double        size,
            gboolean      border,
            uint8_t       valign)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, PD_XLSX_FONT);
  format_set_font_size (f, size);
  if (border)
    format_set_border (f, LXW_BORDER_THIN);
  format_set_align (f, LXW_ALIGN_LEFT);
  format_set_align (f, valign);
  format_set_text_wrap (f);
  return f;
}

gboolean
pd_work_order_export_xlsx (PdDatabase  *db,
                           gint64       repair_id,
                           gboolean     full_phone,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(PdWorkOrderForm) form = NULL;
  static const double widths[N_COLS] = { 13, 19, 13, 19, 11, 19 };
  Sheet sh = { 0 };

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  form = pd_work_order_form_load (db, repair_id, full_phone, error);
  if (form == NULL)
    return FALSE;

  sh.wb = pd_xlsx_workbook_new (path, FALSE, error);
  if (sh.wb == NULL)
    return FALSE;
  sh.ws = pd_xlsx_add_worksheet (sh.wb, pd_repair_get_serial (form->repair), error);
  if (sh.ws == NULL)
    {
      pd_xlsx_workbook_discard (sh.wb);
      return FALSE;
    }

  pd_xlsx_styles_init (&sh.s, sh.wb);
  sh.value = new_format (sh.wb, 10.5, TRUE, LXW_ALIGN_VERTICAL_CENTER);
  sh.content = new_format (sh.wb, 10.5, TRUE, LXW_ALIGN_VERTICAL_TOP);
  sh.sign = new_format (sh.wb, 10.5, TRUE, LXW_ALIGN_VERTICAL_BOTTOM);
  sh.ticks = new_format (sh.wb, 10.5, FALSE, LXW_ALIGN_VERTICAL_CENTER);
  sh.serial = new_format (sh.wb, 11, FALSE, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bold (sh.serial);
  format_set_font_color (sh.serial, 0xC00000);
  format_set_align (sh.serial, LXW_ALIGN_RIGHT);

  pd_xlsx_set_properties (sh.wb, form->title, pd_repair_get_serial (form->repair), form->estate);
  pd_xlsx_setup_a4 (sh.ws, FALSE, TRUE);
  /* A work order is one sheet of paper that travels with the worker. */
  worksheet_fit_to_pages (sh.ws, 1, 1);
  pd_xlsx_set_column_widths (sh.ws, widths, N_COLS);

  write_head (&sh, form);
  write_intake (&sh, form);
  write_result (&sh, form);
  if (pd_repair_get_repair_class (form->repair) == PD_ORDER_CLASS_PAID
      || form->charges->len > 0)
    write_charges (&sh, form);

  sh.row++;
  worksheet_set_row (sh.ws, sh.row, 24, NULL);
  pd_xlsx_merge_text (sh.ws, sh.row, COL_D, COL_F, C_("repair form", "Customer Service Department"),
                      sh.s.subtitle_right);
  sh.row++;
  worksheet_print_area (sh.ws, 0, 0, sh.row - 1, N_COLS - 1);

  return pd_xlsx_workbook_close (sh.wb, path, error);
}
