// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-goods-pass-export.h"
#include "pd-move-store.h"
#include "pd-xlsx-common.h"

/* Columns: 序号, 物品名称, 数量, 单位, 备注. The head block reuses them as label, value, label
 * (C:D merged), value. */
enum { COL_NO, COL_NAME, COL_QTY, COL_UOM, COL_REMARKS, N_COLS };

typedef struct
{
  lxw_workbook  *wb;
  lxw_worksheet *ws;
  PdXlsxStyles   s;
  lxw_format    *value;      /* bordered, left, wrapped: filled-in values of the head block */
  lxw_format    *sign;       /* signature line text */
  lxw_format    *serial;     /* the serial number, bold, right */
  lxw_format    *remarks;    /* bordered, wrapped, vertically centred like the other cells */
  lxw_row_t      row;
} Sheet;

char *
pd_goods_pass_issue_date (PdMoveOut *move_out)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (PD_IS_MOVE_OUT (move_out), NULL);

  if (!pd_move_out_get_pass_issued (move_out))
    return g_strdup ("");
  utc = g_date_time_new_from_unix_utc (pd_move_out_get_pass_issued_at (move_out));
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d");
}

char *
pd_goods_pass_export_default_name (PdMoveOut *move_out)
{
  const char *serial;

  g_return_val_if_fail (PD_IS_MOVE_OUT (move_out), NULL);

  serial = pd_move_out_get_pass_serial (move_out);
  /* TRANSLATORS: file name of an exported goods release pass; %s is its serial number */
  return g_strdup_printf (_("Goods release pass-%s.xlsx"), serial ? serial : "");
}

static void
head_row (Sheet      *sh,
          const char *label1,
          const char *value1,
          const char *label2,
          const char *value2)
{
  worksheet_set_row (sh->ws, sh->row, 28, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_NO, label1, sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_NAME, value1, sh->value);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_QTY, COL_UOM, label2, sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_REMARKS, value2, sh->value);
  sh->row++;
}

static void
write_head (Sheet       *sh,
            PdMoveOut   *mo,
            PdMovePlace *place)
{
  g_autofree char *estate_line = g_strdup_printf (C_("goods pass", "Estate: %s"),
                                                  place->estate_name);
  g_autofree char *serial_line = g_strdup_printf (C_("goods pass", "No. %s"),
                                                  pd_move_out_get_pass_serial (mo));
  g_autofree char *unit = g_strdup_printf ("%s %s", place->building_name, place->unit_number);
  g_autofree char *issued = pd_goods_pass_issue_date (mo);

  worksheet_set_row (sh->ws, sh->row, 48, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_NO, COL_REMARKS, _("Goods Release Pass"),
                      sh->s.title);
  sh->row++;

  worksheet_set_row (sh->ws, sh->row, 26, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_NO, COL_QTY, estate_line, sh->s.subtitle);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_UOM, COL_REMARKS, serial_line, sh->serial);
  sh->row++;

  head_row (sh, C_("goods pass", "Occupant"), place->occupant_name,
            C_("goods pass", "Building and unit"), unit);
  head_row (sh, C_("goods pass", "Owner or tenant"), pd_role_to_label (place->role),
            C_("goods pass", "Move-out date"), pd_move_out_get_move_out_date (mo));
  head_row (sh, C_("goods pass", "Date issued"), issued,
            C_("goods pass", "Handled by"), pd_move_out_get_clerk (mo));
  sh->row++;
}

static void
write_goods (Sheet     *sh,
             PdMoveOut *mo)
{
  GPtrArray *goods = pd_move_out_get_goods (mo);
  guint lines = MAX (goods->len, PD_GOODS_PASS_MIN_LINES);
  g_autofree char *count = NULL;

  worksheet_set_row (sh->ws, sh->row, 26, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_NO, C_("goods pass", "No."), sh->s.header);
  pd_xlsx_write_text (sh->ws, sh->row, COL_NAME, C_("goods pass", "Item"), sh->s.header);
  pd_xlsx_write_text (sh->ws, sh->row, COL_QTY, C_("goods pass", "Quantity"), sh->s.header);
  pd_xlsx_write_text (sh->ws, sh->row, COL_UOM, C_("goods pass", "Unit of measure"), sh->s.header);
  pd_xlsx_write_text (sh->ws, sh->row, COL_REMARKS, C_("goods pass", "Remarks"), sh->s.header);
  sh->row++;

  for (guint i = 0; i < lines; i++, sh->row++)
    {
      worksheet_set_row (sh->ws, sh->row, 27, NULL);
      if (i >= goods->len)
        {
          for (int c = 0; c < N_COLS; c++)
            worksheet_write_blank (sh->ws, sh->row, c, sh->s.cell);
          continue;
        }

      {
        PdGoodsItem *item = g_ptr_array_index (goods, i);

        worksheet_write_number (sh->ws, sh->row, COL_NO, i + 1, sh->s.cell_center);
        pd_xlsx_write_text (sh->ws, sh->row, COL_NAME, item->name, sh->s.cell);
        worksheet_write_number (sh->ws, sh->row, COL_QTY, item->quantity, sh->s.cell_center);
        pd_xlsx_write_text (sh->ws, sh->row, COL_UOM, item->unit_of_measure, sh->s.cell_center);
        pd_xlsx_write_text (sh->ws, sh->row, COL_REMARKS, item->remarks, sh->remarks);
      }
    }

  /* The total is written as a number, not a formula: LibreOffice shows unevaluated formulas
   * from libxlsxwriter as 0. */
  worksheet_set_row (sh->ws, sh->row, 27, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_NO, C_("goods pass", "Total"), sh->s.label);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u kind of goods", "%u kinds of goods",
                                        goods->len),
                           goods->len);
  pd_xlsx_write_text (sh->ws, sh->row, COL_NAME, count, sh->s.cell);
  worksheet_write_number (sh->ws, sh->row, COL_QTY, (double) pd_move_out_total_quantity (mo),
                          sh->s.cell_center);
  worksheet_write_blank (sh->ws, sh->row, COL_UOM, sh->s.cell);
  worksheet_write_blank (sh->ws, sh->row, COL_REMARKS, sh->s.cell);
  sh->row++;
}

