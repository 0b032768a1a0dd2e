// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include <locale.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "pd-form-draw-goods-pass.h"
#include "pd-move-dialogs.h"
#include "pd-move-store.h"
#include "pd-occupant-store.h"
#include "pd-place-store.h"
#include "pd-ui-test-util.h"

/* Set PD_UI_SNAPSHOT_DIR to keep PNG pictures of the dialogs and the pass for a person to look
 * at; the tests do not need them. */
static void
snapshot_window (GtkWidget  *window,
                 const char *name)
{
  const char *dir = g_getenv ("PD_UI_SNAPSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int w, h;

  if (dir == NULL)
    return;
  w = gtk_widget_get_width (window);
  h = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

typedef struct
{
  PdUiTestDb t;
  gint64     tenant;
} Fixture;

static gint64
add_tenant (PdDatabase *db,
            const char *unit_number,
            gboolean    moved_in)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdUnit) unit = pd_unit_new ();
  g_autoptr(PdOccupant) o = pd_occupant_new ();
  gint64 estate = pd_place_store_ensure_estate (db, "海景花园", &error);
  gint64 building = pd_place_store_ensure_building (db, estate, "3栋", &error);

  pd_unit_set_building_id (unit, building);
  pd_unit_set_number (unit, unit_number);
  pd_unit_set_area (unit, 9500);
  g_assert_true (pd_place_store_insert_unit (db, unit, &error));
  pd_occupant_set_unit_id (o, pd_unit_get_id (unit));
  pd_occupant_set_name (o, "深圳市海川贸易有限公司");
  pd_occupant_set_kind (o, PD_KIND_COMPANY);
  pd_occupant_set_phone (o, "13912345678");
  pd_occupant_set_role (o, PD_ROLE_TENANT);
  pd_occupant_set_status (o, PD_STATUS_PENDING);
  g_assert_true (pd_occupant_store_insert (db, o, &error));
  g_assert_no_error (error);

  if (moved_in)
    {
      g_autoptr(PdMoveIn) mi = pd_move_in_new ();

      pd_move_in_set_occupant_id (mi, pd_occupant_get_id (o));
      pd_move_in_set_notice_date (mi, "2025-06-01");
      pd_move_in_set_fee_start_date (mi, "2025-06-01");
      pd_move_in_set_meter_reading (mi, "1234.5");
      pd_move_in_set_deposit_fen (mi, 300000);
      pd_move_in_set_deposit_paid (mi, TRUE);
      pd_move_in_set_clerk (mi, "王芳");
      g_assert_true (pd_move_store_record_move_in (db, mi, &error));
      g_assert_no_error (error);
    }
  return pd_occupant_get_id (o);
}

static PdMoveOut *
issued_move_out (PdDatabase *db,
                 gint64      occupant_id,
                 guint       n_goods)
{
  g_autoptr(GError) error = NULL;
  PdMoveOut *mo = pd_move_out_new ();

  pd_move_out_set_occupant_id (mo, occupant_id);
  pd_move_out_set_notice_date (mo, "2026-11-10");
  pd_move_out_set_move_out_date (mo, "2026-11-25");
  pd_move_out_set_fees_settled (mo, TRUE);
  pd_move_out_set_fees_confirmed_by (mo, "刘敏");
  pd_move_out_set_owner_consent (mo, TRUE);
  pd_move_out_set_clerk (mo, "王芳");
  for (guint i = 0; i < n_goods; i++)
    {
      g_autofree char *name = g_strdup_printf ("办公桌 %u 号", i + 1);
      pd_move_out_add_goods (mo, name, (int) i + 1, "张", i == 0 ? "含抽屉钥匙" : NULL);
    }
  g_assert_true (pd_move_store_issue_pass (db, mo, &error));
  g_assert_no_error (error);
  return mo;
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

/* Fraction of non-white pixels in a band of an ARGB32 image. */
static double
ink_in_band (cairo_surface_t *image,
             int              y0,
             int              y1)
{
  const unsigned char *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);
  int width = cairo_image_surface_get_width (image);
  guint64 ink = 0, total = 0;

  for (int y = y0; y < y1; y++)
    for (int x = 0; x < width; x++, total++)
      {
        guint32 px = *(const guint32 *) (data + y * stride + x * 4);
        if ((px & 0xffffff) != 0xffffff)
          ink++;
      }
  return total ? (double) ink / total : 0;
}

