// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-complaint-dialog.h"
#include "pd-complaint-step-dialog.h"
#include "pd-complaints-format.h"
#include "pd-complaints-page.h"
#include "pd-contact-detail.h"
#include "pd-contact-dialog.h"
#include "pd-contact-store.h"
#include "pd-dialogs.h"
#include "pd-repair-intake-dialog.h"
#include "pd-repair-store.h"
#include "pd-ui-format.h"
#include "pd-widget-util.h"

struct _PdContactDetail
{
  AdwBin               parent_instance;

  PdDatabase          *database;
  PdContact           *contact;       /* NULL: nothing shown */
  GPtrArray           *rows;          /* rows of the two groups, rebuilt on each show */

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *error_page;
  GtkLabel            *serial_label;
  GtkLabel            *outcome_label;
  GtkLabel            *subtitle_label;
  GtkWidget           *complaint_button;
  GtkWidget           *repair_button;
  GtkWidget           *answer_button;
  GtkWidget           *linked_button;
  AdwPreferencesGroup *entry_group;
  AdwPreferencesGroup *register_group;
};

G_DEFINE_FINAL_TYPE (PdContactDetail, pd_contact_detail, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const outcome_classes[] = { "state-new", "state-working", "state-done",
                                                "state-closed", NULL };

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

/* {{{ Filling */

static void
clear_rows (PdContactDetail *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

/* A row of the pane: the title on the left, the value on the right, wrapping when long. */
static GtkLabel *
add_value_row (PdContactDetail     *self,
               AdwPreferencesGroup *group,
               const char          *title,
               const char          *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (is_blank (value) ? _("Not recorded") : value);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 26);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "value-label");
  if (is_blank (value))
    gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
  return GTK_LABEL (label);
}

/* A column of the paper register: its text, then who wrote it and when, and a button to write
 * or rewrite it. */
static void
add_column_row (PdContactDetail *self,
                const char      *title,
                const char      *text,
                const char      *by,
                gint64           at,
                const char      *action,
                gboolean         enabled)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name (is_blank (text) ? "list-add-symbolic"
                                                                     : "document-edit-symbolic");
  g_autofree char *when = pd_format_time (at);
  g_autofree char *signature = NULL;
  g_autofree char *subtitle = NULL;

  if (!is_blank (by) && *when != '\0')
    /* TRANSLATORS: who wrote a register column and when, e.g. "王芳 · 2026-03-14 15:07" */
    signature = g_strdup_printf (_("%s · %s"), by, when);
  else
    signature = g_strdup (!is_blank (by) ? by : when);
  if (is_blank (text))
    subtitle = g_strdup (_("Not recorded"));
  else if (*signature != '\0')
    subtitle = g_strdup_printf ("%s\n%s", text, signature);
  else
    subtitle = g_strdup (text);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, is_blank (text) ? _("Write this column")
                                                       : _("Rewrite this column"));
  gtk_widget_set_sensitive (button, enabled);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (self->register_group, row);
  g_ptr_array_add (self->rows, row);
}

