// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-money.h"
#include "pd-quantity.h"
#include "pd-repair-settings.h"
#include "pd-repair-store.h"
#include "pd-settlement-export.h"
#include "pd-work-order-export.h"
#include "pd-xlsx-common.h"

enum
{
  COL_NO, COL_QUOTA, COL_ITEM, COL_UOM, COL_QTY, COL_PRICE, COL_BEFORE, COL_APPROVED,
  COL_REMARKS, N_COLS
};

typedef struct
{
  lxw_workbook  *wb;
  lxw_worksheet *ws;
  PdXlsxStyles   s;
  lxw_format    *value;     /* bordered, left, wrapped */
  lxw_format    *center;    /* no border, centred: the date under the title */
  lxw_format    *sign;      /* no border, left, bottom: signature lines */
  lxw_format    *capitals;  /* bordered, bold, left: the approved total in capitals */
  lxw_row_t      row;
} Sheet;

void
pd_settlement_form_free (PdSettlementForm *form)
{
  if (form == NULL)
    return;
  g_clear_pointer (&form->settlement, pd_settlement_free);
  g_clear_object (&form->repair);
  g_free (form->title);
  g_free (form->customer);
  g_free (form->unit_label);
  g_free (form->estate);
  g_free (form->approved_capitals);
  g_free (form->decision);
  g_free (form);
}

PdSettlementForm *
pd_settlement_form_load (PdDatabase *db,
                         gint64      repair_id,
                         GError    **error)
{
  g_autoptr(PdSettlementForm) form = g_new0 (PdSettlementForm, 1);
  PdSettlement *s;
  const char *occupant;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  form->repair = pd_repair_store_get (db, repair_id, error);
  if (form->repair == NULL)
    return NULL;
  form->settlement = pd_settlement_store_get_for_repair (db, repair_id, error);
  if (form->settlement == NULL)
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                     _("Repair order %s has no settlement sheet yet."),
                     pd_repair_get_serial (form->repair));
      return NULL;
    }
  s = form->settlement;

  /* TRANSLATORS: title of the settlement sheet; %s is "A" or "B" */
  form->title = g_strdup_printf (C_("repair form", "Repair Settlement Sheet (Class %s)"),
                                 pd_settlement_class_to_code (s->klass));
  occupant = pd_repair_get_occupant_name (form->repair);
  form->customer = g_strdup (occupant != NULL && *occupant != '\0'
                             ? occupant : pd_repair_get_reporter (form->repair));
  form->unit_label = pd_repair_dup_unit_label (form->repair);
  form->estate = pd_repair_form_estate (db, form->repair);
  form->approved_capitals = pd_money_capitals (s->tax_inclusive_fen,
                                               pd_repair_settings_get_rmb_prefix (db));
  if (s->decided_at > 0)
    {
      g_autofree char *date = pd_repair_form_format_date (s->decided_at);
      form->decision = g_strdup_printf ("%s  %s  %s", pd_settlement_state_to_label (s->state),
                                        s->decided_by, date);
    }
  else
    form->decision = g_strdup (pd_settlement_state_to_label (s->state));
  return g_steal_pointer (&form);
}

char *
pd_settlement_export_default_name (PdRepair *repair)
{
  g_return_val_if_fail (PD_IS_REPAIR (repair), NULL);

  /* TRANSLATORS: file name of an exported settlement sheet; %s is the order's serial number */
  return g_strdup_printf (_("Settlement sheet-%s.xlsx"), pd_repair_get_serial (repair));
}