static void
test_pass_draw_pdf (void)
{
  PdUiTestDb t = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PdMoveOut) mo = NULL;
  g_autoptr(PdMoveOut) long_list = NULL;
  g_autoptr(PdMovePlace) place = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  cairo_surface_t *surface;
  cairo_t *cr;

  pd_ui_test_db_open (&t);
  mo = issued_move_out (t.db, add_tenant (t.db, "1201", TRUE), 7);
  place = pd_move_store_get_place (t.db, mo, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (place->estate_name, ==, "海景花园");

  /* Straight onto a PDF surface, as a print operation would, with no widget involved. */
  pdf_path = g_build_filename (t.dir, "direct.pdf", NULL);
  surface = cairo_pdf_surface_create (pdf_path, PD_A4_WIDTH_PT, PD_A4_HEIGHT_PT);
  cr = cairo_create (surface);
  pd_goods_pass_draw (cr, PD_A4_WIDTH_PT, PD_A4_HEIGHT_PT, mo, place);
  cairo_show_page (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (g_file_get_contents (pdf_path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (length, >, 5000);
  g_clear_pointer (&contents, g_free);

  /* The helper the preview's "Save as PDF" uses: one A4 page. */
  g_free (pdf_path);
  pdf_path = g_build_filename (t.dir, "pass.pdf", NULL);
  g_assert_true (pd_goods_pass_write_pdf (mo, place, pdf_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf_path, &contents, &length, NULL));
  g_assert_true (contains_bytes (contents, length, "/Type /Page"));
  g_assert_true (contains_bytes (contents, length, "/Count 1\n"));
  if (g_getenv ("PD_UI_SNAPSHOT_DIR"))
    {
      g_autofree char *keep = g_build_filename (g_getenv ("PD_UI_SNAPSHOT_DIR"), "pass.pdf", NULL);
      g_assert_true (pd_goods_pass_write_pdf (mo, place, keep, NULL));
    }

  /* On a bitmap: ink at the top (title, head block) and a blank bottom margin, even when a
   * list of 45 lines has to squeeze onto the page. */
  long_list = issued_move_out (t.db, add_tenant (t.db, "1202", FALSE), 45);
  for (int pass = 0; pass < 2; pass++)
    {
      PdMoveOut *which = pass == 0 ? mo : long_list;
      int w = 595, h = 842;

      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
      cr = cairo_create (surface);
      pd_goods_pass_draw (cr, w, h, which, place);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      g_assert_cmpfloat (ink_in_band (surface, 40, 200), >, 0.01);
      g_assert_cmpfloat (ink_in_band (surface, h - 30, h), ==, 0.0);
      g_assert_cmpfloat (ink_in_band (surface, 0, h), <, 0.5);
      cairo_surface_destroy (surface);
    }

  pd_ui_test_db_close (&t);
}

static GtkWidget *
child (gpointer    dialog,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

/* "clicked" at once: activating a GtkButton emits it only after a 250 ms press animation. */
static void
click (GtkWidget *button)
{
  g_signal_emit_by_name (button, "clicked");
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  pd_ui_test_db_open (&f->t);
  f->tenant = add_tenant (f->t.db, "1201", GPOINTER_TO_INT (data));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  pd_ui_test_db_close (&f->t);
}

static void
test_move_in_dialog (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PdMoveInDialog *dialog = pd_move_in_dialog_new (f->t.db, f->tenant, &error);
  GType type = PD_TYPE_MOVE_IN_DIALOG;
  GtkStack *stack;
  g_autoptr(GPtrArray) history = NULL;

  g_assert_no_error (error);
  stack = GTK_STACK (child (dialog, type, "stack"));
  gtk_window_present (GTK_WINDOW (dialog));
  pd_ui_test_spin (300);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "documents");

  gtk_editable_set_text (GTK_EDITABLE (child (dialog, type, "notice_date_row")), "2026/3/5");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (dialog, type, "doc_notice_check")), TRUE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (child (dialog, type, "form_receipt_check")),
                               TRUE);
  pd_ui_test_spin (400);
  snapshot_window (GTK_WIDGET (dialog), "move-in-1-documents.png");
  click (child (dialog, type, "next_button"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "inspection");

  /* A bad meter reading keeps the clerk on the step, with the reason under the field. */
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, type, "meter_row")), "约1200");
  click (child (dialog, type, "add_defect_button"));
  click (child (dialog, type, "next_button"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "inspection");
  g_assert_true (gtk_widget_get_visible (child (dialog, type, "meter_issue_row")));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (dialog, type,
                                                                    "meter_issue_label"))),
                            "约1200"));
  g_assert_true (gtk_widget_get_visible (child (dialog, type, "defects_issue_label")));

  gtk_editable_set_text (GTK_EDITABLE (child (dialog, type, "meter_row")), "1200.5");
  g_assert_false (gtk_widget_get_visible (child (dialog, type, "meter_issue_row")));
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (
      GTK_LIST_BOX (child (dialog, type, "defects_list")), 0);
    gtk_editable_set_text (g_object_get_data (G_OBJECT (row), "where"), "厨房");
    gtk_editable_set_text (g_object_get_data (G_OBJECT (row), "what"), "水龙头漏水");
  }
  pd_ui_test_spin (400);
  snapshot_window (GTK_WIDGET (dialog), "move-in-2-inspection.png");
  click (child (dialog, type, "next_button"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "fees");

  /* The fee start followed the notice date. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, type, "fee_start_row"))),
                   ==, "2026/3/5");
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, type, "deposit_row")), "3,000.00");
  gtk_switch_set_active (GTK_SWITCH (child (dialog, type, "deposit_paid_switch")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (dialog, type, "keys_spin")), 3);
  pd_ui_test_spin (400);
  snapshot_window (GTK_WIDGET (dialog), "move-in-3-fees.png");
  click (child (dialog, type, "next_button"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "confirm");

  /* Recording without a clerk is refused at the field. */
  click (child (dialog, type, "record_button"));
  g_assert_true (gtk_widget_get_visible (child (dialog, type, "clerk_issue_row")));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, type, "clerk_row")), "王芳");
  pd_ui_test_spin (400);
  snapshot_window (GTK_WIDGET (dialog), "move-in-4-confirm.png");
  g_object_ref (dialog);
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);
  click (child (dialog, type, "record_button"));
  pd_ui_test_spin (100);
  g_object_unref (dialog);

  history = pd_move_store_list_for_occupant (f->t.db, f->tenant, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (pd_move_in_get_notice_date (history->pdata[0]), ==, "2026-03-05");
  g_assert_cmpint (pd_move_in_get_deposit_fen (history->pdata[0]), ==, 300000);
  g_assert_cmpuint (pd_move_in_get_defects (history->pdata[0])->len, ==, 1);

  /* A second move-in is refused before any typing. */
  g_assert_null (pd_move_in_dialog_new (f->t.db, f->tenant, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
}

static void
test_move_out_dialog (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PdMoveOutDialog *dialog = pd_move_out_dialog_new (f->t.db, f->tenant, &error);
  GType type = PD_TYPE_MOVE_OUT_DIALOG;
  GtkWidget *notice_issue;
  g_autoptr(PdMoveOut) open = NULL;

  g_assert_no_error (error);
  /* Tall enough for one picture of the whole form. */
  if (g_getenv ("PD_UI_SNAPSHOT_DIR") != NULL)
    gtk_window_set_default_size (GTK_WINDOW (dialog), 680, 1960);
  gtk_window_present (GTK_WINDOW (dialog));
  pd_ui_test_spin (300);

  /* Ten days ahead by default: no warning. Five days: a live warning naming the days. */
  notice_issue = child (dialog, type, "notice_date_issue_row");
  g_assert_false (gtk_widget_get_visible (notice_issue));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, type, "notice_date_row")), "2026-11-20");
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, type, "move_out_date_row")), "2026-11-25");
  g_assert_true (gtk_widget_get_visible (notice_issue));
  g_assert_true (gtk_widget_has_css_class (child (dialog, type, "notice_date_issue_label"),
                                           "warning"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (child (dialog, type,
                                                                    "notice_date_issue_label"))),
                            "5"));

  /* A refund above the deposit is flagged as typed. */
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, type, "refund_row")), "3000.01");
  g_assert_true (gtk_widget_get_visible (child (dialog, type, "refund_issue_row")));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, type, "refund_row")), "3000");
  g_assert_false (gtk_widget_get_visible (child (dialog, type, "refund_issue_row")));

  /* Issuing without settled fees is refused with the reason in the banner. */
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, type, "clerk_row")), "王芳");
  click (child (dialog, type, "add_goods_button"));
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (
      GTK_LIST_BOX (child (dialog, type, "goods_list")), 0);
    gtk_editable_set_text (g_object_get_data (G_OBJECT (row), "name"), "办公桌");
    gtk_spin_button_set_value (g_object_get_data (G_OBJECT (row), "qty"), 12);
    gtk_editable_set_text (g_object_get_data (G_OBJECT (row), "uom"), "张");
  }
  click (child (dialog, type, "issue_button"));
  g_assert_true (gtk_widget_get_visible (child (dialog, type, "banner_label")));
  g_assert_false (gtk_widget_get_visible (child (dialog, type, "print_button")));

  gtk_switch_set_active (GTK_SWITCH (child (dialog, type, "fees_settled_switch")), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, type, "fees_confirmed_by_row")), "刘敏");
  gtk_switch_set_active (GTK_SWITCH (child (dialog, type, "owner_consent_switch")), TRUE);
  click (child (dialog, type, "issue_button"));
  g_assert_false (gtk_widget_get_visible (child (dialog, type, "banner_label")));
  g_assert_true (gtk_widget_get_visible (child (dialog, type, "print_button")));
  g_assert_true (gtk_widget_get_visible (child (dialog, type, "export_button")));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, type, "goods_list")));
  pd_ui_test_spin (600);
  snapshot_window (GTK_WIDGET (dialog), "move-out.png");
  open = pd_move_store_find_open_move_out (f->t.db, f->tenant, &error);
  g_assert_no_error (error);
  g_assert_nonnull (open);

  /* Print… opens the in-app preview of the pass, titled with its serial. */
  click (child (dialog, type, "print_button"));
  pd_ui_test_spin (400);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    GtkWindow *preview = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && preview == NULL; i++)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
        const char *title = gtk_window_get_title (w);

        if (title != NULL && strstr (title, pd_move_out_get_pass_serial (open)) != NULL
            && w != GTK_WINDOW (dialog))
          preview = w;
      }
    g_assert_nonnull (preview);
    g_assert_true (gtk_window_get_transient_for (preview) == GTK_WINDOW (dialog));
    snapshot_window (GTK_WIDGET (preview), "pass-preview.png");
    gtk_window_destroy (preview);
  }

  g_assert_true (pd_move_out_get_pass_issued (open));
  g_assert_cmpuint (pd_move_out_get_goods (open)->len, ==, 1);
  g_assert_cmpint (pd_move_out_get_deposit_refund_fen (open), ==, 300000);
  /* Xvfb without a window manager sends no focus-out: leave no entry focused when closing. */
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  pd_ui_test_spin (50);
}

int
main (int   argc,
      char *argv[])
{
  if (!pd_ui_test_init (&argc, &argv))
    return g_test_run ();
  /* A blinking cursor in a window that Xvfb (no window manager) never focuses warns that it
   * "did not receive a focus-out event", and warnings are fatal in tests. */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
  /* For pictures in Chinese: PD_LOCALEDIR names a compiled catalogue, as for the app. */
  if (g_getenv ("PD_LOCALEDIR") != NULL)
    {
      /* gtk_test_init() leaves the "C" locale, in which gettext ignores LANGUAGE. */
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PD_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  g_test_add_func ("/ui/moves/pass-draw-pdf", test_pass_draw_pdf);
  g_test_add ("/ui/moves/move-in-dialog", Fixture, GINT_TO_POINTER (FALSE), fixture_setup,
              test_move_in_dialog, fixture_teardown);
  g_test_add ("/ui/moves/move-out-dialog", Fixture, GINT_TO_POINTER (TRUE), fixture_setup,
              test_move_out_dialog, fixture_teardown);

  return g_test_run ();
}
