// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-settlement-store.h"

G_BEGIN_DECLS

#define PD_TYPE_SETTLEMENT_LINES (pd_settlement_lines_get_type ())
G_DECLARE_FINAL_TYPE (PdSettlementLines, pd_settlement_lines, PD, SETTLEMENT_LINES, AdwBin)

/* The lines editor of the settlement sheet: one row of entries per line (quota code, item,
 * unit, quantity, approved unit price, total before audit, remarks) with the line's approved
 * total computed as it is typed, an Add Line button and a remove button per line. Emits
 * "changed" whenever a value changes. */
void     pd_settlement_lines_set_lines    (PdSettlementLines *self,
                                           GPtrArray         *lines);
void     pd_settlement_lines_set_editable (PdSettlementLines *self,
                                           gboolean           editable);
/* Appends an empty line and focuses its item entry. */
void     pd_settlement_lines_add_line     (PdSettlementLines *self);
guint    pd_settlement_lines_get_n_lines  (PdSettlementLines *self);
/* Replaces the lines of @settlement with what is typed; blank lines are skipped. FALSE with a
 * sentence naming the line and the field when something cannot be read. */
gboolean pd_settlement_lines_read         (PdSettlementLines *self,
                                           PdSettlement      *settlement,
                                           GError           **error);
/* The sums of the lines that can be read (approved and before audit), in fen. */
void     pd_settlement_lines_sums         (PdSettlementLines *self,
                                           gint64            *out_approved,
                                           gint64            *out_before);
/* For tests: types into line @index (0-based) column @column ("quota", "item", "unit",
 * "quantity", "price", "before", "remarks"). */
void     _pd_settlement_lines_set_text    (PdSettlementLines *self,
                                           guint              index,
                                           const char        *column,
                                           const char        *text);

G_END_DECLS
