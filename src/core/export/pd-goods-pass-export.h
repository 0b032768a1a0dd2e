// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-move-out.h"

G_BEGIN_DECLS

/* Blank ruled lines a printed pass always has, so that a short list still looks like the paper
 * form and late additions can be written in by hand before the seals. */
#define PD_GOODS_PASS_MIN_LINES 12

/* Writes the goods release pass (货物出门证) of a move-out to @path as one A4 portrait page:
 * title, serial, estate, occupant and unit, dates, the goods table (序号, 物品名称, 数量, 单位,
 * 备注) and the signature lines of the owner, the occupant, the service centre and security.
 * Fails with PD_DB_ERROR_INVALID when the pass has not been issued (no serial yet). */
gboolean pd_goods_pass_export_xlsx         (PdDatabase  *db,
                                            gint64       move_out_id,
                                            const char  *path,
                                            GError     **error);

/* "货物出门证-CM2026-0001.xlsx", the name the save dialog proposes. */
char    *pd_goods_pass_export_default_name (PdMoveOut   *move_out);

/* Local date of the pass ("2026-03-14"), or "" before it is issued; shared with printing. */
char    *pd_goods_pass_issue_date          (PdMoveOut   *move_out);

G_END_DECLS
