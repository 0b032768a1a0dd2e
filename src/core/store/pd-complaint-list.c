// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include "pd-complaint-list.h"

/* Several screens of rows; beyond it the cache is dropped and rebuilt, which is cheaper than
 * tracking recency for objects that cost a few microseconds to make. */
#define CACHE_LIMIT 1024

struct _PdComplaintList
{
  GObject        parent_instance;
  PdDatabase    *db;
  GArray        *ids;
  GHashTable    *cache;  /* gint64* id -> PdComplaint */
  PdComplaintQuery query;
  char          *text;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PdComplaintList, pd_complaint_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
pd_complaint_list_get_item_type (GListModel *model)
{
  return PD_TYPE_COMPLAINT;
}

static guint
pd_complaint_list_get_n_items (GListModel *model)
{
  return PD_COMPLAINT_LIST (model)->ids->len;
}

static gpointer
pd_complaint_list_get_item (GListModel *model,
                            guint       position)
{
  PdComplaintList *self = PD_COMPLAINT_LIST (model);
  g_autoptr(GError) error = NULL;
  PdComplaint *item;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  item = g_hash_table_lookup (self->cache, &id);
  if (item != NULL)
    return g_object_ref (item);

  item = pd_complaint_store_get (self->db, id, &error);
  if (item == NULL)
    {
      /* Deleted since the query ran: an empty row keeps the model's contract; the next refresh
       * drops it. */
      g_debug ("Complaint %" G_GINT64_FORMAT " vanished: %s", id, error->message);
      item = pd_complaint_new ();
      pd_complaint_set_id (item, id);
    }

  if (g_hash_table_size (self->cache) >= CACHE_LIMIT)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (item));
  return item;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = pd_complaint_list_get_item_type;
  iface->get_n_items = pd_complaint_list_get_n_items;
  iface->get_item = pd_complaint_list_get_item;
}

static void
pd_complaint_list_finalize (GObject *object)
{
  PdComplaintList *self = PD_COMPLAINT_LIST (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->text, g_free);
  G_OBJECT_CLASS (pd_complaint_list_parent_class)->finalize (object);
}

static void
pd_complaint_list_class_init (PdComplaintListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pd_complaint_list_finalize;
}

static void
pd_complaint_list_init (PdComplaintList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  pd_complaint_query_init (&self->query);
}

PdComplaintList *
pd_complaint_list_new (PdDatabase *db)
{
  PdComplaintList *self;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  self = g_object_new (PD_TYPE_COMPLAINT_LIST, NULL);
  self->db = g_object_ref (db);
  return self;
}

gboolean
pd_complaint_list_set_query (PdComplaintList         *self,
                             const PdComplaintQuery  *query,
                             GError                 **error)
{
  g_return_val_if_fail (PD_IS_COMPLAINT_LIST (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  g_free (self->text);
  self->text = g_strdup (query->text);
  self->query = *query;
  self->query.text = self->text;
  return pd_complaint_list_refresh (self, query->now, error);
}

const PdComplaintQuery *
pd_complaint_list_get_query (PdComplaintList *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINT_LIST (self), NULL);
  return &self->query;
}

gboolean
pd_complaint_list_refresh (PdComplaintList  *self,
                           gint64            now,
                           GError          **error)
{
  GArray *ids;
  guint removed;

  g_return_val_if_fail (PD_IS_COMPLAINT_LIST (self), FALSE);

  self->query.now = now;
  ids = pd_complaint_store_query_ids (self->db, &self->query, error);
  if (ids == NULL)
    return FALSE;

  removed = self->ids->len;
  g_array_unref (self->ids);
  self->ids = ids;
  g_hash_table_remove_all (self->cache);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, ids->len);
  return TRUE;
}

int
pd_complaint_list_find (PdComplaintList *self,
                        gint64           id)
{
  g_return_val_if_fail (PD_IS_COMPLAINT_LIST (self), -1);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return (int)i;
  return -1;
}
