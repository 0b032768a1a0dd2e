// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"
#include "pd-repair.h"

G_BEGIN_DECLS

#define PD_TYPE_REPAIR_DETAIL (pd_repair_detail_get_type ())
G_DECLARE_FINAL_TYPE (PdRepairDetail, pd_repair_detail, PD, REPAIR_DETAIL, AdwBin)

/* The pane beside the repairs table: the order as reported, its dispatch and progress with the
 * running clock, the charge lines of a paid order, the completion, the callbacks, the site
 * survey and the settlement sheet; and buttons for the next steps the rules allow (actions
 * "repair.dispatch", "repair.accept", "repair.arrive", "repair.complete", "repair.callback",
 * "repair.edit", "repair.cancel", "repair.add-charge", "repair.accept-quote", "repair.survey",
 * "repair.settlement", "repair.print", "repair.export", "repair.print-settlement",
 * "repair.export-settlement"). After a step is saved it emits "changed" (gint64 order id, string
 * message for a toast). */
void        pd_repair_detail_set_database (PdRepairDetail      *self,
                                           PdDatabase          *db);
/* Reads the order afresh from the database (0: the "nothing selected" page). */
void        pd_repair_detail_show         (PdRepairDetail      *self,
                                           gint64               repair_id);
PdRepair   *pd_repair_detail_get_repair   (PdRepairDetail      *self);
/* The deadline settings and the time the clock shows; updates the clock at once. */
void        pd_repair_detail_set_clock    (PdRepairDetail      *self,
                                           const PdRepairTimes *times,
                                           gint64               now);

G_END_DECLS
