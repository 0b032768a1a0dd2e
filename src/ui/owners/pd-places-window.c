// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-owners"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-area.h"
#include "pd-dialogs.h"
#include "pd-place-store.h"
#include "pd-places-window.h"
#include "pd-ui-format.h"
#include "pd-unit-editor.h"
#include "pd-window.h"

struct _PdPlacesWindow
{
  AdwWindow           parent_instance;

  PdDatabase         *database;
  GListStore         *buildings;     /* PdBuilding */
  GListStore         *units;         /* PdUnit of the selected building */
  GtkSingleSelection *unit_selection;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  GtkListBox         *building_list;
  GtkStack           *unit_stack;
  GtkColumnView      *unit_view;
  GtkLabel           *unit_count_label;
};

G_DEFINE_FINAL_TYPE (PdPlacesWindow, pd_places_window, ADW_TYPE_WINDOW)

static PdBuilding *
selected_building (PdPlacesWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->building_list);

  if (row == NULL)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->buildings), gtk_list_box_row_get_index (row));
}

static PdUnit *
selected_unit (PdPlacesWindow *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->unit_selection);

  return item != NULL ? g_object_ref (PD_UNIT (item)) : NULL;
}

static void
pd_places_window_actions_update (PdPlacesWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  g_autoptr(PdBuilding) building = selected_building (self);
  g_autoptr(PdUnit) unit = selected_unit (self);

  gtk_widget_action_set_enabled (widget, "places.rename-building", building != NULL);
  gtk_widget_action_set_enabled (widget, "places.delete-building", building != NULL);
  gtk_widget_action_set_enabled (widget, "places.add-unit", building != NULL);
  gtk_widget_action_set_enabled (widget, "places.edit-unit", unit != NULL);
  gtk_widget_action_set_enabled (widget, "places.delete-unit", unit != NULL);
}

static void
tell_main_window (PdPlacesWindow *self)
{
  PdWindow *window = pd_window_from_widget (GTK_WIDGET (self));

  if (window != NULL)
    pd_window_notify_data_changed (window);
}

/* {{{ Loading */

static void
reload_units (PdPlacesWindow *self,
              gint64          select_unit_id)
{
  g_autoptr(PdBuilding) building = selected_building (self);
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  g_autofree char *text = NULL;
  guint select_pos = GTK_INVALID_LIST_POSITION;

  g_list_store_remove_all (self->units);
  if (building == NULL)
    {
      gtk_stack_set_visible_child_name (self->unit_stack, "no-building");
      gtk_label_set_text (self->unit_count_label, "");
      pd_places_window_actions_update (self);
      return;
    }

  units = pd_place_store_list_units (self->database, pd_building_get_id (building), &error);
  if (units == NULL)
    {
      pd_show_error (GTK_WIDGET (self), _("Could Not Read the Units"), error);
      return;
    }
  for (guint i = 0; i < units->len; i++)
    if (pd_unit_get_id (g_ptr_array_index (units, i)) == select_unit_id)
      select_pos = i;
  g_list_store_splice (self->units, 0, 0, units->pdata, units->len);
  gtk_single_selection_set_selected (self->unit_selection, select_pos);

  count = pd_format_count (units->len);
  text = g_strdup_printf (ngettext ("%s unit", "%s units", units->len), count);
  gtk_label_set_text (self->unit_count_label, text);
  gtk_stack_set_visible_child_name (self->unit_stack, units->len > 0 ? "units" : "no-units");
  pd_places_window_actions_update (self);
}

static GtkWidget *
create_building_row (gpointer item,
                     gpointer user_data)
{
  PdBuilding *building = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (pd_building_get_name (building));
  g_autofree char *count_text = NULL;
  GtkWidget *count;

  count_text = g_strdup_printf (ngettext ("%u unit", "%u units",
                                          pd_building_get_unit_count (building)),
                                pd_building_get_unit_count (building));
  count = gtk_label_new (count_text);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "building-count");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), count);
  return box;
}

