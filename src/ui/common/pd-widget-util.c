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
