// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-rules"
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pd-complaint-rules.h"
#include "pd-repair-rules.h"
#include "pd-rule-error.h"

#define HOUR_SECONDS 3600
#define TIMES_MAX_HOURS 720

G_DEFINE_QUARK (pd-complaint-error-quark, pd_complaint_error)

static gboolean
refuse (GError              **error,
        PdComplaintErrorCode  code,
        const char           *format,
        ...) G_GNUC_PRINTF (3, 4);

static gboolean
refuse (GError              **error,
        PdComplaintErrorCode  code,
        const char           *format,
        ...)
{
  va_list args;

  if (error == NULL)
    return FALSE;
  va_start (args, format);
  *error = g_error_new_valist (PD_COMPLAINT_ERROR, code, format, args);
  va_end (args);
  return FALSE;
}

/* The one sentence for every step tried on a closed case. */
static gboolean
refuse_closed (const PdComplaintFacts *facts,
               const char             *serial,
               GError                **error)
{
  return refuse (error, PD_COMPLAINT_ERROR_STATE,
                 _("Complaint %s is already “%s” and can no longer be changed."), serial,
                 pd_complaint_state_to_label (facts->state));
}

static gboolean
check_dispatch (const PdComplaintFacts *facts,
                const char             *serial,
                GError                **error)
{
  switch (facts->state)
    {
    case PD_COMPLAINT_STATE_REGISTERED:
      if (facts->valid != PD_COMPLAINT_VALIDITY_VALID)
        return refuse (error, PD_COMPLAINT_ERROR_STATE,
                       _("Complaint %s cannot be dispatched before customer service has judged "
                         "it a valid complaint."), serial);
      return TRUE;
    case PD_COMPLAINT_STATE_DISPATCHED:
      return TRUE;
    case PD_COMPLAINT_STATE_HANDLED:
    case PD_COMPLAINT_STATE_CALLED_BACK:
      return refuse (error, PD_COMPLAINT_ERROR_STATE,
                     _("Complaint %s already has the department’s result; it cannot be "
                       "dispatched again."), serial);
    case PD_COMPLAINT_STATE_INVALID:
    case PD_COMPLAINT_STATE_SIGNED_OFF:
    case PD_COMPLAINT_STATE_ARCHIVED:
    default:
      return refuse_closed (facts, serial, error);
    }
}

static gboolean
check_result (const PdComplaintFacts *facts,
              const char             *serial,
              GError                **error)
{
  switch (facts->state)
    {
    case PD_COMPLAINT_STATE_REGISTERED:
      return refuse (error, PD_COMPLAINT_ERROR_STATE,
                     _("Complaint %s has not been dispatched to a department yet, so there can "
                       "be no result."), serial);
    case PD_COMPLAINT_STATE_DISPATCHED:
      if (facts->serious && !facts->manager_directed)
        return refuse (error, PD_COMPLAINT_ERROR_MANAGER,
                       _("Complaint %s is serious: the manager must name the person responsible "
                         "and the measures before the result is recorded."), serial);
      return TRUE;
    case PD_COMPLAINT_STATE_HANDLED:
    case PD_COMPLAINT_STATE_CALLED_BACK:
      return refuse (error, PD_COMPLAINT_ERROR_STATE,
                     _("The department’s result of complaint %s has already been recorded."),
                     serial);
    case PD_COMPLAINT_STATE_INVALID:
    case PD_COMPLAINT_STATE_SIGNED_OFF:
    case PD_COMPLAINT_STATE_ARCHIVED:
    default:
      return refuse_closed (facts, serial, error);
    }
}

