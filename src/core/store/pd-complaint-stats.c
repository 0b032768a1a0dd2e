// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-stats.h"
#include "pd-complaint-store-private.h"
#include "pd-rule-error.h"

/* The counting is done by SQL over the cases of the period, grouped by category and
 * department; the classification is pd_complaint_timeliness() written as SQL (the tests check
 * that the two agree on hand-built cases). */

/* The department a case belongs to: dispatched to, else its category's, else 0. */
#define DEPT "coalesce (k.department_id, c.department_id, 0)"
/* A result seen by the report (recorded at or before :as_of). */
#define RESULT_SEEN "(k.handled_at IS NOT NULL AND k.handled_at <= :as_of)"
#define COUNTED "(k.valid IS NOT 0)"

static const char month_sql[] =
  "SELECT k.category_id, " DEPT ", count (*),"
  " coalesce (sum (k.valid IS 0), 0),"
  " coalesce (sum (" COUNTED " AND " RESULT_SEEN " AND k.handled_at <= k.deadline_at), 0),"
  " coalesce (sum (" COUNTED " AND ((" RESULT_SEEN " AND k.handled_at > k.deadline_at)"
  "   OR (NOT " RESULT_SEEN " AND k.deadline_at < :as_of))), 0),"
  " coalesce (sum (" COUNTED " AND NOT " RESULT_SEEN " AND k.deadline_at >= :as_of), 0),"
  " coalesce (sum (k.serious <> 0), 0)"
  " FROM complaints k JOIN complaint_categories c ON c.id = k.category_id"
  " WHERE k.received_at >= :from AND k.received_at < :to"
  " GROUP BY 1, 2";

void
pd_complaint_stats_row_free (PdComplaintStatsRow *row)
{
  if (row == NULL)
    return;
  g_free (row->name);
  g_free (row);
}

void
pd_complaint_month_stats_free (PdComplaintMonthStats *stats)
{
  if (stats == NULL)
    return;
  g_free (stats->total.name);
  g_clear_pointer (&stats->by_category, g_ptr_array_unref);
  g_clear_pointer (&stats->by_department, g_ptr_array_unref);
  g_clear_pointer (&stats->top_problems, g_ptr_array_unref);
  g_free (stats);
}

static void
row_add (PdComplaintStatsRow       *to,
         const PdComplaintStatsRow *from)
{
  to->cases += from->cases;
  to->invalid += from->invalid;
  to->valid += from->valid;
  to->on_time += from->on_time;
  to->late += from->late;
  to->open_not_due += from->open_not_due;
  to->serious += from->serious;
}

static void
row_finish (PdComplaintStatsRow *row)
{
  row->rate_permille = pd_complaint_timeliness_permille (row->on_time, row->late);
}

static PdComplaintStatsRow *
row_new (gint64      id,
         const char *name)
{
  PdComplaintStatsRow *row = g_new0 (PdComplaintStatsRow, 1);

  row->id = id;
  row->name = g_strdup (name);
  return row;
}

static PdComplaintStatsRow *
find_row (GPtrArray *rows,
          gint64     id)
{
  for (guint i = 0; i < rows->len; i++)
    {
      PdComplaintStatsRow *row = g_ptr_array_index (rows, i);
      if (row->id == id)
        return row;
    }
  return NULL;
}

/* Department rows in id order, "not assigned" last. */
static int
compare_department (gconstpointer a,
                    gconstpointer b)
{
  const PdComplaintStatsRow *x = *(PdComplaintStatsRow *const *)a;
  const PdComplaintStatsRow *y = *(PdComplaintStatsRow *const *)b;
  gint64 kx = x->id == 0 ? G_MAXINT64 : x->id;
  gint64 ky = y->id == 0 ? G_MAXINT64 : y->id;

  return kx < ky ? -1 : kx > ky ? 1 : 0;
}

/* Most valid cases first; ties keep the category order (g_ptr_array_sort() is stable). */
static int
compare_problem (gconstpointer a,
                 gconstpointer b)
{
  const PdComplaintStatsRow *x = *(PdComplaintStatsRow *const *)a;
  const PdComplaintStatsRow *y = *(PdComplaintStatsRow *const *)b;

  return x->valid > y->valid ? -1 : x->valid < y->valid ? 1 : 0;
}

static char *
department_name (GPtrArray *departments,
                 gint64     id)
{
  if (id == 0)
    return g_strdup (_("Not assigned"));
  for (guint i = 0; i < departments->len; i++)
    {
      PdDepartment *d = g_ptr_array_index (departments, i);
      if (d->id == id)
        return g_strdup (d->name);
    }
  return g_strdup_printf ("#%" G_GINT64_FORMAT, id);
}

