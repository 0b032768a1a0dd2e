// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include <glib.h>

#include "pd-complaint-list.h"
#include "pd-repair-settings.h"
#include "pd-repair-store.h"
#include "pd-rule-error.h"
#include "pd-test-complaints.h"

#define H 3600

typedef struct
{
  PdTestDb t;
  gint64   unit;
  gint64   other_unit;
  gint64   occupant;
  gint64   t0;  /* Monday 2 March 2026 09:00 local */
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(PdOccupant) o = NULL;

  pd_test_db_setup (&f->t);
  f->unit = pd_test_add_unit (f->t.db, "3栋", "1201", 89);
  f->other_unit = pd_test_add_unit (f->t.db, "5栋", "802", 120);
  o = pd_test_add_occupant (f->t.db, f->unit, "王芳", "", "13812345678", PD_ROLE_OWNER);
  f->occupant = pd_occupant_get_id (o);
  f->t0 = pd_test_time (2026, 3, 2, 9, 0, 0);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  pd_test_db_teardown (&f->t);
}

static gint64
new_contact (Fixture    *f,
             gint64      at,
             const char *content)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdContact) c = pd_contact_new ();

  pd_contact_set_channel (c, PD_CONTACT_CHANNEL_PHONE);
  pd_contact_set_received_at (c, at);
  pd_contact_set_caller (c, "王芳");
  pd_contact_set_occupant_id (c, f->occupant);
  pd_contact_set_phone (c, "138 1234 5678");
  pd_contact_set_content (c, content);
  pd_contact_set_recorder (c, "陈静");
  g_assert_true (pd_contact_store_create (f->t.db, c, &error));
  g_assert_no_error (error);
  /* The occupant's unit is taken; the phone is stored normalized. */
  g_assert_cmpint (pd_contact_get_unit_id (c), ==, f->unit);
  g_assert_cmpstr (pd_contact_get_phone (c), ==, "13812345678");
  g_assert_cmpint (pd_contact_get_outcome (c), ==, PD_CONTACT_OUTCOME_PENDING);
  return pd_contact_get_id (c);
}

