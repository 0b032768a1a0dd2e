// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "pd-occupant-list.h"
#include "pd-test-util.h"

static PdOccupant *
new_occupant (gint64 unit_id)
{
  PdOccupant *o = pd_occupant_new ();

  pd_occupant_set_unit_id (o, unit_id);
  pd_occupant_set_name (o, "王芳");
  pd_occupant_set_phone (o, "+86 138 1234 5678");
  pd_occupant_set_id_number (o, "11010519491231002x");
  return o;
}

static gboolean
has_issue (GPtrArray  *issues,
           const char *field,
           gboolean    warning)
{
  for (guint i = 0; i < issues->len; i++)
    {
      PdFieldIssue *issue = issues->pdata[i];
      if (g_strcmp0 (issue->field, field) == 0 && issue->warning == warning)
        return TRUE;
    }
  return FALSE;
}

static void
test_check_normalizes (void)
{
  g_autoptr(PdOccupant) o = new_occupant (1);
  g_autoptr(GPtrArray) issues = pd_occupant_check (o);

  g_assert_cmpuint (issues->len, ==, 0);
  g_assert_cmpstr (pd_occupant_get_phone (o), ==, "13812345678");
  g_assert_cmpstr (pd_occupant_get_id_number (o), ==, "11010519491231002X");
}

static void
test_check_errors (void)
{
  g_autoptr(PdOccupant) o = new_occupant (0);
  g_autoptr(GPtrArray) issues = NULL;

  pd_occupant_set_name (o, "   ");
  pd_occupant_set_id_number (o, "110105194912310021");  /* wrong check digit */
  pd_occupant_set_phone (o, "1381234567");              /* 10 digits */
  pd_occupant_set_emergency_phone (o, "12345");
  pd_occupant_set_move_in_date (o, "2024-05-01");
  pd_occupant_set_move_out_date (o, "2024-04-30");
  issues = pd_occupant_check (o);

  g_assert_true (has_issue (issues, "name", FALSE));
  g_assert_true (has_issue (issues, "unit-id", FALSE));
  g_assert_true (has_issue (issues, "id-number", FALSE));
  g_assert_true (has_issue (issues, "phone", FALSE));
  g_assert_true (has_issue (issues, "emergency-phone", FALSE));
  g_assert_true (has_issue (issues, "move-out-date", FALSE));
  g_assert_true (pd_field_issues_have_errors (issues));
}

static void
test_check_company_and_legacy (void)
{
  g_autoptr(PdOccupant) o = new_occupant (1);
  g_autoptr(GPtrArray) issues = NULL;

  /* A company needs a unified social credit code, not a resident ID. */
  pd_occupant_set_kind (o, PD_KIND_COMPANY);
  issues = pd_occupant_check (o);
  g_assert_true (has_issue (issues, "id-number", FALSE));
  g_clear_pointer (&issues, g_ptr_array_unref);

  pd_occupant_set_id_number (o, "91350100M000100Y43");
  issues = pd_occupant_check (o);
  g_assert_cmpuint (issues->len, ==, 0);
  g_clear_pointer (&issues, g_ptr_array_unref);

  /* An old 15-digit card is kept with a warning. */
  pd_occupant_set_kind (o, PD_KIND_PERSON);
  pd_occupant_set_id_number (o, "110105491231002");
  issues = pd_occupant_check (o);
  g_assert_true (has_issue (issues, "id-number", TRUE));
  g_assert_false (pd_field_issues_have_errors (issues));
}

