// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib-object.h>
#include "pd-repair-enums.h"
#include "pd-repair-deadline.h"

G_BEGIN_DECLS

#define PD_TYPE_REPAIR (pd_repair_get_type ())
G_DECLARE_FINAL_TYPE (PdRepair, pd_repair, PD, REPAIR, GObject)

/* A repair order (报修单 / 工程派工单). Properties, one per column of the repairs table (kebab
 * case of the getters): "id", "serial", "channel" (int PdRepairChannel), "unit-id",
 * "occupant-id" (gint64, 0: none), "public-area" (boolean), "location", "reporter",
 * "reporter-phone", "category-id", "description", "urgency" (int PdRepairUrgency),
 * "repair-class" (int PdOrderClass; column "class"), "source" (int PdRepairSource),
 * "appointment-at", "reported-at" (gint64 Unix seconds UTC, 0: none), "clerk", "state" (int
 * PdRepairState), "department-id", "assignee-id", "dispatcher", "dispatched-at", "accepted-at",
 * "arrived-at", "completed-at", "quote-accepted-at", "quote-accepted-by", "work-done",
 * "materials", "result", "occupant-confirmed" (boolean), "rating-quality", "rating-attitude"
 * (int 1..5, 0: none), "callback-needed" (boolean), "reopened-count" (int), "parent-id",
 * "move-in-defect-id" (gint64, 0: none), "cancel-reason", "updated-at".
 *
 * Display properties, filled by the store from joined tables (plain strings, set by the store
 * when it loads the order): "category-name", "category-onsite-callback" (boolean),
 * "estate-name", "building-name", "unit-number", "occupant-name", "assignee-name",
 * "department-name"; derived and read-only: "unit-label" ("3栋 1201", or the location for a
 * public area), "state-label", "urgency-label", "class-label", "channel-label", "source-label". */
PdRepair   *pd_repair_new                          (void);
PdRepair   *pd_repair_copy                         (PdRepair *self);

gint64      pd_repair_get_id                       (PdRepair *self);
void        pd_repair_set_id                       (PdRepair *self, gint64 id);
const char *pd_repair_get_serial                   (PdRepair *self);
void        pd_repair_set_serial                   (PdRepair *self, const char *v);
PdRepairChannel pd_repair_get_channel              (PdRepair *self);
void        pd_repair_set_channel                  (PdRepair *self, PdRepairChannel v);
gint64      pd_repair_get_unit_id                  (PdRepair *self);
void        pd_repair_set_unit_id                  (PdRepair *self, gint64 id);
gint64      pd_repair_get_occupant_id              (PdRepair *self);
void        pd_repair_set_occupant_id              (PdRepair *self, gint64 id);
gboolean    pd_repair_get_public_area              (PdRepair *self);
void        pd_repair_set_public_area              (PdRepair *self, gboolean v);
const char *pd_repair_get_location                 (PdRepair *self);
void        pd_repair_set_location                 (PdRepair *self, const char *v);
const char *pd_repair_get_reporter                 (PdRepair *self);
void        pd_repair_set_reporter                 (PdRepair *self, const char *v);
const char *pd_repair_get_reporter_phone           (PdRepair *self);
void        pd_repair_set_reporter_phone           (PdRepair *self, const char *v);
gint64      pd_repair_get_category_id              (PdRepair *self);
void        pd_repair_set_category_id              (PdRepair *self, gint64 id);
const char *pd_repair_get_description              (PdRepair *self);
void        pd_repair_set_description              (PdRepair *self, const char *v);
PdRepairUrgency pd_repair_get_urgency              (PdRepair *self);
void        pd_repair_set_urgency                  (PdRepair *self, PdRepairUrgency v);
PdOrderClass pd_repair_get_repair_class           (PdRepair *self);
void        pd_repair_set_repair_class             (PdRepair *self, PdOrderClass v);
PdRepairSource pd_repair_get_source                (PdRepair *self);
void        pd_repair_set_source                   (PdRepair *self, PdRepairSource v);
gint64      pd_repair_get_appointment_at           (PdRepair *self);
void        pd_repair_set_appointment_at           (PdRepair *self, gint64 t);
gint64      pd_repair_get_reported_at              (PdRepair *self);
void        pd_repair_set_reported_at              (PdRepair *self, gint64 t);
const char *pd_repair_get_clerk                    (PdRepair *self);
void        pd_repair_set_clerk                    (PdRepair *self, const char *v);
PdRepairState pd_repair_get_state                  (PdRepair *self);
void        pd_repair_set_state                    (PdRepair *self, PdRepairState v);
gint64      pd_repair_get_department_id            (PdRepair *self);
void        pd_repair_set_department_id            (PdRepair *self, gint64 id);
gint64      pd_repair_get_assignee_id              (PdRepair *self);
void        pd_repair_set_assignee_id              (PdRepair *self, gint64 id);
const char *pd_repair_get_dispatcher               (PdRepair *self);
void        pd_repair_set_dispatcher               (PdRepair *self, const char *v);
gint64      pd_repair_get_dispatched_at            (PdRepair *self);
void        pd_repair_set_dispatched_at            (PdRepair *self, gint64 t);
gint64      pd_repair_get_accepted_at              (PdRepair *self);
void        pd_repair_set_accepted_at              (PdRepair *self, gint64 t);
gint64      pd_repair_get_arrived_at               (PdRepair *self);
void        pd_repair_set_arrived_at               (PdRepair *self, gint64 t);
gint64      pd_repair_get_completed_at             (PdRepair *self);
void        pd_repair_set_completed_at             (PdRepair *self, gint64 t);
gint64      pd_repair_get_quote_accepted_at        (PdRepair *self);
void        pd_repair_set_quote_accepted_at        (PdRepair *self, gint64 t);
const char *pd_repair_get_quote_accepted_by        (PdRepair *self);
void        pd_repair_set_quote_accepted_by        (PdRepair *self, const char *v);
const char *pd_repair_get_work_done                (PdRepair *self);
void        pd_repair_set_work_done                (PdRepair *self, const char *v);
const char *pd_repair_get_materials                (PdRepair *self);
void        pd_repair_set_materials                (PdRepair *self, const char *v);
const char *pd_repair_get_result                   (PdRepair *self);
void        pd_repair_set_result                   (PdRepair *self, const char *v);
gboolean    pd_repair_get_occupant_confirmed       (PdRepair *self);
void        pd_repair_set_occupant_confirmed       (PdRepair *self, gboolean v);
int         pd_repair_get_rating_quality           (PdRepair *self);
void        pd_repair_set_rating_quality           (PdRepair *self, int v);
int         pd_repair_get_rating_attitude          (PdRepair *self);
void        pd_repair_set_rating_attitude          (PdRepair *self, int v);
gboolean    pd_repair_get_callback_needed          (PdRepair *self);
void        pd_repair_set_callback_needed          (PdRepair *self, gboolean v);
int         pd_repair_get_reopened_count           (PdRepair *self);
void        pd_repair_set_reopened_count           (PdRepair *self, int v);
gint64      pd_repair_get_parent_id                (PdRepair *self);
void        pd_repair_set_parent_id                (PdRepair *self, gint64 id);
gint64      pd_repair_get_move_in_defect_id        (PdRepair *self);
void        pd_repair_set_move_in_defect_id        (PdRepair *self, gint64 id);
const char *pd_repair_get_cancel_reason            (PdRepair *self);
void        pd_repair_set_cancel_reason            (PdRepair *self, const char *v);
gint64      pd_repair_get_updated_at               (PdRepair *self);
void        pd_repair_set_updated_at               (PdRepair *self, gint64 t);

