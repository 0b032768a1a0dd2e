// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PD_RULE_ERROR (pd_rule_error_quark ())

/* INVALID: malformed text (bad character, wrong length, failed check character).
 * EMPTY: nothing was entered.
 * RANGE: well-formed but outside what is allowed (negative, too large, future date). */
typedef enum
{
  PD_RULE_ERROR_INVALID,
  PD_RULE_ERROR_EMPTY,
  PD_RULE_ERROR_RANGE,
} PdRuleError;

GQuark pd_rule_error_quark (void);

G_END_DECLS
