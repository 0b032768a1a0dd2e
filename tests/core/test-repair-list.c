// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "pd-repair-list.h"
#include "pd-test-orders.h"

typedef struct
{
  PdTestDb t;
  gint64   unit;    /* 3栋 1201 */
  gint64   unit2;   /* 10栋 801 */
  gint64   worker;
  gint64   now;     /* 2026-03-05 12:00 */
  gint64   id[9];   /* orders A..I */
} Fixture;

enum { A, B, C, D, E, F, G, H, I };

static gint64
order (Fixture *f, gint64 unit, const char *category, PdRepairUrgency urgency, gint64 reported,
       const char *description)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepair) r = pd_test_new_order (f->t.db, unit, category, urgency, PD_ORDER_CLASS_B,
                                             reported);

  if (description != NULL)
    {
      pd_repair_set_description (r, description);
      g_assert_true (pd_repair_store_update_intake (f->t.db, r, &error));
      g_assert_no_error (error);
    }
  return pd_repair_get_id (r);
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  pd_test_db_setup (&f->t);
  f->unit = pd_test_add_unit (f->t.db, "3栋", "1201", 89);
  f->unit2 = pd_test_add_unit (f->t.db, "10栋", "801", 120);
  f->worker = pd_test_add_staff (f->t.db, "engineering", "王师傅");
  f->now = pd_test_time (2026, 3, 5, 12, 0);

  /* A: urgent, dispatched 08:05, nobody on site: on-site due 08:25, overdue. */
  f->id[A] = order (f, f->unit, "给排水", PD_REPAIR_URGENCY_URGENT,
                    pd_test_time (2026, 3, 5, 8, 0), "主水管爆裂");
  pd_test_dispatch (f->t.db, f->id[A], f->worker, pd_test_time (2026, 3, 5, 8, 5));
  /* B: small, reported 11:00, not dispatched: due at midnight. */
  f->id[B] = order (f, f->unit, "电气", PD_REPAIR_URGENCY_SMALL,
                    pd_test_time (2026, 3, 5, 11, 0), "客厅插座没电");
  /* C: general from March 1st: due March 4th 00:00, the latest. */
  f->id[C] = order (f, f->unit, "门窗", PD_REPAIR_URGENCY_GENERAL,
                    pd_test_time (2026, 3, 1, 10, 0), "阳台推拉门卡住");
  /* D: urgent, on site at 11:50: completion due 15:30. */
  f->id[D] = order (f, f->unit2, "电气", PD_REPAIR_URGENCY_URGENT,
                    pd_test_time (2026, 3, 5, 11, 30), "配电箱跳闸");
  pd_test_dispatch (f->t.db, f->id[D], f->worker, pd_test_time (2026, 3, 5, 11, 35));
  g_assert_true (pd_repair_store_arrive (f->t.db, f->id[D], pd_test_time (2026, 3, 5, 11, 50),
                                         &error));
  /* E: completed (closed), reported 09:00. */
  f->id[E] = order (f, f->unit, "给排水", PD_REPAIR_URGENCY_SMALL,
                    pd_test_time (2026, 3, 5, 9, 0), "厨房水龙头漏水");
  pd_test_dispatch (f->t.db, f->id[E], f->worker, pd_test_time (2026, 3, 5, 9, 10));
  pd_test_complete (f->t.db, f->id[E], pd_test_time (2026, 3, 5, 10, 0));
  /* F: cancelled, reported 10:00. */
  f->id[F] = order (f, f->unit2, "其他", PD_REPAIR_URGENCY_GENERAL,
                    pd_test_time (2026, 3, 5, 10, 0), "100%_测试");
  g_assert_true (pd_repair_store_cancel (f->t.db, f->id[F], "重复报修", &error));
  /* G: urgent, dispatched 11:50: on-site due 12:10, not yet overdue at noon. */
  f->id[G] = order (f, f->unit2, "给排水", PD_REPAIR_URGENCY_URGENT,
                    pd_test_time (2026, 3, 5, 11, 50), "楼上渗水");
  pd_test_dispatch (f->t.db, f->id[G], f->worker, pd_test_time (2026, 3, 5, 11, 50));
  /* H: February, closed by a callback. */
  f->id[H] = order (f, f->unit2, "空调", PD_REPAIR_URGENCY_SMALL,
                    pd_test_time (2026, 2, 27, 9, 0), "空调不制冷");
  pd_test_dispatch (f->t.db, f->id[H], f->worker, pd_test_time (2026, 2, 27, 9, 30));
  pd_test_complete (f->t.db, f->id[H], pd_test_time (2026, 2, 27, 15, 0));
  {
    PdCallbackRecord cb = { .subject = PD_CALLBACK_SUBJECT_REPAIR, .subject_id = f->id[H],
                            .method = PD_CALLBACK_METHOD_ONSITE,
                            .called_at = pd_test_time (2026, 2, 28, 9, 0), .staff = "陈静",
                            .satisfied = TRUE };
    g_assert_cmpint (pd_callback_store_record (f->t.db, &cb, NULL, &error), >, 0);
  }
  /* I: small with an appointment tomorrow at 19:00: due the day after tomorrow. */
  {
    g_autoptr(PdRepair) r = pd_test_new_order (f->t.db, f->unit, "其他", PD_REPAIR_URGENCY_SMALL,
                                               PD_ORDER_CLASS_B, pd_test_time (2026, 3, 5, 8, 0));
    pd_repair_set_appointment_at (r, pd_test_time (2026, 3, 6, 19, 0));
    g_assert_true (pd_repair_store_update_intake (f->t.db, r, &error));
    f->id[I] = pd_repair_get_id (r);
  }
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  pd_test_db_teardown (&f->t);
}

