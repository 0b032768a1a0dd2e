// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include <math.h>
#include <string.h>

#include "pd-callback-store.h"
#include "pd-demo-repairs.h"
#include "pd-form-draw-repairs.h"
#include "pd-move-store.h"
#include "pd-occupant-store.h"
#include "pd-owners-page-private.h"
#include "pd-place-store.h"
#include "pd-repair-dialogs-private.h"
#include "pd-repair-export-ui.h"
#include "pd-repair-print.h"
#include "pd-repair-settings.h"
#include "pd-repair-store.h"
#include "pd-repairs-page-private.h"
#include "pd-settlement-lines.h"
#include "pd-ui-test-util.h"
#include "pd-window.h"

/* A clerk's day on the repairs tab, driven through the widgets: a phone report, dispatch, the
 * 20-minute clock running out in the list, a paid line and the quote, completion, the callback
 * and the printed work order. Each case runs in its own subprocess (GTK state, dialogs). */

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

typedef struct
{
  PdUiTestDb     t;
  PdWindow      *window;
  PdRepairsPage *page;
  gint64         t0;        /* the report, on a whole minute, two hours ago */
  gint64         now;       /* what the page calls now */
  gint64         occupant;
  gint64         unit;
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
  PdStaff worker = { .name = "刘师傅", .team = "水电班", .phone = "13600001111" };
  PdPriceItem tap = { .code = "SD-01", .name = "更换水龙头", .unit = "个", .price_fen = 3000 };
  gint64 estate, building;

  pd_ui_test_db_open (&f->t);
  f->t0 = (g_get_real_time () / G_USEC_PER_SEC - 2 * 3600) / MINUTE * MINUTE;
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

  {
    g_autoptr(GPtrArray) departments = pd_repair_settings_list_departments (f->t.db, FALSE,
                                                                             &error);
    g_assert_no_error (error);
    for (guint i = 0; i < departments->len; i++)
      {
        PdDepartment *d = g_ptr_array_index (departments, i);
        if (g_strcmp0 (d->code, "engineering") == 0)
          worker.department_id = d->id;
      }
  }
  g_assert_cmpint (pd_repair_settings_add_staff (f->t.db, &worker, &error), >, 0);
  g_assert_cmpint (pd_repair_settings_add_price_item (f->t.db, &tap, &error), >, 0);
  g_assert_no_error (error);

  f->window = pd_window_new (NULL, f->t.db);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 900);
  gtk_window_present (GTK_WINDOW (f->window));
  f->page = pd_window_get_repairs_page (f->window);
  pd_repairs_page_set_now_func (f->page, fixture_now, f, NULL);
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

static void
collect_editables (GtkWidget *widget,
                   GPtrArray *out)
{
  if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    {
      g_ptr_array_add (out, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_editables (child, out);
}

/* Answers the message dialog on screen: types @texts into its entries, in order, and gives
 * @response. Returns its heading (owned by the test: it is copied). */
static char *
answer_message (const char * const *texts,
                const char         *response)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  char *heading;

  g_assert_nonnull (dialog);
  heading = g_strdup (adw_message_dialog_get_heading (dialog));
  if (adw_message_dialog_get_extra_child (dialog) != NULL)
    collect_editables (adw_message_dialog_get_extra_child (dialog), entries);
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      g_assert_cmpuint (i, <, entries->len);
      gtk_editable_set_text (g_ptr_array_index (entries, i), texts[i]);
    }
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  pd_ui_test_spin (20);
  return heading;
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

static char *
time_text (gint64 t)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (t);
  return g_date_time_format (dt, "%Y-%m-%d %H:%M");
}

static PdRepair *
reload (Fixture *f,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  PdRepair *r = pd_repair_store_get (f->t.db, id, &error);

  g_assert_no_error (error);
  return r;
}

static gint64
first_row_id (Fixture *f)
{
  g_autoptr(PdRepair) first = g_list_model_get_item (_pd_repairs_page_get_rows (f->page), 0);

  g_assert_nonnull (first);
  return pd_repair_get_id (first);
}

