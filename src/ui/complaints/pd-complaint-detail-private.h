// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-complaint-detail.h"
#include "pd-complaint-rules.h"

G_BEGIN_DECLS

/* Shared by pd-complaint-detail.c (the pane) and pd-complaint-detail-actions.c (its steps). */
struct _PdComplaintDetail
{
  AdwBin               parent_instance;

  PdDatabase          *database;
  PdComplaint         *complaint;     /* NULL: nothing shown */
  PdComplaintFacts     facts;
  PdComplaintTimes     times;
  gint64               now;
  GPtrArray           *rows;          /* rows of the groups, rebuilt on each show */

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *error_page;
  GtkLabel            *serial_label;
  GtkLabel            *state_label;
  GtkWidget           *serious_label;
  GtkLabel            *feedback_clock_label;
  GtkLabel            *deadline_clock_label;
  GtkLabel            *subtitle_label;
  GtkWidget           *decide_button;
  GtkWidget           *dispatch_button;
  GtkWidget           *manager_button;
  GtkWidget           *feedback_button;
  GtkWidget           *result_button;
  GtkWidget           *callback_button;
  GtkWidget           *sign_off_button;
  GtkWidget           *archive_button;
  GtkWidget           *serious_button;
  GtkWidget           *edit_button;
  GtkWidget           *forms_button;
  AdwPreferencesGroup *registration_group;
  AdwPreferencesGroup *handling_group;
  AdwPreferencesGroup *manager_group;
  AdwPreferencesGroup *result_group;
  AdwPreferencesGroup *callbacks_group;
  AdwPreferencesGroup *closing_group;
};

/* Installs the "complaint.*" actions on the class. */
void     _pd_complaint_detail_class_add_actions (GtkWidgetClass    *widget_class);
/* Enables the actions (and shows the step buttons) for the case shown. */
void     _pd_complaint_detail_actions_update    (PdComplaintDetail *self);
/* Re-reads the case and emits "changed" with @message (may be NULL). */
void     _pd_complaint_detail_changed           (PdComplaintDetail *self,
                                                 const char        *message);

G_END_DECLS
