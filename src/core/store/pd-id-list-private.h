// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gio/gio.h>
#include "pd-database.h"

G_BEGIN_DECLS

/* The one GListModel behind PdOccupantList, PdRepairList, PdComplaintList and PdContactList: the
 * row ids of the current query, with records built on demand in get_item() and a small cache.
 *
 * Each list type puts a PdIdList first in its instance struct, in place of the GObject
 * parent_instance that PdIdList begins with, so that the shared vfuncs can reach it from the
 * GListModel; it registers with parent G_TYPE_OBJECT and:
 *   G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, _pd_id_list_model_iface_init)
 *   class_init: _pd_id_list_class_init (G_OBJECT_CLASS (klass));
 *   init:       _pd_id_list_init (&self->list, &kind);
 *   new:        _pd_id_list_new (PD_TYPE_..._LIST, db);
 * The public types stay final GObjects, so their headers need not show this. */

/* A kind's own store and model functions fit these types once cast, e.g.
 * (PdIdListFetch) pd_occupant_store_get: they differ only in the record and query pointers. */
typedef GObject *(*PdIdListFetch)    (PdDatabase    *db,
                                      gint64         id,
                                      GError       **error);
typedef GObject *(*PdIdListCreate)   (void);
typedef void     (*PdIdListSetId)    (GObject       *item,
                                      gint64         id);
typedef GArray  *(*PdIdListQueryIds) (PdDatabase    *db,
                                      gconstpointer  query,
                                      GError       **error);

typedef struct
{
  const char        *what;        /* names the record in the debug line for a vanished row */
  GType            (*item_type) (void);
  PdIdListFetch      fetch;
  /* create and set_id make the empty row shown for a record deleted since the query ran */
  PdIdListCreate     create;
  PdIdListSetId      set_id;
  PdIdListQueryIds   query_ids;
} PdIdListKind;

typedef struct
{
  GObject             parent_instance;
  const PdIdListKind *kind;
  PdDatabase         *db;
  GArray             *ids;    /* gint64, in the query's order */
  GHashTable         *cache;  /* gint64* id -> record */
  char               *text;   /* the query's text: owned here so that the query may point at it */
} PdIdList;

void        _pd_id_list_model_iface_init (GListModelInterface *iface);
void        _pd_id_list_class_init       (GObjectClass        *klass);
void        _pd_id_list_init             (PdIdList            *list,
                                          const PdIdListKind  *kind);
gpointer    _pd_id_list_new              (GType                type,
                                          PdDatabase          *db);
/* Keeps a copy of text (the previous one is freed) and returns it. */
const char *_pd_id_list_keep_text        (PdIdList            *list,
                                          const char          *text);
/* Runs the kind's query_ids on query; emits items-changed for the whole range. */
gboolean    _pd_id_list_refresh          (PdIdList            *list,
                                          gconstpointer        query,
                                          GError             **error);
/* Position of an id in the current result, or -1. */
int         _pd_id_list_find             (PdIdList            *list,
                                          gint64               id);

G_END_DECLS
