// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-register-export.h"
#include "pd-complaint-report-export.h"
#include "pd-complaint-stats-export.h"
#include "pd-rule-error.h"
#include "pd-test-complaint-forms.h"
#include "pd-test-util.h"
#include "pd-test-xlsx.h"

/* The complaint forms exported to .xlsx and read back cell by cell, over the hand-built March
 * of pd-test-complaint-forms.h. The tests run untranslated (C locale), so labels are compared
 * with their msgids. */

typedef struct
{
  PdTestDb    t;
  PdTestMarch m;
} Fixture;

static void
fixture_setup (Fixture *f)
{
  pd_test_db_setup (&f->t);
  pd_test_build_march (f->t.db, &f->m);
}

static char *
out_path (Fixture    *f,
          const char *name)
{
  return g_build_filename (f->t.dir, name, NULL);
}

/* A tick box before @label: "☑ label" or "☐ label". */
static gboolean
ticked (const char *text,
        const char *label,
        gboolean    on)
{
  g_autofree char *box = g_strconcat (on ? "☑ " : "☐ ", label, NULL);
  return strstr (text, box) != NULL;
}

static guint
count_str (const char *haystack,
           const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* ---- the complaint handling report ------------------------------------------------------ */

static void
test_report_complete (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Xlsx) x = NULL;

  fixture_setup (&f);
  out = out_path (&f, "report.xlsx");
  g_assert_true (pd_complaint_report_export_xlsx (f.t.db, f.m.ids[2], FALSE, PD_TEST_AS_OF, out,
                                                  &error));
  g_assert_no_error (error);
  x = xlsx_read (out);

  g_assert_cmpstr (cell (x, "A1"), ==, C_("complaint form", "Complaint Handling Report"));
  g_assert_nonnull (strstr (cell (x, "A2"), "锦绣花园"));
  g_assert_nonnull (strstr (cell (x, "A2"), "LD2026-000001"));
  g_assert_nonnull (strstr (cell (x, "E2"), "TS2026-0002"));

  g_assert_cmpstr (cell (x, "A3"), ==, C_("complaint form", "Complainant"));
  g_assert_cmpstr (cell (x, "B3"), ==, "张伟");
  g_assert_cmpstr (cell (x, "D3"), ==, "3栋 1201");
  g_assert_cmpstr (cell (x, "F3"), ==, "138****5678");
  g_assert_false (xlsx_contains (x, "13812345678"));
  g_assert_cmpstr (cell (x, "B4"), ==, "2026-03-02 09:00");
  g_assert_cmpstr (cell (x, "D4"), ==, "安全与秩序");
  g_assert_cmpstr (cell (x, "F4"), ==, pd_complaint_state_to_label (PD_COMPLAINT_STATE_ARCHIVED));
  g_assert_true (ticked (cell (x, "B5"), C_("complaint form", "Phone"), TRUE));
  g_assert_true (ticked (cell (x, "B5"), C_("complaint form", "Visit"), FALSE));
  g_assert_cmpstr (cell (x, "F5"), ==, "陈静");
  g_assert_cmpstr (cell (x, "A6"), ==, C_("complaint form", "Complaint content"));
  g_assert_cmpstr (cell (x, "B6"), ==, "夜间小区内有陌生人徘徊，保安未盘查");
  g_assert_cmpuint (count_str (cell (x, "B7"), "☑"), ==, 4);
  g_assert_true (ticked (cell (x, "B7"), C_("complaint form", "Repeated back"), TRUE));
  g_assert_cmpstr (cell (x, "F7"), ==, "周丽");
  g_assert_true (ticked (cell (x, "B8"), C_("complaint form", "Valid complaint"), TRUE));
  g_assert_true (ticked (cell (x, "B8"), C_("complaint form", "Not a valid complaint"), FALSE));
  g_assert_cmpstr (cell (x, "F8"), ==, "2026-03-02 09:30");

  /* Dispatch: security by default for the category, deadline 48 h on. */
  g_assert_cmpstr (cell (x, "A10"), ==, C_("complaint form", "Responsible department"));
  g_assert_cmpstr (cell (x, "B10"), ==, "秩序维护部");
  g_assert_cmpstr (cell (x, "D10"), ==, "钱队长");
  g_assert_cmpstr (cell (x, "F10"), ==, "2026-03-04 09:00");
  g_assert_cmpstr (cell (x, "B11"), ==, "陈静");
  g_assert_cmpstr (cell (x, "D11"), ==, "2026-03-02 09:40");
  g_assert_true (ticked (cell (x, "F11"), C_("complaint form", "No"), TRUE));
  g_assert_cmpstr (cell (x, "A12"), ==, C_("complaint form", "Manager's measures (serious)"));

  /* The department's action, its timeliness, the feedback, the callback, the sign-off. */
  g_assert_cmpstr (cell (x, "A14"), ==, C_("complaint form", "Action taken"));
  g_assert_nonnull (strstr (cell (x, "B14"), "加强夜间巡逻并核查监控录像"));
  g_assert_nonnull (strstr (cell (x, "B14"), "已整改，巡逻记录已完善"));
  g_assert_cmpstr (cell (x, "C15"), ==, "钱队长");
  g_assert_cmpstr (cell (x, "F15"), ==, "2026-03-03 10:00");
  g_assert_true (g_str_has_prefix (cell (x, "C16"),
                                   pd_complaint_timeliness_to_label (PD_COMPLAINT_TIMELINESS_ON_TIME)));
  g_assert_nonnull (strstr (cell (x, "C16"), "2026-03-04 09:00"));
  g_assert_cmpstr (cell (x, "B17"), ==, "已告知业主处理安排");
  g_assert_cmpstr (cell (x, "C18"), ==, "陈静");
  g_assert_cmpstr (cell (x, "F18"), ==, "2026-03-02 15:00");
  g_assert_nonnull (strstr (cell (x, "B19"), "2026-03-03 16:00"));
  g_assert_nonnull (strstr (cell (x, "B19"), "周丽"));
  g_assert_nonnull (strstr (cell (x, "B19"), "业主满意"));
  g_assert_cmpstr (cell (x, "C20"), ==, "周丽");
  g_assert_cmpstr (cell (x, "A21"), ==, C_("complaint form", "Manager's sign-off"));
  g_assert_cmpstr (cell (x, "C22"), ==, "赵志刚");
  g_assert_cmpstr (cell (x, "F22"), ==, "2026-03-04");
  g_assert_cmpstr (cell (x, "B23"), ==, "周丽");
  g_assert_cmpstr (cell (x, "F23"), ==, "2026-03-06");

  /* Paper layout: merged blocks, A4 portrait, one page. */
  g_assert_nonnull (strstr (x->sheet_xml, "<mergeCell ref=\"A1:F1\"/>"));
  g_assert_nonnull (strstr (x->sheet_xml, "<mergeCell ref=\"B6:F6\"/>"));
  g_assert_nonnull (strstr (x->sheet_xml, "<mergeCell ref=\"A14:A16\"/>"));
  g_assert_nonnull (strstr (x->sheet_xml, "<mergeCell ref=\"A21:A22\"/>"));
  g_assert_nonnull (strstr (x->sheet_xml, "paperSize=\"9\""));
  g_assert_nonnull (strstr (x->sheet_xml, "orientation=\"portrait\""));
  g_assert_nonnull (strstr (x->sheet_xml, "fitToPage=\"1\""));
  g_assert_null (strstr (x->sheet_xml, "fitToHeight="));

  /* The full phone only when asked. */
  g_clear_pointer (&x, xlsx_free);
  g_assert_true (pd_complaint_report_export_xlsx (f.t.db, f.m.ids[2], TRUE, PD_TEST_AS_OF, out,
                                                  &error));
  x = xlsx_read (out);
  g_assert_cmpstr (cell (x, "F3"), ==, "13812345678");

  pd_test_db_teardown (&f.t);
}

