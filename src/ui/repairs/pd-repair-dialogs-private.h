// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-callback-dialog.h"
#include "pd-repair-charge-dialog.h"
#include "pd-repair-complete-dialog.h"
#include "pd-repair-dispatch-dialog.h"
#include "pd-repair-intake-dialog.h"
#include "pd-settlement-dialog.h"
#include "pd-unit-finder.h"

G_BEGIN_DECLS

/* For tests: drive the repairs dialogs as a clerk would. */

/* The entry of a field: "reporter", "phone", "location", "reported", "appointment", "clerk". */
GtkEditable *_pd_repair_intake_dialog_get_entry   (PdRepairIntakeDialog *self,
                                                   const char           *field);
void         _pd_repair_intake_dialog_set_description (PdRepairIntakeDialog *self,
                                                       const char           *text);
/* The unit and occupant search, to type in and pick from (pd_unit_finder_search(),
 * pd_unit_finder_pick()). */
PdUnitFinder *_pd_repair_intake_dialog_get_finder (PdRepairIntakeDialog *self);
/* Selects a combo row by its label: "channel", "category", "urgency", "class", "source". */
gboolean     _pd_repair_intake_dialog_choose      (PdRepairIntakeDialog *self,
                                                   const char           *field,
                                                   const char           *label);
void         _pd_repair_intake_dialog_set_public  (PdRepairIntakeDialog *self,
                                                   gboolean              public_area);
/* The message under a field ("place", "reporter", ...), NULL when none is shown. */
const char  *_pd_repair_intake_dialog_get_issue   (PdRepairIntakeDialog *self,
                                                   const char           *field);
gboolean     _pd_repair_intake_dialog_can_save    (PdRepairIntakeDialog *self);

/* Department and worker by their names (worker NULL: the department's team). */
gboolean     _pd_repair_dispatch_dialog_choose    (PdRepairDispatchDialog *self,
                                                   const char             *department,
                                                   const char             *worker);
GtkEditable *_pd_repair_dispatch_dialog_get_entry (PdRepairDispatchDialog *self,
                                                   const char             *field);

/* "materials", "result", "completed"; ratings 0..5. */
GtkEditable *_pd_repair_complete_dialog_get_entry (PdRepairCompleteDialog *self,
                                                   const char             *field);
void         _pd_repair_complete_dialog_set_work_done (PdRepairCompleteDialog *self,
                                                       const char             *text);
void         _pd_repair_complete_dialog_set_ratings (PdRepairCompleteDialog *self,
                                                     gboolean                confirmed,
                                                     int                     quality,
                                                     int                     attitude);

/* Chooses the method, staff, satisfaction and follow-up. */
void         _pd_callback_dialog_fill             (PdCallbackDialog  *self,
                                                   gboolean           onsite,
                                                   const char        *staff,
                                                   gboolean           satisfied,
                                                   gboolean           linked_order,
                                                   const char        *remarks);

/* A line from the price list (by code) or by hand (@code NULL). */
gboolean     _pd_repair_charge_dialog_fill        (PdRepairChargeDialog *self,
                                                   const char           *code,
                                                   const char           *item,
                                                   const char           *unit,
                                                   const char           *quantity,
                                                   const char           *price);

/* The lines editor and the capitals shown. */
typedef struct _PdSettlementLines PdSettlementLines;
PdSettlementLines *_pd_settlement_dialog_get_lines    (PdSettlementDialog *self);
const char        *_pd_settlement_dialog_get_capitals (PdSettlementDialog *self);

/* Every dialog: presses Save (or Record); TRUE when it saved and closed. */
gboolean     _pd_repair_dialog_save               (GtkWidget            *dialog);

G_END_DECLS