static void
actions_update (PdContactDetail *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  PdContact *c = self->contact;
  gboolean shown = c != NULL;
  gboolean pending = shown && pd_contact_get_outcome (c) == PD_CONTACT_OUTCOME_PENDING;
  gboolean has_complaint = shown && pd_contact_get_complaint_id (c) > 0;

  gtk_widget_action_set_enabled (widget, "contact.to-complaint", pending);
  gtk_widget_action_set_enabled (widget, "contact.to-repair", pending);
  gtk_widget_action_set_enabled (widget, "contact.answer", pending);
  gtk_widget_action_set_enabled (widget, "contact.edit", shown);
  gtk_widget_action_set_enabled (widget, "contact.show-linked", has_complaint);
  gtk_widget_action_set_enabled (widget, "contact.action", shown);
  gtk_widget_action_set_enabled (widget, "contact.follow-up-needed", shown);
  gtk_widget_action_set_enabled (widget, "contact.follow-up-done",
                                 shown && !is_blank (pd_contact_get_follow_up_needed (c)));
  gtk_widget_action_set_enabled (widget, "contact.feedback", shown);

  /* Only the steps that can be taken are offered as buttons. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->complaint_button), pending);
  gtk_widget_set_visible (gtk_widget_get_parent (self->repair_button), pending);
  gtk_widget_set_visible (gtk_widget_get_parent (self->answer_button), pending);
  gtk_widget_set_visible (gtk_widget_get_parent (self->linked_button), has_complaint);
}

static void
fill (PdContactDetail *self)
{
  PdContact *c = self->contact;
  g_autofree char *received = pd_format_time (pd_contact_get_received_at (c));
  g_autofree char *unit = pd_contact_dup_unit_label (c);
  g_autofree char *subtitle = NULL;
  const char *linked = pd_contact_get_linked_serial (c);

  clear_rows (self);
  gtk_label_set_text (self->serial_label, pd_contact_get_serial (c));
  gtk_label_set_text (self->outcome_label, pd_contact_get_outcome_label (c));
  pd_widget_set_css_class (GTK_WIDGET (self->outcome_label), outcome_classes,
                           pd_contacts_outcome_css (pd_contact_get_outcome (c)));
  /* TRANSLATORS: under the serial: channel, time and caller, e.g. "来电 · 2026-03-14 15:07 · 张伟" */
  subtitle = g_strdup_printf (_("%s · %s · %s"), pd_contact_get_channel_label (c), received,
                              pd_contact_get_caller (c));
  gtk_label_set_text (self->subtitle_label, subtitle);

  add_value_row (self, self->entry_group, _("Time"), received);
  add_value_row (self, self->entry_group, _("Contact Channel"), pd_contact_get_channel_label (c));
  add_value_row (self, self->entry_group, _("Caller"), pd_contact_get_caller (c));
  pd_complaints_mask_phone_label (add_value_row (self, self->entry_group, _("Phone"),
                                                 pd_contact_get_phone (c)),
                                  pd_contact_get_phone (c));
  add_value_row (self, self->entry_group, _("Unit"), unit);
  if (!is_blank (pd_contact_get_occupant_name (c)))
    add_value_row (self, self->entry_group, _("Occupant"), pd_contact_get_occupant_name (c));
  add_value_row (self, self->entry_group, _("Content"), pd_contact_get_content (c));
  add_value_row (self, self->entry_group, _("Recorded By"), pd_contact_get_recorder (c));
  add_value_row (self, self->entry_group, _("Outcome"), pd_contact_get_outcome_label (c));
  if (!is_blank (linked))
    add_value_row (self, self->entry_group, _("Linked Record"), linked);

  add_column_row (self, _("Action Taken"), pd_contact_get_action_taken (c),
                  pd_contact_get_action_by (c), pd_contact_get_action_at (c),
                  "contact.action", TRUE);
  add_column_row (self, _("Follow-up Needed"), pd_contact_get_follow_up_needed (c),
                  pd_contact_get_follow_up_needed_by (c), pd_contact_get_follow_up_needed_at (c),
                  "contact.follow-up-needed", TRUE);
  add_column_row (self, _("Follow-up Done"), pd_contact_get_follow_up_done (c),
                  pd_contact_get_follow_up_done_by (c), pd_contact_get_follow_up_done_at (c),
                  "contact.follow-up-done", !is_blank (pd_contact_get_follow_up_needed (c)));
  add_column_row (self, _("Customer Feedback"), pd_contact_get_customer_feedback (c), NULL,
                  pd_contact_get_customer_feedback_at (c), "contact.feedback", TRUE);
}

/* }}} */
/* {{{ Steps */

static void
emit_changed (PdContactDetail *self,
              gint64           contact_id,
              const char      *message)
{
  g_signal_emit (self, signals[CHANGED], 0, contact_id, message);
}

static void
dialog_saved_cb (GtkWidget       *dialog,
                 gint64           id,
                 PdContactDetail *self)
{
  const char *message = g_object_get_data (G_OBJECT (dialog), "pd-toast");
  gint64 contact_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "pd-contact"));

  emit_changed (self, contact_id, message);
}

