// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-occupant.h"

G_BEGIN_DECLS

/* Columns every occupant query selects, in the order _pd_occupant_from_row() reads them. */
#define PD_OCCUPANT_COLUMNS                                                              \
  "o.id, o.unit_id, b.name, u.number, u.area_centi, o.role, o.kind, o.name, o.id_number, " \
  "o.phone, o.phone2, o.emergency_name, o.emergency_phone, o.move_in_date, "              \
  "o.move_out_date, o.status, o.notes"
#define PD_OCCUPANT_FROM                                                                 \
  " FROM occupants o JOIN units u ON u.id = o.unit_id JOIN buildings b ON b.id = u.building_id "

PdOccupant *_pd_occupant_from_row (PdStmt *stmt);

/* Text of a column, "" for NULL. */
static inline const char *
_pd_column_text (PdStmt *stmt,
                 int     col)
{
  const unsigned char *text = sqlite3_column_text (stmt, col);
  return text ? (const char *)text : "";
}

/* Trimmed copy, NULL when blank. */
char *_pd_strdup_trimmed (const char *text);

G_END_DECLS
