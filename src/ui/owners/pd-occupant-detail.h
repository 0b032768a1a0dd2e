// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"
#include "pd-occupant.h"

G_BEGIN_DECLS

#define PD_TYPE_OCCUPANT_DETAIL (pd_occupant_detail_get_type ())
G_DECLARE_FINAL_TYPE (PdOccupantDetail, pd_occupant_detail, PD, OCCUPANT_DETAIL, AdwBin)

/* The pane beside the occupant table: basic data (ID and phones masked until revealed), the
 * unit, dates and status, and the archive (documents, move-in and move-out records). Its
 * buttons activate owners.edit, owners.move-in and owners.move-out of the enclosing page. */
void        pd_occupant_detail_set_database (PdOccupantDetail *self,
                                             PdDatabase       *db);
/* Reads the occupant afresh from the database (0: shows the "nothing selected" page). */
void        pd_occupant_detail_show         (PdOccupantDetail *self,
                                             gint64            occupant_id);
PdOccupant *pd_occupant_detail_get_occupant (PdOccupantDetail *self);

G_END_DECLS
