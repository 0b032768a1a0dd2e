// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include <glib.h>

#include "pd-contact-list.h"
#include "pd-test-complaints.h"

#define H 3600

typedef struct
{
  PdTestDb t;
  gint64   unit_a;  /* 3栋 1201 */
  gint64   unit_b;  /* 3栋 802 */
  gint64   unit_c;  /* 10栋 1201 */
  gint64   t0;
} Fixture;

static gint64
add_entry (Fixture          *f,
           gint64            at,
           const char       *caller,
           const char       *phone,
           gint64            unit,
           const char       *content,
           PdContactChannel  channel)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdContact) c = pd_contact_new ();

  pd_contact_set_received_at (c, at);
  pd_contact_set_caller (c, caller);
  pd_contact_set_phone (c, phone);
  pd_contact_set_unit_id (c, unit);
  pd_contact_set_content (c, content);
  pd_contact_set_recorder (c, "陈静");
  pd_contact_set_channel (c, channel);
  g_assert_true (pd_contact_store_create (f->t.db, c, &error));
  g_assert_no_error (error);
  return pd_contact_get_id (c);
}

/* 30 entries over 30 days, one a day at 10:00: callers and contents cycle through three of
 * each, units through three, phones differ by their last digits. */
static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  static const char *callers[] = { "王芳", "李强", "张伟" };
  static const char *contents[] = { "楼上漏水", "门禁卡失灵", "垃圾未清运" };

  pd_test_db_setup (&f->t);
  f->unit_a = pd_test_add_unit (f->t.db, "3栋", "1201", 89);
  f->unit_b = pd_test_add_unit (f->t.db, "3栋", "802", 89);
  f->unit_c = pd_test_add_unit (f->t.db, "10栋", "1201", 120);
  f->t0 = pd_test_time (2026, 3, 1, 10, 0, 0);
  for (int i = 0; i < 30; i++)
    {
      gint64 units[] = { f->unit_a, f->unit_b, f->unit_c };
      g_autofree char *phone = g_strdup_printf ("139000000%02d", i);

      add_entry (f, f->t0 + (gint64)i * 24 * H, callers[i % 3], phone, units[i % 3],
                 contents[i % 3], i % 5 == 0 ? PD_CONTACT_CHANNEL_VISIT : PD_CONTACT_CHANNEL_PHONE);
    }
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  pd_test_db_teardown (&f->t);
}

static guint
count (Fixture        *f,
       PdContactQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = pd_contact_store_query_ids (f->t.db, query, &error);

  g_assert_no_error (error);
  return ids->len;
}

static guint
count_text (Fixture    *f,
            const char *text)
{
  PdContactQuery query;

  pd_contact_query_init (&query);
  query.text = text;
  return count (f, &query);
}

