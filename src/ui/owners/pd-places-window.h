// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

#define PD_TYPE_PLACES_WINDOW (pd_places_window_get_type ())
G_DECLARE_FINAL_TYPE (PdPlacesWindow, pd_places_window, PD, PLACES_WINDOW, AdwWindow)

/* Buildings (with unit counts) and the units of the selected building: add, rename, edit,
 * delete. Deleting is refused, with the store's reason, while a building has units or a unit
 * has occupant records. Changes are passed on with pd_window_notify_data_changed(). */
PdPlacesWindow *pd_places_window_new     (PdDatabase *db);
void            pd_places_window_present (GtkWindow  *parent,
                                          PdDatabase *db);

G_END_DECLS
