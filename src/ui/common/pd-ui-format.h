// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 1234567 → "1,234,567": grouped the way Chinese offices write counts, whatever the locale. */
char *pd_format_count   (guint64     n);
/* "" and NULL become NULL; otherwise a trimmed copy. */
char *pd_strdup_trimmed (const char *text);

G_END_DECLS
