// SPDX-License-Identifier: GPL-3.0-or-later
#include "config.h"

#include "pd-repair-deadline.h"
#include "pd-repair-rules.h"
#include "pd-rule-error.h"

/* Deadlines are computed against an explicit Asia/Shanghai zone (and, once, the process's
 * local zone, which the test environment sets to the same). */
static GTimeZone *sh;

static gint64
T (int y, int mo, int d, int h, int mi)
{
  g_autoptr(GDateTime) dt = g_date_time_new (sh, y, mo, d, h, mi, 0);
  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

static PdRepairTimes
defaults (void)
{
  PdRepairTimes t;
  pd_repair_times_init_defaults (&t);
  return t;
}

static gint64
completion_due (PdRepairUrgency urgency, gint64 reported, gint64 appointment)
{
  PdRepairTimes t = defaults ();
  PdRepairMoments m = { .urgency = urgency, .reported_at = reported,
                        .appointment_at = appointment };
  return pd_repair_completion_due (&t, &m, sh);
}

#define assert_due(urgency, reported, expected) \
  g_assert_cmpint (completion_due ((urgency), (reported), 0), ==, (expected))

static void
test_times_check (void)
{
  PdRepairTimes t = defaults ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (t.onsite_minutes, ==, 20);
  g_assert_cmpint (t.urgent_hours, ==, 4);
  g_assert_cmpint (t.small_cutoff_hour, ==, 18);
  g_assert_cmpint (t.general_days, ==, 2);
  g_assert_true (pd_repair_times_check (&t, &error));
  g_assert_no_error (error);

  t.onsite_minutes = 0;
  g_assert_false (pd_repair_times_check (&t, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "0"));
  g_clear_error (&error);

  t = defaults ();
  t.small_cutoff_hour = 25;
  g_assert_false (pd_repair_times_check (&t, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
  g_clear_error (&error);

  t = defaults ();
  t.small_cutoff_hour = 24;
  t.general_days = 0;
  g_assert_true (pd_repair_times_check (&t, NULL));
}

static void
test_urgent (void)
{
  assert_due (PD_REPAIR_URGENCY_URGENT, T (2026, 3, 5, 10, 0), T (2026, 3, 5, 14, 0));
  /* Worked through the night: the four hours run past midnight and month ends. */
  assert_due (PD_REPAIR_URGENCY_URGENT, T (2026, 3, 5, 23, 0), T (2026, 3, 6, 3, 0));
  assert_due (PD_REPAIR_URGENCY_URGENT, T (2026, 12, 31, 22, 30), T (2027, 1, 1, 2, 30));
  /* The clock starts at the appointment when it is later than the report. */
  g_assert_cmpint (completion_due (PD_REPAIR_URGENCY_URGENT, T (2026, 3, 5, 10, 0),
                                   T (2026, 3, 6, 9, 0)), ==, T (2026, 3, 6, 13, 0));
  /* An appointment before the report does not move the clock back. */
  g_assert_cmpint (completion_due (PD_REPAIR_URGENCY_URGENT, T (2026, 3, 5, 10, 0),
                                   T (2026, 3, 5, 8, 0)), ==, T (2026, 3, 5, 14, 0));
}

static void
test_small (void)
{
  assert_due (PD_REPAIR_URGENCY_SMALL, T (2026, 3, 5, 10, 0), T (2026, 3, 6, 0, 0));
  assert_due (PD_REPAIR_URGENCY_SMALL, T (2026, 3, 5, 17, 59), T (2026, 3, 6, 0, 0));
  /* At and after the cutoff hour: by the end of the next day. */
  assert_due (PD_REPAIR_URGENCY_SMALL, T (2026, 3, 5, 18, 0), T (2026, 3, 7, 0, 0));
  assert_due (PD_REPAIR_URGENCY_SMALL, T (2026, 3, 5, 23, 59), T (2026, 3, 7, 0, 0));
  /* Midnight belongs to the new day. */
  assert_due (PD_REPAIR_URGENCY_SMALL, T (2026, 3, 6, 0, 0), T (2026, 3, 7, 0, 0));
  assert_due (PD_REPAIR_URGENCY_SMALL, T (2026, 3, 6, 0, 1), T (2026, 3, 7, 0, 0));
  /* Month and year ends. */
  assert_due (PD_REPAIR_URGENCY_SMALL, T (2026, 1, 31, 19, 0), T (2026, 2, 2, 0, 0));
  assert_due (PD_REPAIR_URGENCY_SMALL, T (2028, 2, 28, 20, 0), T (2028, 3, 1, 0, 0));
  assert_due (PD_REPAIR_URGENCY_SMALL, T (2028, 2, 29, 18, 30), T (2028, 3, 2, 0, 0));
  assert_due (PD_REPAIR_URGENCY_SMALL, T (2026, 12, 31, 23, 59), T (2027, 1, 2, 0, 0));
  assert_due (PD_REPAIR_URGENCY_SMALL, T (2026, 12, 31, 9, 0), T (2027, 1, 1, 0, 0));
}

static void
test_small_cutoff_setting (void)
{
  PdRepairTimes t = defaults ();
  PdRepairMoments m = { .urgency = PD_REPAIR_URGENCY_SMALL };

  /* 24: no cutoff at all. */
  t.small_cutoff_hour = 24;
  m.reported_at = T (2026, 3, 5, 23, 59);
  g_assert_cmpint (pd_repair_completion_due (&t, &m, sh), ==, T (2026, 3, 6, 0, 0));
  /* 0: every small repair has until the end of the next day. */
  t.small_cutoff_hour = 0;
  m.reported_at = T (2026, 3, 5, 0, 0);
  g_assert_cmpint (pd_repair_completion_due (&t, &m, sh), ==, T (2026, 3, 7, 0, 0));
  /* A small cutoff hour, 1 a.m.: 00:59 is still the same day, 01:00 is not. */
  t.small_cutoff_hour = 1;
  m.reported_at = T (2026, 3, 5, 0, 59);
  g_assert_cmpint (pd_repair_completion_due (&t, &m, sh), ==, T (2026, 3, 6, 0, 0));
  m.reported_at = T (2026, 3, 5, 1, 0);
  g_assert_cmpint (pd_repair_completion_due (&t, &m, sh), ==, T (2026, 3, 7, 0, 0));
  /* An appointment after the cutoff counts from the appointment. */
  t = defaults ();
  m.reported_at = T (2026, 3, 5, 9, 0);
  m.appointment_at = T (2026, 3, 5, 19, 0);
  g_assert_cmpint (pd_repair_completion_due (&t, &m, sh), ==, T (2026, 3, 7, 0, 0));
}

static void
test_general (void)
{
  /* Within 2 days: to the end of the day two days on. */
  assert_due (PD_REPAIR_URGENCY_GENERAL, T (2026, 3, 5, 10, 0), T (2026, 3, 8, 0, 0));
  assert_due (PD_REPAIR_URGENCY_GENERAL, T (2026, 3, 5, 23, 59), T (2026, 3, 8, 0, 0));
  assert_due (PD_REPAIR_URGENCY_GENERAL, T (2026, 3, 6, 0, 0), T (2026, 3, 9, 0, 0));
  assert_due (PD_REPAIR_URGENCY_GENERAL, T (2026, 3, 6, 0, 1), T (2026, 3, 9, 0, 0));
  /* Jan 31 → Feb 2; Feb 28 → Mar 1 in a leap year, Mar 2 otherwise; Dec 31 → Jan 2. */
  assert_due (PD_REPAIR_URGENCY_GENERAL, T (2026, 1, 31, 10, 0), T (2026, 2, 3, 0, 0));
  assert_due (PD_REPAIR_URGENCY_GENERAL, T (2028, 2, 28, 10, 0), T (2028, 3, 2, 0, 0));
  assert_due (PD_REPAIR_URGENCY_GENERAL, T (2026, 2, 28, 10, 0), T (2026, 3, 3, 0, 0));
  assert_due (PD_REPAIR_URGENCY_GENERAL, T (2028, 2, 29, 23, 0), T (2028, 3, 3, 0, 0));
  assert_due (PD_REPAIR_URGENCY_GENERAL, T (2026, 12, 31, 16, 0), T (2027, 1, 3, 0, 0));
  /* The setting. */
  {
    PdRepairTimes t = defaults ();
    PdRepairMoments m = { .urgency = PD_REPAIR_URGENCY_GENERAL,
                          .reported_at = T (2026, 4, 30, 8, 0) };
    t.general_days = 0;
    g_assert_cmpint (pd_repair_completion_due (&t, &m, sh), ==, T (2026, 5, 1, 0, 0));
    t.general_days = 5;
    g_assert_cmpint (pd_repair_completion_due (&t, &m, sh), ==, T (2026, 5, 6, 0, 0));
  }
}

static void
test_onsite (void)
{
  PdRepairTimes t = defaults ();
  PdRepairMoments m = { .urgency = PD_REPAIR_URGENCY_URGENT,
                        .reported_at = T (2026, 3, 5, 9, 50) };

  /* No on-site clock before dispatch. */
  g_assert_cmpint (pd_repair_onsite_due (&t, &m), ==, 0);
  m.dispatched_at = T (2026, 3, 5, 10, 0);
  g_assert_cmpint (pd_repair_onsite_due (&t, &m), ==, T (2026, 3, 5, 10, 20));
  /* From acceptance once the worker has taken the order. */
  m.accepted_at = T (2026, 3, 5, 10, 5);
  g_assert_cmpint (pd_repair_onsite_due (&t, &m), ==, T (2026, 3, 5, 10, 25));
  /* A later appointment moves it; an earlier one does not. */
  m.appointment_at = T (2026, 3, 5, 14, 0);
  g_assert_cmpint (pd_repair_onsite_due (&t, &m), ==, T (2026, 3, 5, 14, 20));
  m.appointment_at = T (2026, 3, 5, 9, 0);
  g_assert_cmpint (pd_repair_onsite_due (&t, &m), ==, T (2026, 3, 5, 10, 25));
  /* Around midnight. */
  m.appointment_at = 0;
  m.accepted_at = 0;
  m.dispatched_at = T (2026, 3, 5, 23, 50);
  g_assert_cmpint (pd_repair_onsite_due (&t, &m), ==, T (2026, 3, 6, 0, 10));
  t.onsite_minutes = 30;
  g_assert_cmpint (pd_repair_onsite_due (&t, &m), ==, T (2026, 3, 6, 0, 20));
}

static void
test_clock (void)
{
  PdRepairTimes t = defaults ();
  PdRepairMoments m = { .urgency = PD_REPAIR_URGENCY_URGENT,
                        .reported_at = T (2026, 3, 5, 9, 50),
                        .dispatched_at = T (2026, 3, 5, 10, 0) };
  gint64 due = T (2026, 3, 5, 10, 20);
  PdRepairClock c;

  /* Running: twelve minutes left. */
  pd_repair_clock_compute (&t, &m, T (2026, 3, 5, 10, 8), sh, &c);
  g_assert_cmpint (c.onsite.due, ==, due);
  g_assert_cmpint (c.onsite.seconds_left, ==, 12 * 60);
  g_assert_false (c.onsite.overdue || c.onsite.done || c.onsite.met || c.onsite.late);
  g_assert_true (pd_repair_clock_current (&c) == &c.onsite);
  g_assert_false (pd_repair_clock_is_overdue (&c));

  /* At the deadline itself: not yet overdue. One second later: overdue. */
  pd_repair_clock_compute (&t, &m, due, sh, &c);
  g_assert_cmpint (c.onsite.seconds_left, ==, 0);
  g_assert_false (c.onsite.overdue);
  pd_repair_clock_compute (&t, &m, due + 1, sh, &c);
  g_assert_cmpint (c.onsite.seconds_left, ==, -1);
  g_assert_true (c.onsite.overdue);
  g_assert_true (pd_repair_clock_is_overdue (&c));

  /* Arrived exactly at the deadline: met. */
  m.arrived_at = due;
  pd_repair_clock_compute (&t, &m, due + 3600, sh, &c);
  g_assert_true (c.onsite.done && c.onsite.met);
  g_assert_false (c.onsite.late || c.onsite.overdue);
  g_assert_cmpint (c.onsite.seconds_left, ==, 0);
  g_assert_true (pd_repair_clock_current (&c) == &c.completion);
  /* One second late. */
  m.arrived_at = due + 1;
  pd_repair_clock_compute (&t, &m, due + 3600, sh, &c);
  g_assert_true (c.onsite.done && c.onsite.late);
  g_assert_false (c.onsite.met);

  /* Completion: urgent, 4 h from the report; met exactly at it. */
  m.completed_at = T (2026, 3, 5, 13, 50);
  pd_repair_clock_compute (&t, &m, T (2026, 3, 6, 0, 0), sh, &c);
  g_assert_cmpint (c.completion.due, ==, T (2026, 3, 5, 13, 50));
  g_assert_true (c.completion.met);
  g_assert_false (c.completion.overdue);
  g_assert_null (pd_repair_clock_current (&c));
  m.completed_at = 0;
  pd_repair_clock_compute (&t, &m, T (2026, 3, 5, 15, 0), sh, &c);
  g_assert_true (c.completion.overdue);
  g_assert_cmpint (c.completion.seconds_left, ==, -70 * 60);

  /* Completed without an arrival time: the completion ends the on-site clock. */
  m.arrived_at = 0;
  m.completed_at = T (2026, 3, 5, 10, 15);
  pd_repair_clock_compute (&t, &m, T (2026, 3, 5, 12, 0), sh, &c);
  g_assert_true (c.onsite.done && c.onsite.met);

  /* Not dispatched: only the completion clock runs. */
  memset (&m, 0, sizeof m);
  m.urgency = PD_REPAIR_URGENCY_SMALL;
  m.reported_at = T (2026, 3, 5, 23, 59);
  pd_repair_clock_compute (&t, &m, T (2026, 3, 6, 0, 1), sh, &c);
  g_assert_cmpint (c.onsite.due, ==, 0);
  g_assert_false (c.onsite.overdue);
  g_assert_cmpint (c.completion.due, ==, T (2026, 3, 7, 0, 0));
  g_assert_true (pd_repair_clock_current (&c) == &c.completion);
}

static void
test_local_zone (void)
{
  /* The process's local zone (TZ=Asia/Shanghai in the tests) gives the same answers. */
  PdRepairTimes t = defaults ();
  PdRepairMoments m = { .urgency = PD_REPAIR_URGENCY_GENERAL,
                        .reported_at = T (2026, 12, 31, 23, 59) };

  g_assert_cmpint (pd_repair_completion_due (&t, &m, NULL), ==, T (2027, 1, 3, 0, 0));
  g_assert_cmpint (pd_local_utc_offset (T (2026, 7, 1, 0, 0), sh), ==, 8 * 3600);
  g_assert_cmpint (pd_local_day_start (T (2026, 3, 5, 0, 0), sh), ==, T (2026, 3, 5, 0, 0));
  g_assert_cmpint (pd_local_day_start (T (2026, 3, 5, 23, 59), sh), ==, T (2026, 3, 5, 0, 0));
  g_assert_cmpint (pd_local_next_midnight (T (2026, 3, 5, 0, 0), sh), ==, T (2026, 3, 6, 0, 0));
}

static void
test_month_bounds (void)
{
  gint64 from, to;

  pd_local_month_bounds (2028, 2, sh, &from, &to);
  g_assert_cmpint (from, ==, T (2028, 2, 1, 0, 0));
  g_assert_cmpint (to, ==, T (2028, 3, 1, 0, 0));
  g_assert_cmpint (to - from, ==, 29 * 86400);
  pd_local_month_bounds (2026, 12, sh, &from, &to);
  g_assert_cmpint (from, ==, T (2026, 12, 1, 0, 0));
  g_assert_cmpint (to, ==, T (2027, 1, 1, 0, 0));
}

static void
test_time_left_text (void)
{
  struct { gint64 s; const char *text; } cases[] = {
    { 0, "Less than 1 min left" },
    { 59, "Less than 1 min left" },
    { 60, "1 min left" },
    { 12 * 60 + 59, "12 min left" },
    { 3600 + 5 * 60, "1 h 5 min left" },
    { 2 * 86400 + 4 * 3600 + 59, "2 d 4 h left" },
    { -1, "Overdue by less than 1 min" },
    { -3900, "1 h 5 min overdue" },
    { -3899, "1 h 4 min overdue" },
    { -20 * 60, "20 min overdue" },
    { -(3 * 86400 + 3600), "3 d 1 h overdue" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pd_repair_format_time_left (cases[i].s);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* The rules: pure state machine and arithmetic. */

static void
assert_refused (PdRepairFacts *f, PdRepairAction action, PdRepairErrorCode code,
                const char *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pd_repair_rules_check (f, action, &error));
  g_assert_error (error, PD_REPAIR_ERROR, (int)code);
  g_assert_nonnull (strstr (error->message, f->serial));
  if (words != NULL && strstr (error->message, words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words);
}

static void
test_state_machine (void)
{
  PdRepairFacts f = { .serial = "BX2026-000007", .repair_class = PD_ORDER_CLASS_B };

  f.state = PD_REPAIR_STATE_NEW;
  assert_refused (&f, PD_REPAIR_ACTION_COMPLETE, PD_REPAIR_ERROR_STATE, "before it is dispatched");
  assert_refused (&f, PD_REPAIR_ACTION_CALLBACK, PD_REPAIR_ERROR_STATE, "before it is completed");
  assert_refused (&f, PD_REPAIR_ACTION_ACCEPT, PD_REPAIR_ERROR_STATE, "before it is dispatched");
  assert_refused (&f, PD_REPAIR_ACTION_ARRIVE, PD_REPAIR_ERROR_STATE, "before it is dispatched");
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_DISPATCH, NULL));
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_CANCEL, NULL));
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_EDIT, NULL));
  g_assert_cmpint (pd_repair_rules_next_state (f.state, PD_REPAIR_ACTION_DISPATCH), ==,
                   PD_REPAIR_STATE_DISPATCHED);

  f.state = PD_REPAIR_STATE_DISPATCHED;
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_COMPLETE, NULL));
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_ACCEPT, NULL));
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_CANCEL, NULL));
  assert_refused (&f, PD_REPAIR_ACTION_CALLBACK, PD_REPAIR_ERROR_STATE, "before it is completed");

  f.state = PD_REPAIR_STATE_ACCEPTED;
  assert_refused (&f, PD_REPAIR_ACTION_CANCEL, PD_REPAIR_ERROR_STATE, "accepted");
  assert_refused (&f, PD_REPAIR_ACTION_ACCEPT, PD_REPAIR_ERROR_STATE, "already");
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_ARRIVE, NULL));
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_DISPATCH, NULL));

  f.state = PD_REPAIR_STATE_ON_SITE;
  assert_refused (&f, PD_REPAIR_ACTION_DISPATCH, PD_REPAIR_ERROR_STATE, "on site");
  assert_refused (&f, PD_REPAIR_ACTION_ARRIVE, PD_REPAIR_ERROR_STATE, "already");
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_COMPLETE, NULL));

  f.state = PD_REPAIR_STATE_COMPLETED;
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_CALLBACK, NULL));
  assert_refused (&f, PD_REPAIR_ACTION_COMPLETE, PD_REPAIR_ERROR_STATE, NULL);
  assert_refused (&f, PD_REPAIR_ACTION_CANCEL, PD_REPAIR_ERROR_STATE, "completed");
  assert_refused (&f, PD_REPAIR_ACTION_EDIT, PD_REPAIR_ERROR_STATE, NULL);

  f.state = PD_REPAIR_STATE_CALLED_BACK;
  assert_refused (&f, PD_REPAIR_ACTION_CALLBACK, PD_REPAIR_ERROR_STATE, "already");
  f.state = PD_REPAIR_STATE_CANCELLED;
  assert_refused (&f, PD_REPAIR_ACTION_CALLBACK, PD_REPAIR_ERROR_STATE, "cancelled");
  assert_refused (&f, PD_REPAIR_ACTION_CANCEL, PD_REPAIR_ERROR_STATE, "already");
  assert_refused (&f, PD_REPAIR_ACTION_DISPATCH, PD_REPAIR_ERROR_STATE, NULL);
}

