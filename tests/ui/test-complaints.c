// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include <string.h>

#include "pd-callback-store.h"
#include "pd-complaint-report-export.h"
#include "pd-complaint-forms-ui.h"
#include "pd-complaint-print.h"
#include "pd-complaint-settings.h"
#include "pd-complaint-store.h"
#include "pd-complaints-private.h"
#include "pd-contact-store.h"
#include "pd-form-draw-complaints.h"
#include "pd-occupant-store.h"
#include "pd-place-store.h"
#include "pd-repair-dialogs-private.h"
#include "pd-repair-intake-dialog.h"
#include "pd-repair-settings.h"
#include "pd-repair-store.h"
#include "pd-ui-test-util.h"
#include "pd-window.h"

/* A call on the complaints tab, driven through the widgets as a clerk would: it is registered,
 * becomes a complaint, is dispatched to security (秩序维护部), handled, fed back, called back
 * and signed off by the manager; the list's clocks and the tab badge with a moved "now"; the
 * report printed to a PDF. Each case runs in its own subprocess (GTK state, dialogs). */

#define RUN_IN_SUBPROCESS()                                                          \
  G_STMT_START {                                                                     \
    if (!g_test_subprocess ())                                                       \
      {                                                                              \
        g_test_trap_subprocess (NULL, 180 * G_USEC_PER_SEC,                         \
                                G_TEST_SUBPROCESS_INHERIT_STDERR);                   \
        g_test_trap_assert_passed ();                                                \
        return;                                                                      \
      }                                                                              \
  } G_STMT_END

#define MINUTE 60
#define HOUR   3600

typedef struct
{
  PdUiTestDb        t;
  PdWindow         *window;
  PdComplaintsPage *page;
  gint64            t0;        /* the call, on a whole minute, 30 hours ago */
  gint64            now;       /* what the page calls now */
  gint64            occupant;
  gint64            unit;
} Fixture;

static gint64
fixture_now (gpointer data)
{
  return ((Fixture *) data)->now;
}

static void
fixture_open (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdUnit) unit = pd_unit_new ();
  g_autoptr(PdOccupant) o = pd_occupant_new ();
  g_autoptr(GPtrArray) departments = NULL;
  PdStaff guard = { .name = "赵队长", .team = "巡逻班", .phone = "13600002222" };
  gint64 estate, building;

  pd_ui_test_db_open (&f->t);
  f->t0 = (g_get_real_time () / G_USEC_PER_SEC - 30 * HOUR) / MINUTE * MINUTE;
  f->now = f->t0;

  estate = pd_place_store_ensure_estate (f->t.db, "海景花园", &error);
  building = pd_place_store_ensure_building (f->t.db, estate, "3栋", &error);
  g_assert_no_error (error);
  pd_unit_set_building_id (unit, building);
  pd_unit_set_number (unit, "1201");
  pd_unit_set_area (unit, 9500);
  g_assert_true (pd_place_store_insert_unit (f->t.db, unit, &error));
  f->unit = pd_unit_get_id (unit);
  pd_occupant_set_unit_id (o, f->unit);
  pd_occupant_set_name (o, "李秀英");
  pd_occupant_set_phone (o, "13812345678");
  pd_occupant_set_role (o, PD_ROLE_OWNER);
  pd_occupant_set_status (o, PD_STATUS_ACTIVE);
  pd_occupant_set_move_in_date (o, "2024-05-01");
  g_assert_true (pd_occupant_store_insert (f->t.db, o, &error));
  g_assert_no_error (error);
  f->occupant = pd_occupant_get_id (o);

  departments = pd_repair_settings_list_departments (f->t.db, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < departments->len; i++)
    {
      PdDepartment *d = g_ptr_array_index (departments, i);

      if (g_strcmp0 (d->code, "security") == 0)
        guard.department_id = d->id;
    }
  g_assert_cmpint (guard.department_id, >, 0);
  g_assert_cmpint (pd_repair_settings_add_staff (f->t.db, &guard, &error), >, 0);
  g_assert_no_error (error);

  f->window = pd_window_new (NULL, f->t.db);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  f->page = pd_window_get_complaints_page (f->window);
  pd_complaints_page_set_now_func (f->page, fixture_now, f, NULL);
  adw_view_stack_set_visible_child_name (
    ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (f->page), ADW_TYPE_VIEW_STACK)),
    "complaints");
  pd_ui_test_spin (100);
}

static void
fixture_close (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  pd_ui_test_spin (50);
  pd_ui_test_db_close (&f->t);
}

static GtkWidget *
find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        found = window;
    }
  return found;
}

/* Closes the message dialog on screen and returns its heading (a copy). */
static char *
close_message (void)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
  char *heading;

  g_assert_nonnull (dialog);
  heading = g_strdup (adw_message_dialog_get_heading (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  pd_ui_test_spin (20);
  return heading;
}

static char *
time_text (gint64 t)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (t);

  return g_date_time_format (dt, "%Y-%m-%d %H:%M");
}

