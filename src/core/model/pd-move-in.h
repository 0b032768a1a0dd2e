// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib-object.h>
#include "pd-occupant.h"

G_BEGIN_DECLS

/* A defect found when the unit was inspected with the occupant (验房). A later repairs feature
 * turns each line into a warranty order and fills repair_id. */
typedef struct
{
  gint64  id;           /* 0 until stored */
  int     line_no;      /* 1-based, as written on the handover record */
  char   *location;     /* e.g. 主卧, 厨房; may be NULL */
  char   *description;
  gint64  repair_id;    /* 0: no work order yet */
} PdDefect;

#define PD_TYPE_DEFECT (pd_defect_get_type ())
GType     pd_defect_get_type (void) G_GNUC_CONST;
PdDefect *pd_defect_new      (const char *location,
                              const char *description);
PdDefect *pd_defect_copy     (const PdDefect *defect);
void      pd_defect_free     (PdDefect *defect);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdDefect, pd_defect_free)

#define PD_TYPE_MOVE_IN (pd_move_in_get_type ())
G_DECLARE_FINAL_TYPE (PdMoveIn, pd_move_in, PD, MOVE_IN, GObject)

/* Properties (kebab-case of the getters): "id", "occupant-id", "unit-id" (gint64),
 * "notice-date", "fee-start-date" (ISO "YYYY-MM-DD"), the checklist booleans "doc-notice",
 * "doc-authorization", "doc-id-copy", "doc-lease", "form-receipt", "form-emergency",
 * "form-handover", "meter-reading" (text, e.g. "1234.5"), "deposit-fen" (gint64),
 * "deposit-paid" (boolean), "keys-count" (int), "clerk", "recorded-at" (gint64 Unix seconds
 * UTC), "notes"; read-only "defect-count" (guint). */
PdMoveIn   *pd_move_in_new                   (void);

gint64      pd_move_in_get_id                (PdMoveIn *self);
void        pd_move_in_set_id                (PdMoveIn *self, gint64 id);
gint64      pd_move_in_get_occupant_id       (PdMoveIn *self);
void        pd_move_in_set_occupant_id       (PdMoveIn *self, gint64 id);
gint64      pd_move_in_get_unit_id           (PdMoveIn *self);
void        pd_move_in_set_unit_id           (PdMoveIn *self, gint64 id);
const char *pd_move_in_get_notice_date       (PdMoveIn *self);
void        pd_move_in_set_notice_date       (PdMoveIn *self, const char *iso);
const char *pd_move_in_get_fee_start_date    (PdMoveIn *self);
void        pd_move_in_set_fee_start_date    (PdMoveIn *self, const char *iso);
gboolean    pd_move_in_get_doc_notice        (PdMoveIn *self);
void        pd_move_in_set_doc_notice        (PdMoveIn *self, gboolean v);
gboolean    pd_move_in_get_doc_authorization (PdMoveIn *self);
void        pd_move_in_set_doc_authorization (PdMoveIn *self, gboolean v);
gboolean    pd_move_in_get_doc_id_copy       (PdMoveIn *self);
void        pd_move_in_set_doc_id_copy       (PdMoveIn *self, gboolean v);
gboolean    pd_move_in_get_doc_lease         (PdMoveIn *self);
void        pd_move_in_set_doc_lease         (PdMoveIn *self, gboolean v);
gboolean    pd_move_in_get_form_receipt      (PdMoveIn *self);
void        pd_move_in_set_form_receipt      (PdMoveIn *self, gboolean v);
gboolean    pd_move_in_get_form_emergency    (PdMoveIn *self);
void        pd_move_in_set_form_emergency    (PdMoveIn *self, gboolean v);
gboolean    pd_move_in_get_form_handover     (PdMoveIn *self);
void        pd_move_in_set_form_handover     (PdMoveIn *self, gboolean v);
const char *pd_move_in_get_meter_reading     (PdMoveIn *self);
void        pd_move_in_set_meter_reading     (PdMoveIn *self, const char *text);
gint64      pd_move_in_get_deposit_fen       (PdMoveIn *self);
void        pd_move_in_set_deposit_fen       (PdMoveIn *self, gint64 fen);
gboolean    pd_move_in_get_deposit_paid      (PdMoveIn *self);
void        pd_move_in_set_deposit_paid      (PdMoveIn *self, gboolean v);
int         pd_move_in_get_keys_count        (PdMoveIn *self);
void        pd_move_in_set_keys_count        (PdMoveIn *self, int count);
const char *pd_move_in_get_clerk             (PdMoveIn *self);
void        pd_move_in_set_clerk             (PdMoveIn *self, const char *name);
gint64      pd_move_in_get_recorded_at       (PdMoveIn *self);
void        pd_move_in_set_recorded_at       (PdMoveIn *self, gint64 unix_utc);
const char *pd_move_in_get_notes             (PdMoveIn *self);
void        pd_move_in_set_notes             (PdMoveIn *self, const char *v);

/* Defect lines in order; the array and its PdDefect belong to the move-in. Adding renumbers
 * line_no 1..n so that removing a row in an editor never leaves gaps. */
GPtrArray  *pd_move_in_get_defects           (PdMoveIn *self);
PdDefect   *pd_move_in_add_defect            (PdMoveIn   *self,
                                              const char *location,
                                              const char *description);
void        pd_move_in_remove_defect         (PdMoveIn *self, guint index);
void        pd_move_in_clear_defects         (PdMoveIn *self);

/* How many of the 7 documents and forms of the checklist were received. */
guint       pd_move_in_count_documents       (PdMoveIn *self);

/* Rules: notice and fee start dates valid and fee start not before the notice date (fees run
 * from the move-in notice), meter reading a non-negative number, deposit and key count not
 * negative, clerk named, each defect described.
 * Array of PdFieldIssue (field = property name, or "defects" with the line in the message). */
GPtrArray  *pd_move_in_check                 (PdMoveIn *self);

/* Meter reading rule on its own, for inline validation: digits with at most one decimal point,
 * not negative. Returns FALSE with PD_RULE_ERROR set otherwise. */
gboolean    pd_meter_reading_validate        (const char  *text,
                                              GError     **error);

G_END_DECLS