static void
present_dialog (PdContactDetail *self,
                GtkWidget       *dialog,
                const char      *toast)
{
  gtk_window_set_transient_for (GTK_WINDOW (dialog), pd_widget_get_window (GTK_WIDGET (self)));
  g_object_set_data_full (G_OBJECT (dialog), "pd-toast", g_strdup (toast), g_free);
  g_object_set_data (G_OBJECT (dialog), "pd-contact",
                     GSIZE_TO_POINTER (pd_contact_get_id (self->contact)));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
step (PdContactDetail *self,
      PdStepKind       kind,
      const char      *toast)
{
  if (self->contact != NULL)
    present_dialog (self, GTK_WIDGET (pd_complaint_step_dialog_new_for_contact (self->database,
                                                                                self->contact,
                                                                                kind)),
                    toast);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdContactDetail *self = PD_CONTACT_DETAIL (widget);

  if (self->contact != NULL)
    present_dialog (self, GTK_WIDGET (pd_contact_dialog_new (self->database, self->contact)),
                    _("Register entry saved"));
}

static void
complaint_saved_cb (GtkWidget       *dialog,
                    gint64           complaint_id,
                    PdContactDetail *self)
{
  g_autoptr(PdComplaint) complaint = pd_complaint_store_get (self->database, complaint_id, NULL);
  gint64 contact_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "pd-contact"));
  g_autofree char *message = NULL;
  GtkWidget *page;

  if (complaint != NULL)
    message = g_strdup_printf (_("Complaint %s registered"), pd_complaint_get_serial (complaint));
  emit_changed (self, contact_id, message);
  /* The clerk goes on with the complaint: valid or not, then the dispatch. */
  page = gtk_widget_get_ancestor (GTK_WIDGET (self), PD_TYPE_COMPLAINTS_PAGE);
  if (page != NULL)
    pd_complaints_page_show_complaint (PD_COMPLAINTS_PAGE (page), complaint_id);
}

static void
to_complaint_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PdContactDetail *self = PD_CONTACT_DETAIL (widget);
  g_autoptr(PdComplaint) complaint = NULL;
  g_autoptr(GError) error = NULL;
  PdComplaintDialog *dialog;

  if (self->contact == NULL)
    return;
  complaint = pd_contact_store_new_complaint (self->database, pd_contact_get_id (self->contact),
                                              &error);
  if (complaint == NULL)
    {
      pd_complaints_show_error (widget, _("Could Not Open a Complaint"), error);
      return;
    }
  dialog = pd_complaint_dialog_new (self->database, complaint);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), pd_widget_get_window (widget));
  g_object_set_data (G_OBJECT (dialog), "pd-contact",
                     GSIZE_TO_POINTER (pd_contact_get_id (self->contact)));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (complaint_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
repair_saved_cb (GtkWidget       *dialog,
                 gint64           repair_id,
                 PdContactDetail *self)
{
  g_autoptr(PdRepair) repair = pd_repair_store_get (self->database, repair_id, NULL);
  gint64 contact_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "pd-contact"));
  g_autofree char *message = NULL;

  if (repair != NULL)
    message = g_strdup_printf (_("Repair order %s opened from the register"),
                               pd_repair_get_serial (repair));
  emit_changed (self, contact_id, message);
}

static void
to_repair_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PdContactDetail *self = PD_CONTACT_DETAIL (widget);
  g_autoptr(GError) error = NULL;
  PdRepairIntakeDialog *dialog;

  if (self->contact == NULL)
    return;
  dialog = pd_repair_intake_dialog_new_from_contact (self->database,
                                                     pd_contact_get_id (self->contact), &error);
  if (dialog == NULL)
    {
      pd_complaints_show_error (widget, _("Could Not Open a Repair Order"), error);
      return;
    }
  gtk_window_set_transient_for (GTK_WINDOW (dialog), pd_widget_get_window (widget));
  g_object_set_data (G_OBJECT (dialog), "pd-contact",
                     GSIZE_TO_POINTER (pd_contact_get_id (self->contact)));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (repair_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
answer_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  step (PD_CONTACT_DETAIL (widget), PD_STEP_ANSWER, _("Inquiry recorded as answered"));
}