static PdComplaint *
reload_complaint (Fixture *f,
                  gint64   id)
{
  g_autoptr(GError) error = NULL;
  PdComplaint *c = pd_complaint_store_get (f->t.db, id, &error);

  g_assert_no_error (error);
  return c;
}

static PdContact *
reload_contact (Fixture *f,
                gint64   id)
{
  g_autoptr(GError) error = NULL;
  PdContact *c = pd_contact_store_get (f->t.db, id, &error);

  g_assert_no_error (error);
  return c;
}

static PdComplaintDetail *
complaint_detail (Fixture *f)
{
  return _pd_complaints_view_get_detail (_pd_complaints_page_get_complaints_view (f->page));
}

static PdContactDetail *
contact_detail (Fixture *f)
{
  return _pd_contacts_view_get_detail (_pd_complaints_page_get_contacts_view (f->page));
}

/* A call from the occupant of 3栋 1201, registered through the entry dialog (Ctrl+N). */
static gint64
register_call (Fixture    *f,
               const char *content)
{
  PdContactDialog *dialog;
  PdUnitFinder *finder;
  g_autofree char *when = time_text (f->t0);
  gint64 id;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL);
  dialog = PD_CONTACT_DIALOG (find_window (PD_TYPE_CONTACT_DIALOG));
  g_assert_nonnull (dialog);

  finder = _pd_contact_dialog_get_finder (dialog);
  g_assert_cmpuint (pd_unit_finder_search (finder, "3栋 1201"), >=, 1);
  g_assert_true (pd_unit_finder_pick (finder, 0));
  g_assert_cmpint (pd_unit_finder_get_occupant_id (finder), ==, f->occupant);
  g_assert_cmpstr (gtk_editable_get_text (_pd_contact_dialog_get_entry (dialog, "caller")), ==,
                   "李秀英");
  g_assert_cmpstr (gtk_editable_get_text (_pd_contact_dialog_get_entry (dialog, "phone")), ==,
                   "13812345678");
  _pd_contact_dialog_set_channel (dialog, PD_CONTACT_CHANNEL_PHONE);
  gtk_editable_set_text (_pd_contact_dialog_get_entry (dialog, "time"), when);
  gtk_editable_set_text (_pd_contact_dialog_get_entry (dialog, "recorder"), "");
  /* Nothing is saved without who recorded it and what was said. */
  g_assert_false (_pd_complaints_dialog_save (GTK_WIDGET (dialog)));
  gtk_editable_set_text (_pd_contact_dialog_get_entry (dialog, "recorder"), "王芳");
  _pd_contact_dialog_set_content (dialog, content);
  g_assert_true (_pd_complaints_dialog_save (GTK_WIDGET (dialog)));
  pd_ui_test_spin (20);

  /* The register shows it selected, waiting for the clerk's decision. */
  g_assert_nonnull (pd_contact_detail_get_contact (contact_detail (f)));
  id = pd_contact_get_id (pd_contact_detail_get_contact (contact_detail (f)));
  g_assert_cmpint (pd_contact_get_outcome (pd_contact_detail_get_contact (contact_detail (f))),
                   ==, PD_CONTACT_OUTCOME_PENDING);
  return id;
}

/* Opens a complaint step of the selected case and returns its dialog. */
static PdComplaintStepDialog *
open_step (Fixture    *f,
           const char *action)
{
  PdComplaintStepDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (complaint_detail (f)), action, NULL);
  dialog = PD_COMPLAINT_STEP_DIALOG (find_window (PD_TYPE_COMPLAINT_STEP_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
}

static void
save_step (Fixture               *f,
           PdComplaintStepDialog *dialog,
           const char            *by,
           gint64                 at)
{
  g_autofree char *when = time_text (at);

  gtk_editable_set_text (_pd_complaint_step_dialog_get_entry (dialog, "by"), by);
  gtk_editable_set_text (_pd_complaint_step_dialog_get_entry (dialog, "time"), when);
  g_assert_null (_pd_complaint_step_dialog_get_issue (dialog));
  g_assert_true (_pd_complaints_dialog_save (GTK_WIDGET (dialog)));
  pd_ui_test_spin (20);
}

/* The label showing @text under @root, or NULL. */
static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return GTK_LABEL (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkToggleButton *
find_toggle (GtkWidget *root)
{
  if (GTK_IS_TOGGLE_BUTTON (root))
    return GTK_TOGGLE_BUTTON (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkToggleButton *found = find_toggle (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The occupant's phone is confidential: @pane shows it masked, whole only after the row's
 * Show, masked again after Hide. */
static void
assert_phone_masked (GtkWidget *pane)
{
  GtkLabel *label = find_label (pane, "138****5678");
  GtkToggleButton *reveal;

  g_assert_nonnull (label);
  g_assert_null (find_label (pane, "13812345678"));
  reveal = find_toggle (gtk_widget_get_ancestor (GTK_WIDGET (label), ADW_TYPE_ACTION_ROW));
  g_assert_nonnull (reveal);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (reveal)), ==, "Show");
  gtk_toggle_button_set_active (reveal, TRUE);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "13812345678");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (reveal)), ==, "Hide");
  gtk_toggle_button_set_active (reveal, FALSE);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "138****5678");
}

