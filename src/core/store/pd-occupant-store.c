// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-occupant-store.h"
#include "pd-store-private.h"

void
pd_occupant_query_init (PdOccupantQuery *query)
{
  memset (query, 0, sizeof *query);
  query->role = -1;
  query->status = -1;
  query->sort = PD_OCCUPANT_SORT_UNIT;
}

PdOccupant *
_pd_occupant_from_row (PdStmt *stmt)
{
  PdOccupant *o = pd_occupant_new ();
  PdRole role = PD_ROLE_OWNER;
  PdKind kind = PD_KIND_PERSON;
  PdStatus status = PD_STATUS_ACTIVE;

  pd_occupant_set_id (o, sqlite3_column_int64 (stmt, 0));
  pd_occupant_set_unit_id (o, sqlite3_column_int64 (stmt, 1));
  pd_occupant_set_building_name (o, _pd_column_text (stmt, 2));
  pd_occupant_set_unit_number (o, _pd_column_text (stmt, 3));
  pd_occupant_set_area (o, sqlite3_column_int64 (stmt, 4));
  pd_role_from_code (_pd_column_text (stmt, 5), &role);
  pd_occupant_set_role (o, role);
  pd_kind_from_code (_pd_column_text (stmt, 6), &kind);
  pd_occupant_set_kind (o, kind);
  pd_occupant_set_name (o, _pd_column_text (stmt, 7));
  pd_occupant_set_id_number (o, _pd_column_text (stmt, 8));
  pd_occupant_set_phone (o, _pd_column_text (stmt, 9));
  pd_occupant_set_phone2 (o, _pd_column_text (stmt, 10));
  pd_occupant_set_emergency_name (o, _pd_column_text (stmt, 11));
  pd_occupant_set_emergency_phone (o, _pd_column_text (stmt, 12));
  pd_occupant_set_move_in_date (o, (const char *)sqlite3_column_text (stmt, 13));
  pd_occupant_set_move_out_date (o, (const char *)sqlite3_column_text (stmt, 14));
  pd_status_from_code (_pd_column_text (stmt, 15), &status);
  pd_occupant_set_status (o, status);
  pd_occupant_set_notes (o, _pd_column_text (stmt, 16));
  return o;
}

static gboolean
check_for_store (PdOccupant *occupant,
                 GError    **error)
{
  g_autoptr(GPtrArray) issues = pd_occupant_check (occupant);

  for (guint i = 0; i < issues->len; i++)
    {
      PdFieldIssue *issue = g_ptr_array_index (issues, i);
      if (!issue->warning)
        {
          g_set_error_literal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, issue->message);
          return FALSE;
        }
    }
  return TRUE;
}

static void
bind_occupant (PdStmt     *stmt,
               PdOccupant *o)
{
  sqlite3_bind_int64 (stmt, 1, pd_occupant_get_unit_id (o));
  sqlite3_bind_text (stmt, 2, pd_role_to_code (pd_occupant_get_role (o)), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, pd_kind_to_code (pd_occupant_get_kind (o)), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, pd_occupant_get_name (o), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, pd_occupant_get_id_number (o), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, pd_occupant_get_phone (o), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, pd_occupant_get_phone2 (o) ?: "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, pd_occupant_get_emergency_name (o) ?: "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, pd_occupant_get_emergency_phone (o) ?: "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, pd_occupant_get_move_in_date (o), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, pd_occupant_get_move_out_date (o), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, pd_status_to_code (pd_occupant_get_status (o)), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, pd_occupant_get_notes (o) ?: "", -1, SQLITE_TRANSIENT);
}

static gboolean
refresh_unit_fields (PdDatabase *db,
                     PdOccupant *o,
                     GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "SELECT b.name, u.number, u.area_centi FROM units u"
                                                " JOIN buildings b ON b.id = u.building_id"
                                                " WHERE u.id = ?1",
                                                error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pd_occupant_get_unit_id (o));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The chosen unit no longer exists; choose another."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return pd_database_set_error (db, rc, _("Could not read the unit"), error);
  pd_occupant_set_building_name (o, _pd_column_text (stmt, 0));
  pd_occupant_set_unit_number (o, _pd_column_text (stmt, 1));
  pd_occupant_set_area (o, sqlite3_column_int64 (stmt, 2));
  return TRUE;
}

