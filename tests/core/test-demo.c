// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include <string.h>

#include "pd-date.h"
#include "pd-demo.h"
#include "pd-idcard.h"
#include "pd-phone.h"
#include "pd-test-util.h"
#include "pd-uscc.h"

static gint64
count (PdDatabase *db,
       const char *sql)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* A digest of every generated value except the creation times. */
static char *
hash_rows (PdDatabase *db)
{
  static const char *const queries[] = {
    "SELECT id, name FROM estates ORDER BY id",
    "SELECT id, estate_id, name FROM buildings ORDER BY id",
    "SELECT id, building_id, number, floor, area_centi, type FROM units ORDER BY id",
    "SELECT id, unit_id, role, kind, name, id_number, phone, phone2, emergency_name,"
    " emergency_phone, move_in_date, move_out_date, status, notes FROM occupants ORDER BY id",
  };
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(PdStmt) stmt = pd_database_prepare (db, queries[q], NULL);

      g_assert_nonnull (stmt);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const char *text = (const char *)sqlite3_column_text (stmt, c);
            g_checksum_update (sum, (const guchar *)(text ? text : "\\N"), -1);
            g_checksum_update (sum, (const guchar *)"\x1f", 1);
          }
    }
  return g_strdup (g_checksum_get_string (sum));
}

static char *
generate_and_hash (guint   n_units,
                   guint32 seed)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  char *hash;

  pd_test_db_setup (&t);
  g_assert_true (pd_demo_generate (t.db, n_units, seed, NULL, NULL, &error));
  g_assert_no_error (error);
  hash = hash_rows (t.db);
  pd_test_db_teardown (&t);
  return hash;
}

static void
test_deterministic (void)
{
  g_autofree char *a = generate_and_hash (300, 42);
  g_autofree char *b = generate_and_hash (300, 42);
  g_autofree char *c = generate_and_hash (300, 43);

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_counts_and_shape (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  double last = 0.0;
  gint64 units, buildings, owners, tenants, occupants;

  pd_test_db_setup (&t);
  g_assert_true (pd_demo_generate (t.db, 2000, 7, progress_cb, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);

  units = count (t.db, "SELECT count(*) FROM units");
  buildings = count (t.db, "SELECT count(*) FROM buildings");
  g_assert_cmpint (units, ==, 2000);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM estates"), ==, 1);
  g_assert_cmpint (buildings, >=, 10);
  g_assert_cmpint (buildings, <=, 20);
  /* Every building but the last holds 100 to 200 units, numbered floor + room. */
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM (SELECT building_id, count(*) AS n FROM units"
                                " GROUP BY building_id) WHERE n < 100 OR n > 200"),
                   <=, 1);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM buildings WHERE name NOT LIKE '%栋'"), ==, 0);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM units WHERE number <> floor || substr"
                                " (number, -2) OR CAST (substr (number, -2) AS INTEGER) NOT"
                                " BETWEEN 1 AND 6"),
                   ==, 0);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM units WHERE type = 'residential'"
                                " AND area_centi NOT BETWEEN 4500 AND 18000"),
                   ==, 0);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM units WHERE type = 'shop' AND floor <> 1"),
                   ==, 0);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM units WHERE type = 'shop'"), >, 0);

  /* Every unit has exactly one owner record; a tenant's unit has its owner too. */
  owners = count (t.db, "SELECT count(*) FROM occupants WHERE role = 'owner'");
  g_assert_cmpint (owners, ==, units);
  g_assert_cmpint (count (t.db, "SELECT count(DISTINCT unit_id) FROM occupants WHERE role = 'owner'"),
                   ==, units);
  tenants = count (t.db, "SELECT count(*) FROM occupants WHERE role = 'tenant'"
                         " AND status = 'active'");
  g_assert_cmpint (tenants, >=, units * 15 / 100);
  g_assert_cmpint (tenants, <=, units * 30 / 100);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants WHERE role = 'owner'"
                                " AND status = 'active' AND unit_id NOT IN (SELECT unit_id FROM"
                                " occupants WHERE role = 'tenant')"),
                   >=, units * 65 / 100);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants WHERE kind = 'company'"), >, 0);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants WHERE status = 'moved_out'"
                                " AND (move_out_date IS NULL OR move_out_date < move_in_date)"),
                   ==, 0);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants WHERE status = 'moved_out'"), >, 0);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants WHERE status = 'pending'"), >, 0);

  /* Move-in dates over the past ten years (pending ones may lie a few weeks ahead). */
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants WHERE move_in_date <"
                                " date ('now', 'localtime', '-3651 days')"),
                   ==, 0);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants WHERE status <> 'pending'"
                                " AND move_in_date > date ('now', 'localtime')"),
                   ==, 0);
  /* Names of two or three characters; IDs and phones unique. */
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants WHERE kind = 'person'"
                                " AND length (name) NOT BETWEEN 2 AND 3"),
                   ==, 0);
  occupants = count (t.db, "SELECT count(*) FROM occupants");
  g_assert_cmpint (count (t.db, "SELECT count(DISTINCT id_number) FROM occupants"), ==, occupants);
  g_assert_cmpint (count (t.db, "SELECT count(DISTINCT phone) FROM occupants"), ==, occupants);
  pd_test_db_teardown (&t);
}

