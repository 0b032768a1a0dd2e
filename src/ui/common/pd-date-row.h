// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Adds a calendar button to a date entry row: the calendar opens on the date typed in the row
 * (or today) and writes the chosen day back as ISO "YYYY-MM-DD". Typing stays possible. */
void pd_date_row_setup (AdwEntryRow *row);

G_END_DECLS
