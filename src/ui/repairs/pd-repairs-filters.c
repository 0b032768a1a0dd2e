// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-repair-deadline.h"
#include "pd-repair-settings.h"
#include "pd-repairs-filters.h"

#define N_MONTHS 12

struct _PdRepairsFilters
{
  GtkDropDown *state;
  GtkDropDown *category;
  GtkDropDown *urgency;
  GtkDropDown *month;
  GArray      *category_ids;   /* gint64 per category position; 0 = all */
  GArray      *months;         /* int year*100+month per month position; 0 = all */
};

/* The state filter's positions. */
static const PdRepairFilter state_filters[] = {
  PD_REPAIR_FILTER_ALL, PD_REPAIR_FILTER_OPEN, PD_REPAIR_FILTER_OVERDUE,
  PD_REPAIR_FILTER_AWAITING_CALLBACK, PD_REPAIR_FILTER_COMPLETED, PD_REPAIR_FILTER_CANCELLED,
};

static GtkStringList *
names_of (GtkDropDown *dropdown)
{
  return GTK_STRING_LIST (gtk_drop_down_get_model (dropdown));
}

/* "All Categories", then every category (one no longer in use marked so: old orders keep it),
 * with @ids (gint64) in step; returns the position of @keep (0 when gone). */
static guint
fill_category_filter (PdDatabase    *db,
                      GtkStringList *names,
                      GArray        *ids,
                      gint64         keep,
                      GError       **error)
{
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint keep_pos = 0;

  g_array_set_size (ids, 0);
  g_ptr_array_add (labels, g_strdup (_("All Categories")));
  g_array_append_val (ids, (gint64) { 0 });

  if (db != NULL)
    categories = pd_repair_settings_list_categories (db, TRUE, error);
  for (guint i = 0; categories != NULL && i < categories->len; i++)
    {
      PdRepairCategory *category = g_ptr_array_index (categories, i);

      /* Old orders keep a deactivated category; it stays findable. */
      if (category->active)
        g_ptr_array_add (labels, g_strdup (category->name));
      else
        g_ptr_array_add (labels, g_strdup_printf (_("%s (not in use)"), category->name));
      g_array_append_val (ids, category->id);
      if (category->id == keep)
        keep_pos = ids->len - 1;
    }
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (names, 0, g_list_model_get_n_items (G_LIST_MODEL (names)),
                          (const char * const *) labels->pdata);
  return keep_pos;
}

/* "All Months", then @n months back from @now's, with @months (int year * 100 + month, 0 for
 * all) in step; returns the position of @keep. */
static guint
fill_month_filter (GtkStringList *names,
                   GArray        *months,
                   gint64         now,
                   int            n,
                   int            keep)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (now);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  int year = g_date_time_get_year (dt);
  int month = g_date_time_get_month (dt);
  guint keep_pos = 0;

  g_array_set_size (months, 0);
  g_ptr_array_add (labels, g_strdup (_("All Months")));
  g_array_append_val (months, (int) { 0 });
  for (int i = 0; i < n; i++)
    {
      int ym = year * 100 + month;

      /* TRANSLATORS: a month in the month filter, e.g. "2026-03" */
      g_ptr_array_add (labels, g_strdup_printf (_("%d-%02d"), year, month));
      g_array_append_val (months, ym);
      if (ym == keep)
        keep_pos = months->len - 1;
      if (--month == 0)
        {
          month = 12;
          year--;
        }
    }
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (names, 0, g_list_model_get_n_items (G_LIST_MODEL (names)),
                          (const char * const *) labels->pdata);
  return keep_pos;
}

static gint64
selected_category_id (PdRepairsFilters *self)
{
  guint pos = gtk_drop_down_get_selected (self->category);

  if (pos >= self->category_ids->len)
    return 0;
  return g_array_index (self->category_ids, gint64, pos);
}

static int
selected_month (PdRepairsFilters *self)
{
  guint pos = gtk_drop_down_get_selected (self->month);

  if (pos >= self->months->len)
    return 0;
  return g_array_index (self->months, int, pos);
}

PdRepairsFilters *
pd_repairs_filters_new (GtkDropDown *state,
                        GtkDropDown *category,
                        GtkDropDown *urgency,
                        GtkDropDown *month)
{
  PdRepairsFilters *self = g_new0 (PdRepairsFilters, 1);
  const char *states[] = { _("All Orders"), _("Not Finished"), _("Overdue"),
                           _("Awaiting Callback"), _("Finished"), _("Cancelled"), NULL };
  const char *urgencies[] = { _("Any Urgency"),
                              pd_repair_urgency_to_label (PD_REPAIR_URGENCY_URGENT),
                              pd_repair_urgency_to_label (PD_REPAIR_URGENCY_SMALL),
                              pd_repair_urgency_to_label (PD_REPAIR_URGENCY_GENERAL), NULL };

  self->state = state;
  self->category = category;
  self->urgency = urgency;
  self->month = month;
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->months = g_array_new (FALSE, FALSE, sizeof (int));
  gtk_string_list_splice (names_of (state), 0, 0, states);
  gtk_string_list_splice (names_of (urgency), 0, 0, urgencies);
  return self;
}

void
pd_repairs_filters_free (PdRepairsFilters *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->category_ids);
  g_array_unref (self->months);
  g_free (self);
}

gboolean
pd_repairs_filters_reload (PdRepairsFilters *self,
                           PdDatabase       *db,
                           gint64            now,
                           GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  guint pos;

  pos = fill_category_filter (db, names_of (self->category), self->category_ids,
                              selected_category_id (self), &local_error);
  gtk_drop_down_set_selected (self->category, pos);
  pos = fill_month_filter (names_of (self->month), self->months, now, N_MONTHS,
                           selected_month (self));
  gtk_drop_down_set_selected (self->month, pos);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

void
pd_repairs_filters_apply (PdRepairsFilters *self,
                          PdRepairQuery    *query)
{
  guint state = gtk_drop_down_get_selected (self->state);
  guint urgency = gtk_drop_down_get_selected (self->urgency);
  int month = selected_month (self);

  query->filter = state < G_N_ELEMENTS (state_filters) ? state_filters[state]
                                                       : PD_REPAIR_FILTER_ALL;
  query->category_id = selected_category_id (self);
  query->urgency = urgency > 0 && urgency <= PD_REPAIR_N_URGENCIES ? (int) urgency - 1 : -1;
  if (month > 0)
    pd_local_month_bounds (month / 100, month % 100, NULL, &query->reported_from,
                           &query->reported_to);
}

gboolean
pd_repairs_filters_get_active (PdRepairsFilters *self)
{
  return gtk_drop_down_get_selected (self->state) > 0
         || gtk_drop_down_get_selected (self->category) > 0
         || gtk_drop_down_get_selected (self->urgency) > 0
         || gtk_drop_down_get_selected (self->month) > 0;
}

void
pd_repairs_filters_clear (PdRepairsFilters *self)
{
  gtk_drop_down_set_selected (self->state, 0);
  gtk_drop_down_set_selected (self->category, 0);
  gtk_drop_down_set_selected (self->urgency, 0);
  gtk_drop_down_set_selected (self->month, 0);
}