static gboolean
fill_month (PdDatabase            *db,
            PdComplaintMonthStats *stats,
            GPtrArray             *departments,
            GError               **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, month_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  _pd_bind_named_int (stmt, ":from", stats->from);
  _pd_bind_named_int (stmt, ":to", stats->to);
  _pd_bind_named_int (stmt, ":as_of", stats->as_of);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PdComplaintStatsRow group = { 0 };
      gint64 category_id = sqlite3_column_int64 (stmt, 0);
      gint64 department_id = sqlite3_column_int64 (stmt, 1);
      PdComplaintStatsRow *category, *department;

      group.cases = sqlite3_column_int64 (stmt, 2);
      group.invalid = sqlite3_column_int64 (stmt, 3);
      group.valid = group.cases - group.invalid;
      group.on_time = sqlite3_column_int64 (stmt, 4);
      group.late = sqlite3_column_int64 (stmt, 5);
      group.open_not_due = sqlite3_column_int64 (stmt, 6);
      group.serious = sqlite3_column_int64 (stmt, 7);

      category = find_row (stats->by_category, category_id);
      if (category == NULL)
        {
          /* Only a category missing from the list (impossible with the foreign key). */
          category = row_new (category_id, "?");
          g_ptr_array_add (stats->by_category, category);
        }
      department = find_row (stats->by_department, department_id);
      if (department == NULL)
        {
          department = row_new (department_id, NULL);
          department->name = department_name (departments, department_id);
          g_ptr_array_add (stats->by_department, department);
        }
      row_add (category, &group);
      row_add (department, &group);
      row_add (&stats->total, &group);
    }
  if (rc != SQLITE_DONE)
    return pd_database_set_error (db, rc, _("Could not compute the complaint statistics"), error);
  return TRUE;
}

PdComplaintMonthStats *
pd_complaint_stats_month (PdDatabase *db,
                          int         year,
                          int         month,
                          gint64      as_of,
                          guint       top_n,
                          GError    **error)
{
  g_autoptr(PdComplaintMonthStats) stats = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) sorted = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  if (month < 1 || month > 12 || year < 1970 || year > 9998)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("%04d-%02d is not a month of the calendar."), year, month);
      return NULL;
    }
  categories = pd_complaint_settings_list_categories (db, TRUE, error);
  if (categories == NULL)
    return NULL;
  departments = pd_repair_settings_list_departments (db, TRUE, error);
  if (departments == NULL)
    return NULL;

  stats = g_new0 (PdComplaintMonthStats, 1);
  stats->year = year;
  stats->month = month;
  stats->as_of = as_of != 0 ? as_of : _pd_now ();
  stats->total.name = g_strdup ("");
  pd_local_month_bounds (year, month, NULL, &stats->from, &stats->to);
  stats->by_category = g_ptr_array_new_with_free_func ((GDestroyNotify)pd_complaint_stats_row_free);
  stats->by_department = g_ptr_array_new_with_free_func (
    (GDestroyNotify)pd_complaint_stats_row_free);
  stats->top_problems = g_ptr_array_new_with_free_func (
    (GDestroyNotify)pd_complaint_stats_row_free);
  for (guint i = 0; i < categories->len; i++)
    {
      PdComplaintCategory *c = g_ptr_array_index (categories, i);
      g_ptr_array_add (stats->by_category, row_new (c->id, c->name));
    }

  if (!fill_month (db, stats, departments, error))
    return NULL;

  /* Inactive categories without cases say nothing about the month. */
  for (guint i = MIN (stats->by_category->len, categories->len); i > 0; i--)
    {
      PdComplaintStatsRow *row = g_ptr_array_index (stats->by_category, i - 1);
      PdComplaintCategory *c = g_ptr_array_index (categories, i - 1);

      if (row->cases == 0 && !c->active)
        g_ptr_array_remove_index (stats->by_category, i - 1);
    }
  for (guint i = 0; i < stats->by_category->len; i++)
    row_finish (g_ptr_array_index (stats->by_category, i));
  for (guint i = 0; i < stats->by_department->len; i++)
    row_finish (g_ptr_array_index (stats->by_department, i));
  row_finish (&stats->total);
  g_ptr_array_sort (stats->by_department, compare_department);

  /* The top problems: a stable sort of the category rows keeps the category order on ties. */
  sorted = g_ptr_array_copy (stats->by_category, NULL, NULL);
  /* The copy borrows the rows (it would inherit the free function otherwise). */
  g_ptr_array_set_free_func (sorted, NULL);
  g_ptr_array_sort (sorted, compare_problem);
  for (guint i = 0; i < sorted->len && stats->top_problems->len < top_n; i++)
    {
      const PdComplaintStatsRow *row = g_ptr_array_index (sorted, i);
      PdComplaintStatsRow *copy;

      if (row->valid == 0)
        break;
      copy = g_memdup2 (row, sizeof *row);
      copy->name = g_strdup (row->name);
      g_ptr_array_add (stats->top_problems, copy);
    }
  return g_steal_pointer (&stats);
}

/* The weekly report. The candidates are found through indexes (registered in the week, still
 * open, signed off since the week began, judged invalid since it began) rather than by reading
 * every case ever registered; each is then counted as of the cutoff. */
