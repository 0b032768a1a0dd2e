// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-occupant-import.h"

G_BEGIN_DECLS

/* Realistic demo data for trying the application and for benchmarks: one estate, buildings
 * 1栋…N栋 of 100–200 units, owners and tenants with Chinese names, valid ID numbers, credit codes
 * and mobile numbers. The same @seed gives the same rows (dates are relative to today).
 *
 * Fills an empty database only: when units already exist it fails with PD_DB_ERROR_INVALID and
 * writes nothing. Everything is one transaction. @progress (may be NULL) is called from the
 * calling thread with fraction in [0, 1]. */
gboolean pd_demo_generate (PdDatabase           *db,
                           guint                 n_units,
                           guint32               seed,
                           PdImportProgressFunc  progress,
                           gpointer              user_data,
                           GError              **error);

G_END_DECLS
