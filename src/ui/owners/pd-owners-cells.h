// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Setup and bind callbacks of the occupant table's columns (the factories are in
 * ui/pd-owners-page.ui): binds them to the PdOwnersPage template class. */
void _pd_owners_cells_bind_template_callbacks (GtkWidgetClass *widget_class);

G_END_DECLS
