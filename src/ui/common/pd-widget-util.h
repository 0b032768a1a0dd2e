// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Small helpers over GTK widgets that the forms and tables of every tab use. */

/* Removes every class of @classes (NULL-terminated) from @widget, then adds @css (may be NULL):
 * for a pill or a clock whose colour follows a state. */
void   pd_widget_set_css_class (GtkWidget          *widget,
                                const char * const *classes,
                                const char         *css);
/* The trimmed text of a text view, NULL when blank. */
char  *pd_text_view_dup_text   (GtkTextView        *view);
/* @text NULL empties the view. */
void   pd_text_view_set_text   (GtkTextView        *view,
                                const char         *text);
/* The index of @label in a GtkStringList of a combo or drop-down, or -1. */
int    pd_string_list_find     (GListModel         *list,
                                const char         *label);

/* Brings row @position of @view into view, leaving the list where it is when the row is
 * already visible (GTK 4.8 would move it to the top, hiding the rows above it). Before the
 * view is on screen the scroll waits until it is. */
void   pd_column_view_scroll_to (GtkColumnView     *view,
                                 guint              position);

G_END_DECLS