/* Not valid, serious, late, open: each case's report says so. */
static void
test_report_cases (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Xlsx) x = NULL;
  const char *blank_date = C_("complaint form", "______ year ____ month ____ day");

  fixture_setup (&f);
  out = out_path (&f, "cases.xlsx");

  g_assert_true (pd_complaint_report_export_xlsx (f.t.db, f.m.ids[5], FALSE, PD_TEST_AS_OF, out,
                                                  &error));
  g_assert_no_error (error);
  x = xlsx_read (out);
  g_assert_true (ticked (cell (x, "B8"), C_("complaint form", "Not a valid complaint"), TRUE));
  g_assert_cmpstr (cell (x, "B9"), ==, "经了解属沟通误会，已向业主说明");
  g_assert_cmpstr (cell (x, "C16"), ==,
                   pd_complaint_timeliness_to_label (PD_COMPLAINT_TIMELINESS_EXCLUDED));
  g_assert_cmpstr (cell (x, "F22"), ==, blank_date);
  g_assert_cmpstr (cell (x, "B10"), ==, "");

  /* Serious: the manager's person, measures and deadline. */
  g_clear_pointer (&x, xlsx_free);
  g_assert_true (pd_complaint_report_export_xlsx (f.t.db, f.m.ids[6], FALSE, PD_TEST_AS_OF, out,
                                                  &error));
  x = xlsx_read (out);
  g_assert_true (ticked (cell (x, "F11"), C_("complaint form", "Yes"), TRUE));
  g_assert_cmpstr (cell (x, "C12"), ==, "王建国");
  g_assert_cmpstr (cell (x, "F12"), ==, "赵志刚");
  g_assert_cmpstr (cell (x, "B13"), ==, "联系维保单位全面检修，每日汇报进度");
  g_assert_cmpstr (cell (x, "F10"), ==, "2026-03-18 09:00");
  /* Registered directly: no register entry on the form. */
  g_assert_nonnull (strstr (cell (x, "A2"), "锦绣花园"));
  g_assert_null (strstr (cell (x, "A2"), "LD2026"));
  /* Handled, not yet called back: the callback rows are blank. */
  g_assert_cmpstr (cell (x, "B19"), ==, "");
  g_assert_cmpstr (cell (x, "C22"), ==, "");

  /* Late: the result came after the deadline; the feedback after 24 h. */
  g_clear_pointer (&x, xlsx_free);
  g_assert_true (pd_complaint_report_export_xlsx (f.t.db, f.m.ids[4], FALSE, PD_TEST_AS_OF, out,
                                                  &error));
  x = xlsx_read (out);
  g_assert_true (g_str_has_prefix (cell (x, "C16"),
                                   pd_complaint_timeliness_to_label (PD_COMPLAINT_TIMELINESS_LATE)));
  g_assert_true (ticked (cell (x, "B5"), C_("complaint form", "Written"), TRUE));
  g_assert_cmpstr (cell (x, "B10"), ==, "工程部");
  g_assert_nonnull (strstr (cell (x, "B17"), "24"));

  /* Open and not yet due at the report time. */
  g_clear_pointer (&x, xlsx_free);
  g_assert_true (pd_complaint_report_export_xlsx (f.t.db, f.m.ids[8], FALSE, PD_TEST_AS_OF, out,
                                                  &error));
  x = xlsx_read (out);
  g_assert_true (g_str_has_prefix (cell (x, "C16"),
                                   pd_complaint_timeliness_to_label
                                     (PD_COMPLAINT_TIMELINESS_OPEN_NOT_DUE)));
  g_assert_cmpstr (cell (x, "B14"), ==, "");
  g_assert_nonnull (strstr (cell (x, "B17"), "2026-04-01 20:00"));

  pd_test_db_teardown (&f.t);
}

