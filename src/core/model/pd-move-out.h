// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib-object.h>
#include "pd-occupant.h"

G_BEGIN_DECLS

/* Days of written notice the procedure asks for before a move-out (提前十天书面通知). */
#define PD_MOVE_OUT_NOTICE_DAYS 10

/* One line of the goods release pass (货物出门证). */
typedef struct
{
  gint64  id;               /* 0 until stored */
  int     line_no;          /* 1-based 序号 */
  char   *name;             /* 物品名称 */
  int     quantity;         /* 数量, > 0 */
  char   *unit_of_measure;  /* 单位 (件, 箱, 台); may be NULL */
  char   *remarks;          /* 备注; may be NULL */
} PdGoodsItem;

#define PD_TYPE_GOODS_ITEM (pd_goods_item_get_type ())
GType        pd_goods_item_get_type (void) G_GNUC_CONST;
PdGoodsItem *pd_goods_item_new      (const char *name,
                                     int         quantity,
                                     const char *unit_of_measure,
                                     const char *remarks);
PdGoodsItem *pd_goods_item_copy     (const PdGoodsItem *item);
void         pd_goods_item_free     (PdGoodsItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdGoodsItem, pd_goods_item_free)

#define PD_TYPE_MOVE_OUT (pd_move_out_get_type ())
G_DECLARE_FINAL_TYPE (PdMoveOut, pd_move_out, PD, MOVE_OUT, GObject)

/* Properties (kebab-case of the getters): "id", "occupant-id", "unit-id" (gint64),
 * "notice-date", "move-out-date" (ISO), "fees-settled" (boolean), "fees-confirmed-by",
 * "owner-consent" (boolean), "pass-serial" (NULL until issued), "pass-issued-at" (gint64 Unix
 * seconds UTC, 0 until issued), "restoration-needed", "restoration-done",
 * "inspection-accepted" (boolean), "inspected-by", "deposit-refund-fen" (gint64),
 * "deposit-refunded", "completed" (boolean), "clerk", "recorded-at" (gint64), "notes";
 * read-only "goods-count" (guint) and "pass-issued" (boolean). */
PdMoveOut  *pd_move_out_new                     (void);

gint64      pd_move_out_get_id                  (PdMoveOut *self);
void        pd_move_out_set_id                  (PdMoveOut *self, gint64 id);
gint64      pd_move_out_get_occupant_id         (PdMoveOut *self);
void        pd_move_out_set_occupant_id         (PdMoveOut *self, gint64 id);
gint64      pd_move_out_get_unit_id             (PdMoveOut *self);
void        pd_move_out_set_unit_id             (PdMoveOut *self, gint64 id);
const char *pd_move_out_get_notice_date         (PdMoveOut *self);
void        pd_move_out_set_notice_date         (PdMoveOut *self, const char *iso);
const char *pd_move_out_get_move_out_date       (PdMoveOut *self);
void        pd_move_out_set_move_out_date       (PdMoveOut *self, const char *iso);
gboolean    pd_move_out_get_fees_settled        (PdMoveOut *self);
void        pd_move_out_set_fees_settled        (PdMoveOut *self, gboolean v);
const char *pd_move_out_get_fees_confirmed_by   (PdMoveOut *self);
void        pd_move_out_set_fees_confirmed_by   (PdMoveOut *self, const char *name);
gboolean    pd_move_out_get_owner_consent       (PdMoveOut *self);
void        pd_move_out_set_owner_consent       (PdMoveOut *self, gboolean v);
const char *pd_move_out_get_pass_serial         (PdMoveOut *self);
void        pd_move_out_set_pass_serial         (PdMoveOut *self, const char *serial);
gint64      pd_move_out_get_pass_issued_at      (PdMoveOut *self);
void        pd_move_out_set_pass_issued_at      (PdMoveOut *self, gint64 unix_utc);
gboolean    pd_move_out_get_pass_issued         (PdMoveOut *self);
gboolean    pd_move_out_get_restoration_needed  (PdMoveOut *self);
void        pd_move_out_set_restoration_needed  (PdMoveOut *self, gboolean v);
gboolean    pd_move_out_get_restoration_done    (PdMoveOut *self);
void        pd_move_out_set_restoration_done    (PdMoveOut *self, gboolean v);
gboolean    pd_move_out_get_inspection_accepted (PdMoveOut *self);
void        pd_move_out_set_inspection_accepted (PdMoveOut *self, gboolean v);
const char *pd_move_out_get_inspected_by        (PdMoveOut *self);
void        pd_move_out_set_inspected_by        (PdMoveOut *self, const char *name);
gint64      pd_move_out_get_deposit_refund_fen  (PdMoveOut *self);
void        pd_move_out_set_deposit_refund_fen  (PdMoveOut *self, gint64 fen);
gboolean    pd_move_out_get_deposit_refunded    (PdMoveOut *self);
void        pd_move_out_set_deposit_refunded    (PdMoveOut *self, gboolean v);
gboolean    pd_move_out_get_completed           (PdMoveOut *self);
void        pd_move_out_set_completed           (PdMoveOut *self, gboolean v);
const char *pd_move_out_get_clerk               (PdMoveOut *self);
void        pd_move_out_set_clerk               (PdMoveOut *self, const char *name);
gint64      pd_move_out_get_recorded_at         (PdMoveOut *self);
void        pd_move_out_set_recorded_at         (PdMoveOut *self, gint64 unix_utc);
const char *pd_move_out_get_notes               (PdMoveOut *self);
void        pd_move_out_set_notes               (PdMoveOut *self, const char *v);

/* Goods lines in order; owned by the move-out. Adding and removing renumber line_no 1..n. */
GPtrArray   *pd_move_out_get_goods              (PdMoveOut *self);
PdGoodsItem *pd_move_out_add_goods              (PdMoveOut  *self,
                                                 const char *name,
                                                 int         quantity,
                                                 const char *unit_of_measure,
                                                 const char *remarks);
void         pd_move_out_remove_goods           (PdMoveOut *self, guint index);
void         pd_move_out_clear_goods            (PdMoveOut *self);
/* Sum of the quantities, for the 合计 line of the pass. */
gint64       pd_move_out_total_quantity         (PdMoveOut *self);

/* Translated warning when the notice comes less than PD_MOVE_OUT_NOTICE_DAYS days before the
 * move-out date; NULL when the notice is long enough or either date is missing or malformed
 * (those are errors for pd_move_out_check, not warnings). */
char        *pd_move_out_notice_warning         (const char *notice_iso,
                                                 const char *move_out_iso);

/* Rules checked before every save: both dates valid and the move-out not before the notice
 * (the short-notice case is a warning issue), fees settled only with the name of who confirmed
 * it, refund not negative, clerk named, every goods line named with a quantity above zero.
 * Array of PdFieldIssue (field = property name, or "goods"). */
GPtrArray   *pd_move_out_check                  (PdMoveOut *self);

G_END_DECLS
