// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-repair.h"
#include "pd-settlement-store.h"

G_BEGIN_DECLS

/* Ruled lines a printed settlement sheet always has, like the paper form (which has 21). */
#define PD_SETTLEMENT_FORM_MIN_LINES 20

/* Everything the settlement sheet (维修工程结算书) shows, shared by export and print. */
typedef struct
{
  PdSettlement *settlement;
  PdRepair     *repair;
  char         *title;              /* "维修工程结算书（A类）" */
  char         *customer;           /* the occupant, else the reporter */
  char         *unit_label;
  char         *estate;             /* see pd_repair_form_estate() */
  char         *approved_capitals;  /* 审定总价(大写) */
  char         *decision;           /* "已批准 张三 2026-03-20", or the state alone */
} PdSettlementForm;

/* The sheet of a repair order. PD_DB_ERROR_NOT_FOUND when the order does not exist,
 * PD_DB_ERROR_INVALID (naming the order) when it has no settlement sheet. */
PdSettlementForm *pd_settlement_form_load (PdDatabase       *db,
                                           gint64            repair_id,
                                           GError          **error);
void              pd_settlement_form_free (PdSettlementForm *form);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdSettlementForm, pd_settlement_form_free)

/* One A4 portrait page: title with the class, date, customer, estate, unit, the line table
 * (序号, 定额编号, 工程项目名称, 单位, 数量, 审定单价, 审前合计, 审定合计, 备注), 含税合计,
 * 审定总价(大写), the approval level and state, and the signatures 主管 / 经办 / 审核部门签章. */
gboolean pd_settlement_export_xlsx         (PdDatabase  *db,
                                            gint64       repair_id,
                                            const char  *path,
                                            GError     **error);
/* "维修工程结算书-BX2026-000123.xlsx" */
char    *pd_settlement_export_default_name (PdRepair    *repair);

G_END_DECLS
