// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-move-store.h"

G_BEGIN_DECLS

/* Shared by pd-move-store.c (move-ins, reading) and pd-move-store-out.c (move-out changes). */

typedef struct
{
  gint64   unit_id;
  PdRole   role;
  PdKind   kind;
  PdStatus status;
  char    *name;
  char    *move_out_date;
} PdOccupantState;

void      _pd_occupant_state_clear      (PdOccupantState *state);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PdOccupantState, _pd_occupant_state_clear)

gboolean  _pd_move_load_occupant_state  (PdDatabase      *db,
                                         gint64           occupant_id,
                                         PdOccupantState *state,
                                         GError         **error);
/* The first error-level PdFieldIssue as PD_DB_ERROR_INVALID. */
gboolean  _pd_move_fail_on_issues       (GPtrArray       *issues,
                                         GError         **error);
/* First column of the first row of a query with one int64 parameter; -1 on error. */
gint64    _pd_move_query_int            (PdDatabase      *db,
                                         const char      *sql,
                                         gint64           key,
                                         GError         **error);
gint64    _pd_move_now_unix             (void);

G_END_DECLS
