// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"

G_BEGIN_DECLS

/* Demo call/visit register entries and complaints for trying the complaints tab and for
 * benchmarks, written inside the caller's transaction (pd_demo_generate's) through the
 * complaint and contact stores, so every case obeys the rules. @n_entries entries over the
 * twelve months before now, oldest first (phone, visit and written): inquiries answered on the
 * spot (some with a follow-up and the customer's feedback), entries that link the repair
 * orders already made by the repairs demo, a few still pending, and complaints in every state:
 * some not valid, some serious with the manager's directions, most handled on time, some late
 * (one exactly at its deadline), some sent back after an unsatisfied callback, the recent ones
 * still open; older cases signed off and archived. Units and occupants come from the database.
 * The same @rand state gives the same data (times are relative to now). */
gboolean pd_demo_complaints_generate        (PdDatabase  *db,
                                             GRand       *rand,
                                             guint        n_entries,
                                             GError     **error);

/* Register entries the demo makes for @n_units units in a year. */
guint    pd_demo_complaints_count_for_units (guint        n_units);

G_END_DECLS
