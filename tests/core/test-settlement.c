// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-quantity.h"
#include "pd-repair-settings.h"
#include "pd-rule-error.h"
#include "pd-settlement-store.h"
#include "pd-test-repairs.h"
#include "pd-test-util.h"

/* ---- quantities --------------------------------------------------------------------------- */

static void
test_quantity_parse_valid (void)
{
  static const struct { const char *text; gint64 milli; } cases[] = {
    { "1.255", 1255 }, { "2", 2000 }, { "0.5", 500 }, { ".5", 500 }, { "5.", 5000 },
    { "1.2500", 1250 }, { "0.001", 1 }, { "  3 ", 3000 }, { "+4.2", 4200 },
    { "１．２５", 1250 }, { "1。5", 1500 }, { "12.34", 12340 }, { "999999.999", 999999999 },
    { "007", 7000 }, { "1 000", 1000000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 milli = -1;

      g_test_message ("“%s”", cases[i].text);
      g_assert_true (pd_quantity_parse (cases[i].text, &milli, &error));
      g_assert_no_error (error);
      g_assert_cmpint (milli, ==, cases[i].milli);
    }
}

static void
test_quantity_parse_invalid (void)
{
  static const struct { const char *text; int code; const char *in_message; } cases[] = {
    { "", PD_RULE_ERROR_EMPTY, NULL },
    { "   ", PD_RULE_ERROR_EMPTY, NULL },
    { "abc", PD_RULE_ERROR_INVALID, "abc" },
    { "1.2345", PD_RULE_ERROR_INVALID, "1.2345" },
    { "0", PD_RULE_ERROR_RANGE, "0" },
    { "0.000", PD_RULE_ERROR_RANGE, NULL },
    { "0.0004", PD_RULE_ERROR_INVALID, NULL },
    { "-1", PD_RULE_ERROR_RANGE, "-1" },
    { "1,5", PD_RULE_ERROR_INVALID, "1,5" },
    { "1.2.3", PD_RULE_ERROR_INVALID, NULL },
    { "1e3", PD_RULE_ERROR_INVALID, "e" },
    { "1000000", PD_RULE_ERROR_RANGE, NULL },
    { "99999999999999999999999", PD_RULE_ERROR_RANGE, NULL },
    { ".", PD_RULE_ERROR_INVALID, NULL },
    { "+", PD_RULE_ERROR_INVALID, NULL },
    { "3米", PD_RULE_ERROR_INVALID, "米" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 milli = -1;

      g_test_message ("“%s”", cases[i].text);
      g_assert_false (pd_quantity_parse (cases[i].text, &milli, &error));
      g_assert_error (error, PD_RULE_ERROR, cases[i].code);
      g_assert_cmpint (milli, ==, 0);
      if (cases[i].in_message != NULL)
        g_assert_nonnull (strstr (error->message, cases[i].in_message));
    }
}

static void
test_quantity_format (void)
{
  static const struct { gint64 milli; const char *text; } cases[] = {
    { 1255, "1.255" }, { 2000, "2" }, { 1500, "1.5" }, { 1, "0.001" }, { 10, "0.01" },
    { 0, "0" }, { 120, "0.12" }, { 999999999, "999999.999" }, { -1500, "-1.5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pd_quantity_format (cases[i].milli);
      gint64 back = 0;

      g_assert_cmpstr (text, ==, cases[i].text);
      if (cases[i].milli > 0)
        {
          g_assert_true (pd_quantity_parse (text, &back, NULL));
          g_assert_cmpint (back, ==, cases[i].milli);
        }
    }
}

/* ---- approval levels ---------------------------------------------------------------------- */

static void
test_level_boundaries (void)
{
  const gint64 deputy = PD_SETTLEMENT_THRESHOLD_DEPUTY_DEFAULT;
  const gint64 gm = PD_SETTLEMENT_THRESHOLD_GM_DEFAULT;

  g_assert_cmpint (pd_settlement_level_for (0, deputy, gm), ==, PD_APPROVAL_LEVEL_CS_MANAGER);
  g_assert_cmpint (pd_settlement_level_for (499999, deputy, gm), ==,
                   PD_APPROVAL_LEVEL_CS_MANAGER);
  g_assert_cmpint (pd_settlement_level_for (500000, deputy, gm), ==,
                   PD_APPROVAL_LEVEL_CS_MANAGER);
  g_assert_cmpint (pd_settlement_level_for (500001, deputy, gm), ==,
                   PD_APPROVAL_LEVEL_DEPUTY_CHIEF);
  g_assert_cmpint (pd_settlement_level_for (2000000, deputy, gm), ==,
                   PD_APPROVAL_LEVEL_DEPUTY_CHIEF);
  g_assert_cmpint (pd_settlement_level_for (2000001, deputy, gm), ==,
                   PD_APPROVAL_LEVEL_GENERAL_MANAGER);
  g_assert_cmpint (pd_settlement_level_for (G_MAXINT64, deputy, gm), ==,
                   PD_APPROVAL_LEVEL_GENERAL_MANAGER);
  /* Equal thresholds: nothing is left for the middle level. */
  g_assert_cmpint (pd_settlement_level_for (100, 100, 100), ==, PD_APPROVAL_LEVEL_CS_MANAGER);
  g_assert_cmpint (pd_settlement_level_for (101, 100, 100), ==,
                   PD_APPROVAL_LEVEL_GENERAL_MANAGER);
}

/* A sheet of one line that comes to exactly @fen (quantity 1). */
static PdApprovalLevel
level_of_saved_sheet (PdDatabase *db,
                      gint64      fen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdSettlement) s = pd_settlement_new ();
  static int n = 0;
  g_autofree char *serial = g_strdup_printf ("BX2026-%06d", ++n);
  g_autoptr(PdSettlement) back = NULL;

  s->repair_id = pd_test_simple_repair (db, serial, pd_test_local_time (2026, 3, 2, 9, 0));
  pd_settlement_add_line (s, "", "更换给水立管", "项", 1000, fen, fen, NULL);
  g_assert_true (pd_settlement_store_save (db, s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s->tax_inclusive_fen, ==, fen);

  back = pd_settlement_store_get (db, s->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (back->level, ==, s->level);
  return s->level;
}

static void
test_level_from_settings (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;

  pd_test_db_setup (&t);

  /* Defaults: 5,000.00 and 20,000.00 yuan. */
  g_assert_cmpint (level_of_saved_sheet (t.db, 500000), ==, PD_APPROVAL_LEVEL_CS_MANAGER);
  g_assert_cmpint (level_of_saved_sheet (t.db, 500001), ==, PD_APPROVAL_LEVEL_DEPUTY_CHIEF);
  g_assert_cmpint (level_of_saved_sheet (t.db, 2000000), ==, PD_APPROVAL_LEVEL_DEPUTY_CHIEF);
  g_assert_cmpint (level_of_saved_sheet (t.db, 2000001), ==, PD_APPROVAL_LEVEL_GENERAL_MANAGER);

  /* Thresholds from the settings: 1,000.00 and 10,000.00 yuan. */
  g_assert_true (pd_repair_settings_save_thresholds (t.db, 100000, 1000000, &error));
  g_assert_no_error (error);
  g_assert_cmpint (level_of_saved_sheet (t.db, 100000), ==, PD_APPROVAL_LEVEL_CS_MANAGER);
  g_assert_cmpint (level_of_saved_sheet (t.db, 100001), ==, PD_APPROVAL_LEVEL_DEPUTY_CHIEF);
  g_assert_cmpint (level_of_saved_sheet (t.db, 1000000), ==, PD_APPROVAL_LEVEL_DEPUTY_CHIEF);
  g_assert_cmpint (level_of_saved_sheet (t.db, 1000001), ==, PD_APPROVAL_LEVEL_GENERAL_MANAGER);

  pd_test_db_teardown (&t);
}

/* ---- totals ------------------------------------------------------------------------------- */

static void
test_totals (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdSettlement) s = pd_settlement_new ();
  g_autoptr(PdSettlement) back = NULL;
  PdSettlementLine *line;

  pd_test_db_setup (&t);
  s->repair_id = pd_test_simple_repair (t.db, "BX2026-000001",
                                        pd_test_local_time (2026, 3, 2, 9, 0));
  s->klass = PD_SETTLEMENT_CLASS_A;
  g_free (s->settle_date);
  s->settle_date = g_strdup ("2026-03-14");
  g_free (s->handler);
  s->handler = g_strdup ("  王建国 ");

  /* 1.255 m × 12.34 = 15.4867 → 15.49 */
  pd_settlement_add_line (s, "5-12", "更换PPR给水管 DN25", "m", 1255, 1234, 1600, "含管件");
  /* 0.5 × 0.01 = 0.005 → 0.01 (half up) */
  pd_settlement_add_line (s, "", "防水胶", "支", 500, 1, 1, NULL);
  /* 3 × 45.00 = 135.00 */
  pd_settlement_add_line (s, "A1-7", "  墙面防水涂刷  ", "m²", 3000, 4500, 15000, "");
  /* 0.333 × 0.03 = 0.00999 → 0.01; 0.333 × 0.01 = 0.00333 → 0.00 */
  pd_settlement_add_line (s, "", "清理", "次", 333, 3, 0, NULL);
  pd_settlement_add_line (s, "", "运费", "次", 333, 1, 0, NULL);

  g_assert_true (pd_settlement_store_save (t.db, s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s->id, >, 0);
  g_assert_cmpint (s->state, ==, PD_SETTLEMENT_STATE_DRAFT);

  line = g_ptr_array_index (s->lines, 0);
  g_assert_cmpint (line->approved_total_fen, ==, 1549);
  line = g_ptr_array_index (s->lines, 1);
  g_assert_cmpint (line->approved_total_fen, ==, 1);
  line = g_ptr_array_index (s->lines, 2);
  g_assert_cmpint (line->approved_total_fen, ==, 13500);
  line = g_ptr_array_index (s->lines, 3);
  g_assert_cmpint (line->approved_total_fen, ==, 1);
  line = g_ptr_array_index (s->lines, 4);
  g_assert_cmpint (line->approved_total_fen, ==, 0);
  g_assert_cmpint (s->tax_inclusive_fen, ==, 1549 + 1 + 13500 + 1);
  g_assert_cmpint (pd_settlement_total_before (s), ==, 1600 + 1 + 15000);

  back = pd_settlement_store_get_for_repair (t.db, s->repair_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_cmpint (back->id, ==, s->id);
  g_assert_cmpint (back->klass, ==, PD_SETTLEMENT_CLASS_A);
  g_assert_cmpstr (back->settle_date, ==, "2026-03-14");
  g_assert_cmpstr (back->handler, ==, "王建国");
  g_assert_cmpint (back->tax_inclusive_fen, ==, s->tax_inclusive_fen);
  g_assert_cmpint (pd_settlement_total_approved (back), ==, s->tax_inclusive_fen);
  g_assert_cmpuint (back->lines->len, ==, 5);
  line = g_ptr_array_index (back->lines, 2);
  g_assert_cmpint (line->line_no, ==, 3);
  g_assert_cmpstr (line->item, ==, "墙面防水涂刷");
  g_assert_cmpstr (line->quota_code, ==, "A1-7");
  g_assert_cmpstr (line->unit, ==, "m²");
  g_assert_cmpint (line->quantity_milli, ==, 3000);
  g_assert_cmpint (line->total_before_fen, ==, 15000);
  line = g_ptr_array_index (back->lines, 0);
  g_assert_cmpstr (line->remarks, ==, "含管件");

  /* Removing a line renumbers the rest and the totals follow. */
  g_ptr_array_remove_index (back->lines, 0);
  g_assert_true (pd_settlement_store_save (t.db, back, &error));
  g_assert_no_error (error);
  g_clear_pointer (&s, pd_settlement_free);
  s = pd_settlement_store_get (t.db, back->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (s->lines->len, ==, 4);
  g_assert_cmpint (((PdSettlementLine *) g_ptr_array_index (s->lines, 0))->line_no, ==, 1);
  g_assert_cmpstr (((PdSettlementLine *) g_ptr_array_index (s->lines, 0))->item, ==, "防水胶");
  g_assert_cmpint (s->tax_inclusive_fen, ==, 1 + 13500 + 1);

  /* No sheet on another order: NULL without an error. */
  {
    gint64 other = pd_test_simple_repair (t.db, "BX2026-000002",
                                          pd_test_local_time (2026, 3, 3, 9, 0));
    g_assert_null (pd_settlement_store_get_for_repair (t.db, other, &error));
    g_assert_no_error (error);
  }
  g_assert_null (pd_settlement_store_get (t.db, 9999, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND);

  pd_test_db_teardown (&t);
}

static void
test_validation (void)
{
  PdTestDb t;
  gint64 repair_id;

  pd_test_db_setup (&t);
  repair_id = pd_test_simple_repair (t.db, "BX2026-000010", pd_test_local_time (2026, 3, 2, 9, 0));

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSettlement) s = pd_settlement_new ();

    s->repair_id = 424242;
    g_assert_false (pd_settlement_store_save (t.db, s, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "424242"));
    g_assert_cmpint (s->id, ==, 0);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSettlement) s = pd_settlement_new ();

    s->repair_id = repair_id;
    g_free (s->settle_date);
    s->settle_date = g_strdup ("2026-02-30");
    g_assert_false (pd_settlement_store_save (t.db, s, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "2026-02-30"));
    g_assert_nonnull (strstr (error->message, "BX2026-000010"));
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSettlement) s = pd_settlement_new ();

    s->repair_id = repair_id;
    pd_settlement_add_line (s, "", "更换阀门", "个", 1000, 8000, 8000, NULL);
    pd_settlement_add_line (s, "", "   ", "个", 1000, 100, 100, NULL);
    g_assert_false (pd_settlement_store_save (t.db, s, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "2"));
    g_assert_cmpint (s->id, ==, 0);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSettlement) s = pd_settlement_new ();

    s->repair_id = repair_id;
    pd_settlement_add_line (s, "", "更换阀门", "个", 0, 8000, 8000, NULL);
    g_assert_false (pd_settlement_store_save (t.db, s, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "更换阀门"));
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSettlement) s = pd_settlement_new ();

    s->repair_id = repair_id;
    pd_settlement_add_line (s, "", "更换阀门", "个", 1000, -1, 0, NULL);
    g_assert_false (pd_settlement_store_save (t.db, s, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSettlement) s = pd_settlement_new ();

    s->repair_id = repair_id;
    pd_settlement_add_line (s, "", "巨额", "项", 999999999, G_MAXINT64 / 100, 0, NULL);
    g_assert_false (pd_settlement_store_save (t.db, s, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSettlement) s = pd_settlement_new ();

    s->repair_id = repair_id;
    for (int i = 0; i <= PD_SETTLEMENT_MAX_LINES; i++)
      pd_settlement_add_line (s, "", "零星修补", "处", 1000, 100, 100, NULL);
    g_assert_false (pd_settlement_store_save (t.db, s, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
    g_ptr_array_remove_index (s->lines, 0);
    g_clear_error (&error);
    g_assert_true (pd_settlement_store_save (t.db, s, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PdSettlement) s = pd_settlement_new ();

    /* One sheet per order. */
    s->repair_id = repair_id;
    g_assert_false (pd_settlement_store_save (t.db, s, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "BX2026-000010"));
  }

  pd_test_db_teardown (&t);
}

/* ---- approval states ---------------------------------------------------------------------- */

static void
assert_state (PdDatabase        *db,
              gint64             id,
              PdSettlementState  state,
              const char        *decided_by)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdSettlement) s = pd_settlement_store_get (db, id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (s->state, ==, state);
  g_assert_cmpstr (s->decided_by, ==, decided_by);
  if (*decided_by != '\0')
    g_assert_cmpint (s->decided_at, >, 0);
  else
    g_assert_cmpint (s->decided_at, ==, 0);
}

static void
test_states (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdSettlement) s = pd_settlement_new ();
  const gint64 at = pd_test_local_time (2026, 3, 20, 10, 30);

  pd_test_db_setup (&t);
  s->repair_id = pd_test_simple_repair (t.db, "BX2026-000020",
                                        pd_test_local_time (2026, 3, 2, 9, 0));
  g_assert_true (pd_settlement_store_save (t.db, s, &error));
  g_assert_no_error (error);

  /* An empty draft cannot be submitted. */
  g_assert_false (pd_settlement_store_submit (t.db, s->id, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  /* A draft cannot be decided on. */
  g_assert_false (pd_settlement_store_approve (t.db, s->id, "赵经理", at, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);

  pd_settlement_add_line (s, "", "更换卫生间地漏", "个", 2000, 6500, 14000, NULL);
  g_assert_true (pd_settlement_store_save (t.db, s, &error));
  g_assert_no_error (error);
  g_assert_true (pd_settlement_store_submit (t.db, s->id, &error));
  g_assert_no_error (error);
  assert_state (t.db, s->id, PD_SETTLEMENT_STATE_SUBMITTED, "");

  /* Submitted: no edit, no second submit. */
  pd_settlement_add_line (s, "", "加项", "个", 1000, 100, 100, NULL);
  g_assert_false (pd_settlement_store_save (t.db, s, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "BX2026-000020"));
  g_clear_error (&error);
  g_assert_false (pd_settlement_store_submit (t.db, s->id, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);

  /* A decision needs a name. */
  g_assert_false (pd_settlement_store_reject (t.db, s->id, "  ", at, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (pd_settlement_store_reject (t.db, s->id, "赵经理", at, &error));
  g_assert_no_error (error);
  assert_state (t.db, s->id, PD_SETTLEMENT_STATE_REJECTED, "赵经理");

  /* Rejected: edited and submitted again, which clears the earlier decision. */
  {
    gint64 id = s->id;
    g_clear_pointer (&s, pd_settlement_free);
    s = pd_settlement_store_get (t.db, id, &error);
  }
  g_assert_no_error (error);
  ((PdSettlementLine *) g_ptr_array_index (s->lines, 0))->unit_price_fen = 6000;
  g_assert_true (pd_settlement_store_save (t.db, s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s->tax_inclusive_fen, ==, 12000);
  assert_state (t.db, s->id, PD_SETTLEMENT_STATE_REJECTED, "赵经理");
  g_assert_true (pd_settlement_store_submit (t.db, s->id, &error));
  g_assert_no_error (error);
  assert_state (t.db, s->id, PD_SETTLEMENT_STATE_SUBMITTED, "");

  g_assert_true (pd_settlement_store_approve (t.db, s->id, "赵经理", at, &error));
  g_assert_no_error (error);
  assert_state (t.db, s->id, PD_SETTLEMENT_STATE_APPROVED, "赵经理");
  {
    g_autoptr(PdSettlement) back = pd_settlement_store_get (t.db, s->id, &error);
    g_assert_cmpint (back->decided_at, ==, at);
  }

  /* Approved: final. */
  g_assert_false (pd_settlement_store_save (t.db, s, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pd_settlement_store_submit (t.db, s->id, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pd_settlement_store_reject (t.db, s->id, "钱总", at, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  assert_state (t.db, s->id, PD_SETTLEMENT_STATE_APPROVED, "赵经理");

  pd_test_db_teardown (&t);
}

/* The level is decided again at submission: thresholds may have changed since the draft. */
static void
test_level_at_submit (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdSettlement) s = pd_settlement_new ();
  g_autoptr(PdSettlement) back = NULL;

  pd_test_db_setup (&t);
  s->repair_id = pd_test_simple_repair (t.db, "BX2026-000030",
                                        pd_test_local_time (2026, 3, 2, 9, 0));
  pd_settlement_add_line (s, "", "外墙渗漏维修", "m²", 12500, 52000, 700000, NULL);
  g_assert_true (pd_settlement_store_save (t.db, s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s->tax_inclusive_fen, ==, 650000);
  g_assert_cmpint (s->level, ==, PD_APPROVAL_LEVEL_DEPUTY_CHIEF);

  g_assert_true (pd_repair_settings_save_thresholds (t.db, 1000000, 3000000, &error));
  g_assert_no_error (error);
  g_assert_true (pd_settlement_store_submit (t.db, s->id, &error));
  g_assert_no_error (error);
  back = pd_settlement_store_get (t.db, s->id, &error);
  g_assert_cmpint (back->level, ==, PD_APPROVAL_LEVEL_CS_MANAGER);

  pd_test_db_teardown (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/settlement/quantity/parse-valid", test_quantity_parse_valid);
  g_test_add_func ("/core/settlement/quantity/parse-invalid", test_quantity_parse_invalid);
  g_test_add_func ("/core/settlement/quantity/format", test_quantity_format);
  g_test_add_func ("/core/settlement/level/boundaries", test_level_boundaries);
  g_test_add_func ("/core/settlement/level/settings", test_level_from_settings);
  g_test_add_func ("/core/settlement/level/at-submit", test_level_at_submit);
  g_test_add_func ("/core/settlement/totals", test_totals);
  g_test_add_func ("/core/settlement/validation", test_validation);
  g_test_add_func ("/core/settlement/states", test_states);

  return g_test_run ();
}
