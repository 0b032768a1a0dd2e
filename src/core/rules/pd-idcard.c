// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-idcard"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-idcard.h"
#include "pd-rule-error.h"
#include "pd-rules-private.h"

/* ISO 7064 MOD 11-2: weight of position i is 2^(17-i) mod 11. */
static const guint check_weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
static const char check_chars[] = "10X98765432";

/* First two digits of the administrative division code (GB/T 2260), plus 71
 * Taiwan, 81/82 Hong Kong and Macao, 83 residence permits for Taiwan residents
 * and 91 foreigners' permanent residence. */
static gboolean
is_province_code (guint code)
{
  return (code >= 11 && code <= 15) || (code >= 21 && code <= 23)
         || (code >= 31 && code <= 37) || (code >= 41 && code <= 46)
         || (code >= 50 && code <= 54) || (code >= 61 && code <= 65)
         || code == 71 || code == 81 || code == 82 || code == 83 || code == 91;
}

static guint
digits_value (const char *s,
              guint       n)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    value = value * 10 + (guint) (s[i] - '0');

  return value;
}

static char
compute_check_char (const char *first17)
{
  guint sum = 0;

  for (guint i = 0; i < 17; i++)
    {
      if (!g_ascii_isdigit (first17[i]))
        return '\0';
      sum += (guint) (first17[i] - '0') * check_weights[i];
    }

  return check_chars[sum % 11];
}

/**
 * pd_resident_id_normalize:
 * @text: (nullable): an ID number as typed
 *
 * Removes spaces (also full-width ones), folds full-width digits and
 * upper-cases a trailing x. It does not validate.
 *
 * Returns: (transfer full) (nullable): the normalized text, %NULL if @text is %NULL
 */
char *
pd_resident_id_normalize (const char *text)
{
  char *clean;

  if (text == NULL)
    return NULL;

  clean = _pd_rules_fold (text, TRUE);
  for (char *p = clean; *p != '\0'; p++)
    if (*p == 'x')
      *p = 'X';

  return clean;
}

/**
 * pd_resident_id_compute_check:
 * @first17: the first 17 digits of an 18-digit ID number
 *
 * Returns: (transfer full) (nullable): the check character ("0"–"9" or "X") as
 *   a string, or %NULL unless @first17 starts with 17 digits
 */
char *
pd_resident_id_compute_check (const char *first17)
{
  char c;

  if (first17 == NULL || strlen (first17) < 17)
    return NULL;

  c = compute_check_char (first17);
  if (c == '\0')
    return NULL;

  return g_strndup (&c, 1);
}

/* first_digit/last_digit say where the date sits, so that the message can
 * point the clerk at the digits to compare with the card. */
static gboolean
check_birth_date (guint        year,
                  guint        month,
                  guint        day,
                  guint        first_digit,
                  guint        last_digit,
                  GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate birth;
  GDate today;

  if (month < 1 || month > 12 || day < 1 || year < 1
      || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The ID number contains the birth date %04u-%02u-%02u, which is not a "
                     "real date; check digits %u to %u."),
                   year, month, day, first_digit, last_digit);
      return FALSE;
    }

  g_date_clear (&birth, 1);
  g_date_clear (&today, 1);
  g_date_set_dmy (&birth, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));

  if (year < 1900 || g_date_compare (&birth, &today) > 0)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The ID number contains the birth date %04u-%02u-%02u, which is not "
                     "between 1900-01-01 and today; check digits %u to %u."),
                   year, month, day, first_digit, last_digit);
      return FALSE;
    }

  return TRUE;
}

/**
 * pd_resident_id_check:
 * @text: an ID number (spaces and a lower-case x are accepted)
 * @out_legacy: (out) (optional): set to %TRUE for an old 15-digit number,
 *   which has no check character; the caller should warn about it
 * @error: return location for a #GError in %PD_RULE_ERROR
 *
 * Checks length, characters, province code, birth date and the
 * ISO 7064 MOD 11-2 check character.
 *
 * Returns: %TRUE if @text is a plausible resident ID number
 */
gboolean
pd_resident_id_check (const char  *text,
                      gboolean    *out_legacy,
                      GError     **error)
{
  g_autofree char *id = pd_resident_id_normalize (text);
  guint len;
  guint position = 1;

  if (out_legacy != NULL)
    *out_legacy = FALSE;

  if (id == NULL || *id == '\0')
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY, _("No ID number was entered."));
      return FALSE;
    }

  len = (guint) g_utf8_strlen (id, -1);

  for (const char *p = id; *p != '\0'; p = g_utf8_next_char (p), position++)
    {
      gboolean last_of_18 = len == 18 && position == 18;

      if (!g_ascii_isdigit (*p) && !(last_of_18 && *p == 'X'))
        {
          g_autofree char *bad = _pd_rules_char_at (p);

          g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                       _("The ID number contains “%s” at position %u; only digits are "
                         "allowed, and X only as the 18th character."),
                       bad, position);
          return FALSE;
        }
    }

  if (len != 18 && len != 15)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The ID number has %u digit; a resident ID number has 18 "
                                "(or 15 for an old card).",
                                "The ID number has %u digits; a resident ID number has 18 "
                                "(or 15 for an old card).",
                                len),
                   len);
      return FALSE;
    }

  if (!is_province_code (digits_value (id, 2)))
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The ID number starts with the area code %.6s, but no province has "
                     "the code %.2s; check the first two digits."),
                   id, id);
      return FALSE;
    }

  if (len == 15)
    {
      /* Old cards were only issued to people born in the 20th century. */
      if (!check_birth_date (1900 + digits_value (id + 6, 2), digits_value (id + 8, 2),
                             digits_value (id + 10, 2), 7, 12, error))
        return FALSE;

      if (out_legacy != NULL)
        *out_legacy = TRUE;
      return TRUE;
    }

  if (!check_birth_date (digits_value (id + 6, 4), digits_value (id + 10, 2),
                         digits_value (id + 12, 2), 7, 14, error))
    return FALSE;

  {
    char expected = compute_check_char (id);

    if (expected != id[17])
      {
        g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                     _("The check character of the ID number does not match: the first 17 "
                       "digits require “%c” as the last character, but it is “%c”. "
                       "A digit was probably mistyped."),
                     expected, id[17]);
        return FALSE;
      }
  }

  return TRUE;
}
