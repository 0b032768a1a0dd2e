// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "pd-test-orders.h"

typedef struct
{
  PdTestDb t;
  gint64   unit;      /* 3栋 1201 */
  gint64   unit2;     /* 5栋 302 */
  gint64   occupant;  /* 张伟, in unit */
  gint64   worker;    /* engineering */
  gint64   guard;     /* security */
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(PdOccupant) o = NULL;

  pd_test_db_setup (&f->t);
  f->unit = pd_test_add_unit (f->t.db, "3栋", "1201", 89);
  f->unit2 = pd_test_add_unit (f->t.db, "5栋", "302", 70);
  o = pd_test_add_occupant (f->t.db, f->unit, "张伟", "11010519491231002X", "13812341234",
                            PD_ROLE_OWNER);
  f->occupant = pd_occupant_get_id (o);
  f->worker = pd_test_add_staff (f->t.db, "engineering", "王师傅");
  f->guard = pd_test_add_staff (f->t.db, "security", "赵保安");
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  pd_test_db_teardown (&f->t);
}

static PdRepair *
intake (Fixture *f)
{
  PdRepair *r = pd_repair_new ();

  pd_repair_set_unit_id (r, f->unit);
  pd_repair_set_reporter (r, "  张伟 ");
  pd_repair_set_reporter_phone (r, "138-1234-1234");
  pd_repair_set_category_id (r, pd_test_category_id (f->t.db, "给排水"));
  pd_repair_set_description (r, "卫生间地漏堵塞");
  pd_repair_set_urgency (r, PD_REPAIR_URGENCY_SMALL);
  pd_repair_set_reported_at (r, pd_test_time (2026, 3, 5, 9, 30));
  return r;
}

