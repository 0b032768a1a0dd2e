// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-occupant-editor.h"

G_BEGIN_DECLS

/* For tests: the entry row of a field ("name", "phone", ...), the label showing its issue, and
 * whether Save is possible. */
GtkEditable *_pd_occupant_editor_get_entry       (PdOccupantEditor *self,
                                                  const char       *field);
GtkLabel    *_pd_occupant_editor_get_issue_label (PdOccupantEditor *self,
                                                  const char       *field);
gboolean     _pd_occupant_editor_can_save        (PdOccupantEditor *self);
/* Chooses the unit in the unit list of the selected building; FALSE when it is not there. */
gboolean     _pd_occupant_editor_select_unit     (PdOccupantEditor *self,
                                                  gint64            unit_id);

G_END_DECLS