static void
test_report_errors (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *missing = NULL;

  fixture_setup (&f);
  out = out_path (&f, "none.xlsx");
  g_assert_false (pd_complaint_report_export_xlsx (f.t.db, 999999, FALSE, 0, out, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  missing = g_build_filename (f.t.dir, "no", "such", "report.xlsx", NULL);
  g_assert_false (pd_complaint_report_export_xlsx (f.t.db, f.m.ids[2], FALSE, 0, missing,
                                                   &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "report.xlsx"));
  pd_test_db_teardown (&f.t);
}

/* ---- the registers ---------------------------------------------------------------------- */

static void
test_complaint_register (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Xlsx) x = NULL;
  PdComplaintPeriod march = { 0 };
  guint rows = 0;
  /* Registration order in March: 0002, 0003, 0004, 0005, 0006 (03-15), 0007, 0008. */
  static const struct { const char *serial, *who, *timely; } want[] = {
    { "TS2026-0002", "张伟", "Yes" }, { "TS2026-0003", "李娜", "Yes" },
    { "TS2026-0004", "张伟", "No" }, { "TS2026-0005", "李娜", "—" },
    { "TS2026-0006", "张伟", "Yes" }, { "TS2026-0007", "张伟", "No" },
    { "TS2026-0008", "李娜", "Not yet due" },
  };

  fixture_setup (&f);
  out = out_path (&f, "register.xlsx");
  g_assert_true (pd_complaint_period_parse ("2026-03", &march, &error));
  g_assert_no_error (error);
  g_assert_true (pd_complaint_register_export_xlsx (f.t.db, &march, PD_TEST_AS_OF, out, &rows,
                                                    &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rows, ==, G_N_ELEMENTS (want));
  x = xlsx_read (out);

  g_assert_cmpstr (cell (x, "A1"), ==, C_("complaint register", "Complaint Register"));
  g_assert_nonnull (strstr (cell (x, "A2"), "2026-03-01"));
  g_assert_nonnull (strstr (cell (x, "A2"), "2026-03-31"));
  g_assert_cmpstr (cell (x, "A3"), ==, C_("complaint register", "No."));
  g_assert_cmpstr (cell (x, "F3"), ==, C_("complaint register", "Complaint content"));
  g_assert_cmpstr (cell (x, "L3"), ==, C_("complaint register", "On time"));
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_autofree char *no = g_strdup_printf ("A%u", i + 4);
      g_autofree char *serial = g_strdup_printf ("B%u", i + 4);
      g_autofree char *who = g_strdup_printf ("D%u", i + 4);
      g_autofree char *timely = g_strdup_printf ("L%u", i + 4);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *expected = g_str_equal (want[i].timely, "—")
                             ? "—" : g_dpgettext2 (GETTEXT_PACKAGE, "complaint register",
                                                   want[i].timely);

      g_assert_cmpstr (cell (x, no), ==, number);
      g_assert_true (g_str_has_prefix (cell (x, serial), want[i].serial));
      g_assert_cmpstr (cell (x, who), ==, want[i].who);
      g_assert_cmpstr (cell (x, timely), ==, expected);
    }
  /* No February or April case. */
  g_assert_false (xlsx_contains (x, "TS2026-0001"));
  g_assert_false (xlsx_contains (x, "TS2026-0009"));
  /* The serious case is marked; the invalid one shows why; the open one its state. */
  {
    g_autofree char *serious = g_strdup_printf (C_("complaint register", "%s (serious)"),
                                                "TS2026-0006");
    g_assert_cmpstr (cell (x, "B8"), ==, serious);
  }
  g_assert_nonnull (strstr (cell (x, "K7"), "经了解属沟通误会"));
  g_assert_cmpstr (cell (x, "J7"), ==, "");
  g_assert_cmpstr (cell (x, "K4"), ==, "已整改，巡逻记录已完善");
  g_assert_cmpstr (cell (x, "K9"), ==, pd_complaint_state_to_label (PD_COMPLAINT_STATE_DISPATCHED));
  g_assert_cmpstr (cell (x, "I4"), ==, "秩序维护部");
  g_assert_cmpstr (cell (x, "J4"), ==, "2026-03-04 09:00");
  g_assert_nonnull (strstr (cell (x, "M4"), "2026-03-03"));
  g_assert_cmpstr (cell (x, "M6"), ==, "");
  /* Totals: 7 cases, 1 not valid, 3 on time, 2 late, 1 not yet due, 60.0 %. */
  g_assert_cmpstr (cell (x, "A11"), ==, C_("complaint register", "Total"));
  g_assert_true (g_str_has_prefix (cell (x, "B11"), "7 "));
  g_assert_nonnull (strstr (cell (x, "B11"), " 3 "));
  g_assert_nonnull (strstr (cell (x, "B11"), "60.0"));

  /* A4 landscape, one page wide, headings repeated on every page. */
  g_assert_nonnull (strstr (x->sheet_xml, "orientation=\"landscape\""));
  g_assert_nonnull (strstr (x->sheet_xml, "paperSize=\"9\""));
  g_assert_nonnull (strstr (x->sheet_xml, "fitToHeight=\"0\""));
  g_assert_nonnull (strstr (x->workbook_xml, "_xlnm.Print_Titles"));
  g_assert_nonnull (strstr (x->workbook_xml, "$3:$3"));

  pd_complaint_period_clear (&march);
  pd_test_db_teardown (&f.t);
}

static void
test_contact_register (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Xlsx) x = NULL;
  PdComplaintPeriod march = { 0 };
  guint rows = 0;

  fixture_setup (&f);
  out = out_path (&f, "calls.xlsx");
  pd_complaint_period_month (&march, 2026, 3);
  g_assert_true (pd_contact_register_export_xlsx (f.t.db, &march, FALSE, out, NULL, NULL, &rows,
                                                  &error));
  g_assert_no_error (error);
  /* Six complaints came through the register, plus two inquiries. */
  g_assert_cmpuint (rows, ==, 8);
  x = xlsx_read (out);

  g_assert_cmpstr (cell (x, "A1"), ==, C_("complaint register", "Call and Visit Register"));
  g_assert_cmpstr (cell (x, "A3"), ==, C_("complaint register", "Serial"));
  g_assert_cmpstr (cell (x, "H3"), ==, C_("complaint register", "Action taken"));
  g_assert_cmpstr (cell (x, "I3"), ==, C_("complaint register", "Follow-up needed"));
  g_assert_cmpstr (cell (x, "J3"), ==, C_("complaint register", "Follow-up done"));
  g_assert_cmpstr (cell (x, "K3"), ==, C_("complaint register", "Customer feedback"));

  /* One numbering for every channel, oldest first. */
  g_assert_cmpstr (cell (x, "A4"), ==, "LD2026-000001");
  g_assert_cmpstr (cell (x, "A5"), ==, "LD2026-000002");
  g_assert_cmpstr (cell (x, "A11"), ==, "LD2026-000008");
  g_assert_cmpstr (cell (x, "B4"), ==, pd_contact_channel_to_label (PD_CONTACT_CHANNEL_PHONE));
  g_assert_cmpstr (cell (x, "B6"), ==, pd_contact_channel_to_label (PD_CONTACT_CHANNEL_VISIT));
  g_assert_cmpstr (cell (x, "C4"), ==, "夜间小区内有陌生人徘徊，保安未盘查");
  g_assert_cmpstr (cell (x, "D4"), ==, "张伟");
  g_assert_cmpstr (cell (x, "E4"), ==, "3栋 1201");
  g_assert_cmpstr (cell (x, "F4"), ==, "138****5678");
  g_assert_false (xlsx_contains (x, "13812345678"));
  g_assert_nonnull (strstr (cell (x, "G4"), "陈静"));
  g_assert_nonnull (strstr (cell (x, "G4"), "2026-03-02 09:00"));
  g_assert_nonnull (strstr (cell (x, "L4"), "TS2026-0002"));

  /* The inquiry: each later box with who and when. */
  g_assert_nonnull (strstr (cell (x, "H5"), "告知明日9:00至15:00停水"));
  g_assert_nonnull (strstr (cell (x, "H5"), "陈静 2026-03-03"));
  g_assert_nonnull (strstr (cell (x, "I5"), "需向工程部确认恢复供水时间"));
  g_assert_nonnull (strstr (cell (x, "J5"), "刘婷 2026-03-04"));
  g_assert_nonnull (strstr (cell (x, "K5"), "满意"));
  g_assert_nonnull (strstr (cell (x, "K5"), "2026-03-04"));
  g_assert_cmpstr (cell (x, "L5"), ==, pd_contact_outcome_to_label (PD_CONTACT_OUTCOME_INQUIRY));
  /* The pending one (03-25) has empty later boxes. */
  g_assert_cmpstr (cell (x, "A10"), ==, "LD2026-000007");
  g_assert_cmpstr (cell (x, "H10"), ==, "");
  g_assert_cmpstr (cell (x, "L10"), ==, pd_contact_outcome_to_label (PD_CONTACT_OUTCOME_PENDING));

  /* Constant memory: no merged cells, still A4 landscape with repeated headings. */
  g_assert_null (strstr (x->sheet_xml, "<mergeCell "));
  g_assert_nonnull (strstr (x->sheet_xml, "orientation=\"landscape\""));
  g_assert_nonnull (strstr (x->workbook_xml, "_xlnm.Print_Titles"));

  /* Full phones on request. */
  g_clear_pointer (&x, xlsx_free);
  g_assert_true (pd_contact_register_export_xlsx (f.t.db, &march, TRUE, out, NULL, NULL, NULL,
                                                  &error));
  x = xlsx_read (out);
  g_assert_cmpstr (cell (x, "F4"), ==, "13812345678");

  pd_complaint_period_clear (&march);
  pd_test_db_teardown (&f.t);
}

