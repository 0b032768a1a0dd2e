// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-complaint.h"
#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_COMPLAINT_DETAIL (pd_complaint_detail_get_type ())
G_DECLARE_FINAL_TYPE (PdComplaintDetail, pd_complaint_detail, PD, COMPLAINT_DETAIL, AdwBin)

/* The pane beside the complaints table: the complaint handling report (投诉处理报告) as it
 * grows — registration and the four clear, validity, dispatch with the deadline, the manager's
 * directions on a serious case, feedback to the occupant, the department's action and result,
 * the callbacks, sign-off and archive — with the running clocks, and buttons for the next steps
 * (actions "complaint.decide", "complaint.dispatch", "complaint.serious",
 * "complaint.manager", "complaint.feedback", "complaint.result", "complaint.callback",
 * "complaint.sign-off", "complaint.archive", "complaint.edit", "complaint.print",
 * "complaint.export"). A step out of order is refused by the core; its sentence is shown in a
 * dialog. After a step is saved it emits "changed" (gint64 complaint id, string message for a
 * toast). */
void         pd_complaint_detail_set_database (PdComplaintDetail      *self,
                                               PdDatabase             *db);
/* Reads the case afresh (0: the "nothing selected" page). */
void         pd_complaint_detail_show         (PdComplaintDetail      *self,
                                               gint64                  complaint_id);
PdComplaint *pd_complaint_detail_get_complaint (PdComplaintDetail     *self);
/* The clock settings and the time the clocks show; updates them at once. */
void         pd_complaint_detail_set_clock    (PdComplaintDetail      *self,
                                               const PdComplaintTimes *times,
                                               gint64                  now);

G_END_DECLS
