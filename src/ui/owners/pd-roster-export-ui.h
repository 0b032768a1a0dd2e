// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtk/gtk.h>

#include "pd-database.h"
#include "pd-occupant-store.h"

G_BEGIN_DECLS

/* Exports the occupant roster (业户档案一览表) to an Excel file the user chooses: a save dialog
 * proposing 业户档案一览表-YYYYMMDD.xlsx with a choice for full ID numbers and phones (masked by
 * default; full needs a second confirmation), the export in a worker thread with a progress
 * dialog that can cancel it, and a dialog naming the file and the row count at the end.
 * Only one export runs at a time. */
void pd_roster_export_run       (GtkWindow             *parent,
                                 PdDatabase            *db);
/* The same for the occupants of @query (NULL: all), e.g. what the owners page shows. */
void pd_roster_export_run_query (GtkWindow             *parent,
                                 PdDatabase            *db,
                                 const PdOccupantQuery *query);

G_END_DECLS