static gboolean
cancel_cb (guint    done,
           guint    total,
           gpointer user_data)
{
  return FALSE;
}

static void
test_periods (void)
{
  g_autoptr(GError) error = NULL;
  PdComplaintPeriod p = { 0 };

  g_assert_true (pd_complaint_period_parse ("2026-W10", &p, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (p.label, ==, "2026-W10");
  g_assert_cmpint (p.from, ==, PD_TEST_T (3, 2, 0, 0));
  g_assert_cmpint (p.to, ==, PD_TEST_T (3, 9, 0, 0));
  g_assert_nonnull (strstr (p.range, "2026-03-08"));

  g_assert_true (pd_complaint_period_parse ("2026-2", &p, &error));
  g_assert_cmpstr (p.label, ==, "2026-02");
  g_assert_cmpint (p.to - p.from, ==, 28 * 86400);
  g_assert_nonnull (strstr (p.range, "2026-02-28"));

  g_assert_false (pd_complaint_period_parse ("2026-W54", &p, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (pd_complaint_period_parse ("march", &p, &error));
  g_assert_true (error != NULL && error->domain == PD_RULE_ERROR);
  g_clear_error (&error);
  g_assert_false (pd_complaint_period_parse ("2026-13", &p, &error));
  g_assert_true (error != NULL && error->domain == PD_RULE_ERROR);
  g_clear_error (&error);
  pd_complaint_period_clear (&p);
}

static void
test_contact_register_cancel (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  PdComplaintPeriod march = { 0 };

  fixture_setup (&f);
  out = out_path (&f, "cancel.xlsx");
  pd_complaint_period_month (&march, 2026, 3);
  g_assert_false (pd_contact_register_export_xlsx (f.t.db, &march, FALSE, out, cancel_cb, NULL,
                                                   NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  pd_complaint_period_clear (&march);
  pd_test_db_teardown (&f.t);
}

/* ---- weekly report and monthly statistics ----------------------------------------------- */

static void
test_week_report (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Xlsx) x = NULL;
  g_autoptr(Xlsx) reg = NULL;
  guint complaints = 0;

  fixture_setup (&f);
  out = out_path (&f, "week.xlsx");

  /* W10, 03-02 to 03-08: new 0002 and 0003; closed 0001 (signed off 03-03) and 0002; open
   * 0003 (called back, not signed off). */
  g_assert_true (pd_complaint_week_report_export_xlsx (f.t.db, "2026-W10", PD_TEST_AS_OF, out,
                                                       &complaints, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (complaints, ==, 2);
  x = xlsx_read (out);
  g_assert_cmpstr (cell (x, "A1"), ==, C_("complaint stats", "Weekly Complaint Report"));
  g_assert_nonnull (strstr (cell (x, "A2"), "2026-W10"));
  g_assert_nonnull (strstr (cell (x, "A2"), "2026-03-02"));
  g_assert_nonnull (strstr (cell (x, "A2"), "2026-03-08"));
  g_assert_cmpstr (cell (x, "A7"), ==, C_("complaint stats", "2. By department"));
  g_assert_cmpstr (cell (x, "A8"), ==, C_("complaint stats", "Department"));
  g_assert_cmpstr (cell (x, "B8"), ==, C_("complaint stats", "New"));
  {
    /* The total row follows the departments. */
    guint total_row = 0;
    g_autofree char *b = NULL, *d = NULL, *e = NULL, *f_ = NULL;

    for (guint r = 9; r < 20 && total_row == 0; r++)
      {
        g_autofree char *ref = g_strdup_printf ("A%u", r);
        if (g_str_equal (cell (x, ref), C_("complaint stats", "Total")))
          total_row = r;
      }
    g_assert_cmpuint (total_row, >, 9);
    b = g_strdup_printf ("B%u", total_row);
    d = g_strdup_printf ("D%u", total_row);
    e = g_strdup_printf ("E%u", total_row);
    f_ = g_strdup_printf ("F%u", total_row);
    g_assert_cmpstr (cell (x, b), ==, "2");
    g_assert_cmpstr (cell (x, d), ==, "2");
    g_assert_cmpstr (cell (x, e), ==, "1");
    g_assert_cmpstr (cell (x, f_), ==, "0");
  }
  g_assert_true (xlsx_contains (x, "秩序维护部"));
  g_assert_true (xlsx_contains (x, "环境部"));
  g_assert_true (xlsx_contains (x, C_("complaint stats", "None: every case has its result or "
                                                         "is within its deadline.")));
  g_assert_nonnull (strstr (x->sheet_xml, "orientation=\"portrait\""));
  g_assert_nonnull (strstr (x->sheet_xml, "fitToPage=\"1\""));
  reg = xlsx_read_sheet (out, 2);
  g_assert_cmpstr (cell (reg, "A1"), ==, C_("complaint register", "Complaint Register"));
  g_assert_true (g_str_has_prefix (cell (reg, "B4"), "TS2026-0002"));
  g_assert_true (g_str_has_prefix (cell (reg, "B5"), "TS2026-0003"));
  g_assert_cmpstr (cell (reg, "A6"), ==, C_("complaint register", "Total"));
  g_assert_true (g_str_has_prefix (cell (reg, "B6"), "2 "));

  /* W12, 03-16 to 03-22: 0007 new, past its deadline at the week's end: on the overdue list. */
  g_clear_pointer (&x, xlsx_free);
  g_assert_true (pd_complaint_week_report_export_xlsx (f.t.db, "2026-W12", PD_TEST_AS_OF, out,
                                                       NULL, &error));
  g_assert_no_error (error);
  x = xlsx_read (out);
  g_assert_true (xlsx_contains (x, "TS2026-0007"));
  g_assert_true (xlsx_contains (x, "2026-03-22 09:00"));

  /* A malformed week writes nothing. */
  g_unlink (out);
  g_assert_false (pd_complaint_week_report_export_xlsx (f.t.db, "2026-W99", 0, out, NULL,
                                                        &error));
  g_assert_true (error != NULL && error->domain == PD_RULE_ERROR);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  pd_test_db_teardown (&f.t);
}

/* The row of the sheet whose column A is @name, from @from on; 0 when none. */
static guint
find_row (Xlsx       *x,
          const char *name,
          guint       from)
{
  for (guint r = from; r <= x->max_row; r++)
    {
      g_autofree char *ref = g_strdup_printf ("A%u", r);
      if (g_str_equal (cell (x, ref), name))
        return r;
    }
  return 0;
}

static void
assert_row (Xlsx       *x,
            guint       row,
            const char *cases,
            const char *invalid,
            const char *on_time,
            const char *late,
            const char *open,
            const char *rate)
{
  g_autofree char *b = g_strdup_printf ("B%u", row), *c = g_strdup_printf ("C%u", row);
  g_autofree char *e = g_strdup_printf ("E%u", row), *f = g_strdup_printf ("F%u", row);
  g_autofree char *g = g_strdup_printf ("G%u", row), *i = g_strdup_printf ("I%u", row);

  g_assert_cmpuint (row, >, 0);
  g_assert_cmpstr (cell (x, b), ==, cases);
  g_assert_cmpstr (cell (x, c), ==, invalid);
  g_assert_cmpstr (cell (x, e), ==, on_time);
  g_assert_cmpstr (cell (x, f), ==, late);
  g_assert_cmpstr (cell (x, g), ==, open);
  g_assert_cmpstr (cell (x, i), ==, rate);
}

static void
test_month_report (void)
{
  Fixture f;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(Xlsx) x = NULL;
  g_autoptr(Xlsx) reg = NULL;
  g_autoptr(Xlsx) calls = NULL;
  guint complaints = 0, total, by_dept, top;

  fixture_setup (&f);
  out = out_path (&f, "month.xlsx");
  g_assert_true (pd_complaint_month_report_export_xlsx (f.t.db, 2026, 3, PD_TEST_AS_OF, FALSE,
                                                        out, NULL, NULL, &complaints, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (complaints, ==, 7);
  x = xlsx_read (out);

  g_assert_cmpstr (cell (x, "A1"), ==, C_("complaint stats", "Complaint Statistics"));
  g_assert_nonnull (strstr (cell (x, "A2"), "2026-03"));
  g_assert_nonnull (strstr (cell (x, "I2"), "2026-04-01 08:00"));
  /* 3 on time of 5 measured: 60.0 %; one open not yet due, one not valid. */
  g_assert_nonnull (strstr (cell (x, "A4"), "60.0%"));

  /* By category, then the total: 7 cases, 1 not valid, 3 on time, 2 late, 1 not yet due. */
  assert_row (x, find_row (x, "设施设备与维修", 5), "2", "0", "1", "1", "0", "0.5");
  assert_row (x, find_row (x, "清洁与绿化", 5), "2", "0", "1", "0", "1", "1");
  assert_row (x, find_row (x, "服务态度", 5), "1", "1", "0", "0", "0", "—");
  assert_row (x, find_row (x, "装修扰民", 5), "1", "0", "0", "1", "0", "0");
  total = find_row (x, C_("complaint stats", "Total"), 5);
  assert_row (x, total, "7", "1", "3", "2", "1", "0.6");
  {
    g_autofree char *serious = g_strdup_printf ("H%u", total);
    g_assert_cmpstr (cell (x, serious), ==, "1");
  }

  /* By department: security has 0002 (on time) and 0007 (late). */
  by_dept = find_row (x, C_("complaint stats", "Department"), total);
  g_assert_cmpuint (by_dept, >, total);
  assert_row (x, find_row (x, "秩序维护部", by_dept), "2", "0", "1", "1", "0", "0.5");
  assert_row (x, find_row (x, "工程部", by_dept), "2", "0", "1", "1", "0", "0.5");
  assert_row (x, find_row (x, C_("complaint stats", "Total"), by_dept), "7", "1", "3", "2", "1",
              "0.6");

  /* Most frequent problems: most valid first, ties in the categories' order. */
  top = find_row (x, C_("complaint stats", "Problem (category)"), by_dept);
  g_assert_cmpuint (top, >, by_dept);
  {
    g_autofree char *a1 = g_strdup_printf ("A%u", top + 1), *b1 = g_strdup_printf ("B%u", top + 1);
    g_autofree char *a2 = g_strdup_printf ("A%u", top + 2);

    g_assert_cmpstr (cell (x, a1), ==, "1. 设施设备与维修");
    g_assert_cmpstr (cell (x, b1), ==, "2");
    g_assert_cmpstr (cell (x, a2), ==, "2. 清洁与绿化");
  }
  /* The counting rules under the tables. */
  g_assert_true (xlsx_contains (x, C_("complaint stats", "Counting rules:")));
  g_assert_true (xlsx_contains (x, C_("complaint stats", "2. Complaints judged not valid are "
                                                         "listed apart, outside the rate.")));
  g_assert_nonnull (strstr (x->sheet_xml, "orientation=\"portrait\""));
  g_assert_nonnull (strstr (x->sheet_xml, "fitToPage=\"1\""));

  /* The month's registers follow. */
  reg = xlsx_read_sheet (out, 2);
  g_assert_cmpstr (cell (reg, "A1"), ==, C_("complaint register", "Complaint Register"));
  g_assert_true (g_str_has_prefix (cell (reg, "B10"), "TS2026-0008"));
  calls = xlsx_read_sheet (out, 3);
  g_assert_cmpstr (cell (calls, "A1"), ==, C_("complaint register", "Call and Visit Register"));
  g_assert_cmpstr (cell (calls, "A11"), ==, "LD2026-000008");

  /* An empty month still makes the form, with dashes for the rates. */
  g_clear_pointer (&x, xlsx_free);
  g_assert_true (pd_complaint_month_report_export_xlsx (f.t.db, 2025, 12, PD_TEST_AS_OF, FALSE,
                                                        out, NULL, NULL, &complaints, &error));
  g_assert_cmpuint (complaints, ==, 0);
  x = xlsx_read (out);
  assert_row (x, find_row (x, C_("complaint stats", "Total"), 5), "0", "0", "0", "0", "0", "—");
  g_assert_true (xlsx_contains (x, C_("complaint stats", "No valid complaints")));

  pd_test_db_teardown (&f.t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/export/complaint/report", test_report_complete);
  g_test_add_func ("/core/export/complaint/report-cases", test_report_cases);
  g_test_add_func ("/core/export/complaint/report-errors", test_report_errors);
  g_test_add_func ("/core/export/complaint/periods", test_periods);
  g_test_add_func ("/core/export/complaint/register", test_complaint_register);
  g_test_add_func ("/core/export/complaint/contact-register", test_contact_register);
  g_test_add_func ("/core/export/complaint/contact-register-cancel",
                   test_contact_register_cancel);
  g_test_add_func ("/core/export/complaint/week", test_week_report);
  g_test_add_func ("/core/export/complaint/month", test_month_report);
  return g_test_run ();
}
