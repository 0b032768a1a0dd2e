// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "pd-test-orders.h"

typedef struct
{
  PdTestDb t;
  gint64   unit;
  gint64   occupant;
  gint64   worker;
  gint64   t0;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(PdOccupant) o = NULL;

  pd_test_db_setup (&f->t);
  f->unit = pd_test_add_unit (f->t.db, "3栋", "1201", 89);
  o = pd_test_add_occupant (f->t.db, f->unit, "张伟", "", "13812341234", PD_ROLE_OWNER);
  f->occupant = pd_occupant_get_id (o);
  f->worker = pd_test_add_staff (f->t.db, "engineering", "王师傅");
  f->t0 = pd_test_time (2026, 3, 5, 10, 0);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  pd_test_db_teardown (&f->t);
}

/* An order of the category, dispatched and completed at t0 + offset_min minutes. */
static gint64
completed_order (Fixture *f, const char *category, PdOrderClass klass, int offset_min)
{
  g_autoptr(PdRepair) r = pd_test_new_order (f->t.db, f->unit, category,
                                             PD_REPAIR_URGENCY_SMALL, klass, f->t0);
  gint64 id = pd_repair_get_id (r);

  pd_test_dispatch (f->t.db, id, f->worker, f->t0 + 60);
  pd_test_complete (f->t.db, id, f->t0 + offset_min * 60);
  return id;
}

static gint64
call (Fixture *f, gint64 id, PdCallbackMethod method, gint64 at, gboolean satisfied,
      PdCallbackFollowUp follow_up, gint64 *linked, GError **error)
{
  PdCallbackRecord cb = { .subject = PD_CALLBACK_SUBJECT_REPAIR, .subject_id = id,
                          .method = method, .called_at = at, .staff = "陈静",
                          .satisfied = satisfied, .remarks = "住户反映",
                          .follow_up = follow_up };
  return pd_callback_store_record (f->t.db, &cb, linked, error);
}

static GPtrArray *
queue (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *q = pd_callback_store_queue (f->t.db, PD_CALLBACK_SUBJECT_REPAIR, &error);

  g_assert_no_error (error);
  g_assert_nonnull (q);
  return q;
}

static void
test_queue_and_method (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) q = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(PdRepair) open = NULL;
  gint64 water = completed_order (f, "给排水", PD_ORDER_CLASS_B, 120);
  gint64 light = completed_order (f, "电气", PD_ORDER_CLASS_B, 90);
  PdCallbackDue *due;

  open = pd_test_new_order (f->t.db, f->unit, "门窗", PD_REPAIR_URGENCY_SMALL, PD_ORDER_CLASS_B,
                            f->t0);

  /* Oldest completion first; the open order is not due; water needs an on-site callback. */
  q = queue (f);
  g_assert_cmpint (q->len, ==, 2);
  due = g_ptr_array_index (q, 0);
  g_assert_cmpint (due->subject_id, ==, light);
  g_assert_false (due->onsite_required);
  g_assert_cmpstr (due->unit_label, ==, "3栋 1201");
  g_assert_cmpstr (due->summary, ==, "电气：厨房水龙头漏水");
  g_assert_cmpstr (due->contact, ==, "李女士");
  due = g_ptr_array_index (q, 1);
  g_assert_cmpint (due->subject_id, ==, water);
  g_assert_true (due->onsite_required);
  g_assert_cmpint (due->completed_at, ==, f->t0 + 7200);

  /* Not before completion; the open order cannot be called back at all. */
  g_assert_cmpint (call (f, pd_repair_get_id (open), PD_CALLBACK_METHOD_ONSITE, f->t0 + 9000,
                         TRUE, PD_CALLBACK_REOPEN, NULL, &error), ==, 0);
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_STATE, "before it is completed");
  g_assert_cmpint (call (f, water, PD_CALLBACK_METHOD_ONSITE, f->t0 + 7000, TRUE,
                         PD_CALLBACK_REOPEN, NULL, &error), ==, 0);
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_TIME, "before the completion");

  /* 给排水 refuses a phone callback, 电气 takes one. */
  g_assert_cmpint (call (f, water, PD_CALLBACK_METHOD_PHONE, f->t0 + 9000, TRUE,
                         PD_CALLBACK_REOPEN, NULL, &error), ==, 0);
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_METHOD, "给排水");
  g_assert_cmpint (call (f, light, PD_CALLBACK_METHOD_PHONE, f->t0 + 9000, TRUE,
                         PD_CALLBACK_REOPEN, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (call (f, water, PD_CALLBACK_METHOD_ONSITE, f->t0 + 9000, TRUE,
                         PD_CALLBACK_REOPEN, NULL, &error), >, 0);
  g_assert_cmpint (pd_test_state (f->t.db, water), ==, PD_REPAIR_STATE_CALLED_BACK);

  /* Closed: out of the queue, and a second callback is refused. */
  g_clear_pointer (&q, g_ptr_array_unref);
  q = queue (f);
  g_assert_cmpint (q->len, ==, 0);
  g_assert_cmpint (call (f, water, PD_CALLBACK_METHOD_ONSITE, f->t0 + 9600, TRUE,
                         PD_CALLBACK_REOPEN, NULL, &error), ==, 0);
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_STATE, "already");

  calls = pd_callback_store_list (f->t.db, PD_CALLBACK_SUBJECT_REPAIR, water, &error);
  g_assert_cmpint (calls->len, ==, 1);
  g_assert_cmpint (((PdCallback *)calls->pdata[0])->method, ==, PD_CALLBACK_METHOD_ONSITE);
  g_assert_cmpstr (((PdCallback *)calls->pdata[0])->staff, ==, "陈静");

  /* Who called back is required. */
  {
    PdCallbackRecord cb = { .subject = PD_CALLBACK_SUBJECT_REPAIR, .subject_id = light,
                            .method = PD_CALLBACK_METHOD_ONSITE, .called_at = f->t0 + 9000,
                            .staff = "  ", .satisfied = TRUE };
    g_assert_cmpint (pd_callback_store_record (f->t.db, &cb, NULL, &error), ==, 0);
    pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, NULL);
  }
}

