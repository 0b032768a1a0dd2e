// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-complaint.h"
#include "pd-contact.h"
#include "pd-database.h"

G_BEGIN_DECLS

/* The small steps of a complaint and of a register entry, each a short form: what was done or
 * said, who, when. */
typedef enum
{
  /* Complaints */
  PD_STEP_DECIDE,             /* valid or not; not valid needs the explanation given */
  PD_STEP_MANAGER,            /* the manager names the person responsible and the measures */
  PD_STEP_FEEDBACK,           /* feedback to the occupant: by whom, what was said, when */
  PD_STEP_RESULT,             /* the department's action and result */
  PD_STEP_SIGN_OFF,           /* the manager signs the report */
  PD_STEP_ARCHIVE,
  /* Register entries */
  PD_STEP_ANSWER,             /* an inquiry answered on the spot */
  PD_STEP_ACTION_TAKEN,       /* 已采取行动 */
  PD_STEP_FOLLOW_UP_NEEDED,   /* 所需跟踪行动 */
  PD_STEP_FOLLOW_UP_DONE,     /* 已进行的跟踪行动 */
  PD_STEP_CUSTOMER_FEEDBACK,  /* 客户反馈意见 */
} PdStepKind;

#define PD_TYPE_COMPLAINT_STEP_DIALOG (pd_complaint_step_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdComplaintStepDialog, pd_complaint_step_dialog, PD,
                      COMPLAINT_STEP_DIALOG, AdwWindow)

/* A step of @complaint (PD_STEP_DECIDE … PD_STEP_ARCHIVE) or of @contact (PD_STEP_ANSWER …
 * PD_STEP_CUSTOMER_FEEDBACK); a register column already written starts filled in. Problems
 * show at the bottom as they are typed; Save stays insensitive while there are any. The store
 * checks the rules: a refusal is shown in a dialog with its sentence and the form stays. On
 * success emits "saved" (gint64 complaint or entry id) and closes. */
PdComplaintStepDialog *pd_complaint_step_dialog_new_for_complaint (PdDatabase  *db,
                                                                   PdComplaint *complaint,
                                                                   PdStepKind   kind);
PdComplaintStepDialog *pd_complaint_step_dialog_new_for_contact   (PdDatabase  *db,
                                                                   PdContact   *contact,
                                                                   PdStepKind   kind);

G_END_DECLS