static void
reload_buildings (PdPlacesWindow *self,
                  gint64          select_id)
{
  g_autoptr(GPtrArray) buildings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdBuilding) current = selected_building (self);
  int select_pos = -1;

  if (select_id == 0 && current != NULL)
    select_id = pd_building_get_id (current);

  buildings = pd_place_store_list_buildings (self->database, &error);
  if (buildings == NULL)
    {
      pd_show_error (GTK_WIDGET (self), _("Could Not Read the Buildings"), error);
      return;
    }
  for (guint i = 0; i < buildings->len; i++)
    if (pd_building_get_id (g_ptr_array_index (buildings, i)) == select_id)
      select_pos = (int) i;
  if (select_pos < 0 && buildings->len > 0)
    select_pos = 0;

  g_list_store_splice (self->buildings, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->buildings)),
                       buildings->pdata, buildings->len);
  gtk_list_box_select_row (self->building_list,
                           select_pos >= 0 ? gtk_list_box_get_row_at_index (self->building_list,
                                                                            select_pos)
                                           : NULL);
  reload_units (self, 0);
}

/* }}} */
/* {{{ Building actions */

typedef struct
{
  PdPlacesWindow *self;
  gint64          id;
  char           *name;
} Request;

static Request *
request_new (PdPlacesWindow *self,
             gint64          id,
             const char     *name)
{
  Request *request = g_new0 (Request, 1);

  request->self = g_object_ref (self);
  request->id = id;
  request->name = g_strdup (name);
  return request;
}

static void
request_free (gpointer data)
{
  Request *request = data;

  g_object_unref (request->self);
  g_free (request->name);
  g_free (request);
}

static gboolean
building_name_taken (PdPlacesWindow *self,
                     const char     *name,
                     gint64          except_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->buildings));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdBuilding) building = g_list_model_get_item (G_LIST_MODEL (self->buildings), i);

      if (pd_building_get_id (building) != except_id
          && g_strcmp0 (pd_building_get_name (building), name) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
show_name_taken (PdPlacesWindow *self,
                 const char     *name)
{
  g_autofree char *body = g_strdup_printf (_("There is already a building named “%s”. Choose "
                                             "another name."), name);

  pd_show_message (GTK_WIDGET (self), _("Name Already Used"), body);
}

static void
add_building_accepted (const char *name,
                       gpointer    data)
{
  Request *request = data;
  PdPlacesWindow *self = request->self;
  g_autoptr(GError) error = NULL;
  gint64 estate_id;
  gint64 id = 0;

  if (building_name_taken (self, name, 0))
    {
      show_name_taken (self, name);
      return;
    }

  estate_id = pd_place_store_default_estate (self->database, &error);
  if (estate_id > 0)
    id = pd_place_store_ensure_building (self->database, estate_id, name, &error);
  if (id <= 0)
    {
      pd_show_error (GTK_WIDGET (self), _("Could Not Add the Building"), error);
      return;
    }
  reload_buildings (self, id);
  tell_main_window (self);
}

static void
add_building_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PdPlacesWindow *self = PD_PLACES_WINDOW (widget);

  pd_ask_text (widget, _("Add Building"),
               _("The name as the office writes it, e.g. “3栋” or “A座”."),
               NULL, _("_Add"), add_building_accepted, request_new (self, 0, NULL),
               request_free);
}

static void
rename_building_accepted (const char *name,
                          gpointer    data)
{
  Request *request = data;
  PdPlacesWindow *self = request->self;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (name, request->name) == 0)
    return;
  if (building_name_taken (self, name, request->id))
    {
      show_name_taken (self, name);
      return;
    }
  if (!pd_place_store_rename_building (self->database, request->id, name, &error))
    {
      pd_show_error (GTK_WIDGET (self), _("Could Not Rename the Building"), error);
      return;
    }
  reload_buildings (self, request->id);
  tell_main_window (self);
}

static void
rename_building_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PdPlacesWindow *self = PD_PLACES_WINDOW (widget);
  g_autoptr(PdBuilding) building = selected_building (self);
  g_autofree char *heading = NULL;

  if (building == NULL)
    return;
  heading = g_strdup_printf (_("Rename “%s”"), pd_building_get_name (building));
  pd_ask_text (widget, heading, _("Occupant records follow the new name."),
               pd_building_get_name (building), _("_Rename"), rename_building_accepted,
               request_new (self, pd_building_get_id (building), pd_building_get_name (building)),
               request_free);
}

