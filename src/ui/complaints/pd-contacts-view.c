// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-column-sort.h"
#include "pd-complaints-cells.h"
#include "pd-complaints-format.h"
#include "pd-complaints-private.h"
#include "pd-widget-util.h"
#include "pd-contact-detail.h"
#include "pd-contact-list.h"
#include "pd-ui-format.h"
#include "pd-window.h"

/* Sort ids of the columns (the register has one order, by time). */
enum { SORT_RECEIVED };

struct _PdContactsView
{
  AdwBin               parent_instance;

  PdDatabase          *database;
  PdContactList       *list;
  GtkSingleSelection  *selection;
  PdComplaintsCells   *cells;
  PdColumnSort        *column_sort;
  GArray              *periods;       /* PdComplaintsPeriod per period_dropdown position */
  char                *search_text;
  gboolean             oldest_first;
  gint64               selected_id;
  gboolean             filling_filters;
  gboolean             requerying;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkDropDown         *period_dropdown;
  GtkDropDown         *outcome_dropdown;
  GtkDropDown         *channel_dropdown;
  GtkStringList       *period_names;
  GtkStringList       *outcome_names;
  GtkStringList       *channel_names;
  GtkLabel            *count_label;
  GtkStack            *content_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *serial_column;
  GtkColumnViewColumn *received_column;
  GtkColumnViewColumn *channel_column;
  GtkColumnViewColumn *caller_column;
  GtkColumnViewColumn *unit_column;
  GtkColumnViewColumn *phone_column;
  GtkColumnViewColumn *content_column;
  GtkColumnViewColumn *outcome_column;
  GtkColumnViewColumn *linked_column;
  GtkColumnViewColumn *recorder_column;
  PdContactDetail     *detail;
};

