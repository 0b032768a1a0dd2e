// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Quantities on settlement and charge lines (metres, square metres, pieces) are gint64
 * thousandths: 1.255 m is 1255. No floating point, so "1.255" stays exactly 1.255. */

#define PD_QUANTITY_MAX_MILLI G_GINT64_CONSTANT (999999999) /* 999,999.999 */

gboolean  pd_quantity_parse   (const char  *text,
                               gint64      *out_milli,
                               GError     **error);
/* "1.255", "2", "1.5", "0.005": no trailing zeros, no grouping. */
char     *pd_quantity_format  (gint64       milli);

G_END_DECLS
