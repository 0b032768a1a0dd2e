// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include "pd-occupant-list.h"
#include "pd-id-list-private.h"

struct _PdOccupantList
{
  PdIdList         list;  /* first: see pd-id-list-private.h */
  PdOccupantQuery  query;
};

G_STATIC_ASSERT (G_STRUCT_OFFSET (PdOccupantList, list) == 0);

G_DEFINE_FINAL_TYPE_WITH_CODE (PdOccupantList, pd_occupant_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      _pd_id_list_model_iface_init))

static const PdIdListKind kind = {
  .what = "Occupant",
  .item_type = pd_occupant_get_type,
  .fetch = (PdIdListFetch) pd_occupant_store_get,
  .create = (PdIdListCreate) pd_occupant_new,
  .set_id = (PdIdListSetId) pd_occupant_set_id,
  .query_ids = (PdIdListQueryIds) pd_occupant_store_query_ids,
};

static void
pd_occupant_list_class_init (PdOccupantListClass *klass)
{
  _pd_id_list_class_init (G_OBJECT_CLASS (klass));
}

static void
pd_occupant_list_init (PdOccupantList *self)
{
  _pd_id_list_init (&self->list, &kind);
  pd_occupant_query_init (&self->query);
}

PdOccupantList *
pd_occupant_list_new (PdDatabase *db)
{
  return _pd_id_list_new (PD_TYPE_OCCUPANT_LIST, db);
}

gboolean
pd_occupant_list_set_query (PdOccupantList        *self,
                            const PdOccupantQuery *query,
                            GError               **error)
{
  g_return_val_if_fail (PD_IS_OCCUPANT_LIST (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  self->query = *query;
  self->query.text = _pd_id_list_keep_text (&self->list, query->text);
  return pd_occupant_list_refresh (self, error);
}

gboolean
pd_occupant_list_refresh (PdOccupantList *self,
                          GError        **error)
{
  g_return_val_if_fail (PD_IS_OCCUPANT_LIST (self), FALSE);

  return _pd_id_list_refresh (&self->list, &self->query, error);
}

int
pd_occupant_list_find (PdOccupantList *self,
                       gint64          occupant_id)
{
  g_return_val_if_fail (PD_IS_OCCUPANT_LIST (self), -1);

  return _pd_id_list_find (&self->list, occupant_id);
}
