// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include "pd-complaint-list.h"
#include "pd-id-list-private.h"

struct _PdComplaintList
{
  PdIdList          list;  /* first: see pd-id-list-private.h */
  PdComplaintQuery  query;
};

G_STATIC_ASSERT (G_STRUCT_OFFSET (PdComplaintList, list) == 0);

G_DEFINE_FINAL_TYPE_WITH_CODE (PdComplaintList, pd_complaint_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      _pd_id_list_model_iface_init))

static const PdIdListKind kind = {
  .what = "Complaint",
  .item_type = pd_complaint_get_type,
  .fetch = (PdIdListFetch) pd_complaint_store_get,
  .create = (PdIdListCreate) pd_complaint_new,
  .set_id = (PdIdListSetId) pd_complaint_set_id,
  .query_ids = (PdIdListQueryIds) pd_complaint_store_query_ids,
};

static void
pd_complaint_list_class_init (PdComplaintListClass *klass)
{
  _pd_id_list_class_init (G_OBJECT_CLASS (klass));
}

static void
pd_complaint_list_init (PdComplaintList *self)
{
  _pd_id_list_init (&self->list, &kind);
  pd_complaint_query_init (&self->query);
}

PdComplaintList *
pd_complaint_list_new (PdDatabase *db)
{
  return _pd_id_list_new (PD_TYPE_COMPLAINT_LIST, db);
}

gboolean
pd_complaint_list_set_query (PdComplaintList         *self,
                             const PdComplaintQuery  *query,
                             GError                 **error)
{
  g_return_val_if_fail (PD_IS_COMPLAINT_LIST (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  self->query = *query;
  self->query.text = _pd_id_list_keep_text (&self->list, query->text);
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
  g_return_val_if_fail (PD_IS_COMPLAINT_LIST (self), FALSE);

  self->query.now = now;
  return _pd_id_list_refresh (&self->list, &self->query, error);
}

int
pd_complaint_list_find (PdComplaintList *self,
                        gint64           id)
{
  g_return_val_if_fail (PD_IS_COMPLAINT_LIST (self), -1);

  return _pd_id_list_find (&self->list, id);
}
