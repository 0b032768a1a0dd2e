// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include <string.h>

#include "pd-goods-pass-export.h"
#include "pd-move-store.h"
#include "pd-test-util.h"

typedef struct
{
  PdTestDb t;
  gint64   tenant;   /* moved in with a 3000.00 deposit paid */
  gint64   owner;    /* moved in, no deposit */
} Fixture;

static gint64
add_occupant (PdDatabase *db,
              const char *building,
              const char *unit,
              const char *name,
              PdRole      role,
              gint64      deposit_fen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdOccupant) o = pd_occupant_new ();
  g_autoptr(PdMoveIn) mi = pd_move_in_new ();

  pd_occupant_set_unit_id (o, pd_test_add_unit (db, building, unit, 120));
  pd_occupant_set_name (o, name);
  pd_occupant_set_phone (o, "13912345678");
  pd_occupant_set_role (o, role);
  pd_occupant_set_status (o, PD_STATUS_PENDING);
  g_assert_true (pd_occupant_store_insert (db, o, &error));
  g_assert_no_error (error);

  pd_move_in_set_occupant_id (mi, pd_occupant_get_id (o));
  pd_move_in_set_notice_date (mi, "2025-06-01");
  pd_move_in_set_fee_start_date (mi, "2025-06-01");
  pd_move_in_set_meter_reading (mi, "100");
  pd_move_in_set_deposit_fen (mi, deposit_fen);
  pd_move_in_set_deposit_paid (mi, deposit_fen > 0);
  pd_move_in_set_clerk (mi, "王芳");
  g_assert_true (pd_move_store_record_move_in (db, mi, &error));
  g_assert_no_error (error);
  return pd_occupant_get_id (o);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  pd_test_db_setup (&f->t);
  f->tenant = add_occupant (f->t.db, "3栋", "1201", "深圳市海川贸易有限公司", PD_ROLE_TENANT,
                            300000);
  f->owner = add_occupant (f->t.db, "5栋", "801", "李娜", PD_ROLE_OWNER, 0);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  pd_test_db_teardown (&f->t);
}

/* A move-out ready for its pass: fees settled, consent given, two lines of goods. */
static PdMoveOut *
ready_move_out (gint64 occupant_id)
{
  PdMoveOut *mo = pd_move_out_new ();

  pd_move_out_set_occupant_id (mo, occupant_id);
  pd_move_out_set_notice_date (mo, "2026-03-01");
  pd_move_out_set_move_out_date (mo, "2026-03-15");
  pd_move_out_set_fees_settled (mo, TRUE);
  pd_move_out_set_fees_confirmed_by (mo, "财务 刘敏");
  pd_move_out_set_owner_consent (mo, TRUE);
  pd_move_out_set_clerk (mo, "王芳");
  pd_move_out_add_goods (mo, "办公桌", 12, "张", NULL);
  pd_move_out_add_goods (mo, "文件柜（铁皮）", 4, "个", "含钥匙");
  return mo;
}

