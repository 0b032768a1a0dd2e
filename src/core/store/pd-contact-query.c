// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-store-private.h"

/* The register's queries: ids only, filtered and sorted in SQL. Statement texts are built from
 * fixed fragments (user text is always bound), so the cache holds one statement per shape. */

void
_pd_text_search_init (PdTextSearch *ts,
                      const char   *typed,
                      const char   *series)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *serial_pattern = NULL;

  memset (ts, 0, sizeof *ts);
  ts->text = _pd_strdup_trimmed (typed);
  if (ts->text == NULL)
    return;
  parts = g_strsplit (ts->text, " ", -1);
  ts->compact = g_strjoinv ("", parts);

  serial_pattern = g_strdup_printf ("^(%s[0-9]*(-[0-9]*)?|[0-9]{4}-[0-9]*)$", series);
  if (g_regex_match_simple (serial_pattern, ts->compact, G_REGEX_CASELESS, 0))
    {
      g_autofree char *upper = g_ascii_strup (ts->compact, -1);
      ts->kind = PD_TEXT_SERIAL;
      ts->prefix = g_str_has_prefix (upper, series) ? g_steal_pointer (&upper)
                                                    : g_strconcat (series, upper, NULL);
    }
  else if (g_regex_match_simple ("^[^ ]{1,8}?[栋座幢]([0-9]+[A-Za-z]?)?$", ts->compact, 0, 0))
    ts->kind = PD_TEXT_UNIT;
  else if (g_regex_match_simple ("^[0-9]{3,}$", ts->compact, 0, 0))
    ts->kind = PD_TEXT_DIGITS;
  else
    ts->kind = PD_TEXT_WORDS;
}

void
_pd_text_search_clear (PdTextSearch *ts)
{
  g_clear_pointer (&ts->text, g_free);
  g_clear_pointer (&ts->compact, g_free);
  g_clear_pointer (&ts->prefix, g_free);
}

void
_pd_text_search_bind (const PdTextSearch *ts,
                      PdStmt             *stmt)
{
  _pd_bind_named_text (stmt, ":text", ts->text);
  _pd_bind_named_text (stmt, ":compact", ts->compact);
  _pd_bind_named_text (stmt, ":prefix", ts->prefix);
}

#define UNITS_MATCHING                                                                    \
  "t.unit_id IN (SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id"       \
  " WHERE instr (b.name || u.number, :compact))"

void
pd_contact_query_init (PdContactQuery *query)
{
  g_return_if_fail (query != NULL);

  memset (query, 0, sizeof *query);
  query->outcome = -1;
  query->channel = -1;
}

static char *
build_sql (const PdContactQuery *query,
           const PdTextSearch   *ts)
{
  GString *sql = g_string_new ("SELECT t.id FROM contacts t WHERE 1");
  /* With a text that needs a scan, sorting the few matches beats walking the date index and
   * reading every row in its order. */
  const char *received = ts->kind == PD_TEXT_WORDS || ts->kind == PD_TEXT_DIGITS
                           ? "+t.received_at" : "t.received_at";

  if (query->outcome >= 0)
    g_string_append (sql, " AND t.outcome = :outcome");
  if (query->channel >= 0)
    g_string_append (sql, " AND t.channel = :channel");
  if (query->received_from != 0)
    g_string_append (sql, " AND t.received_at >= :from");
  if (query->received_to != 0)
    g_string_append (sql, " AND t.received_at < :to");

  switch (ts->kind)
    {
    case PD_TEXT_SERIAL:
      /* Serials are ASCII letters, digits and '-', all below '~'. */
      g_string_append (sql, " AND t.serial >= :prefix AND t.serial < :prefix || '~'");
      break;
    case PD_TEXT_UNIT:
      g_string_append (sql, " AND " UNITS_MATCHING);
      break;
    case PD_TEXT_DIGITS:
      g_string_append (sql,
                       " AND (instr (t.phone, :text) OR instr (t.serial, :text)"
                       " OR t.unit_id IN (SELECT id FROM units WHERE number = :text))");
      break;
    case PD_TEXT_WORDS:
      /* instr() rather than LIKE: faster, and % or _ in the text stay literal. */
      g_string_append (sql,
                       " AND (instr (t.caller, :text) OR instr (t.content, :text)"
                       " OR " UNITS_MATCHING ")");
      break;
    case PD_TEXT_NONE:
    default:
      break;
    }
  g_string_append_printf (sql, query->oldest_first ? " ORDER BY %s, t.id"
                                                   : " ORDER BY %s DESC, t.id DESC", received);
  return g_string_free (sql, FALSE);
}

GArray *
pd_contact_store_query_ids (PdDatabase           *db,
                            const PdContactQuery *query,
                            GError              **error)
{
  g_auto(PdTextSearch) ts = { 0 };
  g_autoptr(GArray) ids = NULL;
  g_autoptr(PdStmt) stmt = NULL;
  g_autofree char *sql = NULL;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  _pd_text_search_init (&ts, query->text, PD_CONTACT_SERIES);
  sql = build_sql (query, &ts);
  stmt = pd_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  if (query->outcome >= 0 && query->outcome < PD_CONTACT_N_OUTCOMES)
    _pd_bind_named_text (stmt, ":outcome", pd_contact_outcome_to_code (query->outcome));
  if (query->channel >= 0 && query->channel < PD_CONTACT_N_CHANNELS)
    _pd_bind_named_text (stmt, ":channel", pd_contact_channel_to_code (query->channel));
  _pd_bind_named_int (stmt, ":from", query->received_from);
  _pd_bind_named_int (stmt, ":to", query->received_to);
  _pd_text_search_bind (&ts, stmt);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not search the call and visit register"), error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

gint64
pd_contact_store_count (PdDatabase *db,
                        gint64      from,
                        gint64      to,
                        GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), -1);

  stmt = pd_database_prepare (db,
                              "SELECT count (*) FROM contacts WHERE received_at >= ?1"
                              " AND received_at < ?2",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to != 0 ? to : G_MAXINT64);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      pd_database_set_error (db, rc, _("Could not count the register entries"), error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}
