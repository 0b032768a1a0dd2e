// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is always a gint64 count of fen (分, 1/100 yuan); no floating point. */

gboolean  pd_money_parse           (const char  *text,
                                    gint64      *out_fen,
                                    GError     **error);
char     *pd_money_format          (gint64       fen);
char     *pd_money_format_grouped  (gint64       fen);
char     *pd_money_capitals        (gint64       fen,
                                    gboolean     rmb_prefix);

G_END_DECLS
