// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib-object.h>
#include "pd-complaint-enums.h"
#include "pd-complaint-rules.h"

G_BEGIN_DECLS

#define PD_TYPE_COMPLAINT (pd_complaint_get_type ())
G_DECLARE_FINAL_TYPE (PdComplaint, pd_complaint, PD, COMPLAINT, GObject)

/* A complaint (投诉) and its handling report (投诉处理报告). Properties, one per column of the
 * complaints table (kebab case of the getters):
 *   registration: "id", "serial" (TS2026-0042), "contact-id" (gint64, 0: registered directly),
 *     "complainant", "unit-id", "occupant-id" (0: none), "phone", "channel" (int
 *     PdContactChannel), "content", "received-at" (gint64 Unix seconds UTC), "category-id",
 *     "recorder", the four clear: "heard-clear", "asked-clear", "repeated-clear",
 *     "recorded-clear" (boolean);
 *   validity: "valid" (int PdComplaintValidity -1/0/1), "validity-note" (the explanation given
 *     to the occupant when not valid), "decided-by", "decided-at";
 *   dispatch: "department-id" (0: none), "responsible" (person named on the dispatch),
 *     "deadline-at" (committed handling deadline), "dispatched-at", "dispatched-by";
 *   serious case: "serious" (boolean), "manager-person" (person responsible named by the
 *     manager), "manager-measures", "manager-by", "manager-at";
 *   feedback to the occupant: "feedback-at", "feedback-by", "feedback-note";
 *   handling: "department-action", "department-result", "handled-by", "handled-at";
 *   callback, sign-off, archive: "called-back-at", "called-back-by", "reopened-count" (int),
 *     "signed-off-by", "signed-off-at", "archived-by", "archived-at";
 *   "state" (int PdComplaintState), "updated-at".
 * Display properties set by the store from joined tables: "contact-serial", "category-name",
 * "department-name", "building-name", "unit-number", "occupant-name"; derived, read-only:
 * "unit-label" ("3栋 1201"), "state-label", "channel-label", "validity-label",
 * "four-clear" (boolean, all four confirmed), "in-manager-queue" (boolean: serious, open and
 * without the manager's directions). */
PdComplaint *pd_complaint_new                    (void);
PdComplaint *pd_complaint_copy                   (PdComplaint *self);

