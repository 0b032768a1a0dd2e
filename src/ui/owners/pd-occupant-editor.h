// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"
#include "pd-occupant.h"

G_BEGIN_DECLS

#define PD_TYPE_OCCUPANT_EDITOR (pd_occupant_editor_get_type ())
G_DECLARE_FINAL_TYPE (PdOccupantEditor, pd_occupant_editor, PD, OCCUPANT_EDITOR, AdwWindow)

/* A modal form for a new (@occupant NULL) or an existing occupant. Each change is checked with
 * pd_occupant_check() and the issues are shown under their fields; Save stays insensitive
 * while there are errors. After a successful save the editor emits "saved" (gint64 id) and
 * closes; when the store refuses, it shows why and keeps the form as typed. */
PdOccupantEditor *pd_occupant_editor_new          (PdDatabase       *db,
                                                   PdOccupant       *occupant);
/* Preselects a building for a new occupant (0: none). */
void              pd_occupant_editor_set_building (PdOccupantEditor *self,
                                                   gint64            building_id);

G_END_DECLS
