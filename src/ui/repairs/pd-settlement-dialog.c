// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-date-row.h"
#include "pd-date.h"
#include "pd-dialogs.h"
#include "pd-money.h"
#include "pd-repair-dialogs-private.h"
#include "pd-repair-settings.h"
#include "pd-repairs-format.h"
#include "pd-settlement-lines.h"
#include "pd-ui-format.h"

struct _PdSettlementDialog
{
  AdwWindow            parent_instance;

  PdDatabase          *database;
  PdRepair            *repair;
  PdSettlement        *settlement;   /* as stored, or new (id 0) */
  gint64               deputy_fen;
  gint64               gm_fen;
  gboolean             rmb_prefix;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  GtkLabel            *banner_label;
  AdwPreferencesGroup *order_group;
  AdwComboRow         *class_row;
  GtkStringList       *class_names;
  AdwEntryRow         *date_row;
  GtkWidget           *date_issue_row;
  GtkLabel            *date_issue_label;
  AdwEntryRow         *supervisor_row;
  AdwEntryRow         *handler_row;
  AdwEntryRow         *auditor_row;
  PdSettlementLines   *lines;
  GtkLabel            *before_value;
  GtkLabel            *total_value;
  GtkLabel            *capitals_value;
  GtkLabel            *level_value;
  GtkLabel            *state_value;
};

G_DEFINE_FINAL_TYPE (PdSettlementDialog, pd_settlement_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_editable (PdSettlementDialog *self)
{
  return self->settlement->state == PD_SETTLEMENT_STATE_DRAFT
         || self->settlement->state == PD_SETTLEMENT_STATE_REJECTED;
}

static char *
trimmed (AdwEntryRow *row)
{
  char *text = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (row)));

  return text != NULL ? text : g_strdup ("");
}

static void
update (PdSettlementDialog *self)
{
  PdSettlement *s = self->settlement;
  gboolean editable;
  gint64 approved, before;
  g_autofree char *before_text = NULL;
  g_autofree char *total_text = NULL;
  g_autofree char *capitals = NULL;
  g_autofree char *state_text = NULL;
  g_autoptr(GError) date_error = NULL;
  GDate date;

  /* Rows report changes while the template is being built. */
  if (s == NULL)
    return;
  editable = is_editable (self);
  pd_settlement_lines_sums (self->lines, &approved, &before);
  before_text = pd_repairs_format_yuan (before);
  total_text = pd_repairs_format_yuan (approved);
  capitals = pd_money_capitals (approved, self->rmb_prefix);
  gtk_label_set_text (self->before_value, before_text);
  gtk_label_set_text (self->total_value, total_text);
  gtk_label_set_text (self->capitals_value, capitals);
  /* While the sheet can change, the level follows the amount typed. */
  gtk_label_set_text (self->level_value,
                      pd_approval_level_to_label (editable ? pd_settlement_level_for (
                                                               approved, self->deputy_fen,
                                                               self->gm_fen)
                                                           : s->level));
  if (s->decided_by != NULL && *s->decided_by != '\0')
    {
      g_autofree char *when = pd_format_time (s->decided_at);
      state_text = g_strdup_printf (_("%s by %s on %s"), pd_settlement_state_to_label (s->state),
                                    s->decided_by, when);
    }
  else if (s->id == 0)
    state_text = g_strdup (_("Not saved yet"));
  else
    state_text = g_strdup (pd_settlement_state_to_label (s->state));
  gtk_label_set_text (self->state_value, state_text);

  if (!pd_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &date, &date_error))
    pd_repairs_set_issue (self->date_issue_row, self->date_issue_label, date_error->message);
  else
    pd_repairs_set_issue (self->date_issue_row, self->date_issue_label, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save",
                                 editable && date_error == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settlement.submit",
                                 editable && date_error == NULL
                                 && pd_settlement_lines_get_n_lines (self->lines) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settlement.approve",
                                 s->state == PD_SETTLEMENT_STATE_SUBMITTED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "settlement.reject",
                                 s->state == PD_SETTLEMENT_STATE_SUBMITTED);
}

