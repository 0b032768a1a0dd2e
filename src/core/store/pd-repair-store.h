// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-repair.h"
#include "pd-repair-rules.h"

G_BEGIN_DECLS

/* Repair orders: intake, dispatch, paid work and completion. Each call is one transaction and
 * changes nothing when it fails. Refusals of the rules come as PD_REPAIR_ERROR (state machine,
 * quote, approval, times, fields), a missing order as PD_DB_ERROR_NOT_FOUND, database trouble as
 * other PD_DB_ERRORs; every message is a translated sentence naming the order and the value.
 * A time argument of 0 means "now". */

/* Serials "BX2026-000123": series "BX", one numbering per year of the report (local time). */
#define PD_REPAIR_SERIES "BX"

/* Intake (接修). Reads the intake properties of repair: channel, unit-id, occupant-id,
 * public-area, location, reporter, reporter-phone, category-id, description, urgency,
 * repair-class, source, appointment-at, reported-at (0: now), clerk. Checks: reporter and
 * description given, category exists and is active, a unit unless public-area (the occupant's
 * unit when only the occupant is given; an occupant must live in the unit), a valid phone when
 * given (stored normalized), an appointment not before the report. Assigns the serial in the
 * same transaction (a failed or rolled-back intake may consume a number, a number is never
 * given twice); on success sets id, serial, state (new) and reloads the display properties. */
gboolean    pd_repair_store_create          (PdDatabase  *db,
                                             PdRepair    *repair,
                                             GError     **error);
/* Writes the intake properties above (not the serial, state or steps) of an open order, with
 * the same checks. */
gboolean    pd_repair_store_update_intake   (PdDatabase  *db,
                                             PdRepair    *repair,
                                             GError     **error);
PdRepair   *pd_repair_store_get             (PdDatabase  *db,
                                             gint64       repair_id,
                                             GError     **error);
PdRepair   *pd_repair_store_get_by_serial   (PdDatabase  *db,
                                             const char  *serial,
                                             GError     **error);

/* Dispatch (派工) to a department and optionally a worker of it (assignee_id 0: the
 * department's team as a whole). From new, or again from dispatched/accepted to re-assign
 * (which clears the acceptance). dispatcher is the name written on the order. */
gboolean    pd_repair_store_dispatch        (PdDatabase  *db,
                                             gint64       repair_id,
                                             gint64       department_id,
                                             gint64       assignee_id,
                                             const char  *dispatcher,
                                             gint64       at,
                                             GError     **error);
/* The worker took the order (接单): from dispatched; not before the dispatch time. */
gboolean    pd_repair_store_accept          (PdDatabase  *db,
                                             gint64       repair_id,
                                             gint64       at,
                                             GError     **error);
/* Arrived on site: from dispatched or accepted; not before the dispatch/acceptance. */
gboolean    pd_repair_store_arrive          (PdDatabase  *db,
                                             gint64       repair_id,
                                             gint64       at,
                                             GError     **error);

typedef struct
{
  const char *work_done;           /* required */
  const char *materials;
  const char *result;
  gboolean    occupant_confirmed;  /* the occupant signed */
  int         rating_quality;      /* 1..5, 0: not given */
  int         rating_attitude;     /* 1..5, 0: not given */
  gint64      completed_at;        /* 0: now */
} PdRepairCompletion;

/* Completion: from dispatched, accepted or on_site; not before the last recorded step. A paid
 * order needs its quote accepted. When the order has charge lines and an occupant, its total
 * becomes a pending charge on the occupant's account (source "repair", one per order: a
 * completion after a reopen updates it while it is unbilled) in the same transaction. */
gboolean    pd_repair_store_complete        (PdDatabase               *db,
                                             gint64                    repair_id,
                                             const PdRepairCompletion *completion,
                                             GError                  **error);
/* From new or dispatched; the reason is required. */
gboolean    pd_repair_store_cancel          (PdDatabase  *db,
                                             gint64       repair_id,
                                             const char  *reason,
                                             GError     **error);

/* Charge lines of a paid order (有偿维修). */
typedef struct
{
  gint64    id;
  gint64    repair_id;
  int       line_no;         /* 1..n, renumbered when a line is removed */
  gint64    price_item_id;   /* 0: priced by hand */
  char     *item;
  char     *unit;
  gint64    quantity_milli;
  gint64    unit_price_fen;
  gint64    amount_fen;
  gboolean  manual;
  char     *approved_by;     /* "" until a supervisor approves a manual line */
  gint64    approved_at;
} PdRepairCharge;

void        pd_repair_charge_free           (PdRepairCharge *charge);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdRepairCharge, pd_repair_charge_free)

