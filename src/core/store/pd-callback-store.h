// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"

G_BEGIN_DECLS

/* Callbacks (回访) to the occupant after work is done, for repairs now and complaints later:
 * one table (callbacks: subject + subject_id), one queue, one set of KPIs. What a subject
 * allows (is it done? must the callback be on site? what does an unsatisfied answer do?) comes
 * from a PdCallbackSubjectClass registered per subject; repairs are built in. Refusals of the
 * subject's rules come in its own domain (PD_REPAIR_ERROR for repairs); a missing staff name or
 * method, and database trouble, as PD_DB_ERROR.
 *
 * For repairs: a callback needs a completed order and a time not before the completion; a
 * category flagged on-site refuses a phone callback. Satisfied: the order becomes called_back.
 * Unsatisfied with PD_CALLBACK_REOPEN: the order goes back to dispatched (same department and
 * worker), reopened_count + 1, the callback time becomes its dispatch time and appointment (so
 * its clocks start again), acceptance, arrival and completion are cleared. With
 * PD_CALLBACK_LINKED_ORDER: a new order (parent-id = this one, class B if this one was paid,
 * reported at the callback time) and this one becomes called_back. Either way the work is
 * called back again once it is completed. */

typedef enum
{
  PD_CALLBACK_SUBJECT_REPAIR,
  PD_CALLBACK_SUBJECT_COMPLAINT,
} PdCallbackSubject;
#define PD_CALLBACK_N_SUBJECTS (PD_CALLBACK_SUBJECT_COMPLAINT + 1)

typedef enum
{
  PD_CALLBACK_METHOD_ONSITE,
  PD_CALLBACK_METHOD_PHONE,
} PdCallbackMethod;

const char *pd_callback_subject_to_code   (PdCallbackSubject subject);  /* "repair" */
gboolean    pd_callback_subject_from_code (const char *code, PdCallbackSubject *out);
const char *pd_callback_method_to_code    (PdCallbackMethod method);    /* "onsite", "phone" */
gboolean    pd_callback_method_from_code  (const char *code, PdCallbackMethod *out);
const char *pd_callback_method_to_label   (PdCallbackMethod method);    /* 上门 / 电话 */

/* What to do when the occupant is not satisfied. */
typedef enum
{
  PD_CALLBACK_REOPEN,         /* the same order goes back to work (reopened_count + 1) */
  PD_CALLBACK_LINKED_ORDER,   /* a new order (parent = this one); this one stays closed */
} PdCallbackFollowUp;

/* A callback to record. */
typedef struct
{
  PdCallbackSubject   subject;
  gint64              subject_id;
  PdCallbackMethod    method;
  gint64              called_at;    /* 0: now */
  const char         *staff;        /* who called back; required */
  gboolean            satisfied;
  const char         *remarks;
  PdCallbackFollowUp  follow_up;    /* only when not satisfied */
} PdCallbackRecord;

/* A recorded callback. */
typedef struct
{
  gint64             id;
  PdCallbackSubject  subject;
  gint64             subject_id;
  PdCallbackMethod   method;
  gint64             called_at;
  char              *staff;
  gboolean           satisfied;
  char              *remarks;
  gint64             recorded_at;
} PdCallback;

void        pd_callback_free              (PdCallback *callback);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdCallback, pd_callback_free)

/* An entry of the queue: a subject done and waiting for its callback. */
typedef struct
{
  PdCallbackSubject  subject;
  gint64             subject_id;
  char              *serial;           /* BX2026-000123 */
  char              *unit_label;       /* "3栋 1201" or a public-area location */
  char              *contact;          /* reporter */
  char              *contact_phone;
  char              *summary;          /* category: description */
  gint64             completed_at;
  gboolean           onsite_required;  /* a phone callback will be refused */
  int                reopened_count;
} PdCallbackDue;

void        pd_callback_due_free          (PdCallbackDue *due);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdCallbackDue, pd_callback_due_free)

/* Counts of one subject kind over [from, to). */
typedef struct
{
  gint64 completed;    /* subjects completed in the period (completion time in range) */
  gint64 called_back;  /* of those, closed by a callback */
  gint64 callbacks;    /* callbacks made in the period (call time in range) */
  gint64 onsite;       /* of those, on site */
  gint64 satisfied;    /* of those, satisfied */
  int    callback_rate_permille;  /* pd-repair-rules KPIs; -1 when the base is 0 */
  int    onsite_share_permille;
  int    satisfaction_permille;
} PdCallbackKpis;

/* The per-subject behaviour. Every function runs inside the caller's transaction. */
typedef struct
{
  PdCallbackSubject subject;
  /* May the callback be recorded now (subject done, time not before completion, method
   * allowed)? FALSE with a sentence otherwise. */
  gboolean (*check)  (PdDatabase             *db,
                      const PdCallbackRecord *record,
                      GError                **error);
  /* Applies the outcome of a recorded callback; *out_linked_id gets a new linked subject's id
   * (0 when none). */
  gboolean (*apply)  (PdDatabase             *db,
                      const PdCallbackRecord *record,
                      gint64                 *out_linked_id,
                      GError                **error);
  /* Appends PdCallbackDue entries, oldest completion first. */
  gboolean (*queue)  (PdDatabase             *db,
                      GPtrArray              *out,
                      GError                **error);
  /* Fills completed and called_back for [from, to). */
  gboolean (*count)  (PdDatabase             *db,
                      gint64                  from,
                      gint64                  to,
                      PdCallbackKpis         *out,
                      GError                **error);
} PdCallbackSubjectClass;

/* For complaints (once, at start-up); the class must stay alive. Repairs are registered. */
void        pd_callback_store_register    (const PdCallbackSubjectClass *klass);

/* Checks with the subject's class, stores the callback and applies its outcome, in one
 * transaction. Returns the callback id (0 on error); out_linked_id (may be NULL) gets the id
 * of an order opened for an unsatisfied callback with PD_CALLBACK_LINKED_ORDER. */
gint64      pd_callback_store_record      (PdDatabase             *db,
                                           const PdCallbackRecord *record,
                                           gint64                 *out_linked_id,
                                           GError                **error);
/* Array of PdCallback of one subject, oldest first. */
GPtrArray  *pd_callback_store_list        (PdDatabase        *db,
                                           PdCallbackSubject  subject,
                                           gint64             subject_id,
                                           GError           **error);
/* Array of PdCallbackDue of one subject kind, oldest completion first. */
GPtrArray  *pd_callback_store_queue       (PdDatabase        *db,
                                           PdCallbackSubject  subject,
                                           GError           **error);
/* Counts and KPIs over [from, to) (Unix seconds). */
gboolean    pd_callback_store_kpis        (PdDatabase        *db,
                                           PdCallbackSubject  subject,
                                           gint64             from,
                                           gint64             to,
                                           PdCallbackKpis    *out,
                                           GError           **error);

G_END_DECLS
