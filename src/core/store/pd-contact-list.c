// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include "pd-contact-list.h"
#include "pd-id-list-private.h"

struct _PdContactList
{
  PdIdList        list;  /* first: see pd-id-list-private.h */
  PdContactQuery  query;
};

G_STATIC_ASSERT (G_STRUCT_OFFSET (PdContactList, list) == 0);

G_DEFINE_FINAL_TYPE_WITH_CODE (PdContactList, pd_contact_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      _pd_id_list_model_iface_init))

static const PdIdListKind kind = {
  .what = "Register entry",
  .item_type = pd_contact_get_type,
  .fetch = (PdIdListFetch) pd_contact_store_get,
  .create = (PdIdListCreate) pd_contact_new,
  .set_id = (PdIdListSetId) pd_contact_set_id,
  .query_ids = (PdIdListQueryIds) pd_contact_store_query_ids,
};

static void
pd_contact_list_class_init (PdContactListClass *klass)
{
  _pd_id_list_class_init (G_OBJECT_CLASS (klass));
}

static void
pd_contact_list_init (PdContactList *self)
{
  _pd_id_list_init (&self->list, &kind);
  pd_contact_query_init (&self->query);
}

PdContactList *
pd_contact_list_new (PdDatabase *db)
{
  return _pd_id_list_new (PD_TYPE_CONTACT_LIST, db);
}

gboolean
pd_contact_list_set_query (PdContactList         *self,
                           const PdContactQuery  *query,
                           GError               **error)
{
  g_return_val_if_fail (PD_IS_CONTACT_LIST (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  self->query = *query;
  self->query.text = _pd_id_list_keep_text (&self->list, query->text);
  return pd_contact_list_refresh (self, error);
}

const PdContactQuery *
pd_contact_list_get_query (PdContactList *self)
{
  g_return_val_if_fail (PD_IS_CONTACT_LIST (self), NULL);
  return &self->query;
}

gboolean
pd_contact_list_refresh (PdContactList  *self,
                         GError        **error)
{
  g_return_val_if_fail (PD_IS_CONTACT_LIST (self), FALSE);

  return _pd_id_list_refresh (&self->list, &self->query, error);
}

int
pd_contact_list_find (PdContactList *self,
                      gint64         id)
{
  g_return_val_if_fail (PD_IS_CONTACT_LIST (self), -1);

  return _pd_id_list_find (&self->list, id);
}