/* The intake dialog as a clerk fills it for a phone call from the occupant of 3栋 1201. */
static gint64
take_phone_report (Fixture    *f,
                   const char *klass_label)
{
  PdRepairIntakeDialog *dialog = pd_repair_intake_dialog_new (f->t.db, NULL);
  g_autofree char *reported = time_text (f->t0);
  g_autoptr(GArray) ids = NULL;
  PdRepairQuery query;

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (_pd_repair_intake_dialog_can_save (dialog));

  /* Found as one types the unit. */
  g_assert_cmpuint (pd_unit_finder_search (_pd_repair_intake_dialog_get_finder (dialog),
                                           "3栋 1201"), >=, 1);
  g_assert_true (pd_unit_finder_pick (_pd_repair_intake_dialog_get_finder (dialog), 0));
  g_assert_cmpstr (gtk_editable_get_text (_pd_repair_intake_dialog_get_entry (dialog,
                                                                              "reporter")),
                   ==, "李秀英");
  g_assert_cmpstr (gtk_editable_get_text (_pd_repair_intake_dialog_get_entry (dialog, "phone")),
                   ==, "13812345678");
  g_assert_true (_pd_repair_intake_dialog_choose (dialog, "channel",
                                                  pd_repair_channel_to_label (
                                                    PD_REPAIR_CHANNEL_PHONE)));
  g_assert_true (_pd_repair_intake_dialog_choose (dialog, "category", "给排水"));
  g_assert_true (_pd_repair_intake_dialog_choose (dialog, "urgency",
                                                  pd_repair_urgency_to_label (
                                                    PD_REPAIR_URGENCY_SMALL)));
  g_assert_true (_pd_repair_intake_dialog_choose (dialog, "class", klass_label));
  _pd_repair_intake_dialog_set_description (dialog, "厨房水龙头漏水，关不紧");
  gtk_editable_set_text (_pd_repair_intake_dialog_get_entry (dialog, "reported"), reported);
  gtk_editable_set_text (_pd_repair_intake_dialog_get_entry (dialog, "clerk"), "王芳");
  g_assert_true (_pd_repair_intake_dialog_can_save (dialog));
  g_assert_true (_pd_repair_dialog_save (GTK_WIDGET (dialog)));

  pd_window_notify_data_changed (f->window);
  pd_repair_query_init (&query);
  query.filter = PD_REPAIR_FILTER_ALL;
  query.sort = PD_REPAIR_SORT_REPORTED;
  ids = pd_repair_store_query_ids (f->t.db, &query, NULL);
  g_assert_cmpuint (ids->len, >=, 1);
  return g_array_index (ids, gint64, 0);
}

static void
dispatch (Fixture *f,
          gint64   id,
          gint64   at)
{
  g_autoptr(PdRepair) r = reload (f, id);
  PdRepairDispatchDialog *dialog = pd_repair_dispatch_dialog_new (f->t.db, r);
  g_autofree char *when = time_text (at);

  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (_pd_repair_dispatch_dialog_choose (dialog, "工程部", "刘师傅"));
  gtk_editable_set_text (_pd_repair_dispatch_dialog_get_entry (dialog, "dispatcher"), "张调度");
  gtk_editable_set_text (_pd_repair_dispatch_dialog_get_entry (dialog, "time"), when);
  g_assert_true (_pd_repair_dialog_save (GTK_WIDGET (dialog)));
  pd_window_notify_data_changed (f->window);
}

