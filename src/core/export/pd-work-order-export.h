// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-repair.h"

G_BEGIN_DECLS

/* Blank ruled charge lines a paid order's form always has, so late items can be written in. */
#define PD_WORK_ORDER_MIN_CHARGE_LINES 4

/* Everything the work order form (工程派工单) shows, read once and shared by the .xlsx export
 * and the printed page. */
typedef struct
{
  PdRepair  *repair;
  GPtrArray *charges;          /* PdRepairCharge, by line number; empty unless paid */
  gint64     total_fen;        /* sum of the charges */
  char      *total_capitals;   /* 大写, with 人民币 when the setting says so */
  char      *customer;         /* the occupant, else the reporter */
  char      *phone;            /* the reporter's phone, masked unless asked for in full */
  char      *unit_label;       /* "3栋 1201" or the public-area location */
  char      *estate;           /* the unit's estate; for a public area the only estate, if one */
  char      *title;            /* "工程派工单" */
} PdWorkOrderForm;

/* Fails with PD_DB_ERROR_NOT_FOUND when there is no such order. */
PdWorkOrderForm *pd_work_order_form_load  (PdDatabase      *db,
                                           gint64           repair_id,
                                           gboolean         full_phone,
                                           GError         **error);
void             pd_work_order_form_free  (PdWorkOrderForm *form);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdWorkOrderForm, pd_work_order_form_free)

/* Writes the work order as one A4 portrait page: title, class and source tick boxes (☑/☐),
 * serial, estate, unit, customer, repair content, time filled, handled by, issued by, the
 * repair team's receipt, the time received, the repair result with the team leader's
 * self-check and the completion time, the acceptance checks of customer service, the customer
 * and the property office (each dated), and for a paid order its charge lines and total in
 * capitals. */
gboolean pd_work_order_export_xlsx         (PdDatabase  *db,
                                            gint64       repair_id,
                                            gboolean     full_phone,
                                            const char  *path,
                                            GError     **error);
/* "工程派工单-BX2026-000123.xlsx" */
char    *pd_work_order_export_default_name (PdRepair    *repair);

/* Shared by the repair forms: "2026-03-14 15:07" local time, "" for 0. */
char    *pd_repair_form_format_time        (gint64       unix_utc);
/* "2026-03-14" local date, "" for 0. */
char    *pd_repair_form_format_date        (gint64       unix_utc);
/* The estate of the order's unit; an order in a public area has no unit, so the estate when
 * the database has only one, else "". */
char    *pd_repair_form_estate             (PdDatabase  *db,
                                            PdRepair    *repair);
/* "☑ 物业处  ☐ 客户  ☐ 经营部": one box per label, ticked at index @ticked (-1: none). */
char    *pd_repair_form_tick_boxes         (const char * const *labels,
                                            int                 ticked);

G_END_DECLS
