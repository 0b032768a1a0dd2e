// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-ui"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-ui-format.h"

typedef struct
{
  PdConfirmFunc  on_confirm;
  PdTextFunc     on_accept;
  gpointer       user_data;
  GDestroyNotify destroy;
  GtkEditable   *entry;
} DialogClosure;

static void
dialog_closure_free (gpointer data)
{
  DialogClosure *closure = data;

  if (closure->destroy != NULL)
    closure->destroy (closure->user_data);
  g_free (closure);
}

static AdwMessageDialog *
new_dialog (GtkWidget  *parent,
            const char *heading,
            const char *body)
{
  GtkWindow *window = parent != NULL ? pd_widget_get_window (parent) : NULL;

  return ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading, body));
}

GtkWindow *
pd_widget_get_window (GtkWidget *widget)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  if (GTK_IS_WINDOW (widget))
    return GTK_WINDOW (widget);
  root = gtk_widget_get_root (widget);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
pd_show_error (GtkWidget    *parent,
               const char   *heading,
               const GError *error)
{
  g_return_if_fail (heading != NULL);
  g_return_if_fail (error != NULL);

  pd_show_message (parent, heading, error->message);
}

void
pd_show_message (GtkWidget  *parent,
                 const char *heading,
                 const char *body)
{
  AdwMessageDialog *dialog = new_dialog (parent, heading, body);

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     DialogClosure    *closure)
{
  if (g_strcmp0 (response, "delete") == 0 && closure->on_confirm != NULL)
    closure->on_confirm (closure->user_data);
}

void
pd_confirm_delete (GtkWidget     *parent,
                   const char    *heading,
                   const char    *body,
                   const char    *delete_label,
                   PdConfirmFunc  on_confirm,
                   gpointer       user_data,
                   GDestroyNotify destroy)
{
  AdwMessageDialog *dialog = new_dialog (parent, heading, body);
  DialogClosure *closure = g_new0 (DialogClosure, 1);

  closure->on_confirm = on_confirm;
  closure->user_data = user_data;
  closure->destroy = destroy;

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", delete_label ? delete_label : _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "pd-closure", closure, dialog_closure_free);
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), closure);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ask_text_changed_cb (GtkEditable      *entry,
                     AdwMessageDialog *dialog)
{
  g_autofree char *text = pd_strdup_trimmed (gtk_editable_get_text (entry));

  adw_message_dialog_set_response_enabled (dialog, "accept", text != NULL);
}

static void
ask_text_activate_cb (GtkEntry         *entry,
                      AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "accept"))
    adw_message_dialog_response (dialog, "accept");
}

static void
ask_text_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      DialogClosure    *closure)
{
  g_autofree char *text = NULL;

  if (g_strcmp0 (response, "accept") != 0 || closure->on_accept == NULL)
    return;
  text = pd_strdup_trimmed (gtk_editable_get_text (closure->entry));
  if (text != NULL)
    closure->on_accept (text, closure->user_data);
}

void
pd_ask_text (GtkWidget     *parent,
             const char    *heading,
             const char    *body,
             const char    *initial,
             const char    *accept_label,
             PdTextFunc     on_accept,
             gpointer       user_data,
             GDestroyNotify destroy)
{
  AdwMessageDialog *dialog = new_dialog (parent, heading, body);
  DialogClosure *closure = g_new0 (DialogClosure, 1);
  GtkWidget *entry = gtk_entry_new ();

  closure->on_accept = on_accept;
  closure->user_data = user_data;
  closure->destroy = destroy;
  closure->entry = GTK_EDITABLE (entry);

  gtk_editable_set_text (GTK_EDITABLE (entry), initial ? initial : "");
  gtk_entry_set_max_length (GTK_ENTRY (entry), 50);
  adw_message_dialog_set_extra_child (dialog, entry);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "accept", accept_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "accept");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "pd-closure", closure, dialog_closure_free);
  g_signal_connect (entry, "changed", G_CALLBACK (ask_text_changed_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (ask_text_activate_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (ask_text_response_cb), closure);
  ask_text_changed_cb (GTK_EDITABLE (entry), dialog);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}