static void
test_intake (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepair) r = intake (f);
  g_autoptr(PdRepair) again = NULL;
  g_autofree char *label = NULL;

  pd_repair_set_occupant_id (r, f->occupant);
  g_assert_true (pd_repair_store_create (f->t.db, r, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pd_repair_get_id (r), >, 0);
  g_assert_cmpstr (pd_repair_get_serial (r), ==, "BX2026-000001");
  g_assert_cmpint (pd_repair_get_state (r), ==, PD_REPAIR_STATE_NEW);
  g_assert_cmpstr (pd_repair_get_reporter (r), ==, "张伟");
  g_assert_cmpstr (pd_repair_get_reporter_phone (r), ==, "13812341234");
  g_assert_cmpstr (pd_repair_get_category_name (r), ==, "给排水");
  g_assert_true (pd_repair_get_category_onsite_callback (r));
  g_assert_cmpstr (pd_repair_get_occupant_name (r), ==, "张伟");
  label = pd_repair_dup_unit_label (r);
  g_assert_cmpstr (label, ==, "3栋 1201");

  again = pd_repair_store_get_by_serial (f->t.db, " bx2026-000001 ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_repair_get_id (again), ==, pd_repair_get_id (r));
  g_clear_object (&again);
  again = pd_repair_store_get_by_serial (f->t.db, "BX2026-000099", &error);
  pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND, "BX2026-000099");
  g_assert_null (again);

  /* Only the occupant: the unit comes from the occupant. */
  g_clear_object (&r);
  r = intake (f);
  pd_repair_set_unit_id (r, 0);
  pd_repair_set_occupant_id (r, f->occupant);
  g_assert_true (pd_repair_store_create (f->t.db, r, &error));
  g_assert_cmpint (pd_repair_get_unit_id (r), ==, f->unit);

  /* A public area needs no unit; its label is the location. */
  g_clear_object (&r);
  r = intake (f);
  pd_repair_set_unit_id (r, 0);
  pd_repair_set_public_area (r, TRUE);
  pd_repair_set_location (r, "2栋地下车库");
  g_assert_true (pd_repair_store_create (f->t.db, r, &error));
  g_clear_pointer (&label, g_free);
  label = pd_repair_dup_unit_label (r);
  g_assert_cmpstr (label, ==, "2栋地下车库");

  /* Intake edits while open. */
  pd_repair_set_description (r, "车库照明灯不亮");
  pd_repair_set_category_id (r, pd_test_category_id (f->t.db, "电气"));
  g_assert_true (pd_repair_store_update_intake (f->t.db, r, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pd_repair_get_category_name (r), ==, "电气");
}

static void
test_intake_refusals (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepair) r = NULL;

  r = intake (f);
  pd_repair_set_reporter (r, "   ");
  g_assert_false (pd_repair_store_create (f->t.db, r, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_FIELD, "reported");
  g_assert_cmpint (pd_repair_get_id (r), ==, 0);

  g_clear_object (&r);
  r = intake (f);
  pd_repair_set_description (r, "");
  g_assert_false (pd_repair_store_create (f->t.db, r, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_FIELD, "Describe");

  g_clear_object (&r);
  r = intake (f);
  pd_repair_set_unit_id (r, 0);
  g_assert_false (pd_repair_store_create (f->t.db, r, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_FIELD, "public area");

  g_clear_object (&r);
  r = intake (f);
  pd_repair_set_unit_id (r, f->unit2);
  pd_repair_set_occupant_id (r, f->occupant);
  g_assert_false (pd_repair_store_create (f->t.db, r, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_FIELD, "张伟");

  g_clear_object (&r);
  r = intake (f);
  pd_repair_set_reporter_phone (r, "12345");
  g_assert_false (pd_repair_store_create (f->t.db, r, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_FIELD, "phone");

  g_clear_object (&r);
  r = intake (f);
  pd_repair_set_appointment_at (r, pd_test_time (2026, 3, 5, 9, 0));
  g_assert_false (pd_repair_store_create (f->t.db, r, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_TIME, "2026-03-05 09:00");

  g_assert_true (pd_repair_settings_set_category_active (f->t.db,
                                                         pd_test_category_id (f->t.db, "门窗"),
                                                         FALSE, &error));
  g_clear_object (&r);
  r = intake (f);
  pd_repair_set_category_id (r, 3);  /* 门窗, seeded third */
  g_assert_false (pd_repair_store_create (f->t.db, r, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_FIELD, "门窗");

  /* None of the refusals used a serial number. */
  g_assert_cmpint (pd_test_count (f->t.db, "SELECT count (*) FROM serials"), ==, 0);
  g_clear_object (&r);
  r = intake (f);
  g_assert_true (pd_repair_store_create (f->t.db, r, &error));
  g_assert_cmpstr (pd_repair_get_serial (r), ==, "BX2026-000001");
}

static void
test_serials (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepair) a = NULL, b = NULL, c = NULL, d = NULL, e = NULL, y = NULL, z = NULL;
  gint64 t = pd_test_time (2026, 6, 1, 8, 0);

  a = pd_test_new_order (f->t.db, f->unit, "电气", PD_REPAIR_URGENCY_SMALL, PD_ORDER_CLASS_B, t);
  b = pd_test_new_order (f->t.db, f->unit, "电气", PD_REPAIR_URGENCY_SMALL, PD_ORDER_CLASS_B, t);
  c = pd_test_new_order (f->t.db, f->unit, "电气", PD_REPAIR_URGENCY_SMALL, PD_ORDER_CLASS_B, t);
  g_assert_cmpstr (pd_repair_get_serial (c), ==, "BX2026-000003");

  /* A deleted order's number is not given again. */
  g_assert_true (pd_database_exec (f->t.db, "DELETE FROM repairs WHERE serial = 'BX2026-000003'",
                                   &error));
  d = pd_test_new_order (f->t.db, f->unit, "电气", PD_REPAIR_URGENCY_SMALL, PD_ORDER_CLASS_B, t);
  g_assert_cmpstr (pd_repair_get_serial (d), ==, "BX2026-000004");

  /* An intake inside a transaction that is rolled back leaves no order with its number, and
   * the next order's number is new among the stored ones. */
  g_assert_true (pd_database_begin (f->t.db, &error));
  e = pd_test_new_order (f->t.db, f->unit, "电气", PD_REPAIR_URGENCY_SMALL, PD_ORDER_CLASS_B, t);
  pd_database_rollback (f->t.db);
  g_assert_null (pd_repair_store_get_by_serial (f->t.db, pd_repair_get_serial (e), NULL));
  g_clear_object (&e);
  e = pd_test_new_order (f->t.db, f->unit, "电气", PD_REPAIR_URGENCY_SMALL, PD_ORDER_CLASS_B, t);
  g_assert_cmpint (pd_test_count (f->t.db, "SELECT count (*) - count (DISTINCT serial)"
                                           " FROM repairs"), ==, 0);
  g_assert_cmpstr (pd_repair_get_serial (e), >, pd_repair_get_serial (d));

  /* The year is the local year of the report: 23:30 on Dec 31 is still 2026 in Shanghai
   * (15:30 UTC); the new year starts again at 1. */
  y = pd_test_new_order (f->t.db, f->unit, "电气", PD_REPAIR_URGENCY_SMALL, PD_ORDER_CLASS_B,
                         pd_test_time (2026, 12, 31, 23, 30));
  g_assert_true (g_str_has_prefix (pd_repair_get_serial (y), "BX2026-"));
  z = pd_test_new_order (f->t.db, f->unit, "电气", PD_REPAIR_URGENCY_SMALL, PD_ORDER_CLASS_B,
                         pd_test_time (2027, 1, 1, 0, 0));
  g_assert_cmpstr (pd_repair_get_serial (z), ==, "BX2027-000001");
}

static void
test_steps (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepair) r = NULL;
  gint64 t0 = pd_test_time (2026, 3, 5, 10, 0);
  gint64 engineering = pd_test_department_id (f->t.db, "engineering");
  PdRepairCompletion done = { .work_done = "疏通地漏", .rating_quality = 5,
                              .rating_attitude = 4, .completed_at = t0 + 3600 };
  gint64 id;

  r = pd_test_new_order (f->t.db, f->unit, "给排水", PD_REPAIR_URGENCY_URGENT, PD_ORDER_CLASS_B,
                         t0);
  id = pd_repair_get_id (r);

  /* Not before dispatch: completion, acceptance, arrival, callback. */
  g_assert_false (pd_repair_store_complete (f->t.db, id, &done, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_STATE,
                          "BX2026-000001 cannot be completed before it is dispatched");
  g_assert_false (pd_repair_store_accept (f->t.db, id, t0, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_STATE, "dispatched");
  {
    PdCallbackRecord cb = { .subject = PD_CALLBACK_SUBJECT_REPAIR, .subject_id = id,
                            .method = PD_CALLBACK_METHOD_ONSITE, .called_at = t0,
                            .staff = "陈静", .satisfied = TRUE };
    g_assert_cmpint (pd_callback_store_record (f->t.db, &cb, NULL, &error), ==, 0);
    pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_STATE,
                            "cannot be called back before it is completed");
  }

  /* Dispatch: a worker of another department, a time before the report, no dispatcher. */
  g_assert_false (pd_repair_store_dispatch (f->t.db, id, engineering, f->guard, "刘工", t0,
                                            &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_FIELD, "赵保安");
  g_assert_false (pd_repair_store_dispatch (f->t.db, id, engineering, f->worker, "刘工",
                                            t0 - 60, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_TIME, "2026-03-05 09:59");
  g_assert_false (pd_repair_store_dispatch (f->t.db, id, engineering, f->worker, " ", t0,
                                            &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_FIELD, "dispatches");
  g_assert_cmpint (pd_test_state (f->t.db, id), ==, PD_REPAIR_STATE_NEW);

  pd_test_dispatch (f->t.db, id, f->worker, t0 + 60);
  g_assert_false (pd_repair_store_accept (f->t.db, id, t0, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_TIME, "acceptance");
  g_assert_true (pd_repair_store_accept (f->t.db, id, t0 + 120, &error));
  g_assert_false (pd_repair_store_cancel (f->t.db, id, "住户取消", &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_STATE, "accepted");
  g_assert_true (pd_repair_store_arrive (f->t.db, id, t0 + 900, &error));
  g_assert_false (pd_repair_store_arrive (f->t.db, id, t0 + 960, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_STATE, "already");

  done.completed_at = t0 + 600;
  g_assert_false (pd_repair_store_complete (f->t.db, id, &done, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_TIME, "arrival");
  done.completed_at = t0 + 3600;
  done.rating_quality = 6;
  g_assert_false (pd_repair_store_complete (f->t.db, id, &done, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_FIELD, "6");
  done.rating_quality = 5;
  done.work_done = "";
  g_assert_false (pd_repair_store_complete (f->t.db, id, &done, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_FIELD, "what was done");
  done.work_done = "疏通地漏";
  g_assert_true (pd_repair_store_complete (f->t.db, id, &done, &error));
  g_assert_no_error (error);

  g_clear_object (&r);
  r = pd_repair_store_get (f->t.db, id, &error);
  g_assert_cmpint (pd_repair_get_state (r), ==, PD_REPAIR_STATE_COMPLETED);
  g_assert_cmpint (pd_repair_get_dispatched_at (r), ==, t0 + 60);
  g_assert_cmpint (pd_repair_get_accepted_at (r), ==, t0 + 120);
  g_assert_cmpint (pd_repair_get_arrived_at (r), ==, t0 + 900);
  g_assert_cmpint (pd_repair_get_completed_at (r), ==, t0 + 3600);
  g_assert_cmpint (pd_repair_get_rating_quality (r), ==, 5);
  g_assert_cmpint (pd_repair_get_rating_attitude (r), ==, 4);
  g_assert_cmpstr (pd_repair_get_assignee_name (r), ==, "王师傅");
  g_assert_cmpstr (pd_repair_get_department_name (r), ==, "工程部");
  g_assert_cmpstr (pd_repair_get_dispatcher (r), ==, "刘工");
  g_assert_true (pd_repair_get_callback_needed (r));

  /* Closed orders refuse edits; cancelling needs a reason and an early state. */
  g_assert_false (pd_repair_store_update_intake (f->t.db, r, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_STATE, "BX2026-000001");
  g_clear_object (&r);
  r = pd_test_new_order (f->t.db, f->unit, "电气", PD_REPAIR_URGENCY_GENERAL, PD_ORDER_CLASS_B,
                         t0);
  g_assert_false (pd_repair_store_cancel (f->t.db, pd_repair_get_id (r), "", &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_FIELD, "reason");
  g_assert_true (pd_repair_store_cancel (f->t.db, pd_repair_get_id (r), "住户自行修好", &error));
  g_assert_cmpint (pd_test_state (f->t.db, pd_repair_get_id (r)), ==, PD_REPAIR_STATE_CANCELLED);
  g_assert_false (pd_repair_store_dispatch (f->t.db, pd_repair_get_id (r), engineering, 0, "刘工",
                                            t0, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_STATE, NULL);
}

static gint64
add_price_item (PdDatabase *db, const char *code, const char *name, const char *unit,
                gint64 price)
{
  g_autoptr(GError) error = NULL;
  PdPriceItem item = { .code = (char *)code, .name = (char *)name, .unit = (char *)unit,
                       .price_fen = price };
  gint64 id = pd_repair_settings_add_price_item (db, &item, &error);

  g_assert_no_error (error);
  return id;
}

static void
test_paid_flow (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepair) r = NULL;
  g_autoptr(PdRepair) free_order = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  gint64 t0 = pd_test_time (2026, 3, 5, 10, 0);
  gint64 tap = add_price_item (f->t.db, "SD-01", "更换水龙头", "个", 3500);
  gint64 id, manual, extra, total = 0;
  PdRepairFacts facts;

  free_order = pd_test_new_order (f->t.db, f->unit, "给排水", PD_REPAIR_URGENCY_SMALL,
                                  PD_ORDER_CLASS_B, t0);
  g_assert_cmpint (pd_repair_store_add_charge_item (f->t.db, pd_repair_get_id (free_order), tap,
                                                    1000, &error), ==, 0);
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_CLASS, "not a paid order");

  r = pd_test_new_order (f->t.db, f->unit, "给排水", PD_REPAIR_URGENCY_SMALL, PD_ORDER_CLASS_PAID,
                         t0);
  id = pd_repair_get_id (r);
  pd_repair_set_occupant_id (r, f->occupant);
  g_assert_true (pd_repair_store_update_intake (f->t.db, r, &error));
  pd_test_dispatch (f->t.db, id, f->worker, t0 + 60);

  g_assert_cmpint (pd_repair_store_add_charge_item (f->t.db, id, tap, 1000, &error), >, 0);
  manual = pd_repair_store_add_charge_manual (f->t.db, id, "疏通下水道", "次", 1500, 8000,
                                              &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_repair_store_add_charge_manual (f->t.db, id, "空", "次", 0, 100, &error),
                   ==, 0);
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_FIELD, "greater than 0");

  /* Completion needs the quote; the quote needs the hand-priced line approved. */
  {
    PdRepairCompletion c = { .work_done = "更换水龙头并疏通", .completed_at = t0 + 7200 };
    g_assert_false (pd_repair_store_complete (f->t.db, id, &c, &error));
    pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_QUOTE, "quote");
  }
  g_assert_false (pd_repair_store_accept_quote (f->t.db, id, "张伟", t0 + 600, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_APPROVAL, "1 hand-priced line");
  g_assert_false (pd_repair_store_approve_charge (f->t.db, manual, "", t0, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_APPROVAL, "supervisor");
  g_assert_true (pd_repair_store_approve_charge (f->t.db, manual, "王主管", t0 + 300, &error));
  g_assert_false (pd_repair_store_approve_charge (f->t.db, manual, "王主管", t0 + 300, &error));
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_APPROVAL, "already approved");
  g_assert_true (pd_repair_store_accept_quote (f->t.db, id, "张伟", t0 + 600, &error));
  g_assert_true (pd_repair_store_get_facts (f->t.db, id, &facts, &error));
  g_assert_true (facts.quote_accepted);

  /* A changed line list withdraws the quote. */
  extra = pd_repair_store_add_charge_item (f->t.db, id, tap, 2000, &error);
  g_assert_true (pd_repair_store_get_facts (f->t.db, id, &facts, &error));
  g_assert_false (facts.quote_accepted);
  g_assert_cmpint (facts.n_charges, ==, 3);
  g_assert_true (pd_repair_store_remove_charge (f->t.db, extra, &error));
  g_assert_true (pd_repair_store_accept_quote (f->t.db, id, "张伟", t0 + 900, &error));

  lines = pd_repair_store_list_charges (f->t.db, id, &error);
  g_assert_cmpint (lines->len, ==, 2);
  {
    PdRepairCharge *a = g_ptr_array_index (lines, 0), *b = g_ptr_array_index (lines, 1);
    g_assert_cmpint (a->line_no, ==, 1);
    g_assert_cmpint (a->amount_fen, ==, 3500);
    g_assert_false (a->manual);
    g_assert_cmpint (b->line_no, ==, 2);
    g_assert_cmpint (b->amount_fen, ==, 12000);  /* 1.5 次 × 80.00 */
    g_assert_true (b->manual);
    g_assert_cmpstr (b->approved_by, ==, "王主管");
  }
  g_assert_true (pd_repair_store_charges_total (f->t.db, id, &total, &error));
  g_assert_cmpint (total, ==, 15500);

  pd_test_complete (f->t.db, id, t0 + 7200);
  g_assert_cmpint (pd_test_count (f->t.db, "SELECT count (*) FROM pending_charges"), ==, 1);
  g_assert_cmpint (pd_test_count (f->t.db, "SELECT amount_fen FROM pending_charges WHERE"
                                           " source = 'repair'"), ==, 15500);
  g_assert_cmpint (pd_test_count (f->t.db, "SELECT occupant_id FROM pending_charges"), ==,
                   f->occupant);
  g_assert_cmpint (pd_repair_store_add_charge_item (f->t.db, id, tap, 1000, &error), ==, 0);
  pd_test_assert_refusal (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_STATE, NULL);

  /* Reopened by an unsatisfied callback and completed again: still one pending charge. */
  {
    PdCallbackRecord cb = { .subject = PD_CALLBACK_SUBJECT_REPAIR, .subject_id = id,
                            .method = PD_CALLBACK_METHOD_ONSITE, .called_at = t0 + 86400,
                            .staff = "陈静", .satisfied = FALSE, .remarks = "仍有渗水",
                            .follow_up = PD_CALLBACK_REOPEN };
    g_assert_cmpint (pd_callback_store_record (f->t.db, &cb, NULL, &error), >, 0);
    g_assert_no_error (error);
  }
  g_assert_cmpint (pd_test_state (f->t.db, id), ==, PD_REPAIR_STATE_DISPATCHED);
  pd_test_complete (f->t.db, id, t0 + 90000);
  g_assert_cmpint (pd_test_count (f->t.db, "SELECT count (*) FROM pending_charges"), ==, 1);
  g_assert_cmpint (pd_test_count (f->t.db, "SELECT amount_fen FROM pending_charges"), ==, 15500);
}

static void
test_defects (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = NULL;
  gint64 move_in;
  static const char *defects[][3] = {
    { "卫生间", "水龙头漏水", "给排水" },
    { "客厅", "吊灯不亮", "电气" },
    { "主卧", "墙面开裂", "其他" },
    { "次卧", "窗户关不严", "门窗" },
  };

  g_assert_true (pd_database_exec (f->t.db,
                                   "INSERT INTO move_ins (occupant_id, unit_id, notice_date,"
                                   " fee_start_date, clerk, recorded_at)"
                                   " SELECT id, unit_id, '2026-03-01', '2026-03-01', '陈静', 1"
                                   " FROM occupants WHERE name = '张伟'", &error));
  move_in = pd_database_last_insert_id (f->t.db);
  stmt = pd_database_prepare (f->t.db,
                              "INSERT INTO move_in_defects (move_in_id, line_no, location,"
                              " description) VALUES (?1, ?2, ?3, ?4)", &error);
  for (guint i = 0; i < G_N_ELEMENTS (defects); i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, move_in);
      sqlite3_bind_int (stmt, 2, (int)i + 1);
      sqlite3_bind_text (stmt, 3, defects[i][0], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, defects[i][1], -1, SQLITE_STATIC);
      g_assert_true (pd_database_step_done (f->t.db, stmt, &error));
    }
  g_clear_pointer (&stmt, pd_stmt_release);
  /* One defect already has its order. */
  g_assert_true (pd_database_exec (f->t.db, "UPDATE move_in_defects SET repair_id = 999"
                                            " WHERE line_no = 4", &error));

  g_assert_cmpint (pd_repair_store_create_from_defects (f->t.db, move_in, "陈静", &error), ==, 3);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *serial = g_strdup_printf ("BX%d-%06u", g_date_time_get_year (now), i + 1);
      g_autoptr(PdRepair) r = pd_repair_store_get_by_serial (f->t.db, serial, &error);
      g_autofree char *expected = g_strdup_printf ("%s：%s", defects[i][0], defects[i][1]);

      g_assert_no_error (error);
      g_assert_cmpstr (pd_repair_get_description (r), ==, expected);
      g_assert_cmpstr (pd_repair_get_category_name (r), ==, defects[i][2]);
      g_assert_cmpint (pd_repair_get_repair_class (r), ==, PD_ORDER_CLASS_A);
      g_assert_cmpint (pd_repair_get_urgency (r), ==, PD_REPAIR_URGENCY_GENERAL);
      g_assert_cmpint (pd_repair_get_source (r), ==, PD_REPAIR_SOURCE_PROPERTY_OFFICE);
      g_assert_cmpint (pd_repair_get_unit_id (r), ==, f->unit);
      g_assert_cmpint (pd_repair_get_occupant_id (r), ==, f->occupant);
      g_assert_cmpstr (pd_repair_get_reporter (r), ==, "张伟");
      g_assert_cmpint (pd_repair_get_move_in_defect_id (r), >, 0);
    }
  g_assert_cmpint (pd_test_count (f->t.db, "SELECT count (*) FROM move_in_defects d JOIN repairs r"
                                           " ON r.id = d.repair_id AND r.move_in_defect_id = d.id"),
                   ==, 3);
  /* Nothing left to convert; an unknown move-in is refused. */
  g_assert_cmpint (pd_repair_store_create_from_defects (f->t.db, move_in, "陈静", &error), ==, 0);
  g_assert_cmpint (pd_repair_store_create_from_defects (f->t.db, 4242, "陈静", &error), ==, -1);
  pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND, "move-in");
}

static void
test_settings (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  PdRepairTimes t;
  gint64 deputy, gm, cat;
  PdPriceItem item = { .code = "SD-01", .name = "更换水龙头", .unit = "个", .price_fen = 3500 };
  PdStaff bad = { .department_id = pd_test_department_id (f->t.db, "engineering"),
                  .name = "孙师傅", .phone = "123" };

  pd_repair_settings_load_times (f->t.db, &t);
  g_assert_cmpint (t.onsite_minutes, ==, 20);
  t.onsite_minutes = 0;
  g_assert_false (pd_repair_settings_save_times (f->t.db, &t, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  t.onsite_minutes = 30;
  t.small_cutoff_hour = 17;
  g_assert_true (pd_repair_settings_save_times (f->t.db, &t, &error));
  memset (&t, 0, sizeof t);
  pd_repair_settings_load_times (f->t.db, &t);
  g_assert_cmpint (t.onsite_minutes, ==, 30);
  g_assert_cmpint (t.small_cutoff_hour, ==, 17);
  /* A value typed by hand into the table that makes no sense gives the default. */
  g_assert_true (pd_settings_set_string (f->t.db, "repair.urgent_hours", "abc", &error));
  pd_repair_settings_load_times (f->t.db, &t);
  g_assert_cmpint (t.urgent_hours, ==, 4);

  pd_repair_settings_load_thresholds (f->t.db, &deputy, &gm);
  g_assert_cmpint (deputy, ==, 500000);
  g_assert_cmpint (gm, ==, 2000000);
  g_assert_false (pd_repair_settings_save_thresholds (f->t.db, 300000, 200000, &error));
  pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, NULL);
  g_assert_false (pd_repair_settings_get_rmb_prefix (f->t.db));
  g_assert_true (pd_repair_settings_set_rmb_prefix (f->t.db, TRUE, &error));
  g_assert_true (pd_repair_settings_get_rmb_prefix (f->t.db));

  /* Categories: seven seeded, in order; names unique. */
  list = pd_repair_settings_list_categories (f->t.db, FALSE, &error);
  g_assert_cmpint (list->len, ==, 7);
  g_assert_cmpstr (((PdRepairCategory *)list->pdata[0])->name, ==, "给排水");
  g_assert_cmpint (pd_repair_settings_add_category (f->t.db, " 空调 ", TRUE, &error), ==, 0);
  pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT, "空调");
  cat = pd_repair_settings_add_category (f->t.db, "供暖", TRUE, &error);
  g_assert_cmpint (cat, >, 0);
  g_assert_true (pd_repair_settings_rename_category (f->t.db, cat, "采暖", &error));
  g_assert_false (pd_repair_settings_rename_category (f->t.db, cat, "电梯", &error));
  pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT, "电梯");
  g_assert_true (pd_repair_settings_set_category_active (f->t.db, cat, FALSE, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = pd_repair_settings_list_categories (f->t.db, TRUE, &error);
  g_assert_cmpint (list->len, ==, 8);
  g_assert_cmpstr (((PdRepairCategory *)list->pdata[7])->name, ==, "采暖");
  g_assert_false (((PdRepairCategory *)list->pdata[7])->active);
  g_assert_false (pd_repair_settings_rename_category (f->t.db, 4242, "X", &error));
  pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND, NULL);

  /* Staff and departments. */
  g_assert_cmpint (pd_repair_settings_add_staff (f->t.db, &bad, &error), ==, 0);
  pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, "孙师傅");
  g_assert_cmpint (pd_repair_settings_add_department (f->t.db, NULL, "工程部", &error), ==, 0);
  pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT, "工程部");
  {
    gint64 dept = pd_repair_settings_add_department (f->t.db, NULL, "绿化外包", &error);
    g_autoptr(PdDepartment) d = pd_repair_settings_get_department (f->t.db, dept, &error);
    g_autoptr(GPtrArray) staff = NULL;
    g_autofree char *code = g_strdup_printf ("dept-%" G_GINT64_FORMAT, dept);

    g_assert_cmpstr (d->code, ==, code);
    g_assert_true (pd_repair_settings_set_department_active (f->t.db, dept, FALSE, &error));
    bad.department_id = dept;
    bad.phone = "13900001111";
    g_assert_cmpint (pd_repair_settings_add_staff (f->t.db, &bad, &error), ==, 0);
    pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, "绿化外包");
    staff = pd_repair_settings_list_staff (f->t.db, pd_test_department_id (f->t.db, "engineering"),
                                           FALSE, &error);
    g_assert_cmpint (staff->len, ==, 1);
    g_assert_cmpstr (((PdStaff *)staff->pdata[0])->name, ==, "王师傅");
  }

  /* The price list: codes unique, naming the item that holds the code. */
  g_assert_cmpint (pd_repair_settings_add_price_item (f->t.db, &item, &error), >, 0);
  item.name = "换龙头";
  g_assert_cmpint (pd_repair_settings_add_price_item (f->t.db, &item, &error), ==, 0);
  pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT, "更换水龙头");
  item.code = "SD-02";
  item.price_fen = -1;
  g_assert_cmpint (pd_repair_settings_add_price_item (f->t.db, &item, &error), ==, 0);
  pd_test_assert_refusal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, "negative");
  {
    g_autoptr(PdPriceItem) found = pd_repair_settings_find_price_item (f->t.db, "SD-01", &error);
    g_assert_cmpint (found->price_fen, ==, 3500);
    g_free (found->name);
    found->name = g_strdup ("更换水龙头（含工）");
    found->price_fen = 4000;
    g_assert_true (pd_repair_settings_update_price_item (f->t.db, found, &error));
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/repair-store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("intake", test_intake);
  ADD ("intake-refusals", test_intake_refusals);
  ADD ("serials", test_serials);
  ADD ("steps", test_steps);
  ADD ("paid-flow", test_paid_flow);
  ADD ("defects", test_defects);
  ADD ("settings", test_settings);
#undef ADD

  return g_test_run ();
}