static void
assert_suggested (Fixture    *f,
                  const char *action)
{
  g_assert_cmpstr (_pd_complaint_detail_get_suggested (complaint_detail (f)), ==, action);
}

static void
test_call_to_sign_off (void)
{
  Fixture f = { 0 };
  g_autoptr(PdComplaint) c = NULL;
  g_autoptr(PdContact) entry = NULL;
  g_autoptr(GPtrArray) callbacks = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *dispatched_at = NULL;
  PdComplaintDialog *form;
  PdComplaintDispatchDialog *dispatch;
  PdComplaintStepDialog *step;
  PdCallbackDialog *callback;
  PdComplaintsView *view;
  gint64 contact_id, id;
  const char *text;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);
  view = _pd_complaints_page_get_complaints_view (f.page);

  /* 1. The call is registered. */
  contact_id = register_call (&f, "晚上十点后楼下商铺音响太吵，影响休息");
  entry = reload_contact (&f, contact_id);
  g_assert_true (g_str_has_prefix (pd_contact_get_serial (entry), "LD"));
  g_assert_cmpint (pd_contact_get_occupant_id (entry), ==, f.occupant);
  g_assert_cmpint (pd_contact_get_received_at (entry), ==, f.t0);
  assert_phone_masked (GTK_WIDGET (contact_detail (&f)));

  /* 2. It becomes a complaint: the form comes prefilled from the entry, and is not saved
   * before the four clear are confirmed. */
  gtk_widget_activate_action (GTK_WIDGET (contact_detail (&f)), "contact.to-complaint", NULL);
  form = PD_COMPLAINT_DIALOG (find_window (PD_TYPE_COMPLAINT_DIALOG));
  g_assert_nonnull (form);
  g_assert_cmpstr (gtk_editable_get_text (_pd_complaint_dialog_get_entry (form, "complainant")),
                   ==, "李秀英");
  g_assert_true (_pd_complaint_dialog_choose_category (form, "安全与秩序"));
  _pd_complaint_dialog_set_four_clear (form, TRUE, TRUE, FALSE, TRUE);
  g_assert_false (_pd_complaint_dialog_can_save (form));
  g_assert_false (_pd_complaints_dialog_save (GTK_WIDGET (form)));
  _pd_complaint_dialog_set_four_clear (form, TRUE, TRUE, TRUE, TRUE);
  g_assert_true (_pd_complaint_dialog_can_save (form));
  g_assert_true (_pd_complaints_dialog_save (GTK_WIDGET (form)));
  pd_ui_test_spin (20);

  /* The tab now shows the complaint, selected. */
  g_assert_nonnull (pd_complaint_detail_get_complaint (complaint_detail (&f)));
  id = pd_complaint_get_id (pd_complaint_detail_get_complaint (complaint_detail (&f)));
  g_assert_cmpint (pd_complaints_view_get_selected_id (view), ==, id);
  c = reload_complaint (&f, id);
  g_assert_true (g_str_has_prefix (pd_complaint_get_serial (c), "TS"));
  g_assert_cmpint (pd_complaint_get_state (c), ==, PD_COMPLAINT_STATE_REGISTERED);
  g_assert_cmpint (pd_complaint_get_contact_id (c), ==, contact_id);
  assert_phone_masked (GTK_WIDGET (complaint_detail (&f)));
  assert_suggested (&f, "complaint.decide");
  g_clear_object (&entry);
  entry = reload_contact (&f, contact_id);
  g_assert_cmpint (pd_contact_get_outcome (entry), ==, PD_CONTACT_OUTCOME_COMPLAINT);
  g_assert_cmpint (pd_contact_get_complaint_id (entry), ==, id);

  /* 3. Valid; a result before the dispatch is refused by the core, with its sentence. */
  step = open_step (&f, "complaint.decide");
  _pd_complaint_step_dialog_set_valid (step, TRUE);
  save_step (&f, step, "王芳", f.t0 + 10 * MINUTE);
  /* Still registered for the core, but waiting for the dispatch now, and it says so. */
  assert_suggested (&f, "complaint.dispatch");
  pd_ui_test_spin (50);
  text = _pd_complaints_view_peek_cell (view, id, PD_COMPLAINTS_CELL_STATE, NULL);
  g_assert_cmpstr (text, ==, "Valid · Awaiting Dispatch");
  gtk_widget_activate_action (GTK_WIDGET (complaint_detail (&f)), "complaint.result", NULL);
  g_assert_null (find_window (PD_TYPE_COMPLAINT_STEP_DIALOG));
  heading = close_message ();
  g_assert_cmpstr (heading, ==, "The Rules Do Not Allow This");

  /* 4. Dispatched to security: the category's department comes first, the deadline from its
   * cycle. */
  gtk_widget_activate_action (GTK_WIDGET (complaint_detail (&f)), "complaint.dispatch", NULL);
  dispatch = PD_COMPLAINT_DISPATCH_DIALOG (find_window (PD_TYPE_COMPLAINT_DISPATCH_DIALOG));
  g_assert_nonnull (dispatch);
  text = gtk_editable_get_text (_pd_complaint_dispatch_dialog_get_entry (dispatch, "deadline"));
  {
    g_autofree char *expected = time_text (f.t0 + PD_COMPLAINT_CYCLE_HOURS_DEFAULT * HOUR);
    g_assert_cmpstr (text, ==, expected);
  }
  g_assert_true (_pd_complaint_dispatch_dialog_choose_department (dispatch, "秩序维护部"));
  gtk_editable_set_text (_pd_complaint_dispatch_dialog_get_entry (dispatch, "responsible"),
                         "赵队长");
  gtk_editable_set_text (_pd_complaint_dispatch_dialog_get_entry (dispatch, "by"), "王芳");
  dispatched_at = time_text (f.t0 + 20 * MINUTE);
  gtk_editable_set_text (_pd_complaint_dispatch_dialog_get_entry (dispatch, "time"),
                         dispatched_at);
  g_assert_true (_pd_complaints_dialog_save (GTK_WIDGET (dispatch)));
  pd_ui_test_spin (20);
  g_clear_object (&c);
  c = reload_complaint (&f, id);
  g_assert_cmpint (pd_complaint_get_state (c), ==, PD_COMPLAINT_STATE_DISPATCHED);
  g_assert_cmpstr (pd_complaint_get_department_name (c), ==, "秩序维护部");
  g_assert_cmpstr (pd_complaint_get_responsible (c), ==, "赵队长");
  /* The department's result comes next, not the callback. */
  assert_suggested (&f, "complaint.result");

  /* A callback before the result is refused too. */
  gtk_widget_activate_action (GTK_WIDGET (complaint_detail (&f)), "complaint.callback", NULL);
  g_assert_null (find_window (PD_TYPE_CALLBACK_DIALOG));
  g_free (close_message ());

  /* 5. Fed back within the day, handled by the department. Feedback must say what was said:
   * the report prints it and it cannot be given twice. */
  step = open_step (&f, "complaint.feedback");
  gtk_editable_set_text (_pd_complaint_step_dialog_get_entry (step, "by"), "王芳");
  g_assert_nonnull (_pd_complaint_step_dialog_get_issue (step));
  g_assert_false (_pd_complaints_dialog_save (GTK_WIDGET (step)));
  _pd_complaint_step_dialog_set_text (step, "  \n ", NULL);
  g_assert_nonnull (_pd_complaint_step_dialog_get_issue (step));
  g_assert_false (_pd_complaints_dialog_save (GTK_WIDGET (step)));
  g_clear_object (&c);
  c = reload_complaint (&f, id);
  g_assert_cmpint (pd_complaint_get_feedback_at (c), ==, 0);
  _pd_complaint_step_dialog_set_text (step, "已告知住户：秩序维护部今晚到商铺处理", NULL);
  save_step (&f, step, "王芳", f.t0 + 2 * HOUR);
  assert_suggested (&f, "complaint.result");
  step = open_step (&f, "complaint.result");
  /* Both the action and the result are needed. */
  _pd_complaint_step_dialog_set_text (step, "约谈商铺负责人，22 点后关闭音响", NULL);
  gtk_editable_set_text (_pd_complaint_step_dialog_get_entry (step, "by"), "赵队长");
  g_assert_nonnull (_pd_complaint_step_dialog_get_issue (step));
  g_assert_false (_pd_complaints_dialog_save (GTK_WIDGET (step)));
  _pd_complaint_step_dialog_set_text (step, "约谈商铺负责人，22 点后关闭音响",
                                      "当晚复查，已安静");
  save_step (&f, step, "赵队长", f.t0 + 5 * HOUR);
  g_clear_object (&c);
  c = reload_complaint (&f, id);
  g_assert_cmpint (pd_complaint_get_state (c), ==, PD_COMPLAINT_STATE_HANDLED);
  g_assert_cmpint (pd_complaint_get_feedback_at (c), ==, f.t0 + 2 * HOUR);
  assert_suggested (&f, "complaint.callback");

  /* A sign-off before the callback is refused. */
  gtk_widget_activate_action (GTK_WIDGET (complaint_detail (&f)), "complaint.sign-off", NULL);
  g_assert_null (find_window (PD_TYPE_COMPLAINT_STEP_DIALOG));
  g_free (close_message ());

  /* 6. Called back through the shared callback dialog. */
  gtk_widget_activate_action (GTK_WIDGET (complaint_detail (&f)), "complaint.callback", NULL);
  callback = PD_CALLBACK_DIALOG (find_window (PD_TYPE_CALLBACK_DIALOG));
  g_assert_nonnull (callback);
  _pd_callback_dialog_fill (callback, FALSE, "李娜", TRUE, FALSE, "住户表示满意");
  g_assert_true (_pd_repair_dialog_save (GTK_WIDGET (callback)));
  pd_ui_test_spin (20);
  g_clear_object (&c);
  c = reload_complaint (&f, id);
  g_assert_cmpint (pd_complaint_get_state (c), ==, PD_COMPLAINT_STATE_CALLED_BACK);
  callbacks = pd_callback_store_list (f.t.db, PD_CALLBACK_SUBJECT_COMPLAINT, id, NULL);
  g_assert_cmpuint (callbacks->len, ==, 1);
  assert_suggested (&f, "complaint.sign-off");

  /* 7. Signed off by the manager. */
  step = open_step (&f, "complaint.sign-off");
  save_step (&f, step, "陈经理", g_get_real_time () / G_USEC_PER_SEC);
  g_clear_object (&c);
  c = reload_complaint (&f, id);
  g_assert_cmpint (pd_complaint_get_state (c), ==, PD_COMPLAINT_STATE_SIGNED_OFF);
  g_assert_cmpstr (pd_complaint_get_signed_off_by (c), ==, "陈经理");
  assert_suggested (&f, "complaint.archive");

  /* The list's state column says so. */
  f.now = g_get_real_time () / G_USEC_PER_SEC;
  pd_complaints_page_tick (f.page);
  pd_ui_test_spin (100);
  text = _pd_complaints_view_peek_cell (view, id, PD_COMPLAINTS_CELL_STATE, NULL);
  g_assert_cmpstr (text, ==, pd_complaint_state_to_label (PD_COMPLAINT_STATE_SIGNED_OFF));
  text = _pd_complaints_view_peek_cell (view, id, PD_COMPLAINTS_CELL_DEPARTMENT, NULL);
  g_assert_cmpstr (text, ==, "秩序维护部");
  fixture_close (&f);
}

