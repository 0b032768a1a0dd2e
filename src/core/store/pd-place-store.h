// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-building.h"
#include "pd-unit.h"

G_BEGIN_DECLS

/* Estates, buildings and units. Names are trimmed; an empty name is PD_DB_ERROR_INVALID. */
gint64      pd_place_store_ensure_estate     (PdDatabase  *db,
                                              const char  *name,
                                              GError     **error);
/* The estate used when none is named: the first one, created as "默认小区" on an empty db. */
gint64      pd_place_store_default_estate    (PdDatabase  *db,
                                              GError     **error);
char       *pd_place_store_dup_estate_name   (PdDatabase  *db,
                                              gint64       estate_id,
                                              GError     **error);
gboolean    pd_place_store_rename_estate     (PdDatabase  *db,
                                              gint64       estate_id,
                                              const char  *name,
                                              GError     **error);

gint64      pd_place_store_ensure_building   (PdDatabase  *db,
                                              gint64       estate_id,
                                              const char  *name,
                                              GError     **error);
/* Array of PdBuilding (with unit-count), ordered by estate then natural building order. */
GPtrArray  *pd_place_store_list_buildings    (PdDatabase  *db,
                                              GError     **error);
gboolean    pd_place_store_rename_building   (PdDatabase  *db,
                                              gint64       building_id,
                                              const char  *name,
                                              GError     **error);
/* Refuses (PD_DB_ERROR_CONSTRAINT, message names the count) while the building has units. */
gboolean    pd_place_store_delete_building   (PdDatabase  *db,
                                              gint64       building_id,
                                              GError     **error);

/* Checks number non-empty and area > 0; sets the unit's id on success. */
gboolean    pd_place_store_insert_unit       (PdDatabase  *db,
                                              PdUnit      *unit,
                                              GError     **error);
gboolean    pd_place_store_update_unit       (PdDatabase  *db,
                                              PdUnit      *unit,
                                              GError     **error);
/* Refuses while the unit has occupant records. */
gboolean    pd_place_store_delete_unit       (PdDatabase  *db,
                                              gint64       unit_id,
                                              GError     **error);
PdUnit     *pd_place_store_get_unit          (PdDatabase  *db,
                                              gint64       unit_id,
                                              GError     **error);
/* NULL without error when there is no such unit. */
PdUnit     *pd_place_store_find_unit         (PdDatabase  *db,
                                              const char  *building_name,
                                              const char  *unit_number,
                                              GError     **error);
/* Array of PdUnit of one building (building_id 0: all), natural order of numbers. */
GPtrArray  *pd_place_store_list_units        (PdDatabase  *db,
                                              gint64       building_id,
                                              GError     **error);
gint64      pd_place_store_count_units       (PdDatabase  *db,
                                              GError     **error);

G_END_DECLS
