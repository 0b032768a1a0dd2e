// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-callback-store.h"
#include "pd-database.h"
#include "pd-repair-deadline.h"
#include "pd-repair-enums.h"

G_BEGIN_DECLS

/* The monthly repair statistics (报修记录统计表) of one local calendar month.
 *
 * Counts are of the orders reported in the month. The on-time rates use the deadline rules
 * (pd_repair_clock_compute with the settings at the time of the computation): an order is
 * measured for arrival when it has an on-site clock that is done or overdue at @now, and is on
 * time when it arrived by its due time; likewise for completion. Cancelled orders are counted
 * but never measured. The callback figures are pd_callback_store_kpis() over the month (orders
 * completed in the month, callbacks made in the month). Paid income is the charges of the
 * month's paid orders that are done (completed or called back). */

typedef struct
{
  gint64  category_id;
  char   *name;
  gint64  count;
} PdRepairStatsCategory;

typedef struct
{
  int             year;
  int             month;
  gint64          from;             /* [from, to): Unix seconds of the local month */
  gint64          to;
  gint64          now;              /* the time the clocks were read at */

  gint64          total;            /* orders reported in the month */
  gint64          open;             /* of those, still open at now */
  gint64          done;             /* of those, completed or called back */
  gint64          cancelled;
  GPtrArray      *categories;       /* PdRepairStatsCategory: every category in sort order */
  gint64          by_urgency[PD_REPAIR_N_URGENCIES];
  gint64          by_class[PD_ORDER_N_CLASSES];
  gint64          public_area;

  gint64          onsite_measured;
  gint64          onsite_met;
  int             onsite_rate_permille;      /* -1: nothing measured */
  gint64          completion_measured;
  gint64          completion_met;
  int             completion_rate_permille;

  PdCallbackKpis  callbacks;

  gint64          rated_quality;             /* orders with a quality rating */
  gint64          sum_quality;
  int             avg_quality_centi;         /* 465 = 4.65; -1: none rated */
  gint64          rated_attitude;
  gint64          sum_attitude;
  int             avg_attitude_centi;

  gint64          paid_orders;               /* the month's paid orders that are done */
  gint64          paid_income_fen;
} PdRepairStats;

void           pd_repair_stats_free          (PdRepairStats *stats);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdRepairStats, pd_repair_stats_free)

/* "2026-03" (or "2026-3") to year and month; PD_RULE_ERROR naming the text otherwise. */
gboolean       pd_repair_stats_parse_month   (const char  *text,
                                              int         *out_year,
                                              int         *out_month,
                                              GError     **error);

/* @now 0: the current time. */
PdRepairStats *pd_repair_stats_compute       (PdDatabase  *db,
                                              int          year,
                                              int          month,
                                              gint64       now,
                                              GError     **error);

/* "4.65", or "—" for -1. */
char          *pd_repair_stats_format_average (int         centi);

/* One order of the month as the statistics see it, for the list sheet of the report. The
 * strings belong to the iteration and are valid during the callback only. */
typedef struct
{
  gint64           id;
  const char      *serial;
  gint64           reported_at;
  const char      *unit_label;      /* "3栋 1201" or the public-area location */
  const char      *category;
  PdRepairUrgency  urgency;
  PdOrderClass    repair_class;
  PdRepairState    state;
  const char      *reporter;
  const char      *description;
  const char      *assignee;        /* "" when not assigned */
  gint64           arrived_at;
  gint64           completed_at;
  PdRepairClock    clock;           /* at the iteration's now */
  int              rating_quality;  /* 0: none */
  int              rating_attitude;
} PdRepairStatsRow;

typedef gboolean (*PdRepairStatsRowFunc) (const PdRepairStatsRow *row,
                                          gpointer                user_data);

/* Calls @func for each order reported in [from, to), oldest first; @func returns FALSE to stop
 * (the call then fails with G_IO_ERROR_CANCELLED). Returns the number of rows visited, -1 on
 * error. */
gint64         pd_repair_stats_foreach_order (PdDatabase           *db,
                                              gint64                from,
                                              gint64                to,
                                              gint64                now,
                                              PdRepairStatsRowFunc  func,
                                              gpointer              user_data,
                                              GError              **error);
/* Orders reported in [from, to). -1 on error. */
gint64         pd_repair_stats_count_orders  (PdDatabase           *db,
                                              gint64                from,
                                              gint64                to,
                                              GError              **error);

G_END_DECLS
