// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-date.h"
#include "pd-repair-rules.h"
#include "pd-repair-settings.h"
#include "pd-repair-stats.h"
#include "pd-rule-error.h"
#include "pd-store-private.h"

static void
category_free (PdRepairStatsCategory *c)
{
  g_free (c->name);
  g_free (c);
}

void
pd_repair_stats_free (PdRepairStats *stats)
{
  if (stats == NULL)
    return;
  g_clear_pointer (&stats->categories, g_ptr_array_unref);
  g_free (stats);
}

static gboolean
read_failed (PdDatabase *db,
             int         rc,
             GError    **error)
{
  return pd_database_set_error (db, rc, _("Could not read the repair orders for the statistics"),
                                error);
}

gboolean
pd_repair_stats_parse_month (const char  *text,
                             int         *out_year,
                             int         *out_month,
                             GError     **error)
{
  g_autofree char *clean = g_strstrip (g_strdup (text ? text : ""));
  g_auto(GStrv) parts = g_strsplit (clean, "-", -1);
  guint64 year = 0, month = 0;

  if (g_strv_length (parts) != 2 || strlen (parts[0]) != 4
      || strlen (parts[1]) < 1 || strlen (parts[1]) > 2
      || !g_ascii_string_to_unsigned (parts[0], 10, PD_DATE_MIN_YEAR, PD_DATE_MAX_YEAR, &year,
                                      NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &month, NULL))
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("“%s” is not a month; write it as year and month, like 2026-03."), clean);
      return FALSE;
    }
  *out_year = (int) year;
  *out_month = (int) month;
  return TRUE;
}

char *
pd_repair_stats_format_average (int centi)
{
  if (centi < 0)
    return g_strdup ("—");
  return g_strdup_printf ("%d.%02d", centi / 100, centi % 100);
}

/* Rounded half up to hundredths; -1 when nothing was rated. */
static int
average_centi (gint64 sum,
               gint64 count)
{
  if (count <= 0)
    return -1;
  return (int) ((sum * 200 + count) / (2 * count));
}

static gboolean
load_categories (PdDatabase    *db,
                 PdRepairStats *stats,
                 GHashTable    *index,
                 GError       **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "SELECT id, name FROM repair_categories"
                                                " ORDER BY sort_order, id",
                                                error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PdRepairStatsCategory *c = g_new0 (PdRepairStatsCategory, 1);

      c->category_id = sqlite3_column_int64 (stmt, 0);
      c->name = g_strdup (_pd_column_text (stmt, 1));
      g_hash_table_insert (index, GINT_TO_POINTER ((int) c->category_id), c);
      g_ptr_array_add (stats->categories, c);
    }
  if (rc != SQLITE_DONE)
    return read_failed (db, rc, error);
  return TRUE;
}

static void
measure (const PdRepairClockPart *part,
         gint64                  *measured,
         gint64                  *met)
{
  if (part->due == 0 || !(part->done || part->overdue))
    return;
  (*measured)++;
  if (part->met)
    (*met)++;
}

