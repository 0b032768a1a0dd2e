// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-column-sort.h"
#include "pd-dialogs.h"
#include "pd-repair-detail.h"
#include "pd-repair-intake-dialog.h"
#include "pd-repair-list.h"
#include "pd-repair-settings.h"
#include "pd-repairs-cells.h"
#include "pd-repairs-filters.h"
#include "pd-repairs-page-private.h"
#include "pd-ui-format.h"
#include "pd-widget-util.h"
#include "pd-window.h"

/* Every this many ticks of the one-second clock the database is asked whether the set of
 * overdue orders changed (the order of the list depends on it, and the tab badge shows it). */
#define CHECK_EVERY_TICKS 30

struct _PdRepairsPage
{
  AdwBin               parent_instance;

  PdDatabase          *database;
  PdRepairList        *list;
  GtkSingleSelection  *selection;
  PdRepairsCells      *cells;
  PdColumnSort        *column_sort;
  PdRepairsFilters    *filters;
  PdRepairTimes        times;
  char                *search_text;
  PdRepairSort         sort;
  gboolean             reverse;
  gint64               selected_id;
  gint64               overdue_count;
  guint                query_serial;
  guint                tick_id;
  guint                ticks;
  gboolean             filling_filters;
  gboolean             requerying;

  PdRepairsNowFunc     now_func;
  gpointer             now_data;
  GDestroyNotify       now_destroy;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkDropDown         *state_dropdown;
  GtkDropDown         *category_dropdown;
  GtkDropDown         *urgency_dropdown;
  GtkDropDown         *month_dropdown;
  GtkLabel            *count_label;
  GtkStack            *content_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *serial_column;
  GtkColumnViewColumn *reported_column;
  GtkColumnViewColumn *unit_column;
  GtkColumnViewColumn *reporter_column;
  GtkColumnViewColumn *category_column;
  GtkColumnViewColumn *urgency_column;
  GtkColumnViewColumn *state_column;
  GtkColumnViewColumn *assignee_column;
  GtkColumnViewColumn *time_left_column;
  PdRepairDetail      *detail;
};