static void
test_paid_rules (void)
{
  PdRepairFacts f = { .serial = "BX2026-000008", .state = PD_REPAIR_STATE_ON_SITE,
                      .repair_class = PD_ORDER_CLASS_B };

  /* Charge lines and quotes belong to paid orders only. */
  assert_refused (&f, PD_REPAIR_ACTION_EDIT_CHARGES, PD_REPAIR_ERROR_CLASS, NULL);
  assert_refused (&f, PD_REPAIR_ACTION_ACCEPT_QUOTE, PD_REPAIR_ERROR_CLASS, NULL);

  f.repair_class = PD_ORDER_CLASS_PAID;
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_EDIT_CHARGES, NULL));
  assert_refused (&f, PD_REPAIR_ACTION_COMPLETE, PD_REPAIR_ERROR_QUOTE, "quote");
  assert_refused (&f, PD_REPAIR_ACTION_ACCEPT_QUOTE, PD_REPAIR_ERROR_QUOTE, "no charge lines");
  f.n_charges = 2;
  f.n_unapproved_manual = 1;
  assert_refused (&f, PD_REPAIR_ACTION_ACCEPT_QUOTE, PD_REPAIR_ERROR_APPROVAL, "1 hand-priced");
  f.n_unapproved_manual = 0;
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_ACCEPT_QUOTE, NULL));
  f.quote_accepted = TRUE;
  assert_refused (&f, PD_REPAIR_ACTION_ACCEPT_QUOTE, PD_REPAIR_ERROR_QUOTE, "already");
  g_assert_true (pd_repair_rules_check (&f, PD_REPAIR_ACTION_COMPLETE, NULL));
}