/* The single pass over the month's orders: counts, clocks and ratings. */
static gboolean
count_orders (PdDatabase          *db,
              PdRepairStats       *stats,
              GHashTable          *index,
              const PdRepairTimes *times,
              GTimeZone           *tz,
              GError             **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  stmt = pd_database_prepare (db,
                              "SELECT category_id, urgency, class, state, public_area,"
                              " reported_at, appointment_at, dispatched_at, accepted_at,"
                              " arrived_at, completed_at, rating_quality, rating_attitude"
                              " FROM repairs WHERE reported_at >= ?1 AND reported_at < ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, stats->from);
  sqlite3_bind_int64 (stmt, 2, stats->to);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PdRepairStatsCategory *c;
      PdRepairMoments m = { 0 };
      PdRepairClock clock;
      PdOrderClass klass = PD_ORDER_CLASS_B;
      PdRepairState state = PD_REPAIR_STATE_NEW;
      int quality, attitude;

      stats->total++;
      c = g_hash_table_lookup (index, GINT_TO_POINTER (sqlite3_column_int (stmt, 0)));
      if (c != NULL)
        c->count++;
      if (!pd_repair_urgency_from_code (_pd_column_text (stmt, 1), &m.urgency))
        m.urgency = PD_REPAIR_URGENCY_GENERAL;
      stats->by_urgency[m.urgency]++;
      if (pd_order_class_from_code (_pd_column_text (stmt, 2), &klass))
        stats->by_class[klass]++;
      pd_repair_state_from_code (_pd_column_text (stmt, 3), &state);
      if (sqlite3_column_int (stmt, 4))
        stats->public_area++;

      quality = sqlite3_column_int (stmt, 11);
      attitude = sqlite3_column_int (stmt, 12);
      if (quality >= 1 && quality <= 5)
        {
          stats->rated_quality++;
          stats->sum_quality += quality;
        }
      if (attitude >= 1 && attitude <= 5)
        {
          stats->rated_attitude++;
          stats->sum_attitude += attitude;
        }

      if (state == PD_REPAIR_STATE_CANCELLED)
        {
          stats->cancelled++;
          continue;
        }
      if (pd_repair_state_is_open (state))
        stats->open++;
      else
        stats->done++;

      m.reported_at = sqlite3_column_int64 (stmt, 5);
      m.appointment_at = sqlite3_column_int64 (stmt, 6);
      m.dispatched_at = sqlite3_column_int64 (stmt, 7);
      m.accepted_at = sqlite3_column_int64 (stmt, 8);
      m.arrived_at = sqlite3_column_int64 (stmt, 9);
      m.completed_at = sqlite3_column_int64 (stmt, 10);
      pd_repair_clock_compute (times, &m, stats->now, tz, &clock);
      measure (&clock.onsite, &stats->onsite_measured, &stats->onsite_met);
      measure (&clock.completion, &stats->completion_measured, &stats->completion_met);
    }
  if (rc != SQLITE_DONE)
    return read_failed (db, rc, error);
  return TRUE;
}

static gboolean
sum_income (PdDatabase    *db,
            PdRepairStats *stats,
            GError       **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  /* The month's orders, like every other figure of the table: found by the index on the report
   * time (completed_at has none, and a scan of every order costs more than the rest together). */
  stmt = pd_database_prepare (db,
                              "SELECT COUNT(DISTINCT r.id), COALESCE(SUM(c.amount_fen), 0)"
                              " FROM repairs r JOIN repair_charges c ON c.repair_id = r.id"
                              " WHERE r.reported_at >= ?1 AND r.reported_at < ?2"
                              " AND r.class = 'paid' AND r.state IN ('completed', 'called_back')",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, stats->from);
  sqlite3_bind_int64 (stmt, 2, stats->to);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return read_failed (db, rc, error);
  stats->paid_orders = sqlite3_column_int64 (stmt, 0);
  stats->paid_income_fen = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

PdRepairStats *
pd_repair_stats_compute (PdDatabase *db,
                         int         year,
                         int         month,
                         gint64      now,
                         GError    **error)
{
  g_autoptr(PdRepairStats) stats = NULL;
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  PdRepairTimes times;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  stats = g_new0 (PdRepairStats, 1);
  stats->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) category_free);
  stats->year = year;
  stats->month = month;
  stats->now = now > 0 ? now : g_get_real_time () / G_USEC_PER_SEC;
  pd_local_month_bounds (year, month, tz, &stats->from, &stats->to);
  pd_repair_settings_load_times (db, &times);

  if (!load_categories (db, stats, index, error)
      || !count_orders (db, stats, index, &times, tz, error)
      || !sum_income (db, stats, error)
      || !pd_callback_store_kpis (db, PD_CALLBACK_SUBJECT_REPAIR, stats->from, stats->to,
                                  &stats->callbacks, error))
    return NULL;

  stats->onsite_rate_permille = pd_repair_kpi_on_time_rate (stats->onsite_met,
                                                            stats->onsite_measured);
  stats->completion_rate_permille = pd_repair_kpi_on_time_rate (stats->completion_met,
                                                                stats->completion_measured);
  stats->avg_quality_centi = average_centi (stats->sum_quality, stats->rated_quality);
  stats->avg_attitude_centi = average_centi (stats->sum_attitude, stats->rated_attitude);
  return g_steal_pointer (&stats);
}

