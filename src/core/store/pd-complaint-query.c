// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-store-private.h"

/* The complaint list's queries: ids only, filtered and sorted in SQL, with the due times of
 * the clocks computed in SQL from the settings. */

#define OPEN PD_COMPLAINT_OPEN_STATES

void
pd_complaint_query_init (PdComplaintQuery *query)
{
  g_return_if_fail (query != NULL);

  memset (query, 0, sizeof *query);
  query->filter = PD_COMPLAINT_FILTER_OPEN;
  query->sort = PD_COMPLAINT_SORT_OVERDUE_FIRST;
}

typedef enum
{
  PART_ALL,     /* the whole filter, in the query's sort */
  PART_OPEN,    /* its open cases, by next due time */
  PART_CLOSED,  /* its closed cases, newest registration first */
} Part;

#define UNITS_MATCHING                                                                    \
  "k.unit_id IN (SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id"       \
  " WHERE instr (b.name || u.number, :compact))"

static void
append_filter (GString                *sql,
               const PdComplaintQuery *query,
               Part                    part)
{
  switch (query->filter)
    {
    case PD_COMPLAINT_FILTER_OPEN:
      g_string_append (sql, " AND k.state IN " OPEN);
      break;
    case PD_COMPLAINT_FILTER_OVERDUE:
      g_string_append (sql, " AND " PD_COMPLAINT_SQL_OVERDUE);
      break;
    case PD_COMPLAINT_FILTER_FEEDBACK_OVERDUE:
      g_string_append (sql, " AND k.state IN " OPEN " AND k.feedback_at IS NULL AND "
                            PD_COMPLAINT_SQL_FEEDBACK_DUE " < :now");
      break;
    case PD_COMPLAINT_FILTER_DEADLINE_OVERDUE:
      g_string_append (sql, " AND k.state IN " OPEN " AND k.handled_at IS NULL"
                            " AND k.deadline_at < :now");
      break;
    case PD_COMPLAINT_FILTER_MANAGER_QUEUE:
      g_string_append (sql, " AND k.state IN " OPEN " AND k.serious AND k.manager_at IS NULL");
      break;
    case PD_COMPLAINT_FILTER_AWAITING_CALLBACK:
      g_string_append (sql, " AND k.state = 'handled'");
      break;
    case PD_COMPLAINT_FILTER_AWAITING_SIGN_OFF:
      g_string_append (sql, " AND k.state = 'called_back'");
      break;
    case PD_COMPLAINT_FILTER_CLOSED:
      g_string_append (sql, " AND k.state IN ('signed_off', 'archived', 'invalid')");
      break;
    case PD_COMPLAINT_FILTER_INVALID:
      g_string_append (sql, " AND k.state = 'invalid'");
      break;
    case PD_COMPLAINT_FILTER_SERIOUS:
      g_string_append (sql, " AND k.serious");
      G_GNUC_FALLTHROUGH;
    case PD_COMPLAINT_FILTER_ALL:
    default:
      if (part == PART_OPEN)
        g_string_append (sql, " AND k.state IN " OPEN);
      else if (part == PART_CLOSED)
        g_string_append (sql, " AND k.state NOT IN " OPEN);
      break;
    }
}

static char *
build_sql (const PdComplaintQuery *query,
           const PdTextSearch     *ts,
           Part                    part)
{
  GString *sql = g_string_new ("SELECT k.id FROM complaints k WHERE 1");
  const char *received = ts->kind == PD_TEXT_WORDS || ts->kind == PD_TEXT_DIGITS
                           ? "+k.received_at" : "k.received_at";

  append_filter (sql, query, part);
  if (query->category_id != 0)
    g_string_append (sql, " AND k.category_id = :category");
  if (query->department_id != 0)
    g_string_append (sql, " AND k.department_id = :department");
  if (query->received_from != 0)
    g_string_append (sql, " AND k.received_at >= :from");
  if (query->received_to != 0)
    g_string_append (sql, " AND k.received_at < :to");

  switch (ts->kind)
    {
    case PD_TEXT_SERIAL:
      g_string_append (sql, " AND k.serial >= :prefix AND k.serial < :prefix || '~'");
      break;
    case PD_TEXT_UNIT:
      g_string_append (sql, " AND " UNITS_MATCHING);
      break;
    case PD_TEXT_DIGITS:
      g_string_append (sql,
                       " AND (instr (k.phone, :text) OR instr (k.serial, :text)"
                       " OR k.unit_id IN (SELECT id FROM units WHERE number = :text))");
      break;
    case PD_TEXT_WORDS:
      g_string_append (sql,
                       " AND (instr (k.complainant, :text) OR instr (k.content, :text)"
                       " OR " UNITS_MATCHING ")");
      break;
    case PD_TEXT_NONE:
    default:
      break;
    }

  if (part == PART_OPEN)
    /* Ascending next due time: the most overdue first, then what falls due next. */
    g_string_append_printf (sql, " ORDER BY " PD_COMPLAINT_SQL_NEXT_DUE ", %s DESC, k.id DESC",
                            received);
  else if (part == PART_CLOSED)
    g_string_append_printf (sql, " ORDER BY %s DESC, k.id DESC", received);
  else if (query->sort == PD_COMPLAINT_SORT_SERIAL)
    g_string_append (sql, query->reverse ? " ORDER BY k.serial DESC" : " ORDER BY k.serial");
  else if (query->reverse)
    g_string_append_printf (sql, " ORDER BY %s, k.id", received);
  else
    g_string_append_printf (sql, " ORDER BY %s DESC, k.id DESC", received);
  return g_string_free (sql, FALSE);
}