gboolean
pd_occupant_store_insert (PdDatabase *db,
                          PdOccupant *occupant,
                          GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;

  g_return_val_if_fail (PD_IS_OCCUPANT (occupant), FALSE);

  if (!check_for_store (occupant, error) || !refresh_unit_fields (db, occupant, error))
    return FALSE;
  stmt = pd_database_prepare (db,
                              "INSERT INTO occupants (unit_id, role, kind, name, id_number, phone,"
                              " phone2, emergency_name, emergency_phone, move_in_date,"
                              " move_out_date, status, notes)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                              error);
  if (stmt == NULL)
    return FALSE;
  bind_occupant (stmt, occupant);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  pd_occupant_set_id (occupant, pd_database_last_insert_id (db));
  return TRUE;
}

gboolean
pd_occupant_store_update (PdDatabase *db,
                          PdOccupant *occupant,
                          GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;

  g_return_val_if_fail (PD_IS_OCCUPANT (occupant), FALSE);

  if (!check_for_store (occupant, error) || !refresh_unit_fields (db, occupant, error))
    return FALSE;
  stmt = pd_database_prepare (db,
                              "UPDATE occupants SET unit_id = ?1, role = ?2, kind = ?3, name = ?4,"
                              " id_number = ?5, phone = ?6, phone2 = ?7, emergency_name = ?8,"
                              " emergency_phone = ?9, move_in_date = ?10, move_out_date = ?11,"
                              " status = ?12, notes = ?13, updated_at = unixepoch()"
                              " WHERE id = ?14",
                              error);
  if (stmt == NULL)
    return FALSE;
  bind_occupant (stmt, occupant);
  sqlite3_bind_int64 (stmt, 14, pd_occupant_get_id (occupant));
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (pd_database_get_handle (db)) == 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                   _("The occupant was not found; another user may have deleted it."));
      return FALSE;
    }
  return TRUE;
}

gboolean
pd_occupant_store_delete (PdDatabase *db,
                          gint64      occupant_id,
                          GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, "DELETE FROM occupants WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, occupant_id);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (pd_database_get_handle (db)) == 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                   _("The occupant was not found; another user may have deleted it."));
      return FALSE;
    }
  return TRUE;
}

PdOccupant *
pd_occupant_store_get (PdDatabase *db,
                       gint64      occupant_id,
                       GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "SELECT " PD_OCCUPANT_COLUMNS PD_OCCUPANT_FROM
                                                "WHERE o.id = ?1",
                                                error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, occupant_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return _pd_occupant_from_row (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                 _("The occupant was not found; another user may have deleted it."));
  else
    pd_database_set_error (db, rc, _("Could not read the occupant"), error);
  return NULL;
}

/* What the search text looks like decides which indexed columns it is matched against;
 * names always match by substring, which is a scan but stays within budget at 100k rows. */
typedef struct
{
  char *like;      /* %text% for names */
  char *exact;     /* phone, ID, unit number, building name */
  char *building;  /* "3栋 1201" / "3-1201" split */
  char *unit;
} SearchTerms;

static void
search_terms_clear (SearchTerms *t)
{
  g_free (t->like);
  g_free (t->exact);
  g_free (t->building);
  g_free (t->unit);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SearchTerms, search_terms_clear)

static char *
escape_like (const char *text)
{
  GString *s = g_string_new ("%");

  for (const char *p = text; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '%');
  return g_string_free (s, FALSE);
}

