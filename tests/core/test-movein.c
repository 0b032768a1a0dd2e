// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include <string.h>

#include "pd-move-store.h"
#include "pd-rule-error.h"
#include "pd-test-util.h"

/* A tenant who has not moved in yet, as the leasing office hands them over. */
static gint64
add_pending_occupant (PdDatabase *db,
                      const char *name,
                      PdKind      kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdOccupant) o = pd_occupant_new ();
  gint64 unit_id = pd_test_add_unit (db, "3栋", "1201", 95);

  pd_occupant_set_unit_id (o, unit_id);
  pd_occupant_set_name (o, name);
  pd_occupant_set_kind (o, kind);
  pd_occupant_set_phone (o, "13912345678");
  pd_occupant_set_role (o, PD_ROLE_TENANT);
  pd_occupant_set_status (o, PD_STATUS_PENDING);
  g_assert_true (pd_occupant_store_insert (db, o, &error));
  g_assert_no_error (error);
  return pd_occupant_get_id (o);
}

static PdMoveIn *
make_move_in (gint64 occupant_id)
{
  PdMoveIn *mi = pd_move_in_new ();

  pd_move_in_set_occupant_id (mi, occupant_id);
  pd_move_in_set_notice_date (mi, "2026-03-05");
  pd_move_in_set_fee_start_date (mi, "2026-03-05");
  pd_move_in_set_doc_notice (mi, TRUE);
  pd_move_in_set_doc_id_copy (mi, TRUE);
  pd_move_in_set_doc_lease (mi, TRUE);
  pd_move_in_set_form_receipt (mi, TRUE);
  pd_move_in_set_form_emergency (mi, TRUE);
  pd_move_in_set_meter_reading (mi, "01234.5");
  pd_move_in_set_deposit_fen (mi, 300000);
  pd_move_in_set_deposit_paid (mi, TRUE);
  pd_move_in_set_keys_count (mi, 3);
  pd_move_in_set_clerk (mi, "王芳");
  pd_move_in_add_defect (mi, "主卧", "墙面裂缝约30厘米");
  pd_move_in_add_defect (mi, "厨房", "水龙头漏水");
  pd_move_in_add_defect (mi, NULL, "入户门锁松动");
  return mi;
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

static gboolean
has_error_on (GPtrArray  *issues,
              const char *field,
              const char *fragment)
{
  for (guint i = 0; i < issues->len; i++)
    {
      PdFieldIssue *issue = g_ptr_array_index (issues, i);

      if (!issue->warning && g_strcmp0 (issue->field, field) == 0
          && (fragment == NULL || strstr (issue->message, fragment) != NULL))
        return TRUE;
    }
  return FALSE;
}

static void
test_meter_reading (void)
{
  const char *good[] = { "0", "1234", "1234.5", " 0087.25 ", "12.", ".5" };
  const struct { const char *text; int code; } bad[] = {
    { "", PD_RULE_ERROR_EMPTY },
    { "   ", PD_RULE_ERROR_EMPTY },
    { NULL, PD_RULE_ERROR_EMPTY },
    { "-12", PD_RULE_ERROR_RANGE },
    { "12a", PD_RULE_ERROR_INVALID },
    { "1.2.3", PD_RULE_ERROR_INVALID },
    { ".", PD_RULE_ERROR_INVALID },
    { "1,234", PD_RULE_ERROR_INVALID },
    { "一二三", PD_RULE_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_true (pd_meter_reading_validate (good[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_assert_false (pd_meter_reading_validate (bad[i].text, &error));
      g_assert_error (error, PD_RULE_ERROR, bad[i].code);
      if (bad[i].text != NULL && bad[i].code != PD_RULE_ERROR_EMPTY)
        {
          g_autofree char *shown = g_strstrip (g_strdup (bad[i].text));
          g_assert_nonnull (strstr (error->message, shown));
        }
    }
}

static void
test_check_rules (void)
{
  g_autoptr(PdMoveIn) mi = make_move_in (1);
  g_autoptr(GPtrArray) ok = NULL;
  g_autoptr(GPtrArray) issues = NULL;

  /* Other date spellings are accepted and stored as ISO. */
  pd_move_in_set_notice_date (mi, "2026/3/5");
  pd_move_in_set_fee_start_date (mi, "2026年3月6日");
  ok = pd_move_in_check (mi);
  g_assert_false (pd_field_issues_have_errors (ok));
  g_assert_cmpstr (pd_move_in_get_notice_date (mi), ==, "2026-03-05");
  g_assert_cmpstr (pd_move_in_get_fee_start_date (mi), ==, "2026-03-06");

  pd_move_in_set_fee_start_date (mi, "2026-03-01");
  pd_move_in_set_meter_reading (mi, "-5");
  pd_move_in_set_deposit_fen (mi, -100);
  pd_move_in_set_keys_count (mi, -1);
  pd_move_in_set_clerk (mi, "  ");
  pd_move_in_add_defect (mi, "客厅", " ");
  issues = pd_move_in_check (mi);
  g_assert_true (pd_field_issues_have_errors (issues));
  g_assert_true (has_error_on (issues, "fee-start-date", "2026-03-01"));
  g_assert_true (has_error_on (issues, "meter-reading", "-5"));
  g_assert_true (has_error_on (issues, "deposit-fen", "-1.00"));
  g_assert_true (has_error_on (issues, "keys-count", NULL));
  g_assert_true (has_error_on (issues, "clerk", NULL));
  g_assert_true (has_error_on (issues, "defects", "4"));
  g_assert_cmpuint (issues->len, ==, 6);

  g_clear_pointer (&issues, g_ptr_array_unref);
  pd_move_in_set_notice_date (mi, "2026-02-30");
  pd_move_in_set_fee_start_date (mi, NULL);
  issues = pd_move_in_check (mi);
  g_assert_true (has_error_on (issues, "notice-date", "2026-02-30"));
  g_assert_true (has_error_on (issues, "fee-start-date", NULL));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *counter)
{
  (*counter)++;
}

static void
test_defect_lines (void)
{
  g_autoptr(PdMoveIn) mi = make_move_in (1);
  GPtrArray *defects = pd_move_in_get_defects (mi);
  guint notified = 0;
  guint count_prop = 0;

  g_signal_connect (mi, "notify::defect-count", G_CALLBACK (count_notify), &notified);
  g_assert_cmpuint (defects->len, ==, 3);
  pd_move_in_remove_defect (mi, 0);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (defects->len, ==, 2);
  g_assert_cmpint (((PdDefect *) defects->pdata[0])->line_no, ==, 1);
  g_assert_cmpstr (((PdDefect *) defects->pdata[0])->description, ==, "水龙头漏水");
  g_assert_cmpint (((PdDefect *) defects->pdata[1])->line_no, ==, 2);
  g_object_get (mi, "defect-count", &count_prop, NULL);
  g_assert_cmpuint (count_prop, ==, 2);
  g_assert_cmpuint (pd_move_in_count_documents (mi), ==, 5);
}

static void
test_record (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdMoveIn) mi = NULL;
  g_autoptr(PdMoveIn) again = NULL;
  g_autoptr(PdMoveIn) stored = NULL;
  g_autoptr(PdOccupant) occupant = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GPtrArray) history = NULL;
  GPtrArray *defects;
  gint64 occupant_id, deposit = -1;

  pd_test_db_setup (&t);
  occupant_id = add_pending_occupant (t.db, "深圳市海川贸易有限公司", PD_KIND_COMPANY);
  mi = make_move_in (occupant_id);

  g_assert_true (pd_move_store_record_move_in (t.db, mi, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pd_move_in_get_id (mi), >, 0);
  g_assert_cmpint (pd_move_in_get_unit_id (mi), >, 0);
  g_assert_cmpint (pd_move_in_get_recorded_at (mi), >, 1700000000);

  /* The occupant is now active from the notice date. */
  occupant = pd_occupant_store_get (t.db, occupant_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pd_occupant_get_status (occupant), ==, PD_STATUS_ACTIVE);
  g_assert_cmpstr (pd_occupant_get_move_in_date (occupant), ==, "2026-03-05");

  /* Exactly the five papers ticked are in the archive, received by the clerk. */
  docs = pd_occupant_store_list_documents (t.db, occupant_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 5);
  {
    const char *kinds[] = { "notice", "id-copy", "lease", "doc-receipt", "emergency-form" };
    for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
      {
        gboolean found = FALSE;
        for (guint j = 0; j < docs->len; j++)
          {
            PdDocument *doc = g_ptr_array_index (docs, j);
            if (g_strcmp0 (doc->kind, kinds[i]) == 0)
              {
                found = TRUE;
                g_assert_cmpstr (doc->received_by, ==, "王芳");
                g_assert_nonnull (doc->title);
                g_assert_cmpstr (doc->title, !=, "");
              }
            g_assert_cmpstr (doc->kind, !=, "authorization");
            g_assert_cmpstr (doc->kind, !=, "handover-record");
          }
        g_assert_true (found);
      }
  }

  /* Defect lines are kept in order, ready to become warranty orders. */
  stored = pd_move_store_get_move_in (t.db, pd_move_in_get_id (mi), &error);
  g_assert_no_error (error);
  defects = pd_move_in_get_defects (stored);
  g_assert_cmpuint (defects->len, ==, 3);
  g_assert_cmpint (((PdDefect *) defects->pdata[0])->line_no, ==, 1);
  g_assert_cmpstr (((PdDefect *) defects->pdata[0])->location, ==, "主卧");
  g_assert_cmpstr (((PdDefect *) defects->pdata[1])->description, ==, "水龙头漏水");
  g_assert_null (((PdDefect *) defects->pdata[2])->location);
  g_assert_cmpint (((PdDefect *) defects->pdata[2])->repair_id, ==, 0);
  g_assert_cmpint (((PdDefect *) defects->pdata[2])->id, >, 0);
  g_assert_cmpstr (pd_move_in_get_meter_reading (stored), ==, "01234.5");
  g_assert_cmpint (pd_move_in_get_deposit_fen (stored), ==, 300000);
  g_assert_true (pd_move_in_get_deposit_paid (stored));
  g_assert_cmpint (pd_move_in_get_keys_count (stored), ==, 3);
  g_assert_true (pd_move_in_get_doc_lease (stored));
  g_assert_false (pd_move_in_get_doc_authorization (stored));
  g_assert_cmpstr (pd_move_in_get_fee_start_date (stored), ==, "2026-03-05");

  g_assert_true (pd_move_store_get_deposit_paid (t.db, occupant_id, &deposit, &error));
  g_assert_cmpint (deposit, ==, 300000);

  history = pd_move_store_list_for_occupant (t.db, occupant_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_true (PD_IS_MOVE_IN (history->pdata[0]));

  /* A second move-in of the same occupant is refused and writes nothing. */
  again = make_move_in (occupant_id);
  g_assert_false (pd_move_store_record_move_in (t.db, again, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "深圳市海川贸易有限公司"));
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM move_ins"), ==, 1);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM move_in_defects"), ==, 3);

  pd_test_db_teardown (&t);
}

static void
assert_nothing_written (PdDatabase *db,
                        gint64      occupant_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdOccupant) occupant = pd_occupant_store_get (db, occupant_id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (count (db, "SELECT count(*) FROM move_ins"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM move_in_defects"), ==, 0);
  g_assert_cmpint (count (db, "SELECT count(*) FROM occupant_documents"), ==, 0);
  g_assert_cmpint (pd_occupant_get_status (occupant), ==, PD_STATUS_PENDING);
  g_assert_null (pd_occupant_get_move_in_date (occupant));
}

static void
test_rollback_on_failing_defect (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdMoveIn) mi = NULL;
  gint64 occupant_id;

  pd_test_db_setup (&t);
  occupant_id = add_pending_occupant (t.db, "陈晓东", PD_KIND_PERSON);
  mi = make_move_in (occupant_id);

  /* The disk refuses the second defect line, after the move-in row and the first line were
   * written: the whole move-in must go. */
  g_assert_true (pd_database_exec (t.db,
                                   "CREATE TEMP TRIGGER fail_defect BEFORE INSERT ON"
                                   " move_in_defects WHEN NEW.line_no = 2"
                                   " BEGIN SELECT RAISE (ABORT, 'simulated failure'); END",
                                   &error));
  g_assert_no_error (error);

  g_assert_false (pd_move_store_record_move_in (t.db, mi, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "2"));
  g_assert_cmpint (pd_move_in_get_id (mi), ==, 0);
  for (guint i = 0; i < pd_move_in_get_defects (mi)->len; i++)
    g_assert_cmpint (((PdDefect *) pd_move_in_get_defects (mi)->pdata[i])->id, ==, 0);
  assert_nothing_written (t.db, occupant_id);

  /* Once the fault is gone the same object records cleanly. */
  g_clear_error (&error);
  g_assert_true (pd_database_exec (t.db, "DROP TRIGGER fail_defect", &error));
  g_assert_true (pd_move_store_record_move_in (t.db, mi, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM move_in_defects"), ==, 3);

  pd_test_db_teardown (&t);
}

static void
test_invalid_writes_nothing (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdMoveIn) mi = NULL;
  g_autoptr(PdMoveIn) ghost = NULL;
  gint64 occupant_id;

  pd_test_db_setup (&t);
  occupant_id = add_pending_occupant (t.db, "陈晓东", PD_KIND_PERSON);

  mi = make_move_in (occupant_id);
  pd_move_in_set_meter_reading (mi, "约1200");
  g_assert_false (pd_move_store_record_move_in (t.db, mi, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "约1200"));
  assert_nothing_written (t.db, occupant_id);

  g_clear_error (&error);
  pd_move_in_set_meter_reading (mi, "1200");
  pd_move_in_add_defect (mi, "阳台", "");
  g_assert_false (pd_move_store_record_move_in (t.db, mi, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "4"));
  assert_nothing_written (t.db, occupant_id);

  g_clear_error (&error);
  ghost = make_move_in (occupant_id + 100);
  g_assert_false (pd_move_store_record_move_in (t.db, ghost, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND);
  assert_nothing_written (t.db, occupant_id);

  pd_test_db_teardown (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/movein/meter-reading", test_meter_reading);
  g_test_add_func ("/core/movein/check-rules", test_check_rules);
  g_test_add_func ("/core/movein/defect-lines", test_defect_lines);
  g_test_add_func ("/core/movein/record", test_record);
  g_test_add_func ("/core/movein/rollback-failing-defect", test_rollback_on_failing_defect);
  g_test_add_func ("/core/movein/invalid-writes-nothing", test_invalid_writes_nothing);

  return g_test_run ();
}
