// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtk/gtk.h>

#include "pd-repair-deadline.h"

G_BEGIN_DECLS

/* The cells of the repairs table. Every bound cell is remembered, so that the clock can update
 * the rows on screen (and only those) without rebinding: the time-left text, and the overdue
 * colour of the whole row. */
typedef enum
{
  PD_REPAIRS_CELL_SERIAL,
  PD_REPAIRS_CELL_REPORTED,
  PD_REPAIRS_CELL_UNIT,
  PD_REPAIRS_CELL_REPORTER,
  PD_REPAIRS_CELL_CATEGORY,
  PD_REPAIRS_CELL_URGENCY,
  PD_REPAIRS_CELL_STATE,
  PD_REPAIRS_CELL_ASSIGNEE,
  PD_REPAIRS_CELL_TIME_LEFT,
} PdRepairsCellKind;

typedef struct _PdRepairsCells PdRepairsCells;

PdRepairsCells *pd_repairs_cells_new       (void);
void            pd_repairs_cells_free      (PdRepairsCells      *self);
/* Gives @column a factory for @kind. */
void            pd_repairs_cells_attach    (PdRepairsCells      *self,
                                            GtkColumnViewColumn *column,
                                            PdRepairsCellKind    kind);
/* The settings and the time the next binds use; does not touch bound cells. */
void            pd_repairs_cells_set_clock (PdRepairsCells      *self,
                                            const PdRepairTimes *times,
                                            gint64               now);
/* Updates the bound cells at @now. Returns TRUE when a row on screen became overdue (or
 * stopped being overdue) since it was bound or last ticked: the list order is stale. */
gboolean        pd_repairs_cells_tick      (PdRepairsCells      *self,
                                            gint64               now);
/* The text of the time-left cell bound to the order @repair_id, or NULL when none is bound
 * (for tests). */
const char     *pd_repairs_cells_peek_time_left (PdRepairsCells *self,
                                                 gint64          repair_id,
                                                 gboolean       *out_overdue);

G_END_DECLS