static void
test_unsatisfied_reopen (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) q = NULL;
  g_autoptr(PdRepair) r = NULL;
  gint64 id = completed_order (f, "电气", PD_ORDER_CLASS_B, 120);
  gint64 linked = -1;
  gint64 when = f->t0 + 86400;

  g_assert_cmpint (call (f, id, PD_CALLBACK_METHOD_PHONE, when, FALSE, PD_CALLBACK_REOPEN,
                         &linked, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (linked, ==, 0);

  r = pd_repair_store_get (f->t.db, id, &error);
  g_assert_cmpint (pd_repair_get_state (r), ==, PD_REPAIR_STATE_DISPATCHED);
  g_assert_cmpint (pd_repair_get_reopened_count (r), ==, 1);
  g_assert_cmpint (pd_repair_get_completed_at (r), ==, 0);
  g_assert_cmpint (pd_repair_get_dispatched_at (r), ==, when);
  g_assert_cmpint (pd_repair_get_assignee_id (r), ==, f->worker);
  /* The clocks start again from the callback. */
  {
    PdRepairTimes times;
    PdRepairClock clock;

    pd_repair_times_init_defaults (&times);
    pd_repair_compute_clock (r, &times, when + 60, NULL, &clock);
    g_assert_cmpint (clock.onsite.due, ==, when + 20 * 60);
    g_assert_false (pd_repair_clock_is_overdue (&clock));
  }
  q = queue (f);
  g_assert_cmpint (q->len, ==, 0);

  /* Done again: due for another callback. */
  pd_test_complete (f->t.db, id, when + 3600);
  g_clear_pointer (&q, g_ptr_array_unref);
  q = queue (f);
  g_assert_cmpint (q->len, ==, 1);
  g_assert_cmpint (((PdCallbackDue *)q->pdata[0])->reopened_count, ==, 1);
  g_assert_cmpint (call (f, id, PD_CALLBACK_METHOD_ONSITE, when + 7200, TRUE, PD_CALLBACK_REOPEN,
                         NULL, &error), >, 0);
  g_assert_cmpint (pd_test_state (f->t.db, id), ==, PD_REPAIR_STATE_CALLED_BACK);
}

static void
test_unsatisfied_linked (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) q = NULL;
  g_autoptr(PdRepair) r = NULL;
  g_autoptr(PdRepair) child = NULL;
  gint64 linked = 0;
  gint64 when = f->t0 + 86400;
  gint64 id;

  r = pd_test_new_order (f->t.db, f->unit, "电气", PD_REPAIR_URGENCY_SMALL, PD_ORDER_CLASS_PAID,
                         f->t0);
  id = pd_repair_get_id (r);
  pd_test_dispatch (f->t.db, id, f->worker, f->t0 + 60);
  g_assert_cmpint (pd_repair_store_add_charge_manual (f->t.db, id, "更换开关", "个", 1000, 2000,
                                                      &error), >, 0);
  g_assert_true (pd_repair_store_approve_charge (f->t.db,
                                                 pd_test_count (f->t.db, "SELECT max (id) FROM"
                                                                         " repair_charges"),
                                                 "王主管", f->t0 + 120, &error));
  g_assert_true (pd_repair_store_accept_quote (f->t.db, id, "李女士", f->t0 + 180, &error));
  pd_test_complete (f->t.db, id, f->t0 + 3600);

  g_assert_cmpint (call (f, id, PD_CALLBACK_METHOD_PHONE, when, FALSE, PD_CALLBACK_LINKED_ORDER,
                         &linked, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (linked, >, id);
  g_assert_cmpint (pd_test_state (f->t.db, id), ==, PD_REPAIR_STATE_CALLED_BACK);

  child = pd_repair_store_get (f->t.db, linked, &error);
  g_assert_cmpint (pd_repair_get_parent_id (child), ==, id);
  g_assert_cmpint (pd_repair_get_state (child), ==, PD_REPAIR_STATE_NEW);
  g_assert_cmpint (pd_repair_get_repair_class (child), ==, PD_ORDER_CLASS_B);
  g_assert_cmpint (pd_repair_get_reported_at (child), ==, when);
  g_assert_cmpint (pd_repair_get_unit_id (child), ==, f->unit);
  g_assert_cmpstr (pd_repair_get_serial (child), ==, "BX2026-000002");
  g_assert_true (g_str_has_prefix (pd_repair_get_description (child),
                                   "Follow-up to BX2026-000001"));

  /* The linked order is called back in its turn once done. */
  q = queue (f);
  g_assert_cmpint (q->len, ==, 0);
  pd_test_dispatch (f->t.db, linked, f->worker, when + 60);
  pd_test_complete (f->t.db, linked, when + 3600);
  g_clear_pointer (&q, g_ptr_array_unref);
  q = queue (f);
  g_assert_cmpint (q->len, ==, 1);
  g_assert_cmpint (((PdCallbackDue *)q->pdata[0])->subject_id, ==, linked);
}

static void
insert_row (PdDatabase *db, const char *serial, const char *state, gint64 completed_at)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
    "INSERT INTO repairs (serial, channel, public_area, location, reporter, category_id,"
    " description, urgency, class, state, reported_at, dispatched_at, completed_at)"
    " VALUES (?1, 'phone', 1, '大堂', '李女士', 1, '漏水', 'small', 'B', ?2, ?3 - 7200,"
    " ?3 - 3600, ?3)", &error);

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, serial, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, state, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, completed_at);
  g_assert_true (pd_database_step_done (db, stmt, &error));
}

