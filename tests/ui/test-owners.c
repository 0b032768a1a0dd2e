// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-test"
#include "config.h"

#include <string.h>

#include "pd-demo.h"
#include "pd-occupant-detail.h"
#include "pd-occupant-store.h"
#include "pd-owners-page-private.h"
#include "pd-place-store.h"
#include "pd-ui-format.h"
#include "pd-ui-test-util.h"
#include "pd-window.h"

#define RUN_IN_SUBPROCESS()                                                          \
  G_STMT_START {                                                                     \
    if (!g_test_subprocess ())                                                       \
      {                                                                              \
        g_test_trap_subprocess (NULL, 180 * G_USEC_PER_SEC,                         \
                                G_TEST_SUBPROCESS_INHERIT_STDERR);                   \
        g_test_trap_assert_passed ();                                                \
        return;                                                                      \
      }                                                                              \
  } G_STMT_END

typedef struct
{
  PdUiTestDb    t;
  PdWindow     *window;
  PdOwnersPage *page;
} Fixture;

static gboolean
column_view_mapped (gpointer page)
{
  return gtk_widget_get_mapped (GTK_WIDGET (_pd_owners_page_get_column_view (page)));
}

static void
fixture_open (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  pd_ui_test_db_open (&f->t);
  g_assert_true (pd_demo_generate (f->t.db, 300, 20261122, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pd_occupant_store_count (f->t.db, NULL), >=, 200);

  f->window = pd_window_new (NULL, f->t.db);
  gtk_window_present (GTK_WINDOW (f->window));
  f->page = pd_window_get_owners_page (f->window);
  pd_ui_test_spin (100);
  /* On a loaded machine the window can take longer than that to reach the screen. */
  g_assert_true (pd_ui_test_wait (column_view_mapped, f->page, 10000));
}

static void
fixture_close (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  pd_ui_test_spin (50);
  pd_ui_test_db_close (&f->t);
}

typedef struct
{
  PdOwnersPage *page;
  guint         serial;
} QueryWait;

static gboolean
query_ran (gpointer data)
{
  QueryWait *w = data;

  return _pd_owners_page_get_query_serial (w->page) != w->serial;
}

/* Types like a clerk and waits for the debounced search to run. GtkSearchEntry reports an
 * emptied entry at once, so the old text is cleared first: otherwise that immediate search
 * for "" would pass for the search of @text. */
static void
search (Fixture    *f,
        const char *text)
{
  GtkEditable *entry = _pd_owners_page_get_search_entry (f->page);
  QueryWait w;

  gtk_editable_set_text (entry, "");
  w.page = f->page;
  w.serial = _pd_owners_page_get_query_serial (f->page);
  if (*text == '\0')
    return;
  gtk_editable_set_text (entry, text);
  g_assert_true (pd_ui_test_wait (query_ran, &w, 5000));
}

static PdOccupant *
store_occupant (Fixture *f,
                gint64   id)
{
  g_autoptr(GError) error = NULL;
  PdOccupant *o = pd_occupant_store_get (f->t.db, id, &error);

  g_assert_no_error (error);
  return o;
}

/* The rows in the column view are exactly what the store returns for the same query, in the
 * same order, and the count label says how many. */
static guint
assert_rows_match (Fixture               *f,
                   const PdOccupantQuery *query)
{
  GListModel *rows = _pd_owners_page_get_rows (f->page);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = pd_occupant_store_query_ids (f->t.db, query, &error);
  g_autofree char *count = NULL;
  const char *label;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(PdOccupant) shown = g_list_model_get_item (rows, i);
      g_autoptr(PdOccupant) expected = store_occupant (f, g_array_index (ids, gint64, i));

      g_assert_cmpint (pd_occupant_get_id (shown), ==, pd_occupant_get_id (expected));
      g_assert_cmpstr (pd_occupant_get_name (shown), ==, pd_occupant_get_name (expected));
    }

  count = pd_format_count (ids->len);
  label = gtk_label_get_text (_pd_owners_page_get_count_label (f->page));
  if (ids->len > 0)
    g_assert_nonnull (strstr (label, count));
  return ids->len;
}

static void
test_initial_list (void)
{
  Fixture f = { 0 };
  PdOccupantQuery query;

  RUN_IN_SUBPROCESS ();

  fixture_open (&f);
  pd_occupant_query_init (&query);
  g_assert_cmpuint (assert_rows_match (&f, &query), ==,
                    (guint) pd_occupant_store_count (f.t.db, NULL));
  g_assert_true (pd_owners_page_get_has_occupants (f.page));
  fixture_close (&f);
}

static void
test_search_name_and_phone (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(PdOccupant) target = NULL;
  g_autofree char *last4 = NULL;
  PdOccupantQuery query;
  const char *phone;
  guint n;

  RUN_IN_SUBPROCESS ();

  fixture_open (&f);
  pd_occupant_query_init (&query);
  all = pd_occupant_store_query_ids (f.t.db, &query, &error);
  g_assert_no_error (error);
  target = store_occupant (&f, g_array_index (all, gint64, all->len / 3));

  /* A name */
  search (&f, pd_occupant_get_name (target));
  query.text = pd_occupant_get_name (target);
  n = assert_rows_match (&f, &query);
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <, all->len);

  /* The last four digits of a phone number */
  phone = pd_occupant_get_phone (target);
  g_assert_cmpuint (strlen (phone), >=, 4);
  last4 = g_strdup (phone + strlen (phone) - 4);
  search (&f, last4);
  query.text = last4;
  n = assert_rows_match (&f, &query);
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpint (_pd_owners_page_get_query_serial (f.page), >, 0);

  /* Nothing matches: the list is empty and the "no results" page shows. */
  search (&f, "不存在的业户名字");
  query.text = "不存在的业户名字";
  g_assert_cmpuint (assert_rows_match (&f, &query), ==, 0);

  /* Clearing the search brings everything back. */
  search (&f, "");
  query.text = NULL;
  g_assert_cmpuint (assert_rows_match (&f, &query), ==, all->len);
  fixture_close (&f);
}