gint64      pd_complaint_get_id                  (PdComplaint *self);
void        pd_complaint_set_id                  (PdComplaint *self, gint64 id);
const char *pd_complaint_get_serial              (PdComplaint *self);
void        pd_complaint_set_serial              (PdComplaint *self, const char *v);
gint64      pd_complaint_get_contact_id          (PdComplaint *self);
void        pd_complaint_set_contact_id          (PdComplaint *self, gint64 id);
const char *pd_complaint_get_complainant         (PdComplaint *self);
void        pd_complaint_set_complainant         (PdComplaint *self, const char *v);
gint64      pd_complaint_get_unit_id             (PdComplaint *self);
void        pd_complaint_set_unit_id             (PdComplaint *self, gint64 id);
gint64      pd_complaint_get_occupant_id         (PdComplaint *self);
void        pd_complaint_set_occupant_id         (PdComplaint *self, gint64 id);
const char *pd_complaint_get_phone               (PdComplaint *self);
void        pd_complaint_set_phone               (PdComplaint *self, const char *v);
PdContactChannel pd_complaint_get_channel        (PdComplaint *self);
void        pd_complaint_set_channel             (PdComplaint *self, PdContactChannel v);
const char *pd_complaint_get_content             (PdComplaint *self);
void        pd_complaint_set_content             (PdComplaint *self, const char *v);
gint64      pd_complaint_get_received_at         (PdComplaint *self);
void        pd_complaint_set_received_at         (PdComplaint *self, gint64 t);
gint64      pd_complaint_get_category_id         (PdComplaint *self);
void        pd_complaint_set_category_id         (PdComplaint *self, gint64 id);
const char *pd_complaint_get_recorder            (PdComplaint *self);
void        pd_complaint_set_recorder            (PdComplaint *self, const char *v);
gboolean    pd_complaint_get_heard_clear         (PdComplaint *self);
void        pd_complaint_set_heard_clear         (PdComplaint *self, gboolean v);
gboolean    pd_complaint_get_asked_clear         (PdComplaint *self);
void        pd_complaint_set_asked_clear         (PdComplaint *self, gboolean v);
gboolean    pd_complaint_get_repeated_clear      (PdComplaint *self);
void        pd_complaint_set_repeated_clear      (PdComplaint *self, gboolean v);
gboolean    pd_complaint_get_recorded_clear      (PdComplaint *self);
void        pd_complaint_set_recorded_clear      (PdComplaint *self, gboolean v);
/* Sets the four flags at once. */
void        pd_complaint_set_four_clear          (PdComplaint *self, gboolean v);
gboolean    pd_complaint_get_four_clear          (PdComplaint *self);
PdComplaintValidity pd_complaint_get_valid       (PdComplaint *self);
void        pd_complaint_set_valid               (PdComplaint *self, PdComplaintValidity v);
const char *pd_complaint_get_validity_note       (PdComplaint *self);
void        pd_complaint_set_validity_note       (PdComplaint *self, const char *v);
const char *pd_complaint_get_decided_by          (PdComplaint *self);
void        pd_complaint_set_decided_by          (PdComplaint *self, const char *v);
gint64      pd_complaint_get_decided_at          (PdComplaint *self);
void        pd_complaint_set_decided_at          (PdComplaint *self, gint64 t);
gint64      pd_complaint_get_department_id       (PdComplaint *self);
void        pd_complaint_set_department_id       (PdComplaint *self, gint64 id);
const char *pd_complaint_get_responsible         (PdComplaint *self);
void        pd_complaint_set_responsible         (PdComplaint *self, const char *v);
gint64      pd_complaint_get_deadline_at         (PdComplaint *self);
void        pd_complaint_set_deadline_at         (PdComplaint *self, gint64 t);
gint64      pd_complaint_get_dispatched_at       (PdComplaint *self);
void        pd_complaint_set_dispatched_at       (PdComplaint *self, gint64 t);
const char *pd_complaint_get_dispatched_by       (PdComplaint *self);
void        pd_complaint_set_dispatched_by       (PdComplaint *self, const char *v);
gboolean    pd_complaint_get_serious             (PdComplaint *self);
void        pd_complaint_set_serious             (PdComplaint *self, gboolean v);
const char *pd_complaint_get_manager_person      (PdComplaint *self);
void        pd_complaint_set_manager_person      (PdComplaint *self, const char *v);
const char *pd_complaint_get_manager_measures    (PdComplaint *self);
void        pd_complaint_set_manager_measures    (PdComplaint *self, const char *v);
const char *pd_complaint_get_manager_by          (PdComplaint *self);
void        pd_complaint_set_manager_by          (PdComplaint *self, const char *v);
gint64      pd_complaint_get_manager_at          (PdComplaint *self);
void        pd_complaint_set_manager_at          (PdComplaint *self, gint64 t);
gint64      pd_complaint_get_feedback_at         (PdComplaint *self);
void        pd_complaint_set_feedback_at         (PdComplaint *self, gint64 t);
const char *pd_complaint_get_feedback_by         (PdComplaint *self);
void        pd_complaint_set_feedback_by         (PdComplaint *self, const char *v);
const char *pd_complaint_get_feedback_note       (PdComplaint *self);
void        pd_complaint_set_feedback_note       (PdComplaint *self, const char *v);
const char *pd_complaint_get_department_action   (PdComplaint *self);
void        pd_complaint_set_department_action   (PdComplaint *self, const char *v);
const char *pd_complaint_get_department_result   (PdComplaint *self);
void        pd_complaint_set_department_result   (PdComplaint *self, const char *v);
const char *pd_complaint_get_handled_by          (PdComplaint *self);
void        pd_complaint_set_handled_by          (PdComplaint *self, const char *v);
gint64      pd_complaint_get_handled_at          (PdComplaint *self);
void        pd_complaint_set_handled_at          (PdComplaint *self, gint64 t);
gint64      pd_complaint_get_called_back_at      (PdComplaint *self);
void        pd_complaint_set_called_back_at      (PdComplaint *self, gint64 t);
const char *pd_complaint_get_called_back_by      (PdComplaint *self);
void        pd_complaint_set_called_back_by      (PdComplaint *self, const char *v);
int         pd_complaint_get_reopened_count      (PdComplaint *self);
void        pd_complaint_set_reopened_count      (PdComplaint *self, int v);
const char *pd_complaint_get_signed_off_by       (PdComplaint *self);
void        pd_complaint_set_signed_off_by       (PdComplaint *self, const char *v);
gint64      pd_complaint_get_signed_off_at       (PdComplaint *self);
void        pd_complaint_set_signed_off_at       (PdComplaint *self, gint64 t);
const char *pd_complaint_get_archived_by         (PdComplaint *self);
void        pd_complaint_set_archived_by         (PdComplaint *self, const char *v);
gint64      pd_complaint_get_archived_at         (PdComplaint *self);
void        pd_complaint_set_archived_at         (PdComplaint *self, gint64 t);
PdComplaintState pd_complaint_get_state          (PdComplaint *self);
void        pd_complaint_set_state               (PdComplaint *self, PdComplaintState v);
gint64      pd_complaint_get_updated_at          (PdComplaint *self);
void        pd_complaint_set_updated_at          (PdComplaint *self, gint64 t);

const char *pd_complaint_get_contact_serial      (PdComplaint *self);
void        pd_complaint_set_contact_serial      (PdComplaint *self, const char *v);
const char *pd_complaint_get_category_name       (PdComplaint *self);
void        pd_complaint_set_category_name       (PdComplaint *self, const char *v);
const char *pd_complaint_get_department_name     (PdComplaint *self);
void        pd_complaint_set_department_name     (PdComplaint *self, const char *v);
const char *pd_complaint_get_building_name       (PdComplaint *self);
void        pd_complaint_set_building_name       (PdComplaint *self, const char *v);
const char *pd_complaint_get_unit_number         (PdComplaint *self);
void        pd_complaint_set_unit_number         (PdComplaint *self, const char *v);
const char *pd_complaint_get_occupant_name       (PdComplaint *self);
void        pd_complaint_set_occupant_name       (PdComplaint *self, const char *v);

/* "3栋 1201", "" without a unit. */
char       *pd_complaint_dup_unit_label          (PdComplaint *self);
const char *pd_complaint_get_state_label         (PdComplaint *self);
const char *pd_complaint_get_channel_label       (PdComplaint *self);
const char *pd_complaint_get_validity_label      (PdComplaint *self);
/* Serious, open and without the manager's person responsible and measures. */
gboolean    pd_complaint_get_in_manager_queue    (PdComplaint *self);

/* The case's instants for pd-complaint-rules. */
void        pd_complaint_get_moments             (PdComplaint        *self,
                                                  PdComplaintMoments *out);
/* The case's clocks at now (feedback, handling, callback). */
void        pd_complaint_compute_clock           (PdComplaint            *self,
                                                  const PdComplaintTimes *times,
                                                  gint64                  now,
                                                  PdComplaintClock       *out);
/* Its timeliness as of as_of (pd_complaint_timeliness()). */
PdComplaintTimeliness pd_complaint_get_timeliness (PdComplaint *self,
                                                   gint64       as_of);

G_END_DECLS
