// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Unified social credit codes of companies and organisations (统一社会信用代码, GB 32100-2015). */

gboolean  pd_uscc_check          (const char  *text,
                                  GError     **error);
char     *pd_uscc_normalize      (const char  *text);
char      pd_uscc_compute_check  (const char  *first17);

G_END_DECLS
