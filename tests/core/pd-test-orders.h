// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/* Helpers for the tests of the repairs core: orders made through the store, with its rules. */

#include <glib.h>

#include "pd-callback-store.h"
#include "pd-repair-settings.h"
#include "pd-repair-store.h"
#include "pd-test-util.h"

static inline gint64
pd_test_time (int y, int mo, int d, int h, int mi)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (y, mo, d, h, mi, 0);
  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static inline gint64
pd_test_category_id (PdDatabase *db, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepairCategory) c = pd_repair_settings_find_category (db, name, &error);

  g_assert_no_error (error);
  if (c == NULL)
    g_error ("There is no active category %s", name);
  return c->id;
}

static inline gint64
pd_test_department_id (PdDatabase *db, const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = pd_repair_settings_list_departments (db, TRUE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      PdDepartment *d = g_ptr_array_index (list, i);
      if (g_strcmp0 (d->code, code) == 0)
        return d->id;
    }
  g_assert_not_reached ();
  return 0;
}

static inline gint64
pd_test_add_staff (PdDatabase *db, const char *department_code, const char *name)
{
  g_autoptr(GError) error = NULL;
  PdStaff s = { .department_id = pd_test_department_id (db, department_code),
                .name = (char *)name, .team = (char *)"维修一班", .phone = (char *)"" };
  gint64 id = pd_repair_settings_add_staff (db, &s, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A new order of the unit (or a public area when unit_id is 0) through the intake rules. */
static inline PdRepair *
pd_test_new_order (PdDatabase     *db,
                   gint64          unit_id,
                   const char     *category,
                   PdRepairUrgency urgency,
                   PdOrderClass    klass,
                   gint64          reported_at)
{
  g_autoptr(GError) error = NULL;
  PdRepair *r = pd_repair_new ();

  pd_repair_set_channel (r, PD_REPAIR_CHANNEL_PHONE);
  pd_repair_set_unit_id (r, unit_id);
  pd_repair_set_public_area (r, unit_id == 0);
  if (unit_id == 0)
    pd_repair_set_location (r, "1栋大堂");
  pd_repair_set_reporter (r, "李女士");
  pd_repair_set_reporter_phone (r, "138 1234 5678");
  pd_repair_set_category_id (r, pd_test_category_id (db, category));
  pd_repair_set_description (r, "厨房水龙头漏水");
  pd_repair_set_urgency (r, urgency);
  pd_repair_set_repair_class (r, klass);
  pd_repair_set_reported_at (r, reported_at);
  pd_repair_set_clerk (r, "陈静");
  g_assert_true (pd_repair_store_create (db, r, &error));
  g_assert_no_error (error);
  return r;
}

static inline void
pd_test_dispatch (PdDatabase *db, gint64 repair_id, gint64 staff_id, gint64 at)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_repair_store_dispatch (db, repair_id, pd_test_department_id (db, "engineering"),
                                           staff_id, "刘工", at, &error));
  g_assert_no_error (error);
}

static inline void
pd_test_complete (PdDatabase *db, gint64 repair_id, gint64 at)
{
  g_autoptr(GError) error = NULL;
  PdRepairCompletion c = { .work_done = "更换阀芯", .materials = "阀芯 1 个",
                           .result = "已修复", .occupant_confirmed = TRUE,
                           .rating_quality = 5, .rating_attitude = 5, .completed_at = at };

  g_assert_true (pd_repair_store_complete (db, repair_id, &c, &error));
  g_assert_no_error (error);
}

static inline PdRepairState
pd_test_state (PdDatabase *db, gint64 repair_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepair) r = pd_repair_store_get (db, repair_id, &error);

  g_assert_no_error (error);
  return pd_repair_get_state (r);
}

static inline gint64
pd_test_count (PdDatabase *db, const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* Asserts a refusal of the given domain and code whose message contains words; clears it. */
static inline void
pd_test_check_refusal (GError    **error,
                       GQuark      domain,
                       int         code,
                       const char *words)
{
  g_assert_error (*error, domain, code);
  if (words != NULL && strstr ((*error)->message, words) == NULL)
    g_error ("The message “%s” does not contain “%s”", (*error)->message, words);
  g_clear_error (error);
}

#define pd_test_assert_refusal(error, domain, code, words) \
  pd_test_check_refusal (&(error), (domain), (code), (words))