/* Letters of the orders in the list's order, e.g. "CAGDBI". */
static char *
letters (Fixture *f, PdRepairList *list)
{
  GString *s = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdRepair) r = g_list_model_get_item (G_LIST_MODEL (list), i);
      for (int k = 0; k < (int)G_N_ELEMENTS (f->id); k++)
        if (f->id[k] == pd_repair_get_id (r))
          g_string_append_c (s, (char)('A' + k));
    }
  return g_string_free (s, FALSE);
}

static char *
run (Fixture *f, PdRepairQuery *q)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepairList) list = pd_repair_list_new (f->t.db);

  if (q->now == 0)
    q->now = f->now;
  g_assert_true (pd_repair_list_set_query (list, q, &error));
  g_assert_no_error (error);
  return letters (f, list);
}

#define assert_query(f, q, expected)          \
  G_STMT_START                                \
  {                                           \
    g_autofree char *got_ = run ((f), (q));   \
    g_assert_cmpstr (got_, ==, (expected));   \
  }                                           \
  G_STMT_END

static void
test_overdue_first (Fixture *f, gconstpointer data)
{
  PdRepairQuery q;

  pd_repair_query_init (&q);
  /* Open orders: C (due Mar 4), A (08:25), G (12:10), D (15:30), B (midnight), I (Mar 8). */
  assert_query (f, &q, "CAGDBI");
  q.filter = PD_REPAIR_FILTER_OVERDUE;
  assert_query (f, &q, "CA");
  g_assert_cmpint (pd_repair_store_count_overdue (f->t.db, f->now, NULL), ==, 2);

  /* Eleven minutes later G's worker is late too. At 12:10 exactly, not yet. */
  q.now = pd_test_time (2026, 3, 5, 12, 10);
  assert_query (f, &q, "CA");
  q.now = pd_test_time (2026, 3, 5, 12, 11);
  assert_query (f, &q, "CAG");
  g_assert_cmpint (pd_repair_store_count_overdue (f->t.db, q.now, NULL), ==, 3);
  /* After midnight B is late as well; its lateness ranks it after A and G. */
  q.now = pd_test_time (2026, 3, 6, 0, 1);
  assert_query (f, &q, "CAGDB");

  /* All: the closed orders follow, newest report first. */
  pd_repair_query_init (&q);
  q.filter = PD_REPAIR_FILTER_ALL;
  assert_query (f, &q, "CAGDBIFEH");
}

static void
test_rules_agree (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepairList) list = pd_repair_list_new (f->t.db);
  PdRepairTimes times;
  PdRepairQuery q;
  gint64 nows[] = { f->now, pd_test_time (2026, 3, 5, 12, 11), pd_test_time (2026, 3, 6, 0, 0),
                    pd_test_time (2026, 3, 6, 0, 1), pd_test_time (2026, 3, 8, 0, 1) };

  /* The SQL formulas and the rules must say the same for every order at every instant. */
  pd_repair_settings_load_times (f->t.db, &times);
  pd_repair_query_init (&q);
  q.filter = PD_REPAIR_FILTER_ALL;
  for (guint n = 0; n < G_N_ELEMENTS (nows); n++)
    {
      g_autoptr(GArray) overdue = NULL;

      q.now = nows[n];
      q.filter = PD_REPAIR_FILTER_OVERDUE;
      overdue = pd_repair_store_query_ids (f->t.db, &q, &error);
      q.filter = PD_REPAIR_FILTER_ALL;
      g_assert_true (pd_repair_list_set_query (list, &q, &error));
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
        {
          g_autoptr(PdRepair) r = g_list_model_get_item (G_LIST_MODEL (list), i);
          PdRepairClock clock;
          gboolean listed = FALSE;

          pd_repair_compute_clock (r, &times, nows[n], NULL, &clock);
          for (guint k = 0; k < overdue->len; k++)
            listed |= g_array_index (overdue, gint64, k) == pd_repair_get_id (r);
          if (listed != (pd_repair_state_is_open (pd_repair_get_state (r)) &&
                         pd_repair_clock_is_overdue (&clock)))
            g_error ("%s at %" G_GINT64_FORMAT ": SQL says %d", pd_repair_get_serial (r),
                     nows[n], listed);
        }
    }
}

