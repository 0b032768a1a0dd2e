// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-repair-store.h"
#include "pd-repair-settings.h"
#include "pd-store-private.h"
#include "pd-callback-store.h"

G_BEGIN_DECLS

/* SQL forms of pd_repair_onsite_due() and pd_repair_completion_due() over a repairs row aliased
 * "r", for filters, sorts and statistics that must not build objects. They take the named
 * parameters bound by _pd_repair_bind_times(): :onsite_s, :urgent_s, :cutoff_s, :general_days
 * and :tz_off (seconds east of UTC; a fixed offset, right for zones without DST such as
 * Asia/Shanghai). NULL when there is no clock. */
#define PD_REPAIR_SQL_START "max(r.reported_at, coalesce(r.appointment_at, 0))"
#define PD_REPAIR_SQL_DAY0 "(((" PD_REPAIR_SQL_START " + :tz_off) / 86400) * 86400 - :tz_off)"
#define PD_REPAIR_SQL_ONSITE_DUE                                                              \
  "(CASE WHEN r.dispatched_at IS NULL THEN NULL ELSE "                                      \
  "max(coalesce(r.accepted_at, r.dispatched_at), coalesce(r.appointment_at, 0)) + :onsite_s " \
  "END)"
#define PD_REPAIR_SQL_COMPLETION_DUE                                                          \
  "(CASE r.urgency WHEN 'urgent' THEN " PD_REPAIR_SQL_START " + :urgent_s "                 \
  "WHEN 'small' THEN " PD_REPAIR_SQL_DAY0 " + 86400 + (CASE WHEN (" PD_REPAIR_SQL_START     \
  " + :tz_off) % 86400 >= :cutoff_s THEN 86400 ELSE 0 END) "                                 \
  "ELSE " PD_REPAIR_SQL_DAY0 " + (1 + :general_days) * 86400 END)"
/* The earliest due time of the clocks still running on an open order (the on-site clock until
 * arrival, the completion clock until completion); NULL on a closed order. */
#define PD_REPAIR_SQL_NEXT_DUE                                                                \
  "(CASE WHEN r.state IN ('new', 'dispatched', 'accepted', 'on_site') THEN "                \
  "(CASE WHEN r.arrived_at IS NULL AND r.dispatched_at IS NOT NULL THEN min("               \
  PD_REPAIR_SQL_ONSITE_DUE ", " PD_REPAIR_SQL_COMPLETION_DUE ") ELSE "                       \
  PD_REPAIR_SQL_COMPLETION_DUE " END) END)"

/* Binds the parameters above that the statement uses (unused names are skipped). */
void      _pd_repair_bind_times  (PdStmt              *stmt,
                                  const PdRepairTimes *times,
                                  int                  tz_off);

/* Columns every repair query selects, in the order _pd_repair_from_row() reads them. */
#define PD_REPAIR_COLUMNS                                                                    \
  "r.id, r.serial, r.channel, r.unit_id, r.occupant_id, r.public_area, r.location, "        \
  "r.reporter, r.reporter_phone, r.category_id, r.description, r.urgency, r.class, "         \
  "r.source, r.appointment_at, r.reported_at, r.clerk, r.state, r.department_id, "          \
  "r.assignee_id, r.dispatcher, r.dispatched_at, r.accepted_at, r.arrived_at, "             \
  "r.completed_at, r.quote_accepted_at, r.quote_accepted_by, r.work_done, r.materials, "    \
  "r.result, r.occupant_confirmed, r.rating_quality, r.rating_attitude, r.callback_needed, " \
  "r.reopened_count, r.parent_id, r.move_in_defect_id, r.cancel_reason, r.updated_at, "     \
  "c.name, c.onsite_callback, e.name, b.name, u.number, o.name, s.name, d.name"
#define PD_REPAIR_FROM                                                                        \
  " FROM repairs r JOIN repair_categories c ON c.id = r.category_id "                        \
  "LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN buildings b ON b.id = u.building_id "     \
  "LEFT JOIN estates e ON e.id = b.estate_id LEFT JOIN occupants o ON o.id = r.occupant_id " \
  "LEFT JOIN staff s ON s.id = r.assignee_id LEFT JOIN departments d ON d.id = r.department_id "

PdRepair *_pd_repair_from_row    (PdStmt *stmt);

/* Sets a PD_DB_ERROR with a formatted sentence; returns FALSE. */
gboolean  _pd_db_refuse          (GError     **error,
                                  PdDbError    code,
                                  const char  *format,
                                  ...) G_GNUC_PRINTF (3, 4);
/* Sets a PD_REPAIR_ERROR with a formatted sentence; returns FALSE. */
gboolean  _pd_repair_refuse      (GError           **error,
                                  PdRepairErrorCode  code,
                                  const char        *format,
                                  ...) G_GNUC_PRINTF (3, 4);
/* Steps a statement that changes one row; PD_DB_ERROR_NOT_FOUND with not_found when none did. */
gboolean  _pd_step_changed       (PdDatabase  *db,
                                  PdStmt      *stmt,
                                  const char  *not_found,
                                  GError     **error);

/* Inserts a repair row with a fresh serial inside the caller's transaction (no checks beyond
 * the schema's); sets id, serial and state on success. */
gboolean  _pd_repair_insert      (PdDatabase  *db,
                                  PdRepair    *repair,
                                  GError     **error);

/* What the steps of an order look at, read in one query. */
typedef struct
{
  PdRepairFacts facts;        /* facts.serial points into serial */
  char          serial[32];
  gint64        reported_at;
  gint64        appointment_at;
  gint64        dispatched_at;
  gint64        accepted_at;
  gint64        arrived_at;
  gint64        completed_at;
  gint64        occupant_id;
  gint64        category_id;
  gint64        department_id;
  int           reopened_count;
  gboolean      onsite_callback;  /* of its category */
} PdRepairRow;

gboolean  _pd_repair_load_row    (PdDatabase   *db,
                                  gint64        repair_id,
                                  PdRepairRow  *out,
                                  GError      **error);
/* "2026-03-05 14:20" in local time, for messages. */
char     *_pd_format_time        (gint64 t);
/* The order's charge total becomes (or updates, while unbilled) its pending charge when it has
 * lines and an occupant. Inside the caller's transaction. */
gboolean  _pd_repair_post_charge (PdDatabase  *db,
                                  gint64       repair_id,
                                  gint64       at,
                                  GError     **error);
gint64    _pd_now                (void);

/* The callback behaviour of repair orders (pd-callback-repair.c). */
const PdCallbackSubjectClass *_pd_callback_repair_class (void);

G_END_DECLS
