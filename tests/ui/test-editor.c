// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include "pd-occupant-editor-private.h"
#include "pd-occupant-store.h"
#include "pd-place-store.h"
#include "pd-ui-test-util.h"

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

typedef struct
{
  PdUiTestDb t;
  gint64     building_id;
  gint64     unit_id;
} Fixture;

static void
fixture_open (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdUnit) unit = pd_unit_new ();
  gint64 estate;

  pd_ui_test_db_open (&f->t);
  estate = pd_place_store_default_estate (f->t.db, &error);
  g_assert_no_error (error);
  f->building_id = pd_place_store_ensure_building (f->t.db, estate, "3栋", &error);
  g_assert_no_error (error);
  pd_unit_set_building_id (unit, f->building_id);
  pd_unit_set_number (unit, "1201");
  pd_unit_set_floor (unit, 12);
  pd_unit_set_area (unit, 8950);
  pd_unit_set_unit_type (unit, PD_UNIT_RESIDENTIAL);
  g_assert_true (pd_place_store_insert_unit (f->t.db, unit, &error));
  g_assert_no_error (error);
  f->unit_id = pd_unit_get_id (unit);
}

static void
type_into (PdOccupantEditor *editor,
           const char       *field,
           const char       *text)
{
  gtk_editable_set_text (_pd_occupant_editor_get_entry (editor, field), text);
}

static void
saved_cb (PdOccupantEditor *editor,
          gint64            id,
          gint64           *out_id)
{
  *out_id = id;
}

static void
test_inline_validation (void)
{
  Fixture f = { 0 };
  PdOccupantEditor *editor;
  GtkLabel *label;

  RUN_IN_SUBPROCESS ();

  fixture_open (&f);
  editor = pd_occupant_editor_new (f.t.db, NULL);
  gtk_window_present (GTK_WINDOW (editor));

  /* A blank new form shows no errors yet, but cannot be saved. */
  g_assert_null (_pd_occupant_editor_get_issue_label (editor, "name"));
  g_assert_null (_pd_occupant_editor_get_issue_label (editor, "phone"));
  g_assert_false (_pd_occupant_editor_can_save (editor));

  /* A malformed phone is an error, shown under the phone field. */
  type_into (editor, "phone", "12345");
  label = _pd_occupant_editor_get_issue_label (editor, "phone");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "error"));
  g_assert_cmpstr (gtk_label_get_text (label), !=, "");

  type_into (editor, "phone", "138 1234 5678");
  g_assert_null (_pd_occupant_editor_get_issue_label (editor, "phone"));

  /* A bad ID check digit is an error; an old 15-digit card is only a warning. */
  type_into (editor, "id-number", "110101199003071234");
  label = _pd_occupant_editor_get_issue_label (editor, "id-number");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "error"));

  type_into (editor, "id-number", "110105491231002");
  label = _pd_occupant_editor_get_issue_label (editor, "id-number");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "warning"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (label), "error"));

  /* Typing then clearing the name shows the "empty" error. */
  type_into (editor, "name", "王");
  type_into (editor, "name", "");
  label = _pd_occupant_editor_get_issue_label (editor, "name");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "error"));

  /* With name and unit the warning alone does not block saving. */
  type_into (editor, "name", "王小明");
  g_assert_false (_pd_occupant_editor_can_save (editor));
  pd_occupant_editor_set_building (editor, f.building_id);
  g_assert_true (_pd_occupant_editor_select_unit (editor, f.unit_id));
  g_assert_true (_pd_occupant_editor_can_save (editor));

  type_into (editor, "move-in-date", "2024-02-30");
  g_assert_nonnull (_pd_occupant_editor_get_issue_label (editor, "move-in-date"));
  g_assert_false (_pd_occupant_editor_can_save (editor));
  type_into (editor, "move-in-date", "2024-02-29");
  g_assert_null (_pd_occupant_editor_get_issue_label (editor, "move-in-date"));
  g_assert_true (_pd_occupant_editor_can_save (editor));

  gtk_window_destroy (GTK_WINDOW (editor));
  pd_ui_test_db_close (&f.t);
}