static void
column_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdContactDetail *self = PD_CONTACT_DETAIL (widget);

  if (g_str_equal (action_name, "contact.action"))
    step (self, PD_STEP_ACTION_TAKEN, _("Action taken recorded"));
  else if (g_str_equal (action_name, "contact.follow-up-needed"))
    step (self, PD_STEP_FOLLOW_UP_NEEDED, _("Follow-up needed recorded"));
  else if (g_str_equal (action_name, "contact.follow-up-done"))
    step (self, PD_STEP_FOLLOW_UP_DONE, _("Follow-up done recorded"));
  else
    step (self, PD_STEP_CUSTOMER_FEEDBACK, _("Customer feedback recorded"));
}

static void
show_linked_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PdContactDetail *self = PD_CONTACT_DETAIL (widget);
  GtkWidget *page = gtk_widget_get_ancestor (widget, PD_TYPE_COMPLAINTS_PAGE);

  if (self->contact != NULL && page != NULL)
    pd_complaints_page_show_complaint (PD_COMPLAINTS_PAGE (page),
                                       pd_contact_get_complaint_id (self->contact));
}

/* }}} */
/* {{{ GObject */

static void
pd_contact_detail_dispose (GObject *object)
{
  PdContactDetail *self = PD_CONTACT_DETAIL (object);

  /* The template's root is the bin's child: AdwBin would unparent it once more. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_CONTACT_DETAIL);
  g_clear_object (&self->contact);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_contact_detail_parent_class)->dispose (object);
}

static void
pd_contact_detail_finalize (GObject *object)
{
  PdContactDetail *self = PD_CONTACT_DETAIL (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_contact_detail_parent_class)->finalize (object);
}

static void
pd_contact_detail_class_init (PdContactDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const char *columns[] = { "contact.action", "contact.follow-up-needed",
                            "contact.follow-up-done", "contact.feedback" };

  object_class->dispose = pd_contact_detail_dispose;
  object_class->finalize = pd_contact_detail_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64,
                                   G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-contact-detail.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PdContactDetail, name)
  BIND (stack);
  BIND (error_page);
  BIND (serial_label);
  BIND (outcome_label);
  BIND (subtitle_label);
  BIND (complaint_button);
  BIND (repair_button);
  BIND (answer_button);
  BIND (linked_button);
  BIND (entry_group);
  BIND (register_group);
#undef BIND

  gtk_widget_class_install_action (widget_class, "contact.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "contact.to-complaint", NULL,
                                   to_complaint_action);
  gtk_widget_class_install_action (widget_class, "contact.to-repair", NULL, to_repair_action);
  gtk_widget_class_install_action (widget_class, "contact.answer", NULL, answer_action);
  gtk_widget_class_install_action (widget_class, "contact.show-linked", NULL,
                                   show_linked_action);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    gtk_widget_class_install_action (widget_class, columns[i], NULL, column_action);
}

static void
pd_contact_detail_init (PdContactDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  actions_update (self);
}

/* }}} */
/* {{{ Public API */

void
pd_contact_detail_set_database (PdContactDetail *self,
                                PdDatabase      *db)
{
  g_return_if_fail (PD_IS_CONTACT_DETAIL (self));

  g_set_object (&self->database, db);
  pd_contact_detail_show (self, 0);
}

void
pd_contact_detail_show (PdContactDetail *self,
                        gint64           contact_id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PD_IS_CONTACT_DETAIL (self));

  g_clear_object (&self->contact);
  if (contact_id > 0 && self->database != NULL)
    self->contact = pd_contact_store_get (self->database, contact_id, &error);

  if (self->contact != NULL)
    {
      fill (self);
      gtk_stack_set_visible_child_name (self->stack, "content");
    }
  else if (error != NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
  actions_update (self);
}

PdContact *
pd_contact_detail_get_contact (PdContactDetail *self)
{
  g_return_val_if_fail (PD_IS_CONTACT_DETAIL (self), NULL);

  return self->contact;
}

/* }}} */