G_DEFINE_FINAL_TYPE (PdRepairsPage, pd_repairs_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_OVERDUE_COUNT,
  PROP_HAS_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void run_query (PdRepairsPage *self);

static void
show_error_toast (PdRepairsPage *self,
                  const GError  *error)
{
  PdWindow *window = pd_window_from_widget (GTK_WIDGET (self));

  if (window != NULL)
    pd_window_show_toast (window, error->message);
  else
    g_message ("%s", error->message);
}

static gint64
current_now (PdRepairsPage *self)
{
  if (self->now_func != NULL)
    return self->now_func (self->now_data);
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* {{{ Filters */

static void
reload_filters (PdRepairsPage *self)
{
  g_autoptr(GError) error = NULL;

  self->filling_filters = TRUE;
  pd_repairs_filters_reload (self->filters, self->database, current_now (self), &error);
  self->filling_filters = FALSE;
  if (error != NULL)
    show_error_toast (self, error);
}

static gboolean
is_filtered (PdRepairsPage *self)
{
  return self->search_text != NULL || pd_repairs_filters_get_active (self->filters);
}

/* }}} */
/* {{{ Clock */

static void
set_overdue_count (PdRepairsPage *self,
                   gint64         count)
{
  if (self->overdue_count == count)
    return;
  self->overdue_count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE_COUNT]);
}

/* The order of the list changes only when an order runs out of time (or data changes, which
 * reloads anyway): a changed count means the list is stale. */
static void
check_overdue (PdRepairsPage *self,
               gint64         now,
               gboolean       force)
{
  g_autoptr(GError) error = NULL;
  gint64 count;

  if (self->database == NULL)
    return;
  count = pd_repair_store_count_overdue (self->database, now, &error);
  if (count < 0)
    {
      g_debug ("Counting overdue orders: %s", error->message);
      return;
    }
  if (force || count != self->overdue_count)
    {
      set_overdue_count (self, count);
      run_query (self);
    }
}

static void
tick (PdRepairsPage *self,
      gboolean       force)
{
  gint64 now = current_now (self);
  gboolean flipped = pd_repairs_cells_tick (self->cells, now);

  pd_repair_detail_set_clock (self->detail, &self->times, now);
  if (force || flipped || ++self->ticks >= CHECK_EVERY_TICKS)
    {
      self->ticks = 0;
      check_overdue (self, now, flipped);
    }
}

static gboolean
tick_cb (gpointer user_data)
{
  tick (user_data, FALSE);
  return G_SOURCE_CONTINUE;
}

/* }}} */
/* {{{ Query */

static PdRepair *
dup_selected (PdRepairsPage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);

  return item != NULL ? g_object_ref (PD_REPAIR (item)) : NULL;
}

static void
update_count_and_state (PdRepairsPage *self)
{
  guint n = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_autofree char *count = pd_format_count (n);
  g_autofree char *text = g_strdup_printf (ngettext ("%s order", "%s orders", n), count);

  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n > 0 || is_filtered (self));

  if (n > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else if (is_filtered (self))
    gtk_stack_set_visible_child_name (self->content_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "repairs.clear-filters", is_filtered (self));
}

static void
select_id (PdRepairsPage *self,
           gint64         id,
           gboolean       scroll)
{
  int pos = id > 0 && self->list != NULL ? pd_repair_list_find (self->list, id) : -1;
  gboolean had = self->selected_id != 0;

  self->selected_id = pos >= 0 ? id : 0;
  self->requerying = TRUE;
  gtk_single_selection_set_selected (self->selection,
                                     pos >= 0 ? (guint) pos : GTK_INVALID_LIST_POSITION);
  self->requerying = FALSE;
  if (pos >= 0 && scroll)
    pd_column_view_scroll_to (self->column_view, (guint) pos);
  pd_repair_detail_show (self->detail, self->selected_id);
  if (had != (self->selected_id != 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SELECTION]);
}

static void
run_query (PdRepairsPage *self)
{
  g_autoptr(GError) error = NULL;
  PdRepairQuery query;
  gint64 now = current_now (self);

  if (self->list == NULL)
    return;

  pd_repair_query_init (&query);
  query.text = self->search_text;
  pd_repairs_filters_apply (self->filters, &query);
  query.sort = self->sort;
  query.reverse = self->reverse;
  query.now = now;

  pd_repairs_cells_set_clock (self->cells, &self->times, now);
  /* items-changed drops the selection; it is put back by id below. */
  self->requerying = TRUE;
  if (!pd_repair_list_set_query (self->list, &query, &error))
    show_error_toast (self, error);
  self->requerying = FALSE;

  select_id (self, self->selected_id, FALSE);
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
  PdRepairsPage *self = user_data;

  self->sort = sort_id;
  /* The arrow means what it shows: up is oldest first, down newest first. */
  self->reverse = sort_id == PD_REPAIR_SORT_REPORTED ? !descending : descending;
  run_query (self);
}

static void
setup_columns (PdRepairsPage *self)
{
  struct { GtkColumnViewColumn *column; PdRepairsCellKind kind; } columns[] = {
    { self->serial_column, PD_REPAIRS_CELL_SERIAL },
    { self->reported_column, PD_REPAIRS_CELL_REPORTED },
    { self->unit_column, PD_REPAIRS_CELL_UNIT },
    { self->reporter_column, PD_REPAIRS_CELL_REPORTER },
    { self->category_column, PD_REPAIRS_CELL_CATEGORY },
    { self->urgency_column, PD_REPAIRS_CELL_URGENCY },
    { self->state_column, PD_REPAIRS_CELL_STATE },
    { self->assignee_column, PD_REPAIRS_CELL_ASSIGNEE },
    { self->time_left_column, PD_REPAIRS_CELL_TIME_LEFT },
  };

  self->cells = pd_repairs_cells_new ();
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    pd_repairs_cells_attach (self->cells, columns[i].column, columns[i].kind);

  self->column_sort = pd_column_sort_new (self->column_view, PD_REPAIR_SORT_OVERDUE_FIRST,
                                          sort_changed, self);
  pd_column_sort_add (self->column_sort, self->serial_column, PD_REPAIR_SORT_SERIAL);
  pd_column_sort_add (self->column_sort, self->reported_column, PD_REPAIR_SORT_REPORTED);
  pd_column_sort_add (self->column_sort, self->time_left_column, PD_REPAIR_SORT_OVERDUE_FIRST);
  self->sort = PD_REPAIR_SORT_OVERDUE_FIRST;
  self->reverse = FALSE;
  pd_column_sort_show (self->column_sort, self->time_left_column, FALSE);
}

/* }}} */
/* {{{ Actions and signal callbacks */

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PdRepairsPage *self = PD_REPAIRS_PAGE (widget);

  self->filling_filters = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  pd_repairs_filters_clear (self->filters);
  self->filling_filters = FALSE;
  g_clear_pointer (&self->search_text, g_free);
  run_query (self);
}

static void
search_changed_cb (PdRepairsPage *self)
{
  g_autofree char *text = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (
                                               self->search_entry)));

  if (self->filling_filters || g_strcmp0 (text, self->search_text) == 0)
    return;
  g_free (self->search_text);
  self->search_text = g_steal_pointer (&text);
  run_query (self);
}