static gboolean
check_callback (const PdComplaintFacts *facts,
                const char             *serial,
                GError                **error)
{
  switch (facts->state)
    {
    case PD_COMPLAINT_STATE_HANDLED:
      return TRUE;
    case PD_COMPLAINT_STATE_REGISTERED:
    case PD_COMPLAINT_STATE_DISPATCHED:
      return refuse (error, PD_COMPLAINT_ERROR_STATE,
                     _("No callback before a result: the department has not recorded its result "
                       "for complaint %s yet."), serial);
    case PD_COMPLAINT_STATE_CALLED_BACK:
    case PD_COMPLAINT_STATE_SIGNED_OFF:
    case PD_COMPLAINT_STATE_ARCHIVED:
      return refuse (error, PD_COMPLAINT_ERROR_STATE,
                     _("Complaint %s has already been called back."), serial);
    case PD_COMPLAINT_STATE_INVALID:
    default:
      return refuse_closed (facts, serial, error);
    }
}

static gboolean
check_sign_off (const PdComplaintFacts *facts,
                const char             *serial,
                GError                **error)
{
  switch (facts->state)
    {
    case PD_COMPLAINT_STATE_CALLED_BACK:
      return TRUE;
    case PD_COMPLAINT_STATE_REGISTERED:
    case PD_COMPLAINT_STATE_DISPATCHED:
    case PD_COMPLAINT_STATE_HANDLED:
      return refuse (error, PD_COMPLAINT_ERROR_STATE,
                     _("No sign-off before a callback: complaint %s has not been called back "
                       "yet."), serial);
    case PD_COMPLAINT_STATE_SIGNED_OFF:
    case PD_COMPLAINT_STATE_ARCHIVED:
      return refuse (error, PD_COMPLAINT_ERROR_STATE,
                     _("Complaint %s has already been signed off."), serial);
    case PD_COMPLAINT_STATE_INVALID:
    default:
      return refuse (error, PD_COMPLAINT_ERROR_STATE,
                     _("Complaint %s was judged not valid; there is no handling report to "
                       "sign."), serial);
    }
}

gboolean
pd_complaint_rules_check (const PdComplaintFacts *facts,
                          PdComplaintAction       action,
                          GError                **error)
{
  const char *serial;
  PdComplaintState state;
  gboolean open;

  g_return_val_if_fail (facts != NULL, FALSE);

  serial = facts->serial != NULL ? facts->serial : "";
  state = facts->state;
  open = pd_complaint_state_is_open (state);

  switch (action)
    {
    case PD_COMPLAINT_ACTION_EDIT:
    case PD_COMPLAINT_ACTION_MARK_SERIOUS:
      return open ? TRUE : refuse_closed (facts, serial, error);

    case PD_COMPLAINT_ACTION_DECIDE:
      if (state == PD_COMPLAINT_STATE_REGISTERED)
        return TRUE;
      if (open)
        return refuse (error, PD_COMPLAINT_ERROR_STATE,
                       _("Complaint %s has already been dispatched as a valid complaint; its "
                         "validity can no longer be changed."), serial);
      return refuse_closed (facts, serial, error);

    case PD_COMPLAINT_ACTION_DISPATCH:
      return check_dispatch (facts, serial, error);

    case PD_COMPLAINT_ACTION_MANAGER_DIRECT:
      if (!open)
        return refuse_closed (facts, serial, error);
      if (!facts->serious)
        return refuse (error, PD_COMPLAINT_ERROR_STATE,
                       _("Complaint %s is not marked serious, so it needs no directions from the "
                         "manager."), serial);
      return TRUE;

    case PD_COMPLAINT_ACTION_FEEDBACK:
      if (state == PD_COMPLAINT_STATE_ARCHIVED)
        return refuse_closed (facts, serial, error);
      if (facts->feedback_given)
        return refuse (error, PD_COMPLAINT_ERROR_STATE,
                       _("Feedback to the occupant on complaint %s has already been recorded."),
                       serial);
      return TRUE;

    case PD_COMPLAINT_ACTION_RESULT:
      return check_result (facts, serial, error);

    case PD_COMPLAINT_ACTION_CALLBACK:
    case PD_COMPLAINT_ACTION_REOPEN:
      return check_callback (facts, serial, error);

    case PD_COMPLAINT_ACTION_SIGN_OFF:
      return check_sign_off (facts, serial, error);

    case PD_COMPLAINT_ACTION_ARCHIVE:
      if (state == PD_COMPLAINT_STATE_SIGNED_OFF || state == PD_COMPLAINT_STATE_INVALID)
        return TRUE;
      if (state == PD_COMPLAINT_STATE_ARCHIVED)
        return refuse (error, PD_COMPLAINT_ERROR_STATE,
                       _("Complaint %s has already been archived."), serial);
      return refuse (error, PD_COMPLAINT_ERROR_STATE,
                     _("Complaint %s cannot be archived before the manager has signed it off."),
                     serial);

    default:
      g_return_val_if_reached (FALSE);
    }
}

