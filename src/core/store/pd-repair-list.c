// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include "pd-repair-list.h"
#include "pd-id-list-private.h"

struct _PdRepairList
{
  PdIdList       list;  /* first: see pd-id-list-private.h */
  PdRepairQuery  query;
};

G_STATIC_ASSERT (G_STRUCT_OFFSET (PdRepairList, list) == 0);

G_DEFINE_FINAL_TYPE_WITH_CODE (PdRepairList, pd_repair_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      _pd_id_list_model_iface_init))

static const PdIdListKind kind = {
  .what = "Repair",
  .item_type = pd_repair_get_type,
  .fetch = (PdIdListFetch) pd_repair_store_get,
  .create = (PdIdListCreate) pd_repair_new,
  .set_id = (PdIdListSetId) pd_repair_set_id,
  .query_ids = (PdIdListQueryIds) pd_repair_store_query_ids,
};

static void
pd_repair_list_class_init (PdRepairListClass *klass)
{
  _pd_id_list_class_init (G_OBJECT_CLASS (klass));
}

static void
pd_repair_list_init (PdRepairList *self)
{
  _pd_id_list_init (&self->list, &kind);
  pd_repair_query_init (&self->query);
}

PdRepairList *
pd_repair_list_new (PdDatabase *db)
{
  return _pd_id_list_new (PD_TYPE_REPAIR_LIST, db);
}

gboolean
pd_repair_list_set_query (PdRepairList        *self,
                          const PdRepairQuery *query,
                          GError             **error)
{
  g_return_val_if_fail (PD_IS_REPAIR_LIST (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  self->query = *query;
  self->query.text = _pd_id_list_keep_text (&self->list, query->text);
  return pd_repair_list_refresh (self, query->now, error);
}

const PdRepairQuery *
pd_repair_list_get_query (PdRepairList *self)
{
  g_return_val_if_fail (PD_IS_REPAIR_LIST (self), NULL);
  return &self->query;
}

gboolean
pd_repair_list_refresh (PdRepairList *self,
                        gint64        now,
                        GError      **error)
{
  g_return_val_if_fail (PD_IS_REPAIR_LIST (self), FALSE);

  self->query.now = now;
  return _pd_id_list_refresh (&self->list, &self->query, error);
}

int
pd_repair_list_find (PdRepairList *self,
                     gint64        repair_id)
{
  g_return_val_if_fail (PD_IS_REPAIR_LIST (self), -1);

  return _pd_id_list_find (&self->list, repair_id);
}
