// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-rules"
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pd-repair-deadline.h"
#include "pd-rule-error.h"

#define DAY_SECONDS 86400

static GTimeZone *
ref_zone (GTimeZone *tz)
{
  return tz != NULL ? g_time_zone_ref (tz) : g_time_zone_new_local ();
}

static GDateTime *
local_from_unix (gint64     t,
                 GTimeZone *tz)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);

  g_return_val_if_fail (utc != NULL, NULL);
  return g_date_time_to_timezone (utc, tz);
}

/* Local midnight of the day holding t, moved by days whole calendar days. Built from the
 * calendar date rather than by adding seconds, so a day of 23 or 25 hours stays one day. */
static gint64
local_midnight (gint64     t,
                int        days,
                GTimeZone *tz)
{
  g_autoptr(GTimeZone) zone = ref_zone (tz);
  g_autoptr(GDateTime) local = local_from_unix (t, zone);
  g_autoptr(GDateTime) noon = NULL;
  g_autoptr(GDateTime) moved = NULL;
  g_autoptr(GDateTime) midnight = NULL;

  /* Noon is never skipped by a DST change, so adding days to it lands on the right date. */
  noon = g_date_time_new (zone, g_date_time_get_year (local), g_date_time_get_month (local),
                          g_date_time_get_day_of_month (local), 12, 0, 0);
  moved = g_date_time_add_days (noon, days);
  midnight = g_date_time_new (zone, g_date_time_get_year (moved), g_date_time_get_month (moved),
                              g_date_time_get_day_of_month (moved), 0, 0, 0);
  return g_date_time_to_unix (midnight);
}

void
pd_repair_times_init_defaults (PdRepairTimes *times)
{
  g_return_if_fail (times != NULL);

  times->onsite_minutes = PD_REPAIR_ONSITE_MINUTES_DEFAULT;
  times->urgent_hours = PD_REPAIR_URGENT_HOURS_DEFAULT;
  times->small_cutoff_hour = PD_REPAIR_SMALL_CUTOFF_HOUR_DEFAULT;
  times->general_days = PD_REPAIR_GENERAL_DAYS_DEFAULT;
}

static gboolean
check_range (int          value,
             int          min,
             int          max,
             const char  *what,
             GError     **error)
{
  if (value >= min && value <= max)
    return TRUE;
  g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
               /* Translators: e.g. "The on-site time of 0 is outside 1 to 1440." */
               _("The %s of %d is outside %d to %d."), what, value, min, max);
  return FALSE;
}

gboolean
pd_repair_times_check (const PdRepairTimes *times,
                       GError             **error)
{
  g_return_val_if_fail (times != NULL, FALSE);

  return check_range (times->onsite_minutes, 1, 24 * 60, _("on-site time in minutes"), error) &&
         check_range (times->urgent_hours, 1, 7 * 24, _("urgent repair time in hours"), error) &&
         check_range (times->small_cutoff_hour, 0, 24, _("small repair cutoff hour"), error) &&
         check_range (times->general_days, 0, 60, _("general repair time in days"), error);
}

gint64
pd_repair_onsite_due (const PdRepairTimes   *times,
                      const PdRepairMoments *m)
{
  gint64 start;

  g_return_val_if_fail (times != NULL && m != NULL, 0);

  if (m->dispatched_at == 0)
    return 0;
  start = m->accepted_at != 0 ? m->accepted_at : m->dispatched_at;
  start = MAX (start, m->appointment_at);
  return start + (gint64)times->onsite_minutes * 60;
}

gint64
pd_repair_completion_due (const PdRepairTimes   *times,
                          const PdRepairMoments *m,
                          GTimeZone             *tz)
{
  gint64 start;

  g_return_val_if_fail (times != NULL && m != NULL, 0);

  if (m->reported_at == 0)
    return 0;
  start = MAX (m->reported_at, m->appointment_at);

  switch (m->urgency)
    {
    case PD_REPAIR_URGENCY_URGENT:
      return start + (gint64)times->urgent_hours * 3600;

    case PD_REPAIR_URGENCY_SMALL:
      {
        g_autoptr(GTimeZone) zone = ref_zone (tz);
        g_autoptr(GDateTime) local = local_from_unix (start, zone);
        int wall = g_date_time_get_hour (local) * 3600 + g_date_time_get_minute (local) * 60 +
                   g_date_time_get_second (local);

        /* Reported too late in the day to be done the same day: by the end of the next. */
        return local_midnight (start, wall >= times->small_cutoff_hour * 3600 ? 2 : 1, zone);
      }

    case PD_REPAIR_URGENCY_GENERAL:
    default:
      return local_midnight (start, times->general_days + 1, tz);
    }
}

