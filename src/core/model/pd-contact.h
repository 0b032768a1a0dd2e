// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib-object.h>
#include "pd-complaint-enums.h"

G_BEGIN_DECLS

#define PD_TYPE_CONTACT (pd_contact_get_type ())
G_DECLARE_FINAL_TYPE (PdContact, pd_contact, PD, CONTACT, GObject)

/* One entry of the call/visit register (来电、来访登记表). Properties, one per column of the
 * contacts table (kebab case of the getters): "id", "serial" (LD2026-000123), "channel" (int
 * PdContactChannel), "received-at" (gint64 Unix seconds UTC), "caller", "unit-id",
 * "occupant-id" (gint64, 0: none), "phone", "content", "recorder", "outcome" (int
 * PdContactOutcome), "complaint-id", "repair-id" (gint64, 0: none), the register's columns
 * "action-taken", "action-by", "action-at" (处理情况), "follow-up-needed",
 * "follow-up-needed-by", "follow-up-needed-at" (需跟进事项), "follow-up-done",
 * "follow-up-done-by", "follow-up-done-at" (跟进结果), "customer-feedback",
 * "customer-feedback-at" (客户意见), "updated-at".
 *
 * Display properties set by the store from joined tables: "building-name", "unit-number",
 * "occupant-name", "complaint-serial", "repair-serial"; derived and read-only: "unit-label"
 * ("3栋 1201", "" without a unit), "channel-label", "outcome-label", "linked-serial" (the
 * complaint's or repair order's serial, "" when none). */
PdContact  *pd_contact_new                      (void);
PdContact  *pd_contact_copy                     (PdContact *self);

gint64      pd_contact_get_id                   (PdContact *self);
void        pd_contact_set_id                   (PdContact *self, gint64 id);
const char *pd_contact_get_serial               (PdContact *self);
void        pd_contact_set_serial               (PdContact *self, const char *v);
PdContactChannel pd_contact_get_channel         (PdContact *self);
void        pd_contact_set_channel              (PdContact *self, PdContactChannel v);
gint64      pd_contact_get_received_at          (PdContact *self);
void        pd_contact_set_received_at          (PdContact *self, gint64 t);
const char *pd_contact_get_caller               (PdContact *self);
void        pd_contact_set_caller               (PdContact *self, const char *v);
gint64      pd_contact_get_unit_id              (PdContact *self);
void        pd_contact_set_unit_id              (PdContact *self, gint64 id);
gint64      pd_contact_get_occupant_id          (PdContact *self);
void        pd_contact_set_occupant_id          (PdContact *self, gint64 id);
const char *pd_contact_get_phone                (PdContact *self);
void        pd_contact_set_phone                (PdContact *self, const char *v);
const char *pd_contact_get_content              (PdContact *self);
void        pd_contact_set_content              (PdContact *self, const char *v);
const char *pd_contact_get_recorder             (PdContact *self);
void        pd_contact_set_recorder             (PdContact *self, const char *v);
PdContactOutcome pd_contact_get_outcome         (PdContact *self);
void        pd_contact_set_outcome              (PdContact *self, PdContactOutcome v);
gint64      pd_contact_get_complaint_id         (PdContact *self);
void        pd_contact_set_complaint_id         (PdContact *self, gint64 id);
gint64      pd_contact_get_repair_id            (PdContact *self);
void        pd_contact_set_repair_id            (PdContact *self, gint64 id);
const char *pd_contact_get_action_taken         (PdContact *self);
void        pd_contact_set_action_taken         (PdContact *self, const char *v);
const char *pd_contact_get_action_by            (PdContact *self);
void        pd_contact_set_action_by            (PdContact *self, const char *v);
gint64      pd_contact_get_action_at            (PdContact *self);
void        pd_contact_set_action_at            (PdContact *self, gint64 t);
const char *pd_contact_get_follow_up_needed     (PdContact *self);
void        pd_contact_set_follow_up_needed     (PdContact *self, const char *v);
const char *pd_contact_get_follow_up_needed_by  (PdContact *self);
void        pd_contact_set_follow_up_needed_by  (PdContact *self, const char *v);
gint64      pd_contact_get_follow_up_needed_at  (PdContact *self);
void        pd_contact_set_follow_up_needed_at  (PdContact *self, gint64 t);
const char *pd_contact_get_follow_up_done       (PdContact *self);
void        pd_contact_set_follow_up_done       (PdContact *self, const char *v);
const char *pd_contact_get_follow_up_done_by    (PdContact *self);
void        pd_contact_set_follow_up_done_by    (PdContact *self, const char *v);
gint64      pd_contact_get_follow_up_done_at    (PdContact *self);
void        pd_contact_set_follow_up_done_at    (PdContact *self, gint64 t);
const char *pd_contact_get_customer_feedback    (PdContact *self);
void        pd_contact_set_customer_feedback    (PdContact *self, const char *v);
gint64      pd_contact_get_customer_feedback_at (PdContact *self);
void        pd_contact_set_customer_feedback_at (PdContact *self, gint64 t);
gint64      pd_contact_get_updated_at           (PdContact *self);
void        pd_contact_set_updated_at           (PdContact *self, gint64 t);

const char *pd_contact_get_building_name        (PdContact *self);
void        pd_contact_set_building_name        (PdContact *self, const char *v);
const char *pd_contact_get_unit_number          (PdContact *self);
void        pd_contact_set_unit_number          (PdContact *self, const char *v);
const char *pd_contact_get_occupant_name        (PdContact *self);
void        pd_contact_set_occupant_name        (PdContact *self, const char *v);
const char *pd_contact_get_complaint_serial     (PdContact *self);
void        pd_contact_set_complaint_serial     (PdContact *self, const char *v);
const char *pd_contact_get_repair_serial        (PdContact *self);
void        pd_contact_set_repair_serial        (PdContact *self, const char *v);

/* "3栋 1201", "" without a unit. */
char       *pd_contact_dup_unit_label           (PdContact *self);
const char *pd_contact_get_channel_label        (PdContact *self);
const char *pd_contact_get_outcome_label        (PdContact *self);
/* The complaint's serial for a complaint, the repair order's for a repair, else "". */
const char *pd_contact_get_linked_serial        (PdContact *self);

G_END_DECLS
