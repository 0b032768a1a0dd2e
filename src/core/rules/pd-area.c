// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-area"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-area.h"
#include "pd-rule-error.h"
#include "pd-rules-private.h"

/**
 * pd_area_parse:
 * @text: a floor area such as "89.5", "89.50㎡" or "89.5m²"
 * @out_centi_m2: (out): the area in hundredths of a square metre
 * @error: return location for a #GError in %PD_RULE_ERROR
 *
 * Accepts a positive area of at most 100000 m² with at most two decimals.
 *
 * Returns: %TRUE on success
 */
gboolean
pd_area_parse (const char  *text,
               gint64      *out_centi_m2,
               GError     **error)
{
  static const char * const units[] = { "㎡", "m²", "m2", "平方米", "平米", "平方" };
  g_autofree char *clean = _pd_rules_fold (text, TRUE);
  g_autofree char *shown = _pd_rules_fold (text, FALSE);
  g_autofree char *bad_char = NULL;
  const char *bad = NULL;
  gint64 value = 0;
  _PdDecimalStatus status;

  g_return_val_if_fail (out_centi_m2 != NULL, FALSE);

  *out_centi_m2 = 0;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (_pd_rules_strip_suffix (clean, units[i]))
      break;

  status = _pd_rules_parse_hundredths (clean, &value, &bad);
  if (status == _PD_DECIMAL_OK && value > PD_AREA_MAX_CENTI_M2)
    status = _PD_DECIMAL_OVERFLOW;

  switch (status)
    {
    case _PD_DECIMAL_OK:
      if (value == 0)
        {
          g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                       _("The floor area “%s” is zero; enter the area in square metres."),
                       shown);
          return FALSE;
        }
      *out_centi_m2 = value;
      return TRUE;

    case _PD_DECIMAL_EMPTY:
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY,
                   _("No floor area was entered."));
      return FALSE;

    case _PD_DECIMAL_NEGATIVE:
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The floor area “%s” is negative."), shown);
      return FALSE;

    case _PD_DECIMAL_BAD_CHAR:
      bad_char = _pd_rules_char_at (bad);
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The floor area “%s” is not a number of square metres: "
                     "“%s” is not allowed. Write it like 89.50."),
                   shown, bad_char);
      return FALSE;

    case _PD_DECIMAL_BAD_GROUPING:
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The floor area “%s” has its thousands separators in the wrong places."),
                   shown);
      return FALSE;

    case _PD_DECIMAL_TOO_MANY_DECIMALS:
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The floor area “%s” has more than two decimal places."), shown);
      return FALSE;

    case _PD_DECIMAL_OVERFLOW:
    default:
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The floor area “%s” is larger than 100000 square metres."), shown);
      return FALSE;
    }
}

/**
 * pd_area_format:
 * @centi_m2: an area in hundredths of a square metre
 *
 * Returns: (transfer full): the area with two decimals and no unit, e.g. "89.50"
 */
char *
pd_area_format (gint64 centi_m2)
{
  guint64 abs_value = centi_m2 < 0 ? (guint64) (-(centi_m2 + 1)) + 1 : (guint64) centi_m2;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", centi_m2 < 0 ? "-" : "",
                          abs_value / 100, (guint) (abs_value % 100));
}
