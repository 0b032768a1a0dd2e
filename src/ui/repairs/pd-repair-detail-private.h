// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-repair-detail.h"
#include "pd-repair-rules.h"
#include "pd-repair-settings.h"

G_BEGIN_DECLS

/* Shared by pd-repair-detail.c (the pane) and pd-repair-detail-actions.c (its steps). */
struct _PdRepairDetail
{
  AdwBin                parent_instance;

  PdDatabase           *database;
  PdRepair             *repair;        /* NULL: nothing shown */
  PdRepairFacts         facts;
  gboolean              has_settlement;
  PdRepairTimes         times;
  gint64                now;
  GPtrArray            *dynamic_rows;  /* rows added to the charges and callbacks groups */

  /* Value labels of the fixed rows */
  GtkLabel             *reported_value;
  GtkLabel             *channel_value;
  GtkLabel             *reporter_value;
  GtkLabel             *phone_value;
  GtkLabel             *unit_value;
  GtkLabel             *occupant_value;
  GtkLabel             *category_value;
  GtkLabel             *urgency_value;
  GtkLabel             *class_value;
  GtkLabel             *source_value;
  GtkLabel             *appointment_value;
  GtkLabel             *clerk_value;
  GtkLabel             *description_value;
  GtkLabel             *department_value;
  GtkLabel             *assignee_value;
  GtkLabel             *dispatcher_value;
  GtkLabel             *dispatched_value;
  GtkLabel             *accepted_value;
  GtkLabel             *arrived_value;
  GtkLabel             *completed_value;
  GtkLabel             *cancel_value;
  GtkLabel             *history_value;
  GtkLabel             *work_done_value;
  GtkLabel             *materials_value;
  GtkLabel             *result_value;
  GtkLabel             *confirmed_value;
  GtkLabel             *quality_value;
  GtkLabel             *attitude_value;
  GtkLabel             *survey_value;
  GtkLabel             *settlement_value;
  GtkWidget            *occupant_row;
  GtkWidget            *appointment_row;
  GtkWidget            *phone_row;
  GtkWidget            *arrived_row;
  GtkWidget            *completed_row;
  GtkWidget            *cancel_row;
  GtkWidget            *history_row;
  GtkWidget            *materials_row;
  GtkWidget            *result_row;

  /* Template widgets */
  GtkStack             *stack;
  AdwStatusPage        *error_page;
  GtkLabel             *serial_label;
  GtkLabel             *state_label;
  GtkLabel             *clock_label;
  GtkLabel             *subtitle_label;
  GtkWidget            *dispatch_button;
  GtkWidget            *accept_button;
  GtkWidget            *arrive_button;
  GtkWidget            *complete_button;
  GtkWidget            *callback_button;
  GtkWidget            *edit_button;
  GtkWidget            *cancel_button;
  GtkWidget            *forms_button;
  AdwPreferencesGroup  *report_group;
  AdwPreferencesGroup  *progress_group;
  AdwPreferencesGroup  *charges_group;
  AdwPreferencesGroup  *completion_group;
  AdwPreferencesGroup  *callbacks_group;
  AdwPreferencesGroup  *forms_group;
};

/* Installs the "repair.*" actions on the class. */
void     _pd_repair_detail_class_add_actions (GtkWidgetClass *widget_class);
/* Enables the actions (and shows the step buttons) for the order shown. */
void     _pd_repair_detail_actions_update    (PdRepairDetail *self);
/* Re-reads the order and emits "changed" with @message (may be NULL). */
void     _pd_repair_detail_changed           (PdRepairDetail *self,
                                              const char     *message);
/* A row of the charges group for one charge line, with its approve and remove buttons. */
GtkWidget *_pd_repair_detail_charge_row      (PdRepairDetail *self,
                                              gpointer        charge);

G_END_DECLS
