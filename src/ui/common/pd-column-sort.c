// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-ui"
#include "config.h"

#include "pd-column-sort.h"

/* Shared by the handle and every column's sorter (reference counted), so that a sorter that
 * outlives the handle never reads freed memory. */
typedef struct
{
  GtkColumnView    *view;          /* weak */
  gulong            changed_id;
  PdColumnSortFunc  func;          /* NULL once freed */
  gpointer          user_data;
  int               default_sort_id;
  GObject          *first;
  GObject          *second;
  gboolean          hit;
  int               hit_sort_id;
  gboolean          quiet;
} State;

struct _PdColumnSort
{
  State *state;
};

typedef struct
{
  State *state;
  int    sort_id;
} Probe;

static void
state_clear (gpointer data)
{
  State *state = data;

  g_clear_object (&state->first);
  g_clear_object (&state->second);
}

static void
probe_free (gpointer data)
{
  Probe *probe = data;

  g_rc_box_release_full (probe->state, state_clear);
  g_free (probe);
}

/* Only the two probe objects ever reach a column's sorter: the view's sorter is attached to
 * no model. The first column asked is the primary one (it never answers "equal"). Its answer
 * for (first, second) is reversed when the column sorts descending, whether GTK inverts by
 * swapping the arguments or by negating the result. */
static GtkOrdering
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  Probe *probe = data;

  if (!probe->state->hit)
    {
      probe->state->hit = TRUE;
      probe->state->hit_sort_id = probe->sort_id;
    }
  return a == (gconstpointer) probe->state->first ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

static void
view_sorter_changed_cb (GtkSorter *view_sorter,
                        int        change,
                        State     *state)
{
  GtkOrdering order;
  gboolean hit;

  state->hit = FALSE;
  order = gtk_sorter_compare (view_sorter, state->first, state->second);
  hit = state->hit;
  state->hit = FALSE;

  /* No column sorts (the user cannot get there by clicking, but code can): default order. */
  if (state->func != NULL && !state->quiet)
    state->func (hit ? state->hit_sort_id : state->default_sort_id,
                 hit && order == GTK_ORDERING_LARGER, state->user_data);
}

PdColumnSort *
pd_column_sort_new (GtkColumnView    *view,
                    int               default_sort_id,
                    PdColumnSortFunc  func,
                    gpointer          user_data)
{
  PdColumnSort *self;
  State *state;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  state = g_rc_box_new0 (State);
  state->view = view;
  state->func = func;
  state->user_data = user_data;
  state->default_sort_id = default_sort_id;
  state->first = g_object_new (G_TYPE_OBJECT, NULL);
  state->second = g_object_new (G_TYPE_OBJECT, NULL);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &state->view);
  state->changed_id = g_signal_connect (gtk_column_view_get_sorter (view), "changed",
                                        G_CALLBACK (view_sorter_changed_cb), state);

  self = g_new0 (PdColumnSort, 1);
  self->state = state;
  return self;
}

void
pd_column_sort_add (PdColumnSort        *self,
                    GtkColumnViewColumn *column,
                    int                  sort_id)
{
  g_autoptr(GtkCustomSorter) sorter = NULL;
  Probe *probe;

  g_return_if_fail (self != NULL);
  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));

  probe = g_new0 (Probe, 1);
  probe->state = g_rc_box_acquire (self->state);
  probe->sort_id = sort_id;
  sorter = gtk_custom_sorter_new (probe_compare, probe, probe_free);
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

void
pd_column_sort_show (PdColumnSort        *self,
                     GtkColumnViewColumn *column,
                     gboolean             descending)
{
  g_return_if_fail (self != NULL);

  if (self->state->view == NULL)
    return;
  self->state->quiet = TRUE;
  gtk_column_view_sort_by_column (self->state->view, column,
                                  descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  self->state->quiet = FALSE;
}

void
pd_column_sort_free (PdColumnSort *self)
{
  State *state;

  if (self == NULL)
    return;

  state = self->state;
  if (state->view != NULL)
    {
      g_signal_handler_disconnect (gtk_column_view_get_sorter (state->view), state->changed_id);
      g_object_remove_weak_pointer (G_OBJECT (state->view), (gpointer *) &state->view);
    }
  state->func = NULL;
  g_rc_box_release_full (state, state_clear);
  g_free (self);
}