static gint64
store_complaint (Fixture    *f,
                 gint64      received_at,
                 const char *content,
                 gboolean    serious)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdComplaint) c = pd_complaint_new ();
  g_autoptr(PdComplaintCategory) category = pd_complaint_settings_find_category (f->t.db,
                                                                                "清洁与绿化",
                                                                                &error);

  g_assert_nonnull (category);
  pd_complaint_set_complainant (c, "李秀英");
  pd_complaint_set_unit_id (c, f->unit);
  pd_complaint_set_occupant_id (c, f->occupant);
  pd_complaint_set_channel (c, PD_CONTACT_CHANNEL_VISIT);
  pd_complaint_set_content (c, content);
  pd_complaint_set_received_at (c, received_at);
  pd_complaint_set_category_id (c, category->id);
  pd_complaint_set_recorder (c, "王芳");
  pd_complaint_set_four_clear (c, TRUE);
  pd_complaint_set_serious (c, serious);
  g_assert_true (pd_complaint_store_create (f->t.db, c, &error));
  g_assert_no_error (error);
  return pd_complaint_get_id (c);
}

static guint
badge (Fixture *f)
{
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (f->page),
                                                                 ADW_TYPE_VIEW_STACK));

  return adw_view_stack_page_get_badge_number (adw_view_stack_get_page (stack,
                                                                        GTK_WIDGET (f->page)));
}

