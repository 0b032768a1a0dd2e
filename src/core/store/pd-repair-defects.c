// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-repair-store-private.h"

/* Defects found at the move-in inspection become warranty (class A) orders to engineering. */

/* Words that name a category, tried in this order: "空调漏水" is air conditioning, not
 * plumbing; "电梯" is the lift, not wiring. The names are those the schema seeds; an office that
 * renamed them gets 其他 (or its first category). */
static const struct
{
  const char *category;
  const char *words;  /* '|' separated */
} guesses[] = {
  { "空调", "空调|冷气|暖气" },
  { "电梯", "电梯" },
  { "门窗", "门|窗|锁|玻璃|合页|把手" },
  { "给排水", "水|漏|渗|管|堵|马桶|地漏|龙头|下水|淋浴" },
  { "电气", "电|灯|插座|开关|线路|跳闸" },
};

static gint64
find_category_id (GPtrArray  *categories,
                  const char *name)
{
  for (guint i = 0; i < categories->len; i++)
    {
      PdRepairCategory *c = g_ptr_array_index (categories, i);
      if (g_strcmp0 (c->name, name) == 0)
        return c->id;
    }
  return 0;
}

static gint64
guess_category (GPtrArray  *categories,
                const char *text)
{
  gint64 id;

  for (guint i = 0; i < G_N_ELEMENTS (guesses); i++)
    {
      g_auto(GStrv) words = g_strsplit (guesses[i].words, "|", -1);

      for (guint j = 0; words[j] != NULL; j++)
        if (strstr (text, words[j]) != NULL)
          {
            id = find_category_id (categories, guesses[i].category);
            if (id != 0)
              return id;
            break;
          }
    }
  id = find_category_id (categories, "其他");
  if (id != 0)
    return id;
  return ((PdRepairCategory *)g_ptr_array_index (categories, 0))->id;
}

typedef struct
{
  gint64  id;
  char   *location;
  char   *description;
} Defect;

static void
defect_free (Defect *d)
{
  g_free (d->location);
  g_free (d->description);
  g_free (d);
}

static GPtrArray *
open_defects (PdDatabase  *db,
              gint64       move_in_id,
              GError     **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "SELECT id, location, description"
                                                " FROM move_in_defects"
                                                " WHERE move_in_id = ?1 AND repair_id IS NULL"
                                                " ORDER BY line_no, id",
                                                error);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)defect_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, move_in_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Defect *d = g_new0 (Defect, 1);
      d->id = sqlite3_column_int64 (stmt, 0);
      d->location = _pd_strdup_trimmed (_pd_column_text (stmt, 1));
      d->description = g_strdup (_pd_column_text (stmt, 2));
      g_ptr_array_add (list, d);
    }
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the defects of the move-in"), error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

static gboolean
link_defect (PdDatabase  *db,
             gint64       defect_id,
             gint64       repair_id,
             GError     **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "UPDATE move_in_defects SET repair_id = ?2"
                                                " WHERE id = ?1",
                                                error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, defect_id);
  sqlite3_bind_int64 (stmt, 2, repair_id);
  return pd_database_step_done (db, stmt, error);
}

static int
create_tx (PdDatabase  *db,
           gint64       move_in_id,
           const char  *clerk,
           GError     **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(GPtrArray) defects = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autofree char *occupant_name = NULL;
  g_autofree char *occupant_phone = NULL;
  gint64 occupant_id, unit_id, now = _pd_now ();
  int rc;

  stmt = pd_database_prepare (db,
                              "SELECT m.occupant_id, m.unit_id, o.name, o.phone FROM move_ins m"
                              " JOIN occupants o ON o.id = m.occupant_id WHERE m.id = ?1",
                              error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, move_in_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      _pd_db_refuse (error, PD_DB_ERROR_NOT_FOUND, _("The move-in record was not found."));
      return -1;
    }
  if (rc != SQLITE_ROW)
    {
      pd_database_set_error (db, rc, _("Could not read the move-in record"), error);
      return -1;
    }
  occupant_id = sqlite3_column_int64 (stmt, 0);
  unit_id = sqlite3_column_int64 (stmt, 1);
  occupant_name = g_strdup (_pd_column_text (stmt, 2));
  occupant_phone = g_strdup (_pd_column_text (stmt, 3));
  g_clear_pointer (&stmt, pd_stmt_release);

  defects = open_defects (db, move_in_id, error);
  if (defects == NULL)
    return -1;
  if (defects->len == 0)
    return 0;
  categories = pd_repair_settings_list_categories (db, FALSE, error);
  if (categories == NULL)
    return -1;
  if (categories->len == 0)
    {
      _pd_repair_refuse (error, PD_REPAIR_ERROR_FIELD,
                         _("There is no active repair category; add one in the settings "
                           "first."));
      return -1;
    }

  for (guint i = 0; i < defects->len; i++)
    {
      Defect *d = g_ptr_array_index (defects, i);
      g_autoptr(PdRepair) repair = pd_repair_new ();
      g_autofree char *description = NULL;

      /* "主卧：墙面开裂": the place stays with the words, as the engineers read it. */
      description = d->location != NULL ? g_strdup_printf ("%s：%s", d->location,
                                                           d->description)
                                         : g_strdup (d->description);
      pd_repair_set_channel (repair, PD_REPAIR_CHANNEL_WRITTEN);
      pd_repair_set_unit_id (repair, unit_id);
      pd_repair_set_occupant_id (repair, occupant_id);
      pd_repair_set_location (repair, d->location);
      pd_repair_set_reporter (repair, occupant_name);
      pd_repair_set_reporter_phone (repair, occupant_phone);
      pd_repair_set_category_id (repair, guess_category (categories, description));
      pd_repair_set_description (repair, description);
      pd_repair_set_urgency (repair, PD_REPAIR_URGENCY_GENERAL);
      pd_repair_set_repair_class (repair, PD_ORDER_CLASS_A);
      pd_repair_set_source (repair, PD_REPAIR_SOURCE_PROPERTY_OFFICE);
      pd_repair_set_reported_at (repair, now);
      pd_repair_set_clerk (repair, clerk);
      pd_repair_set_move_in_defect_id (repair, d->id);
      if (!_pd_repair_insert (db, repair, error) ||
          !link_defect (db, d->id, pd_repair_get_id (repair), error))
        return -1;
    }
  return (int)defects->len;
}

int
pd_repair_store_create_from_defects (PdDatabase *db,
                                     gint64      move_in_id,
                                     const char *clerk,
                                     GError    **error)
{
  g_autofree char *name = _pd_strdup_trimmed (clerk);
  int created;

  g_return_val_if_fail (PD_IS_DATABASE (db), -1);

  if (!pd_database_begin (db, error))
    return -1;
  created = create_tx (db, move_in_id, name, error);
  if (created < 0)
    {
      pd_database_rollback (db);
      return -1;
    }
  if (!pd_database_commit (db, error))
    return -1;
  return created;
}
