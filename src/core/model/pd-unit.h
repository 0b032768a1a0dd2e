// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib-object.h>
#include "pd-enums.h"

G_BEGIN_DECLS

#define PD_TYPE_UNIT (pd_unit_get_type ())
G_DECLARE_FINAL_TYPE (PdUnit, pd_unit, PD, UNIT, GObject)

/* Properties: "id", "building-id" (gint64), "building-name", "number", "floor" (int),
 * "area" (gint64, hundredths of a square metre), "unit-type" (int, PdUnitType),
 * "occupant-count" (guint, current occupants, filled by listing queries) */
PdUnit     *pd_unit_new                (void);
gint64      pd_unit_get_id             (PdUnit *self);
void        pd_unit_set_id             (PdUnit *self, gint64 id);
gint64      pd_unit_get_building_id    (PdUnit *self);
void        pd_unit_set_building_id    (PdUnit *self, gint64 id);
const char *pd_unit_get_building_name  (PdUnit *self);
void        pd_unit_set_building_name  (PdUnit *self, const char *name);
const char *pd_unit_get_number         (PdUnit *self);
void        pd_unit_set_number         (PdUnit *self, const char *number);
int         pd_unit_get_floor          (PdUnit *self);
void        pd_unit_set_floor          (PdUnit *self, int floor);
gint64      pd_unit_get_area           (PdUnit *self);
void        pd_unit_set_area           (PdUnit *self, gint64 centi_m2);
PdUnitType  pd_unit_get_unit_type      (PdUnit *self);
void        pd_unit_set_unit_type      (PdUnit *self, PdUnitType type);
guint       pd_unit_get_occupant_count (PdUnit *self);
void        pd_unit_set_occupant_count (PdUnit *self, guint count);

G_END_DECLS
