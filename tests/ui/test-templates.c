// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include "pd-complaint-settings-window.h"
#include "pd-complaint-store.h"
#include "pd-complaints-private.h"
#include "pd-contact-store.h"
#include "pd-occupant-detail.h"
#include "pd-occupant-editor.h"
#include "pd-owners-page.h"
#include "pd-places-window.h"
#include "pd-repair-dialogs-private.h"
#include "pd-repair-detail.h"
#include "pd-repair-settings-window.h"
#include "pd-repair-store.h"
#include "pd-repair-survey-dialog.h"
#include "pd-repairs-page.h"
#include "pd-settlement-lines.h"
#include "pd-ui-test-util.h"
#include "pd-unit-editor.h"
#include "pd-window.h"

/* A bad template (unknown property, missing child, wrong callback) aborts the process that
 * instantiates it; each case runs in its own subprocess so that one bad class fails one case. */
#define RUN_IN_SUBPROCESS()                                                          \
  G_STMT_START {                                                                     \
    if (!g_test_subprocess ())                                                       \
      {                                                                              \
        g_test_trap_subprocess (NULL, 180 * G_USEC_PER_SEC,                          \
                                G_TEST_SUBPROCESS_INHERIT_STDERR);                   \
        g_test_trap_assert_passed ();                                                \
        return;                                                                      \
      }                                                                              \
  } G_STMT_END

static void
show_and_close (GtkWindow *window)
{
  gtk_window_present (window);
  pd_ui_test_spin (200);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  gtk_window_destroy (window);
  pd_ui_test_spin (50);
}

static void
test_window (void)
{
  PdUiTestDb t = { 0 };
  PdWindow *window;

  RUN_IN_SUBPROCESS ();

  pd_ui_test_db_open (&t);
  window = pd_window_new (NULL, t.db);
  g_assert_true (PD_IS_WINDOW (window));
  g_assert_true (pd_window_get_database (window) == t.db);
  g_assert_true (PD_IS_OWNERS_PAGE (pd_window_get_owners_page (window)));
  /* An empty database: nothing to export yet. */
  g_assert_false (pd_owners_page_get_has_occupants (pd_window_get_owners_page (window)));
  show_and_close (GTK_WINDOW (window));
  pd_ui_test_db_close (&t);
}

static void
test_widgets_without_database (void)
{
  GtkWidget *page;
  GtkWidget *detail;

  RUN_IN_SUBPROCESS ();

  page = g_object_ref_sink (g_object_new (PD_TYPE_OWNERS_PAGE, NULL));
  detail = g_object_ref_sink (g_object_new (PD_TYPE_OCCUPANT_DETAIL, NULL));
  g_assert_true (PD_IS_OWNERS_PAGE (page));
  g_assert_true (PD_IS_OCCUPANT_DETAIL (detail));
  g_assert_null (pd_occupant_detail_get_occupant (PD_OCCUPANT_DETAIL (detail)));
  g_object_unref (detail);
  g_object_unref (page);
}

static void
test_occupant_editor (void)
{
  PdUiTestDb t = { 0 };

  RUN_IN_SUBPROCESS ();

  pd_ui_test_db_open (&t);
  show_and_close (GTK_WINDOW (pd_occupant_editor_new (t.db, NULL)));
  pd_ui_test_db_close (&t);
}

static void
test_places_window (void)
{
  PdUiTestDb t = { 0 };

  RUN_IN_SUBPROCESS ();

  pd_ui_test_db_open (&t);
  show_and_close (GTK_WINDOW (pd_places_window_new (t.db)));
  pd_ui_test_db_close (&t);
}

static void
test_unit_editor (void)
{
  PdUiTestDb t = { 0 };

  RUN_IN_SUBPROCESS ();

  pd_ui_test_db_open (&t);
  show_and_close (GTK_WINDOW (pd_unit_editor_new (t.db, 0, NULL)));
  pd_ui_test_db_close (&t);
}

/* Every composite widget of the repairs tab, with an order to show. */
static void
test_repairs (void)
{
  PdUiTestDb t = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepair) r = pd_repair_new ();
  GtkWidget *page;
  GtkWidget *lines;

  RUN_IN_SUBPROCESS ();

  pd_ui_test_db_open (&t);
  pd_repair_set_public_area (r, TRUE);
  pd_repair_set_location (r, "1栋大堂");
  pd_repair_set_reporter (r, "保安队");
  pd_repair_set_category_id (r, 1);
  pd_repair_set_description (r, "大堂灯不亮");
  pd_repair_set_repair_class (r, PD_ORDER_CLASS_PAID);
  pd_repair_set_clerk (r, "王芳");
  g_assert_true (pd_repair_store_create (t.db, r, &error));
  g_assert_no_error (error);

  page = g_object_ref_sink (g_object_new (PD_TYPE_REPAIRS_PAGE, NULL));
  g_assert_true (PD_IS_REPAIRS_PAGE (page));
  pd_repairs_page_set_database (PD_REPAIRS_PAGE (page), t.db);
  g_assert_cmpint (pd_repairs_page_get_overdue_count (PD_REPAIRS_PAGE (page)), ==, 0);
  g_object_unref (page);
  lines = g_object_ref_sink (g_object_new (PD_TYPE_SETTLEMENT_LINES, NULL));
  g_object_unref (lines);
  page = g_object_ref_sink (g_object_new (PD_TYPE_REPAIR_DETAIL, NULL));
  pd_repair_detail_set_database (PD_REPAIR_DETAIL (page), t.db);
  pd_repair_detail_show (PD_REPAIR_DETAIL (page), pd_repair_get_id (r));
  g_assert_nonnull (pd_repair_detail_get_repair (PD_REPAIR_DETAIL (page)));
  g_object_unref (page);

  show_and_close (GTK_WINDOW (pd_repair_intake_dialog_new (t.db, NULL)));
  show_and_close (GTK_WINDOW (pd_repair_intake_dialog_new (t.db, r)));
  show_and_close (GTK_WINDOW (pd_repair_dispatch_dialog_new (t.db, r)));
  show_and_close (GTK_WINDOW (pd_repair_complete_dialog_new (t.db, r)));
  show_and_close (GTK_WINDOW (pd_repair_charge_dialog_new (t.db, r)));
  show_and_close (GTK_WINDOW (pd_callback_dialog_new (t.db, r)));
  show_and_close (GTK_WINDOW (pd_repair_survey_dialog_new (t.db, r)));
  show_and_close (GTK_WINDOW (pd_settlement_dialog_new (t.db, r)));
  show_and_close (GTK_WINDOW (pd_repair_settings_window_new (t.db)));
  pd_ui_test_db_close (&t);
}

