// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-complaint.h"
#include "pd-database.h"

G_BEGIN_DECLS

/* Everything the complaint handling report (投诉处理报告) shows, read once and shared by the
 * .xlsx export and the printed page, so both carry the same words. Times are local
 * "2026-03-14 09:05"; a step not yet taken is "". */
typedef struct
{
  PdComplaint *complaint;
  GPtrArray   *callbacks;        /* PdCallback of the case, oldest first */
  gint64       as_of;            /* when the report was read: the timeliness is as of then */
  char        *title;            /* "投诉处理报告" */
  char        *estate;           /* the unit's estate, or the only estate, or "" */
  char        *unit_label;       /* "3栋 1201" */
  char        *phone;            /* masked unless asked for in full */
  char        *received;         /* time of the complaint */
  char        *channel_ticks;    /* "☑ 电话   ☐ 来访   ☐ 书面" */
  char        *four_clear_ticks; /* "☑ 听清楚   ☑ 问清楚   ☑ 复清楚   ☑ 记清楚" */
  char        *validity_ticks;   /* "☑ 有效投诉   ☐ 无效投诉" (no tick while undecided) */
  char        *decided;
  char        *deadline;         /* committed handling deadline */
  char        *dispatched;
  char        *serious_ticks;    /* "☑ 是   ☐ 否" */
  char        *manager_at;
  char        *handling;         /* "处理措施：…\n处理结果：…" */
  char        *handled;
  char        *timeliness;       /* "及时（时限 2026-03-16 09:05）", "超时（…）", … */
  char        *feedback;         /* the note given to the occupant; says so when it was late */
  char        *feedback_at;
  char        *callback_record;  /* one line per callback: time, method, staff, answer, remarks */
  char        *callback_by;      /* the last callback's staff */
  char        *callback_at;
  char        *signed_off;       /* date */
  char        *archived;         /* date */
} PdComplaintReportForm;

/* Fails with PD_DB_ERROR_NOT_FOUND when there is no such complaint. @as_of 0: now. */
PdComplaintReportForm *pd_complaint_report_form_load (PdDatabase            *db,
                                                      gint64                 complaint_id,
                                                      gboolean               full_phone,
                                                      gint64                 as_of,
                                                      GError               **error);
void                   pd_complaint_report_form_free (PdComplaintReportForm *form);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdComplaintReportForm, pd_complaint_report_form_free)

/* Writes the complaint handling report as one A4 portrait page laid out like the paper form:
 * title, serial, complainant, unit, phone, time, channel, category, content, the four clear
 * ticks, valid or not (with the explanation given to an occupant whose complaint is not
 * valid), responsible department and person, deadline, the serious flag with the manager's
 * person responsible and measures, the department's action and result with its timeliness,
 * the feedback to the occupant, the callback record, and the manager's sign-off with signature
 * and date lines. @as_of 0: now. */
gboolean  pd_complaint_report_export_xlsx   (PdDatabase   *db,
                                             gint64        complaint_id,
                                             gboolean      full_phone,
                                             gint64        as_of,
                                             const char   *path,
                                             GError      **error);
/* "投诉处理报告-TS2026-0042.xlsx" */
char     *pd_complaint_report_default_name  (PdComplaint  *complaint);

/* Shared by the complaint forms: "☑ 电话   ☐ 来访   ☐ 书面" for a channel. */
char     *pd_complaint_form_channel_ticks   (PdContactChannel channel);
/* The estate of a unit (0: the only estate of the database, if there is one), else "". */
char     *pd_complaint_form_estate          (PdDatabase   *db,
                                             gint64        unit_id);

G_END_DECLS
