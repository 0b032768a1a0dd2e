// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-ui"
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pd-mask.h"
#include "pd-occupant-store.h"
#include "pd-place-store.h"
#include "pd-ui-format.h"
#include "pd-unit-finder.h"

#define MAX_HITS        8
#define SEARCH_DELAY_MS 150

/* A line offered: a unit with its occupant, or a unit alone. */
typedef struct
{
  gint64  unit_id;
  gint64  occupant_id;
  char   *unit_label;
  char   *name;
  char   *phone;
} Hit;

struct _PdUnitFinder
{
  AdwBin          parent_instance;

  PdDatabase     *database;
  GPtrArray      *hits;           /* Hit per results_list row */
  gint64          unit_id;
  gint64          occupant_id;
  char           *unit_label;
  char           *occupant_name;
  char           *occupant_phone;
  guint           search_id;
  gboolean        loading;

  /* Template widgets */
  AdwEntryRow    *search_row;
  AdwActionRow   *chosen_row;
  GtkListBox     *results_list;
};

G_DEFINE_FINAL_TYPE (PdUnitFinder, pd_unit_finder, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_UNIT_ID,
  PROP_OCCUPANT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hit_free (gpointer data)
{
  Hit *hit = data;

  g_free (hit->unit_label);
  g_free (hit->name);
  g_free (hit->phone);
  g_free (hit);
}

static void
show_choice (PdUnitFinder *self)
{
  gboolean chosen = self->unit_id > 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->chosen_row),
                                 self->unit_label != NULL ? self->unit_label : "");
  adw_action_row_set_subtitle (self->chosen_row, self->occupant_name != NULL
                                                   ? self->occupant_name
                                                   : _("No occupant named"));
  gtk_widget_set_visible (GTK_WIDGET (self->chosen_row), chosen);
  gtk_widget_set_visible (GTK_WIDGET (self->search_row), !chosen);
  if (chosen)
    gtk_widget_set_visible (GTK_WIDGET (self->results_list), FALSE);
}

static void
set_choice (PdUnitFinder *self,
            gint64        unit_id,
            gint64        occupant_id,
            const char   *unit_label,
            const char   *name,
            const char   *phone)
{
  gboolean unit_changed = self->unit_id != unit_id;
  gboolean occupant_changed = self->occupant_id != occupant_id;

  self->unit_id = unit_id;
  self->occupant_id = occupant_id;
  g_free (self->unit_label);
  self->unit_label = unit_id > 0 ? g_strdup (unit_label) : NULL;
  g_free (self->occupant_name);
  self->occupant_name = name != NULL && *name != '\0' ? g_strdup (name) : NULL;
  g_free (self->occupant_phone);
  self->occupant_phone = phone != NULL && *phone != '\0' ? g_strdup (phone) : NULL;
  show_choice (self);

  if (unit_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT_ID]);
  if (occupant_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OCCUPANT_ID]);
}

static void
add_hit (PdUnitFinder *self,
         Hit          *hit,
         const char   *detail)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = hit->name != NULL ? g_strdup_printf ("%s · %s", hit->unit_label,
                                                                hit->name)
                                             : g_strdup (hit->unit_label);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_list_box_append (self->results_list, row);
  g_ptr_array_add (self->hits, hit);
}

/* "3栋 1201", "3栋1201" or "3 1201" as a building and a unit number. */
static PdUnit *
find_typed_unit (PdUnitFinder *self,
                 const char   *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, " \t", 2);
  const char *marks[] = { "栋", "座", "号楼" };

  if (parts[0] != NULL && parts[1] != NULL)
    {
      g_autofree char *number = g_strstrip (g_strdup (parts[1]));
      PdUnit *unit = pd_place_store_find_unit (self->database, parts[0], number, NULL);

      if (unit != NULL)
        return unit;
    }
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      const char *mark = strstr (text, marks[i]);

      if (mark != NULL && mark[strlen (marks[i])] != '\0')
        {
          g_autofree char *building = g_strndup (text, mark - text + strlen (marks[i]));
          return pd_place_store_find_unit (self->database, building,
                                           mark + strlen (marks[i]), NULL);
        }
    }
  return NULL;
}

static void
clear_results (PdUnitFinder *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);
  g_ptr_array_set_size (self->hits, 0);
}