static void
delete_building_confirmed (gpointer data)
{
  Request *request = data;
  PdPlacesWindow *self = request->self;
  g_autoptr(GError) error = NULL;

  if (!pd_place_store_delete_building (self->database, request->id, &error))
    {
      pd_show_error (GTK_WIDGET (self), _("Could Not Delete the Building"), error);
      return;
    }
  reload_buildings (self, 0);
  tell_main_window (self);
}

static void
delete_building_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PdPlacesWindow *self = PD_PLACES_WINDOW (widget);
  g_autoptr(PdBuilding) building = selected_building (self);
  g_autofree char *heading = NULL;

  if (building == NULL)
    return;
  heading = g_strdup_printf (_("Delete Building “%s”?"), pd_building_get_name (building));
  pd_confirm_delete (widget, heading,
                     _("Only a building without units can be deleted. This cannot be undone."),
                     _("_Delete"), delete_building_confirmed,
                     request_new (self, pd_building_get_id (building),
                                  pd_building_get_name (building)),
                     request_free);
}

/* }}} */
/* {{{ Unit actions */

static void
unit_saved_cb (PdUnitEditor   *editor,
               gint64          unit_id,
               PdPlacesWindow *self)
{
  reload_buildings (self, 0);
  reload_units (self, unit_id);
  tell_main_window (self);
}

static void
open_unit_editor (PdPlacesWindow *self,
                  PdUnit         *unit)
{
  g_autoptr(PdBuilding) building = selected_building (self);
  PdUnitEditor *editor;

  if (building == NULL)
    return;
  editor = pd_unit_editor_new (self->database, pd_building_get_id (building), unit);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (unit_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_unit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_unit_editor (PD_PLACES_WINDOW (widget), NULL);
}

static void
edit_unit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PdPlacesWindow *self = PD_PLACES_WINDOW (widget);
  g_autoptr(PdUnit) unit = selected_unit (self);

  if (unit != NULL)
    open_unit_editor (self, unit);
}

static void
delete_unit_confirmed (gpointer data)
{
  Request *request = data;
  PdPlacesWindow *self = request->self;
  g_autoptr(GError) error = NULL;

  if (!pd_place_store_delete_unit (self->database, request->id, &error))
    {
      pd_show_error (GTK_WIDGET (self), _("Could Not Delete the Unit"), error);
      return;
    }
  reload_buildings (self, 0);
  tell_main_window (self);
}

static void
delete_unit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PdPlacesWindow *self = PD_PLACES_WINDOW (widget);
  g_autoptr(PdUnit) unit = selected_unit (self);
  g_autofree char *heading = NULL;

  if (unit == NULL)
    return;
  heading = g_strdup_printf (_("Delete Unit %s?"), pd_unit_get_number (unit));
  pd_confirm_delete (widget, heading,
                     _("Only a unit without occupant records can be deleted. This cannot be "
                       "undone."),
                     _("_Delete"), delete_unit_confirmed,
                     request_new (self, pd_unit_get_id (unit), pd_unit_get_number (unit)),
                     request_free);
}

/* }}} */
/* {{{ Cells */

static void
text_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               PdPlacesWindow           *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
numeric_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  PdPlacesWindow           *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
set_cell (GtkListItem *item,
          const char  *text)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

#define UNIT_OF(item) PD_UNIT (gtk_list_item_get_item (item))

static void
number_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                PdPlacesWindow           *self)
{
  set_cell (item, pd_unit_get_number (UNIT_OF (item)));
}

static void
floor_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               PdPlacesWindow           *self)
{
  g_autofree char *text = g_strdup_printf ("%d", pd_unit_get_floor (UNIT_OF (item)));

  set_cell (item, text);
}

static void
area_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PdPlacesWindow           *self)
{
  g_autofree char *text = pd_area_format (pd_unit_get_area (UNIT_OF (item)));

  set_cell (item, text);
}

