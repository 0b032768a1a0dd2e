// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-ui"
#include "config.h"

#include "pd-ui-format.h"
#include "pd-widget-util.h"

void
pd_widget_set_css_class (GtkWidget          *widget,
                         const char * const *classes,
                         const char         *css)
{
  for (guint i = 0; classes[i] != NULL; i++)
    if (g_strcmp0 (classes[i], css) != 0)
      gtk_widget_remove_css_class (widget, classes[i]);
  if (css != NULL)
    gtk_widget_add_css_class (widget, css);
}

char *
pd_text_view_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return pd_strdup_trimmed (text);
}

void
pd_text_view_set_text (GtkTextView *view,
                       const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

int
pd_string_list_find (GListModel *list,
                     const char *label)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (GTK_IS_STRING_OBJECT (item)
          && g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), label) == 0)
        return (int) i;
    }
  return -1;
}

/* Rows all have the same height, so the adjustment tells where a row is without asking the
 * list view (whose rows may not be laid out yet right after a query). */
static gboolean
position_in_view (GtkColumnView *view,
                  guint          position)
{
  GtkAdjustment *adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  double row, top, bottom;

  if (adj == NULL || n == 0 || gtk_adjustment_get_upper (adj) <= 0)
    return FALSE;
  row = gtk_adjustment_get_upper (adj) / n;
  top = row * position;
  bottom = top + row;
  return top >= gtk_adjustment_get_value (adj) - 0.5
         && bottom <= gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj) + 0.5;
}

static void
scroll_now (GtkColumnView *view,
            guint          position)
{
  if (position_in_view (view, position))
    return;
  /* A GTK 4.8 column view cannot scroll by itself; the list view inside it has an action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
        return;
      }
}

#define PENDING_KEY "pd-pending-scroll"

static gboolean
pending_scroll_cb (gpointer data)
{
  GtkColumnView *view = data;
  gpointer pending = g_object_steal_data (G_OBJECT (view), PENDING_KEY);

  if (pending != NULL && gtk_widget_get_mapped (GTK_WIDGET (view)))
    scroll_now (view, GPOINTER_TO_UINT (pending) - 1);
  return G_SOURCE_REMOVE;
}

static void
map_cb (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (widget, map_cb, NULL);
  /* After the first allocation, so the rows have their height. */
  g_idle_add_full (G_PRIORITY_LOW, pending_scroll_cb, g_object_ref (widget), g_object_unref);
}

void
pd_column_view_scroll_to (GtkColumnView *view,
                          guint          position)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  if (gtk_widget_get_mapped (GTK_WIDGET (view)))
    {
      g_object_set_data (G_OBJECT (view), PENDING_KEY, NULL);
      scroll_now (view, position);
      return;
    }
  /* Scrolling a list that has no size yet leaves GTK 4.8 drawing a single row: remember the
   * row and scroll to it once the view is on screen. */
  if (g_object_get_data (G_OBJECT (view), PENDING_KEY) == NULL)
    g_signal_connect (view, "map", G_CALLBACK (map_cb), NULL);
  g_object_set_data (G_OBJECT (view), PENDING_KEY, GUINT_TO_POINTER (position + 1));
}
