// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"

G_BEGIN_DECLS

/* The settlement sheet (维修工程结算书, A or B class) of a repair order: at most one per order.
 *
 * Each line has its quantity (thousandths), the approved unit price (审定单价), the total the
 * contractor asked before the audit (审前合计, entered) and the approved total (审定合计),
 * always computed as quantity × approved unit price, rounded half up to the fen by
 * pd_repair_line_amount(). Quota prices are tax-inclusive, so the tax-inclusive total (含税合计)
 * is the sum of the approved totals; it is also the approved total price written in capitals
 * (审定总价(大写)) and the amount the approval level is decided on.
 *
 * Approval: draft → submitted → approved or rejected. A draft or rejected sheet can be edited;
 * a submitted or approved one cannot (PD_DB_ERROR_INVALID with a sentence saying why). A
 * rejected sheet is edited and submitted again. */

#define PD_SETTLEMENT_MAX_LINES 30

typedef enum
{
  PD_SETTLEMENT_CLASS_A,  /* warranty: deducted from the contractor's quality deposit */
  PD_SETTLEMENT_CLASS_B,  /* after warranty: the company pays */
} PdSettlementClass;

typedef enum
{
  PD_APPROVAL_LEVEL_CS_MANAGER,       /* up to settlement.threshold_deputy_fen: 客服部经理 */
  PD_APPROVAL_LEVEL_DEPUTY_CHIEF,     /* above it: 副总工程师审核、副总经理批准 */
  PD_APPROVAL_LEVEL_GENERAL_MANAGER,  /* above settlement.threshold_gm_fen: 总经理 */
} PdApprovalLevel;

typedef enum
{
  PD_SETTLEMENT_STATE_DRAFT,
  PD_SETTLEMENT_STATE_SUBMITTED,
  PD_SETTLEMENT_STATE_APPROVED,
  PD_SETTLEMENT_STATE_REJECTED,
} PdSettlementState;

typedef struct
{
  gint64  id;
  int     line_no;             /* 1..n, renumbered on save */
  char   *quota_code;          /* 定额编号, may be "" */
  char   *item;                /* 工程项目名称, required */
  char   *unit;                /* 单位 */
  gint64  quantity_milli;      /* > 0 */
  gint64  unit_price_fen;      /* 审定单价, ≥ 0 */
  gint64  total_before_fen;    /* 审前合计, ≥ 0 */
  gint64  approved_total_fen;  /* 审定合计, computed on save */
  char   *remarks;
} PdSettlementLine;

typedef struct
{
  gint64             id;                 /* 0 until saved */
  gint64             repair_id;
  PdSettlementClass  klass;
  char              *settle_date;        /* "YYYY-MM-DD" */
  gint64             tax_inclusive_fen;  /* computed on save */
  PdApprovalLevel    level;              /* computed on save and on submit */
  PdSettlementState  state;
  char              *decided_by;         /* who approved or rejected; "" before */
  gint64             decided_at;         /* Unix seconds, 0 before */
  char              *supervisor;         /* 主管 */
  char              *handler;            /* 经办 */
  char              *auditor;            /* 审核部门 */
  GPtrArray         *lines;              /* PdSettlementLine */
} PdSettlement;

PdSettlement     *pd_settlement_new          (void);
void              pd_settlement_free         (PdSettlement *settlement);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdSettlement, pd_settlement_free)

/* Appends a line (owned by the settlement); the approved total is computed on save. */
PdSettlementLine *pd_settlement_add_line     (PdSettlement *settlement,
                                              const char   *quota_code,
                                              const char   *item,
                                              const char   *unit,
                                              gint64        quantity_milli,
                                              gint64        unit_price_fen,
                                              gint64        total_before_fen,
                                              const char   *remarks);
/* Sums of the lines as they are in memory (after a save or a load, the stored totals). */
gint64            pd_settlement_total_before (const PdSettlement *settlement);
gint64            pd_settlement_total_approved (const PdSettlement *settlement);

/* Level for an approved total: ≤ deputy_fen CS manager, ≤ gm_fen deputy chief, else GM. */
PdApprovalLevel   pd_settlement_level_for    (gint64        approved_fen,
                                              gint64        deputy_fen,
                                              gint64        gm_fen);

const char       *pd_settlement_class_to_code  (PdSettlementClass klass);
const char       *pd_settlement_class_to_label (PdSettlementClass klass);  /* A类 / B类 */
const char       *pd_approval_level_to_code    (PdApprovalLevel level);
const char       *pd_approval_level_to_label   (PdApprovalLevel level);
const char       *pd_settlement_state_to_code  (PdSettlementState state);
const char       *pd_settlement_state_to_label (PdSettlementState state);

/* Inserts (id 0) or updates the sheet and replaces its lines, in one transaction; computes
 * the line totals, the tax-inclusive total and the approval level from the thresholds in the
 * settings, and writes them back into @settlement. Checks: the repair order exists and has no
 * other sheet, a valid date, 1..PD_SETTLEMENT_MAX_LINES lines (an empty draft is allowed),
 * each with an item and a quantity > 0 (the message names the line). */
gboolean          pd_settlement_store_save    (PdDatabase   *db,
                                               PdSettlement *settlement,
                                               GError      **error);
/* The sheet of a repair order, or NULL without error when it has none. */
PdSettlement     *pd_settlement_store_get_for_repair (PdDatabase *db,
                                                      gint64      repair_id,
                                                      GError    **error);
PdSettlement     *pd_settlement_store_get     (PdDatabase   *db,
                                               gint64        settlement_id,
                                               GError      **error);
/* From draft or rejected, with at least one line; clears an earlier decision and sets the
 * level again from the current thresholds. */
gboolean          pd_settlement_store_submit  (PdDatabase   *db,
                                               gint64        settlement_id,
                                               GError      **error);
/* From submitted; @who is required; @at 0 means now. */
gboolean          pd_settlement_store_approve (PdDatabase   *db,
                                               gint64        settlement_id,
                                               const char   *who,
                                               gint64        at,
                                               GError      **error);
gboolean          pd_settlement_store_reject  (PdDatabase   *db,
                                               gint64        settlement_id,
                                               const char   *who,
                                               gint64        at,
                                               GError      **error);

G_END_DECLS
