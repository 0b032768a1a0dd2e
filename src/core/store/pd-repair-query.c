// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-repair-store-private.h"

/* The list's queries: ids only, filtered and sorted in SQL. The statement text is built from
 * fixed fragments (user text is always bound), so the cache holds one statement per shape. */

#define OPEN_STATES "('new', 'dispatched', 'accepted', 'on_site')"

void
pd_repair_query_init (PdRepairQuery *query)
{
  g_return_if_fail (query != NULL);

  memset (query, 0, sizeof *query);
  query->filter = PD_REPAIR_FILTER_OPEN;
  query->urgency = -1;
  query->sort = PD_REPAIR_SORT_OVERDUE_FIRST;
}

/* "%text%" for LIKE, with the wildcards of the text escaped by '\'. */
static char *
like_pattern (const char *text)
{
  GString *s = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '%');
  return g_string_free (s, FALSE);
}

static char *
build_sql (const PdRepairQuery *query,
           gboolean             has_text)
{
  GString *sql = g_string_new ("SELECT r.id FROM repairs r");

  if (has_text)
    g_string_append (sql,
                     " LEFT JOIN units u ON u.id = r.unit_id"
                     " LEFT JOIN buildings b ON b.id = u.building_id");
  g_string_append (sql, " WHERE 1");

  switch (query->filter)
    {
    case PD_REPAIR_FILTER_OPEN:
      g_string_append (sql, " AND r.state IN " OPEN_STATES);
      break;
    case PD_REPAIR_FILTER_OVERDUE:
      g_string_append (sql, " AND r.state IN " OPEN_STATES " AND " PD_REPAIR_SQL_NEXT_DUE
                            " < :now");
      break;
    case PD_REPAIR_FILTER_AWAITING_CALLBACK:
      g_string_append (sql, " AND r.state = 'completed'");
      break;
    case PD_REPAIR_FILTER_COMPLETED:
      g_string_append (sql, " AND r.state IN ('completed', 'called_back')");
      break;
    case PD_REPAIR_FILTER_CANCELLED:
      g_string_append (sql, " AND r.state = 'cancelled'");
      break;
    case PD_REPAIR_FILTER_ALL:
    default:
      break;
    }
  if (query->category_id != 0)
    g_string_append (sql, " AND r.category_id = :category");
  if (query->urgency >= 0)
    g_string_append (sql, " AND r.urgency = :urgency");
  if (query->reported_from != 0)
    g_string_append (sql, " AND r.reported_at >= :from");
  if (query->reported_to != 0)
    g_string_append (sql, " AND r.reported_at < :to");
  if (has_text)
    {
      g_string_append (sql,
                       " AND (r.serial LIKE :like ESCAPE '\\' OR r.reporter LIKE :like ESCAPE '\\'"
                       " OR r.reporter_phone LIKE :like ESCAPE '\\'"
                       " OR r.description LIKE :like ESCAPE '\\'"
                       " OR r.location LIKE :like ESCAPE '\\'"
                       /* "3栋 1201" and "3栋1201" alike: spaces are dropped from the text. */
                       " OR (b.name || u.number) LIKE :compact ESCAPE '\\')");
    }

  switch (query->sort)
    {
    case PD_REPAIR_SORT_REPORTED:
      g_string_append (sql, query->reverse ? " ORDER BY r.reported_at, r.id"
                                           : " ORDER BY r.reported_at DESC, r.id DESC");
      break;
    case PD_REPAIR_SORT_SERIAL:
      g_string_append (sql, query->reverse ? " ORDER BY r.serial DESC" : " ORDER BY r.serial");
      break;
    case PD_REPAIR_SORT_OVERDUE_FIRST:
    default:
      /* Ascending next due time puts the latest overdue first, then the open orders by what
       * falls due next; closed orders (no due time) follow, newest first. */
      g_string_append (sql, " ORDER BY " PD_REPAIR_SQL_NEXT_DUE " IS NULL, "
                            PD_REPAIR_SQL_NEXT_DUE ", r.reported_at DESC, r.id DESC");
      break;
    }
  return g_string_free (sql, FALSE);
}

static void
bind_named_int (PdStmt     *stmt,
                const char *name,
                gint64      value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

static void
bind_named_text (PdStmt     *stmt,
                 const char *name,
                 const char *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

/* Binds the due-time parameters for now: settings, and the local offset at now. */
static void
bind_clock (PdDatabase *db,
            PdStmt     *stmt,
            gint64      now)
{
  PdRepairTimes times;

  pd_repair_settings_load_times (db, &times);
  _pd_repair_bind_times (stmt, &times, pd_local_utc_offset (now, NULL));
  bind_named_int (stmt, ":now", now);
}

GArray *
pd_repair_store_query_ids (PdDatabase          *db,
                           const PdRepairQuery *query,
                           GError             **error)
{
  g_autofree char *text = NULL;
  g_autofree char *compact = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 now;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  text = _pd_strdup_trimmed (query->text);
  if (text != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (text, " ", -1);
      compact = g_strjoinv ("", parts);
    }
  now = query->now != 0 ? query->now : _pd_now ();

  sql = build_sql (query, text != NULL);
  stmt = pd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  bind_clock (db, stmt, now);
  bind_named_int (stmt, ":category", query->category_id);
  if (query->urgency >= 0 && query->urgency < PD_REPAIR_N_URGENCIES)
    bind_named_text (stmt, ":urgency", pd_repair_urgency_to_code (query->urgency));
  bind_named_int (stmt, ":from", query->reported_from);
  bind_named_int (stmt, ":to", query->reported_to);
  if (text != NULL)
    {
      g_autofree char *like = like_pattern (text);
      bind_named_text (stmt, ":like", like);
    }
  if (compact != NULL)
    {
      g_autofree char *like = like_pattern (compact);
      bind_named_text (stmt, ":compact", like);
    }

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not search the repair orders"), error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

gint64
pd_repair_store_count_overdue (PdDatabase *db,
                               gint64      now,
                               GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), -1);

  stmt = pd_database_prepare (db,
                              "SELECT count (*) FROM repairs r WHERE r.state IN " OPEN_STATES
                              " AND " PD_REPAIR_SQL_NEXT_DUE " < :now",
                              error);
  if (stmt == NULL)
    return -1;
  bind_clock (db, stmt, now != 0 ? now : _pd_now ());
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      pd_database_set_error (db, rc, _("Could not count the overdue repair orders"), error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}