static void
type_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PdPlacesWindow           *self)
{
  set_cell (item, pd_unit_type_to_label (pd_unit_get_unit_type (UNIT_OF (item))));
}

static void
occupants_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   PdPlacesWindow           *self)
{
  g_autofree char *text = g_strdup_printf ("%u", pd_unit_get_occupant_count (UNIT_OF (item)));

  set_cell (item, text);
}

#undef UNIT_OF

/* }}} */
/* {{{ Signal callbacks */

static void
building_selected_cb (PdPlacesWindow *self)
{
  reload_units (self, 0);
}

static void
unit_activate_cb (PdPlacesWindow *self,
                  guint           position)
{
  g_autoptr(PdUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->units), position);

  if (unit != NULL)
    open_unit_editor (self, unit);
}

static void
unit_selection_changed_cb (PdPlacesWindow *self)
{
  pd_places_window_actions_update (self);
}

/* }}} */
/* {{{ GObject */

static void
pd_places_window_dispose (GObject *object)
{
  PdPlacesWindow *self = PD_PLACES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_PLACES_WINDOW);
  g_clear_object (&self->unit_selection);
  g_clear_object (&self->units);
  g_clear_object (&self->buildings);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_places_window_parent_class)->dispose (object);
}

static void
pd_places_window_class_init (PdPlacesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_places_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-places-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PdPlacesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PdPlacesWindow, building_list);
  gtk_widget_class_bind_template_child (widget_class, PdPlacesWindow, unit_stack);
  gtk_widget_class_bind_template_child (widget_class, PdPlacesWindow, unit_view);
  gtk_widget_class_bind_template_child (widget_class, PdPlacesWindow, unit_count_label);
  gtk_widget_class_bind_template_callback (widget_class, building_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, numeric_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, number_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, floor_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, area_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, type_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, occupants_bind_cb);

  gtk_widget_class_install_action (widget_class, "places.add-building", NULL,
                                   add_building_action);
  gtk_widget_class_install_action (widget_class, "places.rename-building", NULL,
                                   rename_building_action);
  gtk_widget_class_install_action (widget_class, "places.delete-building", NULL,
                                   delete_building_action);
  gtk_widget_class_install_action (widget_class, "places.add-unit", NULL, add_unit_action);
  gtk_widget_class_install_action (widget_class, "places.edit-unit", NULL, edit_unit_action);
  gtk_widget_class_install_action (widget_class, "places.delete-unit", NULL,
                                   delete_unit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_places_window_init (PdPlacesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->buildings = g_list_store_new (PD_TYPE_BUILDING);
  self->units = g_list_store_new (PD_TYPE_UNIT);
  self->unit_selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->units)));
  gtk_single_selection_set_autoselect (self->unit_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->unit_selection, TRUE);
  g_signal_connect_object (self->unit_selection, "notify::selected-item",
                           G_CALLBACK (unit_selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->unit_view, GTK_SELECTION_MODEL (self->unit_selection));
  gtk_list_box_bind_model (self->building_list, G_LIST_MODEL (self->buildings),
                           create_building_row, NULL, NULL);

  gtk_stack_set_visible_child_name (self->unit_stack, "no-building");
  pd_places_window_actions_update (self);
}

/* }}} */
/* {{{ Public API */

PdPlacesWindow *
pd_places_window_new (PdDatabase *db)
{
  PdPlacesWindow *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) buildings = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  self = g_object_new (PD_TYPE_PLACES_WINDOW, NULL);
  self->database = g_object_ref (db);

  /* With one estate its name is the subtitle; creating the default estate here would write
   * to the database just by opening a window. */
  buildings = pd_place_store_list_buildings (db, &error);
  if (buildings != NULL && buildings->len > 0)
    adw_window_title_set_subtitle (self->window_title,
                                   pd_building_get_estate_name (g_ptr_array_index (buildings,
                                                                                   0)));
  reload_buildings (self, 0);
  return self;
}

void
pd_places_window_present (GtkWindow  *parent,
                          PdDatabase *db)
{
  PdPlacesWindow *self = pd_places_window_new (db);

  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
}

/* }}} */