static gint64
first_row_id (PdComplaintsView *view)
{
  g_autoptr(PdComplaint) first = g_list_model_get_item (_pd_complaints_view_get_rows (view), 0);

  g_assert_nonnull (first);
  return pd_complaint_get_id (first);
}

static void
test_overdue_badge (void)
{
  Fixture f = { 0 };
  PdComplaintsView *view;
  gboolean overdue = TRUE;
  const char *text;
  gint64 older, newer;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);
  view = _pd_complaints_page_get_complaints_view (f.page);

  older = store_complaint (&f, f.t0, "楼道垃圾两天没清", FALSE);
  newer = store_complaint (&f, f.t0 + 20 * HOUR, "草坪浇水太早吵醒住户", FALSE);
  f.now = f.t0 + HOUR;
  pd_window_notify_data_changed (f.window);
  pd_ui_test_spin (100);

  /* An hour in, the feedback clock runs: 23 hours left, nothing overdue, no badge. */
  text = _pd_complaints_view_peek_cell (view, older, PD_COMPLAINTS_CELL_FEEDBACK, &overdue);
  g_assert_nonnull (text);
  g_assert_false (overdue);
  g_assert_cmpint (pd_complaints_page_get_overdue_count (f.page), ==, 0);
  g_assert_cmpuint (badge (&f), ==, 0);

  /* 25 hours after the first complaint, its feedback is overdue: red, first, counted. */
  f.now = f.t0 + 25 * HOUR;
  pd_complaints_page_tick (f.page);
  pd_ui_test_spin (100);
  text = _pd_complaints_view_peek_cell (view, older, PD_COMPLAINTS_CELL_FEEDBACK, &overdue);
  g_assert_nonnull (text);
  g_assert_true (overdue);
  g_assert_cmpint (pd_complaints_page_get_overdue_count (f.page), ==, 1);
  g_assert_cmpuint (badge (&f), ==, 1);
  g_assert_cmpint (first_row_id (view), ==, older);
  text = _pd_complaints_view_peek_cell (view, newer, PD_COMPLAINTS_CELL_FEEDBACK, &overdue);
  g_assert_nonnull (text);
  g_assert_false (overdue);

  /* Feedback given: the badge goes. */
  g_assert_true (pd_complaint_store_record_feedback (f.t.db, older, "王芳", "已回复住户",
                                                     f.t0 + 25 * HOUR, NULL));
  pd_window_notify_data_changed (f.window);
  pd_ui_test_spin (50);
  g_assert_cmpint (pd_complaints_page_get_overdue_count (f.page), ==, 0);
  g_assert_cmpuint (badge (&f), ==, 0);
  fixture_close (&f);
}

