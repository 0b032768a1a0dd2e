// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include <glib.h>

#include "pd-complaint-rules.h"
#include "pd-rule-error.h"

#define H 3600

static PdComplaintFacts
facts (PdComplaintState state,
       PdComplaintValidity valid)
{
  PdComplaintFacts f = { .serial = "TS2026-0001", .state = state, .valid = valid };
  return f;
}

static void
assert_refused (const PdComplaintFacts *f,
                PdComplaintAction       action,
                int                     code,
                const char             *fragment)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pd_complaint_rules_check (f, action, &error));
  g_assert_error (error, PD_COMPLAINT_ERROR, code);
  g_assert_nonnull (strstr (error->message, "TS2026-0001"));
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not say “%s”", error->message, fragment);
}

static void
assert_allowed (const PdComplaintFacts *f,
                PdComplaintAction       action)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_complaint_rules_check (f, action, &error));
  g_assert_no_error (error);
}

static void
test_state_machine_refusals (void)
{
  PdComplaintFacts f;

  /* The two refusals the issue names. */
  f = facts (PD_COMPLAINT_STATE_HANDLED, PD_COMPLAINT_VALIDITY_VALID);
  assert_refused (&f, PD_COMPLAINT_ACTION_SIGN_OFF, PD_COMPLAINT_ERROR_STATE,
                  "No sign-off before a callback");
  f = facts (PD_COMPLAINT_STATE_DISPATCHED, PD_COMPLAINT_VALIDITY_VALID);
  assert_refused (&f, PD_COMPLAINT_ACTION_CALLBACK, PD_COMPLAINT_ERROR_STATE,
                  "No callback before a result");
  assert_refused (&f, PD_COMPLAINT_ACTION_SIGN_OFF, PD_COMPLAINT_ERROR_STATE,
                  "No sign-off before a callback");
  f = facts (PD_COMPLAINT_STATE_REGISTERED, PD_COMPLAINT_VALIDITY_VALID);
  assert_refused (&f, PD_COMPLAINT_ACTION_CALLBACK, PD_COMPLAINT_ERROR_STATE,
                  "No callback before a result");

  /* Dispatch needs a valid decision first. */
  f = facts (PD_COMPLAINT_STATE_REGISTERED, PD_COMPLAINT_VALIDITY_UNDECIDED);
  assert_refused (&f, PD_COMPLAINT_ACTION_DISPATCH, PD_COMPLAINT_ERROR_STATE, "valid");
  assert_refused (&f, PD_COMPLAINT_ACTION_RESULT, PD_COMPLAINT_ERROR_STATE, "dispatched");
  assert_allowed (&f, PD_COMPLAINT_ACTION_DECIDE);
  assert_allowed (&f, PD_COMPLAINT_ACTION_FEEDBACK);
  assert_allowed (&f, PD_COMPLAINT_ACTION_EDIT);
  f.valid = PD_COMPLAINT_VALIDITY_VALID;
  assert_allowed (&f, PD_COMPLAINT_ACTION_DISPATCH);

  /* Re-dispatch while with the department; not once it has a result. */
  f = facts (PD_COMPLAINT_STATE_DISPATCHED, PD_COMPLAINT_VALIDITY_VALID);
  assert_allowed (&f, PD_COMPLAINT_ACTION_DISPATCH);
  assert_allowed (&f, PD_COMPLAINT_ACTION_RESULT);
  assert_refused (&f, PD_COMPLAINT_ACTION_DECIDE, PD_COMPLAINT_ERROR_STATE, NULL);
  f = facts (PD_COMPLAINT_STATE_HANDLED, PD_COMPLAINT_VALIDITY_VALID);
  assert_refused (&f, PD_COMPLAINT_ACTION_DISPATCH, PD_COMPLAINT_ERROR_STATE, NULL);
  assert_refused (&f, PD_COMPLAINT_ACTION_RESULT, PD_COMPLAINT_ERROR_STATE, NULL);
  assert_allowed (&f, PD_COMPLAINT_ACTION_CALLBACK);
  assert_allowed (&f, PD_COMPLAINT_ACTION_REOPEN);
  assert_refused (&f, PD_COMPLAINT_ACTION_ARCHIVE, PD_COMPLAINT_ERROR_STATE, "signed it off");

  /* Serious: no result before the manager's directions. */
  f = facts (PD_COMPLAINT_STATE_DISPATCHED, PD_COMPLAINT_VALIDITY_VALID);
  f.serious = TRUE;
  assert_refused (&f, PD_COMPLAINT_ACTION_RESULT, PD_COMPLAINT_ERROR_MANAGER, "manager");
  assert_allowed (&f, PD_COMPLAINT_ACTION_MANAGER_DIRECT);
  f.manager_directed = TRUE;
  assert_allowed (&f, PD_COMPLAINT_ACTION_RESULT);
  f.serious = FALSE;
  assert_refused (&f, PD_COMPLAINT_ACTION_MANAGER_DIRECT, PD_COMPLAINT_ERROR_STATE,
                  "not marked serious");

  /* Feedback once. */
  f = facts (PD_COMPLAINT_STATE_HANDLED, PD_COMPLAINT_VALIDITY_VALID);
  f.feedback_given = TRUE;
  assert_refused (&f, PD_COMPLAINT_ACTION_FEEDBACK, PD_COMPLAINT_ERROR_STATE, "already");

  /* Sign-off after the callback; archive after the sign-off or an invalid decision. */
  f = facts (PD_COMPLAINT_STATE_CALLED_BACK, PD_COMPLAINT_VALIDITY_VALID);
  assert_allowed (&f, PD_COMPLAINT_ACTION_SIGN_OFF);
  assert_refused (&f, PD_COMPLAINT_ACTION_CALLBACK, PD_COMPLAINT_ERROR_STATE, "already");
  f = facts (PD_COMPLAINT_STATE_SIGNED_OFF, PD_COMPLAINT_VALIDITY_VALID);
  assert_allowed (&f, PD_COMPLAINT_ACTION_ARCHIVE);
  assert_refused (&f, PD_COMPLAINT_ACTION_EDIT, PD_COMPLAINT_ERROR_STATE, NULL);
  assert_refused (&f, PD_COMPLAINT_ACTION_SIGN_OFF, PD_COMPLAINT_ERROR_STATE, "already");
  f = facts (PD_COMPLAINT_STATE_INVALID, PD_COMPLAINT_VALIDITY_INVALID);
  assert_allowed (&f, PD_COMPLAINT_ACTION_ARCHIVE);
  assert_allowed (&f, PD_COMPLAINT_ACTION_FEEDBACK);
  assert_refused (&f, PD_COMPLAINT_ACTION_DISPATCH, PD_COMPLAINT_ERROR_STATE, NULL);
  assert_refused (&f, PD_COMPLAINT_ACTION_SIGN_OFF, PD_COMPLAINT_ERROR_STATE, "not valid");
  f = facts (PD_COMPLAINT_STATE_ARCHIVED, PD_COMPLAINT_VALIDITY_VALID);
  assert_refused (&f, PD_COMPLAINT_ACTION_ARCHIVE, PD_COMPLAINT_ERROR_STATE, "already");
  assert_refused (&f, PD_COMPLAINT_ACTION_FEEDBACK, PD_COMPLAINT_ERROR_STATE, NULL);
}