static void
write_head (Sheet            *sh,
            PdSettlementForm *f)
{
  PdSettlement *s = f->settlement;
  g_autofree char *order = g_strdup_printf (C_("repair form", "Work order %s"),
                                            pd_repair_get_serial (f->repair));

  worksheet_set_row (sh->ws, sh->row, 40, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_NO, COL_REMARKS, f->title, sh->s.title);
  sh->row++;

  worksheet_set_row (sh->ws, sh->row, 24, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_NO, COL_ITEM, order, sh->s.subtitle);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_UOM, COL_BEFORE, s->settle_date, sh->center);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_APPROVED, COL_REMARKS,
                      pd_settlement_state_to_label (s->state), sh->s.subtitle_right);
  sh->row++;

  worksheet_set_row (sh->ws, sh->row, 30, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_NO, COL_QUOTA, C_("repair form", "Customer"),
                      sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_ITEM, f->customer, sh->value);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_UOM, COL_QTY, C_("repair form", "Estate"),
                      sh->s.label);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_PRICE, COL_BEFORE, f->estate, sh->value);
  pd_xlsx_write_text (sh->ws, sh->row, COL_APPROVED, C_("repair form", "Unit no."), sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_REMARKS, f->unit_label, sh->value);
  sh->row++;
}

static void
write_lines (Sheet            *sh,
             PdSettlementForm *f)
{
  PdSettlement *s = f->settlement;
  guint lines = MAX (s->lines->len, PD_SETTLEMENT_FORM_MIN_LINES);
  const char *headings[N_COLS] = {
    C_("repair form", "No."), C_("repair form", "Quota code"),
    C_("repair form", "Work item"), C_("repair form", "Unit of measure"),
    C_("repair form", "Quantity"), C_("repair form", "Approved unit price"),
    C_("repair form", "Total before audit"), C_("repair form", "Approved total"),
    C_("repair form", "Remarks"),
  };

  worksheet_set_row (sh->ws, sh->row, 30, NULL);
  for (int c = 0; c < N_COLS; c++)
    pd_xlsx_write_text (sh->ws, sh->row, c, headings[c], sh->s.header);
  sh->row++;

  for (guint i = 0; i < lines; i++, sh->row++)
    {
      PdSettlementLine *line = i < s->lines->len ? g_ptr_array_index (s->lines, i) : NULL;
      g_autofree char *qty = NULL;

      worksheet_set_row (sh->ws, sh->row, 24, NULL);
      if (line == NULL)
        {
          worksheet_write_number (sh->ws, sh->row, COL_NO, i + 1, sh->s.cell_center);
          for (int c = COL_QUOTA; c < N_COLS; c++)
            worksheet_write_blank (sh->ws, sh->row, c, sh->s.cell);
          continue;
        }
      qty = pd_quantity_format (line->quantity_milli);
      worksheet_write_number (sh->ws, sh->row, COL_NO, line->line_no, sh->s.cell_center);
      pd_xlsx_write_text (sh->ws, sh->row, COL_QUOTA, line->quota_code, sh->s.cell_center);
      pd_xlsx_write_text (sh->ws, sh->row, COL_ITEM, line->item, sh->value);
      pd_xlsx_write_text (sh->ws, sh->row, COL_UOM, line->unit, sh->s.cell_center);
      pd_xlsx_write_text (sh->ws, sh->row, COL_QTY, qty, sh->s.cell_center);
      pd_xlsx_write_money (sh->ws, sh->row, COL_PRICE, line->unit_price_fen, sh->s.money);
      pd_xlsx_write_money (sh->ws, sh->row, COL_BEFORE, line->total_before_fen, sh->s.money);
      pd_xlsx_write_money (sh->ws, sh->row, COL_APPROVED, line->approved_total_fen, sh->s.money);
      pd_xlsx_write_text (sh->ws, sh->row, COL_REMARKS, line->remarks, sh->value);
    }

  /* Totals as numbers, not formulas: LibreOffice shows libxlsxwriter's formulas as 0. */
  worksheet_set_row (sh->ws, sh->row, 26, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_NO, COL_PRICE, C_("repair form", "Total incl. tax"),
                      sh->s.label);
  pd_xlsx_write_money (sh->ws, sh->row, COL_BEFORE, pd_settlement_total_before (s), sh->s.money);
  pd_xlsx_write_money (sh->ws, sh->row, COL_APPROVED, s->tax_inclusive_fen, sh->s.money);
  worksheet_write_blank (sh->ws, sh->row, COL_REMARKS, sh->s.cell);
  sh->row++;

  worksheet_set_row (sh->ws, sh->row, 30, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_NO, COL_ITEM,
                      C_("repair form", "Approved total price (in capitals)"), sh->s.label);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_UOM, COL_REMARKS, f->approved_capitals, sh->capitals);
  sh->row++;

  worksheet_set_row (sh->ws, sh->row, 28, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_NO, COL_ITEM, C_("repair form", "Approval level"),
                      sh->s.label);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_UOM, COL_PRICE, pd_approval_level_to_label (s->level),
                      sh->value);
  pd_xlsx_write_text (sh->ws, sh->row, COL_BEFORE, C_("repair form", "Approval"), sh->s.label);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_APPROVED, COL_REMARKS, f->decision, sh->value);
  sh->row++;
}

