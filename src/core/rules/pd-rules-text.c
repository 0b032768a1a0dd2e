// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-rules"

#include "config.h"

#include <string.h>

#include "pd-rules-private.h"

/* Chinese input methods easily produce full-width digits, letters and spaces
 * (１３８, Ｘ, U+3000); they mean the same as ASCII, so every parser folds them
 * first instead of rejecting them. Invalid UTF-8 is repaired so that later
 * error messages can quote the text safely. */
char *
_pd_rules_fold (const char *text,
                gboolean    drop_spaces)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)
        c = c - 0xFF01 + 0x21;
      else if (c == 0x3000 || c == 0x00A0)
        c = ' ';

      if (drop_spaces && (c == ' ' || c == '\t'))
        continue;

      g_string_append_unichar (out, c);
    }

  return g_strstrip (g_string_free (out, FALSE));
}

char *
_pd_rules_char_at (const char *p)
{
  if (p == NULL || *p == '\0')
    return g_strdup ("");

  return g_strndup (p, g_utf8_next_char (p) - p);
}

gboolean
_pd_rules_strip_suffix (char       *text,
                        const char *suffix)
{
  gsize len = strlen (text);
  gsize slen = strlen (suffix);

  if (len < slen || g_ascii_strcasecmp (text + len - slen, suffix) != 0)
    return FALSE;

  text[len - slen] = '\0';
  return TRUE;
}

gboolean
_pd_rules_strip_prefix (char       *text,
                        const char *prefix)
{
  gsize plen = strlen (prefix);

  if (g_ascii_strncasecmp (text, prefix, plen) != 0)
    return FALSE;

  memmove (text, text + plen, strlen (text + plen) + 1);
  return TRUE;
}

static gboolean
grouping_is_valid (const char *start,
                   const char *end)
{
  guint group = 0;
  gboolean first = TRUE;

  /* "1,409" and "12,345,678" are thousands groups; "1,40,9" is a typo that
   * must not silently become 1409. */
  for (const char *p = start; p < end; p++)
    {
      if (*p == ',')
        {
          if (group == 0 || (first && group > 3) || (!first && group != 3))
            return FALSE;
          first = FALSE;
          group = 0;
        }
      else
        group++;
    }

  return first || group == 3;
}

/* Parses a plain non-negative decimal such as "1,409.5" into hundredths,
 * exactly (no floating point). Units and currency signs must already be
 * removed. On failure *bad points at the offending character when there is one. */
_PdDecimalStatus
_pd_rules_parse_hundredths (const char  *text,
                            gint64      *out,
                            const char **bad)
{
  const char *p = text;
  const char *int_start;
  const char *int_end;
  guint64 value = 0;
  guint n_digits = 0;
  guint n_decimals = 0;
  gboolean has_comma = FALSE;
  gboolean extra_precision = FALSE;

  *out = 0;
  if (bad != NULL)
    *bad = NULL;

  if (text == NULL || *text == '\0')
    return _PD_DECIMAL_EMPTY;

  if (*p == '-' || g_str_has_prefix (p, "−"))
    return _PD_DECIMAL_NEGATIVE;
  if (*p == '+')
    p++;

  int_start = p;
  for (; g_ascii_isdigit (*p) || *p == ','; p++)
    {
      if (*p == ',')
        {
          has_comma = TRUE;
          continue;
        }

      n_digits++;
      value = value * 10 + (guint64) (*p - '0');
      if (value > (guint64) G_MAXINT64 / 100)
        return _PD_DECIMAL_OVERFLOW;
    }
  int_end = p;

  if (*p == '.')
    {
      guint64 frac = 0;

      for (p++; g_ascii_isdigit (*p); p++)
        {
          n_digits++;
          n_decimals++;
          if (n_decimals <= 2)
            frac = frac * 10 + (guint64) (*p - '0');
          /* "12.500" still means exactly 12.50; only real extra precision is refused. */
          else if (*p != '0')
            extra_precision = TRUE;
        }

      if (n_decimals == 1)
        frac *= 10;
      value = value * 100 + frac;
    }
  else
    value *= 100;

  if (*p != '\0')
    {
      if (bad != NULL)
        *bad = p;
      return _PD_DECIMAL_BAD_CHAR;
    }

  if (n_digits == 0)
    {
      if (bad != NULL && *text != '\0')
        *bad = text;
      return *text == '\0' ? _PD_DECIMAL_EMPTY : _PD_DECIMAL_BAD_CHAR;
    }

  if (extra_precision)
    return _PD_DECIMAL_TOO_MANY_DECIMALS;

  if (has_comma && !grouping_is_valid (int_start, int_end))
    return _PD_DECIMAL_BAD_GROUPING;

  if (value > (guint64) G_MAXINT64)
    return _PD_DECIMAL_OVERFLOW;

  *out = (gint64) value;
  return _PD_DECIMAL_OK;
}
