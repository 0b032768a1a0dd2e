// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Personal data is shown masked in lists and exports unless a role needs it. */

char *pd_mask_phone (const char *phone);
char *pd_mask_id    (const char *id);

G_END_DECLS
