// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 1234567 → "1,234,567": grouped the way Chinese offices write counts, whatever the locale. */
char     *pd_format_count      (guint64      n);
/* "" and NULL become NULL; otherwise a trimmed copy. */
char     *pd_strdup_trimmed    (const char  *text);

/* Times are Unix seconds UTC, shown and typed in local time, in every tab. */

/* "2026-03-14 15:07"; "" for 0. */
char     *pd_format_time       (gint64       t);
/* "03-14 15:07" within the year of @now, else "2025-12-30 09:12"; "" for 0. */
char     *pd_format_time_short (gint64       t,
                                gint64       now);
/* Reads "2026-03-14 15:07" (also "2026-3-14 9:05", "2026/03/14 15:07", a full-width colon or a
 * date alone, which means 00:00) in local time. FALSE with a sentence naming the text. */
gboolean  pd_parse_time        (const char  *text,
                                gint64      *out,
                                GError     **error);

G_END_DECLS