static void
test_clerk_flow (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepair) r = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(PdWorkOrderForm) form = NULL;
  PdRepairDetail *detail;
  AdwViewStackPage *stack_page;
  const char *text;
  gboolean overdue = TRUE;
  gint64 id, other, total = -1;
  guint serial;
  gsize length;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);
  adw_view_stack_set_visible_child_name (
    ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (f.page), ADW_TYPE_VIEW_STACK)),
    "repairs");

  /* An older order in a public area that is not due for days: it must not stay first. */
  {
    g_autoptr(PdRepair) older = pd_repair_new ();
    g_autoptr(PdRepairCategory) category = pd_repair_settings_find_category (f.t.db, "电气",
                                                                            NULL);
    pd_repair_set_public_area (older, TRUE);
    pd_repair_set_location (older, "3栋电梯厅");
    pd_repair_set_reporter (older, "保安队");
    pd_repair_set_category_id (older, category->id);
    pd_repair_set_description (older, "电梯厅灯不亮");
    pd_repair_set_urgency (older, PD_REPAIR_URGENCY_GENERAL);
    pd_repair_set_reported_at (older, f.t0 - 30 * MINUTE);
    pd_repair_set_clerk (older, "王芳");
    g_assert_true (pd_repair_store_create (f.t.db, older, &error));
    g_assert_no_error (error);
    other = pd_repair_get_id (older);
  }

  /* Intake of a paid phone report, dispatched a minute later. */
  id = take_phone_report (&f, pd_order_class_to_label (PD_ORDER_CLASS_PAID));
  r = reload (&f, id);
  g_assert_cmpint (pd_repair_get_state (r), ==, PD_REPAIR_STATE_NEW);
  g_assert_true (g_str_has_prefix (pd_repair_get_serial (r), "BX"));
  g_assert_cmpint (pd_repair_get_occupant_id (r), ==, f.occupant);
  g_assert_cmpint (pd_repair_get_reported_at (r), ==, f.t0);
  dispatch (&f, id, f.t0 + MINUTE);
  g_clear_object (&r);
  r = reload (&f, id);
  g_assert_cmpint (pd_repair_get_state (r), ==, PD_REPAIR_STATE_DISPATCHED);
  g_assert_cmpstr (pd_repair_get_assignee_name (r), ==, "刘师傅");

  /* The list shows it with a running clock: 20 minutes from dispatch. */
  f.now = f.t0 + 5 * MINUTE;
  pd_repairs_page_tick (f.page);
  g_assert_true (pd_repairs_page_select_repair (f.page, id));
  pd_ui_test_spin (100);
  text = _pd_repairs_page_peek_time_left (f.page, id, &overdue);
  g_assert_cmpstr (text, ==, "16 min left");
  g_assert_false (overdue);
  g_assert_cmpint (pd_repairs_page_get_overdue_count (f.page), ==, 0);

  /* A minute later only the label moves; the list is not queried again. */
  serial = _pd_repairs_page_get_query_serial (f.page);
  f.now += MINUTE;
  pd_repairs_page_tick (f.page);
  g_assert_cmpstr (_pd_repairs_page_peek_time_left (f.page, id, NULL), ==, "15 min left");
  g_assert_cmpuint (_pd_repairs_page_get_query_serial (f.page), ==, serial);

  /* 25 minutes after the report nobody is on site: overdue, first, in the badge. */
  f.now = f.t0 + 25 * MINUTE;
  pd_repairs_page_tick (f.page);
  pd_ui_test_spin (100);
  g_assert_cmpint (pd_repairs_page_get_overdue_count (f.page), ==, 1);
  g_assert_cmpint (first_row_id (&f), ==, id);
  {
    g_autoptr(PdRepair) second = g_list_model_get_item (_pd_repairs_page_get_rows (f.page), 1);
    g_assert_cmpint (pd_repair_get_id (second), ==, other);
  }
  text = _pd_repairs_page_peek_time_left (f.page, id, &overdue);
  g_assert_cmpstr (text, ==, "4 min overdue");
  g_assert_true (overdue);
  stack_page = adw_view_stack_get_page (
    ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (f.page), ADW_TYPE_VIEW_STACK)),
    GTK_WIDGET (f.page));
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (stack_page), ==, 1);
  g_assert_true (adw_view_stack_page_get_needs_attention (stack_page));

  /* Completing a paid order before the occupant accepted the quote: the rules say no. */
  detail = _pd_repairs_page_get_detail (f.page);
  g_assert_true (pd_repairs_page_select_repair (f.page, id));
  gtk_widget_activate_action (GTK_WIDGET (detail), "repair.complete", NULL);
  pd_ui_test_spin (50);
  g_assert_null (find_window (PD_TYPE_REPAIR_COMPLETE_DIALOG));
  {
    g_autofree char *heading = answer_message (NULL, "close");
    g_assert_cmpstr (heading, ==, "The Rules Do Not Allow This");
  }

  /* A line from the price list and one priced by hand. */
  {
    g_autoptr(PdRepair) paid = reload (&f, id);
    PdRepairChargeDialog *charge = pd_repair_charge_dialog_new (f.t.db, paid);
    gtk_window_present (GTK_WINDOW (charge));
    g_assert_true (_pd_repair_charge_dialog_fill (charge, "SD-01", NULL, NULL, "2", NULL));
    g_assert_true (_pd_repair_dialog_save (GTK_WIDGET (charge)));
    charge = pd_repair_charge_dialog_new (f.t.db, paid);
    gtk_window_present (GTK_WINDOW (charge));
    g_assert_false (_pd_repair_charge_dialog_fill (charge, NULL, "", "个", "1", "45.50"));
    g_assert_true (_pd_repair_charge_dialog_fill (charge, NULL, "更换角阀", "个", "1",
                                                  "45.50"));
    g_assert_true (_pd_repair_dialog_save (GTK_WIDGET (charge)));
  }
  g_assert_true (pd_repair_store_charges_total (f.t.db, id, &total, &error));
  g_assert_cmpint (total, ==, 2 * 3000 + 4550);

  /* The hand-priced line needs the supervisor before the quote; then the occupant agrees. */
  pd_window_notify_data_changed (f.window);
  g_assert_true (pd_repairs_page_select_repair (f.page, id));
  g_assert_false (pd_repair_store_accept_quote (f.t.db, id, "李秀英", f.t0 + 26 * MINUTE,
                                                &error));
  g_assert_error (error, PD_REPAIR_ERROR, PD_REPAIR_ERROR_APPROVAL);
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) charges = pd_repair_store_list_charges (f.t.db, id, &error);
    PdRepairCharge *manual = g_ptr_array_index (charges, 1);
    g_assert_true (manual->manual);
    g_assert_true (pd_repair_store_approve_charge (f.t.db, manual->id, "赵主管",
                                                   f.t0 + 27 * MINUTE, &error));
  }
  pd_window_notify_data_changed (f.window);
  g_assert_true (pd_repairs_page_select_repair (f.page, id));
  gtk_widget_activate_action (GTK_WIDGET (detail), "repair.accept-quote", NULL);
  pd_ui_test_spin (50);
  {
    g_autofree char *at = time_text (f.t0 + 28 * MINUTE);
    const char *texts[] = { at, "李秀英", NULL };
    g_autofree char *heading = answer_message (texts, "accept");
    (void) heading;
  }
  g_clear_object (&r);
  r = reload (&f, id);
  g_assert_cmpint (pd_repair_get_quote_accepted_at (r), ==, f.t0 + 28 * MINUTE);
  g_assert_cmpstr (pd_repair_get_quote_accepted_by (r), ==, "李秀英");

  /* Completion through the detail pane's button. */
  gtk_widget_activate_action (GTK_WIDGET (detail), "repair.complete", NULL);
  pd_ui_test_spin (50);
  {
    PdRepairCompleteDialog *complete = PD_REPAIR_COMPLETE_DIALOG (
      find_window (PD_TYPE_REPAIR_COMPLETE_DIALOG));
    g_autofree char *at = time_text (f.t0 + 40 * MINUTE);

    g_assert_nonnull (complete);
    g_assert_false (_pd_repair_dialog_save (GTK_WIDGET (complete)));
    _pd_repair_complete_dialog_set_work_done (complete, "更换水龙头两个、角阀一个，试水无渗漏");
    gtk_editable_set_text (_pd_repair_complete_dialog_get_entry (complete, "completed"), at);
    _pd_repair_complete_dialog_set_ratings (complete, TRUE, 5, 4);
    g_assert_true (_pd_repair_dialog_save (GTK_WIDGET (complete)));
  }
  g_clear_object (&r);
  r = reload (&f, id);
  g_assert_cmpint (pd_repair_get_state (r), ==, PD_REPAIR_STATE_COMPLETED);
  g_assert_cmpint (pd_repair_get_completed_at (r), ==, f.t0 + 40 * MINUTE);
  g_assert_cmpint (pd_repair_get_rating_quality (r), ==, 5);
  g_assert_cmpint (pd_repair_get_rating_attitude (r), ==, 4);
  {
    g_autoptr(PdStmt) stmt = pd_database_prepare (f.t.db,
                                                  "SELECT amount_fen, occupant_id FROM "
                                                  "pending_charges WHERE source_id = ?1",
                                                  &error);
    sqlite3_bind_int64 (stmt, 1, id);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, 2 * 3000 + 4550);
    g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, f.occupant);
  }

  /* The callback: by phone is refused for water and drainage, on site is recorded. */
  g_assert_true (pd_repairs_page_select_repair (f.page, id));
  gtk_widget_activate_action (GTK_WIDGET (detail), "repair.callback", NULL);
  pd_ui_test_spin (50);
  {
    PdCallbackDialog *callback = PD_CALLBACK_DIALOG (find_window (PD_TYPE_CALLBACK_DIALOG));
    g_autofree char *heading = NULL;

    g_assert_nonnull (callback);
    _pd_callback_dialog_fill (callback, FALSE, "陈静", TRUE, FALSE, "业主表示满意");
    g_assert_false (_pd_repair_dialog_save (GTK_WIDGET (callback)));
    heading = answer_message (NULL, "close");
    g_assert_cmpstr (heading, ==, "The Rules Do Not Allow This");
    _pd_callback_dialog_fill (callback, TRUE, "陈静", TRUE, FALSE, "业主表示满意");
    g_assert_true (_pd_repair_dialog_save (GTK_WIDGET (callback)));
  }
  g_clear_object (&r);
  r = reload (&f, id);
  g_assert_cmpint (pd_repair_get_state (r), ==, PD_REPAIR_STATE_CALLED_BACK);
  g_assert_cmpint (pd_repairs_page_get_overdue_count (f.page), ==, 0);
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (stack_page), ==, 0);

  /* The work order, in the in-app preview and as a PDF drawn by the print drawing. */
  {
    GtkWidget *preview = pd_repair_print_preview_present (GTK_WINDOW (f.window), f.t.db, id,
                                                          PD_REPAIR_FORM_WORK_ORDER);
    g_assert_nonnull (preview);
    pd_ui_test_spin (100);
    gtk_window_destroy (GTK_WINDOW (preview));
  }
  form = pd_work_order_form_load (f.t.db, id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (form->charges->len, ==, 2);
  g_assert_cmpint (form->total_fen, ==, 2 * 3000 + 4550);
  pdf = g_build_filename (f.t.dir, "work-order.pdf", NULL);
  g_assert_true (pd_work_order_write_pdf (form, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_cmpuint (length, >, 2000);
  g_assert_true (memcmp (contents, "%PDF", 4) == 0);
  g_assert_true (contains_bytes (contents, length, "/Count 1\n"));

  fixture_close (&f);
}

static void
test_intake_validation (void)
{
  Fixture f = { 0 };
  g_autoptr(PdUnit) vacant = pd_unit_new ();
  g_autoptr(GError) error = NULL;
  PdRepairIntakeDialog *dialog;
  PdUnitFinder *finder;
  GtkEditable *phone;
  gint64 estate;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);

  dialog = pd_repair_intake_dialog_new (f.t.db, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (_pd_repair_intake_dialog_can_save (dialog));
  /* Nothing is flagged before the clerk touches a field. */
  g_assert_null (_pd_repair_intake_dialog_get_issue (dialog, "reporter"));

  /* A typo in the phone number is named under the field. */
  phone = _pd_repair_intake_dialog_get_entry (dialog, "phone");
  gtk_editable_set_text (phone, "1381234");
  g_assert_nonnull (_pd_repair_intake_dialog_get_issue (dialog, "phone"));
  gtk_editable_set_text (phone, "13812345678");
  g_assert_null (_pd_repair_intake_dialog_get_issue (dialog, "phone"));

  /* No unit and no public area: the place is missing. */
  gtk_editable_set_text (_pd_repair_intake_dialog_get_entry (dialog, "reporter"), "保安队");
  _pd_repair_intake_dialog_set_public (dialog, TRUE);
  g_assert_nonnull (_pd_repair_intake_dialog_get_issue (dialog, "place"));
  gtk_editable_set_text (_pd_repair_intake_dialog_get_entry (dialog, "location"), "3栋电梯厅");
  g_assert_null (_pd_repair_intake_dialog_get_issue (dialog, "place"));

  /* An appointment before the report is refused. */
  gtk_editable_set_text (_pd_repair_intake_dialog_get_entry (dialog, "reported"),
                         "2026-03-14 15:00");
  gtk_editable_set_text (_pd_repair_intake_dialog_get_entry (dialog, "appointment"),
                         "2026-03-14 09:00");
  g_assert_nonnull (_pd_repair_intake_dialog_get_issue (dialog, "appointment"));
  gtk_editable_set_text (_pd_repair_intake_dialog_get_entry (dialog, "appointment"),
                         "2026-03-14 18:30");
  g_assert_null (_pd_repair_intake_dialog_get_issue (dialog, "appointment"));
  gtk_editable_set_text (_pd_repair_intake_dialog_get_entry (dialog, "reported"), "2026-02-30");
  g_assert_nonnull (_pd_repair_intake_dialog_get_issue (dialog, "reported"));
  gtk_editable_set_text (_pd_repair_intake_dialog_get_entry (dialog, "reported"),
                         "2026-03-14 15:00");

  /* Category and content complete the form. */
  g_assert_false (_pd_repair_intake_dialog_can_save (dialog));
  g_assert_true (_pd_repair_intake_dialog_choose (dialog, "category", "电气"));
  _pd_repair_intake_dialog_set_description (dialog, "电梯厅灯不亮");
  gtk_editable_set_text (_pd_repair_intake_dialog_get_entry (dialog, "clerk"), "王芳");
  g_assert_true (_pd_repair_intake_dialog_can_save (dialog));

  /* An unknown unit offers nothing to pick. */
  _pd_repair_intake_dialog_set_public (dialog, FALSE);
  g_assert_false (_pd_repair_intake_dialog_can_save (dialog));
  finder = _pd_repair_intake_dialog_get_finder (dialog);
  g_assert_cmpuint (pd_unit_finder_search (finder, "9栋 9999"), ==, 0);
  /* A unit is found by building and number, without the space too. */
  g_assert_cmpuint (pd_unit_finder_search (finder, "3栋1201"), ==, 1);

  /* While the number is still being typed, the units it starts offer their occupants, and a
   * vacant one offers the unit alone; picking that leaves the reporter as typed. */
  estate = pd_place_store_ensure_estate (f.t.db, "海景花园", &error);
  pd_unit_set_building_id (vacant, pd_place_store_ensure_building (f.t.db, estate, "3栋",
                                                                   &error));
  pd_unit_set_number (vacant, "1202");
  pd_unit_set_area (vacant, 9500);
  pd_place_store_insert_unit (f.t.db, vacant, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pd_unit_finder_search (finder, "3栋 12"), ==, 2);
  g_assert_true (pd_unit_finder_pick (finder, 1));
  g_assert_cmpint (pd_unit_finder_get_unit_id (finder), ==, pd_unit_get_id (vacant));
  g_assert_cmpint (pd_unit_finder_get_occupant_id (finder), ==, 0);
  g_assert_cmpstr (pd_unit_finder_get_unit_label (finder), ==, "3栋 1202");
  g_assert_cmpstr (gtk_editable_get_text (_pd_repair_intake_dialog_get_entry (dialog,
                                                                              "reporter")),
                   ==, "保安队");
  g_assert_null (_pd_repair_intake_dialog_get_issue (dialog, "place"));
  g_assert_true (_pd_repair_intake_dialog_can_save (dialog));

  gtk_window_destroy (GTK_WINDOW (dialog));
  fixture_close (&f);
}

/* Changing what was reported: the order's unit and occupant show as chosen, and are kept. */
static void
test_intake_edit (void)
{
  Fixture f = { 0 };
  g_autoptr(PdRepair) r = NULL;
  g_autoptr(PdRepair) saved = NULL;
  PdRepairIntakeDialog *dialog;
  PdUnitFinder *finder;
  gint64 id;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);

  id = take_phone_report (&f, pd_order_class_to_label (PD_ORDER_CLASS_B));
  r = reload (&f, id);
  dialog = pd_repair_intake_dialog_new (f.t.db, r);
  gtk_window_present (GTK_WINDOW (dialog));
  finder = _pd_repair_intake_dialog_get_finder (dialog);
  g_assert_cmpint (pd_unit_finder_get_unit_id (finder), ==, f.unit);
  g_assert_cmpint (pd_unit_finder_get_occupant_id (finder), ==, f.occupant);
  g_assert_cmpstr (pd_unit_finder_get_unit_label (finder), ==, "3栋 1201");
  g_assert_cmpstr (pd_unit_finder_get_occupant_name (finder), ==, "李秀英");
  g_assert_null (_pd_repair_intake_dialog_get_issue (dialog, "place"));
  g_assert_true (_pd_repair_intake_dialog_can_save (dialog));

  _pd_repair_intake_dialog_set_description (dialog, "厨房水龙头漏水，阀门也锈了");
  g_assert_true (_pd_repair_dialog_save (GTK_WIDGET (dialog)));
  saved = reload (&f, id);
  g_assert_cmpstr (pd_repair_get_description (saved), ==, "厨房水龙头漏水，阀门也锈了");
  g_assert_cmpint (pd_repair_get_unit_id (saved), ==, f.unit);
  g_assert_cmpint (pd_repair_get_occupant_id (saved), ==, f.occupant);

  fixture_close (&f);
}

typedef struct
{
  PdRepairsPage *page;
  guint          serial;
} QueryWait;

static gboolean
query_ran (gpointer data)
{
  QueryWait *w = data;

  return _pd_repairs_page_get_query_serial (w->page) != w->serial;
}

static void
test_filters (void)
{
  Fixture f = { 0 };
  GListModel *rows;
  gint64 id;
  g_autoptr(PdRepair) r = NULL;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);

  id = take_phone_report (&f, pd_order_class_to_label (PD_ORDER_CLASS_B));
  dispatch (&f, id, f.t0 + MINUTE);
  take_phone_report (&f, pd_order_class_to_label (PD_ORDER_CLASS_A));
  r = reload (&f, id);
  rows = _pd_repairs_page_get_rows (f.page);

  f.now = f.t0 + 30 * MINUTE;
  pd_repairs_page_tick (f.page);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);

  /* 超时: only the dispatched order whose worker is not on site. */
  gtk_drop_down_set_selected (_pd_repairs_page_get_state_dropdown (f.page), 2);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  g_assert_cmpint (first_row_id (&f), ==, id);

  /* 已完成: none yet. */
  gtk_drop_down_set_selected (_pd_repairs_page_get_state_dropdown (f.page), 4);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);

  /* The serial finds its order among all. */
  gtk_drop_down_set_selected (_pd_repairs_page_get_state_dropdown (f.page), 0);
  {
    QueryWait w = { f.page, _pd_repairs_page_get_query_serial (f.page) };

    gtk_editable_set_text (_pd_repairs_page_get_search_entry (f.page), pd_repair_get_serial (r));
    g_assert_true (pd_ui_test_wait (query_ran, &w, 5000));
  }
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  g_assert_cmpint (first_row_id (&f), ==, id);

  fixture_close (&f);
}

