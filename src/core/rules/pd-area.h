// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Floor areas are gint64 hundredths of a square metre (8950 = 89.50 m²). */

#define PD_AREA_MAX_CENTI_M2 G_GINT64_CONSTANT (10000000) /* 100000 m² */

gboolean  pd_area_parse   (const char  *text,
                           gint64      *out_centi_m2,
                           GError     **error);
char     *pd_area_format  (gint64       centi_m2);

G_END_DECLS
