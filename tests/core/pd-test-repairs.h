// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/* Repair orders for the tests of the repair forms, written straight into the table so that the
 * forms' tests do not depend on the intake rules. */

#include <glib.h>

#include "pd-database.h"

typedef struct
{
  const char *serial;
  gint64      unit_id;          /* 0: a public area */
  gint64      occupant_id;
  const char *category;         /* name of a seeded category, "给排水" when NULL */
  const char *urgency;          /* "urgent", "small", "general" */
  const char *klass;            /* "A", "B", "paid" */
  const char *state;            /* "new" when NULL */
  gint64      reported_at;
  gint64      dispatched_at;
  gint64      accepted_at;
  gint64      arrived_at;
  gint64      completed_at;
  int         rating_quality;
  int         rating_attitude;
} PdTestRepair;

static inline gint64
pd_test_local_time (int year,
                    int month,
                    int day,
                    int hour,
                    int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (year, month, day, hour, minute, 0);
  return g_date_time_to_unix (dt);
}

static inline gint64
pd_test_insert_repair (PdDatabase         *db,
                       const PdTestRepair *r)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = NULL;

  stmt = pd_database_prepare (db,
                              "INSERT INTO repairs (serial, channel, unit_id, occupant_id,"
                              " public_area, location, reporter, reporter_phone, category_id,"
                              " description, urgency, class, state, reported_at, dispatched_at,"
                              " accepted_at, arrived_at, completed_at, rating_quality,"
                              " rating_attitude, clerk, dispatcher, department_id)"
                              " VALUES (?1, 'phone', ?2, ?3, ?4, ?5, '李女士', '13812345678',"
                              " (SELECT id FROM repair_categories WHERE name = ?6), '厨房水龙头漏水',"
                              " ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, '陈静', '刘工',"
                              " (SELECT id FROM departments WHERE code = 'engineering'))",
                              &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, r->serial, -1, SQLITE_TRANSIENT);
  if (r->unit_id > 0)
    sqlite3_bind_int64 (stmt, 2, r->unit_id);
  if (r->occupant_id > 0)
    sqlite3_bind_int64 (stmt, 3, r->occupant_id);
  sqlite3_bind_int (stmt, 4, r->unit_id > 0 ? 0 : 1);
  sqlite3_bind_text (stmt, 5, r->unit_id > 0 ? "" : "1栋大堂", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, r->category ? r->category : "给排水", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, r->urgency ? r->urgency : "general", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, r->klass ? r->klass : "B", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, r->state ? r->state : "new", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 10, r->reported_at);
#define BIND_TIME(i, v) if ((v) > 0) sqlite3_bind_int64 (stmt, (i), (v))
  BIND_TIME (11, r->dispatched_at);
  BIND_TIME (12, r->accepted_at);
  BIND_TIME (13, r->arrived_at);
  BIND_TIME (14, r->completed_at);
#undef BIND_TIME
  if (r->rating_quality > 0)
    sqlite3_bind_int (stmt, 15, r->rating_quality);
  if (r->rating_attitude > 0)
    sqlite3_bind_int (stmt, 16, r->rating_attitude);
  g_assert_true (pd_database_step_done (db, stmt, &error));
  g_assert_no_error (error);
  return pd_database_last_insert_id (db);
}

/* A plain new order reported at @reported_at in a public area. */
static inline gint64
pd_test_simple_repair (PdDatabase *db,
                       const char *serial,
                       gint64      reported_at)
{
  PdTestRepair r = { .serial = serial, .reported_at = reported_at };
  return pd_test_insert_repair (db, &r);
}