static void
stop_search_cb (PdRepairsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
filter_changed_cb (PdRepairsPage *self)
{
  if (!self->filling_filters)
    run_query (self);
}

static void
selection_changed_cb (PdRepairsPage *self)
{
  g_autoptr(PdRepair) repair = NULL;
  gboolean had = self->selected_id != 0;

  if (self->requerying)
    return;
  repair = dup_selected (self);
  self->selected_id = repair != NULL ? pd_repair_get_id (repair) : 0;
  pd_repair_detail_show (self->detail, self->selected_id);
  if (had != (self->selected_id != 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SELECTION]);
}

static void
data_changed (PdRepairsPage *self,
              gint64         select,
              const char    *message)
{
  PdWindow *window = pd_window_from_widget (GTK_WIDGET (self));

  if (select > 0)
    self->selected_id = select;
  if (window != NULL)
    {
      pd_window_notify_data_changed (window);
      if (message != NULL)
        pd_window_show_toast (window, message);
    }
  else
    pd_repairs_page_reload (self);
  select_id (self, self->selected_id, TRUE);
}

static void
detail_changed_cb (PdRepairDetail *detail,
                   gint64          repair_id,
                   const char     *message,
                   PdRepairsPage  *self)
{
  data_changed (self, repair_id, message);
}

static void
intake_saved_cb (GtkWidget     *dialog,
                 gint64         repair_id,
                 PdRepairsPage *self)
{
  g_autoptr(PdRepair) repair = pd_repair_store_get (self->database, repair_id, NULL);
  g_autofree char *message = NULL;

  if (repair != NULL)
    message = g_strdup_printf (_("Repair order %s taken"), pd_repair_get_serial (repair));
  data_changed (self, repair_id, message);
}

/* }}} */
/* {{{ GObject */

static void
pd_repairs_page_dispose (GObject *object)
{
  PdRepairsPage *self = PD_REPAIRS_PAGE (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_pointer (&self->column_sort, pd_column_sort_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_REPAIRS_PAGE);
  /* After the template: unbinding the cells still reads the table. */
  g_clear_pointer (&self->cells, pd_repairs_cells_free);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->database);
  if (self->now_destroy != NULL)
    self->now_destroy (self->now_data);
  self->now_func = NULL;
  self->now_destroy = NULL;

  G_OBJECT_CLASS (pd_repairs_page_parent_class)->dispose (object);
}

static void
pd_repairs_page_finalize (GObject *object)
{
  PdRepairsPage *self = PD_REPAIRS_PAGE (object);

  g_clear_pointer (&self->filters, pd_repairs_filters_free);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (pd_repairs_page_parent_class)->finalize (object);
}

static void
pd_repairs_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PdRepairsPage *self = PD_REPAIRS_PAGE (object);

  switch (prop_id)
    {
    case PROP_OVERDUE_COUNT:
      g_value_set_int64 (value, self->overdue_count);
      break;
    case PROP_HAS_SELECTION:
      g_value_set_boolean (value, self->selected_id != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_repairs_page_class_init (PdRepairsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_repairs_page_dispose;
  object_class->finalize = pd_repairs_page_finalize;
  object_class->get_property = pd_repairs_page_get_property;

  properties[PROP_OVERDUE_COUNT] =
    g_param_spec_int64 ("overdue-count", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_SELECTION] =
    g_param_spec_boolean ("has-selection", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PD_TYPE_REPAIR_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-repairs-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, urgency_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, serial_column);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, reported_column);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, unit_column);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, reporter_column);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, category_column);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, urgency_column);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, state_column);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, assignee_column);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, time_left_column);
  gtk_widget_class_bind_template_child (widget_class, PdRepairsPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "repairs.clear-filters", NULL,
                                   clear_filters_action);
}

static void
pd_repairs_page_init (PdRepairsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  pd_repair_times_init_defaults (&self->times);
  self->filling_filters = TRUE;
  self->filters = pd_repairs_filters_new (self->state_dropdown, self->category_dropdown,
                                          self->urgency_dropdown, self->month_dropdown);
  self->filling_filters = FALSE;
  reload_filters (self);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->detail, "changed", G_CALLBACK (detail_changed_cb), self, 0);

  setup_columns (self);
  update_count_and_state (self);
}

/* }}} */
/* {{{ Public API */

void
pd_repairs_page_set_database (PdRepairsPage *self,
                              PdDatabase    *db)
{
  g_return_if_fail (PD_IS_REPAIRS_PAGE (self));
  g_return_if_fail (db == NULL || PD_IS_DATABASE (db));

  if (!g_set_object (&self->database, db))
    return;

  g_clear_object (&self->list);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (db != NULL)
    {
      self->list = pd_repair_list_new (db);
      self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
    }
  self->selected_id = 0;
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));
  pd_repair_detail_set_database (self->detail, db);
  pd_repairs_page_reload (self);
}