/* The statement belongs to the database, so it lives in its own function, released before the
 * test closes the database. */
static void
check_ids_and_phones (PdDatabase *db,
                      guint      *people,
                      guint      *companies)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "SELECT kind, id_number, phone, phone2,"
                                                " emergency_phone FROM occupants",
                                                &error);

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *kind = (const char *)sqlite3_column_text (stmt, 0);
      const char *id = (const char *)sqlite3_column_text (stmt, 1);
      PdPhoneKind phone_kind = PD_PHONE_LANDLINE;
      gboolean legacy = TRUE;

      if (g_str_equal (kind, "person"))
        {
          g_assert_true (pd_resident_id_check (id, &legacy, &error));
          g_assert_no_error (error);
          g_assert_false (legacy);
          g_assert_cmpuint (strlen (id), ==, 18);
          (*people)++;
        }
      else
        {
          g_assert_true (pd_uscc_check (id, &error));
          g_assert_no_error (error);
          (*companies)++;
        }
      g_assert_true (pd_phone_check ((const char *)sqlite3_column_text (stmt, 2), &phone_kind,
                                     &error));
      g_assert_no_error (error);
      g_assert_cmpint (phone_kind, ==, PD_PHONE_MOBILE);
      for (int c = 3; c <= 4; c++)
        {
          const char *other = (const char *)sqlite3_column_text (stmt, c);

          if (*other != '\0')
            {
              g_assert_true (pd_phone_check (other, NULL, &error));
              g_assert_no_error (error);
            }
        }
    }
}

static void
test_ids_and_phones_valid (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;
  guint people = 0, companies = 0;

  pd_test_db_setup (&t);
  g_assert_true (pd_demo_generate (t.db, 1500, 2026, NULL, NULL, &error));
  g_assert_no_error (error);
  check_ids_and_phones (t.db, &people, &companies);
  g_assert_cmpuint (people, >, 1000);
  g_assert_cmpuint (companies, >, 10);
  pd_test_db_teardown (&t);
}

static void
test_refuses_filled_database (void)
{
  PdTestDb t;
  g_autoptr(GError) error = NULL;

  pd_test_db_setup (&t);
  g_assert_false (pd_demo_generate (t.db, 0, 1, NULL, NULL, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_clear_error (&error);

  pd_test_add_unit (t.db, "1栋", "101", 80);
  g_assert_false (pd_demo_generate (t.db, 10, 1, NULL, NULL, &error));
  g_assert_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM units"), ==, 1);
  g_assert_cmpint (count (t.db, "SELECT count(*) FROM occupants"), ==, 0);
  pd_test_db_teardown (&t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/store/demo/deterministic", test_deterministic);
  g_test_add_func ("/core/store/demo/counts", test_counts_and_shape);
  g_test_add_func ("/core/store/demo/valid-ids-and-phones", test_ids_and_phones_valid);
  g_test_add_func ("/core/store/demo/refuses-filled-database", test_refuses_filled_database);

  return g_test_run ();
}