static void
run_search (PdUnitFinder *self)
{
  g_autofree char *text = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (
                                               self->search_row)));
  g_autoptr(GArray) ids = NULL;
  g_autoptr(PdUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  PdOccupantQuery query;
  gboolean unit_listed = FALSE;

  clear_results (self);
  if (text == NULL || self->unit_id > 0 || self->database == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->results_list), FALSE);
      return;
    }

  unit = find_typed_unit (self, text);
  pd_occupant_query_init (&query);
  query.text = text;
  ids = pd_occupant_store_query_ids (self->database, &query, &error);
  if (ids == NULL)
    g_debug ("Occupant search: %s", error->message);

  for (guint i = 0; ids != NULL && i < ids->len && self->hits->len < MAX_HITS; i++)
    {
      g_autoptr(PdOccupant) o = pd_occupant_store_get (self->database,
                                                       g_array_index (ids, gint64, i), NULL);
      g_autofree char *phone = NULL;
      g_autofree char *detail = NULL;
      Hit *hit;

      /* Someone who moved out no longer speaks for the unit. */
      if (o == NULL || pd_occupant_get_status (o) == PD_STATUS_MOVED_OUT)
        continue;
      phone = pd_mask_phone (pd_occupant_get_phone (o));
      detail = g_strdup_printf ("%s · %s · %s", pd_role_to_label (pd_occupant_get_role (o)),
                                pd_status_to_label (pd_occupant_get_status (o)),
                                phone != NULL ? phone : "");
      hit = g_new0 (Hit, 1);
      hit->unit_id = pd_occupant_get_unit_id (o);
      hit->occupant_id = pd_occupant_get_id (o);
      hit->unit_label = pd_occupant_dup_unit_label (o);
      hit->name = g_strdup (pd_occupant_get_name (o));
      hit->phone = g_strdup (pd_occupant_get_phone (o));
      unit_listed |= unit != NULL && hit->unit_id == pd_unit_get_id (unit);
      add_hit (self, hit, detail);
    }

  /* A vacant unit, or a visitor speaking about one, still needs the unit alone. */
  if (unit != NULL && !unit_listed)
    {
      Hit *hit = g_new0 (Hit, 1);

      hit->unit_id = pd_unit_get_id (unit);
      hit->unit_label = g_strdup_printf ("%s %s", pd_unit_get_building_name (unit),
                                         pd_unit_get_number (unit));
      add_hit (self, hit, _("The unit, without an occupant"));
    }

  if (self->hits->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No unit or occupant matches"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Type the building and unit like 3栋 1201, a name or a "
                                     "phone number."));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->results_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->results_list), TRUE);
}

static gboolean
search_timeout_cb (gpointer user_data)
{
  PdUnitFinder *self = user_data;

  self->search_id = 0;
  run_search (self);
  return G_SOURCE_REMOVE;
}

static void
choose_hit (PdUnitFinder *self,
            guint         index)
{
  Hit *hit;

  if (index >= self->hits->len)
    return;
  hit = g_ptr_array_index (self->hits, index);
  set_choice (self, hit->unit_id, hit->occupant_id, hit->unit_label, hit->name, hit->phone);
  g_signal_emit (self, signals[CHOSEN], 0);
}

static void
search_changed_cb (PdUnitFinder *self)
{
  g_clear_handle_id (&self->search_id, g_source_remove);
  if (!self->loading)
    self->search_id = g_timeout_add (SEARCH_DELAY_MS, search_timeout_cb, self);
}

static void
search_activated_cb (PdUnitFinder *self)
{
  g_clear_handle_id (&self->search_id, g_source_remove);
  run_search (self);
  /* Enter takes the only line, as a clerk on the phone expects. */
  if (self->hits->len == 1)
    choose_hit (self, 0);
}

static void
result_activated_cb (PdUnitFinder  *self,
                     GtkListBoxRow *row)
{
  choose_hit (self, gtk_list_box_row_get_index (row));
}

static void
unchoose_clicked_cb (PdUnitFinder *self)
{
  set_choice (self, 0, 0, NULL, NULL, NULL);
  g_signal_emit (self, signals[CHOSEN], 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_row));
  run_search (self);
}

