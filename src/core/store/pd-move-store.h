// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-move-in.h"
#include "pd-move-out.h"

G_BEGIN_DECLS

/* Series of the goods release pass numbers: CM2026-0001, one numbering per year. */
#define PD_GOODS_PASS_SERIES "CM"

/* Records a move-in in one transaction: the move-in and its defect lines; the occupant's
 * move-in date becomes the notice date and the status active; each document or form received
 * goes into the occupant's archive (业户档案). Runs pd_move_in_check() first: an error-level issue
 * fails with PD_DB_ERROR_INVALID and its message. Refuses a second move-in of the same occupant
 * and an occupant who has moved out. Fills unit-id (from the occupant) and recorded-at (now)
 * when they are 0; sets the ids on success, nothing changes on failure. */
gboolean    pd_move_store_record_move_in     (PdDatabase  *db,
                                              PdMoveIn    *move_in,
                                              GError     **error);

/* Inserts (id 0) or updates a move-out with its goods lines. Runs pd_move_out_check(); refuses
 * a refund above the deposit paid at move-in, a second open move-out of the occupant, changes to
 * a completed move-out, and changes to the fees, consent or goods once the pass is issued. */
gboolean    pd_move_store_save_move_out      (PdDatabase  *db,
                                              PdMoveOut   *move_out,
                                              GError     **error);

/* Saves the move-out and issues its goods release pass in one transaction: only when the fees
 * are settled and confirmed by a named person, the owner consented (tenants only: an owner
 * consents by moving out), and the goods list has a line. Assigns the next serial of the
 * year and sets pass-serial and pass-issued-at. A number once issued is never given again; a
 * refused issue consumes none. */
gboolean    pd_move_store_issue_pass         (PdDatabase  *db,
                                              PdMoveOut   *move_out,
                                              GError     **error);

/* Saves and completes the move-out: only when the fees are settled, the owner consented
 * (tenants), the inspection is accepted and, if restoration was needed, it is noted done.
 * The occupant becomes moved out on the move-out date; a refund above 0 is recorded as paid. */
gboolean    pd_move_store_complete_move_out  (PdDatabase  *db,
                                              PdMoveOut   *move_out,
                                              GError     **error);

PdMoveIn   *pd_move_store_get_move_in        (PdDatabase  *db,
                                              gint64       move_in_id,
                                              GError     **error);
PdMoveOut  *pd_move_store_get_move_out       (PdDatabase  *db,
                                              gint64       move_out_id,
                                              GError     **error);
/* The move-out in progress (not completed) of an occupant, or NULL without error. */
PdMoveOut  *pd_move_store_find_open_move_out (PdDatabase  *db,
                                              gint64       occupant_id,
                                              GError     **error);
/* Sum of the deposits recorded as paid at the occupant's move-in: the most that can be
 * refunded. */
gboolean    pd_move_store_get_deposit_paid   (PdDatabase  *db,
                                              gint64       occupant_id,
                                              gint64      *out_fen,
                                              GError     **error);

/* PdMoveIn and PdMoveOut objects (as GObject *) of an occupant, oldest first by their date
 * (move-in notice date, move-out notice date), for the archive view. */
GPtrArray  *pd_move_store_list_for_occupant  (PdDatabase  *db,
                                              gint64       occupant_id,
                                              GError     **error);

/* Who and where, as printed at the head of the goods release pass. */
typedef struct
{
  char    *estate_name;
  char    *building_name;
  char    *unit_number;
  char    *occupant_name;
  PdRole   role;
} PdMovePlace;

void         pd_move_place_free              (PdMovePlace *place);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdMovePlace, pd_move_place_free)
PdMovePlace *pd_move_store_get_place         (PdDatabase  *db,
                                              PdMoveOut   *move_out,
                                              GError     **error);

G_END_DECLS
