// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-owners"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-column-sort.h"
#include "pd-occupant-detail.h"
#include "pd-occupant-list.h"
#include "pd-owners-cells.h"
#include "pd-owners-page-private.h"
#include "pd-widget-util.h"
#include "pd-place-store.h"
#include "pd-ui-format.h"
#include "pd-window.h"

G_DEFINE_FINAL_TYPE (PdOwnersPage, pd_owners_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_HAS_OCCUPANTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void pd_owners_page_run_query (PdOwnersPage *self);

static void
show_error_toast (PdOwnersPage *self,
                  const GError *error)
{
  PdWindow *window = pd_window_from_widget (GTK_WIDGET (self));

  if (window != NULL)
    pd_window_show_toast (window, error->message);
  else
    g_message ("%s", error->message);
}

/* {{{ Filters */

static void
fill_fixed_filters (PdOwnersPage *self)
{
  const char *roles[] = { _("Owners and Tenants"), pd_role_to_label (PD_ROLE_OWNER),
                          pd_role_to_label (PD_ROLE_TENANT), NULL };
  const char *statuses[] = { _("Any Status"), pd_status_to_label (PD_STATUS_PENDING),
                             pd_status_to_label (PD_STATUS_ACTIVE),
                             pd_status_to_label (PD_STATUS_MOVED_OUT), NULL };

  self->filling_filters = TRUE;
  gtk_string_list_splice (self->role_names, 0, 0, roles);
  gtk_string_list_splice (self->status_names, 0, 0, statuses);
  self->filling_filters = FALSE;
}

gint64
_pd_owners_page_selected_building_id (PdOwnersPage *self)
{
  guint pos = gtk_drop_down_get_selected (self->building_dropdown);

  if (self->building_ids == NULL || pos >= self->building_ids->len)
    return 0;
  return g_array_index (self->building_ids, gint64, pos);
}

static void
reload_buildings (PdOwnersPage *self)
{
  g_autoptr(GPtrArray) buildings = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  gint64 keep = _pd_owners_page_selected_building_id (self);
  guint keep_pos = 0;
  gboolean several_estates = FALSE;

  g_array_set_size (self->building_ids, 0);
  g_ptr_array_add (names, g_strdup (_("All Buildings")));
  g_array_append_val (self->building_ids, (gint64) { 0 });

  if (self->database != NULL)
    buildings = pd_place_store_list_buildings (self->database, &error);
  if (error != NULL)
    show_error_toast (self, error);

  for (guint i = 0; buildings != NULL && i < buildings->len; i++)
    if (pd_building_get_estate_id (g_ptr_array_index (buildings, i))
        != pd_building_get_estate_id (g_ptr_array_index (buildings, 0)))
      several_estates = TRUE;

  for (guint i = 0; buildings != NULL && i < buildings->len; i++)
    {
      PdBuilding *building = g_ptr_array_index (buildings, i);
      gint64 id = pd_building_get_id (building);

      /* With more than one estate, "1栋" alone is ambiguous. */
      if (several_estates)
        g_ptr_array_add (names, g_strdup_printf ("%s · %s", pd_building_get_estate_name (building),
                                                 pd_building_get_name (building)));
      else
        g_ptr_array_add (names, g_strdup (pd_building_get_name (building)));
      g_array_append_val (self->building_ids, id);
      if (id == keep)
        keep_pos = self->building_ids->len - 1;
    }
  g_ptr_array_add (names, NULL);

  self->filling_filters = TRUE;
  gtk_string_list_splice (self->building_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->building_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->building_dropdown, keep_pos);
  self->filling_filters = FALSE;
}

static int
selected_role (PdOwnersPage *self)
{
  switch (gtk_drop_down_get_selected (self->role_dropdown))
    {
    case 1: return PD_ROLE_OWNER;
    case 2: return PD_ROLE_TENANT;
    default: return -1;
    }
}

static int
selected_status (PdOwnersPage *self)
{
  switch (gtk_drop_down_get_selected (self->status_dropdown))
    {
    case 1: return PD_STATUS_PENDING;
    case 2: return PD_STATUS_ACTIVE;
    case 3: return PD_STATUS_MOVED_OUT;
    default: return -1;
    }
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PdOwnersPage *self = PD_OWNERS_PAGE (widget);

  self->filling_filters = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->building_dropdown, 0);
  gtk_drop_down_set_selected (self->role_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  self->filling_filters = FALSE;
  g_clear_pointer (&self->search_text, g_free);
  pd_owners_page_run_query (self);
}

/* }}} */
/* {{{ Query */

static void
set_has_occupants (PdOwnersPage *self,
                   gboolean      has_occupants)
{
  if (self->has_occupants == has_occupants)
    return;
  self->has_occupants = has_occupants;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_OCCUPANTS]);
}

