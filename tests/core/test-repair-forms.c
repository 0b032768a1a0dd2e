// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-money.h"
#include "pd-repair-settings.h"
#include "pd-repair-store.h"
#include "pd-settlement-export.h"
#include "pd-settlement-store.h"
#include "pd-test-repairs.h"
#include "pd-test-util.h"
#include "pd-test-xlsx.h"
#include "pd-work-order-export.h"

/* The work order and the settlement sheet exported to .xlsx and read back cell by cell. The
 * tests run untranslated (C locale), so labels are compared with their msgids. */

typedef struct
{
  PdTestDb t;
  gint64   unit_id;
  gint64   occupant_id;
} Fixture;

static void
fixture_setup (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdOccupant) o = NULL;
  gint64 estate;

  pd_test_db_setup (&f->t);
  estate = pd_place_store_default_estate (f->t.db, &error);
  g_assert_no_error (error);
  g_assert_true (pd_place_store_rename_estate (f->t.db, estate, "锦绣花园", &error));
  g_assert_no_error (error);
  f->unit_id = pd_test_add_unit (f->t.db, "3栋", "1201", 89);
  o = pd_test_add_occupant (f->t.db, f->unit_id, "张伟", "11010519491231002X", "13812345678",
                            PD_ROLE_OWNER);
  f->occupant_id = pd_occupant_get_id (o);
}

/* A paid order with a price-list line and a hand-priced one, completed and confirmed. */
static gint64
paid_order (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  PdPriceItem item = { .code = "SL-01", .name = "更换水龙头", .unit = "个", .price_fen = 3000,
                       .active = TRUE };
  PdTestRepair r = {
    .serial = "BX2026-000123", .unit_id = f->unit_id, .occupant_id = f->occupant_id,
    .urgency = "small", .klass = "paid", .state = "dispatched",
    .reported_at = pd_test_local_time (2026, 3, 14, 9, 5),
    .dispatched_at = pd_test_local_time (2026, 3, 14, 9, 10),
  };
  PdRepairCompletion done = {
    .work_done = "更换厨房水龙头一个，角阀一个", .result = "已修复，无渗漏",
    .occupant_confirmed = TRUE, .rating_quality = 5, .rating_attitude = 4,
    .completed_at = pd_test_local_time (2026, 3, 14, 10, 35),
  };
  gint64 item_id, repair_id, manual_id;

  item_id = pd_repair_settings_add_price_item (f->t.db, &item, &error);
  g_assert_no_error (error);
  repair_id = pd_test_insert_repair (f->t.db, &r);

  g_assert_cmpint (pd_repair_store_add_charge_item (f->t.db, repair_id, item_id, 1000, &error),
                   >, 0);
  g_assert_no_error (error);
  manual_id = pd_repair_store_add_charge_manual (f->t.db, repair_id, "更换角阀", "个", 2000, 1250,
                                                 &error);
  g_assert_no_error (error);
  g_assert_true (pd_repair_store_approve_charge (f->t.db, manual_id, "刘主管", 0, &error));
  g_assert_no_error (error);
  g_assert_true (pd_repair_store_accept_quote (f->t.db, repair_id, "张伟",
                                               pd_test_local_time (2026, 3, 14, 9, 30), &error));
  g_assert_no_error (error);
  g_assert_true (pd_repair_store_complete (f->t.db, repair_id, &done, &error));
  g_assert_no_error (error);
  return repair_id;
}

