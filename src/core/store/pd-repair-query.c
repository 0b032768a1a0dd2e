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

/* What the typed text looks like decides where to look: a scan of 200,000 wide rows costs
 * 50-100 ms, while serials and units have indexes. */
typedef enum
{
  TEXT_NONE,
  TEXT_SERIAL,  /* "BX2026-0001", "bx2026", "2026-000123": a serial prefix */
  TEXT_UNIT,    /* "3栋 1201", "10栋", "A座1203": units only */
  TEXT_DIGITS,  /* "4321", "13812345678": phone, serial digits or a unit number */
  TEXT_WORDS,   /* anything else: reporter, description, location, units */
} TextKind;

typedef struct
{
  TextKind  kind;
  char     *text;     /* trimmed */
  char     *compact;  /* without spaces */
  char     *prefix;   /* TEXT_SERIAL: upper-case serial prefix */
} TextSearch;

static void
text_search_clear (TextSearch *ts)
{
  g_free (ts->text);
  g_free (ts->compact);
  g_free (ts->prefix);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TextSearch, text_search_clear)

static void
classify (const char *typed,
          TextSearch *ts)
{
  g_auto(GStrv) parts = NULL;

  memset (ts, 0, sizeof *ts);
  ts->text = _pd_strdup_trimmed (typed);
  if (ts->text == NULL)
    return;
  parts = g_strsplit (ts->text, " ", -1);
  ts->compact = g_strjoinv ("", parts);

  if (g_regex_match_simple ("^(BX[0-9]*(-[0-9]*)?|[0-9]{4}-[0-9]*)$", ts->compact,
                            G_REGEX_CASELESS, 0))
    {
      g_autofree char *upper = g_ascii_strup (ts->compact, -1);
      ts->kind = TEXT_SERIAL;
      ts->prefix = g_str_has_prefix (upper, PD_REPAIR_SERIES) ? g_steal_pointer (&upper)
                                                               : g_strconcat (PD_REPAIR_SERIES,
                                                                              upper, NULL);
    }
  else if (g_regex_match_simple ("^[^ ]{1,8}?[栋座幢]([0-9]+[A-Za-z]?)?$", ts->compact, 0, 0))
    ts->kind = TEXT_UNIT;
  else if (g_regex_match_simple ("^[0-9]{3,}$", ts->compact, 0, 0))
    ts->kind = TEXT_DIGITS;
  else
    ts->kind = TEXT_WORDS;
}

#define UNITS_MATCHING                                                                    \
  "r.unit_id IN (SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id"       \
  " WHERE instr (b.name || u.number, :compact))"

static void
append_text (GString          *sql,
             const TextSearch *ts)
{
  switch (ts->kind)
    {
    case TEXT_SERIAL:
      /* Serials are ASCII letters, digits and '-', all below '~'. */
      g_string_append (sql, " AND r.serial >= :prefix AND r.serial < :prefix || '~'");
      break;
    case TEXT_UNIT:
      g_string_append (sql, " AND " UNITS_MATCHING);
      break;
    case TEXT_DIGITS:
      g_string_append (sql,
                       " AND (instr (r.reporter_phone, :text) OR instr (r.serial, :text)"
                       " OR r.unit_id IN (SELECT id FROM units WHERE number = :text))");
      break;
    case TEXT_WORDS:
      /* instr() rather than LIKE: twice as fast, and % or _ in the text stay literal. */
      g_string_append (sql,
                       " AND (instr (r.reporter, :text) OR instr (r.description, :text)"
                       " OR instr (r.location, :text) OR " UNITS_MATCHING ")");
      break;
    case TEXT_NONE:
    default:
      break;
    }
}

typedef enum
{
  PART_ALL,     /* the whole filter, in the query's sort */
  PART_OPEN,    /* its open orders, by next due time */
  PART_CLOSED,  /* its closed orders, newest report first */
} Part;