static void
update_count_and_state (PdOwnersPage *self)
{
  guint n = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_autofree char *count = pd_format_count (n);
  g_autofree char *text = g_strdup_printf (ngettext ("%s occupant", "%s occupants", n), count);
  gboolean any = n > 0;

  if (!any && self->database != NULL)
    {
      g_autoptr(GError) error = NULL;
      gint64 total = pd_occupant_store_count (self->database, &error);

      if (error != NULL)
        show_error_toast (self, error);
      any = total > 0;
    }

  set_has_occupants (self, any);
  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), any);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else if (any)
    gtk_stack_set_visible_child_name (self->content_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

static void
select_id (PdOwnersPage *self,
           gint64        id)
{
  int pos = id > 0 && self->list != NULL ? pd_occupant_list_find (self->list, id) : -1;

  self->selected_id = pos >= 0 ? id : 0;
  self->requerying = TRUE;
  gtk_single_selection_set_selected (self->selection,
                                     pos >= 0 ? (guint) pos : GTK_INVALID_LIST_POSITION);
  self->requerying = FALSE;
  if (pos >= 0)
    pd_column_view_scroll_to (self->column_view, (guint) pos);
  pd_occupant_detail_show (self->detail, self->selected_id);
  _pd_owners_page_actions_update (self);
}

static void
pd_owners_page_run_query (PdOwnersPage *self)
{
  g_autoptr(GError) error = NULL;
  PdOccupantQuery query;
  gint64 keep = self->selected_id;

  if (self->list == NULL)
    return;

  pd_occupant_query_init (&query);
  query.text = self->search_text;
  query.building_id = _pd_owners_page_selected_building_id (self);
  query.role = selected_role (self);
  query.status = selected_status (self);
  query.sort = self->sort;
  query.descending = self->descending;

  /* items-changed drops the selection; it is put back by id below. */
  self->requerying = TRUE;
  if (!pd_occupant_list_set_query (self->list, &query, &error))
    show_error_toast (self, error);
  self->requerying = FALSE;

  select_id (self, keep);
  update_count_and_state (self);
  self->query_serial++;
}

/* }}} */
/* {{{ Sorting in SQL */

static void
sort_changed (int      sort_id,
              gboolean descending,
              gpointer user_data)
{
  PdOwnersPage *self = user_data;

  self->sort = sort_id;
  self->descending = descending;
  pd_owners_page_run_query (self);
}

static void
setup_sorting (PdOwnersPage *self)
{
  struct { GtkColumnViewColumn *column; PdOccupantSort sort; } columns[] = {
    { self->building_column, PD_OCCUPANT_SORT_UNIT },
    { self->unit_column, PD_OCCUPANT_SORT_UNIT },
    { self->area_column, PD_OCCUPANT_SORT_AREA },
    { self->name_column, PD_OCCUPANT_SORT_NAME },
    { self->role_column, PD_OCCUPANT_SORT_ROLE },
    { self->phone_column, PD_OCCUPANT_SORT_PHONE },
    { self->move_in_column, PD_OCCUPANT_SORT_MOVE_IN },
    { self->status_column, PD_OCCUPANT_SORT_STATUS },
  };

  self->column_sort = pd_column_sort_new (self->column_view, PD_OCCUPANT_SORT_UNIT, sort_changed,
                                          self);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    pd_column_sort_add (self->column_sort, columns[i].column, columns[i].sort);

  self->sort = PD_OCCUPANT_SORT_UNIT;
  self->descending = FALSE;
  pd_column_sort_show (self->column_sort, self->unit_column, FALSE);
}

/* }}} */
/* {{{ Signal callbacks */

static void
search_changed_cb (PdOwnersPage *self)
{
  GtkEditable *entry = GTK_EDITABLE (self->search_entry);
  g_autofree char *text = pd_strdup_trimmed (gtk_editable_get_text (entry));

  if (self->filling_filters || g_strcmp0 (text, self->search_text) == 0)
    return;
  g_free (self->search_text);
  self->search_text = g_steal_pointer (&text);
  pd_owners_page_run_query (self);
}

static void
stop_search_cb (PdOwnersPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
filter_changed_cb (PdOwnersPage *self)
{
  if (!self->filling_filters)
    pd_owners_page_run_query (self);
}

static void
selection_changed_cb (PdOwnersPage *self)
{
  g_autoptr(PdOccupant) occupant = NULL;

  if (self->requerying)
    return;
  occupant = _pd_owners_page_dup_selected (self);
  self->selected_id = occupant != NULL ? pd_occupant_get_id (occupant) : 0;
  pd_occupant_detail_show (self->detail, self->selected_id);
  _pd_owners_page_actions_update (self);
}

static void
column_view_activate_cb (PdOwnersPage *self,
                         guint         position)
{
  g_autoptr(PdOccupant) occupant = NULL;

  if (self->list == NULL)
    return;
  occupant = g_list_model_get_item (G_LIST_MODEL (self->list), position);
  if (occupant != NULL)
    _pd_owners_page_open_editor (self, occupant);
}

/* }}} */
/* {{{ GObject */

static void
pd_owners_page_dispose (GObject *object)
{
  PdOwnersPage *self = PD_OWNERS_PAGE (object);

  g_clear_pointer (&self->column_sort, pd_column_sort_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_OWNERS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_owners_page_parent_class)->dispose (object);
}

static void
pd_owners_page_finalize (GObject *object)
{
  PdOwnersPage *self = PD_OWNERS_PAGE (object);

  g_clear_pointer (&self->building_ids, g_array_unref);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (pd_owners_page_parent_class)->finalize (object);
}

static void
pd_owners_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PdOwnersPage *self = PD_OWNERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_HAS_OCCUPANTS:
      g_value_set_boolean (value, self->has_occupants);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_owners_page_class_init (PdOwnersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_owners_page_dispose;
  object_class->finalize = pd_owners_page_finalize;
  object_class->get_property = pd_owners_page_get_property;

  properties[PROP_HAS_OCCUPANTS] =
    g_param_spec_boolean ("has-occupants", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PD_TYPE_OCCUPANT_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-owners-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, building_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, building_names);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, role_names);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, status_names);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, building_column);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, unit_column);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, area_column);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, role_column);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, phone_column);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, move_in_column);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, PdOwnersPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  _pd_owners_cells_bind_template_callbacks (widget_class);

  _pd_owners_page_class_add_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "owners.clear-filters", NULL,
                                   clear_filters_action);
}

