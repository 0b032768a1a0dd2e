// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-complaint-detail.h"
#include "pd-complaint-dialog.h"
#include "pd-complaint-dispatch-dialog.h"
#include "pd-complaint-step-dialog.h"
#include "pd-complaints-cells.h"
#include "pd-complaints-page.h"
#include "pd-complaints-view.h"
#include "pd-contact-detail.h"
#include "pd-contact-dialog.h"
#include "pd-contacts-view.h"
#include "pd-unit-finder.h"

G_BEGIN_DECLS

/* Internal to the complaints tab, and for tests: the widgets a clerk would touch. */


PdContactsView    *_pd_complaints_page_get_contacts_view   (PdComplaintsPage *self);
PdComplaintsView  *_pd_complaints_page_get_complaints_view (PdComplaintsPage *self);

GtkEditable       *_pd_contacts_view_get_search_entry  (PdContactsView       *self);
GListModel        *_pd_contacts_view_get_rows          (PdContactsView       *self);
PdContactDetail   *_pd_contacts_view_get_detail        (PdContactsView       *self);

GtkEditable       *_pd_complaints_view_get_search_entry (PdComplaintsView    *self);
GListModel        *_pd_complaints_view_get_rows        (PdComplaintsView     *self);
PdComplaintDetail *_pd_complaints_view_get_detail      (PdComplaintsView     *self);
/* The text of a cell on screen for a case (NULL when not bound). */
const char        *_pd_complaints_view_peek_cell       (PdComplaintsView     *self,
                                                        gint64                complaint_id,
                                                        PdComplaintsCellKind  kind,
                                                        gboolean             *out_overdue);

/* The dialogs, filled as a clerk would. Fields of the register entry dialog: "caller",
 * "phone", "time", "recorder"; of the complaint form: "complainant", "phone", "time",
 * "recorder"; of the dispatch dialog: "responsible", "deadline", "by", "time"; of the step
 * dialog: "person", "deadline", "by", "time". */
GtkEditable       *_pd_contact_dialog_get_entry        (PdContactDialog      *self,
                                                        const char           *field);
void               _pd_contact_dialog_set_content      (PdContactDialog      *self,
                                                        const char           *text);
void               _pd_contact_dialog_set_channel      (PdContactDialog      *self,
                                                        PdContactChannel      channel);
PdUnitFinder      *_pd_contact_dialog_get_finder       (PdContactDialog      *self);

GtkEditable       *_pd_complaint_dialog_get_entry      (PdComplaintDialog    *self,
                                                        const char           *field);
void               _pd_complaint_dialog_set_content    (PdComplaintDialog    *self,
                                                        const char           *text);
/* Chooses the category by name; FALSE when there is none of that name. */
gboolean           _pd_complaint_dialog_choose_category (PdComplaintDialog   *self,
                                                         const char          *name);
void               _pd_complaint_dialog_set_four_clear (PdComplaintDialog    *self,
                                                        gboolean              heard,
                                                        gboolean              asked,
                                                        gboolean              repeated,
                                                        gboolean              recorded);
void               _pd_complaint_dialog_set_serious    (PdComplaintDialog    *self,
                                                        gboolean              serious);
gboolean           _pd_complaint_dialog_can_save       (PdComplaintDialog    *self);

GtkEditable       *_pd_complaint_dispatch_dialog_get_entry (PdComplaintDispatchDialog *self,
                                                            const char                *field);
/* Chooses the department by name; FALSE when there is none of that name. */
gboolean           _pd_complaint_dispatch_dialog_choose_department (
                                                   PdComplaintDispatchDialog *self,
                                                   const char                *name);

GtkEditable       *_pd_complaint_step_dialog_get_entry (PdComplaintStepDialog *self,
                                                        const char            *field);
void               _pd_complaint_step_dialog_set_text  (PdComplaintStepDialog *self,
                                                        const char            *text,
                                                        const char            *text2);
void               _pd_complaint_step_dialog_set_valid (PdComplaintStepDialog *self,
                                                        gboolean               valid);
/* The first problem shown at the bottom of the form, NULL when none. */
const char        *_pd_complaint_step_dialog_get_issue (PdComplaintStepDialog *self);

/* The action of the step button highlighted as the next one ("complaint.dispatch"), NULL
 * when none is. */
const char        *_pd_complaint_detail_get_suggested  (PdComplaintDetail    *self);

/* Every dialog of the tab: presses Save; TRUE when it saved and closed. */
gboolean           _pd_complaints_dialog_save          (GtkWidget            *dialog);

G_END_DECLS
