// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_UNIT_FINDER (pd_unit_finder_get_type ())
G_DECLARE_FINAL_TYPE (PdUnitFinder, pd_unit_finder, PD, UNIT_FINDER, AdwBin)

/* The unit and occupant found as one types, for the forms that take a call at the desk: the
 * clerk types the building and unit ("3栋 1201", "3栋1201", "3 12" while still typing), a name
 * or a phone number, and picks a line (an occupant in a unit, or the unit alone when nobody of
 * it is listed, e.g. a vacant unit); the pick then shows as one row with a button to choose
 * again. Occupants who moved out are not offered.
 * Properties: "unit-id", "occupant-id" (gint64, 0: none; read-only, notified on a pick or a
 * clear). Signal "chosen": a line was picked (or the choice cleared), after the entries given
 * to pd_unit_finder_set_contact_entries() were filled. */
void         pd_unit_finder_set_database        (PdUnitFinder *self,
                                                 PdDatabase   *db);
/* Entries that a pick fills with the occupant's name and phone, unless the clerk typed
 * something else there (the caller may be a relative or a visitor). Either may be NULL. */
void         pd_unit_finder_set_contact_entries (PdUnitFinder *self,
                                                 GtkEditable  *name_entry,
                                                 GtkEditable  *phone_entry);
/* Shows an existing choice (e.g. a record being edited); unit_id 0 clears it. */
void         pd_unit_finder_set_unit            (PdUnitFinder *self,
                                                 gint64        unit_id,
                                                 gint64        occupant_id,
                                                 const char   *unit_label,
                                                 const char   *occupant_name);
gint64       pd_unit_finder_get_unit_id         (PdUnitFinder *self);
gint64       pd_unit_finder_get_occupant_id     (PdUnitFinder *self);
/* Of the line picked last; NULL when none or set by pd_unit_finder_set_unit() without one. */
const char  *pd_unit_finder_get_occupant_name   (PdUnitFinder *self);
const char  *pd_unit_finder_get_occupant_phone  (PdUnitFinder *self);
/* "3栋 1201" of the choice, NULL when none. */
const char  *pd_unit_finder_get_unit_label      (PdUnitFinder *self);
/* The title of the search row ("Unit or Occupant" by default). */
void         pd_unit_finder_set_title           (PdUnitFinder *self,
                                                 const char   *title);
void         pd_unit_finder_grab_focus          (PdUnitFinder *self);

/* Types @text and searches at once (no typing delay); returns the number of lines offered. */
guint        pd_unit_finder_search              (PdUnitFinder *self,
                                                 const char   *text);
/* Picks line @index as a click would. FALSE when there is no such line. */
gboolean     pd_unit_finder_pick                (PdUnitFinder *self,
                                                 guint         index);

G_END_DECLS
