// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-rules"
#include "config.h"

#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "pd-complaint-rules.h"
#include "pd-rule-error.h"

/* ISO 8601 weeks for the weekly complaint report: weeks start on Monday and week 1 is the one
 * holding 4 January, so a week's year may differ from its Monday's. */

static int
weeks_in_year (int year)
{
  /* 28 December is always in the last week of its year. */
  g_autoptr(GDateTime) dec28 = g_date_time_new_utc (year, 12, 28, 0, 0, 0);
  return g_date_time_get_week_of_year (dec28);
}

gboolean
pd_iso_week_parse (const char  *text,
                   GTimeZone   *tz,
                   int         *out_year,
                   int         *out_week,
                   gint64      *out_from,
                   gint64      *out_to,
                   GError     **error)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) jan4 = NULL;
  g_autoptr(GDateTime) monday_utc = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *week_text = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  int year, week;

  regex = g_regex_new ("^([0-9]{4})-?[Ww]([0-9]{1,2})$", 0, 0, NULL);
  if (!g_regex_match (regex, trimmed, 0, &match))
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("“%s” is not a week: write the year and the ISO week number, such as "
                     "2026-W07."), trimmed);
      return FALSE;
    }
  year_text = g_match_info_fetch (match, 1);
  week_text = g_match_info_fetch (match, 2);
  year = atoi (year_text);
  week = atoi (week_text);
  if (year < 1970 || year > 9998 || week < 1 || week > weeks_in_year (year))
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("Week %d does not exist in %d: that year has %d ISO weeks."), week, year,
                   year >= 1 && year <= 9998 ? weeks_in_year (year) : 52);
      return FALSE;
    }

  jan4 = g_date_time_new_utc (year, 1, 4, 0, 0, 0);
  monday_utc = g_date_time_add_days (jan4,
                                     (week - 1) * 7 - (g_date_time_get_day_of_week (jan4) - 1));
  if (tz == NULL)
    tz = local = g_time_zone_new_local ();
  from = g_date_time_new (tz, g_date_time_get_year (monday_utc), g_date_time_get_month (monday_utc),
                          g_date_time_get_day_of_month (monday_utc), 0, 0, 0);
  to = g_date_time_add_days (from, 7);

  if (out_year != NULL)
    *out_year = year;
  if (out_week != NULL)
    *out_week = week;
  if (out_from != NULL)
    *out_from = g_date_time_to_unix (from);
  if (out_to != NULL)
    *out_to = g_date_time_to_unix (to);
  return TRUE;
}

char *
pd_iso_week_format (gint64     t,
                    GTimeZone *tz)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);
  g_autoptr(GDateTime) dt = NULL;

  if (utc == NULL)
    return g_strdup ("");
  if (tz == NULL)
    tz = local = g_time_zone_new_local ();
  dt = g_date_time_to_timezone (utc, tz);
  return g_strdup_printf ("%04d-W%02d", g_date_time_get_week_numbering_year (dt),
                          g_date_time_get_week_of_year (dt));
}
