// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>

#include "pd-database.h"

/* A fresh database in its own temporary folder, removed at the end of the test. */
typedef struct
{
  char       *dir;
  char       *path;
  PdDatabase *db;
} PdUiTestDb;

static inline void
pd_ui_test_rmdir (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        pd_ui_test_rmdir (child);
      else
        g_unlink (child);
    }
  g_dir_close (d);
  g_rmdir (dir);
}

static inline void
pd_ui_test_db_open (PdUiTestDb *t)
{
  g_autoptr(GError) error = NULL;

  t->dir = g_dir_make_tmp ("pd-ui-test-XXXXXX", &error);
  g_assert_no_error (error);
  t->path = g_build_filename (t->dir, "test.db", NULL);
  t->db = pd_database_open (t->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (t->db);
}

static inline void
pd_ui_test_db_close (PdUiTestDb *t)
{
  g_clear_object (&t->db);
  pd_ui_test_rmdir (t->dir);
  g_clear_pointer (&t->dir, g_free);
  g_clear_pointer (&t->path, g_free);
}

/* Runs the main context until @done returns TRUE or @timeout_ms passes; returns @done's answer. */
static inline gboolean
pd_ui_test_wait (gboolean (*done) (gpointer data),
                 gpointer   data,
                 guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!done (data) && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
  return done (data);
}

static inline void
pd_ui_test_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

static inline void
pd_ui_test_skip_no_display (void)
{
  g_test_skip ("no display: run the UI tests under xvfb-run");
}

/* GTK needs a display; without one (no Xvfb) the tests are skipped, not failed. Returns FALSE
 * then, after registering one skipped test so that the TAP output says why. */
static inline gboolean
pd_ui_test_init (int    *argc,
                 char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_init (argc, argv, NULL);
      g_test_add_func ("/ui/no-display", pd_ui_test_skip_no_display);
      return FALSE;
    }
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  return TRUE;
}