static gint64
count (PdDatabase *db,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static void
test_notice_warning (void)
{
  const struct { const char *notice, *move_out; const char *expect; } cases[] = {
    { "2026-03-01", "2026-03-11", NULL },     /* exactly 10 days */
    { "2026-03-01", "2026-04-20", NULL },
    { "2026-03-01", "2026-03-10", "9" },
    { "2026-02-25", "2026-03-01", "4" },      /* across the end of February */
    { "2026-03-01", "2026-03-01", "0" },
    { "2026-03-10", "2026-03-01", NULL },     /* reversed: an error elsewhere, not a warning */
    { "2026-02-30", "2026-03-01", NULL },
    { NULL, "2026-03-01", NULL },
    { "2026-03-01", "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *warning = pd_move_out_notice_warning (cases[i].notice, cases[i].move_out);

      if (cases[i].expect == NULL)
        g_assert_null (warning);
      else
        {
          g_assert_nonnull (warning);
          g_assert_nonnull (strstr (warning, cases[i].expect));
          g_assert_nonnull (strstr (warning, "10"));
        }
    }
}

static gboolean
has_issue (GPtrArray  *issues,
           const char *field,
           gboolean    warning)
{
  for (guint i = 0; i < issues->len; i++)
    {
      PdFieldIssue *issue = g_ptr_array_index (issues, i);
      if (g_strcmp0 (issue->field, field) == 0 && issue->warning == warning)
        return TRUE;
    }
  return FALSE;
}

static void
test_check_rules (void)
{
  g_autoptr(PdMoveOut) mo = ready_move_out (1);
  g_autoptr(GPtrArray) ok = NULL;
  g_autoptr(GPtrArray) short_notice = NULL;
  g_autoptr(GPtrArray) bad = NULL;

  ok = pd_move_out_check (mo);
  g_assert_cmpuint (ok->len, ==, 0);

  /* Short notice is a warning: the move may still go ahead. */
  pd_move_out_set_move_out_date (mo, "2026/3/5");
  short_notice = pd_move_out_check (mo);
  g_assert_cmpuint (short_notice->len, ==, 1);
  g_assert_true (has_issue (short_notice, "notice-date", TRUE));
  g_assert_false (pd_field_issues_have_errors (short_notice));
  g_assert_cmpstr (pd_move_out_get_move_out_date (mo), ==, "2026-03-05");

  pd_move_out_set_move_out_date (mo, "2026-02-20");
  pd_move_out_set_fees_confirmed_by (mo, " ");
  pd_move_out_set_deposit_refund_fen (mo, -1);
  pd_move_out_set_inspection_accepted (mo, TRUE);
  pd_move_out_add_goods (mo, "", 1, NULL, NULL);
  pd_move_out_add_goods (mo, "打印机", 0, "台", NULL);
  bad = pd_move_out_check (mo);
  g_assert_true (has_issue (bad, "move-out-date", FALSE));
  g_assert_false (has_issue (bad, "notice-date", TRUE));
  g_assert_true (has_issue (bad, "fees-confirmed-by", FALSE));
  g_assert_true (has_issue (bad, "deposit-refund-fen", FALSE));
  g_assert_true (has_issue (bad, "inspected-by", FALSE));
  g_assert_true (has_issue (bad, "goods", FALSE));
  g_assert_cmpuint (bad->len, ==, 6);

  g_assert_cmpint (pd_move_out_total_quantity (mo), ==, 17);
  pd_move_out_remove_goods (mo, 0);
  g_assert_cmpint (((PdGoodsItem *) pd_move_out_get_goods (mo)->pdata[0])->line_no, ==, 1);
  g_assert_cmpint (pd_move_out_total_quantity (mo), ==, 5);
}

static void
test_dates_reversed (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdMoveOut) mo = ready_move_out (f->tenant);

  pd_move_out_set_move_out_date (mo, "2026-02-27");
  g_assert_false (pd_move_store_save_move_out (f->t.db, mo, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-02-27"));
  g_assert_cmpint (pd_move_out_get_id (mo), ==, 0);
  g_assert_cmpint (count (f->t.db, "SELECT count(*) FROM move_outs"), ==, 0);
  g_assert_cmpint (count (f->t.db, "SELECT count(*) FROM goods_pass_items"), ==, 0);
}

static void
test_pass_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdMoveOut) mo = ready_move_out (f->tenant);
  g_autoptr(PdMoveOut) owner = ready_move_out (f->owner);

  /* Fees not settled: no pass, and nothing at all is written. */
  pd_move_out_set_fees_settled (mo, FALSE);
  g_assert_false (pd_move_store_issue_pass (f->t.db, mo, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_null (pd_move_out_get_pass_serial (mo));
  g_assert_cmpint (pd_move_out_get_id (mo), ==, 0);
  g_assert_cmpint (count (f->t.db, "SELECT count(*) FROM move_outs"), ==, 0);
  g_assert_cmpint (count (f->t.db, "SELECT count(*) FROM serials WHERE series = 'CM'"), ==, 0);
  g_clear_error (&error);

  /* Settled but nobody named as confirming it. */
  pd_move_out_set_fees_settled (mo, TRUE);
  pd_move_out_set_fees_confirmed_by (mo, "");
  g_assert_false (pd_move_store_issue_pass (f->t.db, mo, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  pd_move_out_set_fees_confirmed_by (mo, "刘敏");

  /* A tenant needs the owner's consent. */
  pd_move_out_set_owner_consent (mo, FALSE);
  g_assert_true (pd_move_store_save_move_out (f->t.db, mo, &error));
  g_assert_no_error (error);
  g_assert_false (pd_move_store_issue_pass (f->t.db, mo, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);

  /* No goods listed. */
  pd_move_out_set_owner_consent (mo, TRUE);
  pd_move_out_clear_goods (mo);
  g_assert_false (pd_move_store_issue_pass (f->t.db, mo, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f->t.db, "SELECT count(*) FROM move_outs WHERE pass_serial IS NOT NULL"),
                   ==, 0);

  /* An owner moving out consents by doing so. */
  pd_move_out_set_owner_consent (owner, FALSE);
  g_assert_true (pd_move_store_issue_pass (f->t.db, owner, &error));
  g_assert_no_error (error);
  g_assert_nonnull (pd_move_out_get_pass_serial (owner));
}

static void
test_refund_limit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdMoveOut) mo = ready_move_out (f->tenant);
  g_autoptr(PdMoveOut) owner = ready_move_out (f->owner);
  g_autoptr(PdMoveOut) stored = NULL;

  pd_move_out_set_deposit_refund_fen (mo, 300001);
  g_assert_false (pd_move_store_save_move_out (f->t.db, mo, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "3000.01"));
  g_assert_nonnull (strstr (error->message, "3000.00"));
  g_assert_cmpint (count (f->t.db, "SELECT count(*) FROM move_outs"), ==, 0);
  g_clear_error (&error);

  pd_move_out_set_deposit_refund_fen (mo, 300000);
  g_assert_true (pd_move_store_save_move_out (f->t.db, mo, &error));
  g_assert_no_error (error);
  stored = pd_move_store_get_move_out (f->t.db, pd_move_out_get_id (mo), &error);
  g_assert_cmpint (pd_move_out_get_deposit_refund_fen (stored), ==, 300000);

  /* No deposit was paid: nothing can be refunded. */
  pd_move_out_set_deposit_refund_fen (owner, 1);
  g_assert_false (pd_move_store_save_move_out (f->t.db, owner, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);

  pd_move_out_set_deposit_refund_fen (owner, -500);
  g_assert_false (pd_move_store_save_move_out (f->t.db, owner, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "-5.00"));
}

static void
test_serials (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) passes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *first = g_strdup_printf ("CM%d-0001", g_date_time_get_year (now));
  gint64 occupants[4];

  occupants[0] = f->tenant;
  occupants[1] = f->owner;
  occupants[2] = add_occupant (f->t.db, "6栋", "101", "周强", PD_ROLE_TENANT, 100000);
  occupants[3] = add_occupant (f->t.db, "6栋", "102", "吴敏", PD_ROLE_TENANT, 100000);

  for (guint i = 0; i < G_N_ELEMENTS (occupants); i++)
    {
      PdMoveOut *mo = ready_move_out (occupants[i]);

      g_ptr_array_add (passes, mo);
      /* A refused issue in between must not consume a number. */
      if (i == 2)
        {
          pd_move_out_set_fees_settled (mo, FALSE);
          g_assert_false (pd_move_store_issue_pass (f->t.db, mo, &error));
          g_clear_error (&error);
          pd_move_out_set_fees_settled (mo, TRUE);
        }
      g_assert_true (pd_move_store_issue_pass (f->t.db, mo, &error));
      g_assert_no_error (error);
      g_assert_cmpint (pd_move_out_get_pass_issued_at (mo), >, 1700000000);
      g_assert_false (g_hash_table_contains (seen, pd_move_out_get_pass_serial (mo)));
      g_hash_table_add (seen, (gpointer) pd_move_out_get_pass_serial (mo));
      if (i > 0)
        g_assert_cmpstr (pd_move_out_get_pass_serial (passes->pdata[i - 1]), <,
                         pd_move_out_get_pass_serial (mo));
    }
  g_assert_cmpstr (pd_move_out_get_pass_serial (passes->pdata[0]), ==, first);
  g_assert_true (g_str_has_suffix (pd_move_out_get_pass_serial (passes->pdata[3]), "-0004"));

  /* Issuing twice is refused and the pass keeps its number. */
  g_assert_false (pd_move_store_issue_pass (f->t.db, passes->pdata[0], &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (pd_move_out_get_pass_serial (passes->pdata[0]), ==, first);

  /* A stale copy without the serial cannot get a second number either. */
  {
    g_autoptr(PdMoveOut) stale = ready_move_out (f->tenant);
    pd_move_out_set_id (stale, pd_move_out_get_id (passes->pdata[0]));
    g_assert_false (pd_move_store_issue_pass (f->t.db, stale, &error));
    g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* The goods a pass was issued for cannot change behind security's back. */
  pd_move_out_add_goods (passes->pdata[1], "保险柜", 1, "台", NULL);
  g_assert_false (pd_move_store_save_move_out (f->t.db, passes->pdata[1], &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, pd_move_out_get_pass_serial (passes->pdata[1])));
  g_assert_cmpint (count (f->t.db, "SELECT count(*) FROM move_outs WHERE pass_serial IS NOT NULL"),
                   ==, 4);
}

static void
test_complete (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdMoveOut) mo = ready_move_out (f->tenant);
  g_autoptr(PdMoveOut) second = ready_move_out (f->tenant);
  g_autoptr(PdMoveOut) open = NULL;
  g_autoptr(PdOccupant) occupant = NULL;
  g_autoptr(GPtrArray) history = NULL;

  pd_move_out_set_restoration_needed (mo, TRUE);
  pd_move_out_set_deposit_refund_fen (mo, 250000);
  g_assert_true (pd_move_store_save_move_out (f->t.db, mo, &error));
  g_assert_no_error (error);

  /* One move-out at a time per occupant. */
  g_assert_false (pd_move_store_save_move_out (f->t.db, second, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  open = pd_move_store_find_open_move_out (f->t.db, f->tenant, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_move_out_get_id (open), ==, pd_move_out_get_id (mo));
  g_assert_true (pd_move_out_get_restoration_needed (open));
  g_assert_false (pd_move_out_get_restoration_done (open));
  g_assert_cmpuint (pd_move_out_get_goods (open)->len, ==, 2);
  g_assert_cmpstr (((PdGoodsItem *) pd_move_out_get_goods (open)->pdata[1])->remarks, ==, "含钥匙");

  /* Goods listed but no pass yet. */
  pd_move_out_set_inspection_accepted (mo, TRUE);
  pd_move_out_set_inspected_by (mo, "工程部 赵工");
  g_assert_false (pd_move_store_complete_move_out (f->t.db, mo, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (pd_move_store_issue_pass (f->t.db, mo, &error));

  /* Restoration needed and not done. */
  g_assert_false (pd_move_store_complete_move_out (f->t.db, mo, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);

  /* Inspection not accepted. */
  pd_move_out_set_restoration_done (mo, TRUE);
  pd_move_out_set_inspection_accepted (mo, FALSE);
  g_assert_false (pd_move_store_complete_move_out (f->t.db, mo, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f->t.db, "SELECT count(*) FROM move_outs WHERE completed = 1"), ==, 0);

  pd_move_out_set_inspection_accepted (mo, TRUE);
  g_assert_true (pd_move_store_complete_move_out (f->t.db, mo, &error));
  g_assert_no_error (error);
  g_assert_true (pd_move_out_get_completed (mo));
  g_assert_true (pd_move_out_get_deposit_refunded (mo));

  occupant = pd_occupant_store_get (f->t.db, f->tenant, &error);
  g_assert_cmpint (pd_occupant_get_status (occupant), ==, PD_STATUS_MOVED_OUT);
  g_assert_cmpstr (pd_occupant_get_move_out_date (occupant), ==, "2026-03-15");
  g_assert_cmpint (count (f->t.db, "SELECT restoration_needed FROM move_outs"), ==, 1);
  g_assert_cmpint (count (f->t.db, "SELECT restoration_done FROM move_outs"), ==, 1);
  g_assert_cmpint (count (f->t.db, "SELECT deposit_refunded FROM move_outs"), ==, 1);

  /* A completed move-out is closed. */
  pd_move_out_set_notes (mo, "补充说明");
  g_assert_false (pd_move_store_save_move_out (f->t.db, mo, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (pd_move_store_find_open_move_out (f->t.db, f->tenant, &error));
  g_assert_no_error (error);

  history = pd_move_store_list_for_occupant (f->t.db, f->tenant, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_true (PD_IS_MOVE_IN (history->pdata[0]));
  g_assert_true (PD_IS_MOVE_OUT (history->pdata[1]));
  g_assert_cmpstr (pd_move_out_get_pass_serial (history->pdata[1]), ==,
                   pd_move_out_get_pass_serial (mo));
}

static char *
unzip_member (const char *xlsx,
              const char *member)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;
  const char *argv[] = { "unzip", "-p", xlsx, member, NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
test_export_xlsx (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdMoveOut) mo = ready_move_out (f->tenant);
  g_autofree char *path = g_build_filename (f->t.dir, "pass.xlsx", NULL);
  g_autofree char *strings = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *workbook = NULL;
  g_autofree char *name = NULL;
  g_autofree char *unzip = g_find_program_in_path ("unzip");

  if (unzip == NULL)
    {
      g_test_skip ("unzip is not installed");
      return;
    }

  /* Not issued yet: no pass to export. */
  g_assert_true (pd_move_store_save_move_out (f->t.db, mo, &error));
  g_assert_false (pd_goods_pass_export_xlsx (f->t.db, pd_move_out_get_id (mo), path, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (pd_move_store_issue_pass (f->t.db, mo, &error));
  g_assert_true (pd_goods_pass_export_xlsx (f->t.db, pd_move_out_get_id (mo), path, &error));
  g_assert_no_error (error);

  strings = unzip_member (path, "xl/sharedStrings.xml");
  g_assert_nonnull (strstr (strings, pd_move_out_get_pass_serial (mo)));
  g_assert_nonnull (strstr (strings, "办公桌"));
  g_assert_nonnull (strstr (strings, "文件柜（铁皮）"));
  g_assert_nonnull (strstr (strings, "含钥匙"));
  g_assert_nonnull (strstr (strings, "深圳市海川贸易有限公司"));
  g_assert_nonnull (strstr (strings, "3栋 1201"));
  g_assert_nonnull (strstr (strings, "2026-03-15"));

  /* Quantities are numbers (12 and 4, total 16), the title is merged, the page is A4 portrait
   * fitted to one page. */
  sheet = unzip_member (path, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (strstr (sheet, "<v>12</v>"));
  g_assert_nonnull (strstr (sheet, "<v>16</v>"));
  g_assert_nonnull (strstr (sheet, "<mergeCell ref=\"A1:E1\"/>"));
  g_assert_nonnull (strstr (sheet, "paperSize=\"9\""));
  g_assert_nonnull (strstr (sheet, "orientation=\"portrait\""));
  g_assert_nonnull (strstr (sheet, "fitToPage=\"1\""));
  g_assert_null (strstr (sheet, "fitToHeight=\"0\""));
  workbook = unzip_member (path, "xl/workbook.xml");
  g_assert_nonnull (strstr (workbook, pd_move_out_get_pass_serial (mo)));

  name = pd_goods_pass_export_default_name (mo);
  g_assert_true (g_str_has_suffix (name, ".xlsx"));
  g_assert_nonnull (strstr (name, pd_move_out_get_pass_serial (mo)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/moveout/notice-warning", test_notice_warning);
  g_test_add_func ("/core/moveout/check-rules", test_check_rules);
#define ADD(path, func) \
  g_test_add ("/core/moveout/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("dates-reversed", test_dates_reversed);
  ADD ("pass-refused", test_pass_refused);
  ADD ("refund-limit", test_refund_limit);
  ADD ("pass-serials", test_serials);
  ADD ("complete", test_complete);
  ADD ("export-xlsx", test_export_xlsx);
#undef ADD

  return g_test_run ();
}