PdComplaintState
pd_complaint_rules_next_state (PdComplaintState  state,
                               PdComplaintAction action,
                               gboolean          valid)
{
  switch (action)
    {
    case PD_COMPLAINT_ACTION_DECIDE:
      return valid ? PD_COMPLAINT_STATE_REGISTERED : PD_COMPLAINT_STATE_INVALID;
    case PD_COMPLAINT_ACTION_DISPATCH:
    case PD_COMPLAINT_ACTION_REOPEN:
      return PD_COMPLAINT_STATE_DISPATCHED;
    case PD_COMPLAINT_ACTION_RESULT:
      return PD_COMPLAINT_STATE_HANDLED;
    case PD_COMPLAINT_ACTION_CALLBACK:
      return PD_COMPLAINT_STATE_CALLED_BACK;
    case PD_COMPLAINT_ACTION_SIGN_OFF:
      return PD_COMPLAINT_STATE_SIGNED_OFF;
    case PD_COMPLAINT_ACTION_ARCHIVE:
      return PD_COMPLAINT_STATE_ARCHIVED;
    case PD_COMPLAINT_ACTION_EDIT:
    case PD_COMPLAINT_ACTION_MARK_SERIOUS:
    case PD_COMPLAINT_ACTION_MANAGER_DIRECT:
    case PD_COMPLAINT_ACTION_FEEDBACK:
    default:
      return state;
    }
}

void
pd_complaint_times_init_defaults (PdComplaintTimes *times)
{
  g_return_if_fail (times != NULL);

  times->feedback_hours = PD_COMPLAINT_FEEDBACK_HOURS_DEFAULT;
  times->callback_hours = PD_COMPLAINT_CALLBACK_HOURS_DEFAULT;
}

gboolean
pd_complaint_times_check (const PdComplaintTimes *times,
                          GError                **error)
{
  g_return_val_if_fail (times != NULL, FALSE);

  if (times->feedback_hours < 1 || times->feedback_hours > TIMES_MAX_HOURS)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The feedback time of complaints must be between 1 and %d hours, not %d."),
                   TIMES_MAX_HOURS, times->feedback_hours);
      return FALSE;
    }
  if (times->callback_hours < 1 || times->callback_hours > TIMES_MAX_HOURS)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The callback time of complaints must be between 1 and %d hours, not %d."),
                   TIMES_MAX_HOURS, times->callback_hours);
      return FALSE;
    }
  return TRUE;
}

gboolean
pd_complaint_cycle_check (int      cycle_hours,
                          GError **error)
{
  if (cycle_hours < 1 || cycle_hours > PD_COMPLAINT_CYCLE_HOURS_MAX)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The handling cycle of a complaint category must be between 1 and %d "
                     "hours, not %d."), PD_COMPLAINT_CYCLE_HOURS_MAX, cycle_hours);
      return FALSE;
    }
  return TRUE;
}

gint64
pd_complaint_committed_deadline (gint64 registered_at,
                                 int    cycle_hours)
{
  return registered_at + (gint64)cycle_hours * HOUR_SECONDS;
}

gint64
pd_complaint_feedback_due (const PdComplaintTimes *times,
                           gint64                  registered_at)
{
  g_return_val_if_fail (times != NULL, 0);
  return registered_at + (gint64)times->feedback_hours * HOUR_SECONDS;
}

gint64
pd_complaint_callback_due (const PdComplaintTimes *times,
                           gint64                  handled_at)
{
  g_return_val_if_fail (times != NULL, 0);
  return handled_at != 0 ? handled_at + (gint64)times->callback_hours * HOUR_SECONDS : 0;
}