static void
pd_owners_page_init (PdOwnersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->building_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  fill_fixed_filters (self);
  reload_buildings (self);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  setup_sorting (self);
  update_count_and_state (self);
  _pd_owners_page_actions_update (self);
}

/* }}} */
/* {{{ Public API */

void
pd_owners_page_set_database (PdOwnersPage *self,
                             PdDatabase   *db)
{
  g_return_if_fail (PD_IS_OWNERS_PAGE (self));
  g_return_if_fail (db == NULL || PD_IS_DATABASE (db));

  if (!g_set_object (&self->database, db))
    return;

  g_clear_object (&self->list);
  if (db != NULL)
    self->list = pd_occupant_list_new (db);
  self->selected_id = 0;
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));
  pd_occupant_detail_set_database (self->detail, db);
  pd_owners_page_reload (self);
}

void
pd_owners_page_reload (PdOwnersPage *self)
{
  g_return_if_fail (PD_IS_OWNERS_PAGE (self));

  reload_buildings (self);
  /* Also re-reads the detail pane when the selection stays on the same occupant. */
  pd_owners_page_run_query (self);
  if (self->list == NULL)
    update_count_and_state (self);
}

void
pd_owners_page_focus_search (PdOwnersPage *self)
{
  g_return_if_fail (PD_IS_OWNERS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
pd_owners_page_new_occupant (PdOwnersPage *self)
{
  g_return_if_fail (PD_IS_OWNERS_PAGE (self));

  _pd_owners_page_open_editor (self, NULL);
}

gboolean
pd_owners_page_get_has_occupants (PdOwnersPage *self)
{
  g_return_val_if_fail (PD_IS_OWNERS_PAGE (self), FALSE);

  return self->has_occupants;
}

gboolean
pd_owners_page_select_occupant (PdOwnersPage *self,
                                gint64        occupant_id)
{
  g_return_val_if_fail (PD_IS_OWNERS_PAGE (self), FALSE);

  select_id (self, occupant_id);
  return self->selected_id == occupant_id;
}

GtkEditable *
_pd_owners_page_get_search_entry (PdOwnersPage *self)
{
  return GTK_EDITABLE (self->search_entry);
}

GtkDropDown *
_pd_owners_page_get_building_dropdown (PdOwnersPage *self)
{
  return self->building_dropdown;
}

GtkDropDown *
_pd_owners_page_get_role_dropdown (PdOwnersPage *self)
{
  return self->role_dropdown;
}

GtkDropDown *
_pd_owners_page_get_status_dropdown (PdOwnersPage *self)
{
  return self->status_dropdown;
}

GtkLabel *
_pd_owners_page_get_count_label (PdOwnersPage *self)
{
  return self->count_label;
}

GListModel *
_pd_owners_page_get_rows (PdOwnersPage *self)
{
  return G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
}

guint
_pd_owners_page_get_query_serial (PdOwnersPage *self)
{
  return self->query_serial;
}

GtkColumnView *
_pd_owners_page_get_column_view (PdOwnersPage *self)
{
  return self->column_view;
}

GtkWidget *
_pd_owners_page_get_detail (PdOwnersPage *self)
{
  return GTK_WIDGET (self->detail);
}

/* }}} */
