// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-owners"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-occupant-editor.h"
#include "pd-occupant-store.h"
#include "pd-owners-page-private.h"
#include "pd-window.h"

/* What the clerk does to the occupant selected in the owners tab: edit, delete, move in and
 * move out ("owners.*" actions, also on the detail pane's buttons). */

/* The move-in and move-out dialogs are written separately; until they are in the tree the
 * buttons stay disabled. */
#if __has_include ("pd-move-dialogs.h")
# include "pd-move-dialogs.h"
# define PD_HAVE_MOVE_DIALOGS 1
#else
# define PD_HAVE_MOVE_DIALOGS 0
#endif

PdOccupant *
_pd_owners_page_dup_selected (PdOwnersPage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);

  return item != NULL ? g_object_ref (PD_OCCUPANT (item)) : NULL;
}

void
_pd_owners_page_actions_update (PdOwnersPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(PdOccupant) occupant = _pd_owners_page_dup_selected (self);
  gboolean have = self->database != NULL && occupant != NULL;
  PdStatus status = have ? pd_occupant_get_status (occupant) : PD_STATUS_PENDING;
  gboolean filtered = self->search_text != NULL
                      || gtk_drop_down_get_selected (self->building_dropdown) > 0
                      || gtk_drop_down_get_selected (self->role_dropdown) > 0
                      || gtk_drop_down_get_selected (self->status_dropdown) > 0;

  gtk_widget_action_set_enabled (widget, "owners.edit", have);
  gtk_widget_action_set_enabled (widget, "owners.delete", have);
  /* Move-in registers an occupant who is expected; move-out starts from one who lives here. */
  gtk_widget_action_set_enabled (widget, "owners.move-in",
                                 PD_HAVE_MOVE_DIALOGS && have && status == PD_STATUS_PENDING);
  gtk_widget_action_set_enabled (widget, "owners.move-out",
                                 PD_HAVE_MOVE_DIALOGS && have && status == PD_STATUS_ACTIVE);
  gtk_widget_action_set_enabled (widget, "owners.clear-filters", filtered);
}

static void
editor_saved_cb (PdOccupantEditor *editor,
                 gint64            occupant_id,
                 PdOwnersPage     *self)
{
  PdWindow *window = pd_window_from_widget (GTK_WIDGET (self));

  self->selected_id = occupant_id;
  if (window != NULL)
    {
      pd_window_notify_data_changed (window);
      pd_window_show_toast (window, _("Occupant saved"));
    }
  else
    pd_owners_page_reload (self);
}

void
_pd_owners_page_open_editor (PdOwnersPage *self,
                             PdOccupant   *occupant)
{
  PdOccupantEditor *editor;

  if (self->database == NULL)
    return;

  editor = pd_occupant_editor_new (self->database, occupant);
  if (occupant == NULL)
    pd_occupant_editor_set_building (editor, _pd_owners_page_selected_building_id (self));
  gtk_window_set_transient_for (GTK_WINDOW (editor), pd_widget_get_window (GTK_WIDGET (self)));
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

typedef struct
{
  PdOwnersPage *self;
  gint64        id;
  char         *name;
} DeleteRequest;

static void
delete_request_free (gpointer data)
{
  DeleteRequest *request = data;

  g_object_unref (request->self);
  g_free (request->name);
  g_free (request);
}

static void
delete_confirmed (gpointer data)
{
  DeleteRequest *request = data;
  PdOwnersPage *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PdWindow *window;

  if (self->database == NULL)
    return;
  if (!pd_occupant_store_delete (self->database, request->id, &error))
    {
      pd_show_error (GTK_WIDGET (self), _("Could Not Delete the Occupant"), error);
      return;
    }

  text = g_strdup_printf (_("Deleted the record of %s"), request->name);
  window = pd_window_from_widget (GTK_WIDGET (self));
  if (window != NULL)
    {
      pd_window_notify_data_changed (window);
      pd_window_show_toast (window, text);
    }
  else
    pd_owners_page_reload (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdOwnersPage *self = PD_OWNERS_PAGE (widget);
  g_autoptr(PdOccupant) occupant = _pd_owners_page_dup_selected (self);
  g_autofree char *unit = NULL;
  g_autofree char *body = NULL;
  DeleteRequest *request;

  if (occupant == NULL)
    return;

  unit = pd_occupant_dup_unit_label (occupant);
  body = g_strdup_printf (_("The record of %s (%s, %s) will be deleted for good, with its "
                            "archive entries. This cannot be undone. To keep the history of "
                            "someone who left, use Move Out instead."),
                          pd_occupant_get_name (occupant), unit,
                          pd_role_to_label (pd_occupant_get_role (occupant)));

  request = g_new0 (DeleteRequest, 1);
  request->self = g_object_ref (self);
  request->id = pd_occupant_get_id (occupant);
  request->name = g_strdup (pd_occupant_get_name (occupant));

  pd_confirm_delete (widget, _("Delete Occupant Record?"), body, _("_Delete"),
                     delete_confirmed, request, delete_request_free);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdOwnersPage *self = PD_OWNERS_PAGE (widget);
  g_autoptr(PdOccupant) occupant = _pd_owners_page_dup_selected (self);

  if (occupant != NULL)
    _pd_owners_page_open_editor (self, occupant);
}

static void
move_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
#if PD_HAVE_MOVE_DIALOGS
  PdOwnersPage *self = PD_OWNERS_PAGE (widget);

  if (self->selected_id > 0)
    pd_move_in_dialog_present (pd_widget_get_window (widget), self->database, self->selected_id);
#endif
}

static void
move_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
#if PD_HAVE_MOVE_DIALOGS
  PdOwnersPage *self = PD_OWNERS_PAGE (widget);

  if (self->selected_id > 0)
    pd_move_out_dialog_present (pd_widget_get_window (widget), self->database, self->selected_id);
#endif
}

void
_pd_owners_page_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "owners.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "owners.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "owners.move-in", NULL, move_in_action);
  gtk_widget_class_install_action (widget_class, "owners.move-out", NULL, move_out_action);
}
