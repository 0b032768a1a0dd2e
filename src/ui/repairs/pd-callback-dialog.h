// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-callback-store.h"
#include "pd-database.h"
#include "pd-repair.h"

G_BEGIN_DECLS

#define PD_TYPE_CALLBACK_DIALOG (pd_callback_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdCallbackDialog, pd_callback_dialog, PD, CALLBACK_DIALOG, AdwWindow)

/* The callback (回访) of a completed order: on site or by phone (a phone callback is refused
 * with the rule's sentence for categories that need one on site), when, who called back,
 * satisfied or not, remarks; when not satisfied, reopen the order (重新派工) or open a linked
 * order (另开关联工单). Emits "saved" (gint64 order id) and closes. */
PdCallbackDialog *pd_callback_dialog_new (PdDatabase *db,
                                          PdRepair   *repair);
/* The callback of another subject (a complaint), through the same subsystem: the same form
 * without the repair's follow-up choice, since an unsatisfied answer sends the subject back by
 * its own rules. @title and @summary name the subject ("TS2026-0042 · 张伟 · 3栋 1201",
 * "安全与秩序: …"). Emits "saved" (gint64 subject id) and closes. */
PdCallbackDialog *pd_callback_dialog_new_for_subject (PdDatabase        *db,
                                                      PdCallbackSubject  subject,
                                                      gint64             subject_id,
                                                      const char        *serial,
                                                      const char        *title,
                                                      const char        *summary);

G_END_DECLS
