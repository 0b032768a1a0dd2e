// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "pd-form-draw-repairs.h"
#include "pd-money.h"
#include "pd-repair-store.h"

/* The print drawing of the repair forms, on PDF and recording surfaces: no display needed. The
 * forms are built by hand, so only the drawing is under test. */

/* Fontconfig, Cairo and Pango keep process-wide caches (font lists, scaled fonts, the default
 * font map) until exit, which LeakSanitizer reports when the core tests run under ASan. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\n"
         "leak:libcairo.so\n"
         "leak:libpango-1.0.so\n"
         "leak:libpangocairo-1.0.so\n"
         "leak:libpangoft2-1.0.so\n"
         "leak:libharfbuzz.so\n"
         "leak:libfreetype.so\n";
}

static PdWorkOrderForm *
make_order (guint n_charges)
{
  PdWorkOrderForm *f = g_new0 (PdWorkOrderForm, 1);
  PdRepair *r = pd_repair_new ();
  g_autoptr(GDateTime) reported = g_date_time_new_local (2026, 3, 14, 9, 5, 0);
  gint64 t = g_date_time_to_unix (reported);

  pd_repair_set_serial (r, "BX2026-000123");
  pd_repair_set_estate_name (r, "锦绣花园");
  pd_repair_set_building_name (r, "3栋");
  pd_repair_set_unit_number (r, "1201");
  pd_repair_set_occupant_name (r, "张伟");
  pd_repair_set_reporter (r, "张伟");
  pd_repair_set_category_name (r, "给排水");
  pd_repair_set_description (r, "厨房水龙头漏水，关闭后仍滴水不止，下方橱柜已被浸湿，请尽快上门"
                                "维修。业主下午三点后在家。");
  pd_repair_set_urgency (r, PD_REPAIR_URGENCY_SMALL);
  pd_repair_set_repair_class (r, n_charges > 0 ? PD_ORDER_CLASS_PAID : PD_ORDER_CLASS_B);
  pd_repair_set_source (r, PD_REPAIR_SOURCE_CUSTOMER);
  pd_repair_set_reported_at (r, t);
  pd_repair_set_dispatched_at (r, t + 300);
  pd_repair_set_accepted_at (r, t + 420);
  pd_repair_set_arrived_at (r, t + 1200);
  pd_repair_set_completed_at (r, t + 5400);
  pd_repair_set_clerk (r, "陈静");
  pd_repair_set_dispatcher (r, "刘工");
  pd_repair_set_department_name (r, "工程部");
  pd_repair_set_assignee_name (r, "王师傅");
  pd_repair_set_work_done (r, "更换厨房水龙头一个，检查进水软管无渗漏");
  pd_repair_set_result (r, "已修复");
  pd_repair_set_occupant_confirmed (r, TRUE);
  pd_repair_set_rating_quality (r, 5);
  pd_repair_set_rating_attitude (r, 4);

  f->repair = r;
  f->charges = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_repair_charge_free);
  for (guint i = 0; i < n_charges; i++)
    {
      PdRepairCharge *c = g_new0 (PdRepairCharge, 1);

      c->line_no = (int) i + 1;
      c->item = g_strdup (i == 0 ? "更换水龙头" : "更换角阀");
      c->unit = g_strdup ("个");
      c->quantity_milli = 1000;
      c->unit_price_fen = i == 0 ? 3000 : 2500;
      c->amount_fen = c->unit_price_fen;
      c->approved_by = g_strdup ("");
      f->total_fen += c->amount_fen;
      g_ptr_array_add (f->charges, c);
    }
  f->total_capitals = pd_money_capitals (f->total_fen, FALSE);
  f->customer = g_strdup ("张伟");
  f->phone = g_strdup ("138****5678");
  f->unit_label = g_strdup ("3栋 1201");
  f->estate = g_strdup ("锦绣花园");
  f->title = g_strdup ("工程派工单");
  return f;
}

static PdSettlementForm *
make_settlement (guint n_lines)
{
  PdSettlementForm *f = g_new0 (PdSettlementForm, 1);
  PdSettlement *s = pd_settlement_new ();

  for (guint i = 0; i < n_lines; i++)
    {
      PdSettlementLine *line = pd_settlement_add_line (s, "5-12", "更换PPR给水管 DN25", "m",
                                                       1255, 1234, 1600, "含管件");
      line->approved_total_fen = 1549;
      s->tax_inclusive_fen += 1549;
    }
  g_free (s->settle_date);
  s->settle_date = g_strdup ("2026-03-20");
  f->settlement = s;
  f->repair = pd_repair_new ();
  pd_repair_set_serial (f->repair, "BX2026-000124");
  pd_repair_set_estate_name (f->repair, "锦绣花园");
  f->title = g_strdup ("维修工程结算书（B类）");
  f->customer = g_strdup ("李娜");
  f->unit_label = g_strdup ("5栋 302");
  f->estate = g_strdup ("锦绣花园");
  f->approved_capitals = pd_money_capitals (s->tax_inclusive_fen, FALSE);
  f->decision = g_strdup ("草稿");
  return f;
}

/* The box holding everything not white, from an image of the page at 1 pixel per point. */
static void
ink_box (void (*draw) (cairo_t *, double, double, gconstpointer),
         gconstpointer form,
         int          *out_right,
         int          *out_bottom)
{
  const int w = (int) PD_A4_WIDTH_PT, h = (int) PD_A4_HEIGHT_PT;
  cairo_surface_t *img = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  cairo_t *cr = cairo_create (img);
  unsigned char *data;
  int stride;

  draw (cr, w, h, form);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (img);
  data = cairo_image_surface_get_data (img);
  stride = cairo_image_surface_get_stride (img);
  *out_right = -1;
  *out_bottom = -1;
  for (int row = 0; row < h; row++)
    for (int col = 0; col < w; col++)
      {
        guint32 px = *(guint32 *) (data + row * stride + col * 4);
        if ((px & 0xffffff) != 0xffffff)
          {
            *out_bottom = row;
            *out_right = MAX (*out_right, col);
          }
      }
  cairo_surface_destroy (img);
}

