// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-complaint.h"
#include "pd-complaint-rules.h"
#include "pd-callback-store.h"

G_BEGIN_DECLS

/* Complaints (投诉): registration, validity, dispatch, the manager's directions for serious
 * cases, feedback, the department's result, callback, sign-off and archive. Each call is one
 * transaction and changes nothing when it fails. Refusals of the rules come as
 * PD_COMPLAINT_ERROR, a missing case as PD_DB_ERROR_NOT_FOUND, database trouble as other
 * PD_DB_ERRORs; every message is a translated sentence naming the case and the value. A time
 * argument of 0 means "now"; a step's time may not be before the registration. */

/* Serials "TS2026-0042": one numbering per year of the registration (local time). */
#define PD_COMPLAINT_SERIES "TS"

/* Registration. Reads contact-id (0: directly), complainant, unit-id, occupant-id, phone,
 * channel, content, received-at (0: now), category-id, recorder, the four clear flags and
 * serious. Checks: complainant, content and recorder given; the category exists and is
 * active; all four clear confirmed ("four clear, one report"); the unit exists (the
 * occupant's when only the occupant is given; an occupant must live in the unit); a valid
 * phone when given (normalized). With a contact-id the entry must be pending: it becomes
 * outcome complaint with complaint_id set, and blank fields are taken from it. The deadline is
 * received-at + the category's cycle. A serious case enters the manager's queue at once. Sets
 * id, serial, state (registered), deadline-at and the display properties. */
gboolean    pd_complaint_store_create         (PdDatabase  *db,
                                               PdComplaint *complaint,
                                               GError     **error);
/* Writes complainant, unit-id, occupant-id, phone, channel, content, category-id (a new
 * category gives a new deadline unless one was set by hand) and the four clear flags of an
 * open case, with the same checks. */
gboolean    pd_complaint_store_update         (PdDatabase  *db,
                                               PdComplaint *complaint,
                                               GError     **error);
PdComplaint *pd_complaint_store_get           (PdDatabase  *db,
                                               gint64       complaint_id,
                                               GError     **error);
PdComplaint *pd_complaint_store_get_by_serial (PdDatabase  *db,
                                               const char  *serial,
                                               GError     **error);
gboolean    pd_complaint_store_get_facts      (PdDatabase        *db,
                                               gint64             complaint_id,
                                               PdComplaintFacts  *out,
                                               GError           **error);

/* Valid or not (registered only). Not valid needs the explanation given to the occupant
 * (note) and closes the case as invalid; it stays in the register. by: who decided. */
gboolean    pd_complaint_store_decide         (PdDatabase  *db,
                                               gint64       complaint_id,
                                               gboolean     valid,
                                               const char  *note,
                                               const char  *by,
                                               gint64       at,
                                               GError     **error);

typedef struct
{
  gint64      department_id;  /* 0: the category's default department */
  const char *responsible;    /* person responsible; NULL: the category's default desk */
  gint64      deadline_at;    /* 0: keep the committed deadline; else a new committed time,
                               * after the registration */
  gboolean    serious;        /* also flag the case serious (never clears the flag) */
  const char *by;             /* the dispatcher; required */
  gint64      at;             /* 0: now */
} PdComplaintDispatch;

/* Sends a valid case to its department (投诉处理报告 sent with a deadline); again while
 * dispatched to re-assign. Refused when the case was not judged valid, or without a department
 * (none given and the category has no default). */
gboolean    pd_complaint_store_dispatch       (PdDatabase                *db,
                                               gint64                     complaint_id,
                                               const PdComplaintDispatch *dispatch,
                                               GError                   **error);
/* Sets or clears the serious flag of an open case: serious puts it in the manager's queue. */
gboolean    pd_complaint_store_set_serious    (PdDatabase  *db,
                                               gint64       complaint_id,
                                               gboolean     serious,
                                               GError     **error);
/* The manager's directions on a serious case: person responsible and measures (both required)
 * and, optionally, a deadline (0: keep) that becomes the committed one. manager: who. Takes it
 * out of the manager's queue; may be given again to change them. */
gboolean    pd_complaint_store_manager_direct (PdDatabase  *db,
                                               gint64       complaint_id,
                                               const char  *person,
                                               const char  *measures,
                                               gint64       deadline_at,
                                               const char  *manager,
                                               gint64       at,
                                               GError     **error);
/* Feedback to the occupant (due within 24 h of registration), once. The note (what was said)
 * is required. */
