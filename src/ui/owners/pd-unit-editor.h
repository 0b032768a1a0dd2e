// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"
#include "pd-unit.h"

G_BEGIN_DECLS

#define PD_TYPE_UNIT_EDITOR (pd_unit_editor_get_type ())
G_DECLARE_FINAL_TYPE (PdUnitEditor, pd_unit_editor, PD, UNIT_EDITOR, AdwWindow)

/* A small modal form for a new unit of @building_id (@unit NULL) or an existing unit: number,
 * floor, floor area, type. Emits "saved" (gint64 unit id) and closes after a successful save;
 * when the store refuses, shows why and keeps the form. */
PdUnitEditor *pd_unit_editor_new (PdDatabase *db,
                                  gint64      building_id,
                                  PdUnit     *unit);

G_END_DECLS