static void
test_next_state (void)
{
  g_assert_cmpint (pd_complaint_rules_next_state (PD_COMPLAINT_STATE_REGISTERED,
                                                  PD_COMPLAINT_ACTION_DECIDE, TRUE),
                   ==, PD_COMPLAINT_STATE_REGISTERED);
  g_assert_cmpint (pd_complaint_rules_next_state (PD_COMPLAINT_STATE_REGISTERED,
                                                  PD_COMPLAINT_ACTION_DECIDE, FALSE),
                   ==, PD_COMPLAINT_STATE_INVALID);
  g_assert_cmpint (pd_complaint_rules_next_state (PD_COMPLAINT_STATE_REGISTERED,
                                                  PD_COMPLAINT_ACTION_DISPATCH, TRUE),
                   ==, PD_COMPLAINT_STATE_DISPATCHED);
  g_assert_cmpint (pd_complaint_rules_next_state (PD_COMPLAINT_STATE_DISPATCHED,
                                                  PD_COMPLAINT_ACTION_RESULT, TRUE),
                   ==, PD_COMPLAINT_STATE_HANDLED);
  g_assert_cmpint (pd_complaint_rules_next_state (PD_COMPLAINT_STATE_HANDLED,
                                                  PD_COMPLAINT_ACTION_REOPEN, TRUE),
                   ==, PD_COMPLAINT_STATE_DISPATCHED);
  g_assert_cmpint (pd_complaint_rules_next_state (PD_COMPLAINT_STATE_HANDLED,
                                                  PD_COMPLAINT_ACTION_CALLBACK, TRUE),
                   ==, PD_COMPLAINT_STATE_CALLED_BACK);
  g_assert_cmpint (pd_complaint_rules_next_state (PD_COMPLAINT_STATE_CALLED_BACK,
                                                  PD_COMPLAINT_ACTION_SIGN_OFF, TRUE),
                   ==, PD_COMPLAINT_STATE_SIGNED_OFF);
  g_assert_cmpint (pd_complaint_rules_next_state (PD_COMPLAINT_STATE_SIGNED_OFF,
                                                  PD_COMPLAINT_ACTION_ARCHIVE, TRUE),
                   ==, PD_COMPLAINT_STATE_ARCHIVED);
  g_assert_cmpint (pd_complaint_rules_next_state (PD_COMPLAINT_STATE_DISPATCHED,
                                                  PD_COMPLAINT_ACTION_FEEDBACK, TRUE),
                   ==, PD_COMPLAINT_STATE_DISPATCHED);
}