static void
test_line_amount (void)
{
  struct { gint64 q, p, amount; } cases[] = {
    { 1000, 2500, 2500 },    /* 1 × 25.00 */
    { 1255, 1000, 1255 },    /* 1.255 m × 10.00 = 12.55 */
    { 1255, 333, 418 },      /* 417.915 fen → 418 */
    { 1500, 1, 2 },          /* 1.5 fen rounds half up */
    { 1499, 1, 1 },
    { 500, 1, 1 },           /* 0.5 fen → 1 */
    { 499, 1, 0 },
    { 3, 0, 0 },
    { 999999999, 99999999, 99999998900000 }, /* 999,999.999 × 999,999.99: exact in integers */
  };
  g_autoptr(GError) error = NULL;
  gint64 amount = -1;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_true (pd_repair_line_amount (cases[i].q, cases[i].p, &amount, &error));
      g_assert_no_error (error);
      g_assert_cmpint (amount, ==, cases[i].amount);
    }
  g_assert_false (pd_repair_line_amount (-1, 100, &amount, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (pd_repair_line_amount (G_MAXINT64 / 2, 100, &amount, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE);
}

static void
test_kpis (void)
{
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  g_assert_cmpint (pd_kpi_permille (0, 0), ==, -1);
  g_assert_cmpint (pd_kpi_permille (5, 5), ==, 1000);
  g_assert_cmpint (pd_kpi_permille (2, 3), ==, 667);
  g_assert_cmpint (pd_kpi_permille (1, 3), ==, 333);
  g_assert_cmpint (pd_kpi_permille (1, 8), ==, 125);
  g_assert_cmpint (pd_kpi_permille (1, 16), ==, 63);   /* 62.5 → 63, half up */
  g_assert_cmpint (pd_repair_kpi_callback_rate (19, 20), ==, 950);
  g_assert_cmpint (pd_repair_kpi_onsite_share (7, 10), ==, 700);
  g_assert_cmpint (pd_repair_kpi_satisfaction (0, 4), ==, 0);
  g_assert_cmpint (pd_repair_kpi_on_time_rate (3, 0), ==, -1);
  a = pd_kpi_format_permille (953);
  b = pd_kpi_format_permille (1000);
  c = pd_kpi_format_permille (-1);
  g_assert_cmpstr (a, ==, "95.3%");
  g_assert_cmpstr (b, ==, "100.0%");
  g_assert_cmpstr (c, ==, "—");
}

int
main (int argc, char **argv)
{
  int rc;

  g_test_init (&argc, &argv, NULL);
  sh = g_time_zone_new_identifier ("Asia/Shanghai");
  g_assert_nonnull (sh);

  g_test_add_func ("/core/repair-deadline/settings", test_times_check);
  g_test_add_func ("/core/repair-deadline/urgent", test_urgent);
  g_test_add_func ("/core/repair-deadline/small", test_small);
  g_test_add_func ("/core/repair-deadline/small-cutoff", test_small_cutoff_setting);
  g_test_add_func ("/core/repair-deadline/general", test_general);
  g_test_add_func ("/core/repair-deadline/onsite", test_onsite);
  g_test_add_func ("/core/repair-deadline/clock", test_clock);
  g_test_add_func ("/core/repair-deadline/local-zone", test_local_zone);
  g_test_add_func ("/core/repair-deadline/month-bounds", test_month_bounds);
  g_test_add_func ("/core/repair-deadline/time-left-text", test_time_left_text);
  g_test_add_func ("/core/repair-rules/state-machine", test_state_machine);
  g_test_add_func ("/core/repair-rules/paid", test_paid_rules);
  g_test_add_func ("/core/repair-rules/line-amount", test_line_amount);
  g_test_add_func ("/core/repair-rules/kpis", test_kpis);

  rc = g_test_run ();
  g_time_zone_unref (sh);
  return rc;
}