static void
test_search_kinds (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  PdContactQuery query;

  g_assert_cmpuint (count_text (f, NULL), ==, 30);
  g_assert_cmpuint (count_text (f, "   "), ==, 30);
  /* Serials: whole, a prefix, without the series, in lower case. */
  g_assert_cmpuint (count_text (f, "LD2026-000007"), ==, 1);
  g_assert_cmpuint (count_text (f, "ld2026-00001"), ==, 10);  /* 000010..000019 */
  g_assert_cmpuint (count_text (f, "2026-000030"), ==, 1);
  g_assert_cmpuint (count_text (f, "LD2025"), ==, 0);
  /* Callers and content substrings. */
  g_assert_cmpuint (count_text (f, "王芳"), ==, 10);
  g_assert_cmpuint (count_text (f, "李"), ==, 10);
  g_assert_cmpuint (count_text (f, "漏水"), ==, 10);
  g_assert_cmpuint (count_text (f, "卡"), ==, 10);
  g_assert_cmpuint (count_text (f, "停车"), ==, 0);
  /* Literal % and _ find nothing rather than everything. */
  g_assert_cmpuint (count_text (f, "%"), ==, 0);
  /* Phones, whole or in part. */
  g_assert_cmpuint (count_text (f, "13900000017"), ==, 1);
  /* Digits also find serials: 0017 is in 13900000017 and in LD2026-000017. */
  g_assert_cmpuint (count_text (f, "0017"), ==, 2);
  g_assert_cmpuint (count_text (f, "1390000001"), ==, 10);
  /* Units: "3栋 1201" with or without the space; a building alone; a unit number. */
  g_assert_cmpuint (count_text (f, "3栋 1201"), ==, 10);
  g_assert_cmpuint (count_text (f, "3栋1201"), ==, 10);
  g_assert_cmpuint (count_text (f, "3栋"), ==, 20);
  g_assert_cmpuint (count_text (f, "10栋"), ==, 10);
  g_assert_cmpuint (count_text (f, "1201"), ==, 20);  /* number in 3栋 and 10栋 */

  /* Filters: the date range [from, to), channel and outcome. */
  pd_contact_query_init (&query);
  query.received_from = f->t0 + 10 * 24 * H;
  query.received_to = f->t0 + 20 * 24 * H;
  g_assert_cmpuint (count (f, &query), ==, 10);
  query.text = "王芳";
  g_assert_cmpuint (count (f, &query), ==, 3);  /* days 12, 15, 18 */
  pd_contact_query_init (&query);
  query.channel = PD_CONTACT_CHANNEL_VISIT;
  g_assert_cmpuint (count (f, &query), ==, 6);
  pd_contact_query_init (&query);
  query.outcome = PD_CONTACT_OUTCOME_INQUIRY;
  g_assert_cmpuint (count (f, &query), ==, 0);
  g_assert_true (pd_contact_store_answer_inquiry (f->t.db, 3, "已答复", "陈静", 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f, &query), ==, 1);
  query.outcome = PD_CONTACT_OUTCOME_PENDING;
  g_assert_cmpuint (count (f, &query), ==, 29);

  g_assert_cmpint (pd_contact_store_count (f->t.db, f->t0, f->t0 + 24 * H, &error), ==, 1);
  g_assert_cmpint (pd_contact_store_count (f->t.db, 0, 0, &error), ==, 30);
}

static void
test_list_model (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdContactList) list = pd_contact_list_new (f->t.db);
  g_autoptr(PdContact) first = NULL;
  g_autoptr(PdContact) last = NULL;
  g_autoptr(PdContact) again = NULL;
  g_autofree char *label = NULL;
  PdContactQuery query;
  guint changes = 0;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == PD_TYPE_CONTACT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_signal_connect_swapped (list, "items-changed", G_CALLBACK (g_atomic_int_inc), &changes);

  pd_contact_query_init (&query);
  g_assert_true (pd_contact_list_set_query (list, &query, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 30);

  /* Newest first. */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  last = g_list_model_get_item (G_LIST_MODEL (list), 29);
  g_assert_cmpstr (pd_contact_get_serial (first), ==, "LD2026-000030");
  g_assert_cmpstr (pd_contact_get_serial (last), ==, "LD2026-000001");
  label = pd_contact_dup_unit_label (last);
  g_assert_cmpstr (label, ==, "3栋 1201");
  g_assert_cmpstr (pd_contact_get_channel_label (last), ==, "In person");
  g_assert_cmpstr (pd_contact_get_outcome_label (last), ==, "Pending");
  /* The cache hands out the same object. */
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (again == first);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 30));
  g_assert_cmpint (pd_contact_list_find (list, pd_contact_get_id (last)), ==, 29);
  g_assert_cmpint (pd_contact_list_find (list, 9999), ==, -1);

  /* The query's text is copied. */
  {
    g_autofree char *text = g_strdup ("门禁");
    query.text = text;
    query.oldest_first = TRUE;
    g_assert_true (pd_contact_list_set_query (list, &query, &error));
  }
  g_assert_cmpstr (pd_contact_list_get_query (list)->text, ==, "门禁");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 10);
  g_clear_object (&first);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (pd_contact_get_serial (first), ==, "LD2026-000002");

  /* A new entry shows after a refresh. */
  add_entry (f, f->t0 + 40 * 24 * H, "赵敏", "", 0, "门禁坏了", PD_CONTACT_CHANNEL_WRITTEN);
  g_assert_true (pd_contact_list_refresh (list, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 11);
  g_assert_cmpuint (changes, ==, 3);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/contact-list/search-kinds", Fixture, NULL, fixture_setup, test_search_kinds,
              fixture_teardown);
  g_test_add ("/core/contact-list/model", Fixture, NULL, fixture_setup, test_list_model,
              fixture_teardown);
  return g_test_run ();
}