static void
write_signatures (Sheet            *sh,
                  PdSettlementForm *f)
{
  PdSettlement *s = f->settlement;
  const struct { const char *label; const char *name; lxw_col_t first, last; } who[] = {
    { C_("repair form", "Supervisor"), s->supervisor, COL_NO, COL_ITEM },
    { C_("repair form", "Handled by"), s->handler, COL_UOM, COL_PRICE },
    { C_("repair form", "Auditing department (seal)"), s->auditor, COL_BEFORE, COL_REMARKS },
  };

  sh->row++;
  worksheet_set_row (sh->ws, sh->row, 36, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (who); i++)
    {
      /* TRANSLATORS: a signature on a form: who signs, then the name or a blank line */
      g_autofree char *text = g_strdup_printf (C_("repair form", "%s: %s"), who[i].label,
                                               who[i].name && *who[i].name ? who[i].name
                                                                           : "____________");
      pd_xlsx_merge_text (sh->ws, sh->row, who[i].first, who[i].last, text, sh->sign);
    }
  sh->row++;
  worksheet_set_row (sh->ws, sh->row, 26, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (who); i++)
    pd_xlsx_merge_text (sh->ws, sh->row, who[i].first, who[i].last,
                        C_("repair form", "Date: ______ / ____ / ____"), sh->sign);
  sh->row++;
}

static lxw_format *
new_format (lxw_workbook *wb,
            gboolean      border,
            uint8_t       align,
            uint8_t       valign)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, PD_XLSX_FONT);
  format_set_font_size (f, 10);
  if (border)
    format_set_border (f, LXW_BORDER_THIN);
  format_set_align (f, align);
  format_set_align (f, valign);
  format_set_text_wrap (f);
  return f;
}

gboolean
pd_settlement_export_xlsx (PdDatabase  *db,
                           gint64       repair_id,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(PdSettlementForm) form = NULL;
  static const double widths[N_COLS] = { 6, 10, 22, 6, 8, 10, 11, 11, 12 };
  Sheet sh = { 0 };

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  form = pd_settlement_form_load (db, repair_id, error);
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
  sh.value = new_format (sh.wb, TRUE, LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_CENTER);
  sh.center = new_format (sh.wb, FALSE, LXW_ALIGN_CENTER, LXW_ALIGN_VERTICAL_CENTER);
  sh.sign = new_format (sh.wb, FALSE, LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_BOTTOM);
  sh.capitals = new_format (sh.wb, TRUE, LXW_ALIGN_LEFT, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bold (sh.capitals);
  format_set_font_size (sh.capitals, 11);

  pd_xlsx_set_properties (sh.wb, form->title, pd_repair_get_serial (form->repair), form->estate);
  pd_xlsx_setup_a4 (sh.ws, FALSE, TRUE);
  worksheet_fit_to_pages (sh.ws, 1, 1);
  pd_xlsx_set_column_widths (sh.ws, widths, N_COLS);

  write_head (&sh, form);
  write_lines (&sh, form);
  write_signatures (&sh, form);
  worksheet_print_area (sh.ws, 0, 0, sh.row - 1, N_COLS - 1);

  return pd_xlsx_workbook_close (sh.wb, path, error);
}