static char *
build_sql (const PdRepairQuery *query,
           const TextSearch    *ts,
           Part                 part)
{
  GString *sql = g_string_new ("SELECT r.id FROM repairs r WHERE 1");
  /* With a text that needs a scan, sorting the few matches beats walking the date index. */
  const char *reported = ts->kind == TEXT_WORDS || ts->kind == TEXT_DIGITS ? "+r.reported_at"
                                                                            : "r.reported_at";

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
      /* The closed part of "all" is every order less the open ones, which the caller skips:
       * with no state test the date index alone answers, without reading the table. */
      if (part == PART_OPEN)
        g_string_append (sql, " AND r.state IN " OPEN_STATES);
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
  append_text (sql, ts);

  if (part == PART_OPEN)
    /* Ascending next due time: the latest overdue first, then what falls due next. */
    g_string_append (sql, " ORDER BY " PD_REPAIR_SQL_NEXT_DUE ", r.reported_at DESC, r.id DESC");
  else if (part == PART_CLOSED)
    g_string_append_printf (sql, " ORDER BY %s DESC, r.id DESC", reported);
  else if (query->sort == PD_REPAIR_SORT_SERIAL)
    g_string_append (sql, query->reverse ? " ORDER BY r.serial DESC" : " ORDER BY r.serial");
  else if (query->reverse)
    g_string_append_printf (sql, " ORDER BY %s, r.id", reported);
  else
    g_string_append_printf (sql, " ORDER BY %s DESC, r.id DESC", reported);
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

static gboolean
run_part (PdDatabase          *db,
          const PdRepairQuery *query,
          const TextSearch    *ts,
          Part                 part,
          gint64               now,
          GHashTable          *skip,
          GArray              *ids,
          GError             **error)
{
  g_autofree char *sql = build_sql (query, ts, part);
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_clock (db, stmt, now);
  bind_named_int (stmt, ":category", query->category_id);
  if (query->urgency >= 0 && query->urgency < PD_REPAIR_N_URGENCIES)
    bind_named_text (stmt, ":urgency", pd_repair_urgency_to_code (query->urgency));
  bind_named_int (stmt, ":from", query->reported_from);
  bind_named_int (stmt, ":to", query->reported_to);
  bind_named_text (stmt, ":text", ts->text);
  bind_named_text (stmt, ":compact", ts->compact);
  bind_named_text (stmt, ":prefix", ts->prefix);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      if (skip == NULL || !g_hash_table_contains (skip, &id))
        g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    return pd_database_set_error (db, rc, _("Could not search the repair orders"), error);
  return TRUE;
}

GArray *
pd_repair_store_query_ids (PdDatabase          *db,
                           const PdRepairQuery *query,
                           GError             **error)
{
  g_auto(TextSearch) ts = { 0 };
  g_autoptr(GArray) ids = NULL;
  gboolean has_open, has_closed;
  gint64 now;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  classify (query->text, &ts);
  now = query->now != 0 ? query->now : _pd_now ();
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  has_open = query->filter == PD_REPAIR_FILTER_OPEN || query->filter == PD_REPAIR_FILTER_OVERDUE
             || query->filter == PD_REPAIR_FILTER_ALL;
  has_closed = query->filter != PD_REPAIR_FILTER_OPEN
               && query->filter != PD_REPAIR_FILTER_OVERDUE;

  /* Overdue first is two ordered runs, open then closed, rather than one sort of every row by
   * a computed key (300 ms on 200,000 orders against 20). */
  if (query->sort != PD_REPAIR_SORT_OVERDUE_FIRST)
    {
      if (!run_part (db, query, &ts, PART_ALL, now, NULL, ids, error))
        return NULL;
    }
  else
    {
      g_autoptr(GArray) open_ids = NULL;
      g_autoptr(GHashTable) skip = NULL;

      if (has_open && !run_part (db, query, &ts, PART_OPEN, now, NULL, ids, error))
        return NULL;
      if (query->filter == PD_REPAIR_FILTER_ALL)
        {
          /* ids grows below and may move: the set points into a copy. */
          open_ids = g_array_copy (ids);
          skip = g_hash_table_new (g_int64_hash, g_int64_equal);
          for (guint i = 0; i < open_ids->len; i++)
            g_hash_table_add (skip, &g_array_index (open_ids, gint64, i));
        }
      if (has_closed && !run_part (db, query, &ts, PART_CLOSED, now, skip, ids, error))
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