gint64
pd_repair_stats_count_orders (PdDatabase *db,
                              gint64      from,
                              gint64      to,
                              GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), -1);

  stmt = pd_database_prepare (db,
                              "SELECT COUNT(*) FROM repairs"
                              " WHERE reported_at >= ?1 AND reported_at < ?2",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      read_failed (db, rc, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

gint64
pd_repair_stats_foreach_order (PdDatabase           *db,
                               gint64                from,
                               gint64                to,
                               gint64                now,
                               PdRepairStatsRowFunc  func,
                               gpointer              user_data,
                               GError              **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GString) unit = g_string_new (NULL);
  PdRepairTimes times;
  gint64 n = 0;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), -1);
  g_return_val_if_fail (func != NULL, -1);

  if (now <= 0)
    now = g_get_real_time () / G_USEC_PER_SEC;
  pd_repair_settings_load_times (db, &times);

  stmt = pd_database_prepare (db,
                              "SELECT r.id, r.serial, r.reported_at, r.public_area, r.location,"
                              " b.name, u.number, c.name, r.urgency, r.class, r.state, r.reporter,"
                              " r.description, s.name, r.appointment_at, r.dispatched_at,"
                              " r.accepted_at, r.arrived_at, r.completed_at, r.rating_quality,"
                              " r.rating_attitude"
                              " FROM repairs r JOIN repair_categories c ON c.id = r.category_id"
                              " LEFT JOIN units u ON u.id = r.unit_id"
                              " LEFT JOIN buildings b ON b.id = u.building_id"
                              " LEFT JOIN staff s ON s.id = r.assignee_id"
                              " WHERE r.reported_at >= ?1 AND r.reported_at < ?2"
                              " ORDER BY r.reported_at, r.id",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PdRepairStatsRow row = { 0 };
      PdRepairMoments m = { 0 };

      row.id = sqlite3_column_int64 (stmt, 0);
      row.serial = _pd_column_text (stmt, 1);
      row.reported_at = sqlite3_column_int64 (stmt, 2);
      g_string_truncate (unit, 0);
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        g_string_append_printf (unit, "%s %s", _pd_column_text (stmt, 5),
                                _pd_column_text (stmt, 6));
      else
        g_string_append (unit, *_pd_column_text (stmt, 4) != '\0' ? _pd_column_text (stmt, 4)
                                                                  : _("Public area"));
      row.unit_label = unit->str;
      row.category = _pd_column_text (stmt, 7);
      if (!pd_repair_urgency_from_code (_pd_column_text (stmt, 8), &row.urgency))
        row.urgency = PD_REPAIR_URGENCY_GENERAL;
      if (!pd_order_class_from_code (_pd_column_text (stmt, 9), &row.repair_class))
        row.repair_class = PD_ORDER_CLASS_B;
      pd_repair_state_from_code (_pd_column_text (stmt, 10), &row.state);
      row.reporter = _pd_column_text (stmt, 11);
      row.description = _pd_column_text (stmt, 12);
      row.assignee = _pd_column_text (stmt, 13);
      row.arrived_at = sqlite3_column_int64 (stmt, 17);
      row.completed_at = sqlite3_column_int64 (stmt, 18);
      row.rating_quality = sqlite3_column_int (stmt, 19);
      row.rating_attitude = sqlite3_column_int (stmt, 20);

      if (row.state != PD_REPAIR_STATE_CANCELLED)
        {
          m.urgency = row.urgency;
          m.reported_at = row.reported_at;
          m.appointment_at = sqlite3_column_int64 (stmt, 14);
          m.dispatched_at = sqlite3_column_int64 (stmt, 15);
          m.accepted_at = sqlite3_column_int64 (stmt, 16);
          m.arrived_at = row.arrived_at;
          m.completed_at = row.completed_at;
          pd_repair_clock_compute (&times, &m, now, tz, &row.clock);
        }

      n++;
      if (!func (&row, user_data))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The list of repair orders was cancelled."));
          return -1;
        }
    }
  if (rc != SQLITE_DONE)
    {
      read_failed (db, rc, error);
      return -1;
    }
  return n;
}