/* Any change to the lines withdraws an accepted quote: the occupant must accept the new
 * total. Lines are only on paid orders, before completion. Return the new line id, 0 on
 * error. The price item must be active; quantity in thousandths (> 0). */
gint64      pd_repair_store_add_charge_item   (PdDatabase  *db,
                                               gint64       repair_id,
                                               gint64       price_item_id,
                                               gint64       quantity_milli,
                                               GError     **error);
/* An item outside the price list, priced by hand: needs a supervisor's approval. */
gint64      pd_repair_store_add_charge_manual (PdDatabase  *db,
                                               gint64       repair_id,
                                               const char  *item,
                                               const char  *unit,
                                               gint64       quantity_milli,
                                               gint64       unit_price_fen,
                                               GError     **error);
gboolean    pd_repair_store_approve_charge    (PdDatabase  *db,
                                               gint64       charge_id,
                                               const char  *supervisor,
                                               gint64       at,
                                               GError     **error);
gboolean    pd_repair_store_remove_charge     (PdDatabase  *db,
                                               gint64       charge_id,
                                               GError     **error);
/* Array of PdRepairCharge by line number. */
GPtrArray  *pd_repair_store_list_charges      (PdDatabase  *db,
                                               gint64       repair_id,
                                               GError     **error);
gboolean    pd_repair_store_charges_total     (PdDatabase  *db,
                                               gint64       repair_id,
                                               gint64      *out_fen,
                                               GError     **error);
/* The occupant accepted the quote (by: who signed or agreed on the phone). Needs a paid order,
 * at least one line and every manual line approved. */
gboolean    pd_repair_store_accept_quote      (PdDatabase  *db,
                                               gint64       repair_id,
                                               const char  *by,
                                               gint64       at,
                                               GError     **error);
/* The facts the rules look at, read from the database (out->serial is NULL: the caller has
 * the order's serial). */
gboolean    pd_repair_store_get_facts         (PdDatabase    *db,
                                               gint64         repair_id,
                                               PdRepairFacts *out,
                                               GError       **error);

/* Every defect line of the move-in without an order becomes a class A (warranty) order in one
 * transaction: category guessed from the words (给排水 for 水/漏/管..., 电气, 门窗, 空调),
 * else 其他; urgency general; source property office; channel written; reporter the occupant.
 * Sets move_in_defects.repair_id. Returns how many orders were made (0 when none were left),
 * -1 on error. */
int         pd_repair_store_create_from_defects (PdDatabase  *db,
                                                 gint64       move_in_id,
                                                 const char  *clerk,
                                                 GError     **error);

/* Queries for the list. */
typedef enum
{
  PD_REPAIR_FILTER_OPEN,               /* new, dispatched, accepted, on site */
  PD_REPAIR_FILTER_OVERDUE,            /* open and an on-site or completion clock past due */
  PD_REPAIR_FILTER_AWAITING_CALLBACK,  /* completed, not yet called back */
  PD_REPAIR_FILTER_COMPLETED,          /* completed or called back */
  PD_REPAIR_FILTER_CANCELLED,
  PD_REPAIR_FILTER_ALL,
} PdRepairFilter;

typedef enum
{
  /* Open orders past a due time first, latest first by how late; then the other open orders
   * by their next due time; then the closed ones, newest report first. */
  PD_REPAIR_SORT_OVERDUE_FIRST,
  PD_REPAIR_SORT_REPORTED,  /* newest report first */
  PD_REPAIR_SORT_SERIAL,
} PdRepairSort;

typedef struct
{
  const char      *text;           /* serial, reporter, phone, "3栋 1201", description part */
  PdRepairFilter   filter;
  gint64           category_id;    /* 0: all */
  int              urgency;        /* -1: all, else PdRepairUrgency */
  gint64           reported_from;  /* [from, to) Unix seconds, 0: open-ended */
  gint64           reported_to;
  PdRepairSort     sort;
  gint64           now;            /* for overdue; 0: the current time */
  gboolean         reverse;        /* oldest first for REPORTED, descending for SERIAL */
} PdRepairQuery;

void        pd_repair_query_init            (PdRepairQuery *query);
/* gint64 ids in the query's order. Due times are computed in SQL from the settings. */
GArray     *pd_repair_store_query_ids       (PdDatabase          *db,
                                             const PdRepairQuery *query,
                                             GError             **error);
/* Open orders with a clock past due at now (0: the current time), for the tab badge; -1 on
 * error. */
gint64      pd_repair_store_count_overdue   (PdDatabase  *db,
                                             gint64       now,
                                             GError     **error);

G_END_DECLS
