// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-occupant.h"

G_BEGIN_DECLS

typedef enum
{
  PD_OCCUPANT_SORT_UNIT,          /* building, then unit number (natural order) */
  PD_OCCUPANT_SORT_AREA,
  PD_OCCUPANT_SORT_NAME,
  PD_OCCUPANT_SORT_ROLE,
  PD_OCCUPANT_SORT_PHONE,
  PD_OCCUPANT_SORT_MOVE_IN,
  PD_OCCUPANT_SORT_STATUS,
} PdOccupantSort;

typedef struct
{
  const char     *text;         /* name, phone (whole or last 4), "3栋 1201"/unit, ID number */
  gint64          building_id;  /* 0: all */
  int             role;         /* -1: all, else PdRole */
  int             status;       /* -1: all, else PdStatus */
  PdOccupantSort  sort;
  gboolean        descending;
} PdOccupantQuery;

void        pd_occupant_query_init      (PdOccupantQuery *query);

/* Runs pd_occupant_check() first; any error-level issue fails with PD_DB_ERROR_INVALID and the
 * first message. Sets the id on insert. Each call is one transaction. */
gboolean    pd_occupant_store_insert    (PdDatabase  *db,
                                         PdOccupant  *occupant,
                                         GError     **error);
gboolean    pd_occupant_store_update    (PdDatabase  *db,
                                         PdOccupant  *occupant,
                                         GError     **error);
gboolean    pd_occupant_store_delete    (PdDatabase  *db,
                                         gint64       occupant_id,
                                         GError     **error);
PdOccupant *pd_occupant_store_get       (PdDatabase  *db,
                                         gint64       occupant_id,
                                         GError     **error);
/* gint64 row ids matching the query, in its order. */
GArray     *pd_occupant_store_query_ids (PdDatabase            *db,
                                         const PdOccupantQuery *query,
                                         GError               **error);
gint64      pd_occupant_store_count     (PdDatabase  *db,
                                         GError     **error);

/* Documents in the occupant's archive (业户档案): kind is a code ("notice", "authorization",
 * "id-copy", "lease", "doc-receipt", "emergency-form", "handover-record", "other"). */
typedef struct
{
  gint64  id;
  gint64  occupant_id;
  char   *kind;
  char   *title;          /* translated title, e.g. 入驻通知书 */
  char   *received_date;  /* ISO date */
  char   *received_by;
} PdDocument;

void        pd_document_free            (PdDocument *doc);
gboolean    pd_occupant_store_add_document (PdDatabase  *db,
                                            gint64       occupant_id,
                                            const char  *kind,
                                            const char  *title,
                                            const char  *received_date,
                                            const char  *received_by,
                                            GError     **error);
/* Array of PdDocument, oldest first. */
GPtrArray  *pd_occupant_store_list_documents (PdDatabase  *db,
                                              gint64       occupant_id,
                                              GError     **error);

G_END_DECLS