#define WEEK_CANDIDATES                                                                     \
  "k.id IN (SELECT id FROM complaints WHERE received_at >= :from AND received_at < :to"     \
  " UNION SELECT id FROM complaints WHERE state IN " PD_COMPLAINT_OPEN_STATES               \
  " UNION SELECT id FROM complaints WHERE signed_off_at >= :from AND received_at < :cutoff" \
  " UNION SELECT id FROM complaints WHERE state = 'invalid' AND decided_at >= :from)"
#define IN_WEEK "(k.received_at >= :from AND k.received_at < :cutoff)"
#define INVALID_BY_CUTOFF "(k.valid IS 0 AND k.decided_at < :cutoff)"
#define OPEN_AT_CUTOFF                                                                      \
  "(k.received_at < :cutoff AND NOT " INVALID_BY_CUTOFF                                     \
  " AND (k.signed_off_at IS NULL OR k.signed_off_at >= :cutoff))"

static const char week_sql[] =
  "SELECT " DEPT ","
  " coalesce (sum (" IN_WEEK "), 0),"
  " coalesce (sum (" IN_WEEK " AND " INVALID_BY_CUTOFF "), 0),"
  " coalesce (sum ((k.signed_off_at >= :from AND k.signed_off_at < :cutoff)"
  "   OR (k.valid IS 0 AND k.decided_at >= :from AND k.decided_at < :cutoff)), 0),"
  " coalesce (sum (" OPEN_AT_CUTOFF "), 0),"
  " coalesce (sum (" OPEN_AT_CUTOFF " AND (k.handled_at IS NULL OR k.handled_at >= :cutoff)"
  "   AND k.deadline_at < :cutoff), 0),"
  " coalesce (sum (" IN_WEEK " AND k.serious <> 0), 0)"
  " FROM complaints k JOIN complaint_categories c ON c.id = k.category_id"
  " WHERE " WEEK_CANDIDATES " GROUP BY 1";

void
pd_complaint_week_row_free (PdComplaintWeekRow *row)
{
  if (row == NULL)
    return;
  g_free (row->name);
  g_free (row);
}

void
pd_complaint_week_stats_free (PdComplaintWeekStats *stats)
{
  if (stats == NULL)
    return;
  g_free (stats->label);
  g_free (stats->total.name);
  g_clear_pointer (&stats->by_department, g_ptr_array_unref);
  g_free (stats);
}

static int
compare_week_department (gconstpointer a,
                         gconstpointer b)
{
  const PdComplaintWeekRow *x = *(PdComplaintWeekRow *const *)a;
  const PdComplaintWeekRow *y = *(PdComplaintWeekRow *const *)b;
  gint64 kx = x->id == 0 ? G_MAXINT64 : x->id;
  gint64 ky = y->id == 0 ? G_MAXINT64 : y->id;

  return kx < ky ? -1 : kx > ky ? 1 : 0;
}

PdComplaintWeekStats *
pd_complaint_stats_week (PdDatabase *db,
                         const char *iso_week,
                         gint64      as_of,
                         GError    **error)
{
  g_autoptr(PdComplaintWeekStats) stats = NULL;
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  stats = g_new0 (PdComplaintWeekStats, 1);
  if (!pd_iso_week_parse (iso_week, NULL, &stats->iso_year, &stats->week, &stats->from,
                          &stats->to, error))
    return NULL;
  departments = pd_repair_settings_list_departments (db, TRUE, error);
  if (departments == NULL)
    return NULL;
  stats->label = g_strdup_printf ("%04d-W%02d", stats->iso_year, stats->week);
  stats->as_of = as_of != 0 ? as_of : _pd_now ();
  stats->total.name = g_strdup ("");
  stats->by_department = g_ptr_array_new_with_free_func (
    (GDestroyNotify)pd_complaint_week_row_free);

  stmt = pd_database_prepare (db, week_sql, error);
  if (stmt == NULL)
    return NULL;
  _pd_bind_named_int (stmt, ":from", stats->from);
  _pd_bind_named_int (stmt, ":to", stats->to);
  _pd_bind_named_int (stmt, ":cutoff", MIN (stats->to, stats->as_of));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PdComplaintWeekRow *row = g_new0 (PdComplaintWeekRow, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->name = department_name (departments, row->id);
      row->new_cases = sqlite3_column_int64 (stmt, 1);
      row->invalid = sqlite3_column_int64 (stmt, 2);
      row->closed = sqlite3_column_int64 (stmt, 3);
      row->open = sqlite3_column_int64 (stmt, 4);
      row->overdue = sqlite3_column_int64 (stmt, 5);
      row->serious = sqlite3_column_int64 (stmt, 6);
      if (row->new_cases + row->closed + row->open + row->serious == 0)
        {
          pd_complaint_week_row_free (row);
          continue;
        }
      stats->total.new_cases += row->new_cases;
      stats->total.invalid += row->invalid;
      stats->total.closed += row->closed;
      stats->total.open += row->open;
      stats->total.overdue += row->overdue;
      stats->total.serious += row->serious;
      g_ptr_array_add (stats->by_department, row);
    }
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not compute the weekly complaint report"), error);
      return NULL;
    }
  g_ptr_array_sort (stats->by_department, compare_week_department);
  return g_steal_pointer (&stats);
}