static int
lowest_ink_row (void (*draw) (cairo_t *, double, double, gconstpointer),
                gconstpointer form)
{
  int right, bottom;

  ink_box (draw, form, &right, &bottom);
  /* Nothing reaches into the right margin either. */
  g_assert_cmpint (right, <=, (int) PD_A4_WIDTH_PT - 38);
  return bottom;
}

static void
draw_order (cairo_t *cr, double w, double h, gconstpointer form)
{
  pd_work_order_draw (cr, w, h, form);
}

static void
draw_settlement (cairo_t *cr, double w, double h, gconstpointer form)
{
  pd_settlement_draw (cr, w, h, form);
}

static char *
pdf_text (const char *pdf)
{
  g_autofree char *prog = g_find_program_in_path ("pdftotext");
  const char *argv[] = { prog, "-layout", pdf, "-", NULL };
  g_autofree char *out = NULL;
  int status = 0;

  if (prog == NULL)
    return NULL;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                     NULL, &status, NULL)
      || !g_spawn_check_wait_status (status, NULL))
    return NULL;
  return g_steal_pointer (&out);
}

/* "/Type /Page" objects, not "/Type /Pages": the file is binary, so no string functions. */
static guint
count_pages (const char *pdf)
{
  static const char needle[] = "/Type /Page";
  const gsize n = sizeof needle - 1;
  g_autofree char *data = NULL;
  gsize len = 0;
  guint pages = 0;

  g_assert_true (g_file_get_contents (pdf, &data, &len, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  for (gsize i = 0; i + n < len; i++)
    if (memcmp (data + i, needle, n) == 0 && data[i + n] != 's')
      pages++;
  return pages;
}

static void
test_work_order_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pd-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "order.pdf", NULL);
  g_autofree char *part = g_strconcat (pdf, ".part", NULL);
  g_autoptr(PdWorkOrderForm) f = make_order (2);
  g_autofree char *text = NULL;

  g_assert_true (pd_work_order_write_pdf (f, pdf, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_pages (pdf), ==, 1);

  text = pdf_text (pdf);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "BX2026-000123"));
      g_assert_nonnull (strstr (text, "锦绣花园"));
      g_assert_nonnull (strstr (text, "3栋 1201"));
      g_assert_nonnull (strstr (text, "更换水龙头"));
      g_assert_nonnull (strstr (text, "55.00"));
      g_assert_nonnull (strstr (text, "伍拾伍元整"));
      g_assert_nonnull (strstr (text, "☑"));
    }
  else
    g_test_message ("pdftotext not found: the text of the PDF was not checked");

  g_unlink (pdf);
  g_rmdir (dir);
}

