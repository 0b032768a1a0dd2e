// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-money"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-money.h"
#include "pd-rule-error.h"
#include "pd-rules-private.h"

static const char * const capital_digits[] = {
  "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖",
};

static const char * const capital_small_units[] = { "", "拾", "佰", "仟" };

/* Magnitude of a negative gint64 without overflowing on G_MININT64. */
static guint64
magnitude (gint64 value)
{
  return value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
}

/* Writes 1..9999. Every digit carries its unit, so 10 is 壹拾, never 拾 alone;
 * a run of inner zeros collapses to one 零 and trailing zeros are silent. */
static void
append_group (GString *out,
              guint    group)
{
  static const guint powers[] = { 1000, 100, 10, 1 };
  gboolean started = FALSE;
  gboolean pending_zero = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (powers); i++)
    {
      guint digit = (group / powers[i]) % 10;

      if (digit == 0)
        {
          pending_zero = started;
          continue;
        }

      if (pending_zero)
        g_string_append (out, capital_digits[0]);
      g_string_append (out, capital_digits[digit]);
      g_string_append (out, capital_small_units[3 - i]);
      started = TRUE;
      pending_zero = FALSE;
    }
}

/* Writes a positive integer with 万 and 亿. A lower block whose leading place is
 * zero gets one 零 (壹佰万零壹拾, 壹亿零贰佰万); a zero at the end of the upper
 * block followed by a non-zero leading place does not (壹拾万柒仟), which is the
 * choice DESIGN.md makes between the variants the bill rules allow. */
static void
append_integer (GString *out,
                guint64  n)
{
  const guint64 yi = G_GUINT64_CONSTANT (100000000);

  if (n >= yi)
    {
      guint64 low = n % yi;

      append_integer (out, n / yi);
      g_string_append (out, "亿");
      if (low == 0)
        return;
      if (low < yi / 10)
        g_string_append (out, capital_digits[0]);
      append_integer (out, low);
    }
  else if (n >= 10000)
    {
      guint low = (guint) (n % 10000);

      append_group (out, (guint) (n / 10000));
      g_string_append (out, "万");
      if (low == 0)
        return;
      if (low < 1000)
        g_string_append (out, capital_digits[0]);
      append_group (out, low);
    }
  else
    append_group (out, (guint) n);
}

/**
 * pd_money_capitals:
 * @fen: the amount in fen
 * @rmb_prefix: whether to start with 人民币
 *
 * Writes an amount in Chinese capital numerals (大写) as bills and vouchers
 * require: 1409.50 → 壹仟肆佰零玖元伍角整, 0.05 → 伍分, 0.00 → 零元整.
 * A negative amount gets 负 after the optional prefix.
 *
 * Returns: (transfer full): the capital numerals
 */
char *
pd_money_capitals (gint64   fen,
                   gboolean rmb_prefix)
{
  GString *out = g_string_new (NULL);
  guint64 abs_fen = magnitude (fen);
  guint64 yuan = abs_fen / 100;
  guint jiao = (guint) (abs_fen / 10 % 10);
  guint fen_digit = (guint) (abs_fen % 10);

  if (rmb_prefix)
    g_string_append (out, "人民币");
  if (fen < 0)
    g_string_append (out, "负");

  if (abs_fen == 0)
    {
      g_string_append (out, "零元整");
      return g_string_free (out, FALSE);
    }

  if (yuan > 0)
    {
      append_integer (out, yuan);
      g_string_append (out, "元");
    }

  if (jiao == 0 && fen_digit == 0)
    {
      g_string_append (out, "整");
      return g_string_free (out, FALSE);
    }

  if (jiao > 0)
    {
      /* A zero 元 place before a non-zero 角 is written: 壹仟陆佰捌拾元零叁角贰分. */
      if (yuan > 0 && yuan % 10 == 0)
        g_string_append (out, capital_digits[0]);
      g_string_append (out, capital_digits[jiao]);
      g_string_append (out, "角");
    }
  else if (yuan > 0)
    {
      /* A zero 角 between yuan and a non-zero 分: 叁佰贰拾伍元零肆分. */
      g_string_append (out, capital_digits[0]);
    }

  if (fen_digit > 0)
    {
      g_string_append (out, capital_digits[fen_digit]);
      g_string_append (out, "分");
    }
  else
    g_string_append (out, "整");

  return g_string_free (out, FALSE);
}