static void
test_settlement (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdSettlement) saved = NULL;
  g_autoptr(PdRepair) r = NULL;
  PdSettlementDialog *dialog;
  PdSettlementLines *lines;
  gint64 id;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);

  id = take_phone_report (&f, pd_order_class_to_label (PD_ORDER_CLASS_B));
  r = reload (&f, id);
  dialog = pd_settlement_dialog_new (f.t.db, r);
  gtk_window_present (GTK_WINDOW (dialog));
  lines = _pd_settlement_dialog_get_lines (dialog);

  /* 1.255 m at 100.00 yuan: 125.50, shown in capitals as it is typed. */
  _pd_settlement_lines_set_text (lines, 0, "quota", "3-1-12");
  _pd_settlement_lines_set_text (lines, 0, "item", "更换给水管");
  _pd_settlement_lines_set_text (lines, 0, "unit", "米");
  _pd_settlement_lines_set_text (lines, 0, "quantity", "1.255");
  _pd_settlement_lines_set_text (lines, 0, "price", "100");
  _pd_settlement_lines_set_text (lines, 0, "before", "130");
  g_assert_cmpstr (_pd_settlement_dialog_get_capitals (dialog), ==, "壹佰贰拾伍元伍角整");
  _pd_settlement_lines_set_text (lines, 1, "item", "人工费");
  _pd_settlement_lines_set_text (lines, 1, "quantity", "2");
  _pd_settlement_lines_set_text (lines, 1, "price", "80.25");
  g_assert_cmpstr (_pd_settlement_dialog_get_capitals (dialog), ==, "贰佰捌拾陆元整");

  /* A line that cannot be read keeps the sheet unsaved, and says which line. */
  _pd_settlement_lines_set_text (lines, 2, "item", "材料运输");
  _pd_settlement_lines_set_text (lines, 2, "quantity", "1.2345");
  _pd_settlement_lines_set_text (lines, 2, "price", "10");
  g_assert_false (_pd_repair_dialog_save (GTK_WIDGET (dialog)));
  {
    g_autofree char *heading = answer_message (NULL, "close");
    g_assert_cmpstr (heading, ==, "The Settlement Sheet Was Not Saved");
  }
  _pd_settlement_lines_set_text (lines, 2, "quantity", "1");
  g_assert_true (_pd_repair_dialog_save (GTK_WIDGET (dialog)));

  saved = pd_settlement_store_get_for_repair (f.t.db, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_cmpuint (saved->lines->len, ==, 3);
  g_assert_cmpint (((PdSettlementLine *) g_ptr_array_index (saved->lines, 0))->quantity_milli,
                   ==, 1255);
  g_assert_cmpint (saved->tax_inclusive_fen, ==, 12550 + 16050 + 1000);
  g_assert_cmpint (saved->klass, ==, PD_SETTLEMENT_CLASS_B);

  fixture_close (&f);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The move-in's defects become warranty orders from the occupant's archive, once. */
static void
test_defects (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdMoveIn) mi = pd_move_in_new ();
  g_autoptr(GArray) ids = NULL;
  PdOwnersPage *owners;
  GtkWidget *button;
  PdRepairQuery query;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);

  pd_move_in_set_occupant_id (mi, f.occupant);
  pd_move_in_set_notice_date (mi, "2024-05-01");
  pd_move_in_set_fee_start_date (mi, "2024-05-01");
  pd_move_in_set_meter_reading (mi, "1234.5");
  pd_move_in_set_clerk (mi, "王芳");
  pd_move_in_add_defect (mi, "厨房", "水槽下水管渗漏");
  pd_move_in_add_defect (mi, "主卧", "窗框密封条脱落");
  g_assert_true (pd_move_store_record_move_in (f.t.db, mi, &error));
  g_assert_no_error (error);
  pd_window_notify_data_changed (f.window);

  owners = pd_window_get_owners_page (f.window);
  g_assert_true (pd_owners_page_select_occupant (owners, f.occupant));
  button = find_button (_pd_owners_page_get_detail (owners), "Make Warranty Orders");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  pd_ui_test_spin (50);
  {
    const char *texts[] = { "王芳", NULL };
    g_autofree char *heading = answer_message (texts, "accept");
    g_assert_cmpstr (heading, ==, "Make Warranty Repair Orders?");
  }

  pd_repair_query_init (&query);
  query.filter = PD_REPAIR_FILTER_ALL;
  query.sort = PD_REPAIR_SORT_SERIAL;
  ids = pd_repair_store_query_ids (f.t.db, &query, &error);
  g_assert_cmpuint (ids->len, ==, 2);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(PdRepair) r = reload (&f, g_array_index (ids, gint64, i));
      g_assert_cmpint (pd_repair_get_repair_class (r), ==, PD_ORDER_CLASS_A);
      g_assert_cmpint (pd_repair_get_move_in_defect_id (r), >, 0);
    }
  /* Every defect has its order now: the button is gone, and the repairs list shows both. */
  g_assert_true (pd_owners_page_select_occupant (owners, f.occupant));
  g_assert_null (find_button (_pd_owners_page_get_detail (owners), "Make Warranty Orders"));
  g_assert_cmpuint (g_list_model_get_n_items (_pd_repairs_page_get_rows (f.page)), ==, 2);

  fixture_close (&f);
}

