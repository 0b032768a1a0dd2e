// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "pd-occupant-list.h"
#include "pd-test-util.h"

typedef struct
{
  PdTestDb t;
  gint64   b3_1201;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  gint64 u;
  g_autoptr(PdOccupant) a = NULL, b = NULL, c = NULL, d = NULL, e = NULL;

  pd_test_db_setup (&f->t);
  f->b3_1201 = pd_test_add_unit (f->t.db, "3栋", "1201", 89);
  a = pd_test_add_occupant (f->t.db, f->b3_1201, "张伟", "11010519491231002X", "13812341234",
                            PD_ROLE_OWNER);
  b = pd_test_add_occupant (f->t.db, f->b3_1201, "李娜", "", "13955551234", PD_ROLE_TENANT);
  u = pd_test_add_unit (f->t.db, "10栋", "801", 120);
  c = pd_test_add_occupant (f->t.db, u, "张小伟", "440306198001011231", "13600008888",
                            PD_ROLE_OWNER);
  u = pd_test_add_unit (f->t.db, "2栋", "101", 60);
  d = pd_test_add_occupant (f->t.db, u, "陈静", "310104199012152349", "15000001201",
                            PD_ROLE_OWNER);
  pd_occupant_set_status (d, PD_STATUS_MOVED_OUT);
  pd_occupant_set_move_out_date (d, "2025-01-01");
  g_assert_true (pd_occupant_store_update (f->t.db, d, NULL));
  u = pd_test_add_unit (f->t.db, "2栋", "1201", 60);
  e = pd_test_add_occupant (f->t.db, u, "100%_公司", "", "18700000000", PD_ROLE_TENANT);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  pd_test_db_teardown (&f->t);
}

/* Names of the query's rows, in order, joined with "," */
static char *
query_names (PdDatabase *db, const char *text, int role, int status, PdOccupantSort sort,
             gboolean descending)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdOccupantList) list = pd_occupant_list_new (db);
  g_autoptr(GString) s = g_string_new (NULL);
  PdOccupantQuery q;

  pd_occupant_query_init (&q);
  q.text = text;
  q.role = role;
  q.status = status;
  q.sort = sort;
  q.descending = descending;
  g_assert_true (pd_occupant_list_set_query (list, &q, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(PdOccupant) o = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_string_append_printf (s, "%s%s", i ? "," : "", pd_occupant_get_name (o));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

#define ASSERT_QUERY(f, text, role, status, sort, desc, expected)                            \
  G_STMT_START {                                                                             \
    g_autofree char *got = query_names ((f)->t.db, text, role, status, sort, desc);          \
    g_assert_cmpstr (got, ==, expected);                                                     \
  } G_STMT_END

static void
test_search_kinds (Fixture *f, gconstpointer data)
{
  /* Default order: building then unit, naturally (2栋 before 3栋 before 10栋). */
  ASSERT_QUERY (f, NULL, -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "陈静,100%_公司,张伟,李娜,张小伟");
  ASSERT_QUERY (f, "张", -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "张伟,张小伟");
  ASSERT_QUERY (f, "小伟", -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "张小伟");
  /* Last four digits of a phone, and the whole phone */
  ASSERT_QUERY (f, "1234", -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "张伟,李娜");
  ASSERT_QUERY (f, "13955551234", -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "李娜");
  /* ID number, lowercase x too */
  ASSERT_QUERY (f, "11010519491231002x", -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "张伟");
  /* Building and unit in the ways clerks type them */
  ASSERT_QUERY (f, "3栋 1201", -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "张伟,李娜");
  ASSERT_QUERY (f, "3栋1201", -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "张伟,李娜");
  ASSERT_QUERY (f, "3-1201", -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "张伟,李娜");
  ASSERT_QUERY (f, "10栋", -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "张小伟");
  /* A unit number alone matches every building's unit of that number, and the phone ending */
  ASSERT_QUERY (f, "1201", -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "陈静,100%_公司,张伟,李娜");
  /* LIKE wildcards in the text are literal */
  ASSERT_QUERY (f, "%_", -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "100%_公司");
  ASSERT_QUERY (f, "没有这个人", -1, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "");
}

static void
test_filters_and_sort (Fixture *f, gconstpointer data)
{
  ASSERT_QUERY (f, NULL, PD_ROLE_TENANT, -1, PD_OCCUPANT_SORT_UNIT, FALSE, "100%_公司,李娜");
  ASSERT_QUERY (f, NULL, -1, PD_STATUS_MOVED_OUT, PD_OCCUPANT_SORT_UNIT, FALSE, "陈静");
  ASSERT_QUERY (f, "张", PD_ROLE_OWNER, PD_STATUS_ACTIVE, PD_OCCUPANT_SORT_UNIT, FALSE,
                "张伟,张小伟");
  ASSERT_QUERY (f, NULL, -1, -1, PD_OCCUPANT_SORT_UNIT, TRUE, "张小伟,李娜,张伟,100%_公司,陈静");
  ASSERT_QUERY (f, NULL, -1, -1, PD_OCCUPANT_SORT_AREA, TRUE, "张小伟,李娜,张伟,100%_公司,陈静");
  ASSERT_QUERY (f, NULL, -1, -1, PD_OCCUPANT_SORT_PHONE, FALSE, "张小伟,张伟,李娜,陈静,100%_公司");
}

static void
test_building_filter (Fixture *f, gconstpointer data)
{
  g_autoptr(PdOccupantList) list = pd_occupant_list_new (f->t.db);
  g_autoptr(PdUnit) unit = pd_place_store_get_unit (f->t.db, f->b3_1201, NULL);
  PdOccupantQuery q;

  pd_occupant_query_init (&q);
  q.building_id = pd_unit_get_building_id (unit);
  g_assert_true (pd_occupant_list_set_query (list, &q, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
}

static void
on_items_changed (GListModel *model, guint pos, guint removed, guint added, guint *calls)
{
  (*calls)++;
}

static void
test_refresh_signals (Fixture *f, gconstpointer data)
{
  g_autoptr(PdOccupantList) list = pd_occupant_list_new (f->t.db);
  g_autoptr(PdOccupant) first = NULL;
  g_autoptr(PdOccupant) again = NULL;
  g_autoptr(PdOccupant) added = NULL;
  PdOccupantQuery q;
  guint calls = 0;

  pd_occupant_query_init (&q);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &calls);
  g_assert_true (pd_occupant_list_set_query (list, &q, NULL));
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == PD_TYPE_OCCUPANT);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 5));

  /* Objects are cached while the query stands. */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (first == again);

  added = pd_test_add_occupant (f->t.db, f->b3_1201, "周杰", "", "13300000000", PD_ROLE_TENANT);
  g_assert_true (pd_occupant_list_refresh (list, NULL));
  g_assert_cmpuint (calls, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 6);
  g_assert_cmpint (pd_occupant_list_find (list, pd_occupant_get_id (added)), >=, 0);
  g_assert_cmpint (pd_occupant_list_find (list, 999999), ==, -1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/core/store/occupant-list/search-kinds", Fixture, NULL, fixture_setup,
              test_search_kinds, fixture_teardown);
  g_test_add ("/core/store/occupant-list/filters-and-sort", Fixture, NULL, fixture_setup,
              test_filters_and_sort, fixture_teardown);
  g_test_add ("/core/store/occupant-list/building-filter", Fixture, NULL, fixture_setup,
              test_building_filter, fixture_teardown);
  g_test_add ("/core/store/occupant-list/refresh", Fixture, NULL, fixture_setup,
              test_refresh_signals, fixture_teardown);
  return g_test_run ();
}
