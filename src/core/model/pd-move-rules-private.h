// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Helpers shared by the move-in and move-out rules. Issues are PdFieldIssue (pd-occupant.h). */

/* Takes ownership of message. */
void      _pd_move_add_issue     (GPtrArray   *issues,
                                  const char  *field,
                                  gboolean     warning,
                                  char        *message);
/* Parses *iso (any form pd_date_parse accepts) and rewrites it as "YYYY-MM-DD"; on failure adds
 * an error issue naming what (a translated noun phrase such as "move-out date"). */
gboolean  _pd_move_check_date    (GPtrArray   *issues,
                                  const char  *field,
                                  char       **iso,
                                  const char  *what,
                                  GDate       *out);
/* Adds an error issue with message when name is empty or blank. */
gboolean  _pd_move_check_name    (GPtrArray   *issues,
                                  const char  *field,
                                  const char  *name,
                                  const char  *message);

G_END_DECLS