G_DEFINE_FINAL_TYPE (PdContactsView, pd_contacts_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_HAS_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error_toast (PdContactsView *self,
                  const GError   *error)
{
  PdWindow *window = pd_window_from_widget (GTK_WIDGET (self));

  if (window != NULL)
    pd_window_show_toast (window, error->message);
  else
    g_message ("%s", error->message);
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* {{{ Filters */

static void
fill_fixed_filters (PdContactsView *self)
{
  const char *outcomes[] = { _("Any Outcome"),
                             pd_contact_outcome_to_label (PD_CONTACT_OUTCOME_PENDING),
                             pd_contact_outcome_to_label (PD_CONTACT_OUTCOME_COMPLAINT),
                             pd_contact_outcome_to_label (PD_CONTACT_OUTCOME_REPAIR),
                             pd_contact_outcome_to_label (PD_CONTACT_OUTCOME_INQUIRY), NULL };
  const char *channels[] = { _("Any Channel"),
                             pd_contact_channel_to_label (PD_CONTACT_CHANNEL_PHONE),
                             pd_contact_channel_to_label (PD_CONTACT_CHANNEL_VISIT),
                             pd_contact_channel_to_label (PD_CONTACT_CHANNEL_WRITTEN), NULL };

  self->filling_filters = TRUE;
  gtk_string_list_splice (self->outcome_names, 0, 0, outcomes);
  gtk_string_list_splice (self->channel_names, 0, 0, channels);
  self->filling_filters = FALSE;
}

static void
reload_periods (PdContactsView *self)
{
  guint keep = gtk_drop_down_get_selected (self->period_dropdown);

  self->filling_filters = TRUE;
  pd_complaints_fill_periods (self->period_names, self->periods, now_seconds ());
  gtk_drop_down_set_selected (self->period_dropdown, keep < self->periods->len ? keep : 0);
  self->filling_filters = FALSE;
}

static gboolean
is_filtered (PdContactsView *self)
{
  return self->search_text != NULL
         || gtk_drop_down_get_selected (self->period_dropdown) > 0
         || gtk_drop_down_get_selected (self->outcome_dropdown) > 0
         || gtk_drop_down_get_selected (self->channel_dropdown) > 0;
}

/* }}} */
/* {{{ Query */

static void
update_count_and_state (PdContactsView *self)
{
  guint n = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_autofree char *count = pd_format_count (n);
  g_autofree char *text = g_strdup_printf (ngettext ("%s entry", "%s entries", n), count);

  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n > 0 || is_filtered (self));

  if (n > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else if (is_filtered (self))
    gtk_stack_set_visible_child_name (self->content_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.clear-filters",
                                 is_filtered (self));
}

static void
select_id (PdContactsView *self,
           gint64          id,
           gboolean        scroll)
{
  int pos = id > 0 && self->list != NULL ? pd_contact_list_find (self->list, id) : -1;
  gboolean had = self->selected_id != 0;

  self->selected_id = pos >= 0 ? id : 0;
  self->requerying = TRUE;
  gtk_single_selection_set_selected (self->selection,
                                     pos >= 0 ? (guint) pos : GTK_INVALID_LIST_POSITION);
  self->requerying = FALSE;
  if (pos >= 0 && scroll)
    pd_column_view_scroll_to (self->column_view, (guint) pos);
  pd_contact_detail_show (self->detail, self->selected_id);
  if (had != (self->selected_id != 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SELECTION]);
}

static void
run_query (PdContactsView *self)
{
  g_autoptr(GError) error = NULL;
  PdContactQuery query;
  PdComplaintTimes times;
  guint period = gtk_drop_down_get_selected (self->period_dropdown);
  guint outcome = gtk_drop_down_get_selected (self->outcome_dropdown);
  guint channel = gtk_drop_down_get_selected (self->channel_dropdown);

  if (self->list == NULL)
    return;

  pd_contact_query_init (&query);
  query.text = self->search_text;
  query.outcome = outcome > 0 && outcome <= PD_CONTACT_N_OUTCOMES ? (int) outcome - 1 : -1;
  query.channel = channel > 0 && channel <= PD_CONTACT_N_CHANNELS ? (int) channel - 1 : -1;
  if (period < self->periods->len)
    {
      query.received_from = g_array_index (self->periods, PdComplaintsPeriod, period).from;
      query.received_to = g_array_index (self->periods, PdComplaintsPeriod, period).to;
    }
  query.oldest_first = self->oldest_first;

  /* The register has no clock; the time only shortens the dates of this year. */
  pd_complaint_times_init_defaults (&times);
  pd_complaints_cells_set_clock (self->cells, &times, now_seconds ());
  /* items-changed drops the selection; it is put back by id below. */
  self->requerying = TRUE;
  if (!pd_contact_list_set_query (self->list, &query, &error))
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
  PdContactsView *self = user_data;

  /* The arrow means what it shows: up is oldest first. */
  self->oldest_first = !descending;
  run_query (self);
}

static void
setup_columns (PdContactsView *self)
{
  struct { GtkColumnViewColumn *column; PdComplaintsCellKind kind; } columns[] = {
    { self->serial_column, PD_CONTACTS_CELL_SERIAL },
    { self->received_column, PD_CONTACTS_CELL_RECEIVED },
    { self->channel_column, PD_CONTACTS_CELL_CHANNEL },
    { self->caller_column, PD_CONTACTS_CELL_CALLER },
    { self->unit_column, PD_CONTACTS_CELL_UNIT },
    { self->phone_column, PD_CONTACTS_CELL_PHONE },
    { self->content_column, PD_CONTACTS_CELL_CONTENT },
    { self->outcome_column, PD_CONTACTS_CELL_OUTCOME },
    { self->linked_column, PD_CONTACTS_CELL_LINKED },
    { self->recorder_column, PD_CONTACTS_CELL_RECORDER },
  };

  self->cells = pd_complaints_cells_new ();
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    pd_complaints_cells_attach (self->cells, columns[i].column, columns[i].kind);

  self->column_sort = pd_column_sort_new (self->column_view, SORT_RECEIVED, sort_changed, self);
  pd_column_sort_add (self->column_sort, self->received_column, SORT_RECEIVED);
  pd_column_sort_add (self->column_sort, self->serial_column, SORT_RECEIVED);
  pd_column_sort_show (self->column_sort, self->received_column, TRUE);
}

/* }}} */
/* {{{ Actions and signal callbacks */

static void
clear_filters (PdContactsView *self)
{
  self->filling_filters = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->period_dropdown, 0);
  gtk_drop_down_set_selected (self->outcome_dropdown, 0);
  gtk_drop_down_set_selected (self->channel_dropdown, 0);
  self->filling_filters = FALSE;
  g_clear_pointer (&self->search_text, g_free);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PdContactsView *self = PD_CONTACTS_VIEW (widget);

  clear_filters (self);
  run_query (self);
}

static void
search_changed_cb (PdContactsView *self)
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
stop_search_cb (PdContactsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
filter_changed_cb (PdContactsView *self)
{
  if (!self->filling_filters)
    run_query (self);
}

static void
selection_changed_cb (PdContactsView *self)
{
  gpointer item;
  gboolean had = self->selected_id != 0;

  if (self->requerying)
    return;
  item = gtk_single_selection_get_selected_item (self->selection);
  self->selected_id = item != NULL ? pd_contact_get_id (PD_CONTACT (item)) : 0;
  pd_contact_detail_show (self->detail, self->selected_id);
  if (had != (self->selected_id != 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SELECTION]);
}

static void
detail_changed_cb (PdContactDetail *detail,
                   gint64           contact_id,
                   const char      *message,
                   PdContactsView  *self)
{
  PdWindow *window = pd_window_from_widget (GTK_WIDGET (self));

  if (contact_id > 0)
    self->selected_id = contact_id;
  if (window != NULL)
    {
      pd_window_notify_data_changed (window);
      if (message != NULL)
        pd_window_show_toast (window, message);
    }
  else
    pd_contacts_view_reload (self);
  select_id (self, self->selected_id, TRUE);
}

/* }}} */
/* {{{ GObject */

static void
pd_contacts_view_dispose (GObject *object)
{
  PdContactsView *self = PD_CONTACTS_VIEW (object);

  g_clear_pointer (&self->column_sort, pd_column_sort_free);
  /* The template's root is the bin's child: AdwBin would unparent it once more. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_CONTACTS_VIEW);
  /* After the template: unbinding the cells still reads the table. */
  g_clear_pointer (&self->cells, pd_complaints_cells_free);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_contacts_view_parent_class)->dispose (object);
}

static void
pd_contacts_view_finalize (GObject *object)
{
  PdContactsView *self = PD_CONTACTS_VIEW (object);

  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (pd_contacts_view_parent_class)->finalize (object);
}

static void
pd_contacts_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PdContactsView *self = PD_CONTACTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_HAS_SELECTION:
      g_value_set_boolean (value, self->selected_id != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_contacts_view_class_init (PdContactsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_contacts_view_dispose;
  object_class->finalize = pd_contacts_view_finalize;
  object_class->get_property = pd_contacts_view_get_property;

  properties[PROP_HAS_SELECTION] =
    g_param_spec_boolean ("has-selection", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PD_TYPE_CONTACT_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-contacts-view.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PdContactsView, name)
  BIND (search_entry);
  BIND (period_dropdown);
  BIND (outcome_dropdown);
  BIND (channel_dropdown);
  BIND (period_names);
  BIND (outcome_names);
  BIND (channel_names);
  BIND (count_label);
  BIND (content_stack);
  BIND (column_view);
  BIND (serial_column);
  BIND (received_column);
  BIND (channel_column);
  BIND (caller_column);
  BIND (unit_column);
  BIND (phone_column);
  BIND (content_column);
  BIND (outcome_column);
  BIND (linked_column);
  BIND (recorder_column);
  BIND (detail);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "contacts.clear-filters", NULL,
                                   clear_filters_action);
}

static void
pd_contacts_view_init (PdContactsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->periods = g_array_new (FALSE, FALSE, sizeof (PdComplaintsPeriod));
  fill_fixed_filters (self);
  reload_periods (self);

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
pd_contacts_view_set_database (PdContactsView *self,
                               PdDatabase     *db)
{
  g_return_if_fail (PD_IS_CONTACTS_VIEW (self));
  g_return_if_fail (db == NULL || PD_IS_DATABASE (db));

  if (!g_set_object (&self->database, db))
    return;

  g_clear_object (&self->list);
  if (db != NULL)
    self->list = pd_contact_list_new (db);
  self->selected_id = 0;
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));
  pd_contact_detail_set_database (self->detail, db);
  pd_contacts_view_reload (self);
}

void
pd_contacts_view_reload (PdContactsView *self)
{
  g_return_if_fail (PD_IS_CONTACTS_VIEW (self));

  reload_periods (self);
  run_query (self);
  if (self->list == NULL)
    update_count_and_state (self);
}

void
pd_contacts_view_focus_search (PdContactsView *self)
{
  g_return_if_fail (PD_IS_CONTACTS_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

gboolean
pd_contacts_view_select_contact (PdContactsView *self,
                                 gint64          contact_id)
{
  g_return_val_if_fail (PD_IS_CONTACTS_VIEW (self), FALSE);

  if (self->list != NULL && pd_contact_list_find (self->list, contact_id) < 0)
    {
      clear_filters (self);
      run_query (self);
    }
  select_id (self, contact_id, TRUE);
  return self->selected_id == contact_id;
}

gint64
pd_contacts_view_get_selected_id (PdContactsView *self)
{
  g_return_val_if_fail (PD_IS_CONTACTS_VIEW (self), 0);

  return self->selected_id;
}


GtkEditable *
_pd_contacts_view_get_search_entry (PdContactsView *self)
{
  return GTK_EDITABLE (self->search_entry);
}

GListModel *
_pd_contacts_view_get_rows (PdContactsView *self)
{
  return G_LIST_MODEL (gtk_column_view_get_model (self->column_view));
}

PdContactDetail *
_pd_contacts_view_get_detail (PdContactsView *self)
{
  return self->detail;
}

/* }}} */
