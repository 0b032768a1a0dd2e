// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-quantity.h"
#include "pd-rule-error.h"
#include "pd-rules-private.h"

/**
 * pd_quantity_parse:
 * @text: what the clerk typed, e.g. "1.255", "３", "1。5" or " 0.5 "
 * @out_milli: (out): the quantity in thousandths
 * @error: return location for a #GError in %PD_RULE_ERROR
 *
 * Parses a quantity greater than zero with up to three decimals, exactly. Full-width digits
 * and spaces are accepted; "1.2500" is 1.25 (only real extra precision is refused).
 *
 * Returns: %TRUE on success
 */
gboolean
pd_quantity_parse (const char  *text,
                   gint64      *out_milli,
                   GError     **error)
{
  g_autofree char *clean = _pd_rules_fold (text, TRUE);
  g_autofree char *shown = _pd_rules_fold (text, FALSE);
  const char *p = clean;
  guint64 value = 0;
  guint n_digits = 0;
  guint n_decimals = 0;
  gboolean extra_precision = FALSE;

  g_return_val_if_fail (out_milli != NULL, FALSE);

  *out_milli = 0;

  /* An input method in Chinese mode types 。 for the decimal point. */
  {
    char *dot = strstr (clean, "。");
    if (dot != NULL)
      {
        *dot = '.';
        memmove (dot + 1, dot + strlen ("。"), strlen (dot + strlen ("。")) + 1);
        p = clean;
      }
  }

  if (*clean == '\0')
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY, _("No quantity was entered."));
      return FALSE;
    }
  if (*p == '-' || g_str_has_prefix (p, "−"))
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The quantity “%s” is negative; enter a quantity greater than zero."),
                   shown);
      return FALSE;
    }
  if (*p == '+')
    p++;

  for (; g_ascii_isdigit (*p); p++)
    {
      n_digits++;
      value = value * 10 + (guint64) (*p - '0');
      if (value > (guint64) PD_QUANTITY_MAX_MILLI / 1000)
        {
          g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                       _("The quantity “%s” is too large; the largest is 999999.999."), shown);
          return FALSE;
        }
    }
  value *= 1000;

  if (*p == '.')
    {
      guint64 frac = 0;

      for (p++; g_ascii_isdigit (*p); p++)
        {
          n_digits++;
          n_decimals++;
          if (n_decimals <= 3)
            frac = frac * 10 + (guint64) (*p - '0');
          else if (*p != '0')
            extra_precision = TRUE;
        }
      for (guint i = n_decimals; i < 3; i++)
        frac *= 10;
      value += frac;
    }

  if (*p != '\0' || n_digits == 0)
    {
      g_autofree char *bad = _pd_rules_char_at (*p != '\0' ? p : clean);

      /* A decimal comma is the likeliest typo; say how to write it instead. */
      if (*p == ',')
        g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                     _("The quantity “%s” has a comma; write decimals with a point, like "
                       "1.255, and no thousands separators."),
                     shown);
      else
        g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                     _("The quantity “%s” is not a number: “%s” is not allowed. Write it "
                       "like 1.255."),
                     shown, bad);
      return FALSE;
    }
  if (extra_precision)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The quantity “%s” has more than three decimal places; quantities are "
                     "exact to 0.001."),
                   shown);
      return FALSE;
    }
  if (value > (guint64) PD_QUANTITY_MAX_MILLI)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The quantity “%s” is too large; the largest is 999999.999."), shown);
      return FALSE;
    }
  if (value == 0)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The quantity “%s” is zero; enter a quantity greater than zero."), shown);
      return FALSE;
    }

  *out_milli = (gint64) value;
  return TRUE;
}

/**
 * pd_quantity_format:
 * @milli: the quantity in thousandths
 *
 * Returns: (transfer full): e.g. "1.255", "2", "1.5"; negative values get a leading "-"
 */
char *
pd_quantity_format (gint64 milli)
{
  guint64 abs_milli = milli < 0 ? (guint64) (-(milli + 1)) + 1 : (guint64) milli;
  guint frac = (guint) (abs_milli % 1000);
  const char *sign = milli < 0 ? "-" : "";
  guint digits = 3;

  if (frac == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, sign, abs_milli / 1000);

  while (frac % 10 == 0)
    {
      frac /= 10;
      digits--;
    }
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%0*u", sign, abs_milli / 1000, (int) digits,
                          frac);
}