static PdComplaint *
get (Fixture *f,
     gint64   id)
{
  g_autoptr(GError) error = NULL;
  PdComplaint *c = pd_complaint_store_get (f->t.db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (c);
  return c;
}

static void
assert_state (Fixture          *f,
              gint64            id,
              PdComplaintState  state)
{
  g_autoptr(PdComplaint) c = get (f, id);
  g_assert_cmpint (pd_complaint_get_state (c), ==, state);
}

static void
assert_refusal (GError     *error,
                int         code,
                const char *fragment)
{
  g_assert_error (error, PD_COMPLAINT_ERROR, code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
}

/* A call comes in, becomes a complaint, is dispatched to security, handled, fed back, called
 * back, signed off and archived. */
static void
test_full_flow (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdComplaint) draft = NULL;
  g_autoptr(PdComplaint) c = NULL;
  g_autoptr(PdContact) entry = NULL;
  g_autoptr(GPtrArray) callbacks = NULL;
  g_autoptr(GPtrArray) queue = NULL;
  PdComplaintDispatch dispatch = { 0 };
  PdCallbackKpis kpis;
  gint64 contact_id, id, security;

  contact_id = new_contact (f, f->t0, "夜里有人在小区大声喧哗，保安不管");
  entry = pd_contact_store_get (f->t.db, contact_id, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (pd_contact_get_serial (entry), "LD2026-"));
  g_assert_cmpint (strlen (pd_contact_get_serial (entry)), ==, strlen ("LD2026-000001"));
  g_clear_object (&entry);

  draft = pd_contact_store_new_complaint (f->t.db, contact_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pd_complaint_get_complainant (draft), ==, "王芳");
  g_assert_cmpint (pd_complaint_get_unit_id (draft), ==, f->unit);
  g_assert_cmpint (pd_complaint_get_received_at (draft), ==, f->t0);
  pd_complaint_set_category_id (draft, pd_test_category (f->t.db, "安全与秩序"));

  /* The four clear must be confirmed. */
  g_assert_false (pd_complaint_store_create (f->t.db, draft, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_FIELD, "four clear");
  g_clear_error (&error);
  g_assert_cmpint (pd_complaint_get_id (draft), ==, 0);
  pd_complaint_set_four_clear (draft, TRUE);
  g_assert_true (pd_complaint_store_create (f->t.db, draft, &error));
  g_assert_no_error (error);
  id = pd_complaint_get_id (draft);
  g_assert_cmpstr (pd_complaint_get_serial (draft), ==, "TS2026-0001");
  g_assert_cmpint (pd_complaint_get_state (draft), ==, PD_COMPLAINT_STATE_REGISTERED);
  g_assert_cmpint (pd_complaint_get_deadline_at (draft), ==, f->t0 + 48 * H);
  g_assert_cmpstr (pd_complaint_get_category_name (draft), ==, "安全与秩序");
  g_assert_cmpstr (pd_complaint_get_contact_serial (draft), ==, "LD2026-000001");
  g_autofree char *unit_label = pd_complaint_dup_unit_label (draft);
  g_assert_cmpstr (unit_label, ==, "3栋 1201");

  /* The register entry now points at the complaint. */
  entry = pd_contact_store_get (f->t.db, contact_id, &error);
  g_assert_cmpint (pd_contact_get_outcome (entry), ==, PD_CONTACT_OUTCOME_COMPLAINT);
  g_assert_cmpint (pd_contact_get_complaint_id (entry), ==, id);
  g_assert_cmpstr (pd_contact_get_linked_serial (entry), ==, "TS2026-0001");
  g_assert_nonnull (strstr (pd_contact_get_action_taken (entry), "TS2026-0001"));
  /* It cannot become a second complaint. */
  g_assert_null (pd_contact_store_new_complaint (f->t.db, contact_id, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, pd_contact_get_serial (entry));
  g_clear_error (&error);

  /* Out of order: dispatch before the validity decision, callback and sign-off before the
   * result. */
  dispatch.by = "陈静";
  dispatch.at = f->t0 + H;
  g_assert_false (pd_complaint_store_dispatch (f->t.db, id, &dispatch, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, "valid complaint");
  g_clear_error (&error);
  g_assert_false (pd_complaint_store_decide (f->t.db, id, TRUE, NULL, "", f->t0 + H, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_FIELD, "who decided");
  g_clear_error (&error);
  g_assert_false (pd_complaint_store_decide (f->t.db, id, TRUE, NULL, "李主管", f->t0 - 60,
                                             &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_TIME, "before the complaint was registered");
  g_clear_error (&error);
  g_assert_true (pd_complaint_store_decide (f->t.db, id, TRUE, NULL, "李主管", f->t0 + H / 2,
                                            &error));
  g_assert_no_error (error);

  g_assert_false (pd_complaint_store_record_result (f->t.db, id, "加强巡逻", "已处理", "赵队长",
                                                    f->t0 + 2 * H, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, "not been dispatched");
  g_clear_error (&error);

  /* Dispatched to security, the category's default department. */
  g_assert_true (pd_complaint_store_dispatch (f->t.db, id, &dispatch, &error));
  g_assert_no_error (error);
  security = pd_test_department (f->t.db, "security");
  c = get (f, id);
  g_assert_cmpint (pd_complaint_get_state (c), ==, PD_COMPLAINT_STATE_DISPATCHED);
  g_assert_cmpint (pd_complaint_get_department_id (c), ==, security);
  g_assert_cmpstr (pd_complaint_get_department_name (c), ==, "秩序维护部");
  g_assert_cmpint (pd_complaint_get_valid (c), ==, PD_COMPLAINT_VALIDITY_VALID);
  g_clear_object (&c);

  /* No callback before a result, no sign-off before a callback. */
  g_assert_cmpint (pd_complaint_store_record_callback (f->t.db, id, PD_CALLBACK_METHOD_PHONE,
                                                       "陈静", TRUE, NULL, f->t0 + 3 * H,
                                                       &error), ==, 0);
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, "No callback before a result");
  g_clear_error (&error);
  g_assert_false (pd_complaint_store_sign_off (f->t.db, id, "周经理", f->t0 + 3 * H, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, "No sign-off before a callback");
  g_clear_error (&error);

  /* Feedback within 24 hours, once, and it must say what was said: the report prints it. */
  g_assert_false (pd_complaint_store_record_feedback (f->t.db, id, "陈静", NULL, f->t0 + 2 * H,
                                                      &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_FIELD, "what was said to the occupant");
  g_clear_error (&error);
  g_assert_false (pd_complaint_store_record_feedback (f->t.db, id, "陈静", "  \n ",
                                                      f->t0 + 2 * H, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_FIELD, "what was said to the occupant");
  g_clear_error (&error);
  c = get (f, id);
  g_assert_cmpint (pd_complaint_get_feedback_at (c), ==, 0);
  g_clear_object (&c);
  g_assert_true (pd_complaint_store_record_feedback (f->t.db, id, "陈静", "已告知正在处理",
                                                     f->t0 + 2 * H, &error));
  g_assert_no_error (error);
  g_assert_false (pd_complaint_store_record_feedback (f->t.db, id, "陈静", NULL, f->t0 + 3 * H,
                                                      &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, "already");
  g_clear_error (&error);

  /* The result: not before the dispatch; the texts are required. */
  g_assert_false (pd_complaint_store_record_result (f->t.db, id, "加强巡逻", "", "赵队长",
                                                    f->t0 + 5 * H, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_FIELD, "result");
  g_clear_error (&error);
  g_assert_false (pd_complaint_store_record_result (f->t.db, id, "加强巡逻", "已劝离", "赵队长",
                                                    f->t0 + H / 2, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_TIME, "dispatch");
  g_clear_error (&error);
  g_assert_true (pd_complaint_store_record_result (f->t.db, id, "夜间加强巡逻", "已劝离喧哗人员",
                                                   "赵队长", f->t0 + 20 * H, &error));
  g_assert_no_error (error);
  assert_state (f, id, PD_COMPLAINT_STATE_HANDLED);
  g_assert_false (pd_complaint_store_sign_off (f->t.db, id, "周经理", f->t0 + 21 * H, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, "No sign-off before a callback");
  g_clear_error (&error);

  /* The callback queue of complaints holds it. */
  queue = pd_callback_store_queue (f->t.db, PD_CALLBACK_SUBJECT_COMPLAINT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (queue->len, ==, 1);
  g_assert_cmpstr (((PdCallbackDue *)g_ptr_array_index (queue, 0))->serial, ==, "TS2026-0001");
  g_assert_cmpstr (((PdCallbackDue *)g_ptr_array_index (queue, 0))->unit_label, ==, "3栋 1201");

  /* The callback, not before the result. */
  g_assert_cmpint (pd_complaint_store_record_callback (f->t.db, id, PD_CALLBACK_METHOD_PHONE,
                                                       "陈静", TRUE, NULL, f->t0 + 19 * H,
                                                       &error), ==, 0);
  assert_refusal (error, PD_COMPLAINT_ERROR_TIME, "before the department");
  g_clear_error (&error);
  g_assert_cmpint (pd_complaint_store_record_callback (f->t.db, id, PD_CALLBACK_METHOD_PHONE,
                                                       "陈静", TRUE, "满意", f->t0 + 30 * H,
                                                       &error), >, 0);
  g_assert_no_error (error);
  c = get (f, id);
  g_assert_cmpint (pd_complaint_get_state (c), ==, PD_COMPLAINT_STATE_CALLED_BACK);
  g_assert_cmpint (pd_complaint_get_called_back_at (c), ==, f->t0 + 30 * H);
  g_assert_cmpstr (pd_complaint_get_called_back_by (c), ==, "陈静");
  g_clear_object (&c);
  callbacks = pd_callback_store_list (f->t.db, PD_CALLBACK_SUBJECT_COMPLAINT, id, &error);
  g_assert_cmpuint (callbacks->len, ==, 1);

  /* Archive only after the sign-off. */
  g_assert_false (pd_complaint_store_archive (f->t.db, id, "陈静", f->t0 + 40 * H, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, "signed it off");
  g_clear_error (&error);
  g_assert_true (pd_complaint_store_sign_off (f->t.db, id, "周经理", f->t0 + 40 * H, &error));
  g_assert_no_error (error);
  g_assert_true (pd_complaint_store_archive (f->t.db, id, "陈静", f->t0 + 41 * H, &error));
  g_assert_no_error (error);
  c = get (f, id);
  g_assert_cmpint (pd_complaint_get_state (c), ==, PD_COMPLAINT_STATE_ARCHIVED);
  g_assert_cmpstr (pd_complaint_get_signed_off_by (c), ==, "周经理");
  g_assert_cmpint (pd_complaint_get_handled_at (c), ==, f->t0 + 20 * H);
  g_assert_cmpint (pd_complaint_get_timeliness (c, f->t0 + 100 * H), ==,
                   PD_COMPLAINT_TIMELINESS_ON_TIME);
  g_assert_false (pd_complaint_store_update (f->t.db, c, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, "TS2026-0001");
  g_clear_error (&error);

  g_assert_true (pd_callback_store_kpis (f->t.db, PD_CALLBACK_SUBJECT_COMPLAINT, f->t0,
                                         f->t0 + 100 * H, &kpis, &error));
  g_assert_cmpint (kpis.completed, ==, 1);
  g_assert_cmpint (kpis.called_back, ==, 1);
  g_assert_cmpint (kpis.callback_rate_permille, ==, 1000);
}

static void
test_invalid (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdComplaint) c = NULL;
  PdComplaintDispatch dispatch = { .by = "陈静", .at = 0 };
  gint64 id = pd_test_register_complaint (f->t.db, "其他", f->unit, f->t0, FALSE);

  g_assert_false (pd_complaint_store_decide (f->t.db, id, FALSE, "  ", "李主管", 0, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_FIELD, "explanation");
  g_clear_error (&error);
  g_assert_true (pd_complaint_store_decide (f->t.db, id, FALSE, "属业主间私人纠纷，已解释",
                                            "李主管", f->t0 + H, &error));
  g_assert_no_error (error);
  c = get (f, id);
  g_assert_cmpint (pd_complaint_get_state (c), ==, PD_COMPLAINT_STATE_INVALID);
  g_assert_cmpint (pd_complaint_get_valid (c), ==, PD_COMPLAINT_VALIDITY_INVALID);
  g_assert_cmpstr (pd_complaint_get_validity_note (c), ==, "属业主间私人纠纷，已解释");
  g_assert_false (pd_complaint_store_dispatch (f->t.db, id, &dispatch, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, "can no longer be changed");
  g_clear_error (&error);
  g_assert_false (pd_complaint_store_decide (f->t.db, id, TRUE, NULL, "李主管", 0, &error));
  g_assert_error (error, PD_COMPLAINT_ERROR, PD_COMPLAINT_ERROR_STATE);
  g_clear_error (&error);
  g_assert_true (pd_complaint_store_archive (f->t.db, id, "陈静", f->t0 + 2 * H, &error));
  g_assert_no_error (error);
}

static void
test_serious (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdComplaint) c = NULL;
  g_autoptr(PdComplaintList) list = pd_complaint_list_new (f->t.db);
  PdComplaintDispatch dispatch = { .by = "陈静", .responsible = "刘工", .at = 0 };
  PdComplaintQuery query;
  gint64 plain, serious;

  dispatch.at = f->t0 + 30 * 60;
  plain = pd_test_register_complaint (f->t.db, "设施设备与维修", f->unit, f->t0, FALSE);
  serious = pd_test_register_complaint (f->t.db, "设施设备与维修", f->unit, f->t0 + 60, TRUE);
  g_assert_cmpint (pd_complaint_store_count_manager_queue (f->t.db, &error), ==, 1);
  c = get (f, serious);
  g_assert_true (pd_complaint_get_in_manager_queue (c));
  g_clear_object (&c);

  pd_complaint_query_init (&query);
  query.filter = PD_COMPLAINT_FILTER_MANAGER_QUEUE;
  query.now = f->t0 + H;
  g_assert_true (pd_complaint_list_set_query (list, &query, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpint (pd_complaint_list_find (list, serious), ==, 0);
  g_assert_cmpint (pd_complaint_list_find (list, plain), ==, -1);

  /* A plain case marked serious at dispatch joins the queue too. */
  g_assert_true (pd_complaint_store_decide (f->t.db, plain, TRUE, NULL, "李主管", 0, &error));
  dispatch.serious = TRUE;
  g_assert_true (pd_complaint_store_dispatch (f->t.db, plain, &dispatch, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pd_complaint_store_count_manager_queue (f->t.db, NULL), ==, 2);

  /* The department may start, but no result before the manager's directions. */
  g_assert_true (pd_complaint_store_decide (f->t.db, serious, TRUE, NULL, "李主管", 0, &error));
  dispatch.serious = FALSE;
  g_assert_true (pd_complaint_store_dispatch (f->t.db, serious, &dispatch, &error));
  g_assert_false (pd_complaint_store_record_result (f->t.db, serious, "更换水泵", "已恢复供水",
                                                    "刘工", 0, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_MANAGER, "manager");
  g_clear_error (&error);

  g_assert_false (pd_complaint_store_manager_direct (f->t.db, serious, "工程部刘经理", "",
                                                     0, "周经理", 0, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_FIELD, "measures");
  g_clear_error (&error);
  g_assert_false (pd_complaint_store_manager_direct (f->t.db, serious, "工程部刘经理", "连夜抢修",
                                                     f->t0 - H, "周经理", 0, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_TIME, "deadline");
  g_clear_error (&error);
  g_assert_true (pd_complaint_store_manager_direct (f->t.db, serious, "工程部刘经理",
                                                    "连夜抢修，次日上门致歉", f->t0 + 12 * H,
                                                    "周经理", f->t0 + H, &error));
  g_assert_no_error (error);
  c = get (f, serious);
  g_assert_false (pd_complaint_get_in_manager_queue (c));
  g_assert_cmpint (pd_complaint_get_deadline_at (c), ==, f->t0 + 12 * H);
  g_assert_cmpstr (pd_complaint_get_manager_person (c), ==, "工程部刘经理");
  g_assert_cmpstr (pd_complaint_get_responsible (c), ==, "刘工");
  g_clear_object (&c);
  g_assert_cmpint (pd_complaint_store_count_manager_queue (f->t.db, NULL), ==, 1);
  g_assert_true (pd_complaint_store_record_result (f->t.db, serious, "更换水泵", "已恢复供水",
                                                   "刘工", f->t0 + 10 * H, &error));
  g_assert_no_error (error);

  /* A new category does not move a deadline the manager set. */
  c = get (f, serious);
  pd_complaint_set_category_id (c, pd_test_category (f->t.db, "其他"));
  g_assert_true (pd_complaint_store_update (f->t.db, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pd_complaint_get_deadline_at (c), ==, f->t0 + 12 * H);
  g_assert_cmpstr (pd_complaint_get_category_name (c), ==, "其他");
}

static void
test_reopen (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdComplaint) c = NULL;
  PdComplaintDispatch dispatch = { .by = "陈静", .at = 0 };
  gint64 id = pd_test_register_complaint (f->t.db, "清洁与绿化", f->unit, f->t0, FALSE);

  dispatch.at = f->t0 + 60;
  g_assert_true (pd_complaint_store_decide (f->t.db, id, TRUE, NULL, "李主管", 0, &error));
  g_assert_true (pd_complaint_store_dispatch (f->t.db, id, &dispatch, &error));
  g_assert_true (pd_complaint_store_record_result (f->t.db, id, "清扫楼道", "已清扫", "保洁班",
                                                   f->t0 + 5 * H, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pd_complaint_store_record_callback (f->t.db, id, PD_CALLBACK_METHOD_ONSITE,
                                                       "陈静", FALSE, "仍有垃圾",
                                                       f->t0 + 6 * H, &error), >, 0);
  g_assert_no_error (error);
  c = get (f, id);
  g_assert_cmpint (pd_complaint_get_state (c), ==, PD_COMPLAINT_STATE_DISPATCHED);
  g_assert_cmpint (pd_complaint_get_reopened_count (c), ==, 1);
  g_assert_cmpint (pd_complaint_get_handled_at (c), ==, 0);
  g_assert_cmpint (pd_complaint_get_called_back_at (c), ==, 0);
  g_assert_cmpint (pd_complaint_get_deadline_at (c), ==, f->t0 + 48 * H);
  g_clear_object (&c);

  /* Another callback falls due after the next result; the second result is after the
   * committed deadline, so the case is late. */
  g_assert_cmpint (pd_complaint_store_record_callback (f->t.db, id, PD_CALLBACK_METHOD_PHONE,
                                                       "陈静", TRUE, NULL, f->t0 + 7 * H,
                                                       &error), ==, 0);
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, "No callback before a result");
  g_clear_error (&error);
  g_assert_true (pd_complaint_store_record_result (f->t.db, id, "彻底清理", "已清理干净",
                                                   "保洁班", f->t0 + 50 * H, &error));
  g_assert_cmpint (pd_complaint_store_record_callback (f->t.db, id, PD_CALLBACK_METHOD_PHONE,
                                                       "陈静", TRUE, NULL, f->t0 + 51 * H,
                                                       &error), >, 0);
  c = get (f, id);
  g_assert_cmpint (pd_complaint_get_state (c), ==, PD_COMPLAINT_STATE_CALLED_BACK);
  g_assert_cmpint (pd_complaint_get_timeliness (c, f->t0 + 60 * H), ==,
                   PD_COMPLAINT_TIMELINESS_LATE);
}

static void
test_mail_desk (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdComplaint) c = NULL;
  PdComplaintDispatch dispatch = { .by = "陈静", .at = 0 };
  gint64 id = pd_test_register_complaint (f->t.db, "邮件报刊", f->unit, f->t0, FALSE);

  dispatch.at = f->t0 + 60;
  g_assert_true (pd_complaint_store_decide (f->t.db, id, TRUE, NULL, "李主管", 0, &error));
  g_assert_true (pd_complaint_store_dispatch (f->t.db, id, &dispatch, &error));
  g_assert_no_error (error);
  c = get (f, id);
  g_assert_cmpint (pd_complaint_get_department_id (c), ==,
                   pd_test_department (f->t.db, "security"));
  g_assert_cmpstr (pd_complaint_get_responsible (c), ==, "信报室");
  g_clear_object (&c);

  /* "另一单位" goes outside; a category without a department needs one chosen. */
  id = pd_test_register_complaint (f->t.db, "外单位", f->unit, f->t0, FALSE);
  g_assert_true (pd_complaint_store_decide (f->t.db, id, TRUE, NULL, "李主管", 0, &error));
  g_assert_true (pd_complaint_settings_set_category_department (
    f->t.db, pd_test_category (f->t.db, "外单位"), 0, &error));
  g_assert_false (pd_complaint_store_dispatch (f->t.db, id, &dispatch, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_FIELD, "外单位");
  g_clear_error (&error);
  dispatch.department_id = pd_test_department (f->t.db, "outside");
  g_assert_true (pd_complaint_store_dispatch (f->t.db, id, &dispatch, &error));
  g_assert_no_error (error);
}

static void
test_contact_to_repair (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepair) repair = NULL;
  g_autoptr(PdRepair) stored = NULL;
  g_autoptr(PdContact) entry = NULL;
  gint64 contact_id = new_contact (f, f->t0, "卫生间水管漏水");

  repair = pd_contact_store_new_repair (f->t.db, contact_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pd_repair_get_reporter (repair), ==, "王芳");
  g_assert_cmpstr (pd_repair_get_description (repair), ==, "卫生间水管漏水");
  g_assert_cmpstr (pd_repair_get_reporter_phone (repair), ==, "13812345678");
  g_assert_cmpint (pd_repair_get_unit_id (repair), ==, f->unit);
  g_assert_cmpint (pd_repair_get_occupant_id (repair), ==, f->occupant);
  g_assert_cmpint (pd_repair_get_reported_at (repair), ==, f->t0);
  g_assert_cmpint (pd_repair_get_channel (repair), ==, PD_REPAIR_CHANNEL_PHONE);
  g_assert_cmpint (pd_repair_get_category_id (repair), !=, 0);
  g_assert_false (pd_repair_get_public_area (repair));
  pd_repair_set_urgency (repair, PD_REPAIR_URGENCY_SMALL);

  g_assert_true (pd_contact_store_create_repair (f->t.db, contact_id, repair, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (pd_repair_get_serial (repair), "BX2026-"));
  stored = pd_repair_store_get (f->t.db, pd_repair_get_id (repair), &error);
  g_assert_cmpint (pd_repair_get_urgency (stored), ==, PD_REPAIR_URGENCY_SMALL);
  g_assert_cmpstr (pd_repair_get_clerk (stored), ==, "陈静");

  entry = pd_contact_store_get (f->t.db, contact_id, &error);
  g_assert_cmpint (pd_contact_get_outcome (entry), ==, PD_CONTACT_OUTCOME_REPAIR);
  g_assert_cmpint (pd_contact_get_repair_id (entry), ==, pd_repair_get_id (repair));
  g_assert_cmpstr (pd_contact_get_linked_serial (entry), ==, pd_repair_get_serial (repair));

  /* Once dealt with, the entry cannot become anything else. */
  g_clear_object (&repair);
  repair = pd_contact_store_new_repair (f->t.db, contact_id, &error);
  g_assert_null (repair);
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, "already been dealt with");
  g_clear_error (&error);
  g_assert_false (pd_contact_store_answer_inquiry (f->t.db, contact_id, "答复", "陈静", 0,
                                                   &error));
  g_assert_error (error, PD_COMPLAINT_ERROR, PD_COMPLAINT_ERROR_STATE);
}

static void
test_contact_steps (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdContact) entry = NULL;
  gint64 id = new_contact (f, f->t0, "询问物业费缴费方式");

  g_assert_false (pd_contact_store_record_step (f->t.db, id, PD_CONTACT_STEP_FOLLOW_UP_DONE,
                                                "已回电", "陈静", f->t0 + H, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_STATE, "follow");
  g_clear_error (&error);
  g_assert_false (pd_contact_store_record_step (f->t.db, id, PD_CONTACT_STEP_ACTION, "已解答",
                                                "陈静", f->t0 - 1, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_TIME, "before the call");
  g_clear_error (&error);
  g_assert_true (pd_contact_store_record_step (f->t.db, id, PD_CONTACT_STEP_FOLLOW_UP_NEEDED,
                                               "寄送缴费通知单", "陈静", f->t0 + H, &error));
  g_assert_true (pd_contact_store_record_step (f->t.db, id, PD_CONTACT_STEP_FOLLOW_UP_DONE,
                                               "已寄送", "小李", f->t0 + 5 * H, &error));
  g_assert_true (pd_contact_store_record_step (f->t.db, id, PD_CONTACT_STEP_FEEDBACK, "满意",
                                               NULL, f->t0 + 6 * H, &error));
  g_assert_no_error (error);
  g_assert_true (pd_contact_store_answer_inquiry (f->t.db, id, "可银行转账或现金缴纳", "陈静",
                                                  f->t0 + 60, &error));
  g_assert_no_error (error);
  entry = pd_contact_store_get (f->t.db, id, &error);
  g_assert_cmpint (pd_contact_get_outcome (entry), ==, PD_CONTACT_OUTCOME_INQUIRY);
  g_assert_cmpstr (pd_contact_get_action_taken (entry), ==, "可银行转账或现金缴纳");
  g_assert_cmpstr (pd_contact_get_follow_up_done_by (entry), ==, "小李");
  g_assert_cmpint (pd_contact_get_follow_up_done_at (entry), ==, f->t0 + 5 * H);
  g_assert_cmpstr (pd_contact_get_customer_feedback (entry), ==, "满意");
  g_assert_cmpint (pd_contact_get_customer_feedback_at (entry), ==, f->t0 + 6 * H);
}

static void
test_contact_checks (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdContact) c = pd_contact_new ();

  pd_contact_set_caller (c, "王芳");
  pd_contact_set_content (c, "咨询");
  pd_contact_set_recorder (c, "陈静");
  pd_contact_set_phone (c, "12345");
  g_assert_false (pd_contact_store_create (f->t.db, c, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_FIELD, "phone");
  g_clear_error (&error);
  pd_contact_set_phone (c, "");
  pd_contact_set_occupant_id (c, f->occupant);
  pd_contact_set_unit_id (c, f->other_unit);
  g_assert_false (pd_contact_store_create (f->t.db, c, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_FIELD, "王芳 does not live");
  g_clear_error (&error);
  pd_contact_set_occupant_id (c, 0);
  pd_contact_set_caller (c, "  ");
  g_assert_false (pd_contact_store_create (f->t.db, c, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_FIELD, "caller");
  g_clear_error (&error);
  pd_contact_set_caller (c, "过路人");
  /* A visitor without a unit is fine. */
  pd_contact_set_unit_id (c, 0);
  g_assert_true (pd_contact_store_create (f->t.db, c, &error));
  g_assert_no_error (error);
}

static void
test_overdue (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  PdComplaintDispatch dispatch = { .by = "陈静", .at = 0 };
  PdComplaintQuery query;
  gint64 a, b, c, d, now;

  /* a: registered 30 h ago, no feedback (feedback overdue since 6 h);
   * b: registered 2 h ago, on its way;
   * c: registered 60 h ago, fed back, no result (deadline passed 12 h ago);
   * d: signed off long ago. */
  now = f->t0 + 100 * H;
  dispatch.at = f->t0 + 60;
  a = pd_test_register_complaint (f->t.db, "服务态度", f->unit, now - 30 * H, FALSE);
  b = pd_test_register_complaint (f->t.db, "服务态度", f->unit, now - 2 * H, FALSE);
  c = pd_test_register_complaint (f->t.db, "服务态度", f->unit, now - 60 * H, FALSE);
  g_assert_true (pd_complaint_store_record_feedback (f->t.db, c, "陈静", "已告知", now - 59 * H,
                                                     &error));
  d = pd_test_register_complaint (f->t.db, "服务态度", f->unit, f->t0, FALSE);
  g_assert_true (pd_complaint_store_decide (f->t.db, d, TRUE, NULL, "李主管", f->t0, &error));
  g_assert_true (pd_complaint_store_dispatch (f->t.db, d, &dispatch, &error));
  g_assert_true (pd_complaint_store_record_result (f->t.db, d, "道歉", "已道歉", "客服部",
                                                   f->t0 + H, &error));
  g_assert_true (pd_complaint_store_record_callback (f->t.db, d, PD_CALLBACK_METHOD_PHONE,
                                                     "陈静", TRUE, NULL, f->t0 + 2 * H, &error));
  g_assert_true (pd_complaint_store_sign_off (f->t.db, d, "周经理", f->t0 + 3 * H, &error));
  g_assert_no_error (error);

  g_assert_cmpint (pd_complaint_store_count_overdue (f->t.db, now, &error), ==, 2);
  g_assert_cmpint (pd_complaint_store_count_overdue (f->t.db, now - 29 * H, &error), ==, 0);

  pd_complaint_query_init (&query);
  query.filter = PD_COMPLAINT_FILTER_ALL;
  query.now = now;
  ids = pd_complaint_store_query_ids (f->t.db, &query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 4);
  /* c's deadline (now - 12 h) comes before a's feedback due (now - 6 h); then b; d closed. */
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, c);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, a);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, b);
  g_assert_cmpint (g_array_index (ids, gint64, 3), ==, d);
  g_clear_pointer (&ids, g_array_unref);

  query.filter = PD_COMPLAINT_FILTER_FEEDBACK_OVERDUE;
  ids = pd_complaint_store_query_ids (f->t.db, &query, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, a);
  g_clear_pointer (&ids, g_array_unref);
  query.filter = PD_COMPLAINT_FILTER_DEADLINE_OVERDUE;
  ids = pd_complaint_store_query_ids (f->t.db, &query, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, c);
  g_clear_pointer (&ids, g_array_unref);
  query.filter = PD_COMPLAINT_FILTER_CLOSED;
  ids = pd_complaint_store_query_ids (f->t.db, &query, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  /* Text: serial prefix, content words, unit. */
  query.filter = PD_COMPLAINT_FILTER_ALL;
  query.text = "TS2026-0003";
  ids = pd_complaint_store_query_ids (f->t.db, &query, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, c);
  g_clear_pointer (&ids, g_array_unref);
  query.text = "三天";
  ids = pd_complaint_store_query_ids (f->t.db, &query, &error);
  g_assert_cmpuint (ids->len, ==, 4);
  g_clear_pointer (&ids, g_array_unref);
  query.text = "5栋";
  ids = pd_complaint_store_query_ids (f->t.db, &query, &error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);
  query.text = "3栋 1201";
  query.sort = PD_COMPLAINT_SORT_SERIAL;
  ids = pd_complaint_store_query_ids (f->t.db, &query, &error);
  g_assert_cmpuint (ids->len, ==, 4);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, a);
}

static void
test_settings (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(PdComplaint) c = NULL;
  PdComplaintCategory *first;
  PdComplaintTimes times;
  gint64 id, complaint;

  categories = pd_complaint_settings_list_categories (f->t.db, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (categories->len, ==, 9);
  first = g_ptr_array_index (categories, 0);
  g_assert_cmpstr (first->name, ==, "设施设备与维修");
  g_assert_cmpstr (first->department_name, ==, "工程部");
  g_assert_cmpint (first->cycle_hours, ==, 48);

  id = pd_complaint_settings_add_category (f->t.db, " 停车管理 ",
                                           pd_test_department (f->t.db, "security"), 24, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_complaint_settings_add_category (f->t.db, "停车管理", 0, 24, &error), ==,
                   0);
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (pd_complaint_settings_add_category (f->t.db, "噪音", 0, 0, &error), ==, 0);
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (pd_complaint_settings_rename_category (f->t.db, id, "收费", &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_true (pd_complaint_settings_rename_category (f->t.db, id, "停车与车辆", &error));

  /* A new category on an open case brings its cycle. */
  complaint = pd_test_register_complaint (f->t.db, "其他", f->unit, f->t0, FALSE);
  c = get (f, complaint);
  g_assert_cmpint (pd_complaint_get_deadline_at (c), ==, f->t0 + 48 * H);
  pd_complaint_set_category_id (c, id);
  g_assert_true (pd_complaint_store_update (f->t.db, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pd_complaint_get_deadline_at (c), ==, f->t0 + 24 * H);
  g_assert_cmpstr (pd_complaint_get_category_name (c), ==, "停车与车辆");

  g_assert_true (pd_complaint_settings_set_category_cycle (f->t.db, id, 12, &error));
  g_assert_true (pd_complaint_settings_set_category_active (f->t.db, id, FALSE, &error));
  g_clear_object (&c);
  c = pd_complaint_new ();
  pd_complaint_set_complainant (c, "张三");
  pd_complaint_set_content (c, "车位被占");
  pd_complaint_set_recorder (c, "陈静");
  pd_complaint_set_category_id (c, id);
  pd_complaint_set_four_clear (c, TRUE);
  g_assert_false (pd_complaint_store_create (f->t.db, c, &error));
  assert_refusal (error, PD_COMPLAINT_ERROR_FIELD, "停车与车辆");
  g_clear_error (&error);

  pd_complaint_settings_load_times (f->t.db, &times);
  g_assert_cmpint (times.feedback_hours, ==, 24);
  times.feedback_hours = 12;
  g_assert_true (pd_complaint_settings_save_times (f->t.db, &times, &error));
  times.callback_hours = 0;
  g_assert_false (pd_complaint_settings_save_times (f->t.db, &times, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
  g_clear_error (&error);
  pd_complaint_settings_load_times (f->t.db, &times);
  g_assert_cmpint (times.feedback_hours, ==, 12);
  g_assert_cmpint (times.callback_hours, ==, 24);
  /* A value typed by hand outside the range gives the default. */
  g_assert_true (pd_settings_set_string (f->t.db, "complaint.callback_hours", "9999", &error));
  pd_complaint_settings_load_times (f->t.db, &times);
  g_assert_cmpint (times.callback_hours, ==, 24);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) \
  g_test_add ("/core/complaint-store/" path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("full-flow", test_full_flow);
  ADD ("invalid", test_invalid);
  ADD ("serious", test_serious);
  ADD ("reopen", test_reopen);
  ADD ("mail-desk", test_mail_desk);
  ADD ("contact-to-repair", test_contact_to_repair);
  ADD ("contact-steps", test_contact_steps);
  ADD ("contact-checks", test_contact_checks);
  ADD ("overdue", test_overdue);
  ADD ("settings", test_settings);
#undef ADD
  return g_test_run ();
}