static gboolean
run_part (PdDatabase             *db,
          const PdComplaintQuery *query,
          const PdTextSearch     *ts,
          Part                    part,
          gint64                  now,
          GArray                 *ids,
          GError                **error)
{
  g_autofree char *sql = build_sql (query, ts, part);
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _pd_complaint_bind_clock (db, stmt, now);
  _pd_bind_named_int (stmt, ":category", query->category_id);
  _pd_bind_named_int (stmt, ":department", query->department_id);
  _pd_bind_named_int (stmt, ":from", query->received_from);
  _pd_bind_named_int (stmt, ":to", query->received_to);
  _pd_text_search_bind (ts, stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    return pd_database_set_error (db, rc, _("Could not search the complaints"), error);
  return TRUE;
}

GArray *
pd_complaint_store_query_ids (PdDatabase             *db,
                              const PdComplaintQuery *query,
                              GError                **error)
{
  g_auto(PdTextSearch) ts = { 0 };
  g_autoptr(GArray) ids = NULL;
  gboolean has_open, has_closed;
  gint64 now;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  _pd_text_search_init (&ts, query->text, PD_COMPLAINT_SERIES);
  now = query->now != 0 ? query->now : _pd_now ();
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  has_closed = query->filter == PD_COMPLAINT_FILTER_CLOSED ||
               query->filter == PD_COMPLAINT_FILTER_INVALID ||
               query->filter == PD_COMPLAINT_FILTER_SERIOUS ||
               query->filter == PD_COMPLAINT_FILTER_ALL;
  has_open = query->filter != PD_COMPLAINT_FILTER_CLOSED &&
             query->filter != PD_COMPLAINT_FILTER_INVALID;

  /* Overdue first is two ordered runs, open then closed, rather than one sort of every row by
   * a computed key: the open cases are few, the closed ones walk the date index. */
  if (query->sort != PD_COMPLAINT_SORT_OVERDUE_FIRST)
    {
      if (!run_part (db, query, &ts, PART_ALL, now, ids, error))
        return NULL;
    }
  else
    {
      if (has_open && !run_part (db, query, &ts, PART_OPEN, now, ids, error))
        return NULL;
      if (has_closed && !run_part (db, query, &ts, PART_CLOSED, now, ids, error))
        return NULL;
    }
  return g_steal_pointer (&ids);
}

static gint64
count_where (PdDatabase  *db,
             const char  *sql,
             gint64       now,
             const char  *what,
             GError     **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return -1;
  _pd_complaint_bind_clock (db, stmt, now != 0 ? now : _pd_now ());
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      pd_database_set_error (db, rc, what, error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

gint64
pd_complaint_store_count_overdue (PdDatabase *db,
                                  gint64      now,
                                  GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), -1);

  return count_where (db, "SELECT count (*) FROM complaints k WHERE " PD_COMPLAINT_SQL_OVERDUE,
                      now, _("Could not count the overdue complaints"), error);
}

gint64
pd_complaint_store_count_manager_queue (PdDatabase *db,
                                        GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), -1);

  return count_where (db,
                      "SELECT count (*) FROM complaints k WHERE k.state IN " OPEN
                      " AND k.serious AND k.manager_at IS NULL",
                      0, _("Could not count the complaints waiting for the manager"), error);
}
