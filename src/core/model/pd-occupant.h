// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib-object.h>
#include "pd-enums.h"

G_BEGIN_DECLS

#define PD_TYPE_OCCUPANT (pd_occupant_get_type ())
G_DECLARE_FINAL_TYPE (PdOccupant, pd_occupant, PD, OCCUPANT, GObject)

/* Properties (kebab-case of the getters): "id", "unit-id" (gint64), "building-name",
 * "unit-number", "area" (gint64 centi-m², of the unit), "role" (int PdRole), "kind" (int PdKind),
 * "name", "id-number", "phone", "phone2", "emergency-name", "emergency-phone",
 * "move-in-date", "move-out-date" (ISO "YYYY-MM-DD" or NULL), "status" (int PdStatus), "notes".
 * Read-only convenience properties for display: "phone-masked", "role-label", "status-label",
 * "area-text", "unit-label" ("3栋 1201" style: building + " " + unit). */
PdOccupant *pd_occupant_new                 (void);
PdOccupant *pd_occupant_copy                (PdOccupant *self);

gint64      pd_occupant_get_id              (PdOccupant *self);
void        pd_occupant_set_id              (PdOccupant *self, gint64 id);
gint64      pd_occupant_get_unit_id         (PdOccupant *self);
void        pd_occupant_set_unit_id         (PdOccupant *self, gint64 id);
const char *pd_occupant_get_building_name   (PdOccupant *self);
void        pd_occupant_set_building_name   (PdOccupant *self, const char *v);
const char *pd_occupant_get_unit_number     (PdOccupant *self);
void        pd_occupant_set_unit_number     (PdOccupant *self, const char *v);
gint64      pd_occupant_get_area            (PdOccupant *self);
void        pd_occupant_set_area            (PdOccupant *self, gint64 centi_m2);
PdRole      pd_occupant_get_role            (PdOccupant *self);
void        pd_occupant_set_role            (PdOccupant *self, PdRole role);
PdKind      pd_occupant_get_kind            (PdOccupant *self);
void        pd_occupant_set_kind            (PdOccupant *self, PdKind kind);
const char *pd_occupant_get_name            (PdOccupant *self);
void        pd_occupant_set_name            (PdOccupant *self, const char *v);
const char *pd_occupant_get_id_number       (PdOccupant *self);
void        pd_occupant_set_id_number       (PdOccupant *self, const char *v);
const char *pd_occupant_get_phone           (PdOccupant *self);
void        pd_occupant_set_phone           (PdOccupant *self, const char *v);
const char *pd_occupant_get_phone2          (PdOccupant *self);
void        pd_occupant_set_phone2          (PdOccupant *self, const char *v);
const char *pd_occupant_get_emergency_name  (PdOccupant *self);
void        pd_occupant_set_emergency_name  (PdOccupant *self, const char *v);
const char *pd_occupant_get_emergency_phone (PdOccupant *self);
void        pd_occupant_set_emergency_phone (PdOccupant *self, const char *v);
const char *pd_occupant_get_move_in_date    (PdOccupant *self);
void        pd_occupant_set_move_in_date    (PdOccupant *self, const char *iso);
const char *pd_occupant_get_move_out_date   (PdOccupant *self);
void        pd_occupant_set_move_out_date   (PdOccupant *self, const char *iso);
PdStatus    pd_occupant_get_status          (PdOccupant *self);
void        pd_occupant_set_status          (PdOccupant *self, PdStatus status);
const char *pd_occupant_get_notes           (PdOccupant *self);
void        pd_occupant_set_notes           (PdOccupant *self, const char *v);

char       *pd_occupant_dup_unit_label      (PdOccupant *self);

/* One problem with one field, for inline messages in forms and for import reports. */
typedef struct
{
  char    *field;    /* property name, e.g. "id-number" */
  char    *message;  /* translated sentence */
  gboolean warning;  /* TRUE: may be saved anyway (e.g. a 15-digit legacy ID) */
} PdFieldIssue;

void        pd_field_issue_free             (PdFieldIssue *issue);

/* Checks every field against the rules (names, ID or credit code by kind, phones, dates in
 * order). Returns an array of PdFieldIssue (empty when all is well); also normalizes the phone
 * and ID fields in place when they are valid. */
GPtrArray  *pd_occupant_check               (PdOccupant *self);
gboolean    pd_field_issues_have_errors     (GPtrArray  *issues);

G_END_DECLS
