// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>
#include "pd-complaint-enums.h"
#include "pd-repair-deadline.h"  /* PdRepairClockPart, pd_repair_format_time_left() */

G_BEGIN_DECLS

/* The rules of complaints (投诉): the state machine, the deadlines and the timeliness of a case.
 * Pure functions: every time is Unix seconds UTC and "now" is always an argument. */

#define PD_COMPLAINT_ERROR (pd_complaint_error_quark ())

typedef enum
{
  PD_COMPLAINT_ERROR_STATE,    /* the step is not allowed in the case's current state */
  PD_COMPLAINT_ERROR_FIELD,    /* a required field is missing or a value is out of range */
  PD_COMPLAINT_ERROR_TIME,     /* times out of order (a result before the dispatch, ...) */
  PD_COMPLAINT_ERROR_MANAGER,  /* a serious case still waits for the manager's directions */
} PdComplaintErrorCode;

GQuark   pd_complaint_error_quark (void);

typedef enum
{
  PD_COMPLAINT_ACTION_EDIT,            /* change the registration fields */
  PD_COMPLAINT_ACTION_DECIDE,          /* valid or not (may be changed until dispatch) */
  PD_COMPLAINT_ACTION_DISPATCH,        /* to a department; again to re-assign until handled */
  PD_COMPLAINT_ACTION_MARK_SERIOUS,    /* set or clear the serious flag */
  PD_COMPLAINT_ACTION_MANAGER_DIRECT,  /* the manager names the person responsible, measures */
  PD_COMPLAINT_ACTION_FEEDBACK,        /* feedback to the occupant (within 24 h) */
  PD_COMPLAINT_ACTION_RESULT,          /* the department's action and result */
  PD_COMPLAINT_ACTION_CALLBACK,        /* through the callback subsystem */
  PD_COMPLAINT_ACTION_REOPEN,          /* an unsatisfied callback: back to the department */
  PD_COMPLAINT_ACTION_SIGN_OFF,        /* the manager signs the report */
  PD_COMPLAINT_ACTION_ARCHIVE,
} PdComplaintAction;

/* What the rules need to know of a case. */
typedef struct
{
  const char          *serial;            /* for messages; may be NULL */
  PdComplaintState     state;
  PdComplaintValidity  valid;
  gboolean             serious;
  gboolean             manager_directed;  /* person responsible and measures recorded */
  gboolean             feedback_given;
} PdComplaintFacts;

/* The machine:
 *   EDIT, MARK_SERIOUS: any open state (registered … called_back).
 *   DECIDE: registered only (once dispatched the case is valid by the act).
 *   DISPATCH: registered and judged valid; again from dispatched to re-assign.
 *   MANAGER_DIRECT: a serious case, open.
 *   FEEDBACK: once, at any state after registration except archived (an invalid case's
 *     explanation may be recorded as feedback too).
 *   RESULT: dispatched; a serious case needs the manager's directions first.
 *   CALLBACK: handled only ("no callback before a result").
 *   REOPEN: handled (the callback subsystem does it on an unsatisfied answer).
 *   SIGN_OFF: called_back only ("no sign-off before a callback").
 *   ARCHIVE: signed_off or invalid.
 * FALSE with a PD_COMPLAINT_ERROR (a translated sentence naming the case) otherwise. */
gboolean         pd_complaint_rules_check      (const PdComplaintFacts *facts,
                                                PdComplaintAction       action,
                                                GError                **error);
/* The state an allowed action leads to (DECIDE leads to invalid only when judged not valid:
 * pass the decision in valid; other actions ignore it). */
PdComplaintState pd_complaint_rules_next_state (PdComplaintState  state,
                                                PdComplaintAction action,
                                                gboolean          valid);

/* Settings of the clocks (complaint.* keys). */
typedef struct
{
  int feedback_hours;  /* feedback to the occupant within this many hours of registration (24) */
  int callback_hours;  /* callback within this many hours of the result (24) */
} PdComplaintTimes;

#define PD_COMPLAINT_FEEDBACK_HOURS_DEFAULT 24
#define PD_COMPLAINT_CALLBACK_HOURS_DEFAULT 24
/* An ordinary case is closed within its category's cycle; the source's "12 days" is read as
 * "1–2 days" (docs/decisions.md), so the default is the upper end. */
#define PD_COMPLAINT_CYCLE_HOURS_DEFAULT    48
#define PD_COMPLAINT_CYCLE_HOURS_MAX        (60 * 24)