static char *
format_fen (gint64   fen,
            gboolean grouped)
{
  guint64 abs_fen = magnitude (fen);
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, abs_fen / 100);
  GString *out = g_string_new (fen < 0 ? "-" : "");
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (grouped && i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }

  g_string_append_printf (out, ".%02u", (guint) (abs_fen % 100));
  return g_string_free (out, FALSE);
}

/**
 * pd_money_format:
 * @fen: the amount in fen
 *
 * Returns: (transfer full): the amount in yuan with two decimals, e.g. "1409.50"
 *   or "-12.00"; never grouped, so it is safe for CSV and for parsing back.
 */
char *
pd_money_format (gint64 fen)
{
  return format_fen (fen, FALSE);
}

/**
 * pd_money_format_grouped:
 * @fen: the amount in fen
 *
 * Returns: (transfer full): the amount with thousands separators, e.g. "1,409.50"
 */
char *
pd_money_format_grouped (gint64 fen)
{
  return format_fen (fen, TRUE);
}

/**
 * pd_money_parse:
 * @text: what the clerk typed, e.g. "1,409.50", "¥12.00" or "12元"
 * @out_fen: (out): the amount in fen
 * @error: return location for a #GError in %PD_RULE_ERROR
 *
 * Parses a non-negative amount of money exactly. Full-width digits, spaces,
 * a leading ¥/￥/RMB/人民币 and a trailing 元 are accepted.
 *
 * Returns: %TRUE on success
 */
gboolean
pd_money_parse (const char  *text,
                gint64      *out_fen,
                GError     **error)
{
  static const char * const prefixes[] = { "¥", "￥", "RMB", "人民币" };
  g_autofree char *clean = _pd_rules_fold (text, TRUE);
  g_autofree char *shown = _pd_rules_fold (text, FALSE);
  g_autofree char *bad_char = NULL;
  const char *bad = NULL;
  gint64 fen = 0;

  g_return_val_if_fail (out_fen != NULL, FALSE);

  *out_fen = 0;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (_pd_rules_strip_prefix (clean, prefixes[i]))
      break;
  _pd_rules_strip_suffix (clean, "元");

  switch (_pd_rules_parse_hundredths (clean, &fen, &bad))
    {
    case _PD_DECIMAL_OK:
      *out_fen = fen;
      return TRUE;

    case _PD_DECIMAL_EMPTY:
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY,
                   _("No amount was entered."));
      return FALSE;

    case _PD_DECIMAL_NEGATIVE:
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The amount “%s” is negative; enter an amount of zero or more."),
                   shown);
      return FALSE;

    case _PD_DECIMAL_BAD_CHAR:
      bad_char = _pd_rules_char_at (bad);
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The amount “%s” is not a number: “%s” is not allowed. "
                     "Write it like 1409.50."),
                   shown, bad_char);
      return FALSE;

    case _PD_DECIMAL_BAD_GROUPING:
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The amount “%s” has its thousands separators in the wrong places. "
                     "Write it like 1,409.50 or without commas."),
                   shown);
      return FALSE;

    case _PD_DECIMAL_TOO_MANY_DECIMALS:
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The amount “%s” has more than two decimal places; "
                     "amounts are exact to the fen (0.01 yuan)."),
                   shown);
      return FALSE;

    case _PD_DECIMAL_OVERFLOW:
    default:
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The amount “%s” is too large."), shown);
      return FALSE;
    }
}