static void
test_save_new (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdOccupant) stored = NULL;
  PdOccupantEditor *editor;
  gint64 saved_id = 0;

  RUN_IN_SUBPROCESS ();

  fixture_open (&f);
  editor = pd_occupant_editor_new (f.t.db, NULL);
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));

  pd_occupant_editor_set_building (editor, f.building_id);
  g_assert_true (_pd_occupant_editor_select_unit (editor, f.unit_id));
  type_into (editor, "name", " 李四 ");
  type_into (editor, "phone", "139-0000-1111");
  type_into (editor, "move-in-date", "2025-03-01");
  g_assert_true (_pd_occupant_editor_can_save (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_cmpint (saved_id, >, 0);

  stored = pd_occupant_store_get (f.t.db, saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pd_occupant_get_name (stored), ==, "李四");
  g_assert_cmpstr (pd_occupant_get_phone (stored), ==, "13900001111");
  g_assert_cmpstr (pd_occupant_get_move_in_date (stored), ==, "2025-03-01");
  g_assert_cmpint (pd_occupant_get_unit_id (stored), ==, f.unit_id);

  pd_ui_test_spin (50);
  pd_ui_test_db_close (&f.t);
}

static void
test_edit_existing (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdOccupant) occupant = pd_occupant_new ();
  g_autoptr(PdOccupant) stored = NULL;
  PdOccupantEditor *editor;
  gint64 saved_id = 0;

  RUN_IN_SUBPROCESS ();

  fixture_open (&f);
  pd_occupant_set_unit_id (occupant, f.unit_id);
  pd_occupant_set_name (occupant, "某某科技有限公司");
  pd_occupant_set_kind (occupant, PD_KIND_COMPANY);
  pd_occupant_set_role (occupant, PD_ROLE_TENANT);
  pd_occupant_set_phone (occupant, "13812345678");
  g_assert_true (pd_occupant_store_insert (f.t.db, occupant, &error));
  g_assert_no_error (error);

  editor = pd_occupant_editor_new (f.t.db, occupant);
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));

  /* The form shows the record and can be saved as it is. */
  g_assert_cmpstr (gtk_editable_get_text (_pd_occupant_editor_get_entry (editor, "name")), ==,
                   "某某科技有限公司");
  g_assert_true (_pd_occupant_editor_can_save (editor));

  type_into (editor, "notes", "  每月 5 日前付款  ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_cmpint (saved_id, ==, pd_occupant_get_id (occupant));

  stored = pd_occupant_store_get (f.t.db, saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pd_occupant_get_notes (stored), ==, "每月 5 日前付款");
  g_assert_cmpint (pd_occupant_get_kind (stored), ==, PD_KIND_COMPANY);
  g_assert_cmpint (pd_occupant_get_role (stored), ==, PD_ROLE_TENANT);

  pd_ui_test_spin (50);
  pd_ui_test_db_close (&f.t);
}

/* When the store refuses, the form stays open with what was typed. */
static void
test_save_refused_keeps_form (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdOccupantEditor) editor = NULL;
  gint64 saved_id = 0;

  RUN_IN_SUBPROCESS ();

  fixture_open (&f);
  editor = g_object_ref_sink (pd_occupant_editor_new (f.t.db, NULL));
  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved_id);
  gtk_window_present (GTK_WINDOW (editor));

  pd_occupant_editor_set_building (editor, f.building_id);
  g_assert_true (_pd_occupant_editor_select_unit (editor, f.unit_id));
  type_into (editor, "name", "赵六");
  type_into (editor, "phone", "13700001234");
  g_assert_true (_pd_occupant_editor_can_save (editor));

  /* The unit goes away behind the form's back (another clerk deleted it). */
  g_assert_true (pd_place_store_delete_unit (f.t.db, f.unit_id, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  pd_ui_test_spin (100);
  g_assert_cmpint (saved_id, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (gtk_editable_get_text (_pd_occupant_editor_get_entry (editor, "name")), ==,
                   "赵六");
  g_assert_cmpint (pd_occupant_store_count (f.t.db, NULL), ==, 0);

  gtk_window_destroy (GTK_WINDOW (editor));
  pd_ui_test_spin (50);
  pd_ui_test_db_close (&f.t);
}

int
main (int   argc,
      char *argv[])
{
  if (!pd_ui_test_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/ui/editor/inline-validation", test_inline_validation);
  g_test_add_func ("/ui/editor/save-new", test_save_new);
  g_test_add_func ("/ui/editor/edit-existing", test_edit_existing);
  g_test_add_func ("/ui/editor/save-refused-keeps-form", test_save_refused_keeps_form);
  return g_test_run ();
}
