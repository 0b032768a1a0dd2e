// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* GLib 2.74 has no g_set_str(): replace *ptr with a copy of v, TRUE when it changed. */
static inline gboolean
_pd_set_str (char      **ptr,
             const char *v)
{
  if (g_strcmp0 (*ptr, v) == 0)
    return FALSE;
  g_free (*ptr);
  *ptr = g_strdup (v);
  return TRUE;
}

G_END_DECLS