gint64
pd_local_day_start (gint64     t,
                    GTimeZone *tz)
{
  return local_midnight (t, 0, tz);
}

gint64
pd_local_next_midnight (gint64     t,
                        GTimeZone *tz)
{
  return local_midnight (t, 1, tz);
}

void
pd_local_month_bounds (int        year,
                       int        month,
                       GTimeZone *tz,
                       gint64    *out_from,
                       gint64    *out_to)
{
  g_autoptr(GTimeZone) zone = ref_zone (tz);
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) next = NULL;

  g_return_if_fail (month >= 1 && month <= 12);

  first = g_date_time_new (zone, year, month, 1, 0, 0, 0);
  next = g_date_time_new (zone, month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1,
                          0, 0, 0);
  if (out_from != NULL)
    *out_from = g_date_time_to_unix (first);
  if (out_to != NULL)
    *out_to = g_date_time_to_unix (next);
}

int
pd_local_utc_offset (gint64     t,
                     GTimeZone *tz)
{
  g_autoptr(GTimeZone) zone = ref_zone (tz);
  int interval = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, t);

  return g_time_zone_get_offset (zone, interval);
}

static void
fill_part (PdRepairClockPart *part,
           gint64             due,
           gint64             happened_at,
           gint64             now)
{
  memset (part, 0, sizeof *part);
  if (due == 0)
    return;

  part->due = due;
  part->done = happened_at != 0;
  if (part->done)
    {
      part->met = happened_at <= due;
      part->late = !part->met;
    }
  else
    {
      part->seconds_left = due - now;
      part->overdue = now > due;
    }
}

void
pd_repair_clock_compute (const PdRepairTimes   *times,
                         const PdRepairMoments *m,
                         gint64                 now,
                         GTimeZone             *tz,
                         PdRepairClock         *out)
{
  g_return_if_fail (times != NULL && m != NULL && out != NULL);

  /* An order completed without an arrival time was on site by its completion at the latest,
   * so completion stops the on-site clock too (and is what it is judged by). */
  fill_part (&out->onsite, pd_repair_onsite_due (times, m),
             m->arrived_at != 0 ? m->arrived_at : m->completed_at, now);
  fill_part (&out->completion, pd_repair_completion_due (times, m, tz), m->completed_at, now);
}

gboolean
pd_repair_clock_is_overdue (const PdRepairClock *clock)
{
  g_return_val_if_fail (clock != NULL, FALSE);

  return clock->onsite.overdue || clock->completion.overdue;
}

const PdRepairClockPart *
pd_repair_clock_current (const PdRepairClock *clock)
{
  g_return_val_if_fail (clock != NULL, NULL);

  if (clock->onsite.due != 0 && !clock->onsite.done)
    return &clock->onsite;
  if (clock->completion.due != 0 && !clock->completion.done)
    return &clock->completion;
  return NULL;
}

char *
pd_repair_format_time_left (gint64 seconds_left)
{
  gboolean overdue = seconds_left < 0;
  gint64 s = overdue ? -seconds_left : seconds_left;
  int minutes, hours, days;

  if (s < 60)
    return g_strdup (overdue ? _("Overdue by less than 1 min") : _("Less than 1 min left"));

  /* Clamp absurd spans (a bad date typed years away) so the casts below stay in range. */
  s = MIN (s, (gint64)9999 * DAY_SECONDS);
  minutes = (int)(s / 60);
  hours = minutes / 60;
  days = hours / 24;

  if (minutes < 60)
    return g_strdup_printf (overdue ? _("%d min overdue") : _("%d min left"), minutes);
  if (hours < 24)
    return g_strdup_printf (overdue ? _("%d h %d min overdue") : _("%d h %d min left"), hours,
                            minutes % 60);
  return g_strdup_printf (overdue ? _("%d d %d h overdue") : _("%d d %d h left"), days,
                          hours % 24);
}
