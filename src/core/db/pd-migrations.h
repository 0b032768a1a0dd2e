// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Migration n (1-based) turns a database of user_version n-1 into version n. */
guint       _pd_migrations_count (void);
const char *_pd_migrations_get   (guint version);

G_END_DECLS