gboolean    pd_complaint_store_record_feedback (PdDatabase  *db,
                                                gint64       complaint_id,
                                                const char  *by,
                                                const char  *note,
                                                gint64       at,
                                                GError     **error);
/* The department's action and result (both required): dispatched → handled. A serious case
 * needs the manager's directions first. Not before the dispatch. by: who in the department. */
gboolean    pd_complaint_store_record_result  (PdDatabase  *db,
                                               gint64       complaint_id,
                                               const char  *action,
                                               const char  *result,
                                               const char  *by,
                                               gint64       at,
                                               GError     **error);
/* The callback through the callback subsystem (pd_callback_store_record with subject
 * complaint): only after a result, not before it. Satisfied: handled → called back.
 * Unsatisfied: back to the department (dispatched, reopened-count + 1, result time cleared;
 * the committed deadline stays), and another callback falls due after the next result.
 * Returns the callback id, 0 on error. */
gint64      pd_complaint_store_record_callback (PdDatabase        *db,
                                                gint64             complaint_id,
                                                PdCallbackMethod   method,
                                                const char        *staff,
                                                gboolean           satisfied,
                                                const char        *remarks,
                                                gint64             at,
                                                GError           **error);
/* The manager signs the report: called back → signed off ("no sign-off before a callback"). */
gboolean    pd_complaint_store_sign_off       (PdDatabase  *db,
                                               gint64       complaint_id,
                                               const char  *manager,
                                               gint64       at,
                                               GError     **error);
/* Signed off or invalid → archived. */
gboolean    pd_complaint_store_archive        (PdDatabase  *db,
                                               gint64       complaint_id,
                                               const char  *by,
                                               gint64       at,
                                               GError     **error);

/* Queries for the list. */
typedef enum
{
  PD_COMPLAINT_FILTER_OPEN,               /* registered, dispatched, handled, called back */
  PD_COMPLAINT_FILTER_OVERDUE,            /* open with a clock past due */
  PD_COMPLAINT_FILTER_FEEDBACK_OVERDUE,   /* open, no feedback, feedback due passed */
  PD_COMPLAINT_FILTER_DEADLINE_OVERDUE,   /* open, no result, deadline passed */
  PD_COMPLAINT_FILTER_MANAGER_QUEUE,      /* serious, open, without the manager's directions */
  PD_COMPLAINT_FILTER_SERIOUS,            /* every serious case */
  PD_COMPLAINT_FILTER_AWAITING_CALLBACK,  /* handled */
  PD_COMPLAINT_FILTER_AWAITING_SIGN_OFF,  /* called back */
  PD_COMPLAINT_FILTER_CLOSED,             /* signed off, archived or invalid */
  PD_COMPLAINT_FILTER_INVALID,
  PD_COMPLAINT_FILTER_ALL,
} PdComplaintFilter;

typedef enum
{
  /* Open cases by their next due time (the most overdue first), then the closed ones, newest
   * registration first. */
  PD_COMPLAINT_SORT_OVERDUE_FIRST,
  PD_COMPLAINT_SORT_RECEIVED,  /* newest registration first */
  PD_COMPLAINT_SORT_SERIAL,
} PdComplaintSort;

typedef struct
{
  const char        *text;           /* serial, complainant, phone, "3栋 1201", content part */
  PdComplaintFilter  filter;
  gint64             category_id;    /* 0: all */
  gint64             department_id;  /* 0: all */
  gint64             received_from;  /* [from, to) Unix seconds, 0: open-ended */
  gint64             received_to;
  PdComplaintSort    sort;
  gint64             now;            /* for the clocks; 0: the current time */
  gboolean           reverse;        /* oldest first for RECEIVED, descending for SERIAL */
} PdComplaintQuery;

void        pd_complaint_query_init           (PdComplaintQuery *query);
/* gint64 ids in the query's order; due times are computed in SQL from the settings. */
GArray     *pd_complaint_store_query_ids      (PdDatabase             *db,
                                               const PdComplaintQuery *query,
                                               GError                **error);
/* Open cases with a clock past due at now (0: the current time), for the tab badge; -1 on
 * error. */
gint64      pd_complaint_store_count_overdue  (PdDatabase  *db,
                                               gint64       now,
                                               GError     **error);
/* Serious open cases waiting for the manager's directions; -1 on error. */
gint64      pd_complaint_store_count_manager_queue (PdDatabase  *db,
                                                    GError     **error);

G_END_DECLS