static void
search_terms_init (SearchTerms *t,
                   const char  *text)
{
  g_autofree char *trimmed = _pd_strdup_trimmed (text);
  g_autofree char *upper = NULL;
  const char *sep;

  memset (t, 0, sizeof *t);
  if (trimmed == NULL)
    return;

  upper = g_utf8_strup (trimmed, -1);
  t->like = escape_like (trimmed);
  t->exact = g_strdup (upper);

  /* "3栋 1201", "3栋1201", "3-1201", "3#1201": building then unit */
  sep = strpbrk (trimmed, " -#/");
  if (sep == NULL)
    sep = strstr (trimmed, "栋");
  if (sep == NULL)
    sep = strstr (trimmed, "座");
  if (sep != NULL && sep != trimmed)
    {
      const char *rest = sep;

      if (g_str_has_prefix (rest, "栋") || g_str_has_prefix (rest, "座"))
        rest += strlen ("栋");
      else
        rest++;
      while (*rest == ' ')
        rest++;
      if (*rest != '\0')
        {
          t->building = g_strndup (trimmed, sep - trimmed);
          t->unit = g_strdup (rest);
        }
    }
}

GArray *
pd_occupant_store_query_ids (PdDatabase            *db,
                             const PdOccupantQuery *query,
                             GError               **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(SearchTerms) terms;
  PdOccupantSort sort = query ? query->sort : PD_OCCUPANT_SORT_UNIT;
  const char *dir = query && query->descending ? "DESC" : "ASC";
  const char *order = NULL;
  gboolean joined = sort == PD_OCCUPANT_SORT_UNIT || sort == PD_OCCUPANT_SORT_AREA;
  sqlite3_stmt *stmt = NULL;
  int rc;

  search_terms_init (&terms, query ? query->text : NULL);

  /* Only the unit order and the area need the units table; every other query stays on
   * occupants and its indexes, which is what keeps a search on 100,000 rows fast. Listing
   * without a search walks buildings, units and occupants in their natural-order indexes
   * (forced by CROSS JOIN), so the default list needs no sort of its own. */
  if (sort == PD_OCCUPANT_SORT_UNIT && terms.like == NULL)
    g_string_append (sql, "SELECT o.id FROM buildings b CROSS JOIN units u INDEXED BY units_natural"
                          " CROSS JOIN occupants o"
                          " WHERE u.building_id = b.id AND o.unit_id = u.id");
  else if (joined)
    g_string_append (sql, "SELECT o.id FROM occupants o JOIN units u ON u.id = o.unit_id"
                          " JOIN buildings b ON b.id = u.building_id WHERE 1");
  else
    g_string_append (sql, "SELECT o.id FROM occupants o WHERE 1");

  if (terms.like != NULL)
    {
      /* Each kind of match is its own indexed lookup; a name matches anywhere in it. */
      g_string_append (sql,
                       " AND o.id IN ("
                       "SELECT id FROM occupants WHERE name LIKE ?1 ESCAPE '\\'"
                       " UNION ALL SELECT id FROM occupants WHERE phone = ?2"
                       " UNION ALL SELECT id FROM occupants WHERE phone_tail = ?2"
                       " UNION ALL SELECT id FROM occupants WHERE id_number = ?2"
                       " UNION ALL SELECT id FROM occupants WHERE unit_id IN"
                       "  (SELECT id FROM units WHERE number = ?2)"
                       " UNION ALL SELECT id FROM occupants WHERE unit_id IN"
                       "  (SELECT uu.id FROM units uu JOIN buildings bb ON bb.id = uu.building_id"
                       "   WHERE bb.name = ?2)");
      if (terms.building != NULL)
        g_string_append (sql,
                         " UNION ALL SELECT id FROM occupants WHERE unit_id IN"
                         "  (SELECT uu.id FROM units uu JOIN buildings bb"
                         "   ON bb.id = uu.building_id WHERE uu.number = ?4"
                         "   AND bb.name IN (?3, ?3 || '栋', ?3 || '座', ?3 || '号楼'))");
      g_string_append (sql, ")");
    }
  if (query && query->building_id > 0)
    g_string_append (sql, joined ? " AND u.building_id = ?5"
                                 : " AND o.unit_id IN (SELECT id FROM units WHERE building_id = ?5)");
  if (query && query->role >= 0)
    g_string_append (sql, " AND o.role = ?6");
  if (query && query->status >= 0)
    g_string_append (sql, " AND o.status = ?7");

  switch (sort)
    {
    case PD_OCCUPANT_SORT_AREA: order = "u.area_centi"; break;
    case PD_OCCUPANT_SORT_NAME: order = "o.name"; break;
    case PD_OCCUPANT_SORT_ROLE: order = "o.role"; break;
    case PD_OCCUPANT_SORT_PHONE: order = "o.phone"; break;
    case PD_OCCUPANT_SORT_MOVE_IN: order = "o.move_in_date"; break;
    case PD_OCCUPANT_SORT_STATUS: order = "o.status"; break;
    case PD_OCCUPANT_SORT_UNIT:
    default: order = NULL; break;
    }
  if (order != NULL)
    g_string_append_printf (sql, " ORDER BY %s %s, o.id %s", order, dir, dir);
  else
    /* The row ids after each level's natural key tell SQLite the levels are already
     * distinct, so it sorts nothing. */
    g_string_append_printf (sql, " ORDER BY b.estate_id %1$s, CAST (b.name AS INTEGER) %1$s,"
                                 " b.name %1$s, b.id %1$s, CAST (u.number AS INTEGER) %1$s,"
                                 " u.number %1$s, u.id %1$s, o.id %1$s", dir);

  rc = sqlite3_prepare_v2 (pd_database_get_handle (db), sql->str, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      pd_database_set_error (db, rc, _("Could not search the occupants"), error);
      return NULL;
    }
  if (terms.like != NULL)
    {
      sqlite3_bind_text (stmt, 1, terms.like, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, terms.exact, -1, SQLITE_STATIC);
      if (terms.building != NULL)
        {
          sqlite3_bind_text (stmt, 3, terms.building, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, terms.unit, -1, SQLITE_STATIC);
        }
    }
  if (query && query->building_id > 0)
    sqlite3_bind_int64 (stmt, 5, query->building_id);
  if (query && query->role >= 0)
    sqlite3_bind_text (stmt, 6, pd_role_to_code (query->role), -1, SQLITE_STATIC);
  if (query && query->status >= 0)
    sqlite3_bind_text (stmt, 7, pd_status_to_code (query->status), -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not search the occupants"), error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

gint64
pd_occupant_store_count (PdDatabase *db,
                         GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, "SELECT count(*) FROM occupants", error);
  int rc;

  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      pd_database_set_error (db, rc, _("Could not count the occupants"), error);
      return -1;
    }
  return sqlite3_column_int64 (stmt, 0);
}

