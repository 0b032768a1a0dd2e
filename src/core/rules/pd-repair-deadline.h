// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>
#include "pd-repair-enums.h"

G_BEGIN_DECLS

/* Deadlines of repair orders, from the settings (repair.* keys). Pure functions: every time is
 * Unix seconds UTC, "now" is always an argument, and the local calendar comes from the GTimeZone
 * passed in (NULL: the local zone), so tests are exact around midnight and month ends. */
typedef struct
{
  int onsite_minutes;     /* on site within this many minutes of dispatch/acceptance (20) */
  int urgent_hours;       /* urgent work is flagged after this many hours (4) */
  int small_cutoff_hour;  /* small repairs reported at/after this local hour: next day (18) */
  int general_days;       /* general repairs: by the end of the day this many days on (2) */
} PdRepairTimes;

#define PD_REPAIR_ONSITE_MINUTES_DEFAULT    20
#define PD_REPAIR_URGENT_HOURS_DEFAULT      4
#define PD_REPAIR_SMALL_CUTOFF_HOUR_DEFAULT 18
#define PD_REPAIR_GENERAL_DAYS_DEFAULT      2

void     pd_repair_times_init_defaults (PdRepairTimes       *times);
/* Ranges: onsite_minutes 1..1440, urgent_hours 1..168, small_cutoff_hour 0..24 (24: no
 * cutoff), general_days 0..60. PD_RULE_ERROR_RANGE naming the setting otherwise. */
gboolean pd_repair_times_check         (const PdRepairTimes *times,
                                        GError             **error);

/* The instants of one order that the clocks need; 0 means "not set". */
typedef struct
{
  PdRepairUrgency urgency;
  gint64          reported_at;
  gint64          appointment_at;
  gint64          dispatched_at;
  gint64          accepted_at;
  gint64          arrived_at;
  gint64          completed_at;
} PdRepairMoments;

/* max(accepted_at, else dispatched_at; appointment_at) + onsite_minutes; 0 before dispatch. */
gint64   pd_repair_onsite_due          (const PdRepairTimes   *times,
                                        const PdRepairMoments *m);
/* From start = max(reported_at, appointment_at): urgent start + urgent_hours; small the next
 * local midnight after start (the one after that when start is at/after the cutoff hour);
 * general the local midnight ending the day (start's day + general_days). */
gint64   pd_repair_completion_due      (const PdRepairTimes   *times,
                                        const PdRepairMoments *m,
                                        GTimeZone             *tz);

/* The start of the local day holding t, and the start of the next one (DST-safe). */
gint64   pd_local_day_start            (gint64     t,
                                        GTimeZone *tz);
gint64   pd_local_next_midnight        (gint64     t,
                                        GTimeZone *tz);
/* [from, to) of a local calendar month (month 1..12), for month filters and statistics. */
void     pd_local_month_bounds         (int        year,
                                        int        month,
                                        GTimeZone *tz,
                                        gint64    *out_from,
                                        gint64    *out_to);
/* Seconds east of UTC at t in tz (28800 for Asia/Shanghai), as the SQL formulas need. */
int      pd_local_utc_offset           (gint64     t,
                                        GTimeZone *tz);

/* One clock: "due" 0 means there is no clock (e.g. no on-site clock before dispatch).
 * done: the event happened (arrived / completed). met: it happened at or before due.
 * overdue: it has not happened and now is past due. late: it happened after due.
 * seconds_left: due - now while running (negative once overdue), 0 when done or no clock. */
typedef struct
{
  gint64   due;
  gboolean done;
  gboolean met;
  gboolean overdue;
  gboolean late;
  gint64   seconds_left;
} PdRepairClockPart;

typedef struct
{
  PdRepairClockPart onsite;
  PdRepairClockPart completion;
} PdRepairClock;

void     pd_repair_clock_compute       (const PdRepairTimes   *times,
                                        const PdRepairMoments *m,
                                        gint64                 now,
                                        GTimeZone             *tz,
                                        PdRepairClock         *out);
/* TRUE when either clock is overdue (the list's red rows and the tab badge). */
gboolean pd_repair_clock_is_overdue    (const PdRepairClock   *clock);
/* The running clock that matters most: the on-site one until arrival, then completion; NULL
 * when both are done or absent. */
const PdRepairClockPart *pd_repair_clock_current (const PdRepairClock *clock);

/* Translated short text for a clock's seconds_left: "剩余 12 分钟", "剩余 3 小时 5 分",
 * "剩余 2 天 4 小时", "剩余不到 1 分钟", "超时 1 小时 5 分", "超时不到 1 分钟". Whole minutes
 * are truncated, never rounded up. */
char    *pd_repair_format_time_left    (gint64 seconds_left);

G_END_DECLS