/* After a step the list keeps its scroll position: a row already in view stays where it is
 * (GTK 4.8 would move it to the top, hiding the overdue rows above), and only a row out of
 * view is scrolled to. */
static void
test_keep_scroll (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  GListModel *rows;
  GtkAdjustment *adj;
  double row, value;
  guint n, pos;
  gint64 id;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);
  f.now = g_get_real_time () / G_USEC_PER_SEC;
  g_assert_true (pd_database_begin (f.t.db, &error));
  g_assert_true (pd_demo_repairs_generate (f.t.db, rand, 120, &error));
  g_assert_true (pd_database_commit (f.t.db, &error));
  g_assert_no_error (error);
  pd_window_notify_data_changed (f.window);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_ancestor (
                                           GTK_WIDGET (f.page), ADW_TYPE_VIEW_STACK)),
                                         "repairs");
  pd_ui_test_spin (200);

  rows = _pd_repairs_page_get_rows (f.page);
  n = g_list_model_get_n_items (rows);
  g_assert_cmpuint (n, >=, 100);
  adj = _pd_repairs_page_get_vadjustment (f.page);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adj), >, gtk_adjustment_get_page_size (adj) * 2);
  row = gtk_adjustment_get_upper (adj) / n;
  gtk_adjustment_set_value (adj, row * 40);
  pd_ui_test_spin (100);
  value = gtk_adjustment_get_value (adj);
  g_assert_cmpfloat (fabs (value - row * 40), <, 1);

  /* A row in the middle of the view, selected and then changed by a step. */
  pos = (guint) ((value + gtk_adjustment_get_page_size (adj) / 2) / row);
  {
    g_autoptr(PdRepair) r = g_list_model_get_item (rows, pos);
    id = pd_repair_get_id (r);
  }
  g_assert_true (pd_repairs_page_select_repair (f.page, id));
  pd_ui_test_spin (100);
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (adj) - value), <, 1);
  pd_window_notify_data_changed (f.window);
  g_assert_true (pd_repairs_page_select_repair (f.page, id));
  pd_ui_test_spin (100);
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (adj) - value), <, row);

  /* The last row is out of view: the list scrolls to show it. */
  {
    g_autoptr(PdRepair) r = g_list_model_get_item (rows, n - 1);
    id = pd_repair_get_id (r);
  }
  g_assert_true (pd_repairs_page_select_repair (f.page, id));
  pd_ui_test_spin (200);
  g_assert_cmpfloat (gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj), >=,
                     row * n - 1);

  fixture_close (&f);
}