static void
pd_unit_finder_dispose (GObject *object)
{
  PdUnitFinder *self = PD_UNIT_FINDER (object);

  g_clear_handle_id (&self->search_id, g_source_remove);
  /* The template's root is the bin's child: AdwBin would unparent it once more. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_UNIT_FINDER);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_unit_finder_parent_class)->dispose (object);
}

static void
pd_unit_finder_finalize (GObject *object)
{
  PdUnitFinder *self = PD_UNIT_FINDER (object);

  g_clear_pointer (&self->hits, g_ptr_array_unref);
  g_free (self->unit_label);
  g_free (self->occupant_name);
  g_free (self->occupant_phone);

  G_OBJECT_CLASS (pd_unit_finder_parent_class)->finalize (object);
}

static void
pd_unit_finder_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PdUnitFinder *self = PD_UNIT_FINDER (object);

  switch (prop_id)
    {
    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;
    case PROP_OCCUPANT_ID:
      g_value_set_int64 (value, self->occupant_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_unit_finder_class_init (PdUnitFinderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_unit_finder_dispose;
  object_class->finalize = pd_unit_finder_finalize;
  object_class->get_property = pd_unit_finder_get_property;

  properties[PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OCCUPANT_ID] =
    g_param_spec_int64 ("occupant-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-unit-finder.ui");
  gtk_widget_class_bind_template_child (widget_class, PdUnitFinder, search_row);
  gtk_widget_class_bind_template_child (widget_class, PdUnitFinder, chosen_row);
  gtk_widget_class_bind_template_child (widget_class, PdUnitFinder, results_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, unchoose_clicked_cb);
}

static void
pd_unit_finder_init (PdUnitFinder *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->hits = g_ptr_array_new_with_free_func (hit_free);
  show_choice (self);
}

void
pd_unit_finder_set_database (PdUnitFinder *self,
                             PdDatabase   *db)
{
  g_return_if_fail (PD_IS_UNIT_FINDER (self));
  g_return_if_fail (db == NULL || PD_IS_DATABASE (db));

  g_set_object (&self->database, db);
}

void
pd_unit_finder_set_unit (PdUnitFinder *self,
                         gint64        unit_id,
                         gint64        occupant_id,
                         const char   *unit_label,
                         const char   *occupant_name)
{
  g_return_if_fail (PD_IS_UNIT_FINDER (self));

  set_choice (self, MAX (unit_id, 0), unit_id > 0 ? MAX (occupant_id, 0) : 0, unit_label,
              occupant_name, NULL);
}

gint64
pd_unit_finder_get_unit_id (PdUnitFinder *self)
{
  g_return_val_if_fail (PD_IS_UNIT_FINDER (self), 0);

  return self->unit_id;
}

gint64
pd_unit_finder_get_occupant_id (PdUnitFinder *self)
{
  g_return_val_if_fail (PD_IS_UNIT_FINDER (self), 0);

  return self->occupant_id;
}

const char *
pd_unit_finder_get_occupant_name (PdUnitFinder *self)
{
  g_return_val_if_fail (PD_IS_UNIT_FINDER (self), NULL);

  return self->occupant_name;
}

const char *
pd_unit_finder_get_occupant_phone (PdUnitFinder *self)
{
  g_return_val_if_fail (PD_IS_UNIT_FINDER (self), NULL);

  return self->occupant_phone;
}

const char *
pd_unit_finder_get_unit_label (PdUnitFinder *self)
{
  g_return_val_if_fail (PD_IS_UNIT_FINDER (self), NULL);

  return self->unit_label;
}

void
pd_unit_finder_set_title (PdUnitFinder *self,
                          const char   *title)
{
  g_return_if_fail (PD_IS_UNIT_FINDER (self));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->search_row), title);
}

void
pd_unit_finder_grab_focus (PdUnitFinder *self)
{
  g_return_if_fail (PD_IS_UNIT_FINDER (self));

  gtk_widget_grab_focus (self->unit_id > 0 ? GTK_WIDGET (self->chosen_row)
                                           : GTK_WIDGET (self->search_row));
}

guint
pd_unit_finder_search (PdUnitFinder *self,
                       const char   *text)
{
  g_return_val_if_fail (PD_IS_UNIT_FINDER (self), 0);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_row), text);
  self->loading = FALSE;
  g_clear_handle_id (&self->search_id, g_source_remove);
  run_search (self);
  return self->hits->len;
}

gboolean
pd_unit_finder_pick (PdUnitFinder *self,
                     guint         index)
{
  g_return_val_if_fail (PD_IS_UNIT_FINDER (self), FALSE);

  if (index >= self->hits->len)
    return FALSE;
  choose_hit (self, index);
  return TRUE;
}
