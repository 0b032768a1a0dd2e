// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-complaint-step-dialog.h"
#include "pd-complaint-store.h"
#include "pd-complaints-format.h"
#include "pd-complaints-private.h"
#include "pd-contact-store.h"
#include "pd-ui-format.h"
#include "pd-widget-util.h"

/* What each step asks for. A NULL title hides the field. */
typedef struct
{
  const char *title;
  const char *save_label;
  gboolean    decision;
  const char *person_title;
  gboolean    deadline;
  const char *text_title;
  const char *text_description;
  gboolean    text_required;
  const char *text2_title;
  const char *by_title;
  gboolean    manager;      /* the manager's name is remembered apart from the clerk's */
} StepSpec;

static const StepSpec specs[] = {
  [PD_STEP_DECIDE] = {
    N_("Valid or Not"), N_("_Record"), TRUE, NULL, FALSE,
    N_("Explanation Given to the Occupant"),
    N_("Why it is not a valid complaint, as explained to the occupant. The case is then closed "
       "as not valid; it stays in the register."), TRUE, NULL, N_("Decided By"), FALSE },
  [PD_STEP_MANAGER] = {
    N_("Manager's Directions"), N_("_Record"), FALSE, N_("Person Responsible"), TRUE,
    N_("Measures"), N_("What is to be done, after the site visit the manager organised."), TRUE,
    NULL, N_("Manager"), TRUE },
  [PD_STEP_FEEDBACK] = {
    N_("Feedback to the Occupant"), N_("_Record"), FALSE, NULL, FALSE,
    N_("What Was Said"), N_("What the occupant was told about the handling (due within 24 "
                            "hours of the complaint)."), TRUE, NULL, N_("Fed Back By"), FALSE },
  [PD_STEP_RESULT] = {
    N_("Department's Action and Result"), N_("_Record"), FALSE, NULL, FALSE,
    N_("Action Taken"), N_("What the responsible department did."), TRUE, N_("Handling Result"),
    N_("Handled By"), FALSE },
  [PD_STEP_SIGN_OFF] = {
    N_("Manager's Sign-off"), N_("_Sign Off"), FALSE, NULL, FALSE, NULL, NULL, FALSE, NULL,
    N_("Manager"), TRUE },
  [PD_STEP_ARCHIVE] = {
    N_("Archive the Complaint"), N_("_Archive"), FALSE, NULL, FALSE, NULL, NULL, FALSE, NULL,
    N_("Archived By"), FALSE },
  [PD_STEP_ANSWER] = {
    N_("Inquiry Answered on the Spot"), N_("_Record"), FALSE, NULL, FALSE, N_("Answer Given"),
    N_("The answer becomes the action taken in the register."), TRUE, NULL,
    N_("Answered By"), FALSE },
  [PD_STEP_ACTION_TAKEN] = {
    N_("Action Taken"), N_("_Record"), FALSE, NULL, FALSE, N_("Action Taken"), NULL, TRUE, NULL,
    N_("Written By"), FALSE },
  [PD_STEP_FOLLOW_UP_NEEDED] = {
    N_("Follow-up Needed"), N_("_Record"), FALSE, NULL, FALSE, N_("Follow-up Needed"), NULL,
    TRUE, NULL, N_("Written By"), FALSE },
  [PD_STEP_FOLLOW_UP_DONE] = {
    N_("Follow-up Done"), N_("_Record"), FALSE, NULL, FALSE, N_("Follow-up Done"), NULL, TRUE,
    NULL, N_("Written By"), FALSE },
  [PD_STEP_CUSTOMER_FEEDBACK] = {
    N_("Customer Feedback"), N_("_Record"), FALSE, NULL, FALSE, N_("Customer's Feedback"),
    N_("The customer's own words; the paper register has their signature."), TRUE, NULL, NULL,
    FALSE },
};

/* Positions of the decision combo. */
enum { DECISION_VALID, DECISION_INVALID };

struct _PdComplaintStepDialog
{
  AdwWindow            parent_instance;

  PdDatabase          *database;
  PdComplaint         *complaint;
  PdContact           *contact;
  PdStepKind           kind;
  GtkLabel            *issue;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  AdwPreferencesGroup *subject_group;
  AdwPreferencesGroup *decision_group;
  AdwComboRow         *valid_row;
  GtkStringList       *valid_names;
  AdwPreferencesGroup *person_group;
  AdwEntryRow         *person_row;
  AdwEntryRow         *deadline_row;
  AdwPreferencesGroup *text_group;
  GtkTextView         *text_view;
  AdwPreferencesGroup *text2_group;
  GtkTextView         *text2_view;
  AdwPreferencesGroup *signature_group;
  AdwEntryRow         *by_row;
  AdwEntryRow         *time_row;
};