static void
insert_callback (PdDatabase *db, const char *subject, const char *method, gint64 at,
                 gboolean satisfied)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
    "INSERT INTO callbacks (subject, subject_id, method, called_at, staff, satisfied,"
    " recorded_at) VALUES (?1, 1, ?2, ?3, '陈静', ?4, ?3)", &error);

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, subject, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, method, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, at);
  sqlite3_bind_int (stmt, 4, satisfied);
  g_assert_true (pd_database_step_done (db, stmt, &error));
}

static void
test_kpis (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  PdCallbackKpis k;
  gint64 from, to;
  int i;

  pd_local_month_bounds (2026, 3, NULL, &from, &to);
  /* March: 10 orders done, 8 of them called back; the first second of April and the last of
   * February are outside; an open order never counts. */
  for (i = 0; i < 10; i++)
    {
      g_autofree char *serial = g_strdup_printf ("BX2026-%06d", i + 1);
      insert_row (f->t.db, serial, i < 8 ? "called_back" : "completed", from + i * 86400);
    }
  insert_row (f->t.db, "BX2026-000011", "called_back", to);
  insert_row (f->t.db, "BX2026-000012", "completed", from - 1);
  /* March callbacks: 10, of which 7 on site and 9 satisfied. */
  for (i = 0; i < 10; i++)
    insert_callback (f->t.db, "repair", i < 7 ? "onsite" : "phone", from + i * 86400 + 600,
                     i != 3);
  insert_callback (f->t.db, "repair", "phone", to, FALSE);
  insert_callback (f->t.db, "repair", "phone", from - 1, FALSE);
  insert_callback (f->t.db, "complaint", "phone", from + 600, FALSE);

  g_assert_true (pd_callback_store_kpis (f->t.db, PD_CALLBACK_SUBJECT_REPAIR, from, to, &k,
                                         &error));
  g_assert_no_error (error);
  g_assert_cmpint (k.completed, ==, 10);
  g_assert_cmpint (k.called_back, ==, 8);
  g_assert_cmpint (k.callbacks, ==, 10);
  g_assert_cmpint (k.onsite, ==, 7);
  g_assert_cmpint (k.satisfied, ==, 9);
  g_assert_cmpint (k.callback_rate_permille, ==, 800);
  g_assert_cmpint (k.onsite_share_permille, ==, 700);
  g_assert_cmpint (k.satisfaction_permille, ==, 900);

  /* An empty month: no base, no rate. */
  pd_local_month_bounds (2025, 1, NULL, &from, &to);
  g_assert_true (pd_callback_store_kpis (f->t.db, PD_CALLBACK_SUBJECT_REPAIR, from, to, &k,
                                         &error));
  g_assert_cmpint (k.completed, ==, 0);
  g_assert_cmpint (k.callback_rate_permille, ==, -1);
  g_assert_cmpint (k.satisfaction_permille, ==, -1);
}

