// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"

G_BEGIN_DECLS

/* Demo repair orders for trying the repairs tab and for benchmarks, written inside the
 * caller's transaction (pd_demo_generate's). Seeds the staff of the 工程部 teams and a paid-
 * service price list (有偿服务收费标准) when those are empty, then @n_orders orders reported over
 * the twelve months before now, oldest first with their BX serials: every state (new to
 * called back, cancelled), realistic descriptions per category, paid orders with price-list
 * lines and their pending charges, callbacks mostly satisfied (some not, and reopened),
 * settlement sheets on some larger orders and site surveys on a few of those. Units and
 * occupants come from the database; without units only public-area orders are made. The same
 * @rand state gives the same orders (times are relative to now). */
gboolean pd_demo_repairs_generate (PdDatabase  *db,
                                   GRand       *rand,
                                   guint        n_orders,
                                   GError     **error);

/* Orders the demo makes for @n_units units (about 1.2 a unit a year). */
guint    pd_demo_repairs_count_for_units (guint n_units);

G_END_DECLS