/* Many charge lines shrink the rows; the page never overflows. */
static void
test_work_order_fits (void)
{
  g_autoptr(PdWorkOrderForm) plain = make_order (0);
  g_autoptr(PdWorkOrderForm) paid = make_order (2);
  g_autoptr(PdWorkOrderForm) many = make_order (24);
  const int bottom = (int) PD_A4_HEIGHT_PT - 40;
  int low_plain = lowest_ink_row (draw_order, plain);
  int low_paid = lowest_ink_row (draw_order, paid);
  int low_many = lowest_ink_row (draw_order, many);

  g_assert_cmpint (low_plain, >, 300);
  g_assert_cmpint (low_paid, >, low_plain);
  g_assert_cmpint (low_plain, <=, bottom);
  g_assert_cmpint (low_paid, <=, bottom);
  g_assert_cmpint (low_many, <=, bottom);
  g_assert_cmpint (low_many, >=, bottom - 40);
}

static void
test_settlement_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pd-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "settlement.pdf", NULL);
  g_autoptr(PdSettlementForm) f = make_settlement (3);
  g_autoptr(PdSettlementForm) full = make_settlement (PD_SETTLEMENT_MAX_LINES);
  g_autofree char *text = NULL;
  const int bottom = (int) PD_A4_HEIGHT_PT - 40;

  g_assert_true (pd_settlement_write_pdf (f, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pages (pdf), ==, 1);
  text = pdf_text (pdf);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "维修工程结算书"));
      g_assert_nonnull (strstr (text, "BX2026-000124"));
      g_assert_nonnull (strstr (text, "1.255"));
      g_assert_nonnull (strstr (text, "46.47"));
      g_assert_nonnull (strstr (text, "肆拾陆元肆角柒分"));
    }
  g_assert_cmpint (lowest_ink_row (draw_settlement, full), <=, bottom);
  g_assert_cmpint (lowest_ink_row (draw_settlement, f), <=, bottom);

  g_unlink (pdf);
  g_rmdir (dir);
}

/* A write into a folder that does not exist fails with a sentence and leaves nothing. */
static void
test_pdf_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdWorkOrderForm) f = make_order (0);

  g_assert_false (pd_work_order_write_pdf (f, "/nonexistent/dir/order.pdf", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "order.pdf"));
}

/* A preview draws the same page at any size. */
static void
test_preview_scale (void)
{
  g_autoptr(PdWorkOrderForm) f = make_order (1);
  cairo_surface_t *img = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 424);
  cairo_t *cr = cairo_create (img);

  pd_work_order_draw (cr, 300, 424, f);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (img);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/repair-print/work-order/pdf", test_work_order_pdf);
  g_test_add_func ("/core/repair-print/work-order/fits", test_work_order_fits);
  g_test_add_func ("/core/repair-print/settlement/pdf", test_settlement_pdf);
  g_test_add_func ("/core/repair-print/pdf-error", test_pdf_error);
  g_test_add_func ("/core/repair-print/preview-scale", test_preview_scale);

  return g_test_run ();
}