static void
load_form (PdSettlementDialog *self)
{
  PdSettlement *s = self->settlement;
  gboolean editable = is_editable (self);
  const char *banner = NULL;

  adw_combo_row_set_selected (self->class_row, s->klass == PD_SETTLEMENT_CLASS_A ? 0 : 1);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), s->settle_date ? s->settle_date : "");
  gtk_editable_set_text (GTK_EDITABLE (self->supervisor_row), s->supervisor ? s->supervisor : "");
  gtk_editable_set_text (GTK_EDITABLE (self->handler_row), s->handler ? s->handler : "");
  gtk_editable_set_text (GTK_EDITABLE (self->auditor_row), s->auditor ? s->auditor : "");
  pd_settlement_lines_set_lines (self->lines, s->lines);
  if (editable && s->lines->len == 0)
    pd_settlement_lines_add_line (self->lines);
  pd_settlement_lines_set_editable (self->lines, editable);

  gtk_widget_set_sensitive (GTK_WIDGET (self->class_row), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->date_row), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->supervisor_row), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->handler_row), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->auditor_row), editable);

  if (s->state == PD_SETTLEMENT_STATE_SUBMITTED)
    banner = _("The sheet is waiting for approval and cannot be changed. Approve it, or reject "
               "it so that it can be corrected.");
  else if (s->state == PD_SETTLEMENT_STATE_APPROVED)
    banner = _("The sheet is approved and can no longer be changed.");
  else if (s->state == PD_SETTLEMENT_STATE_REJECTED)
    banner = _("The sheet was rejected: correct it and submit it again.");
  gtk_label_set_text (self->banner_label, banner != NULL ? banner : "");
  gtk_widget_set_visible (GTK_WIDGET (self->banner_label), banner != NULL);
  update (self);
}

/* Copies the form into the sheet and stores it. */
static gboolean
store_form (PdSettlementDialog *self)
{
  PdSettlement *s = self->settlement;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = trimmed (self->date_row);

  if (!pd_settlement_lines_read (self->lines, s, &error))
    {
      pd_show_error (GTK_WIDGET (self), _("The Settlement Sheet Was Not Saved"), error);
      return FALSE;
    }
  s->klass = adw_combo_row_get_selected (self->class_row) == 0 ? PD_SETTLEMENT_CLASS_A
                                                                : PD_SETTLEMENT_CLASS_B;
  g_free (s->settle_date);
  s->settle_date = g_steal_pointer (&date);
  g_free (s->supervisor);
  s->supervisor = trimmed (self->supervisor_row);
  g_free (s->handler);
  s->handler = trimmed (self->handler_row);
  g_free (s->auditor);
  s->auditor = trimmed (self->auditor_row);

  if (!pd_settlement_store_save (self->database, s, &error))
    {
      pd_show_error (GTK_WIDGET (self), _("The Settlement Sheet Was Not Saved"), error);
      return FALSE;
    }
  return TRUE;
}

static void
reload (PdSettlementDialog *self)
{
  g_autoptr(GError) error = NULL;
  PdSettlement *fresh = pd_settlement_store_get (self->database, self->settlement->id, &error);

  if (fresh == NULL)
    {
      pd_show_error (GTK_WIDGET (self), _("Could Not Read the Settlement Sheet"), error);
      return;
    }
  pd_settlement_free (self->settlement);
  self->settlement = fresh;
  load_form (self);
}

static void
changed_cb (PdSettlementDialog *self)
{
  update (self);
}

static void
entry_changed_cb (PdSettlementDialog *self)
{
  update (self);
}

static void
lines_changed_cb (PdSettlementDialog *self)
{
  update (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdSettlementDialog *self = PD_SETTLEMENT_DIALOG (widget);

  if (!store_form (self))
    return;
  g_signal_emit (self, signals[SAVED], 0, pd_repair_get_id (self->repair));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdSettlementDialog *self = PD_SETTLEMENT_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!store_form (self))
    return;
  if (!pd_settlement_store_submit (self->database, self->settlement->id, &error))
    pd_show_error (widget, _("The Settlement Sheet Was Not Submitted"), error);
  reload (self);
  g_object_set_data_full (G_OBJECT (self), "pd-toast",
                          g_strdup (_("Settlement sheet submitted for approval")), g_free);
  g_signal_emit (self, signals[SAVED], 0, pd_repair_get_id (self->repair));
}