void     pd_complaint_times_init_defaults (PdComplaintTimes       *times);
/* feedback_hours and callback_hours 1..720; PD_RULE_ERROR_RANGE naming the setting otherwise. */
gboolean pd_complaint_times_check         (const PdComplaintTimes *times,
                                           GError                **error);
/* A category cycle 1..PD_COMPLAINT_CYCLE_HOURS_MAX; PD_RULE_ERROR_RANGE otherwise. */
gboolean pd_complaint_cycle_check         (int                     cycle_hours,
                                           GError                **error);

/* The committed handling deadline: registered_at + cycle_hours (a serious case may instead
 * carry the manager's deadline, which the store keeps in deadline_at). */
gint64   pd_complaint_committed_deadline  (gint64 registered_at,
                                           int    cycle_hours);
gint64   pd_complaint_feedback_due        (const PdComplaintTimes *times,
                                           gint64                  registered_at);
/* 0 when there is no result yet. */
gint64   pd_complaint_callback_due        (const PdComplaintTimes *times,
                                           gint64                  handled_at);

/* The instants of one case the clocks need; 0 means "not set". */
typedef struct
{
  PdComplaintState    state;
  PdComplaintValidity valid;
  gint64              registered_at;  /* received_at of the complaint */
  gint64              deadline_at;    /* committed handling deadline */
  gint64              feedback_at;
  gint64              handled_at;     /* result recorded (cleared by a reopen) */
  gint64              called_back_at;
} PdComplaintMoments;

/* Three clocks, each a PdRepairClockPart (due, done, met, overdue, late, seconds_left):
 * feedback (until feedback is given), handling (until the result), callback (from the result
 * until the callback). An invalid case has no clock; signed-off and archived cases keep the
 * done/met/late facts of the steps taken, and a step never taken has no clock (due 0). */
typedef struct
{
  PdRepairClockPart feedback;
  PdRepairClockPart handling;
  PdRepairClockPart callback;
} PdComplaintClock;

void     pd_complaint_clock_compute       (const PdComplaintTimes   *times,
                                           const PdComplaintMoments *m,
                                           gint64                    now,
                                           PdComplaintClock         *out);
/* TRUE when any clock is overdue (red rows, the tab badge). */
gboolean pd_complaint_clock_is_overdue    (const PdComplaintClock   *clock);
/* The running clock due first; NULL when none runs. */
const PdRepairClockPart *pd_complaint_clock_current (const PdComplaintClock *clock);

/* Timeliness of one case for the monthly rate (docs/decisions.md, "Complaints"):
 *   EXCLUDED      judged not valid: not a complaint, neither numerator nor denominator;
 *   ON_TIME       result recorded at or before the deadline (exactly at it is on time);
 *   LATE          result recorded after the deadline, or no result by as_of and the deadline
 *                 has passed (deadline < as_of);
 *   OPEN_NOT_DUE  no result by as_of and the deadline not yet passed: reported apart and
 *                 left out of the rate.
 * A result recorded after as_of is treated as not there (the report is as of that time). A
 * case not yet judged counts as valid. */
typedef enum
{
  PD_COMPLAINT_TIMELINESS_EXCLUDED,
  PD_COMPLAINT_TIMELINESS_ON_TIME,
  PD_COMPLAINT_TIMELINESS_LATE,
  PD_COMPLAINT_TIMELINESS_OPEN_NOT_DUE,
} PdComplaintTimeliness;

PdComplaintTimeliness pd_complaint_timeliness (PdComplaintValidity valid,
                                               gint64              deadline_at,
                                               gint64              handled_at,
                                               gint64              as_of);
const char *pd_complaint_timeliness_to_label   (PdComplaintTimeliness t);  /* 及时 / 超时 / ... */
/* 投诉处理及时率 in per mille: on_time / (on_time + late), rounded half up; -1 when both are 0
 * (pd_kpi_format_permille() shows it). */
int      pd_complaint_timeliness_permille (gint64 on_time,
                                           gint64 late);

/* An ISO 8601 week "2026-W07" (also "2026W07", "2026-w7"): its Monday 00:00 local time and
 * the next Monday's, in tz (NULL: local). FALSE with PD_RULE_ERROR_INVALID naming the text
 * when it is not a week, PD_RULE_ERROR_RANGE when the week does not exist in that year. */
gboolean pd_iso_week_parse                (const char  *text,
                                           GTimeZone   *tz,
                                           int         *out_year,
                                           int         *out_week,
                                           gint64      *out_from,
                                           gint64      *out_to,
                                           GError     **error);
/* "2026-W07" for the ISO week holding t in tz (NULL: local). */
char    *pd_iso_week_format               (gint64      t,
                                           GTimeZone  *tz);

G_END_DECLS
