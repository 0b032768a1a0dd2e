// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Stored as the text codes of the contacts and complaints tables ("registered", "phone",
 * "inquiry", ...); labels are translated (Chinese in the zh_CN catalogue). from_code() accepts
 * only the stored code. */

/* The life of a complaint (pd-complaint-rules.h has the machine):
 * registered → invalid (closed, not a complaint)
 * registered → dispatched → handled → called_back → signed_off → archived.
 * An unsatisfied callback sends a handled case back to dispatched (reopened). */
typedef enum
{
  PD_COMPLAINT_STATE_REGISTERED,   /* 已登记: validity not decided, or valid and not dispatched */
  PD_COMPLAINT_STATE_INVALID,      /* 无效投诉: explained to the occupant and closed */
  PD_COMPLAINT_STATE_DISPATCHED,   /* 已派单: with the responsible department */
  PD_COMPLAINT_STATE_HANDLED,      /* 已处理: the department's action and result recorded */
  PD_COMPLAINT_STATE_CALLED_BACK,  /* 已回访: satisfied callback, waiting for the manager */
  PD_COMPLAINT_STATE_SIGNED_OFF,   /* 经理已签字 */
  PD_COMPLAINT_STATE_ARCHIVED,     /* 已归档 */
} PdComplaintState;
#define PD_COMPLAINT_N_STATES (PD_COMPLAINT_STATE_ARCHIVED + 1)

/* How a call or visit came in; one numbering across channels. Codes as for repairs. */
typedef enum
{
  PD_CONTACT_CHANNEL_PHONE,    /* "phone" 来电 */
  PD_CONTACT_CHANNEL_VISIT,    /* "visit" 来访 */
  PD_CONTACT_CHANNEL_WRITTEN,  /* "written" 书面 */
} PdContactChannel;
#define PD_CONTACT_N_CHANNELS (PD_CONTACT_CHANNEL_WRITTEN + 1)

/* What a register entry became. */
typedef enum
{
  PD_CONTACT_OUTCOME_PENDING,    /* "pending" 待处理 */
  PD_CONTACT_OUTCOME_COMPLAINT,  /* "complaint" 转投诉 */
  PD_CONTACT_OUTCOME_REPAIR,     /* "repair" 转报修 */
  PD_CONTACT_OUTCOME_INQUIRY,    /* "inquiry" 咨询已答复 */
} PdContactOutcome;
#define PD_CONTACT_N_OUTCOMES (PD_CONTACT_OUTCOME_INQUIRY + 1)

/* Validity of a complaint: the valid column is NULL / 1 / 0. */
typedef enum
{
  PD_COMPLAINT_VALIDITY_UNDECIDED = -1,
  PD_COMPLAINT_VALIDITY_INVALID = 0,
  PD_COMPLAINT_VALIDITY_VALID = 1,
} PdComplaintValidity;

const char *pd_complaint_state_to_code     (PdComplaintState state);
gboolean    pd_complaint_state_from_code   (const char *code, PdComplaintState *out);
const char *pd_complaint_state_to_label    (PdComplaintState state);  /* 已登记 / 已派单 / ... */
/* TRUE for registered, dispatched, handled and called_back: not yet signed off or closed. */
gboolean    pd_complaint_state_is_open     (PdComplaintState state);

const char *pd_contact_channel_to_code     (PdContactChannel channel);
gboolean    pd_contact_channel_from_code   (const char *code, PdContactChannel *out);
const char *pd_contact_channel_to_label    (PdContactChannel channel);  /* 电话 / 来访 / 书面 */

const char *pd_contact_outcome_to_code     (PdContactOutcome outcome);
gboolean    pd_contact_outcome_from_code   (const char *code, PdContactOutcome *out);
const char *pd_contact_outcome_to_label    (PdContactOutcome outcome);  /* 待处理 / 转投诉 / ... */

/* 未判定 / 无效 / 有效 */
const char *pd_complaint_validity_to_label (PdComplaintValidity validity);

G_END_DECLS
