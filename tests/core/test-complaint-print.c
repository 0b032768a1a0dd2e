// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "pd-callback-store.h"
#include "pd-form-draw-complaints.h"

/* The print drawing of the complaint forms on PDF and image surfaces: no display needed. The
 * forms are built by hand, so only the drawing is under test. */

static PdComplaintReportForm *
make_report (guint content_repeats)
{
  PdComplaintReportForm *f = g_new0 (PdComplaintReportForm, 1);
  PdComplaint *c = pd_complaint_new ();
  g_autoptr(GString) content = g_string_new (NULL);

  for (guint i = 0; i < MAX (1, content_repeats); i++)
    g_string_append (content, "2号电梯一周内第三次困人，物业处理太慢，要求彻查并书面答复。");
  pd_complaint_set_serial (c, "TS2026-0042");
  pd_complaint_set_contact_serial (c, "LD2026-000123");
  pd_complaint_set_complainant (c, "张伟");
  pd_complaint_set_building_name (c, "3栋");
  pd_complaint_set_unit_number (c, "1201");
  pd_complaint_set_content (c, content->str);
  pd_complaint_set_category_name (c, "设施设备与维修");
  pd_complaint_set_recorder (c, "陈静");
  pd_complaint_set_decided_by (c, "周丽");
  pd_complaint_set_department_name (c, "工程部");
  pd_complaint_set_responsible (c, "王建国");
  pd_complaint_set_dispatched_by (c, "陈静");
  pd_complaint_set_serious (c, TRUE);
  pd_complaint_set_manager_person (c, "王建国");
  pd_complaint_set_manager_by (c, "赵志刚");
  pd_complaint_set_manager_measures (c, "联系维保单位全面检修，每日汇报进度");
  pd_complaint_set_handled_by (c, "王建国");
  pd_complaint_set_feedback_by (c, "陈静");
  pd_complaint_set_signed_off_by (c, "赵志刚");
  pd_complaint_set_state (c, PD_COMPLAINT_STATE_SIGNED_OFF);

  f->complaint = c;
  f->callbacks = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_callback_free);
  f->title = g_strdup ("投诉处理报告");
  f->estate = g_strdup ("锦绣花园");
  f->unit_label = g_strdup ("3栋 1201");
  f->phone = g_strdup ("138****5678");
  f->received = g_strdup ("2026-03-15 09:00");
  f->channel_ticks = g_strdup ("☐ 电话   ☑ 来访   ☐ 书面");
  f->four_clear_ticks = g_strdup ("☑ 听清楚   ☑ 问清楚   ☑ 复清楚   ☑ 记清楚");
  f->validity_ticks = g_strdup ("☑ 有效投诉   ☐ 无效投诉");
  f->decided = g_strdup ("2026-03-15 09:20");
  f->deadline = g_strdup ("2026-03-18 09:00");
  f->dispatched = g_strdup ("2026-03-15 09:30");
  f->serious_ticks = g_strdup ("☑ 是   ☐ 否");
  f->manager_at = g_strdup ("2026-03-15 11:00");
  f->handling = g_strdup ("处理措施：更换门机板并全面检修\n处理结果：已修复，运行正常");
  f->handled = g_strdup ("2026-03-17 15:00");
  f->timeliness = g_strdup ("及时（时限 2026-03-18 09:00）");
  f->feedback = g_strdup ("已告知业主处理安排");
  f->feedback_at = g_strdup ("2026-03-15 15:00");
  f->callback_record = g_strdup ("2026-03-17 18:00  上门  周丽：满意；业主满意");
  f->callback_by = g_strdup ("周丽");
  f->callback_at = g_strdup ("2026-03-17 18:00");
  f->signed_off = g_strdup ("2026-03-18");
  f->archived = g_strdup ("");
  return f;
}

static PdComplaintWeekStats *
make_week (guint n_departments)
{
  static const char *const names[] = { "工程部", "秩序维护部", "环境部", "客服部", "外单位" };
  PdComplaintWeekStats *st = g_new0 (PdComplaintWeekStats, 1);

  st->iso_year = 2026;
  st->week = 10;
  st->label = g_strdup ("2026-W10");
  st->from = 1772380800;  /* 2026-03-02 00:00 Asia/Shanghai */
  st->to = st->from + 7 * 86400;
  st->as_of = st->to + 86400;
  st->total.name = g_strdup ("");
  st->by_department = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_complaint_week_row_free);
  for (guint i = 0; i < n_departments; i++)
    {
      PdComplaintWeekRow *r = g_new0 (PdComplaintWeekRow, 1);

      r->id = i + 1;
      r->name = g_strdup (names[i % G_N_ELEMENTS (names)]);
      r->new_cases = 3 + i;
      r->closed = 2;
      r->open = 1 + i;
      r->overdue = i % 2;
      st->total.new_cases += r->new_cases;
      st->total.closed += r->closed;
      st->total.open += r->open;
      st->total.overdue += r->overdue;
      g_ptr_array_add (st->by_department, r);
    }
  return st;
}

