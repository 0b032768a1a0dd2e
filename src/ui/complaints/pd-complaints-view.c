// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-column-sort.h"
#include "pd-complaint-detail.h"
#include "pd-complaint-list.h"
#include "pd-complaint-settings.h"
#include "pd-complaints-cells.h"
#include "pd-complaints-format.h"
#include "pd-complaints-private.h"
#include "pd-widget-util.h"
#include "pd-complaints-view.h"
#include "pd-ui-format.h"
#include "pd-window.h"

/* Every this many ticks of the one-second clock the database is asked whether the set of
 * overdue cases changed (the order of the list depends on it, and the tab badge shows it). */
#define CHECK_EVERY_TICKS 30

struct _PdComplaintsView
{
  AdwBin               parent_instance;

  PdDatabase          *database;
  PdComplaintList     *list;
  GtkSingleSelection  *selection;
  PdComplaintsCells   *cells;
  PdColumnSort        *column_sort;
  PdComplaintTimes     times;
  GArray              *periods;         /* PdComplaintsPeriod per period_dropdown position */
  GArray              *category_ids;    /* gint64 per category_dropdown position; 0 = all */
  GArray              *department_ids;  /* gint64 per department_dropdown position; 0 = all */
  char                *search_text;
  PdComplaintSort      sort;
  gboolean             reverse;
  gint64               selected_id;
  gint64               overdue_count;
  gint64               manager_count;
  guint                tick_id;
  guint                ticks;
  gboolean             filling_filters;
  gboolean             requerying;

  PdComplaintsNowFunc  now_func;
  gpointer             now_data;
  GDestroyNotify       now_destroy;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkDropDown         *period_dropdown;
  GtkDropDown         *state_dropdown;
  GtkDropDown         *category_dropdown;
  GtkDropDown         *department_dropdown;
  GtkStringList       *period_names;
  GtkStringList       *state_names;
  GtkStringList       *category_names;
  GtkStringList       *department_names;
  GtkLabel            *count_label;
  GtkStack            *content_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *serial_column;
  GtkColumnViewColumn *received_column;
  GtkColumnViewColumn *complainant_column;
  GtkColumnViewColumn *unit_column;
  GtkColumnViewColumn *category_column;
  GtkColumnViewColumn *department_column;
  GtkColumnViewColumn *state_column;
  GtkColumnViewColumn *feedback_column;
  GtkColumnViewColumn *deadline_column;
  PdComplaintDetail   *detail;
};

