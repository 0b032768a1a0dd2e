// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pd-occupant-store.h"
#include "pd-place-store.h"
#include "pd-repair-unit-search.h"
#include "pd-repairs-format.h"

void
pd_repair_hit_free (PdRepairHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->unit_label);
  g_free (hit->name);
  g_free (hit->phone);
  g_free (hit->detail);
  g_free (hit);
}

/* "3栋 12", "3栋12" or "3 12": a building and the start of a unit number, as typed so far. */
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

/* Units whose number starts with what was typed, in a building of that name. */
static GPtrArray *
find_typed_units (PdDatabase *db,
                  const char *text,
                  guint       max)
{
  g_autofree char *building = NULL;
  g_autofree char *number = NULL;
  g_autoptr(GPtrArray) buildings = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  if (!split_unit_text (text, &building, &number))
    return found;
  buildings = pd_place_store_list_buildings (db, NULL);
  for (guint i = 0; buildings != NULL && i < buildings->len; i++)
    {
      PdBuilding *b = g_ptr_array_index (buildings, i);
      g_autoptr(GPtrArray) units = NULL;

      if (!building_matches (pd_building_get_name (b), building))
        continue;
      units = pd_place_store_list_units (db, pd_building_get_id (b), NULL);
      for (guint j = 0; units != NULL && j < units->len && found->len < max; j++)
        {
          PdUnit *unit = g_ptr_array_index (units, j);

          if (g_str_has_prefix (pd_unit_get_number (unit), number))
            g_ptr_array_add (found, g_object_ref (unit));
        }
    }
  return found;
}

static gboolean
has_hit (GPtrArray *hits,
         gint64     unit_id,
         gint64     occupant_id)
{
  for (guint i = 0; i < hits->len; i++)
    {
      PdRepairHit *hit = g_ptr_array_index (hits, i);

      if (hit->unit_id == unit_id && hit->occupant_id == occupant_id)
        return TRUE;
    }
  return FALSE;
}

/* Adds the occupants the occupant search finds for @text (only those of @only_unit when it
 * is not 0). */
static void
add_occupant_hits (PdDatabase *db,
                   GPtrArray  *hits,
                   const char *text,
                   gint64      only_unit,
                   guint       max)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  PdOccupantQuery query;

  pd_occupant_query_init (&query);
  query.text = text;
  ids = pd_occupant_store_query_ids (db, &query, &error);
  if (ids == NULL)
    g_debug ("Occupant search: %s", error->message);

  for (guint i = 0; ids != NULL && i < ids->len && hits->len < max; i++)
    {
      g_autoptr(PdOccupant) o = pd_occupant_store_get (db, g_array_index (ids, gint64, i), NULL);
      g_autofree char *phone = NULL;
      PdRepairHit *hit;

      /* Someone who moved out no longer reports repairs for the unit. */
      if (o == NULL || pd_occupant_get_status (o) == PD_STATUS_MOVED_OUT
          || (only_unit > 0 && pd_occupant_get_unit_id (o) != only_unit)
          || has_hit (hits, pd_occupant_get_unit_id (o), pd_occupant_get_id (o)))
        continue;
      phone = pd_repairs_mask_phone (pd_occupant_get_phone (o));
      hit = g_new0 (PdRepairHit, 1);
      hit->unit_id = pd_occupant_get_unit_id (o);
      hit->occupant_id = pd_occupant_get_id (o);
      hit->unit_label = pd_occupant_dup_unit_label (o);
      hit->name = g_strdup (pd_occupant_get_name (o));
      hit->phone = g_strdup (pd_occupant_get_phone (o));
      hit->detail = g_strdup_printf ("%s · %s · %s", pd_role_to_label (pd_occupant_get_role (o)),
                                     pd_status_to_label (pd_occupant_get_status (o)), phone);
      g_ptr_array_add (hits, hit);
    }
}

GPtrArray *
pd_repair_unit_search (PdDatabase *db,
                       const char *text,
                       guint       max)
{
  GPtrArray *hits = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_repair_hit_free);
  g_autoptr(GPtrArray) units = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), hits);

  if (text == NULL || *text == '\0')
    return hits;

  add_occupant_hits (db, hits, text, 0, max);
  units = find_typed_units (db, text, max);
  for (guint i = 0; i < units->len && hits->len < max; i++)
    {
      PdUnit *unit = g_ptr_array_index (units, i);
      g_autofree char *label = g_strdup_printf ("%s %s", pd_unit_get_building_name (unit),
                                                pd_unit_get_number (unit));
      guint before = hits->len;

      add_occupant_hits (db, hits, label, pd_unit_get_id (unit), max);
      /* A vacant unit (or a visitor's report) still needs the unit without an occupant. */
      if (hits->len == before && !has_hit (hits, pd_unit_get_id (unit), 0))
        {
          PdRepairHit *hit = g_new0 (PdRepairHit, 1);

          hit->unit_id = pd_unit_get_id (unit);
          hit->unit_label = g_steal_pointer (&label);
          hit->detail = g_strdup (_("The unit, without an occupant"));
          g_ptr_array_add (hits, hit);
        }
    }
  return hits;
}

GtkWidget *
pd_repair_hit_row_new (const PdRepairHit *hit)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = hit->name != NULL ? g_strdup_printf ("%s · %s", hit->unit_label,
                                                                hit->name)
                                             : g_strdup (hit->unit_label);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hit->detail);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  return row;
}