/* The arrival time refused by the rules (before the dispatch) leaves the question open with
 * the time as typed and the rule's sentence under it; a corrected time is then recorded. */
static void
test_refused_arrival (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepair) r = NULL;
  g_autofree char *too_early = NULL;
  g_autofree char *good = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *button;
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  gint64 id;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);
  id = take_phone_report (&f, pd_order_class_to_label (PD_ORDER_CLASS_B));
  dispatch (&f, id, f.t0 + 5 * MINUTE);
  g_assert_true (pd_repair_store_accept (f.t.db, id, f.t0 + 6 * MINUTE, &error));
  g_assert_no_error (error);
  f.now = f.t0 + 30 * MINUTE;
  pd_window_notify_data_changed (f.window);
  g_assert_true (pd_repairs_page_select_repair (f.page, id));
  pd_ui_test_spin (50);

  pd_repairs_page_activate_step (f.page, "arrive");
  pd_ui_test_spin (50);
  dialog = ADW_MESSAGE_DIALOG (find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  collect_editables (adw_message_dialog_get_extra_child (dialog), entries);
  g_assert_cmpuint (entries->len, ==, 1);
  too_early = time_text (f.t0 + 2 * MINUTE);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), too_early);
  button = find_button (GTK_WIDGET (dialog), "_Record");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  pd_ui_test_spin (100);

  g_assert_true (find_window (ADW_TYPE_MESSAGE_DIALOG) == GTK_WIDGET (dialog));
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (entries, 0)), ==, too_early);
  r = reload (&f, id);
  g_assert_cmpint (pd_repair_get_arrived_at (r), ==, 0);
  g_clear_object (&r);
  {
    GtkWidget *extra = adw_message_dialog_get_extra_child (dialog);
    GtkWidget *issue = gtk_widget_get_last_child (extra);
    g_assert_true (GTK_IS_LABEL (issue));
    g_assert_true (gtk_widget_get_visible (issue));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (issue)), !=, "");
  }

  good = time_text (f.t0 + 25 * MINUTE);
  gtk_editable_set_text (g_ptr_array_index (entries, 0), good);
  g_signal_emit_by_name (button, "clicked");
  pd_ui_test_spin (100);
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG));
  r = reload (&f, id);
  g_assert_cmpint (pd_repair_get_arrived_at (r), ==, f.t0 + 25 * MINUTE);

  fixture_close (&f);
}

