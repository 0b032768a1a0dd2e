// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-contact.h"
#include "pd-complaint.h"
#include "pd-repair.h"

G_BEGIN_DECLS

/* The call/visit register (来电、来访登记表): every call or visit is one entry, one numbering
 * across channels. Each call is one transaction and changes nothing when it fails. Refusals
 * come as PD_COMPLAINT_ERROR (fields, times, an entry already turned into something), a
 * missing entry as PD_DB_ERROR_NOT_FOUND, database trouble as other PD_DB_ERRORs; every message
 * is a translated sentence naming the entry and the value. A time argument of 0 means "now". */

/* Serials "LD2026-000123": one numbering per year of the call (local time). */
#define PD_CONTACT_SERIES "LD"

/* Reads channel, received-at (0: now), caller, unit-id, occupant-id, phone, content and
 * recorder. Checks: caller, content and recorder given; the unit exists (the occupant's unit
 * when only the occupant is given; an occupant must live in the unit); a valid phone when
 * given (stored normalized). Sets id, serial, outcome (pending) and the display properties. */
gboolean    pd_contact_store_create        (PdDatabase  *db,
                                            PdContact   *contact,
                                            GError     **error);
/* Writes the same fields of an existing entry, with the same checks (not the serial). */
gboolean    pd_contact_store_update        (PdDatabase  *db,
                                            PdContact   *contact,
                                            GError     **error);
PdContact  *pd_contact_store_get           (PdDatabase  *db,
                                            gint64       contact_id,
                                            GError     **error);
PdContact  *pd_contact_store_get_by_serial (PdDatabase  *db,
                                            const char  *serial,
                                            GError     **error);

/* The later columns of the paper register, each a text with who wrote it and when. */
typedef enum
{
  PD_CONTACT_STEP_ACTION,            /* 处理情况: action taken */
  PD_CONTACT_STEP_FOLLOW_UP_NEEDED,  /* 需跟进事项 */
  PD_CONTACT_STEP_FOLLOW_UP_DONE,    /* 跟进结果 */
  PD_CONTACT_STEP_FEEDBACK,          /* 客户意见: the customer's feedback (by is ignored) */
} PdContactStep;

/* Writes (or rewrites) one step; text required, by required except for FEEDBACK; the time not
 * before the entry's. A follow-up done needs a follow-up needed first. */
gboolean    pd_contact_store_record_step   (PdDatabase    *db,
                                            gint64         contact_id,
                                            PdContactStep  step,
                                            const char    *text,
                                            const char    *by,
                                            gint64         at,
                                            GError       **error);

/* A complaint prefilled from a pending entry (contact-id, complainant, unit, occupant, phone,
 * channel, content, received-at, recorder), not stored: the clerk picks the category and
 * confirms the four clear, then pd_complaint_store_create() stores it and links the entry. */
PdComplaint *pd_contact_store_new_complaint (PdDatabase  *db,
                                             gint64       contact_id,
                                             GError     **error);
/* A repair order prefilled from a pending entry (channel, unit, occupant, reporter, phone,
 * description, reported-at, clerk; source customer; urgency general; class B; the first active
 * category; a public area when the entry has no unit), not stored. */
PdRepair   *pd_contact_store_new_repair    (PdDatabase  *db,
                                            gint64       contact_id,
                                            GError     **error);
/* Stores repair through pd_repair_store_create() and links it to the pending entry (outcome
 * repair, repair_id; the action column names the order when blank) in one transaction. */
gboolean    pd_contact_store_create_repair (PdDatabase  *db,
                                            gint64       contact_id,
                                            PdRepair    *repair,
                                            GError     **error);
/* An inquiry answered on the spot: outcome inquiry, the answer as the action taken. */
gboolean    pd_contact_store_answer_inquiry (PdDatabase  *db,
                                             gint64       contact_id,
                                             const char  *answer,
                                             const char  *by,
                                             gint64       at,
                                             GError     **error);

/* Queries for the register list. The text is read by its shape: a serial ("LD2026-0001",
 * "2026-000123"), a unit ("3栋 1201", "3栋"), digits (phone whole or in part, a serial's
 * digits, a unit number), else words (caller, content substring, unit). */
typedef struct
{
  const char *text;
  int         outcome;        /* -1: all, else PdContactOutcome */
  int         channel;        /* -1: all, else PdContactChannel */
  gint64      received_from;  /* [from, to) Unix seconds, 0: open-ended */
  gint64      received_to;
  gboolean    oldest_first;   /* default newest first */
} PdContactQuery;

void        pd_contact_query_init          (PdContactQuery *query);
/* gint64 ids in the query's order. */
GArray     *pd_contact_store_query_ids     (PdDatabase           *db,
                                            const PdContactQuery *query,
                                            GError              **error);
/* Entries in [from, to) (0: open-ended), -1 on error. */
gint64      pd_contact_store_count         (PdDatabase  *db,
                                            gint64       from,
                                            gint64       to,
                                            GError     **error);

G_END_DECLS