static gboolean
decision_answered (gint64      at,
                   const char *who,
                   gpointer    data,
                   GError    **out_error)
{
  PdSettlementDialog *self = data;
  gboolean approve = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "pd-approve"));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (approve)
    ok = pd_settlement_store_approve (self->database, self->settlement->id, who, at, &error);
  else
    ok = pd_settlement_store_reject (self->database, self->settlement->id, who, at, &error);
  if (!ok)
    pd_show_error (GTK_WIDGET (self), approve ? _("The Settlement Sheet Was Not Approved")
                                              : _("The Settlement Sheet Was Not Rejected"),
                   error);
  reload (self);
  g_object_set_data_full (G_OBJECT (self), "pd-toast",
                          g_strdup (approve ? _("Settlement sheet approved")
                                            : _("Settlement sheet rejected")), g_free);
  g_signal_emit (self, signals[SAVED], 0, pd_repair_get_id (self->repair));
  return TRUE;
}

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdSettlementDialog *self = PD_SETTLEMENT_DIALOG (widget);
  gboolean approve = g_strcmp0 (action_name, "settlement.approve") == 0;
  g_autofree char *body = g_strdup_printf (_("The sheet needs the approval of: %s."),
                                           pd_approval_level_to_label (self->settlement->level));

  g_object_set_data (G_OBJECT (self), "pd-approve", GINT_TO_POINTER (approve));
  pd_repairs_ask (widget, approve ? _("Approve the Settlement Sheet") : _("Reject the Settlement "
                                                                          "Sheet"),
                  body, _("Decided at"), 0, _("Decided by"), NULL,
                  approve ? _("_Approve") : _("_Reject"),
                  decision_answered, g_object_ref (self), g_object_unref);
}

static void
pd_settlement_dialog_dispose (GObject *object)
{
  PdSettlementDialog *self = PD_SETTLEMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_SETTLEMENT_DIALOG);
  g_clear_object (&self->repair);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_settlement_dialog_parent_class)->dispose (object);
}

static void
pd_settlement_dialog_finalize (GObject *object)
{
  PdSettlementDialog *self = PD_SETTLEMENT_DIALOG (object);

  g_clear_pointer (&self->settlement, pd_settlement_free);

  G_OBJECT_CLASS (pd_settlement_dialog_parent_class)->finalize (object);
}

static void
pd_settlement_dialog_class_init (PdSettlementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_settlement_dialog_dispose;
  object_class->finalize = pd_settlement_dialog_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (PD_TYPE_SETTLEMENT_LINES);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-settlement-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PdSettlementDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (banner_label);
  BIND (order_group);
  BIND (class_row);
  BIND (class_names);
  BIND (date_row);
  BIND (date_issue_row);
  BIND (date_issue_label);
  BIND (supervisor_row);
  BIND (handler_row);
  BIND (auditor_row);
  BIND (lines);
  BIND (before_value);
  BIND (total_value);
  BIND (capitals_value);
  BIND (level_value);
  BIND (state_value);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, lines_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "settlement.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "settlement.approve", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "settlement.reject", NULL, decide_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_settlement_dialog_init (PdSettlementDialog *self)
{
  const char *classes[] = { pd_settlement_class_to_label (PD_SETTLEMENT_CLASS_A),
                            pd_settlement_class_to_label (PD_SETTLEMENT_CLASS_B), NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_splice (self->class_names, 0, 0, classes);
  pd_date_row_setup (self->date_row);
}

PdSettlementDialog *
pd_settlement_dialog_new (PdDatabase *db,
                          PdRepair   *repair)
{
  PdSettlementDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (PD_IS_REPAIR (repair), NULL);

  self = g_object_new (PD_TYPE_SETTLEMENT_DIALOG, NULL);
  self->database = g_object_ref (db);
  self->repair = g_object_ref (repair);
  pd_repair_settings_load_thresholds (db, &self->deputy_fen, &self->gm_fen);
  self->rmb_prefix = pd_repair_settings_get_rmb_prefix (db);
  adw_window_title_set_subtitle (self->window_title, pd_repair_get_serial (repair));
  pd_repairs_add_order_row (GTK_WIDGET (self->order_group), repair);

  self->settlement = pd_settlement_store_get_for_repair (db, pd_repair_get_id (repair), &error);
  if (error != NULL)
    pd_show_error (GTK_WIDGET (self), _("Could Not Read the Settlement Sheet"), error);
  if (self->settlement == NULL)
    {
      self->settlement = pd_settlement_new ();
      self->settlement->repair_id = pd_repair_get_id (repair);
      self->settlement->klass = pd_repair_get_repair_class (repair) == PD_ORDER_CLASS_A
                                  ? PD_SETTLEMENT_CLASS_A : PD_SETTLEMENT_CLASS_B;
      self->settlement->settle_date = pd_date_today_iso ();
      self->settlement->handler = g_strdup (pd_repair_get_clerk (repair));
    }
  load_form (self);
  return self;
}

PdSettlementLines *
_pd_settlement_dialog_get_lines (PdSettlementDialog *self)
{
  return self->lines;
}

const char *
_pd_settlement_dialog_get_capitals (PdSettlementDialog *self)
{
  return gtk_label_get_text (self->capitals_value);
}