static void
test_filters (Fixture *f, gconstpointer data)
{
  PdRepairQuery q;
  gint64 from, to;

  pd_repair_query_init (&q);
  q.filter = PD_REPAIR_FILTER_AWAITING_CALLBACK;
  assert_query (f, &q, "E");
  q.filter = PD_REPAIR_FILTER_COMPLETED;
  assert_query (f, &q, "EH");
  q.filter = PD_REPAIR_FILTER_CANCELLED;
  assert_query (f, &q, "F");

  q.filter = PD_REPAIR_FILTER_ALL;
  q.sort = PD_REPAIR_SORT_SERIAL;
  assert_query (f, &q, "ABCDEFGHI");
  q.reverse = TRUE;
  assert_query (f, &q, "IHGFEDCBA");
  q.reverse = FALSE;
  q.sort = PD_REPAIR_SORT_REPORTED;
  assert_query (f, &q, "GDBFEIACH");

  q.category_id = pd_test_category_id (f->t.db, "给排水");
  assert_query (f, &q, "GEA");
  q.urgency = PD_REPAIR_URGENCY_URGENT;
  assert_query (f, &q, "GA");
  q.category_id = 0;
  assert_query (f, &q, "GDA");

  /* Month ranges. */
  q.urgency = -1;
  pd_local_month_bounds (2026, 2, NULL, &from, &to);
  q.reported_from = from;
  q.reported_to = to;
  assert_query (f, &q, "H");
  pd_local_month_bounds (2026, 3, NULL, &from, &to);
  q.reported_from = from;
  q.reported_to = to;
  assert_query (f, &q, "GDBFEIAC");
  q.reported_from = pd_test_time (2026, 3, 5, 0, 0);
  assert_query (f, &q, "GDBFEIA");
}

static void
test_text (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepair) c = pd_repair_store_get (f->t.db, f->id[C], &error);
  PdRepairQuery q;

  pd_repair_query_init (&q);
  q.filter = PD_REPAIR_FILTER_ALL;
  q.sort = PD_REPAIR_SORT_SERIAL;
  q.text = pd_repair_get_serial (c);
  assert_query (f, &q, "C");
  q.text = "bx2026-00000";
  assert_query (f, &q, "ABCDEFGHI");
  q.text = "10栋 801";
  assert_query (f, &q, "DFGH");
  q.text = "10栋801";
  assert_query (f, &q, "DFGH");
  q.text = " 3栋 ";
  assert_query (f, &q, "ABCEI");
  q.text = "渗水";
  assert_query (f, &q, "G");
  q.text = "李女士";
  assert_query (f, &q, "ABCDEFGHI");
  q.text = "12345678";
  assert_query (f, &q, "ABCDEFGHI");
  /* Wildcards in the text are literal. */
  q.text = "100%_";
  assert_query (f, &q, "F");
  q.text = "%";
  assert_query (f, &q, "F");
  q.text = "_测";
  assert_query (f, &q, "F");
  q.text = "无此内容";
  assert_query (f, &q, "");
}

static void
test_model (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdRepairList) list = pd_repair_list_new (f->t.db);
  g_autoptr(PdRepair) first = NULL;
  g_autoptr(PdRepair) again = NULL;
  PdRepairQuery q;

  pd_repair_query_init (&q);
  q.now = f->now;
  q.text = "3栋";
  g_assert_true (pd_repair_list_set_query (list, &q, &error));
  g_assert_cmpstr (pd_repair_list_get_query (list)->text, ==, "3栋");
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == PD_TYPE_REPAIR);
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (first == again);  /* cached */
  g_assert_cmpint (pd_repair_get_id (first), ==, f->id[C]);
  g_assert_cmpstr (pd_repair_get_state_label (first), ==, "Not dispatched");
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 4));
  g_assert_cmpint (pd_repair_list_find (list, f->id[B]), ==, 2);
  g_assert_cmpint (pd_repair_list_find (list, f->id[D]), ==, -1);

  /* The order moves with time on refresh. */
  g_assert_true (pd_repair_store_cancel (f->t.db, f->id[C], "住户不在家", &error));
  g_assert_true (pd_repair_list_refresh (list, f->now, &error));
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpint (pd_repair_list_find (list, f->id[A]), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/repair-list/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("overdue-first", test_overdue_first);
  ADD ("rules-agree", test_rules_agree);
  ADD ("filters", test_filters);
  ADD ("text", test_text);
  ADD ("model", test_model);
#undef ADD

  return g_test_run ();
}
