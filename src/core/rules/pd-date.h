// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Calendar dates (no time of day) are stored and exchanged as ISO "YYYY-MM-DD". */

#define PD_DATE_MIN_YEAR 1900
#define PD_DATE_MAX_YEAR 2100

gboolean  pd_date_parse         (const char   *text,
                                 GDate        *out,
                                 GError      **error);
char     *pd_date_to_iso        (const GDate  *d);
char     *pd_date_today_iso     (void);
int       pd_date_days_between  (const GDate  *a,
                                 const GDate  *b);

G_END_DECLS
