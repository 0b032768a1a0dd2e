// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PD_TYPE_BUILDING (pd_building_get_type ())
G_DECLARE_FINAL_TYPE (PdBuilding, pd_building, PD, BUILDING, GObject)

/* Properties: "id" (gint64), "estate-id" (gint64), "estate-name", "name", "unit-count" (guint) */
PdBuilding *pd_building_new            (void);
gint64      pd_building_get_id         (PdBuilding *self);
void        pd_building_set_id         (PdBuilding *self, gint64 id);
gint64      pd_building_get_estate_id  (PdBuilding *self);
void        pd_building_set_estate_id  (PdBuilding *self, gint64 id);
const char *pd_building_get_estate_name (PdBuilding *self);
void        pd_building_set_estate_name (PdBuilding *self, const char *name);
const char *pd_building_get_name       (PdBuilding *self);
void        pd_building_set_name       (PdBuilding *self, const char *name);
guint       pd_building_get_unit_count (PdBuilding *self);
void        pd_building_set_unit_count (PdBuilding *self, guint count);

G_END_DECLS