/* The box holding everything not white, drawn on an image of A4 at 1 pixel per point. */
static void
ink_box (void        (*draw) (cairo_t *, double, double, gconstpointer),
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

static void
draw_report (cairo_t *cr, double w, double h, gconstpointer form)
{
  pd_complaint_report_draw (cr, w, h, form);
}

static void
draw_week (cairo_t *cr, double w, double h, gconstpointer stats)
{
  pd_complaint_week_draw (cr, w, h, stats);
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
test_report_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pd-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *part = g_strconcat (pdf, ".part", NULL);
  g_autoptr(PdComplaintReportForm) f = make_report (1);
  g_autofree char *text = NULL;

  g_assert_true (pd_complaint_report_write_pdf (f, pdf, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_pages (pdf), ==, 1);

  text = pdf_text (pdf);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "TS2026-0042"));
      g_assert_nonnull (strstr (text, "LD2026-000123"));
      g_assert_nonnull (strstr (text, "锦绣花园"));
      g_assert_nonnull (strstr (text, "3栋 1201"));
      g_assert_nonnull (strstr (text, "138****5678"));
      g_assert_nonnull (strstr (text, "王建国"));
      g_assert_nonnull (strstr (text, "联系维保单位全面检修"));
      g_assert_nonnull (strstr (text, "2026-03-18 09:00"));
      g_assert_nonnull (strstr (text, "赵志刚"));
      g_assert_nonnull (strstr (text, "☑"));
    }
  else
    g_test_message ("pdftotext not found: the text of the PDF was not checked");

  /* A folder that does not exist: an error naming the file, nothing left behind. */
  {
    g_autofree char *bad = g_build_filename (dir, "missing", "report.pdf", NULL);

    g_assert_false (pd_complaint_report_write_pdf (f, bad, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "report.pdf"));
  }

  g_unlink (pdf);
  g_rmdir (dir);
}

/* Long content shrinks nothing out of the page: the drawing stays inside the margins. */
static void
test_report_fits (void)
{
  g_autoptr(PdComplaintReportForm) plain = make_report (1);
  g_autoptr(PdComplaintReportForm) wordy = make_report (20);
  const int bottom = (int) PD_A4_HEIGHT_PT - 38;
  int right, low_plain, low_wordy;

  ink_box (draw_report, plain, &right, &low_plain);
  g_assert_cmpint (right, <=, (int) PD_A4_WIDTH_PT - 38);
  g_assert_cmpint (low_plain, >, 600);
  g_assert_cmpint (low_plain, <=, bottom);
  ink_box (draw_report, wordy, &right, &low_wordy);
  g_assert_cmpint (right, <=, (int) PD_A4_WIDTH_PT - 38);
  g_assert_cmpint (low_wordy, <=, bottom);
}

/* A preview at another size scales the same layout. */
static void
test_report_scales (void)
{
  g_autoptr(PdComplaintReportForm) f = make_report (1);
  cairo_surface_t *img = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 424);
  cairo_t *cr = cairo_create (img);

  pd_complaint_report_draw (cr, 300, 424, f);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (img);
}

static void
test_week_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pd-print-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "week.pdf", NULL);
  g_autoptr(PdComplaintWeekStats) st = make_week (5);
  g_autoptr(PdComplaintWeekStats) many = make_week (40);
  g_autofree char *text = NULL;
  int right, low;

  g_assert_true (pd_complaint_week_write_pdf (st, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pages (pdf), ==, 1);
  text = pdf_text (pdf);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "2026-W10"));
      g_assert_nonnull (strstr (text, "秩序维护部"));
      /* The total of new cases: 3 + 4 + 5 + 6 + 7. */
      g_assert_nonnull (strstr (text, "25"));
    }

  /* Forty departments still fit the page. */
  ink_box (draw_week, many, &right, &low);
  g_assert_cmpint (low, <=, (int) PD_A4_HEIGHT_PT - 38);
  g_assert_cmpint (right, <=, (int) PD_A4_WIDTH_PT - 38);

  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/print/complaint/report-pdf", test_report_pdf);
  g_test_add_func ("/core/print/complaint/report-fits", test_report_fits);
  g_test_add_func ("/core/print/complaint/report-scales", test_report_scales);
  g_test_add_func ("/core/print/complaint/week-pdf", test_week_pdf);
  return g_test_run ();
}
