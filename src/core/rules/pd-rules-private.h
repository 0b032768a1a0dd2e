// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  _PD_DECIMAL_OK,
  _PD_DECIMAL_EMPTY,
  _PD_DECIMAL_NEGATIVE,
  _PD_DECIMAL_BAD_CHAR,
  _PD_DECIMAL_BAD_GROUPING,
  _PD_DECIMAL_TOO_MANY_DECIMALS,
  _PD_DECIMAL_OVERFLOW,
} _PdDecimalStatus;

char             *_pd_rules_fold              (const char  *text,
                                               gboolean     drop_spaces);
char             *_pd_rules_char_at           (const char  *p);
gboolean          _pd_rules_strip_suffix      (char        *text,
                                               const char  *suffix);
gboolean          _pd_rules_strip_prefix      (char        *text,
                                               const char  *prefix);
_PdDecimalStatus  _pd_rules_parse_hundredths  (const char  *text,
                                               gint64      *out,
                                               const char **bad);

G_END_DECLS