G_DEFINE_FINAL_TYPE (PdComplaintStepDialog, pd_complaint_step_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Who signs at the desk, and who signs as manager, rarely change between two steps. */
static char *last_clerk;
static char *last_manager;

static const StepSpec *
spec (PdComplaintStepDialog *self)
{
  return &specs[self->kind];
}

static gboolean
is_invalid_decision (PdComplaintStepDialog *self)
{
  return spec (self)->decision
         && adw_combo_row_get_selected (self->valid_row) == DECISION_INVALID;
}

static gboolean
text_shown (PdComplaintStepDialog *self)
{
  /* A valid complaint needs no explanation. */
  return spec (self)->text_title != NULL && (!spec (self)->decision
                                             || is_invalid_decision (self));
}

static void
validate (PdComplaintStepDialog *self)
{
  const StepSpec *s = spec (self);
  g_autofree char *text = pd_text_view_dup_text (self->text_view);
  g_autofree char *text2 = pd_text_view_dup_text (self->text2_view);
  g_autofree char *person = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (
                                                 self->person_row)));
  g_autofree char *by = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->by_row)));
  g_autofree char *deadline = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (
                                                   self->deadline_row)));
  g_autoptr(GError) time_error = NULL;
  g_autoptr(GError) deadline_error = NULL;
  g_autofree char *issue = NULL;
  gint64 t;

  /* Filling the decision list during init already notifies. */
  if (self->issue == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->text_group), text_shown (self));

  if (s->person_title != NULL && person == NULL)
    issue = g_strdup_printf (_("Enter the %s."), _(s->person_title));
  else if (s->deadline && deadline != NULL
           && !pd_parse_time (deadline, &t, &deadline_error))
    issue = g_strdup (deadline_error->message);
  else if (text_shown (self) && s->text_required && text == NULL)
    issue = g_strdup_printf (_("Write the %s."), _(s->text_title));
  else if (s->text2_title != NULL && text2 == NULL)
    issue = g_strdup_printf (_("Write the %s."), _(s->text2_title));
  else if (s->by_title != NULL && by == NULL)
    issue = g_strdup_printf (_("Enter who signs: %s."), _(s->by_title));
  else if (!pd_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &t,
                           &time_error))
    issue = g_strdup (time_error->message);

  pd_complaints_set_issue (self->issue, issue);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", issue == NULL);
  gtk_widget_set_tooltip_text (self->save_button, issue);
}

static void
changed_cb (PdComplaintStepDialog *self)
{
  validate (self);
}

