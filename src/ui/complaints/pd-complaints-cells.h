// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtk/gtk.h>

#include "pd-complaint-rules.h"

G_BEGIN_DECLS

/* The cells of the complaints table and of the call/visit register. Every bound complaint cell
 * is remembered, so that the clock can update the rows on screen (and only those) without
 * rebinding: the two clocks, and the overdue colour of the whole row. */
typedef enum
{
  /* Complaints (PdComplaint items) */
  PD_COMPLAINTS_CELL_SERIAL,
  PD_COMPLAINTS_CELL_RECEIVED,
  PD_COMPLAINTS_CELL_COMPLAINANT,
  PD_COMPLAINTS_CELL_UNIT,
  PD_COMPLAINTS_CELL_CATEGORY,
  PD_COMPLAINTS_CELL_DEPARTMENT,
  PD_COMPLAINTS_CELL_STATE,
  PD_COMPLAINTS_CELL_FEEDBACK,
  PD_COMPLAINTS_CELL_DEADLINE,
  /* The register (PdContact items) */
  PD_CONTACTS_CELL_SERIAL,
  PD_CONTACTS_CELL_RECEIVED,
  PD_CONTACTS_CELL_CHANNEL,
  PD_CONTACTS_CELL_CALLER,
  PD_CONTACTS_CELL_UNIT,
  PD_CONTACTS_CELL_PHONE,
  PD_CONTACTS_CELL_CONTENT,
  PD_CONTACTS_CELL_OUTCOME,
  PD_CONTACTS_CELL_LINKED,
  PD_CONTACTS_CELL_RECORDER,
} PdComplaintsCellKind;

typedef struct _PdComplaintsCells PdComplaintsCells;

PdComplaintsCells *pd_complaints_cells_new       (void);
void               pd_complaints_cells_free      (PdComplaintsCells      *self);
/* Gives @column a factory for @kind. */
void               pd_complaints_cells_attach    (PdComplaintsCells      *self,
                                                  GtkColumnViewColumn    *column,
                                                  PdComplaintsCellKind    kind);
/* The settings and the time the next binds use; does not touch bound cells. */
void               pd_complaints_cells_set_clock (PdComplaintsCells      *self,
                                                  const PdComplaintTimes *times,
                                                  gint64                  now);
/* Updates the bound complaint cells at @now. Returns TRUE when a row on screen became
 * overdue (or stopped being overdue) since it was bound or last ticked: the order is stale. */
gboolean           pd_complaints_cells_tick      (PdComplaintsCells      *self,
                                                  gint64                  now);
/* The text of a complaint cell bound to @complaint_id, or NULL when none is bound (tests). */
const char        *pd_complaints_cells_peek      (PdComplaintsCells      *self,
                                                  gint64                  complaint_id,
                                                  PdComplaintsCellKind    kind,
                                                  gboolean               *out_overdue);

G_END_DECLS