static void
test_work_order_paid (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *ticked = NULL;
  g_autoptr(Xlsx) x = NULL;
  gint64 repair_id;

  fixture_setup (&f);
  repair_id = paid_order (&f);
  out = g_build_filename (f.t.dir, "order.xlsx", NULL);

  g_assert_true (pd_work_order_export_xlsx (f.t.db, repair_id, FALSE, out, &error));
  g_assert_no_error (error);
  x = xlsx_read (out);

  g_assert_cmpstr (cell (x, "A1"), ==, C_("repair form", "Work Order"));
  ticked = g_strconcat ("☑ ", C_("repair form", "Paid"), NULL);
  g_assert_nonnull (strstr (cell (x, "A2"), ticked));
  g_assert_nonnull (strstr (cell (x, "A2"), "☐ "));
  g_assert_nonnull (strstr (cell (x, "E2"), "BX2026-000123"));

  g_assert_cmpstr (cell (x, "A3"), ==, C_("repair form", "Estate"));
  g_assert_cmpstr (cell (x, "B3"), ==, "锦绣花园");
  g_assert_cmpstr (cell (x, "C3"), ==, C_("repair form", "Unit no."));
  g_assert_cmpstr (cell (x, "D3"), ==, "3栋 1201");
  g_assert_cmpstr (cell (x, "B4"), ==, "张伟");
  g_assert_cmpstr (cell (x, "D4"), ==, "138****5678");
  g_assert_false (xlsx_contains (x, "13812345678"));
  g_assert_nonnull (strstr (cell (x, "B5"), "厨房水龙头漏水"));
  g_assert_nonnull (strstr (cell (x, "B5"), "给排水"));
  g_assert_cmpstr (cell (x, "B6"), ==, "2026-03-14 09:05");
  g_assert_cmpstr (cell (x, "D6"), ==, "陈静");
  g_assert_cmpstr (cell (x, "F6"), ==, "刘工");
  /* Information source: the customer box is ticked. */
  g_assert_nonnull (strstr (cell (x, "B9"), "☑ "));
  g_assert_nonnull (strstr (cell (x, "B9"), C_("repair form", "Customer")));
  g_assert_cmpstr (cell (x, "F9"), ==, "2026-03-14 09:05");
  g_assert_cmpstr (cell (x, "A10"), ==, C_("repair form", "Repair result"));
  g_assert_nonnull (strstr (cell (x, "B10"), "更换厨房水龙头一个"));
  g_assert_cmpstr (cell (x, "F11"), ==, "2026-03-14 10:35");
  g_assert_cmpstr (cell (x, "A12"), ==, C_("repair form", "Acceptance"));
  g_assert_cmpstr (cell (x, "B12"), ==, C_("repair form", "Customer service check"));
  g_assert_cmpstr (cell (x, "B13"), ==, C_("repair form", "Customer check"));
  g_assert_cmpstr (cell (x, "F13"), ==, "2026-03-14");
  g_assert_cmpstr (cell (x, "B14"), ==, C_("repair form", "Property office check"));

  /* The charge lines and the total in capitals. */
  g_assert_cmpstr (cell (x, "A16"), ==, C_("repair form", "Paid service charges"));
  g_assert_cmpstr (cell (x, "A18"), ==, "1");
  g_assert_cmpstr (cell (x, "B18"), ==, "更换水龙头");
  g_assert_cmpstr (cell (x, "C18"), ==, "个");
  g_assert_cmpstr (cell (x, "D18"), ==, "1");
  g_assert_cmpstr (cell (x, "E18"), ==, "30");
  g_assert_cmpstr (cell (x, "F18"), ==, "30");
  g_assert_cmpstr (cell (x, "B19"), ==, "更换角阀");
  g_assert_cmpstr (cell (x, "D19"), ==, "2");
  g_assert_cmpstr (cell (x, "E19"), ==, "12.5");
  g_assert_cmpstr (cell (x, "F19"), ==, "25");
  g_assert_cmpstr (cell (x, "B20"), ==, "");
  g_assert_cmpstr (cell (x, "A22"), ==, C_("repair form", "Total (in capitals)"));
  g_assert_cmpstr (cell (x, "B22"), ==, "伍拾伍元整");
  g_assert_cmpstr (cell (x, "F22"), ==, "55");
  g_assert_nonnull (strstr (cell (x, "B23"), "张伟"));

  /* Paper layout: merged cells, A4 portrait, one page. */
  g_assert_nonnull (strstr (x->sheet_xml, "<mergeCell ref=\"A1:F1\"/>"));
  g_assert_nonnull (strstr (x->sheet_xml, "<mergeCell ref=\"B5:F5\"/>"));
  g_assert_nonnull (strstr (x->sheet_xml, "<mergeCell ref=\"A12:A14\"/>"));
  g_assert_nonnull (strstr (x->sheet_xml, "paperSize=\"9\""));
  g_assert_nonnull (strstr (x->sheet_xml, "orientation=\"portrait\""));
  /* One page wide and tall: libxlsxwriter leaves out the attributes that are 1. */
  g_assert_nonnull (strstr (x->sheet_xml, "fitToPage=\"1\""));
  g_assert_null (strstr (x->sheet_xml, "fitToHeight="));
  g_assert_null (strstr (x->sheet_xml, "fitToWidth="));

  /* Full phone only when asked. */
  g_clear_pointer (&x, xlsx_free);
  g_assert_true (pd_work_order_export_xlsx (f.t.db, repair_id, TRUE, out, &error));
  g_assert_no_error (error);
  x = xlsx_read (out);
  g_assert_cmpstr (cell (x, "D4"), ==, "13812345678");

  pd_test_db_teardown (&f.t);
}