static void
test_enums (void)
{
  PdComplaintState state;
  PdContactOutcome outcome;

  g_assert_true (pd_complaint_state_from_code ("called_back", &state));
  g_assert_cmpint (state, ==, PD_COMPLAINT_STATE_CALLED_BACK);
  g_assert_cmpstr (pd_complaint_state_to_code (PD_COMPLAINT_STATE_SIGNED_OFF), ==, "signed_off");
  g_assert_false (pd_complaint_state_from_code ("Called back", &state));
  g_assert_false (pd_complaint_state_from_code (NULL, &state));
  g_assert_true (pd_contact_outcome_from_code ("inquiry", &outcome));
  g_assert_cmpint (outcome, ==, PD_CONTACT_OUTCOME_INQUIRY);
  g_assert_cmpstr (pd_contact_channel_to_code (PD_CONTACT_CHANNEL_VISIT), ==, "visit");
  g_assert_true (pd_complaint_state_is_open (PD_COMPLAINT_STATE_CALLED_BACK));
  g_assert_false (pd_complaint_state_is_open (PD_COMPLAINT_STATE_INVALID));
  g_assert_false (pd_complaint_state_is_open (PD_COMPLAINT_STATE_SIGNED_OFF));
  g_assert_cmpstr (pd_complaint_state_to_label (PD_COMPLAINT_STATE_REGISTERED), ==,
                   "Registered");
}