static void
test_manager_queue (void)
{
  Fixture f = { 0 };
  g_autoptr(PdComplaint) c = NULL;
  PdComplaintStepDialog *step;
  PdComplaintsView *view;
  gint64 id;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);
  view = _pd_complaints_page_get_complaints_view (f.page);
  store_complaint (&f, f.t0, "普通投诉", FALSE);
  id = store_complaint (&f, f.t0 + HOUR, "小区大门无人值守，外来人员随意进出", TRUE);
  f.now = f.t0 + 2 * HOUR;
  pd_window_notify_data_changed (f.window);
  pd_ui_test_spin (50);
  g_assert_cmpint (pd_complaints_page_get_manager_count (f.page), ==, 1);

  /* The manager's queue shows only the serious case. */
  pd_complaints_page_show_view (f.page, "manager");
  pd_ui_test_spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (_pd_complaints_view_get_rows (view)), ==, 1);
  g_assert_cmpint (first_row_id (view), ==, id);
  g_assert_true (pd_complaints_view_select_complaint (view, id));

  /* The manager names the person responsible and the measures. */
  step = open_step (&f, "complaint.manager");
  gtk_editable_set_text (_pd_complaint_step_dialog_get_entry (step, "person"), "");
  gtk_editable_set_text (_pd_complaint_step_dialog_get_entry (step, "by"), "陈经理");
  g_assert_nonnull (_pd_complaint_step_dialog_get_issue (step));
  gtk_editable_set_text (_pd_complaint_step_dialog_get_entry (step, "person"), "秩序维护部孙主管");
  _pd_complaint_step_dialog_set_text (step, "门岗 24 小时值守，访客登记", NULL);
  save_step (&f, step, "陈经理", f.t0 + 90 * MINUTE);
  c = reload_complaint (&f, id);
  g_assert_false (pd_complaint_get_in_manager_queue (c));
  g_assert_cmpstr (pd_complaint_get_manager_person (c), ==, "秩序维护部孙主管");
  g_assert_cmpint (pd_complaints_page_get_manager_count (f.page), ==, 0);
  fixture_close (&f);
}

static void
test_not_valid (void)
{
  Fixture f = { 0 };
  g_autoptr(PdComplaint) c = NULL;
  PdComplaintStepDialog *step;
  gint64 id;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);
  id = store_complaint (&f, f.t0, "要求物业赔偿自家阳台花盆被风吹落", FALSE);
  f.now = f.t0 + HOUR;
  pd_window_notify_data_changed (f.window);
  g_assert_true (pd_complaints_page_get_overdue_count (f.page) == 0);
  pd_complaints_page_show_complaint (f.page, id);

  step = open_step (&f, "complaint.decide");
  _pd_complaint_step_dialog_set_valid (step, FALSE);
  gtk_editable_set_text (_pd_complaint_step_dialog_get_entry (step, "by"), "王芳");
  /* Not valid needs the explanation given to the occupant. */
  g_assert_nonnull (_pd_complaint_step_dialog_get_issue (step));
  g_assert_false (_pd_complaints_dialog_save (GTK_WIDGET (step)));
  _pd_complaint_step_dialog_set_text (step, "花盆属住户自有物品，台风预警已提前通知收回", NULL);
  save_step (&f, step, "王芳", f.t0 + 30 * MINUTE);
  c = reload_complaint (&f, id);
  g_assert_cmpint (pd_complaint_get_state (c), ==, PD_COMPLAINT_STATE_INVALID);
  g_assert_cmpstr (pd_complaint_get_validity_note (c), ==,
                   "花盆属住户自有物品，台风预警已提前通知收回");
  fixture_close (&f);
}

