// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef void (*PdConfirmFunc) (gpointer user_data);
typedef void (*PdTextFunc)    (const char *text,
                               gpointer    user_data);

/* The window @widget is in, for dialogs' transient-for; NULL when it is not shown. */
GtkWindow *pd_widget_get_window (GtkWidget     *widget);

/* A dialog with @heading and the error's message, which says what went wrong. */
void       pd_show_error        (GtkWidget     *parent,
                                 const char    *heading,
                                 const GError  *error);
void       pd_show_message      (GtkWidget     *parent,
                                 const char    *heading,
                                 const char    *body);

/* Asks before deleting: Cancel is the default, the delete button is destructive. @on_confirm
 * runs only when the user confirms; @destroy frees @user_data either way. */
void       pd_confirm_delete    (GtkWidget     *parent,
                                 const char    *heading,
                                 const char    *body,
                                 const char    *delete_label,
                                 PdConfirmFunc  on_confirm,
                                 gpointer       user_data,
                                 GDestroyNotify destroy);

/* Asks for one line of text (e.g. a building name). @on_accept gets the trimmed text, never
 * empty: the accept button is insensitive while the entry is blank. */
void       pd_ask_text          (GtkWidget     *parent,
                                 const char    *heading,
                                 const char    *body,
                                 const char    *initial,
                                 const char    *accept_label,
                                 PdTextFunc     on_accept,
                                 gpointer       user_data,
                                 GDestroyNotify destroy);

G_END_DECLS
