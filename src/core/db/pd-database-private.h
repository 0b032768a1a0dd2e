// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"

G_BEGIN_DECLS

/* For tests: how long a connection waits for another's lock, and a way to build a database
 * of an earlier schema version to check that upgrades keep data. */
void        _pd_database_set_busy_timeout_ms (int ms);
PdDatabase *_pd_database_open_at_version     (const char  *path,
                                              int          version,
                                              GError     **error);

G_END_DECLS