/* A warranty order in a public area: class A ticked, no charge table, blanks to fill in. */
static void
test_work_order_warranty (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *ticked = NULL;
  g_autoptr(Xlsx) x = NULL;
  PdTestRepair r = { .serial = "BX2026-000200", .klass = "A", .urgency = "urgent",
                     .reported_at = pd_test_local_time (2026, 3, 20, 22, 15) };
  gint64 repair_id;

  fixture_setup (&f);
  repair_id = pd_test_insert_repair (f.t.db, &r);
  out = g_build_filename (f.t.dir, "warranty.xlsx", NULL);

  g_assert_true (pd_work_order_export_xlsx (f.t.db, repair_id, FALSE, out, &error));
  g_assert_no_error (error);
  x = xlsx_read (out);
  ticked = g_strconcat ("☑ ", C_("repair form", "Class A (warranty)"), NULL);
  g_assert_true (g_str_has_prefix (cell (x, "A2"), ticked));
  g_assert_cmpstr (cell (x, "D3"), ==, "1栋大堂");
  g_assert_cmpstr (cell (x, "B4"), ==, "李女士");
  g_assert_cmpstr (cell (x, "F11"), ==, C_("repair form", "______ year ____ month ____ day"));
  g_assert_false (xlsx_contains (x, C_("repair form", "Paid service charges")));
  g_assert_false (xlsx_contains (x, "零元整"));

  pd_test_db_teardown (&f.t);
}