static void
test_register_to_repair_and_inquiry (void)
{
  Fixture f = { 0 };
  g_autoptr(PdContact) entry = NULL;
  g_autoptr(PdRepair) repair = NULL;
  PdRepairIntakeDialog *intake;
  PdComplaintStepDialog *step;
  gint64 leak, question;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);
  pd_complaints_page_show_view (f.page, "register");

  /* A leak reported on the phone becomes a repair order, prefilled. */
  leak = register_call (&f, "卫生间天花板渗水");
  gtk_widget_activate_action (GTK_WIDGET (contact_detail (&f)), "contact.to-repair", NULL);
  intake = PD_REPAIR_INTAKE_DIALOG (find_window (PD_TYPE_REPAIR_INTAKE_DIALOG));
  g_assert_nonnull (intake);
  g_assert_cmpstr (gtk_editable_get_text (_pd_repair_intake_dialog_get_entry (intake,
                                                                              "reporter")),
                   ==, "李秀英");
  g_assert_true (_pd_repair_intake_dialog_choose (intake, "category", "给排水"));
  g_assert_true (_pd_repair_dialog_save (GTK_WIDGET (intake)));
  pd_ui_test_spin (20);
  entry = reload_contact (&f, leak);
  g_assert_cmpint (pd_contact_get_outcome (entry), ==, PD_CONTACT_OUTCOME_REPAIR);
  g_assert_cmpint (pd_contact_get_repair_id (entry), >, 0);
  repair = pd_repair_store_get (f.t.db, pd_contact_get_repair_id (entry), NULL);
  g_assert_nonnull (repair);
  g_assert_cmpstr (pd_repair_get_description (repair), ==, "卫生间天花板渗水");
  g_assert_cmpint (pd_repair_get_occupant_id (repair), ==, f.occupant);

  /* A question answered on the spot: the answer becomes the action taken. */
  question = register_call (&f, "询问本月停水时间");
  gtk_widget_activate_action (GTK_WIDGET (contact_detail (&f)), "contact.answer", NULL);
  step = PD_COMPLAINT_STEP_DIALOG (find_window (PD_TYPE_COMPLAINT_STEP_DIALOG));
  g_assert_nonnull (step);
  _pd_complaint_step_dialog_set_text (step, "本月 20 日 9:00-12:00 停水，已告知", NULL);
  save_step (&f, step, "王芳", f.t0 + 5 * MINUTE);
  g_clear_object (&entry);
  entry = reload_contact (&f, question);
  g_assert_cmpint (pd_contact_get_outcome (entry), ==, PD_CONTACT_OUTCOME_INQUIRY);
  g_assert_cmpstr (pd_contact_get_action_taken (entry), ==, "本月 20 日 9:00-12:00 停水，已告知");

  /* A follow-up needed, then done: the register's later columns. */
  gtk_widget_activate_action (GTK_WIDGET (contact_detail (&f)), "contact.follow-up-needed",
                              NULL);
  step = PD_COMPLAINT_STEP_DIALOG (find_window (PD_TYPE_COMPLAINT_STEP_DIALOG));
  _pd_complaint_step_dialog_set_text (step, "停水前一天再电话提醒", NULL);
  save_step (&f, step, "王芳", f.t0 + 6 * MINUTE);
  gtk_widget_activate_action (GTK_WIDGET (contact_detail (&f)), "contact.follow-up-done", NULL);
  step = PD_COMPLAINT_STEP_DIALOG (find_window (PD_TYPE_COMPLAINT_STEP_DIALOG));
  _pd_complaint_step_dialog_set_text (step, "已电话提醒", NULL);
  save_step (&f, step, "刘敏", f.t0 + 7 * MINUTE);
  g_clear_object (&entry);
  entry = reload_contact (&f, question);
  g_assert_cmpstr (pd_contact_get_follow_up_needed (entry), ==, "停水前一天再电话提醒");
  g_assert_cmpstr (pd_contact_get_follow_up_done_by (entry), ==, "刘敏");
  fixture_close (&f);
}

