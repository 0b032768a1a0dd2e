// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

/* The unit and occupant search of the intake dialog: what a clerk types while on the phone
 * ("3栋 12", a name, a phone number or its last four digits) becomes a short list of units
 * with the people living there, or a unit alone when it is vacant. */
typedef struct
{
  gint64  unit_id;
  gint64  occupant_id;  /* 0: the unit alone */
  char   *unit_label;   /* "3栋 1201" */
  char   *name;         /* the occupant, NULL for the unit alone */
  char   *phone;        /* the occupant's phone, in full, NULL for the unit alone */
  char   *detail;       /* "业主 · 在住 · 138****5678" */
} PdRepairHit;

void        pd_repair_hit_free     (PdRepairHit       *hit);

/* Up to @max hits: the occupant search's own matches (name, phone, exact unit, a whole
 * building), then the units whose number starts with what was typed after a building.
 * Occupants who moved out are left out. Array of PdRepairHit (owning). */
GPtrArray  *pd_repair_unit_search  (PdDatabase        *db,
                                    const char        *text,
                                    guint              max);
/* An activatable row showing @hit. */
GtkWidget  *pd_repair_hit_row_new  (const PdRepairHit *hit);

G_END_DECLS