G_DEFINE_FINAL_TYPE (PdComplaintsView, pd_complaints_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_OVERDUE_COUNT,
  PROP_MANAGER_COUNT,
  PROP_HAS_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The state filter's positions. */
static const PdComplaintFilter state_filters[] = {
  PD_COMPLAINT_FILTER_ALL, PD_COMPLAINT_FILTER_OPEN, PD_COMPLAINT_FILTER_OVERDUE,
  PD_COMPLAINT_FILTER_FEEDBACK_OVERDUE, PD_COMPLAINT_FILTER_DEADLINE_OVERDUE,
  PD_COMPLAINT_FILTER_MANAGER_QUEUE, PD_COMPLAINT_FILTER_SERIOUS,
  PD_COMPLAINT_FILTER_AWAITING_CALLBACK, PD_COMPLAINT_FILTER_AWAITING_SIGN_OFF,
  PD_COMPLAINT_FILTER_CLOSED, PD_COMPLAINT_FILTER_INVALID,
};

static void run_query (PdComplaintsView *self);

static void
show_error_toast (PdComplaintsView *self,
                  const GError     *error)
{
  PdWindow *window = pd_window_from_widget (GTK_WIDGET (self));

  if (window != NULL)
    pd_window_show_toast (window, error->message);
  else
    g_message ("%s", error->message);
}

static gint64
current_now (PdComplaintsView *self)
{
  if (self->now_func != NULL)
    return self->now_func (self->now_data);
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* {{{ Filters */

static void
fill_fixed_filters (PdComplaintsView *self)
{
  const char *states[] = { _("All Complaints"), _("Open Cases"), _("Overdue"),
                           _("Feedback Overdue"), _("Past Deadline"), _("Manager's Queue"),
                           _("Serious"), _("Awaiting Callback"), _("Awaiting Sign-off"),
                           _("Closed Cases"), _("Not Valid"), NULL };

  G_STATIC_ASSERT (G_N_ELEMENTS (states) == G_N_ELEMENTS (state_filters) + 1);
  self->filling_filters = TRUE;
  gtk_string_list_splice (self->state_names, 0, 0, states);
  self->filling_filters = FALSE;
}

static void
reload_categories_and_departments (PdComplaintsView *self)
{
  g_autoptr(GError) error = NULL;

  self->filling_filters = TRUE;
  if (!pd_complaints_fill_id_dropdown (self->category_dropdown, self->category_names,
                                       self->category_ids, self->database, TRUE, &error))
    show_error_toast (self, error);
  g_clear_error (&error);
  if (!pd_complaints_fill_id_dropdown (self->department_dropdown, self->department_names,
                                       self->department_ids, self->database, FALSE, &error))
    show_error_toast (self, error);
  self->filling_filters = FALSE;
}

static void
reload_periods (PdComplaintsView *self)
{
  guint keep = gtk_drop_down_get_selected (self->period_dropdown);

  self->filling_filters = TRUE;
  pd_complaints_fill_periods (self->period_names, self->periods, current_now (self));
  gtk_drop_down_set_selected (self->period_dropdown, keep < self->periods->len ? keep : 0);
  self->filling_filters = FALSE;
}

static gboolean
is_filtered (PdComplaintsView *self)
{
  return self->search_text != NULL
         || gtk_drop_down_get_selected (self->period_dropdown) > 0
         || gtk_drop_down_get_selected (self->state_dropdown) > 0
         || gtk_drop_down_get_selected (self->category_dropdown) > 0
         || gtk_drop_down_get_selected (self->department_dropdown) > 0;
}

/* }}} */
/* {{{ Clock */

static void
set_counts (PdComplaintsView *self,
            gint64            overdue,
            gint64            manager)
{
  if (self->overdue_count != overdue)
    {
      self->overdue_count = overdue;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE_COUNT]);
    }
  if (manager >= 0 && self->manager_count != manager)
    {
      self->manager_count = manager;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MANAGER_COUNT]);
    }
}

/* The order of the list changes only when a case runs out of time (or data changes, which
 * reloads anyway): a changed count means the list is stale. */
static void
check_overdue (PdComplaintsView *self,
               gint64            now,
               gboolean          force)
{
  g_autoptr(GError) error = NULL;
  gint64 count;

  if (self->database == NULL)
    return;
  count = pd_complaint_store_count_overdue (self->database, now, &error);
  if (count < 0)
    {
      g_debug ("Counting overdue complaints: %s", error->message);
      return;
    }
  if (force || count != self->overdue_count)
    {
      set_counts (self, count, -1);
      run_query (self);
    }
}

static void
tick (PdComplaintsView *self,
      gboolean          force)
{
  gint64 now = current_now (self);
  gboolean flipped = pd_complaints_cells_tick (self->cells, now);

  pd_complaint_detail_set_clock (self->detail, &self->times, now);
  if (force || flipped || ++self->ticks >= CHECK_EVERY_TICKS)
    {
      self->ticks = 0;
      check_overdue (self, now, flipped || force);
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

static void
update_count_and_state (PdComplaintsView *self)
{
  guint n = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_autofree char *count = pd_format_count (n);
  g_autofree char *text = g_strdup_printf (ngettext ("%s complaint", "%s complaints", n), count);

  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n > 0 || is_filtered (self));

  if (n > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else if (is_filtered (self))
    gtk_stack_set_visible_child_name (self->content_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints-view.clear-filters",
                                 is_filtered (self));
}

static void
select_id (PdComplaintsView *self,
           gint64            id,
           gboolean          scroll)
{
  int pos = id > 0 && self->list != NULL ? pd_complaint_list_find (self->list, id) : -1;
  gboolean had = self->selected_id != 0;

  self->selected_id = pos >= 0 ? id : 0;
  self->requerying = TRUE;
  gtk_single_selection_set_selected (self->selection,
                                     pos >= 0 ? (guint) pos : GTK_INVALID_LIST_POSITION);
  self->requerying = FALSE;
  if (pos >= 0 && scroll)
    pd_column_view_scroll_to (self->column_view, (guint) pos);
  pd_complaint_detail_show (self->detail, self->selected_id);
  if (had != (self->selected_id != 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SELECTION]);
}

static void
run_query (PdComplaintsView *self)
{
  g_autoptr(GError) error = NULL;
  PdComplaintQuery query;
  gint64 now = current_now (self);
  guint period = gtk_drop_down_get_selected (self->period_dropdown);
  guint state = gtk_drop_down_get_selected (self->state_dropdown);

  if (self->list == NULL)
    return;

  pd_complaint_query_init (&query);
  query.text = self->search_text;
  query.filter = state < G_N_ELEMENTS (state_filters) ? state_filters[state]
                                                      : PD_COMPLAINT_FILTER_ALL;
  query.category_id = pd_complaints_dropdown_id (self->category_dropdown, self->category_ids);
  query.department_id = pd_complaints_dropdown_id (self->department_dropdown, self->department_ids);
  if (period < self->periods->len)
    {
      query.received_from = g_array_index (self->periods, PdComplaintsPeriod, period).from;
      query.received_to = g_array_index (self->periods, PdComplaintsPeriod, period).to;
    }
  query.sort = self->sort;
  query.reverse = self->reverse;
  query.now = now;

  pd_complaints_cells_set_clock (self->cells, &self->times, now);
  /* items-changed drops the selection; it is put back by id below. */
  self->requerying = TRUE;
  if (!pd_complaint_list_set_query (self->list, &query, &error))
    show_error_toast (self, error);
  self->requerying = FALSE;

  select_id (self, self->selected_id, FALSE);
  update_count_and_state (self);
}

static void
sort_changed (int      sort_id,
              gboolean descending,
              gpointer user_data)
{
  PdComplaintsView *self = user_data;

  self->sort = sort_id;
  /* The arrow means what it shows: up is oldest first, down newest first. */
  self->reverse = sort_id == PD_COMPLAINT_SORT_RECEIVED ? !descending : descending;
  run_query (self);
}

static void
setup_columns (PdComplaintsView *self)
{
  struct { GtkColumnViewColumn *column; PdComplaintsCellKind kind; } columns[] = {
    { self->serial_column, PD_COMPLAINTS_CELL_SERIAL },
    { self->received_column, PD_COMPLAINTS_CELL_RECEIVED },
    { self->complainant_column, PD_COMPLAINTS_CELL_COMPLAINANT },
    { self->unit_column, PD_COMPLAINTS_CELL_UNIT },
    { self->category_column, PD_COMPLAINTS_CELL_CATEGORY },
    { self->department_column, PD_COMPLAINTS_CELL_DEPARTMENT },
    { self->state_column, PD_COMPLAINTS_CELL_STATE },
    { self->feedback_column, PD_COMPLAINTS_CELL_FEEDBACK },
    { self->deadline_column, PD_COMPLAINTS_CELL_DEADLINE },
  };

  self->cells = pd_complaints_cells_new ();
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    pd_complaints_cells_attach (self->cells, columns[i].column, columns[i].kind);

  self->column_sort = pd_column_sort_new (self->column_view, PD_COMPLAINT_SORT_OVERDUE_FIRST,
                                          sort_changed, self);
  pd_column_sort_add (self->column_sort, self->serial_column, PD_COMPLAINT_SORT_SERIAL);
  pd_column_sort_add (self->column_sort, self->received_column, PD_COMPLAINT_SORT_RECEIVED);
  pd_column_sort_add (self->column_sort, self->feedback_column,
                      PD_COMPLAINT_SORT_OVERDUE_FIRST);
  pd_column_sort_add (self->column_sort, self->deadline_column,
                      PD_COMPLAINT_SORT_OVERDUE_FIRST);
  self->sort = PD_COMPLAINT_SORT_OVERDUE_FIRST;
  self->reverse = FALSE;
  pd_column_sort_show (self->column_sort, self->deadline_column, FALSE);
}

/* }}} */
/* {{{ Actions and signal callbacks */

static void
clear_filters (PdComplaintsView *self)
{
  self->filling_filters = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->period_dropdown, 0);
  gtk_drop_down_set_selected (self->state_dropdown, 0);
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_drop_down_set_selected (self->department_dropdown, 0);
  self->filling_filters = FALSE;
  g_clear_pointer (&self->search_text, g_free);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PdComplaintsView *self = PD_COMPLAINTS_VIEW (widget);

  clear_filters (self);
  run_query (self);
}

static void
search_changed_cb (PdComplaintsView *self)
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
stop_search_cb (PdComplaintsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
filter_changed_cb (PdComplaintsView *self)
{
  if (!self->filling_filters)
    run_query (self);
}

static void
selection_changed_cb (PdComplaintsView *self)
{
  gpointer item;
  gboolean had = self->selected_id != 0;

  if (self->requerying)
    return;
  item = gtk_single_selection_get_selected_item (self->selection);
  self->selected_id = item != NULL ? pd_complaint_get_id (PD_COMPLAINT (item)) : 0;
  pd_complaint_detail_show (self->detail, self->selected_id);
  if (had != (self->selected_id != 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SELECTION]);
}

static void
detail_changed_cb (PdComplaintDetail *detail,
                   gint64             complaint_id,
                   const char        *message,
                   PdComplaintsView  *self)
{
  PdWindow *window = pd_window_from_widget (GTK_WIDGET (self));

  if (complaint_id > 0)
    self->selected_id = complaint_id;
  if (window != NULL)
    {
      pd_window_notify_data_changed (window);
      if (message != NULL)
        pd_window_show_toast (window, message);
    }
  else
    pd_complaints_view_reload (self);
  select_id (self, self->selected_id, TRUE);
}

/* }}} */
/* {{{ GObject */

static void
pd_complaints_view_dispose (GObject *object)
{
  PdComplaintsView *self = PD_COMPLAINTS_VIEW (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_pointer (&self->column_sort, pd_column_sort_free);
  /* The template's root is the bin's child: AdwBin would unparent it once more. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_COMPLAINTS_VIEW);
  /* After the template: unbinding the cells still reads the table. */
  g_clear_pointer (&self->cells, pd_complaints_cells_free);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->database);
  if (self->now_destroy != NULL)
    self->now_destroy (self->now_data);
  self->now_func = NULL;
  self->now_destroy = NULL;

  G_OBJECT_CLASS (pd_complaints_view_parent_class)->dispose (object);
}

static void
pd_complaints_view_finalize (GObject *object)
{
  PdComplaintsView *self = PD_COMPLAINTS_VIEW (object);

  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->category_ids, g_array_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (pd_complaints_view_parent_class)->finalize (object);
}

static void
pd_complaints_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PdComplaintsView *self = PD_COMPLAINTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_OVERDUE_COUNT:
      g_value_set_int64 (value, self->overdue_count);
      break;
    case PROP_MANAGER_COUNT:
      g_value_set_int64 (value, self->manager_count);
      break;
    case PROP_HAS_SELECTION:
      g_value_set_boolean (value, self->selected_id != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_complaints_view_class_init (PdComplaintsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_complaints_view_dispose;
  object_class->finalize = pd_complaints_view_finalize;
  object_class->get_property = pd_complaints_view_get_property;

  properties[PROP_OVERDUE_COUNT] =
    g_param_spec_int64 ("overdue-count", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MANAGER_COUNT] =
    g_param_spec_int64 ("manager-count", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_SELECTION] =
    g_param_spec_boolean ("has-selection", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PD_TYPE_COMPLAINT_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-complaints-view.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PdComplaintsView, name)
  BIND (search_entry);
  BIND (period_dropdown);
  BIND (state_dropdown);
  BIND (category_dropdown);
  BIND (department_dropdown);
  BIND (period_names);
  BIND (state_names);
  BIND (category_names);
  BIND (department_names);
  BIND (count_label);
  BIND (content_stack);
  BIND (column_view);
  BIND (serial_column);
  BIND (received_column);
  BIND (complainant_column);
  BIND (unit_column);
  BIND (category_column);
  BIND (department_column);
  BIND (state_column);
  BIND (feedback_column);
  BIND (deadline_column);
  BIND (detail);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "complaints-view.clear-filters", NULL,
                                   clear_filters_action);
}

static void
pd_complaints_view_init (PdComplaintsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->periods = g_array_new (FALSE, FALSE, sizeof (PdComplaintsPeriod));
  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  pd_complaint_times_init_defaults (&self->times);
  fill_fixed_filters (self);
  reload_periods (self);
  reload_categories_and_departments (self);

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
pd_complaints_view_set_database (PdComplaintsView *self,
                                 PdDatabase       *db)
{
  g_return_if_fail (PD_IS_COMPLAINTS_VIEW (self));
  g_return_if_fail (db == NULL || PD_IS_DATABASE (db));

  if (!g_set_object (&self->database, db))
    return;

  g_clear_object (&self->list);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (db != NULL)
    {
      self->list = pd_complaint_list_new (db);
      self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
    }
  self->selected_id = 0;
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));
  pd_complaint_detail_set_database (self->detail, db);
  pd_complaints_view_reload (self);
}

void
pd_complaints_view_reload (PdComplaintsView *self)
{
  g_autoptr(GError) error = NULL;
  gint64 now, overdue = 0, manager = 0;

  g_return_if_fail (PD_IS_COMPLAINTS_VIEW (self));

  now = current_now (self);
  if (self->database != NULL)
    pd_complaint_settings_load_times (self->database, &self->times);
  reload_periods (self);
  reload_categories_and_departments (self);
  run_query (self);
  if (self->list == NULL)
    update_count_and_state (self);

  if (self->database != NULL)
    {
      overdue = pd_complaint_store_count_overdue (self->database, now, &error);
      if (overdue >= 0)
        manager = pd_complaint_store_count_manager_queue (self->database, &error);
    }
  if (overdue >= 0 && manager >= 0)
    set_counts (self, overdue, manager);
  else
    show_error_toast (self, error);
  pd_complaint_detail_set_clock (self->detail, &self->times, now);
}

void
pd_complaints_view_focus_search (PdComplaintsView *self)
{
  g_return_if_fail (PD_IS_COMPLAINTS_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
pd_complaints_view_set_filter (PdComplaintsView  *self,
                               PdComplaintFilter  filter)
{
  g_return_if_fail (PD_IS_COMPLAINTS_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (state_filters); i++)
    if (state_filters[i] == filter)
      {
        gtk_drop_down_set_selected (self->state_dropdown, i);
        return;
      }
}

gboolean
pd_complaints_view_select_complaint (PdComplaintsView *self,
                                     gint64            complaint_id)
{
  g_return_val_if_fail (PD_IS_COMPLAINTS_VIEW (self), FALSE);

  if (self->list != NULL && pd_complaint_list_find (self->list, complaint_id) < 0)
    {
      clear_filters (self);
      run_query (self);
    }
  select_id (self, complaint_id, TRUE);
  return self->selected_id == complaint_id;
}

gint64
pd_complaints_view_get_selected_id (PdComplaintsView *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINTS_VIEW (self), 0);

  return self->selected_id;
}

gint64
pd_complaints_view_get_overdue_count (PdComplaintsView *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINTS_VIEW (self), 0);

  return self->overdue_count;
}

gint64
pd_complaints_view_get_manager_count (PdComplaintsView *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINTS_VIEW (self), 0);

  return self->manager_count;
}


void
pd_complaints_view_activate_step (PdComplaintsView *self,
                                  const char       *step)
{
  g_autofree char *action = NULL;

  g_return_if_fail (PD_IS_COMPLAINTS_VIEW (self));

  action = g_strconcat ("complaint.", step, NULL);
  gtk_widget_activate_action (GTK_WIDGET (self->detail), action, NULL);
}

void
pd_complaints_view_set_now_func (PdComplaintsView   *self,
                                 PdComplaintsNowFunc func,
                                 gpointer            user_data,
                                 GDestroyNotify      destroy)
{
  g_return_if_fail (PD_IS_COMPLAINTS_VIEW (self));

  if (self->now_destroy != NULL)
    self->now_destroy (self->now_data);
  self->now_func = func;
  self->now_data = user_data;
  self->now_destroy = destroy;
  pd_complaints_view_tick (self);
}


void
pd_complaints_view_tick (PdComplaintsView *self)
{
  g_return_if_fail (PD_IS_COMPLAINTS_VIEW (self));

  tick (self, TRUE);
}

GtkEditable *
_pd_complaints_view_get_search_entry (PdComplaintsView *self)
{
  return GTK_EDITABLE (self->search_entry);
}

GListModel *
_pd_complaints_view_get_rows (PdComplaintsView *self)
{
  return G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
}

PdComplaintDetail *
_pd_complaints_view_get_detail (PdComplaintsView *self)
{
  return self->detail;
}

const char *
_pd_complaints_view_peek_cell (PdComplaintsView     *self,
                               gint64                complaint_id,
                               PdComplaintsCellKind  kind,
                               gboolean             *out_overdue)
{
  return pd_complaints_cells_peek (self->cells, complaint_id, kind, out_overdue);
}

/* }}} */