static gboolean
record (PdComplaintStepDialog *self,
        GError               **error)
{
  g_autofree char *text = text_shown (self) ? pd_text_view_dup_text (self->text_view) : NULL;
  g_autofree char *text2 = pd_text_view_dup_text (self->text2_view);
  g_autofree char *person = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (
                                                 self->person_row)));
  g_autofree char *by = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->by_row)));
  g_autofree char *deadline_text = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (
                                                        self->deadline_row)));
  gint64 id = self->complaint != NULL ? pd_complaint_get_id (self->complaint)
                                      : pd_contact_get_id (self->contact);
  gint64 at = 0, deadline = 0;

  pd_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &at, NULL);
  if (deadline_text != NULL)
    pd_parse_time (deadline_text, &deadline, NULL);

  switch (self->kind)
    {
    case PD_STEP_DECIDE:
      return pd_complaint_store_decide (self->database, id, !is_invalid_decision (self), text,
                                        by, at, error);
    case PD_STEP_MANAGER:
      return pd_complaint_store_manager_direct (self->database, id, person, text, deadline, by,
                                                at, error);
    case PD_STEP_FEEDBACK:
      return pd_complaint_store_record_feedback (self->database, id, by, text, at, error);
    case PD_STEP_RESULT:
      return pd_complaint_store_record_result (self->database, id, text, text2, by, at, error);
    case PD_STEP_SIGN_OFF:
      return pd_complaint_store_sign_off (self->database, id, by, at, error);
    case PD_STEP_ARCHIVE:
      return pd_complaint_store_archive (self->database, id, by, at, error);
    case PD_STEP_ANSWER:
      return pd_contact_store_answer_inquiry (self->database, id, text, by, at, error);
    case PD_STEP_ACTION_TAKEN:
      return pd_contact_store_record_step (self->database, id, PD_CONTACT_STEP_ACTION, text, by,
                                           at, error);
    case PD_STEP_FOLLOW_UP_NEEDED:
      return pd_contact_store_record_step (self->database, id, PD_CONTACT_STEP_FOLLOW_UP_NEEDED,
                                           text, by, at, error);
    case PD_STEP_FOLLOW_UP_DONE:
      return pd_contact_store_record_step (self->database, id, PD_CONTACT_STEP_FOLLOW_UP_DONE,
                                           text, by, at, error);
    case PD_STEP_CUSTOMER_FEEDBACK:
    default:
      return pd_contact_store_record_step (self->database, id, PD_CONTACT_STEP_FEEDBACK, text,
                                           NULL, at, error);
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdComplaintStepDialog *self = PD_COMPLAINT_STEP_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  char **last;

  validate (self);
  if (!gtk_widget_get_sensitive (self->save_button))
    return;
  if (!record (self, &error))
    {
      /* The form stays as typed: the refusal says what to do first. */
      pd_complaints_show_error (widget, _("The Step Was Not Recorded"), error);
      return;
    }

  last = spec (self)->manager ? &last_manager : &last_clerk;
  if (spec (self)->by_title != NULL)
    {
      g_free (*last);
      *last = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->by_row)));
    }
  g_signal_emit (self, signals[SAVED], 0,
                 self->complaint != NULL ? pd_complaint_get_id (self->complaint)
                                         : pd_contact_get_id (self->contact));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pd_complaint_step_dialog_dispose (GObject *object)
{
  PdComplaintStepDialog *self = PD_COMPLAINT_STEP_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_COMPLAINT_STEP_DIALOG);
  g_clear_object (&self->complaint);
  g_clear_object (&self->contact);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_complaint_step_dialog_parent_class)->dispose (object);
}

static void
pd_complaint_step_dialog_class_init (PdComplaintStepDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_complaint_step_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-complaint-step-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PdComplaintStepDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (subject_group);
  BIND (decision_group);
  BIND (valid_row);
  BIND (valid_names);
  BIND (person_group);
  BIND (person_row);
  BIND (deadline_row);
  BIND (text_group);
  BIND (text_view);
  BIND (text2_group);
  BIND (text2_view);
  BIND (signature_group);
  BIND (by_row);
  BIND (time_row);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_complaint_step_dialog_init (PdComplaintStepDialog *self)
{
  const char *decisions[] = { _("Valid: register it and have it handled"),
                              _("Not valid: explain to the occupant and close it"), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_splice (self->valid_names, 0, 0, decisions);
  self->issue = pd_complaints_add_issue (self->signature_group);
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "changed",
                           G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->text2_view), "changed",
                           G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
}

/* Lays the form out for its step; @text, @by and @at fill in a column already written. */
static void
configure (PdComplaintStepDialog *self,
           PdStepKind             kind,
           const char            *serial,
           const char            *text,
           const char            *by,
           gint64                 at)
{
  const StepSpec *s = &specs[kind];
  g_autofree char *time = pd_format_time (at > 0 ? at
                                                 : g_get_real_time () / G_USEC_PER_SEC);
  const char *remembered = s->manager ? last_manager : last_clerk;

  self->kind = kind;
  gtk_window_set_title (GTK_WINDOW (self), _(s->title));
  adw_window_title_set_title (self->window_title, _(s->title));
  adw_window_title_set_subtitle (self->window_title, serial);
  gtk_button_set_label (GTK_BUTTON (self->save_button), _(s->save_label));

  gtk_widget_set_visible (GTK_WIDGET (self->decision_group), s->decision);
  gtk_widget_set_visible (GTK_WIDGET (self->person_group), s->person_title != NULL);
  if (s->person_title != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->person_row), _(s->person_title));
  gtk_widget_set_visible (GTK_WIDGET (self->deadline_row), s->deadline);
  if (s->text_title != NULL)
    {
      adw_preferences_group_set_title (self->text_group, _(s->text_title));
      adw_preferences_group_set_description (self->text_group,
                                             s->text_description != NULL
                                               ? _(s->text_description) : NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(s->text_title), -1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->text2_group), s->text2_title != NULL);
  if (s->text2_title != NULL)
    {
      adw_preferences_group_set_title (self->text2_group, _(s->text2_title));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->text2_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(s->text2_title), -1);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->by_row), s->by_title != NULL);
  if (s->by_title != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->by_row), _(s->by_title));

  pd_text_view_set_text (self->text_view, text);
  gtk_editable_set_text (GTK_EDITABLE (self->by_row),
                         by != NULL && *by != '\0' ? by : remembered != NULL ? remembered : "");
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  validate (self);
}