static void
test_times (void)
{
  g_autoptr(GError) error = NULL;
  PdComplaintTimes t;

  pd_complaint_times_init_defaults (&t);
  g_assert_cmpint (t.feedback_hours, ==, 24);
  g_assert_cmpint (t.callback_hours, ==, 24);
  g_assert_true (pd_complaint_times_check (&t, NULL));
  t.feedback_hours = 0;
  g_assert_false (pd_complaint_times_check (&t, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "feedback"));
  g_clear_error (&error);
  t.feedback_hours = 720;
  t.callback_hours = 721;
  g_assert_false (pd_complaint_times_check (&t, &error));
  g_assert_nonnull (strstr (error->message, "721"));
  g_clear_error (&error);
  g_assert_true (pd_complaint_cycle_check (48, NULL));
  g_assert_true (pd_complaint_cycle_check (PD_COMPLAINT_CYCLE_HOURS_MAX, NULL));
  g_assert_false (pd_complaint_cycle_check (0, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
  g_assert_false (pd_complaint_cycle_check (PD_COMPLAINT_CYCLE_HOURS_MAX + 1, NULL));
}

static void
test_deadlines (void)
{
  PdComplaintTimes t;
  gint64 reg = 1772000000;

  pd_complaint_times_init_defaults (&t);
  g_assert_cmpint (pd_complaint_committed_deadline (reg, 48), ==, reg + 48 * H);
  g_assert_cmpint (pd_complaint_committed_deadline (reg, 1), ==, reg + H);
  g_assert_cmpint (pd_complaint_feedback_due (&t, reg), ==, reg + 24 * H);
  g_assert_cmpint (pd_complaint_callback_due (&t, 0), ==, 0);
  g_assert_cmpint (pd_complaint_callback_due (&t, reg + 5 * H), ==, reg + 29 * H);
  t.feedback_hours = 12;
  g_assert_cmpint (pd_complaint_feedback_due (&t, reg), ==, reg + 12 * H);
}

static void
test_clock (void)
{
  PdComplaintTimes t;
  PdComplaintClock c;
  PdComplaintMoments m = { 0 };
  gint64 reg = 1772000000;

  pd_complaint_times_init_defaults (&t);
  m.state = PD_COMPLAINT_STATE_DISPATCHED;
  m.valid = PD_COMPLAINT_VALIDITY_VALID;
  m.registered_at = reg;
  m.deadline_at = reg + 48 * H;

  /* 25 hours on, no feedback: the feedback clock is overdue, handling runs. */
  pd_complaint_clock_compute (&t, &m, reg + 25 * H, &c);
  g_assert_true (c.feedback.overdue);
  g_assert_cmpint (c.feedback.seconds_left, ==, -H);
  g_assert_false (c.handling.overdue);
  g_assert_cmpint (c.handling.seconds_left, ==, 23 * H);
  g_assert_cmpint (c.callback.due, ==, 0);
  g_assert_true (pd_complaint_clock_is_overdue (&c));
  g_assert_true (pd_complaint_clock_current (&c) == &c.feedback);

  /* Exactly at the feedback due time it is not yet overdue. */
  pd_complaint_clock_compute (&t, &m, reg + 24 * H, &c);
  g_assert_false (c.feedback.overdue);

  /* Feedback given in time and the result at the deadline: met; the callback clock runs. */
  m.feedback_at = reg + 2 * H;
  m.handled_at = reg + 48 * H;
  m.state = PD_COMPLAINT_STATE_HANDLED;
  pd_complaint_clock_compute (&t, &m, reg + 80 * H, &c);
  g_assert_true (c.feedback.met);
  g_assert_true (c.handling.met);
  g_assert_false (c.handling.late);
  g_assert_cmpint (c.callback.due, ==, reg + 72 * H);
  g_assert_true (c.callback.overdue);
  g_assert_true (pd_complaint_clock_current (&c) == &c.callback);

  /* Signed off: the facts stay, nothing is overdue. */
  m.state = PD_COMPLAINT_STATE_SIGNED_OFF;
  m.called_back_at = reg + 75 * H;
  pd_complaint_clock_compute (&t, &m, reg + 500 * H, &c);
  g_assert_true (c.callback.late);
  g_assert_false (pd_complaint_clock_is_overdue (&c));
  g_assert_null (pd_complaint_clock_current (&c));

  /* A signed-off case that never had feedback shows no feedback clock. */
  m.feedback_at = 0;
  pd_complaint_clock_compute (&t, &m, reg + 500 * H, &c);
  g_assert_cmpint (c.feedback.due, ==, 0);

  /* Not valid: no clock. */
  m.state = PD_COMPLAINT_STATE_INVALID;
  m.valid = PD_COMPLAINT_VALIDITY_INVALID;
  pd_complaint_clock_compute (&t, &m, reg + 500 * H, &c);
  g_assert_cmpint (c.handling.due, ==, 0);
  g_assert_false (pd_complaint_clock_is_overdue (&c));
}

/* The hand-built cases of docs/decisions.md. */
static void
test_timeliness (void)
{
  gint64 deadline = 1772000000;
  gint64 month_end = deadline + 10 * 24 * H;

  /* Finished exactly at the deadline: on time. One second after: late. */
  g_assert_cmpint (pd_complaint_timeliness (PD_COMPLAINT_VALIDITY_VALID, deadline, deadline,
                                            month_end), ==, PD_COMPLAINT_TIMELINESS_ON_TIME);
  g_assert_cmpint (pd_complaint_timeliness (PD_COMPLAINT_VALIDITY_VALID, deadline, deadline + 1,
                                            month_end), ==, PD_COMPLAINT_TIMELINESS_LATE);
  g_assert_cmpint (pd_complaint_timeliness (PD_COMPLAINT_VALIDITY_VALID, deadline, deadline - 3600,
                                            month_end), ==, PD_COMPLAINT_TIMELINESS_ON_TIME);
  /* Not valid: excluded, whatever the times. */
  g_assert_cmpint (pd_complaint_timeliness (PD_COMPLAINT_VALIDITY_INVALID, deadline, deadline + 1,
                                            month_end), ==, PD_COMPLAINT_TIMELINESS_EXCLUDED);
  /* Not yet judged: counted as valid. */
  g_assert_cmpint (pd_complaint_timeliness (PD_COMPLAINT_VALIDITY_UNDECIDED, deadline, 0,
                                            month_end), ==, PD_COMPLAINT_TIMELINESS_LATE);
  /* Still open at the report time: before its deadline not yet due, after it late; at the
   * deadline itself the deadline has not passed. */
  g_assert_cmpint (pd_complaint_timeliness (PD_COMPLAINT_VALIDITY_VALID, month_end + 3600, 0,
                                            month_end), ==, PD_COMPLAINT_TIMELINESS_OPEN_NOT_DUE);
  g_assert_cmpint (pd_complaint_timeliness (PD_COMPLAINT_VALIDITY_VALID, month_end - 1, 0,
                                            month_end), ==, PD_COMPLAINT_TIMELINESS_LATE);
  g_assert_cmpint (pd_complaint_timeliness (PD_COMPLAINT_VALIDITY_VALID, month_end, 0,
                                            month_end), ==, PD_COMPLAINT_TIMELINESS_OPEN_NOT_DUE);
  /* A result after the report time is not seen: the case is open as of the report. */
  g_assert_cmpint (pd_complaint_timeliness (PD_COMPLAINT_VALIDITY_VALID, month_end + 3600,
                                            month_end + 60, month_end),
                   ==, PD_COMPLAINT_TIMELINESS_OPEN_NOT_DUE);
  g_assert_cmpint (pd_complaint_timeliness (PD_COMPLAINT_VALIDITY_VALID, deadline,
                                            month_end + 60, month_end),
                   ==, PD_COMPLAINT_TIMELINESS_LATE);

  g_assert_cmpint (pd_complaint_timeliness_permille (2, 1), ==, 667);
  g_assert_cmpint (pd_complaint_timeliness_permille (1, 1), ==, 500);
  g_assert_cmpint (pd_complaint_timeliness_permille (5, 0), ==, 1000);
  g_assert_cmpint (pd_complaint_timeliness_permille (0, 3), ==, 0);
  g_assert_cmpint (pd_complaint_timeliness_permille (0, 0), ==, -1);
  g_assert_cmpint (pd_complaint_timeliness_permille (-1, 2), ==, -1);
}

static void
test_iso_week (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  int year = 0, week = 0;
  gint64 from = 0, to = 0;
  g_autoptr(GDateTime) monday = NULL;

  g_assert_nonnull (tz);
  /* Week 1 of 2026 starts on Monday 29 December 2025. */
  g_assert_true (pd_iso_week_parse ("2026-W01", tz, &year, &week, &from, &to, &error));
  g_assert_no_error (error);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (week, ==, 1);
  monday = g_date_time_new (tz, 2025, 12, 29, 0, 0, 0);
  g_assert_cmpint (from, ==, g_date_time_to_unix (monday));
  g_assert_cmpint (to - from, ==, 7 * 24 * H);

  g_assert_true (pd_iso_week_parse (" 2026w7 ", tz, &year, &week, &from, NULL, NULL));
  g_assert_cmpint (week, ==, 7);
  g_clear_pointer (&monday, g_date_time_unref);
  monday = g_date_time_new (tz, 2026, 2, 9, 0, 0, 0);
  g_assert_cmpint (from, ==, g_date_time_to_unix (monday));

  /* 2020 has 53 weeks, 2021 has 52. */
  g_assert_true (pd_iso_week_parse ("2020-W53", tz, NULL, NULL, NULL, NULL, NULL));
  g_assert_false (pd_iso_week_parse ("2021-W53", tz, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (pd_iso_week_parse ("2026-W00", tz, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (pd_iso_week_parse ("2026-07", tz, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-07"));
  g_clear_error (&error);
  g_assert_false (pd_iso_week_parse (NULL, tz, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);

  /* Sunday 4 January 2026, 23:59 local, is still in week 1. */
  g_clear_pointer (&monday, g_date_time_unref);
  monday = g_date_time_new (tz, 2026, 1, 4, 23, 59, 0);
  label = pd_iso_week_format (g_date_time_to_unix (monday), tz);
  g_assert_cmpstr (label, ==, "2026-W01");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/complaint-rules/state-machine", test_state_machine_refusals);
  g_test_add_func ("/core/complaint-rules/next-state", test_next_state);
  g_test_add_func ("/core/complaint-rules/enums", test_enums);
  g_test_add_func ("/core/complaint-rules/times", test_times);
  g_test_add_func ("/core/complaint-rules/deadlines", test_deadlines);
  g_test_add_func ("/core/complaint-rules/clock", test_clock);
  g_test_add_func ("/core/complaint-rules/timeliness", test_timeliness);
  g_test_add_func ("/core/complaint-rules/iso-week", test_iso_week);
  return g_test_run ();
}
