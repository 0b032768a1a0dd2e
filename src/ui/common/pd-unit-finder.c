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
  GtkEditable    *name_entry;     /* filled from the occupant picked; may be NULL */
  GtkEditable    *phone_entry;
  char           *filled_name;    /* what a pick wrote there, to know it was not typed */
  char           *filled_phone;
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

/* "3栋 12", "3栋12", "3 12" or "3-12": a building and the start of a unit number, as typed so
 * far. */
static gboolean
split_unit_text (const char  *text,
                 char       **out_building,
                 char       **out_number)
{
  const char *marks[] = { "号楼", "栋", "座", " ", "-", "#", "/" };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      const char *mark = strstr (text, marks[i]);
      const char *rest;

      if (mark == NULL || mark == text)
        continue;
      rest = mark + strlen (marks[i]);
      while (*rest == ' ')
        rest++;
      if (*rest == '\0' || !g_ascii_isalnum (*rest))
        continue;
      /* The building keeps its mark ("3栋"); a separator is dropped ("3-12" is building 3). */
      *out_building = g_strndup (text, mark - text + (i < 3 ? strlen (marks[i]) : 0));
      *out_number = g_strstrip (g_strdup (rest));
      return TRUE;
    }
  return FALSE;
}

/* "3" finds the building "3栋" as well. */
static gboolean
building_matches (const char *name,
                  const char *typed)
{
  const char *rest;

  if (g_strcmp0 (name, typed) == 0)
    return TRUE;
  if (!g_str_has_prefix (name, typed))
    return FALSE;
  rest = name + strlen (typed);
  return g_str_equal (rest, "栋") || g_str_equal (rest, "座") || g_str_equal (rest, "号楼");
}

/* Units whose number starts with what was typed after a building of that name: the clerk
 * sees the unit while still typing it, and a vacant one too. */
static GPtrArray *
find_typed_units (PdDatabase *db,
                  const char *text)
{
  g_autofree char *building = NULL;
  g_autofree char *number = NULL;
  g_autoptr(GPtrArray) buildings = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  if (!split_unit_text (text, &building, &number))
    return found;
  buildings = pd_place_store_list_buildings (db, NULL);
  for (guint i = 0; buildings != NULL && i < buildings->len && found->len < MAX_HITS; i++)
    {
      PdBuilding *b = g_ptr_array_index (buildings, i);
      g_autoptr(GPtrArray) units = NULL;

      if (!building_matches (pd_building_get_name (b), building))
        continue;
      units = pd_place_store_list_units (db, pd_building_get_id (b), NULL);
      for (guint j = 0; units != NULL && j < units->len && found->len < MAX_HITS; j++)
        {
          PdUnit *unit = g_ptr_array_index (units, j);

          if (g_str_has_prefix (pd_unit_get_number (unit), number))
            g_ptr_array_add (found, g_object_ref (unit));
        }
    }
  return found;
}

/* Whether a line already offers the unit (@occupant_id -1: with anyone or alone). */
static gboolean
has_hit (PdUnitFinder *self,
         gint64        unit_id,
         gint64        occupant_id)
{
  for (guint i = 0; i < self->hits->len; i++)
    {
      Hit *hit = g_ptr_array_index (self->hits, i);

      if (hit->unit_id == unit_id && (occupant_id < 0 || hit->occupant_id == occupant_id))
        return TRUE;
    }
  return FALSE;
}

/* Offers the occupants the occupant search finds for @text (name, phone, a whole unit or
 * building), only those of @only_unit when it is not 0. */
static void
add_occupant_hits (PdUnitFinder *self,
                   const char   *text,
                   gint64        only_unit)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  PdOccupantQuery query;

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
      if (o == NULL || pd_occupant_get_status (o) == PD_STATUS_MOVED_OUT
          || (only_unit > 0 && pd_occupant_get_unit_id (o) != only_unit)
          || has_hit (self, pd_occupant_get_unit_id (o), pd_occupant_get_id (o)))
        continue;
      phone = pd_mask_phone (pd_occupant_get_phone (o));
      detail = g_strdup_printf ("%s · %s · %s", pd_role_to_label (pd_occupant_get_role (o)),
                                pd_status_to_label (pd_occupant_get_status (o)), phone);
      hit = g_new0 (Hit, 1);
      hit->unit_id = pd_occupant_get_unit_id (o);
      hit->occupant_id = pd_occupant_get_id (o);
      hit->unit_label = pd_occupant_dup_unit_label (o);
      hit->name = g_strdup (pd_occupant_get_name (o));
      hit->phone = g_strdup (pd_occupant_get_phone (o));
      add_hit (self, hit, detail);
    }
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
  g_autoptr(GPtrArray) units = NULL;

  clear_results (self);
  if (text == NULL || self->unit_id > 0 || self->database == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->results_list), FALSE);
      return;
    }

  add_occupant_hits (self, text, 0);
  units = find_typed_units (self->database, text);
  for (guint i = 0; i < units->len && self->hits->len < MAX_HITS; i++)
    {
      PdUnit *unit = g_ptr_array_index (units, i);
      gint64 unit_id = pd_unit_get_id (unit);
      g_autofree char *label = g_strdup_printf ("%s %s", pd_unit_get_building_name (unit),
                                                pd_unit_get_number (unit));

      add_occupant_hits (self, label, unit_id);
      /* A vacant unit, or a visitor speaking about one, still needs the unit alone. */
      if (!has_hit (self, unit_id, -1) && self->hits->len < MAX_HITS)
        {
          Hit *hit = g_new0 (Hit, 1);

          hit->unit_id = unit_id;
          hit->unit_label = g_steal_pointer (&label);
          add_hit (self, hit, _("The unit, without an occupant"));
        }
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

/* Writes @text into @entry unless the clerk typed something else there: the caller may be a
 * relative or a visitor. */
static void
fill_entry (GtkEditable  *entry,
            const char   *text,
            char        **filled)
{
  const char *now;

  if (entry == NULL || text == NULL)
    return;
  now = gtk_editable_get_text (entry);
  if (*now != '\0' && g_strcmp0 (now, *filled) != 0)
    return;
  gtk_editable_set_text (entry, text);
  g_free (*filled);
  *filled = g_strdup (text);
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
  fill_entry (self->name_entry, self->occupant_name, &self->filled_name);
  fill_entry (self->phone_entry, self->occupant_phone, &self->filled_phone);
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
  g_clear_object (&self->name_entry);
  g_clear_object (&self->phone_entry);

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
  g_free (self->filled_name);
  g_free (self->filled_phone);

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
pd_unit_finder_set_contact_entries (PdUnitFinder *self,
                                    GtkEditable  *name_entry,
                                    GtkEditable  *phone_entry)
{
  g_return_if_fail (PD_IS_UNIT_FINDER (self));
  g_return_if_fail (name_entry == NULL || GTK_IS_EDITABLE (name_entry));
  g_return_if_fail (phone_entry == NULL || GTK_IS_EDITABLE (phone_entry));

  g_set_object (&self->name_entry, name_entry);
  g_set_object (&self->phone_entry, phone_entry);
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