/* Every composite widget of the complaints tab, with an entry and a case to show. */
static void
test_complaints (void)
{
  PdUiTestDb t = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdContact) entry = pd_contact_new ();
  g_autoptr(PdComplaint) c = NULL;
  GtkWidget *widget;

  RUN_IN_SUBPROCESS ();

  pd_ui_test_db_open (&t);
  pd_contact_set_caller (entry, "张伟");
  pd_contact_set_content (entry, "电梯噪音大");
  pd_contact_set_recorder (entry, "王芳");
  g_assert_true (pd_contact_store_create (t.db, entry, &error));
  g_assert_no_error (error);
  c = pd_contact_store_new_complaint (t.db, pd_contact_get_id (entry), &error);
  g_assert_no_error (error);
  pd_complaint_set_category_id (c, 1);
  pd_complaint_set_four_clear (c, TRUE);
  g_assert_true (pd_complaint_store_create (t.db, c, &error));
  g_assert_no_error (error);

  widget = g_object_ref_sink (g_object_new (PD_TYPE_COMPLAINTS_PAGE, NULL));
  pd_complaints_page_set_database (PD_COMPLAINTS_PAGE (widget), t.db);
  g_assert_cmpint (pd_complaints_page_get_overdue_count (PD_COMPLAINTS_PAGE (widget)), ==, 0);
  g_object_unref (widget);
  widget = g_object_ref_sink (g_object_new (PD_TYPE_CONTACT_DETAIL, NULL));
  pd_contact_detail_set_database (PD_CONTACT_DETAIL (widget), t.db);
  pd_contact_detail_show (PD_CONTACT_DETAIL (widget), pd_contact_get_id (entry));
  g_assert_nonnull (pd_contact_detail_get_contact (PD_CONTACT_DETAIL (widget)));
  g_object_unref (widget);
  widget = g_object_ref_sink (g_object_new (PD_TYPE_COMPLAINT_DETAIL, NULL));
  pd_complaint_detail_set_database (PD_COMPLAINT_DETAIL (widget), t.db);
  pd_complaint_detail_show (PD_COMPLAINT_DETAIL (widget), pd_complaint_get_id (c));
  g_assert_nonnull (pd_complaint_detail_get_complaint (PD_COMPLAINT_DETAIL (widget)));
  g_object_unref (widget);
  widget = g_object_ref_sink (g_object_new (PD_TYPE_UNIT_FINDER, NULL));
  g_object_unref (widget);

  show_and_close (GTK_WINDOW (pd_contact_dialog_new (t.db, NULL)));
  show_and_close (GTK_WINDOW (pd_contact_dialog_new (t.db, entry)));
  show_and_close (GTK_WINDOW (pd_complaint_dialog_new (t.db, NULL)));
  show_and_close (GTK_WINDOW (pd_complaint_dialog_new (t.db, c)));
  show_and_close (GTK_WINDOW (pd_complaint_dispatch_dialog_new (t.db, c)));
  for (PdStepKind kind = PD_STEP_DECIDE; kind <= PD_STEP_ARCHIVE; kind++)
    show_and_close (GTK_WINDOW (pd_complaint_step_dialog_new_for_complaint (t.db, c, kind)));
  for (PdStepKind kind = PD_STEP_ANSWER; kind <= PD_STEP_CUSTOMER_FEEDBACK; kind++)
    show_and_close (GTK_WINDOW (pd_complaint_step_dialog_new_for_contact (t.db, entry, kind)));
  show_and_close (GTK_WINDOW (pd_callback_dialog_new_for_subject (t.db,
                                                                  PD_CALLBACK_SUBJECT_COMPLAINT,
                                                                  pd_complaint_get_id (c),
                                                                  pd_complaint_get_serial (c),
                                                                  "TS", "安全与秩序")));
  show_and_close (GTK_WINDOW (pd_complaint_settings_window_new (t.db)));
  pd_ui_test_db_close (&t);
}

static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GObject *overlay;

  RUN_IN_SUBPROCESS ();

  builder = gtk_builder_new_from_resource ("/io/github/propertydesk/PropertyDesk/gtk/"
                                           "help-overlay.ui");
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

int
main (int   argc,
      char *argv[])
{
  if (!pd_ui_test_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/ui/templates/window", test_window);
  g_test_add_func ("/ui/templates/page-and-detail", test_widgets_without_database);
  g_test_add_func ("/ui/templates/occupant-editor", test_occupant_editor);
  g_test_add_func ("/ui/templates/places-window", test_places_window);
  g_test_add_func ("/ui/templates/unit-editor", test_unit_editor);
  g_test_add_func ("/ui/templates/repairs", test_repairs);
  g_test_add_func ("/ui/templates/complaints", test_complaints);
  g_test_add_func ("/ui/templates/help-overlay", test_help_overlay);
  return g_test_run ();
}
