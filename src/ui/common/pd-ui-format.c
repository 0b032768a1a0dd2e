// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-ui"
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "pd-ui-format.h"

char *
pd_format_count (guint64 n)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, n);
  gsize len = strlen (digits);
  GString *out = g_string_sized_new (len + len / 3);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

char *
pd_strdup_trimmed (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

char *
pd_format_time (gint64 t)
{
  g_autoptr(GDateTime) dt = NULL;

  if (t == 0)
    return g_strdup ("");
  dt = g_date_time_new_from_unix_local (t);
  return dt != NULL ? g_date_time_format (dt, "%Y-%m-%d %H:%M") : g_strdup ("");
}

char *
pd_format_time_short (gint64 t,
                      gint64 now)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDateTime) now_dt = NULL;

  if (t == 0)
    return g_strdup ("");
  dt = g_date_time_new_from_unix_local (t);
  now_dt = g_date_time_new_from_unix_local (now > 0 ? now : g_get_real_time () / G_USEC_PER_SEC);
  if (dt == NULL)
    return g_strdup ("");
  if (now_dt != NULL && g_date_time_get_year (dt) == g_date_time_get_year (now_dt))
    return g_date_time_format (dt, "%m-%d %H:%M");
  return g_date_time_format (dt, "%Y-%m-%d %H:%M");
}

/* Full-width digits and punctuation, as a Chinese input method types them, become ASCII. */
static char *
fold_ascii (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)
        c -= 0xFEE0;
      else if (c == 0x3000)
        c = ' ';
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gboolean
pd_parse_time (const char  *text,
               gint64      *out,
               GError     **error)
{
  g_autofree char *clean = NULL;
  g_autoptr(GDateTime) dt = NULL;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0;
  char sep1 = 0, sep2 = 0;
  int n;

  g_return_val_if_fail (out != NULL, FALSE);

  *out = 0;
  clean = g_strstrip (fold_ascii (text != NULL ? text : ""));
  if (*clean == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("No date and time was entered; write it like 2026-03-14 15:07."));
      return FALSE;
    }

  n = sscanf (clean, "%d%c%d%c%d %d:%d", &year, &sep1, &month, &sep2, &day, &hour, &minute);
  if ((n != 5 && n != 7) || sep1 != sep2 || (sep1 != '-' && sep1 != '/' && sep1 != '.')
      || year < 1900 || year > 2100 || hour < 0 || hour > 23 || minute < 0 || minute > 59
      || month < 1 || month > 12 || day < 1 || day > g_date_get_days_in_month (month, year))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a date and time; write it like 2026-03-14 15:07."), clean);
      return FALSE;
    }

  dt = g_date_time_new_local (year, month, day, hour, minute, 0);
  if (dt == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” does not exist in the local time zone."), clean);
      return FALSE;
    }
  *out = g_date_time_to_unix (dt);
  return TRUE;
}