static void
test_filters (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) buildings = NULL;
  PdOccupantQuery query;
  guint all, in_building, tenants;

  RUN_IN_SUBPROCESS ();

  fixture_open (&f);
  buildings = pd_place_store_list_buildings (f.t.db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (buildings->len, >=, 2);

  pd_occupant_query_init (&query);
  all = assert_rows_match (&f, &query);

  /* Position 0 is "all buildings"; the buildings follow in the store's order. */
  gtk_drop_down_set_selected (_pd_owners_page_get_building_dropdown (f.page), 2);
  query.building_id = pd_building_get_id (g_ptr_array_index (buildings, 1));
  in_building = assert_rows_match (&f, &query);
  g_assert_cmpuint (in_building, >, 0);
  g_assert_cmpuint (in_building, <, all);

  gtk_drop_down_set_selected (_pd_owners_page_get_role_dropdown (f.page), 2);
  query.role = PD_ROLE_TENANT;
  tenants = assert_rows_match (&f, &query);
  g_assert_cmpuint (tenants, <, in_building);

  gtk_drop_down_set_selected (_pd_owners_page_get_status_dropdown (f.page), 2);
  query.status = PD_STATUS_ACTIVE;
  assert_rows_match (&f, &query);

  /* A search within the filters combines with them. */
  search (&f, "1");
  query.text = "1";
  assert_rows_match (&f, &query);
  fixture_close (&f);
}

/* Clicking a header sorts in SQL: the rows follow the store's order for that column. */
static void
test_sort_by_column (void)
{
  Fixture f = { 0 };
  GtkColumnView *view;
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) name_column = NULL;
  g_autoptr(GtkColumnViewColumn) area_column = NULL;
  PdOccupantQuery query;

  RUN_IN_SUBPROCESS ();

  fixture_open (&f);
  view = _pd_owners_page_get_column_view (f.page);
  columns = gtk_column_view_get_columns (view);
  area_column = g_list_model_get_item (columns, 2);
  name_column = g_list_model_get_item (columns, 3);

  pd_occupant_query_init (&query);

  gtk_column_view_sort_by_column (view, name_column, GTK_SORT_DESCENDING);
  query.sort = PD_OCCUPANT_SORT_NAME;
  query.descending = TRUE;
  assert_rows_match (&f, &query);

  gtk_column_view_sort_by_column (view, area_column, GTK_SORT_ASCENDING);
  query.sort = PD_OCCUPANT_SORT_AREA;
  query.descending = FALSE;
  assert_rows_match (&f, &query);

  gtk_column_view_sort_by_column (view, area_column, GTK_SORT_DESCENDING);
  query.descending = TRUE;
  assert_rows_match (&f, &query);
  fixture_close (&f);
}

static void
test_selection_shows_detail (void)
{
  Fixture f = { 0 };
  GListModel *rows;
  g_autoptr(PdOccupant) second = NULL;
  PdOccupantDetail *detail;
  PdOccupant *shown;

  RUN_IN_SUBPROCESS ();

  fixture_open (&f);
  rows = _pd_owners_page_get_rows (f.page);
  detail = PD_OCCUPANT_DETAIL (_pd_owners_page_get_detail (f.page));
  second = g_list_model_get_item (rows, 1);

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (rows), 1, TRUE);
  shown = pd_occupant_detail_get_occupant (detail);
  g_assert_nonnull (shown);
  g_assert_cmpint (pd_occupant_get_id (shown), ==, pd_occupant_get_id (second));

  /* A refresh keeps the selection on the same occupant. */
  pd_window_notify_data_changed (f.window);
  g_assert_true (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (rows), 1));
  shown = pd_occupant_detail_get_occupant (detail);
  g_assert_cmpint (pd_occupant_get_id (shown), ==, pd_occupant_get_id (second));
  fixture_close (&f);
}

/* Selecting an occupant far down the list (as after saving a new one) scrolls to it. */
static void
test_select_scrolls (void)
{
  Fixture f = { 0 };
  GListModel *rows;
  GtkWidget *scroller;
  GtkAdjustment *vadj;
  g_autoptr(PdOccupant) last = NULL;
  guint n;

  RUN_IN_SUBPROCESS ();

  fixture_open (&f);
  rows = _pd_owners_page_get_rows (f.page);
  n = g_list_model_get_n_items (rows);
  last = g_list_model_get_item (rows, n - 1);
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (_pd_owners_page_get_column_view (f.page)),
                                      GTK_TYPE_SCROLLED_WINDOW);
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, 0.0);

  g_assert_true (pd_owners_page_select_occupant (f.page, pd_occupant_get_id (last)));
  pd_ui_test_spin (300);
  g_assert_true (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (rows), n - 1));
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, 0.0);
  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  if (!pd_ui_test_init (&argc, &argv))
    return g_test_run ();

  g_test_add_func ("/ui/owners/initial-list", test_initial_list);
  g_test_add_func ("/ui/owners/search-name-and-phone", test_search_name_and_phone);
  g_test_add_func ("/ui/owners/filters", test_filters);
  g_test_add_func ("/ui/owners/sort-by-column", test_sort_by_column);
  g_test_add_func ("/ui/owners/selection-shows-detail", test_selection_shows_detail);
  g_test_add_func ("/ui/owners/select-scrolls", test_select_scrolls);
  return g_test_run ();
}
