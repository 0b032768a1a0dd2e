// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/* Complaints for the tests: registered through the store, or written straight into the table
 * with chosen times for the statistics. */

#include <glib.h>

#include "pd-complaint-store.h"
#include "pd-complaint-settings.h"
#include "pd-contact-store.h"
#include "pd-test-util.h"

static inline gint64
pd_test_time (int year,
              int month,
              int day,
              int hour,
              int minute,
              int second)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (year, month, day, hour, minute, second);
  return g_date_time_to_unix (dt);
}

static inline gint64
pd_test_category (PdDatabase *db,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdComplaintCategory) c = pd_complaint_settings_find_category (db, name, &error);

  g_assert_no_error (error);
  if (c == NULL)
    g_error ("No complaint category %s", name);
  return c->id;
}

static inline gint64
pd_test_department (PdDatabase *db,
                    const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, "SELECT id FROM departments WHERE code = ?1",
                                                &error);

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* A complaint registered through the store: category by name, four clear confirmed. */
static inline gint64
pd_test_register_complaint (PdDatabase *db,
                            const char *category,
                            gint64      unit_id,
                            gint64      received_at,
                            gboolean    serious)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdComplaint) c = pd_complaint_new ();

  pd_complaint_set_complainant (c, "王女士");
  pd_complaint_set_unit_id (c, unit_id);
  pd_complaint_set_phone (c, "13812345678");
  pd_complaint_set_channel (c, PD_CONTACT_CHANNEL_PHONE);
  pd_complaint_set_content (c, "楼道灯坏了三天没人修");
  pd_complaint_set_received_at (c, received_at);
  pd_complaint_set_category_id (c, pd_test_category (db, category));
  pd_complaint_set_recorder (c, "陈静");
  pd_complaint_set_four_clear (c, TRUE);
  pd_complaint_set_serious (c, serious);
  g_assert_true (pd_complaint_store_create (db, c, &error));
  g_assert_no_error (error);
  return pd_complaint_get_id (c);
}

/* A row written directly, for hand-built statistics. 0 times stay NULL; valid -1 is NULL. */
typedef struct
{
  const char *serial;
  const char *category;        /* seeded category name */
  const char *department;      /* department code of a dispatch, or NULL */
  const char *state;           /* "registered" when NULL */
  int         valid;           /* -1, 0, 1 */
  gboolean    serious;
  gint64      received_at;
  gint64      deadline_at;     /* 0: received_at + 48 h */
  gint64      decided_at;
  gint64      handled_at;
  gint64      signed_off_at;
  gint64      feedback_at;
} PdTestComplaint;

static inline gint64
pd_test_insert_complaint (PdDatabase            *db,
                          const PdTestComplaint *k)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
    "INSERT INTO complaints (serial, complainant, channel, content, received_at, category_id,"
    " recorder, valid, decided_at, department_id, deadline_at, serious, handled_at,"
    " signed_off_at, feedback_at, state, heard_clear, asked_clear, repeated_clear,"
    " recorded_clear)"
    " VALUES (?1, '李先生', 'phone', '电梯噪音', ?2,"
    " (SELECT id FROM complaint_categories WHERE name = ?3), '陈静', ?4, ?5,"
    " (SELECT id FROM departments WHERE code = ?6), ?7, ?8, ?9, ?10, ?11, ?12, 1, 1, 1, 1)",
    &error);

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, k->serial, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, k->received_at);
  sqlite3_bind_text (stmt, 3, k->category, -1, SQLITE_TRANSIENT);
  if (k->valid >= 0)
    sqlite3_bind_int (stmt, 4, k->valid);
  if (k->decided_at > 0)
    sqlite3_bind_int64 (stmt, 5, k->decided_at);
  if (k->department != NULL)
    sqlite3_bind_text (stmt, 6, k->department, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 7, k->deadline_at > 0 ? k->deadline_at : k->received_at + 48 * 3600);
  sqlite3_bind_int (stmt, 8, k->serious ? 1 : 0);
#define BIND_TIME(i, v) if ((v) > 0) sqlite3_bind_int64 (stmt, (i), (v))
  BIND_TIME (9, k->handled_at);
  BIND_TIME (10, k->signed_off_at);
  BIND_TIME (11, k->feedback_at);
#undef BIND_TIME
  sqlite3_bind_text (stmt, 12, k->state != NULL ? k->state : "registered", -1, SQLITE_TRANSIENT);
  g_assert_true (pd_database_step_done (db, stmt, &error));
  g_assert_no_error (error);
  return pd_database_last_insert_id (db);
}
