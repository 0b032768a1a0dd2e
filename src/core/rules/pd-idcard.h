// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Mainland resident identity card numbers (居民身份证号码, GB 11643-1999). */

gboolean  pd_resident_id_check          (const char  *text,
                                         gboolean    *out_legacy,
                                         GError     **error);
char     *pd_resident_id_normalize      (const char  *text);
char     *pd_resident_id_compute_check  (const char  *first17);

G_END_DECLS
