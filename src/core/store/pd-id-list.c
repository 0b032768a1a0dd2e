// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include "pd-id-list-private.h"

/* Several screens of rows; beyond it the cache is dropped and rebuilt, which is cheaper than
 * tracking recency for objects that cost a few microseconds to make. */
#define CACHE_LIMIT 1024

/* The list types put PdIdList first in their instance structs (see the header). */
#define ID_LIST(model) ((PdIdList *)(model))

static GType
pd_id_list_get_item_type (GListModel *model)
{
  return ID_LIST (model)->kind->item_type ();
}

static guint
pd_id_list_get_n_items (GListModel *model)
{
  return ID_LIST (model)->ids->len;
}

static gpointer
pd_id_list_get_item (GListModel *model,
                     guint       position)
{
  PdIdList *self = ID_LIST (model);
  g_autoptr(GError) error = NULL;
  GObject *item;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  item = g_hash_table_lookup (self->cache, &id);
  if (item != NULL)
    return g_object_ref (item);

  item = self->kind->fetch (self->db, id, &error);
  if (item == NULL)
    {
      /* Deleted since the query ran: an empty row keeps the model's contract; the next refresh
       * drops it. */
      g_debug ("%s %" G_GINT64_FORMAT " vanished: %s", self->kind->what, id, error->message);
      item = self->kind->create ();
      self->kind->set_id (item, id);
    }

  if (g_hash_table_size (self->cache) >= CACHE_LIMIT)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (item));
  return item;
}

void
_pd_id_list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = pd_id_list_get_item_type;
  iface->get_n_items = pd_id_list_get_n_items;
  iface->get_item = pd_id_list_get_item;
}

static void
pd_id_list_finalize (GObject *object)
{
  PdIdList *self = ID_LIST (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->text, g_free);
  /* The list types are final, so the object's own class is the one that installed this. */
  G_OBJECT_CLASS (g_type_class_peek_parent (G_OBJECT_GET_CLASS (object)))->finalize (object);
}

void
_pd_id_list_class_init (GObjectClass *klass)
{
  klass->finalize = pd_id_list_finalize;
}

void
_pd_id_list_init (PdIdList           *list,
                  const PdIdListKind *kind)
{
  list->kind = kind;
  list->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  list->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

gpointer
_pd_id_list_new (GType       type,
                 PdDatabase *db)
{
  PdIdList *self;

  g_return_val_if_fail (g_type_is_a (type, G_TYPE_LIST_MODEL), NULL);
  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  self = g_object_new (type, NULL);
  self->db = g_object_ref (db);
  return self;
}

const char *
_pd_id_list_keep_text (PdIdList   *list,
                       const char *text)
{
  /* Copy before freeing: text may be the one kept here, read back through a list's query. */
  char *copy = g_strdup (text);

  g_free (list->text);
  list->text = copy;
  return copy;
}

gboolean
_pd_id_list_refresh (PdIdList      *list,
                     gconstpointer  query,
                     GError       **error)
{
  GArray *ids;
  guint removed;

  ids = list->kind->query_ids (list->db, query, error);
  if (ids == NULL)
    return FALSE;

  removed = list->ids->len;
  g_array_unref (list->ids);
  list->ids = ids;
  g_hash_table_remove_all (list->cache);
  g_list_model_items_changed (G_LIST_MODEL (list), 0, removed, ids->len);
  return TRUE;
}

int
_pd_id_list_find (PdIdList *list,
                  gint64    id)
{
  for (guint i = 0; i < list->ids->len; i++)
    if (g_array_index (list->ids, gint64, i) == id)
      return (int)i;
  return -1;
}
