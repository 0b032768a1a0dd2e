// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "test-money"

#include "config.h"

#include <string.h>

#include "pd-area.h"
#include "pd-date.h"
#include "pd-money.h"
#include "pd-rule-error.h"

static void
assert_message_contains (const GError *error,
                         const char   *needle)
{
  if (strstr (error->message, needle) == NULL)
    g_error ("Expected “%s” in the error message “%s”", needle, error->message);
}

/* ---- Money -------------------------------------------------------------- */

static void
test_money_parse_valid (void)
{
  static const struct { const char *text; gint64 fen; } cases[] = {
    { "12", 1200 },
    { "12.5", 1250 },
    { "12.50", 1250 },
    { "1,409.50", 140950 },
    { "1,234,567.89", 123456789 },
    { "¥12.00", 1200 },
    { "￥ 12.00", 1200 },
    { "12元", 1200 },
    { "12.05 元", 1205 },
    { "RMB 8", 800 },
    { " 0.05 ", 5 },
    { "0", 0 },
    { "0.00", 0 },
    { ".5", 50 },
    { "12.", 1200 },
    { "12.500", 1250 },       /* extra zeros add no precision */
    { "１２．５", 1250 },      /* full-width from a Chinese input method */
    { "1409.50", 140950 },
    { "92233720368547758.07", G_MAXINT64 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;

      g_test_message ("amount %s", cases[i].text);
      g_assert_true (pd_money_parse (cases[i].text, &fen, &error));
      g_assert_no_error (error);
      g_assert_cmpint (fen, ==, cases[i].fen);
    }
}

static void
test_money_parse_invalid (void)
{
  static const struct { const char *text; int code; const char *hint; } cases[] = {
    { "-12", PD_RULE_ERROR_RANGE, "negative" },
    { "-0.01", PD_RULE_ERROR_RANGE, "negative" },
    { "12.345", PD_RULE_ERROR_INVALID, "two decimal" },
    { "0.001", PD_RULE_ERROR_INVALID, "two decimal" },
    { "12a", PD_RULE_ERROR_INVALID, "“a”" },
    { "abc", PD_RULE_ERROR_INVALID, "“a”" },
    { "1.2.3", PD_RULE_ERROR_INVALID, "“.”" },
    { ".", PD_RULE_ERROR_INVALID, "“.”" },
    { "12元5角", PD_RULE_ERROR_INVALID, "“元”" },
    { "1,40,9", PD_RULE_ERROR_INVALID, "separators" },
    { "1409,", PD_RULE_ERROR_INVALID, "separators" },
    { ",100", PD_RULE_ERROR_INVALID, "separators" },
    { "99999999999999999999", PD_RULE_ERROR_RANGE, "too large" },
    { "92233720368547758.08", PD_RULE_ERROR_RANGE, "too large" },
    { "", PD_RULE_ERROR_EMPTY, NULL },
    { "   ", PD_RULE_ERROR_EMPTY, NULL },
    { "¥", PD_RULE_ERROR_EMPTY, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;

      g_test_message ("amount %s", cases[i].text);
      g_assert_false (pd_money_parse (cases[i].text, &fen, &error));
      g_assert_error (error, PD_RULE_ERROR, cases[i].code);
      g_assert_cmpint (fen, ==, 0);
      if (cases[i].hint != NULL)
        {
          assert_message_contains (error, cases[i].hint);
          /* the message quotes what was typed */
          assert_message_contains (error, cases[i].text);
        }
    }

  {
    g_autoptr(GError) error = NULL;
    gint64 fen = -1;

    g_assert_false (pd_money_parse (NULL, &fen, &error));
    g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY);
  }
}

static void
test_money_format (void)
{
  static const struct { gint64 fen; const char *plain; const char *grouped; } cases[] = {
    { 0, "0.00", "0.00" },
    { 5, "0.05", "0.05" },
    { 99, "0.99", "0.99" },
    { 1200, "12.00", "12.00" },
    { 100000, "1000.00", "1,000.00" },
    { 140950, "1409.50", "1,409.50" },
    { 99999, "999.99", "999.99" },
    { 123456789, "1234567.89", "1,234,567.89" },
    { -1200, "-12.00", "-12.00" },
    { -123456789, "-1234567.89", "-1,234,567.89" },
    { G_MAXINT64, "92233720368547758.07", "92,233,720,368,547,758.07" },
    { G_MININT64, "-92233720368547758.08", "-92,233,720,368,547,758.08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *plain = pd_money_format (cases[i].fen);
      g_autofree char *grouped = pd_money_format_grouped (cases[i].fen);

      g_assert_cmpstr (plain, ==, cases[i].plain);
      g_assert_cmpstr (grouped, ==, cases[i].grouped);
    }

  /* what is formatted parses back to the same fen */
  for (gint64 fen = 0; fen < 200000; fen += 997)
    {
      g_autofree char *plain = pd_money_format (fen);
      g_autofree char *grouped = pd_money_format_grouped (fen);
      gint64 back = -1;

      g_assert_true (pd_money_parse (plain, &back, NULL));
      g_assert_cmpint (back, ==, fen);
      g_assert_true (pd_money_parse (grouped, &back, NULL));
      g_assert_cmpint (back, ==, fen);
    }
}

static void
test_money_capitals (void)
{
  static const struct { gint64 fen; const char *capitals; } cases[] = {
    { 0, "零元整" },
    { 5, "伍分" },
    { 50, "伍角整" },
    { 1000, "壹拾元整" },
    { 1005, "壹拾元零伍分" },
    { 10000, "壹佰元整" },
    { 140950, "壹仟肆佰零玖元伍角整" },
    { 600714, "陆仟零柒元壹角肆分" },
    { 168032, "壹仟陆佰捌拾元零叁角贰分" },
    { 32504, "叁佰贰拾伍元零肆分" },
    { 10700053, "壹拾万柒仟元零伍角叁分" },
    { 10000000, "壹拾万元整" },
    { 100001009, "壹佰万零壹拾元零玖分" },
    { 9999999999, "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分" },
    /* more cases of the same rules */
    { 53, "伍角叁分" },
    { 100, "壹元整" },
    { 1500, "壹拾伍元整" },
    { 11000, "壹佰壹拾元整" },
    { 100100, "壹仟零壹元整" },
    { 168030, "壹仟陆佰捌拾元零叁角整" },
    { 120005, "壹仟贰佰元零伍分" },
    { 1001000, "壹万零壹拾元整" },
    { 1100000, "壹万壹仟元整" },
    { 100100000, "壹佰万壹仟元整" },    /* zero 万 place before a non-zero 仟 */
    { 1000100000, "壹仟万壹仟元整" },
    { 1001000000, "壹仟零壹万元整" },
    /* 亿 */
    { G_GINT64_CONSTANT (10000000000), "壹亿元整" },
    { G_GINT64_CONSTANT (10000000100), "壹亿零壹元整" },
    { G_GINT64_CONSTANT (10000100000), "壹亿零壹仟元整" },
    { G_GINT64_CONSTANT (10200000000), "壹亿零贰佰万元整" },
    { G_GINT64_CONSTANT (10020000000), "壹亿零贰拾万元整" },
    { G_GINT64_CONSTANT (12345678900), "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整" },
    { G_GINT64_CONSTANT (101000000000), "壹拾亿壹仟万元整" },
    { G_GINT64_CONSTANT (100000000000050), "壹万亿元零伍角整" },
    { G_GINT64_CONSTANT (100010000000000), "壹万零壹亿元整" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *capitals = pd_money_capitals (cases[i].fen, FALSE);
      g_autofree char *prefixed = pd_money_capitals (cases[i].fen, TRUE);
      g_autofree char *expected_prefixed = g_strconcat ("人民币", cases[i].capitals, NULL);

      g_assert_cmpstr (capitals, ==, cases[i].capitals);
      g_assert_cmpstr (prefixed, ==, expected_prefixed);
    }

  {
    g_autofree char *negative = pd_money_capitals (-1000, TRUE);
    g_autofree char *max = pd_money_capitals (G_MAXINT64, FALSE);
    g_autofree char *min = pd_money_capitals (G_MININT64, FALSE);

    g_assert_cmpstr (negative, ==, "人民币负壹拾元整");
    g_assert_true (g_str_has_suffix (max, "元零柒分"));
    g_assert_true (g_str_has_prefix (min, "负"));
    g_assert_true (g_str_has_suffix (min, "元零捌分"));
  }
}

/* Checks the rules of DESIGN.md on every amount in a range, rather than on
 * a list: this catches a broken case nobody thought to write down. */
static void
test_money_capitals_rules (void)
{
  for (gint64 fen = 1; fen < 2000000; fen += 7)
    {
      g_autofree char *s = pd_money_capitals (fen, FALSE);

      g_assert_null (strstr (s, "零零"));
      g_assert_false (g_str_has_prefix (s, "拾"));
      g_assert_false (g_str_has_prefix (s, "零"));
      g_assert_null (strstr (s, "零元"));
      g_assert_null (strstr (s, "零万"));
      g_assert_true (g_str_has_suffix (s, "分") != g_str_has_suffix (s, "整"));
      if (fen % 10 == 0)
        g_assert_true (g_str_has_suffix (s, "整"));
      if (fen >= 100)
        g_assert_nonnull (strstr (s, "元"));
      else
        g_assert_null (strstr (s, "元"));
    }
}

/* ---- Floor area --------------------------------------------------------- */

static void
test_area (void)
{
  static const struct { const char *text; gint64 centi; } valid[] = {
    { "89.5", 8950 },
    { "89.50", 8950 },
    { "89.5㎡", 8950 },
    { "89.5m²", 8950 },
    { "89.5 m2", 8950 },
    { "89.5平方米", 8950 },
    { "120平米", 12000 },
    { "0.01", 1 },
    { "1,200.5", 120050 },
    { "100000", 10000000 },
  };
  static const struct { const char *text; int code; } invalid[] = {
    { "0", PD_RULE_ERROR_RANGE },
    { "0.00㎡", PD_RULE_ERROR_RANGE },
    { "-5", PD_RULE_ERROR_RANGE },
    { "100000.01", PD_RULE_ERROR_RANGE },
    { "1000000", PD_RULE_ERROR_RANGE },
    { "89.505", PD_RULE_ERROR_INVALID },
    { "abc", PD_RULE_ERROR_INVALID },
    { "89.5 sq ft", PD_RULE_ERROR_INVALID },
    { "", PD_RULE_ERROR_EMPTY },
    { "㎡", PD_RULE_ERROR_EMPTY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 centi = -1;

      g_test_message ("area %s", valid[i].text);
      g_assert_true (pd_area_parse (valid[i].text, &centi, &error));
      g_assert_no_error (error);
      g_assert_cmpint (centi, ==, valid[i].centi);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 centi = -1;

      g_test_message ("area %s", invalid[i].text);
      g_assert_false (pd_area_parse (invalid[i].text, &centi, &error));
      g_assert_error (error, PD_RULE_ERROR, invalid[i].code);
      g_assert_cmpint (centi, ==, 0);
      if (invalid[i].code != PD_RULE_ERROR_EMPTY)
        assert_message_contains (error, invalid[i].text);
    }

  {
    g_autofree char *a = pd_area_format (8950);
    g_autofree char *b = pd_area_format (5);
    g_autofree char *c = pd_area_format (10000000);

    g_assert_cmpstr (a, ==, "89.50");
    g_assert_cmpstr (b, ==, "0.05");
    g_assert_cmpstr (c, ==, "100000.00");
  }
}

/* ---- Dates -------------------------------------------------------------- */

static void
test_date_parse (void)
{
  static const char * const same_day[] = {
    "2026-01-05", "2026-1-5", "2026/1/5", "2026.1.5", "2026年1月5日", "2026年01月05号",
    "20260105", " 2026-01-05 ", "２０２６－０１－０５",
  };
  static const struct { const char *text; int code; } invalid[] = {
    { "2026-02-30", PD_RULE_ERROR_INVALID },
    { "20260230", PD_RULE_ERROR_INVALID },
    { "2025-02-29", PD_RULE_ERROR_INVALID },
    { "2026-13-01", PD_RULE_ERROR_INVALID },
    { "2026-00-10", PD_RULE_ERROR_INVALID },
    { "2026-01-00", PD_RULE_ERROR_INVALID },
    { "1899-12-31", PD_RULE_ERROR_RANGE },
    { "2101-01-01", PD_RULE_ERROR_RANGE },
    { "abc", PD_RULE_ERROR_INVALID },
    { "2026-1", PD_RULE_ERROR_INVALID },
    { "26-1-5", PD_RULE_ERROR_INVALID },
    { "2026/01-05", PD_RULE_ERROR_INVALID },
    { "2026-01-05x", PD_RULE_ERROR_INVALID },
    { "2026-001-05", PD_RULE_ERROR_INVALID },
    { "2026年1月", PD_RULE_ERROR_INVALID },
    { "", PD_RULE_ERROR_EMPTY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (same_day); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;
      GDate d;

      g_test_message ("date %s", same_day[i]);
      g_assert_true (pd_date_parse (same_day[i], &d, &error));
      g_assert_no_error (error);
      iso = pd_date_to_iso (&d);
      g_assert_cmpstr (iso, ==, "2026-01-05");
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate d;

      g_test_message ("date %s", invalid[i].text);
      g_assert_false (pd_date_parse (invalid[i].text, &d, &error));
      g_assert_error (error, PD_RULE_ERROR, invalid[i].code);
      g_assert_false (g_date_valid (&d));
      if (invalid[i].code != PD_RULE_ERROR_EMPTY)
        assert_message_contains (error, invalid[i].text);
    }

  {
    g_autoptr(GError) error = NULL;
    GDate d;

    g_assert_true (pd_date_parse ("2024-02-29", &d, NULL));
    g_assert_true (pd_date_parse ("1900-01-01", &d, NULL));
    g_assert_true (pd_date_parse ("2100-12-31", &d, NULL));
    g_assert_false (pd_date_parse ("2026-02-30", &d, &error));
    assert_message_contains (error, "28");
  }
}

static void
test_date_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *expected = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *today = pd_date_today_iso ();
  g_autofree char *iso = NULL;
  GDate d, cleared;

  /* Would only differ if the test ran across midnight. */
  g_assert_cmpstr (today, ==, expected);
  g_assert_cmpuint (strlen (today), ==, 10);

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 9, G_DATE_MARCH, 1905);
  iso = pd_date_to_iso (&d);
  g_assert_cmpstr (iso, ==, "1905-03-09");

  g_date_clear (&cleared, 1);
  g_assert_null (pd_date_to_iso (&cleared));
  g_assert_null (pd_date_to_iso (NULL));
}

static void
test_date_days_between (void)
{
  GDate a, b;

  g_assert_true (pd_date_parse ("2026-01-05", &a, NULL));
  g_assert_true (pd_date_parse ("2026-03-01", &b, NULL));
  g_assert_cmpint (pd_date_days_between (&a, &b), ==, 55);
  g_assert_cmpint (pd_date_days_between (&b, &a), ==, -55);
  g_assert_cmpint (pd_date_days_between (&a, &a), ==, 0);

  g_assert_true (pd_date_parse ("2024-02-28", &a, NULL));
  g_assert_true (pd_date_parse ("2024-03-01", &b, NULL));
  g_assert_cmpint (pd_date_days_between (&a, &b), ==, 2);

  g_assert_true (pd_date_parse ("2025-12-31", &a, NULL));
  g_assert_true (pd_date_parse ("2026-01-01", &b, NULL));
  g_assert_cmpint (pd_date_days_between (&a, &b), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/money/parse/valid", test_money_parse_valid);
  g_test_add_func ("/core/money/parse/invalid", test_money_parse_invalid);
  g_test_add_func ("/core/money/format", test_money_format);
  g_test_add_func ("/core/money/capitals", test_money_capitals);
  g_test_add_func ("/core/money/capitals-rules", test_money_capitals_rules);
  g_test_add_func ("/core/area", test_area);
  g_test_add_func ("/core/date/parse", test_date_parse);
  g_test_add_func ("/core/date/iso", test_date_iso);
  g_test_add_func ("/core/date/days-between", test_date_days_between);

  return g_test_run ();
}