static void
fill_part (PdRepairClockPart *part,
           gint64             due,
           gint64             happened_at,
           gint64             now,
           gboolean           running)
{
  memset (part, 0, sizeof *part);
  /* A step never taken on a closed case is no clock at all. */
  if (due == 0 || (happened_at == 0 && !running))
    return;

  part->due = due;
  part->done = happened_at != 0;
  if (part->done)
    {
      part->met = happened_at <= due;
      part->late = !part->met;
    }
  else
    {
      part->seconds_left = due - now;
      part->overdue = now > due;
    }
}

void
pd_complaint_clock_compute (const PdComplaintTimes   *times,
                            const PdComplaintMoments *m,
                            gint64                    now,
                            PdComplaintClock         *out)
{
  gboolean running;

  g_return_if_fail (times != NULL && m != NULL && out != NULL);

  memset (out, 0, sizeof *out);
  if (m->state == PD_COMPLAINT_STATE_INVALID || m->valid == PD_COMPLAINT_VALIDITY_INVALID)
    return;
  /* Once signed off nothing is chased any more: what was missed stays missed but does not
   * redden the list. */
  running = pd_complaint_state_is_open (m->state);
  fill_part (&out->feedback, pd_complaint_feedback_due (times, m->registered_at), m->feedback_at,
             now, running);
  fill_part (&out->handling, m->deadline_at, m->handled_at, now, running);
  fill_part (&out->callback, pd_complaint_callback_due (times, m->handled_at), m->called_back_at,
             now, running);
}

gboolean
pd_complaint_clock_is_overdue (const PdComplaintClock *clock)
{
  g_return_val_if_fail (clock != NULL, FALSE);

  return clock->feedback.overdue || clock->handling.overdue || clock->callback.overdue;
}

const PdRepairClockPart *
pd_complaint_clock_current (const PdComplaintClock *clock)
{
  const PdRepairClockPart *parts[3];
  const PdRepairClockPart *best = NULL;

  g_return_val_if_fail (clock != NULL, NULL);

  parts[0] = &clock->feedback;
  parts[1] = &clock->handling;
  parts[2] = &clock->callback;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const PdRepairClockPart *p = parts[i];

      if (p->due == 0 || p->done)
        continue;
      if (best == NULL || p->due < best->due)
        best = p;
    }
  return best;
}

PdComplaintTimeliness
pd_complaint_timeliness (PdComplaintValidity valid,
                         gint64              deadline_at,
                         gint64              handled_at,
                         gint64              as_of)
{
  if (valid == PD_COMPLAINT_VALIDITY_INVALID)
    return PD_COMPLAINT_TIMELINESS_EXCLUDED;
  if (handled_at != 0 && handled_at <= as_of)
    return handled_at <= deadline_at ? PD_COMPLAINT_TIMELINESS_ON_TIME
                                     : PD_COMPLAINT_TIMELINESS_LATE;
  return deadline_at < as_of ? PD_COMPLAINT_TIMELINESS_LATE
                             : PD_COMPLAINT_TIMELINESS_OPEN_NOT_DUE;
}

const char *
pd_complaint_timeliness_to_label (PdComplaintTimeliness t)
{
  switch (t)
    {
    case PD_COMPLAINT_TIMELINESS_ON_TIME:
      return C_("complaint timeliness", "On time");
    case PD_COMPLAINT_TIMELINESS_LATE:
      return C_("complaint timeliness", "Late");
    case PD_COMPLAINT_TIMELINESS_OPEN_NOT_DUE:
      return C_("complaint timeliness", "Open, not yet due");
    case PD_COMPLAINT_TIMELINESS_EXCLUDED:
    default:
      return C_("complaint timeliness", "Not counted (not valid)");
    }
}

int
pd_complaint_timeliness_permille (gint64 on_time,
                                  gint64 late)
{
  if (on_time < 0 || late < 0)
    return -1;
  return pd_kpi_permille (on_time, on_time + late);
}
