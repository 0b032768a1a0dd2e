// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* With PD_BENCH_FIRST_FRAME=1 in the environment the app prints "first-frame-ms: N" once its
 * first window has painted, then quits: tests/bench/bench-startup.sh reads that line. */
void pd_bench_mark_start         (void);
void pd_bench_watch_first_frame  (GtkWindow *window);

G_END_DECLS