/* Complaints will register their own class: the generic part must work with any. */
static int fake_applied;

static gboolean
fake_check (PdDatabase *db, const PdCallbackRecord *record, GError **error)
{
  if (record->subject_id == 13)
    {
      g_set_error_literal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, "complaint 13 is open");
      return FALSE;
    }
  return TRUE;
}

static gboolean
fake_apply (PdDatabase *db, const PdCallbackRecord *record, gint64 *out_linked_id,
            GError **error)
{
  fake_applied++;
  *out_linked_id = 0;
  return TRUE;
}

static gboolean
fake_count (PdDatabase *db, gint64 from, gint64 to, PdCallbackKpis *out, GError **error)
{
  out->completed = 4;
  out->called_back = 3;
  return TRUE;
}

static void
test_other_subject (Fixture *f, gconstpointer data)
{
  static const PdCallbackSubjectClass fake = {
    .subject = PD_CALLBACK_SUBJECT_COMPLAINT,
    .check = fake_check,
    .apply = fake_apply,
    .count = fake_count,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) q = NULL;
  PdCallbackRecord cb = { .subject = PD_CALLBACK_SUBJECT_COMPLAINT, .subject_id = 13,
                          .method = PD_CALLBACK_METHOD_PHONE, .called_at = f->t0,
                          .staff = "陈静", .satisfied = TRUE };
  PdCallbackKpis k;

  pd_callback_store_register (&fake);
  g_assert_cmpint (pd_callback_store_record (f->t.db, &cb, NULL, &error), ==, 0);
  pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, "13");
  g_assert_cmpint (pd_test_count (f->t.db, "SELECT count (*) FROM callbacks"), ==, 0);
  cb.subject_id = 14;
  g_assert_cmpint (pd_callback_store_record (f->t.db, &cb, NULL, &error), >, 0);
  g_assert_cmpint (fake_applied, ==, 1);
  q = pd_callback_store_queue (f->t.db, PD_CALLBACK_SUBJECT_COMPLAINT, &error);
  g_assert_cmpint (q->len, ==, 0);
  g_assert_true (pd_callback_store_kpis (f->t.db, PD_CALLBACK_SUBJECT_COMPLAINT, f->t0 - 10,
                                         f->t0 + 10, &k, &error));
  g_assert_cmpint (k.callback_rate_permille, ==, 750);
  g_assert_cmpint (k.callbacks, ==, 1);
  g_assert_cmpint (k.onsite_share_permille, ==, 0);
  g_assert_cmpint (k.satisfaction_permille, ==, 1000);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/callback-store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("queue-and-method", test_queue_and_method);
  ADD ("unsatisfied-reopen", test_unsatisfied_reopen);
  ADD ("unsatisfied-linked", test_unsatisfied_linked);
  ADD ("kpis", test_kpis);
  ADD ("other-subject", test_other_subject);
#undef ADD

  return g_test_run ();
}