static gboolean
stats_done (gpointer data)
{
  return !_pd_repair_stats_export_running ();
}

/* The monthly statistics are written off the main thread and announced when done. */
static void
test_statistics (void)
{
  Fixture f = { 0 };
  g_autoptr(GDateTime) month = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *heading = NULL;

  RUN_IN_SUBPROCESS ();
  fixture_open (&f);

  take_phone_report (&f, pd_order_class_to_label (PD_ORDER_CLASS_B));
  month = g_date_time_new_from_unix_local (f.t0);
  path = g_build_filename (f.t.dir, "stats.xlsx", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (_pd_repair_stats_export_start (GTK_WINDOW (f.window), f.t.db,
                                                g_date_time_get_year (month),
                                                g_date_time_get_month (month), file));
  /* One at a time. */
  g_assert_false (_pd_repair_stats_export_start (GTK_WINDOW (f.window), f.t.db, 2026, 1, file));
  g_assert_true (pd_ui_test_wait (stats_done, NULL, 30000));
  pd_ui_test_spin (50);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  heading = answer_message (NULL, "close");
  g_assert_cmpstr (heading, ==, "Repair Statistics Exported");

  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  if (!pd_ui_test_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/ui/repairs/clerk-flow", test_clerk_flow);
  g_test_add_func ("/ui/repairs/intake-validation", test_intake_validation);
  g_test_add_func ("/ui/repairs/intake-edit", test_intake_edit);
  g_test_add_func ("/ui/repairs/filters", test_filters);
  g_test_add_func ("/ui/repairs/settlement", test_settlement);
  g_test_add_func ("/ui/repairs/defects", test_defects);
  g_test_add_func ("/ui/repairs/statistics", test_statistics);
  g_test_add_func ("/ui/repairs/keep-scroll", test_keep_scroll);
  g_test_add_func ("/ui/repairs/refused-arrival", test_refused_arrival);
  return g_test_run ();
}
