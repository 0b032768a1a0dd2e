// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-app"
#include "config.h"

#include <stdio.h>

#include "pd-bench.h"

static gint64 start_time;

static gboolean
enabled (void)
{
  const char *value = g_getenv ("PD_BENCH_FIRST_FRAME");
  return value != NULL && *value != '\0';
}

void
pd_bench_mark_start (void)
{
  if (enabled ())
    start_time = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  printf ("first-frame-ms: %.1f\n", (g_get_monotonic_time () - start_time) / 1000.0);
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  g_application_quit (g_application_get_default ());
}

static void
map_cb (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_paint_cb), widget, 0);
}

void
pd_bench_watch_first_frame (GtkWindow *window)
{
  static gboolean watching;

  /* Only the first window counts. */
  if (!enabled () || start_time == 0 || watching)
    return;
  watching = TRUE;
  g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);
}
