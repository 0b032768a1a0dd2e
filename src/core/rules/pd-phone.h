// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Mainland China phone numbers: mobiles and landlines with an area code. */

typedef enum
{
  PD_PHONE_MOBILE,
  PD_PHONE_LANDLINE,
} PdPhoneKind;

gboolean  pd_phone_check      (const char   *text,
                               PdPhoneKind  *out_kind,
                               GError      **error);
char     *pd_phone_normalize  (const char   *text);

G_END_DECLS