static void
signature_pair (Sheet      *sh,
                const char *left,
                const char *right)
{
  /* TRANSLATORS: a signature line of a printed form; %s is who signs */
  g_autofree char *l = g_strdup_printf (_("%s: ________________"), left);
  g_autofree char *r = g_strdup_printf (_("%s: ________________"), right);
  /* TRANSLATORS: the date line under a signature, filled in by hand */
  const char *date = _("Date: ________ / ____ / ____");

  worksheet_set_row (sh->ws, sh->row, 40, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_NO, COL_NAME, l, sh->sign);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_QTY, COL_REMARKS, r, sh->sign);
  sh->row++;
  worksheet_set_row (sh->ws, sh->row, 28, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_NO, COL_NAME, date, sh->sign);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_QTY, COL_REMARKS, date, sh->sign);
  sh->row++;
}

static void
write_footer (Sheet *sh)
{
  sh->row++;
  worksheet_set_row (sh->ws, sh->row, 42, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_NO, COL_REMARKS,
                      _("This pass is valid only with the seals of the owner and the occupant "
                        "and the signature of the customer service centre. Security checks the "
                        "goods against this list at the gate and keeps the pass on file."),
                      sh->s.note);
  sh->row += 2;

  signature_pair (sh, _("Owner/resident seal"), _("Occupant seal"));
  sh->row++;
  signature_pair (sh, _("Customer service centre signature"), _("Security check"));
}

gboolean
pd_goods_pass_export_xlsx (PdDatabase  *db,
                           gint64       move_out_id,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(PdMoveOut) mo = NULL;
  g_autoptr(PdMovePlace) place = NULL;
  g_autofree char *sheet_name = NULL;
  static const double widths[N_COLS] = { 11, 30, 9, 9, 30 };
  Sheet sh = { 0 };

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  mo = pd_move_store_get_move_out (db, move_out_id, error);
  if (mo == NULL)
    return FALSE;
  if (!pd_move_out_get_pass_issued (mo))
    {
      g_set_error_literal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                           _("The goods release pass of this move-out has not been issued yet; "
                             "issue it first so that it has a serial number."));
      return FALSE;
    }
  place = pd_move_store_get_place (db, mo, error);
  if (place == NULL)
    return FALSE;

  sh.wb = pd_xlsx_workbook_new (path, FALSE, error);
  if (sh.wb == NULL)
    return FALSE;
  sheet_name = g_strdup (pd_move_out_get_pass_serial (mo));
  sh.ws = pd_xlsx_add_worksheet (sh.wb, sheet_name, error);
  if (sh.ws == NULL)
    {
      pd_xlsx_workbook_discard (sh.wb);
      return FALSE;
    }

  pd_xlsx_styles_init (&sh.s, sh.wb);
  sh.value = workbook_add_format (sh.wb);
  format_set_font_name (sh.value, PD_XLSX_FONT);
  format_set_font_size (sh.value, 10.5);
  format_set_border (sh.value, LXW_BORDER_THIN);
  format_set_align (sh.value, LXW_ALIGN_LEFT);
  format_set_align (sh.value, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (sh.value);
  sh.sign = workbook_add_format (sh.wb);
  format_set_font_name (sh.sign, PD_XLSX_FONT);
  format_set_font_size (sh.sign, 10.5);
  format_set_align (sh.sign, LXW_ALIGN_LEFT);
  format_set_align (sh.sign, LXW_ALIGN_VERTICAL_BOTTOM);
  sh.remarks = workbook_add_format (sh.wb);
  format_set_font_name (sh.remarks, PD_XLSX_FONT);
  format_set_font_size (sh.remarks, 10);
  format_set_border (sh.remarks, LXW_BORDER_THIN);
  format_set_align (sh.remarks, LXW_ALIGN_LEFT);
  format_set_align (sh.remarks, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap (sh.remarks);
  sh.serial = workbook_add_format (sh.wb);
  format_set_font_name (sh.serial, PD_XLSX_FONT);
  format_set_font_size (sh.serial, 11);
  format_set_bold (sh.serial);
  format_set_font_color (sh.serial, 0xC00000);
  format_set_align (sh.serial, LXW_ALIGN_RIGHT);
  format_set_align (sh.serial, LXW_ALIGN_VERTICAL_CENTER);

  pd_xlsx_set_properties (sh.wb, _("Goods Release Pass"), pd_move_out_get_pass_serial (mo),
                          place->estate_name);
  pd_xlsx_setup_a4 (sh.ws, FALSE, TRUE);
  /* A pass is one sheet of paper, however long its list. */
  worksheet_fit_to_pages (sh.ws, 1, 1);
  pd_xlsx_set_column_widths (sh.ws, widths, N_COLS);

  write_head (&sh, mo, place);
  write_goods (&sh, mo);
  write_footer (&sh);
  worksheet_print_area (sh.ws, 0, 0, sh.row - 1, N_COLS - 1);

  return pd_xlsx_workbook_close (sh.wb, path, error);
}