const char *pd_repair_get_category_name            (PdRepair *self);
void        pd_repair_set_category_name            (PdRepair *self, const char *v);
gboolean    pd_repair_get_category_onsite_callback (PdRepair *self);
void        pd_repair_set_category_onsite_callback (PdRepair *self, gboolean v);
const char *pd_repair_get_estate_name              (PdRepair *self);
void        pd_repair_set_estate_name              (PdRepair *self, const char *v);
const char *pd_repair_get_building_name            (PdRepair *self);
void        pd_repair_set_building_name            (PdRepair *self, const char *v);
const char *pd_repair_get_unit_number              (PdRepair *self);
void        pd_repair_set_unit_number              (PdRepair *self, const char *v);
const char *pd_repair_get_occupant_name            (PdRepair *self);
void        pd_repair_set_occupant_name            (PdRepair *self, const char *v);
const char *pd_repair_get_assignee_name            (PdRepair *self);
void        pd_repair_set_assignee_name            (PdRepair *self, const char *v);
const char *pd_repair_get_department_name          (PdRepair *self);
void        pd_repair_set_department_name          (PdRepair *self, const char *v);

/* "3栋 1201"; for a public area without a unit, the location (or "公共区域"). */
char       *pd_repair_dup_unit_label               (PdRepair *self);
const char *pd_repair_get_state_label              (PdRepair *self);
const char *pd_repair_get_urgency_label            (PdRepair *self);
const char *pd_repair_get_class_label              (PdRepair *self);
const char *pd_repair_get_channel_label            (PdRepair *self);
const char *pd_repair_get_source_label             (PdRepair *self);

/* The order's instants for pd-repair-deadline. */
void        pd_repair_get_moments                  (PdRepair        *self,
                                                    PdRepairMoments *out);
/* The order's clocks at now; a cancelled order has no clock (all zero). */
void        pd_repair_compute_clock                (PdRepair            *self,
                                                    const PdRepairTimes *times,
                                                    gint64               now,
                                                    GTimeZone           *tz,
                                                    PdRepairClock       *out);

G_END_DECLS