static void
test_insert_update_delete (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdOccupant) o = NULL;
  g_autoptr(PdOccupant) read = NULL;
  gint64 unit_a, unit_b;

  pd_test_db_setup (&t);
  unit_a = pd_test_add_unit (t.db, "3栋", "1201", 89);
  unit_b = pd_test_add_unit (t.db, "3栋", "1202", 120);
  o = new_occupant (unit_a);
  pd_occupant_set_emergency_name (o, "王强");
  pd_occupant_set_emergency_phone (o, "010-62345678");
  pd_occupant_set_move_in_date (o, "2023/6/1");
  g_assert_true (pd_occupant_store_insert (t.db, o, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pd_occupant_get_id (o), >, 0);

  read = pd_occupant_store_get (t.db, pd_occupant_get_id (o), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pd_occupant_get_name (read), ==, "王芳");
  g_assert_cmpstr (pd_occupant_get_building_name (read), ==, "3栋");
  g_assert_cmpstr (pd_occupant_get_unit_number (read), ==, "1201");
  g_assert_cmpint (pd_occupant_get_area (read), ==, 8900);
  g_assert_cmpstr (pd_occupant_get_move_in_date (read), ==, "2023-06-01");
  g_assert_cmpstr (pd_occupant_get_emergency_phone (read), ==, "010-62345678");
  g_assert_cmpint (pd_occupant_get_status (read), ==, PD_STATUS_ACTIVE);

  /* Move to another unit as a tenant. */
  pd_occupant_set_unit_id (read, unit_b);
  pd_occupant_set_role (read, PD_ROLE_TENANT);
  g_assert_true (pd_occupant_store_update (t.db, read, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = pd_occupant_store_get (t.db, pd_occupant_get_id (o), &error);
  g_assert_cmpstr (pd_occupant_get_unit_number (read), ==, "1202");
  g_assert_cmpint (pd_occupant_get_role (read), ==, PD_ROLE_TENANT);

  /* A bad edit is refused and the saved record stays as it was. */
  pd_occupant_set_phone (read, "12345");
  g_assert_false (pd_occupant_store_update (t.db, read, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&read);
  read = pd_occupant_store_get (t.db, pd_occupant_get_id (o), &error);
  g_assert_cmpstr (pd_occupant_get_phone (read), ==, "13812345678");

  g_assert_true (pd_occupant_store_delete (t.db, pd_occupant_get_id (o), &error));
  g_assert_false (pd_occupant_store_delete (t.db, pd_occupant_get_id (o), &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (pd_occupant_store_count (t.db, NULL), ==, 0);
  pd_test_db_teardown (&t);
}

static void
test_documents (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdOccupant) o = NULL;
  g_autoptr(GPtrArray) docs = NULL;

  pd_test_db_setup (&t);
  o = pd_test_add_occupant (t.db, pd_test_add_unit (t.db, "1栋", "101", 80), "赵敏", "",
                            "13700001111", PD_ROLE_OWNER);
  g_assert_true (pd_occupant_store_add_document (t.db, pd_occupant_get_id (o), "notice",
                                                 "入驻通知书", "2024-03-01", "刘晓", &error));
  g_assert_true (pd_occupant_store_add_document (t.db, pd_occupant_get_id (o), "lease",
                                                 "租赁合同", "2024-03-01", "刘晓", &error));
  g_assert_false (pd_occupant_store_add_document (t.db, pd_occupant_get_id (o), "other", "",
                                                  NULL, NULL, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);
  docs = pd_occupant_store_list_documents (t.db, pd_occupant_get_id (o), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (docs->len, ==, 2);
  g_assert_cmpstr (((PdDocument *)docs->pdata[0])->title, ==, "入驻通知书");
  g_assert_cmpstr (((PdDocument *)docs->pdata[1])->kind, ==, "lease");

  /* The archive goes with the occupant. */
  g_assert_true (pd_occupant_store_delete (t.db, pd_occupant_get_id (o), &error));
  g_clear_pointer (&docs, g_ptr_array_unref);
  docs = pd_occupant_store_list_documents (t.db, pd_occupant_get_id (o), &error);
  g_assert_cmpuint (docs->len, ==, 0);
  pd_test_db_teardown (&t);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/store/occupant/check-normalizes", test_check_normalizes);
  g_test_add_func ("/core/store/occupant/check-errors", test_check_errors);
  g_test_add_func ("/core/store/occupant/check-company-legacy", test_check_company_and_legacy);
  g_test_add_func ("/core/store/occupant/insert-update-delete", test_insert_update_delete);
  g_test_add_func ("/core/store/occupant/documents", test_documents);
  return g_test_run ();
}
