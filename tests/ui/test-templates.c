// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include "pd-occupant-detail.h"
#include "pd-occupant-editor.h"
#include "pd-owners-page.h"
#include "pd-places-window.h"
#include "pd-ui-test-util.h"
#include "pd-unit-editor.h"
#include "pd-window.h"

/* A bad template (unknown property, missing child, wrong callback) aborts the process that
 * instantiates it; each case runs in its own subprocess so that one bad class fails one case. */
#define RUN_IN_SUBPROCESS()                                                          \
  G_STMT_START {                                                                     \
    if (!g_test_subprocess ())                                                       \
      {                                                                              \
        g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC,                           \
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
  g_test_add_func ("/ui/templates/help-overlay", test_help_overlay);
  return g_test_run ();
}