/* PDF files hold binary streams with NUL bytes, which string functions stop at. */
static gboolean
contains_bytes (const char *data,
                gsize       length,
                const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_report_pdf (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdComplaintReportForm) form = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *contents = NULL;
  GtkWidget *preview;
  gsize length;
  gint64 id;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);
  id = store_complaint (&f, f.t0, "垃圾桶满了没人清", FALSE);
  g_assert_true (pd_complaint_store_decide (f.t.db, id, TRUE, NULL, "王芳", f.t0 + MINUTE,
                                            &error));
  g_assert_no_error (error);

  /* The preview opens on the report the print operation draws. */
  preview = pd_complaint_print_preview_present (GTK_WINDOW (f.window), f.t.db, id);
  g_assert_nonnull (preview);
  pd_ui_test_spin (200);
  g_assert_true (gtk_widget_get_mapped (preview));
  gtk_window_destroy (GTK_WINDOW (preview));

  form = pd_complaint_report_form_load (f.t.db, id, FALSE, 0, &error);
  g_assert_no_error (error);
  pdf = g_build_filename (f.t.dir, "report.pdf", NULL);
  g_assert_true (pd_complaint_report_write_pdf (form, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (contains_bytes (contents, length, "/Type /Page"));
  fixture_close (&f);
}

/* The registers and reports of the page menu, written as the export thread writes them, for
 * the month and the week of the cases; and the periods the export offers. */
static void
test_forms (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) t0 = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(PdContact) entry = pd_contact_new ();
  g_autofree char *month = NULL;
  g_autofree char *week = NULL;
  g_autofree char *this_month = g_date_time_format (now, "%Y-%m");
  g_autofree char *this_week = pd_iso_week_format (g_date_time_to_unix (now), NULL);
  const struct { PdComplaintForm form; gboolean weekly; guint rows; } forms[] = {
    { PD_COMPLAINT_FORM_REGISTER, FALSE, 2 }, { PD_COMPLAINT_FORM_REGISTER, TRUE, 2 },
    { PD_COMPLAINT_FORM_CONTACTS, FALSE, 1 }, { PD_COMPLAINT_FORM_WEEK, TRUE, 2 },
    { PD_COMPLAINT_FORM_MONTH, FALSE, 2 },
  };
  GStrv periods;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);
  t0 = g_date_time_new_from_unix_local (f.t0);
  month = g_date_time_format (t0, "%Y-%m");
  week = pd_iso_week_format (f.t0, NULL);
  store_complaint (&f, f.t0, "楼道垃圾两天没清", FALSE);
  store_complaint (&f, f.t0 + HOUR, "草坪浇水太早", FALSE);
  pd_contact_set_caller (entry, "张伟");
  pd_contact_set_content (entry, "询问停水时间");
  pd_contact_set_recorder (entry, "王芳");
  pd_contact_set_received_at (entry, f.t0);
  g_assert_true (pd_contact_store_create (f.t.db, entry, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/form-%u.xlsx", f.t.dir, i);
      guint rows = 0;

      g_assert_true (_pd_complaint_forms_write (f.t.db, forms[i].form,
                                                forms[i].weekly ? week : month, path, &rows,
                                                &error));
      g_assert_no_error (error);
      g_assert_cmpuint (rows, ==, forms[i].rows);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
  /* A week is refused as a month, with a sentence. */
  g_assert_false (_pd_complaint_forms_write (f.t.db, PD_COMPLAINT_FORM_MONTH, "2026-W07",
                                             "/nonexistent/x.xlsx", NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* The current month first for the monthly statistics, the current week for the weekly
   * report, months then four weeks for the registers. */
  periods = _pd_complaint_forms_periods (PD_COMPLAINT_FORM_MONTH, g_date_time_to_unix (now));
  g_assert_cmpuint (g_strv_length (periods), ==, 12);
  g_assert_cmpstr (periods[0], ==, this_month);
  g_strfreev (periods);
  periods = _pd_complaint_forms_periods (PD_COMPLAINT_FORM_WEEK, g_date_time_to_unix (now));
  g_assert_cmpuint (g_strv_length (periods), ==, 12);
  g_assert_cmpstr (periods[0], ==, this_week);
  g_strfreev (periods);
  periods = _pd_complaint_forms_periods (PD_COMPLAINT_FORM_CONTACTS, g_date_time_to_unix (now));
  g_assert_cmpuint (g_strv_length (periods), ==, 16);
  g_assert_cmpstr (periods[12], ==, this_week);
  g_strfreev (periods);
  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  if (!pd_ui_test_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/ui/complaints/call-to-sign-off", test_call_to_sign_off);
  g_test_add_func ("/ui/complaints/overdue-badge", test_overdue_badge);
  g_test_add_func ("/ui/complaints/manager-queue", test_manager_queue);
  g_test_add_func ("/ui/complaints/not-valid", test_not_valid);
  g_test_add_func ("/ui/complaints/register-to-repair-and-inquiry",
                   test_register_to_repair_and_inquiry);
  g_test_add_func ("/ui/complaints/report-pdf", test_report_pdf);
  g_test_add_func ("/ui/complaints/forms", test_forms);
  return g_test_run ();
}
