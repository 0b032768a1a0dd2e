// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-rules"

#include "config.h"

#include "pd-rule-error.h"

G_DEFINE_QUARK (pd-rule-error-quark, pd_rule_error)