static void
test_work_order_missing (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  fixture_setup (&f);
  out = g_build_filename (f.t.dir, "none.xlsx", NULL);
  g_assert_false (pd_work_order_export_xlsx (f.t.db, 4242, FALSE, out, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  pd_test_db_teardown (&f.t);
}

static gint64
settled_order (Fixture  *f,
               gint64   *out_settlement_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdSettlement) s = pd_settlement_new ();
  PdTestRepair r = { .serial = "BX2026-000300", .unit_id = f->unit_id,
                     .occupant_id = f->occupant_id, .klass = "A", .state = "completed",
                     .reported_at = pd_test_local_time (2026, 3, 2, 9, 0) };

  s->repair_id = pd_test_insert_repair (f->t.db, &r);
  s->klass = PD_SETTLEMENT_CLASS_A;
  g_free (s->settle_date);
  s->settle_date = g_strdup ("2026-03-20");
  g_free (s->supervisor);
  s->supervisor = g_strdup ("赵经理");
  g_free (s->handler);
  s->handler = g_strdup ("王建国");
  pd_settlement_add_line (s, "5-12", "更换PPR给水管 DN25", "m", 1255, 1234, 1600, "含管件");
  pd_settlement_add_line (s, "A1-7", "卫生间墙面防水涂刷", "m²", 12500, 4500, 60000, NULL);
  pd_settlement_add_line (s, "", "垃圾清运", "次", 1000, 15000, 20000, "审减");
  g_assert_true (pd_settlement_store_save (f->t.db, s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s->tax_inclusive_fen, ==, 1549 + 56250 + 15000);
  *out_settlement_id = s->id;
  return s->repair_id;
}

static void
test_settlement_sheet (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *title = NULL;
  g_autoptr(Xlsx) x = NULL;
  gint64 repair_id, settlement_id;

  fixture_setup (&f);
  repair_id = settled_order (&f, &settlement_id);
  g_assert_true (pd_settlement_store_submit (f.t.db, settlement_id, &error));
  g_assert_no_error (error);
  g_assert_true (pd_settlement_store_approve (f.t.db, settlement_id, "钱副总",
                                              pd_test_local_time (2026, 3, 22, 15, 0), &error));
  g_assert_no_error (error);

  out = g_build_filename (f.t.dir, "settlement.xlsx", NULL);
  g_assert_true (pd_settlement_export_xlsx (f.t.db, repair_id, out, &error));
  g_assert_no_error (error);
  x = xlsx_read (out);

  title = g_strdup_printf (C_("repair form", "Repair Settlement Sheet (Class %s)"), "A");
  g_assert_cmpstr (cell (x, "A1"), ==, title);
  g_assert_nonnull (strstr (cell (x, "A2"), "BX2026-000300"));
  g_assert_cmpstr (cell (x, "D2"), ==, "2026-03-20");
  g_assert_cmpstr (cell (x, "C3"), ==, "张伟");
  g_assert_cmpstr (cell (x, "F3"), ==, "锦绣花园");
  g_assert_cmpstr (cell (x, "I3"), ==, "3栋 1201");
  g_assert_cmpstr (cell (x, "B4"), ==, C_("repair form", "Quota code"));
  g_assert_cmpstr (cell (x, "H4"), ==, C_("repair form", "Approved total"));

  g_assert_cmpstr (cell (x, "A5"), ==, "1");
  g_assert_cmpstr (cell (x, "B5"), ==, "5-12");
  g_assert_cmpstr (cell (x, "C5"), ==, "更换PPR给水管 DN25");
  g_assert_cmpstr (cell (x, "D5"), ==, "m");
  g_assert_cmpstr (cell (x, "E5"), ==, "1.255");
  g_assert_cmpstr (cell (x, "F5"), ==, "12.34");
  g_assert_cmpstr (cell (x, "G5"), ==, "16");
  g_assert_cmpstr (cell (x, "H5"), ==, "15.49");
  g_assert_cmpstr (cell (x, "I5"), ==, "含管件");
  g_assert_cmpstr (cell (x, "E6"), ==, "12.5");
  g_assert_cmpstr (cell (x, "H6"), ==, "562.5");
  g_assert_cmpstr (cell (x, "H7"), ==, "150");
  g_assert_cmpstr (cell (x, "I7"), ==, "审减");
  /* Ruled blank lines up to the form's minimum, numbered like the paper form. */
  g_assert_cmpstr (cell (x, "A8"), ==, "4");
  g_assert_cmpstr (cell (x, "C8"), ==, "");
  g_assert_cmpstr (cell (x, "A24"), ==, "20");

  g_assert_cmpstr (cell (x, "A25"), ==, C_("repair form", "Total incl. tax"));
  g_assert_cmpstr (cell (x, "G25"), ==, "816");
  g_assert_cmpstr (cell (x, "H25"), ==, "727.99");
  g_assert_cmpstr (cell (x, "A26"), ==, C_("repair form", "Approved total price (in capitals)"));
  g_assert_cmpstr (cell (x, "D26"), ==, "柒佰贰拾柒元玖角玖分");
  g_assert_cmpstr (cell (x, "D27"), ==,
                   pd_approval_level_to_label (PD_APPROVAL_LEVEL_CS_MANAGER));
  g_assert_nonnull (strstr (cell (x, "H27"), "钱副总"));
  g_assert_nonnull (strstr (cell (x, "H27"), "2026-03-22"));
  g_assert_nonnull (strstr (cell (x, "H27"),
                            pd_settlement_state_to_label (PD_SETTLEMENT_STATE_APPROVED)));
  g_assert_nonnull (strstr (cell (x, "A29"), "赵经理"));
  g_assert_nonnull (strstr (cell (x, "D29"), "王建国"));
  g_assert_nonnull (strstr (cell (x, "G29"), "____"));

  g_assert_nonnull (strstr (x->sheet_xml, "<mergeCell ref=\"A25:F25\"/>"));
  g_assert_nonnull (strstr (x->sheet_xml, "<mergeCell ref=\"D26:I26\"/>"));
  g_assert_nonnull (strstr (x->sheet_xml, "paperSize=\"9\""));
  g_assert_nonnull (strstr (x->sheet_xml, "fitToPage=\"1\""));
  g_assert_null (strstr (x->sheet_xml, "fitToHeight="));

  pd_test_db_teardown (&f.t);
}

/* The capitals follow the 人民币 setting. */
static void
test_settlement_rmb_prefix (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Xlsx) x = NULL;
  gint64 repair_id, settlement_id;

  fixture_setup (&f);
  repair_id = settled_order (&f, &settlement_id);
  g_assert_true (pd_repair_settings_set_rmb_prefix (f.t.db, TRUE, &error));
  g_assert_no_error (error);
  out = g_build_filename (f.t.dir, "rmb.xlsx", NULL);
  g_assert_true (pd_settlement_export_xlsx (f.t.db, repair_id, out, &error));
  g_assert_no_error (error);
  x = xlsx_read (out);
  g_assert_cmpstr (cell (x, "D26"), ==, "人民币柒佰贰拾柒元玖角玖分");
  g_assert_cmpstr (cell (x, "H27"), ==, pd_settlement_state_to_label (PD_SETTLEMENT_STATE_DRAFT));

  pd_test_db_teardown (&f.t);
}

static void
test_settlement_missing (void)
{
  Fixture f;
  g_autofree char *out = NULL;
  gint64 repair_id;

  fixture_setup (&f);
  repair_id = pd_test_simple_repair (f.t.db, "BX2026-000400",
                                     pd_test_local_time (2026, 3, 2, 9, 0));
  out = g_build_filename (f.t.dir, "none.xlsx", NULL);
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (pd_settlement_export_xlsx (f.t.db, repair_id, out, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "BX2026-000400"));
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (pd_settlement_export_xlsx (f.t.db, 9999, out, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND);
  }
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  pd_test_db_teardown (&f.t);
}

static void
test_default_names (void)
{
  g_autoptr(PdRepair) r = pd_repair_new ();
  g_autofree char *order = NULL;
  g_autofree char *settlement = NULL;

  pd_repair_set_serial (r, "BX2026-000123");
  order = pd_work_order_export_default_name (r);
  settlement = pd_settlement_export_default_name (r);
  g_assert_true (g_str_has_suffix (order, "BX2026-000123.xlsx"));
  g_assert_true (g_str_has_suffix (settlement, "BX2026-000123.xlsx"));
  g_assert_cmpstr (order, !=, settlement);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/repair-forms/work-order/paid", test_work_order_paid);
  g_test_add_func ("/core/repair-forms/work-order/warranty", test_work_order_warranty);
  g_test_add_func ("/core/repair-forms/work-order/missing", test_work_order_missing);
  g_test_add_func ("/core/repair-forms/settlement/sheet", test_settlement_sheet);
  g_test_add_func ("/core/repair-forms/settlement/rmb-prefix", test_settlement_rmb_prefix);
  g_test_add_func ("/core/repair-forms/settlement/missing", test_settlement_missing);
  g_test_add_func ("/core/repair-forms/default-names", test_default_names);

  return g_test_run ();
}
