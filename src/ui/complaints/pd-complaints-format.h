// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-complaint.h"
#include "pd-contact.h"
#include "pd-database.h"

G_BEGIN_DECLS

/* Shared by the complaints tab's page, detail panes and dialogs. Times are Unix seconds UTC,
 * shown and typed in local time (pd_format_time() and pd_parse_time() of pd-ui-format.h). */

/* The 24-hour feedback clock of a case as the list shows it (反馈剩余): "剩余 5 小时",
 * "超时 2 小时 3 分", "已反馈" / "超时反馈" once given, "" without a clock. @out_css gets
 * "error" when overdue, "warning" when a quarter of the time is left or feedback came late. */
char       *pd_complaints_describe_feedback (PdComplaint            *complaint,
                                             const PdComplaintTimes *times,
                                             gint64                  now,
                                             const char            **out_css);
/* The handling deadline (处理期限) until the result, then the callback clock until the
 * callback ("回访 剩余 3 小时"), then the outcome ("按时处理" / "超时处理"). */
char       *pd_complaints_describe_deadline (PdComplaint            *complaint,
                                             const PdComplaintTimes *times,
                                             gint64                  now,
                                             const char            **out_css);
/* Any clock of the case overdue at @now (red rows, the tab badge). */
gboolean    pd_complaints_is_overdue        (PdComplaint            *complaint,
                                             const PdComplaintTimes *times,
                                             gint64                  now);

/* The state pill's text and css class ("state-new", "state-working", "state-done",
 * "state-closed"); a serious case waiting for the manager reads 待经理批示 in "state-alert", a
 * registered case judged valid 有效 · 待派工. */
const char *pd_complaints_state_text        (PdComplaint            *complaint);
const char *pd_complaints_state_css         (PdComplaint            *complaint);
const char *pd_contacts_outcome_css         (PdContactOutcome        outcome);

/* Shows @error after a refused step: the rules' refusals (PD_COMPLAINT_ERROR) get the heading
 * "The Rules Do Not Allow This", anything else @heading. */
void        pd_complaints_show_error        (GtkWidget              *parent,
                                             const char             *heading,
                                             const GError           *error);

/* A message under the rows of a form group, hidden while @text is NULL. */
GtkLabel   *pd_complaints_add_issue         (AdwPreferencesGroup    *group);
void        pd_complaints_set_issue         (GtkLabel               *issue,
                                             const char             *text);

/* The period filter of both lists: all time, today, the last 7 days, then the last twelve
 * months ("2026-03"). @periods gets a PdComplaintsPeriod per position (0/0: all time). */
typedef struct
{
  gint64 from;
  gint64 to;
} PdComplaintsPeriod;

void        pd_complaints_fill_periods      (GtkStringList          *names,
                                             GArray                 *periods,
                                             gint64                  now);

/* The category (@categories TRUE) or department drop-down of the complaints list: "all" first,
 * then every category or department (those not in use marked so: old cases keep them),
 * keeping the id chosen across reloads. @ids gets a gint64 per position (0: all). FALSE with
 * @error when the list cannot be read (the drop-down then offers "all" only). */
gboolean    pd_complaints_fill_id_dropdown  (GtkDropDown            *dropdown,
                                             GtkStringList          *names,
                                             GArray                 *ids,
                                             PdDatabase             *db,
                                             gboolean                categories,
                                             GError                **error);
/* The id at the drop-down's position, 0 for "all". */
gint64      pd_complaints_dropdown_id       (GtkDropDown            *dropdown,
                                             GArray                 *ids);

/* Phones are confidential (DOMAIN.md): @label, the value of an AdwActionRow, shows @phone
 * masked (157****0254) and the row gets a Show/Hide toggle. Nothing happens for a blank
 * phone. */
void        pd_complaints_mask_phone_label  (GtkLabel               *label,
                                             const char             *phone);

/* A row naming the complaint a dialog is about: serial, complainant and unit, category and
 * content. */
GtkWidget  *pd_complaints_add_case_row      (AdwPreferencesGroup    *group,
                                             PdComplaint            *complaint);
/* The same for a register entry. */
GtkWidget  *pd_contacts_add_entry_row       (AdwPreferencesGroup    *group,
                                             PdContact              *contact);

G_END_DECLS