void
pd_repairs_page_reload (PdRepairsPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 count;

  g_return_if_fail (PD_IS_REPAIRS_PAGE (self));

  if (self->database != NULL)
    pd_repair_settings_load_times (self->database, &self->times);
  reload_filters (self);
  run_query (self);
  if (self->list == NULL)
    update_count_and_state (self);

  count = self->database != NULL
            ? pd_repair_store_count_overdue (self->database, current_now (self), &error) : 0;
  if (count >= 0)
    set_overdue_count (self, count);
  else
    show_error_toast (self, error);
  pd_repair_detail_set_clock (self->detail, &self->times, current_now (self));
}

void
pd_repairs_page_focus_search (PdRepairsPage *self)
{
  g_return_if_fail (PD_IS_REPAIRS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
pd_repairs_page_new_repair (PdRepairsPage *self)
{
  PdRepairIntakeDialog *dialog;

  g_return_if_fail (PD_IS_REPAIRS_PAGE (self));

  if (self->database == NULL)
    return;
  dialog = pd_repair_intake_dialog_new (self->database, NULL);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), pd_widget_get_window (GTK_WIDGET (self)));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (intake_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
pd_repairs_page_activate_step (PdRepairsPage *self,
                               const char    *step)
{
  g_autofree char *action = NULL;

  g_return_if_fail (PD_IS_REPAIRS_PAGE (self));

  action = g_strconcat ("repair.", step, NULL);
  gtk_widget_activate_action (GTK_WIDGET (self->detail), action, NULL);
}

gint64
pd_repairs_page_get_overdue_count (PdRepairsPage *self)
{
  g_return_val_if_fail (PD_IS_REPAIRS_PAGE (self), 0);

  return self->overdue_count;
}

gboolean
pd_repairs_page_get_has_selection (PdRepairsPage *self)
{
  g_return_val_if_fail (PD_IS_REPAIRS_PAGE (self), FALSE);

  return self->selected_id != 0;
}

gboolean
pd_repairs_page_select_repair (PdRepairsPage *self,
                               gint64         repair_id)
{
  g_return_val_if_fail (PD_IS_REPAIRS_PAGE (self), FALSE);

  select_id (self, repair_id, TRUE);
  return self->selected_id == repair_id;
}

void
pd_repairs_page_set_now_func (PdRepairsPage   *self,
                              PdRepairsNowFunc func,
                              gpointer         user_data,
                              GDestroyNotify   destroy)
{
  g_return_if_fail (PD_IS_REPAIRS_PAGE (self));

  if (self->now_destroy != NULL)
    self->now_destroy (self->now_data);
  self->now_func = func;
  self->now_data = user_data;
  self->now_destroy = destroy;
  pd_repairs_page_tick (self);
}

gint64
pd_repairs_page_get_now (PdRepairsPage *self)
{
  g_return_val_if_fail (PD_IS_REPAIRS_PAGE (self), 0);

  return current_now (self);
}

void
pd_repairs_page_tick (PdRepairsPage *self)
{
  g_return_if_fail (PD_IS_REPAIRS_PAGE (self));

  tick (self, TRUE);
}

GtkEditable *
_pd_repairs_page_get_search_entry (PdRepairsPage *self)
{
  return GTK_EDITABLE (self->search_entry);
}

GtkDropDown *
_pd_repairs_page_get_state_dropdown (PdRepairsPage *self)
{
  return self->state_dropdown;
}

GtkDropDown *
_pd_repairs_page_get_urgency_dropdown (PdRepairsPage *self)
{
  return self->urgency_dropdown;
}

GtkDropDown *
_pd_repairs_page_get_month_dropdown (PdRepairsPage *self)
{
  return self->month_dropdown;
}

GListModel *
_pd_repairs_page_get_rows (PdRepairsPage *self)
{
  return G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
}

guint
_pd_repairs_page_get_query_serial (PdRepairsPage *self)
{
  return self->query_serial;
}

PdRepairDetail *
_pd_repairs_page_get_detail (PdRepairsPage *self)
{
  return self->detail;
}

GtkAdjustment *
_pd_repairs_page_get_vadjustment (PdRepairsPage *self)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
}

const char *
_pd_repairs_page_peek_time_left (PdRepairsPage *self,
                                 gint64         repair_id,
                                 gboolean      *out_overdue)
{
  return pd_repairs_cells_peek_time_left (self->cells, repair_id, out_overdue);
}

/* }}} */