PdComplaintStepDialog *
pd_complaint_step_dialog_new_for_complaint (PdDatabase  *db,
                                            PdComplaint *complaint,
                                            PdStepKind   kind)
{
  PdComplaintStepDialog *self;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (PD_IS_COMPLAINT (complaint), NULL);
  g_return_val_if_fail (kind <= PD_STEP_ARCHIVE, NULL);

  self = g_object_new (PD_TYPE_COMPLAINT_STEP_DIALOG, NULL);
  self->database = g_object_ref (db);
  self->complaint = g_object_ref (complaint);
  pd_complaints_add_case_row (self->subject_group, complaint);
  configure (self, kind, pd_complaint_get_serial (complaint), NULL, NULL, 0);
  if (kind == PD_STEP_MANAGER)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->person_row),
                             pd_complaint_get_manager_person (complaint));
      pd_text_view_set_text (self->text_view, pd_complaint_get_manager_measures (complaint));
    }
  return self;
}

PdComplaintStepDialog *
pd_complaint_step_dialog_new_for_contact (PdDatabase  *db,
                                          PdContact   *contact,
                                          PdStepKind   kind)
{
  PdComplaintStepDialog *self;
  const char *text = NULL, *by = NULL;
  gint64 at = 0;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (PD_IS_CONTACT (contact), NULL);
  g_return_val_if_fail (kind >= PD_STEP_ANSWER, NULL);

  self = g_object_new (PD_TYPE_COMPLAINT_STEP_DIALOG, NULL);
  self->database = g_object_ref (db);
  self->contact = g_object_ref (contact);
  pd_contacts_add_entry_row (self->subject_group, contact);

  /* A column already written is rewritten from what it says. */
  switch (kind)
    {
    case PD_STEP_ACTION_TAKEN:
      text = pd_contact_get_action_taken (contact);
      by = pd_contact_get_action_by (contact);
      at = pd_contact_get_action_at (contact);
      break;
    case PD_STEP_FOLLOW_UP_NEEDED:
      text = pd_contact_get_follow_up_needed (contact);
      by = pd_contact_get_follow_up_needed_by (contact);
      at = pd_contact_get_follow_up_needed_at (contact);
      break;
    case PD_STEP_FOLLOW_UP_DONE:
      text = pd_contact_get_follow_up_done (contact);
      by = pd_contact_get_follow_up_done_by (contact);
      at = pd_contact_get_follow_up_done_at (contact);
      break;
    case PD_STEP_CUSTOMER_FEEDBACK:
      text = pd_contact_get_customer_feedback (contact);
      at = pd_contact_get_customer_feedback_at (contact);
      break;
    case PD_STEP_ANSWER:
    default:
      break;
    }
  configure (self, kind, pd_contact_get_serial (contact), text, by, at);
  return self;
}

GtkEditable *
_pd_complaint_step_dialog_get_entry (PdComplaintStepDialog *self,
                                     const char            *field)
{
  const struct { const char *name; AdwEntryRow *row; } map[] = {
    { "person", self->person_row }, { "deadline", self->deadline_row },
    { "by", self->by_row }, { "time", self->time_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i].name, field) == 0)
      return GTK_EDITABLE (map[i].row);
  g_return_val_if_reached (NULL);
}

void
_pd_complaint_step_dialog_set_text (PdComplaintStepDialog *self,
                                    const char            *text,
                                    const char            *text2)
{
  pd_text_view_set_text (self->text_view, text);
  pd_text_view_set_text (self->text2_view, text2);
}

void
_pd_complaint_step_dialog_set_valid (PdComplaintStepDialog *self,
                                     gboolean               valid)
{
  adw_combo_row_set_selected (self->valid_row, valid ? DECISION_VALID : DECISION_INVALID);
}

const char *
_pd_complaint_step_dialog_get_issue (PdComplaintStepDialog *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->issue)) ? gtk_label_get_text (self->issue)
                                                           : NULL;
}