void
pd_document_free (PdDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->kind);
  g_free (doc->title);
  g_free (doc->received_date);
  g_free (doc->received_by);
  g_free (doc);
}

gboolean
pd_occupant_store_add_document (PdDatabase *db,
                                gint64      occupant_id,
                                const char *kind,
                                const char *title,
                                const char *received_date,
                                const char *received_by,
                                GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;

  if (kind == NULL || title == NULL || *title == '\0')
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, _("The document has no title."));
      return FALSE;
    }
  stmt = pd_database_prepare (db,
                              "INSERT INTO occupant_documents (occupant_id, kind, title,"
                              " received_date, received_by) VALUES (?1, ?2, ?3, ?4, ?5)",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, occupant_id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, received_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, received_by ? received_by : "", -1, SQLITE_TRANSIENT);
  return pd_database_step_done (db, stmt, error);
}

GPtrArray *
pd_occupant_store_list_documents (PdDatabase *db,
                                  gint64      occupant_id,
                                  GError    **error)
{
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify)pd_document_free);
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  stmt = pd_database_prepare (db,
                              "SELECT id, occupant_id, kind, title, received_date, received_by"
                              " FROM occupant_documents WHERE occupant_id = ?1 ORDER BY id",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, occupant_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PdDocument *doc = g_new0 (PdDocument, 1);

      doc->id = sqlite3_column_int64 (stmt, 0);
      doc->occupant_id = sqlite3_column_int64 (stmt, 1);
      doc->kind = g_strdup (_pd_column_text (stmt, 2));
      doc->title = g_strdup (_pd_column_text (stmt, 3));
      doc->received_date = g_strdup ((const char *)sqlite3_column_text (stmt, 4));
      doc->received_by = g_strdup (_pd_column_text (stmt, 5));
      g_ptr_array_add (docs, doc);
    }
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the documents"), error);
      return NULL;
    }
  return g_steal_pointer (&docs);
}
