// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-date"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-date.h"
#include "pd-rule-error.h"
#include "pd-rules-private.h"

/* Reads 1..max_len ASCII digits; returns FALSE when there are none or too many. */
static gboolean
read_number (const char **p,
             guint        max_len,
             guint       *out,
             guint       *out_len)
{
  guint value = 0;
  guint len = 0;

  while (g_ascii_isdigit (**p))
    {
      if (++len > max_len)
        return FALSE;
      value = value * 10 + (guint) (**p - '0');
      (*p)++;
    }

  *out = value;
  if (out_len != NULL)
    *out_len = len;
  return len > 0;
}

static gboolean
split_date (const char *s,
            guint      *year,
            guint      *month,
            guint      *day)
{
  const char *p = s;
  guint year_len = 0;

  if (strlen (s) == 8)
    {
      gboolean all_digits = TRUE;

      for (guint i = 0; i < 8; i++)
        all_digits = all_digits && g_ascii_isdigit (s[i]);

      if (all_digits)
        {
          *year = (guint) ((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10
                           + (s[3] - '0'));
          *month = (guint) ((s[4] - '0') * 10 + (s[5] - '0'));
          *day = (guint) ((s[6] - '0') * 10 + (s[7] - '0'));
          return TRUE;
        }
    }

  if (!read_number (&p, 4, year, &year_len) || year_len != 4)
    return FALSE;

  if (g_str_has_prefix (p, "年"))
    {
      p += strlen ("年");
      if (!read_number (&p, 2, month, NULL) || !g_str_has_prefix (p, "月"))
        return FALSE;
      p += strlen ("月");
      if (!read_number (&p, 2, day, NULL))
        return FALSE;
      if (g_str_has_prefix (p, "日"))
        p += strlen ("日");
      else if (g_str_has_prefix (p, "号"))
        p += strlen ("号");
      return *p == '\0';
    }

  if (*p != '-' && *p != '/' && *p != '.')
    return FALSE;

  {
    char sep = *p++;

    if (!read_number (&p, 2, month, NULL) || *p++ != sep)
      return FALSE;
    if (!read_number (&p, 2, day, NULL))
      return FALSE;
  }

  return *p == '\0';
}

/**
 * pd_date_parse:
 * @text: a date: 2026-01-05, 2026-1-5, 2026/1/5, 2026.1.5, 2026年1月5日 or 20260105
 * @out: (out caller-allocates): the date
 * @error: return location for a #GError in %PD_RULE_ERROR
 *
 * Returns: %TRUE if @text is a real date between 1900 and 2100
 */
gboolean
pd_date_parse (const char  *text,
               GDate       *out,
               GError     **error)
{
  g_autofree char *clean = _pd_rules_fold (text, TRUE);
  g_autofree char *shown = _pd_rules_fold (text, FALSE);
  guint year = 0, month = 0, day = 0;

  g_return_val_if_fail (out != NULL, FALSE);

  g_date_clear (out, 1);

  if (*clean == '\0')
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY, _("No date was entered."));
      return FALSE;
    }

  if (!split_date (clean, &year, &month, &day))
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("“%s” is not a date. Write it like 2026-01-05."), shown);
      return FALSE;
    }

  if (year < PD_DATE_MIN_YEAR || year > PD_DATE_MAX_YEAR)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The date “%s” has the year %u; only years from %d to %d are accepted."),
                   shown, year, PD_DATE_MIN_YEAR, PD_DATE_MAX_YEAR);
      return FALSE;
    }

  if (month < 1 || month > 12)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The date “%s” is not a real date: there is no month %u."),
                   shown, month);
      return FALSE;
    }

  if (day < 1 || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The date “%s” is not a real date: month %u of %u has %u days."),
                   shown, month, year,
                   (guint) g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year));
      return FALSE;
    }

  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/**
 * pd_date_to_iso:
 * @d: a date
 *
 * Returns: (transfer full) (nullable): "YYYY-MM-DD", or %NULL if @d is %NULL or
 *   not a valid (e.g. cleared) date
 */
char *
pd_date_to_iso (const GDate *d)
{
  if (d == NULL || !g_date_valid (d))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (d),
                          (guint) g_date_get_month (d), (guint) g_date_get_day (d));
}

/**
 * pd_date_today_iso:
 *
 * Returns: (transfer full): today's date in the local time zone, "YYYY-MM-DD"
 */
char *
pd_date_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * pd_date_days_between:
 * @a: a valid date
 * @b: a valid date
 *
 * Returns: the number of days from @a to @b (b − a); negative if @b is earlier
 */
int
pd_date_days_between (const GDate *a,
                      const GDate *b)
{
  g_return_val_if_fail (a != NULL && g_date_valid (a), 0);
  g_return_val_if_fail (b != NULL && g_date_valid (b), 0);

  return g_date_days_between (a, b);
}
