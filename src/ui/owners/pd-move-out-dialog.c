// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-moves"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-date-row.h"
#include "pd-date.h"
#include "pd-dialogs.h"
#include "pd-goods-pass-export.h"
#include "pd-goods-pass-print.h"
#include "pd-money.h"
#include "pd-move-dialogs.h"
#include "pd-move-store.h"
#include "pd-occupant-store.h"
#include "pd-window.h"

/* Fields of pd_move_out_check() and where their messages show. */
typedef struct
{
  const char *field;
  GtkWidget  *row;        /* NULL: the label itself is shown and hidden */
  GtkLabel   *label;
  GtkWidget  *input;      /* shown before any save only when something was typed in it */
} FieldIssue;

enum { F_NOTICE, F_MOVE_OUT, F_CONFIRMED_BY, F_GOODS, F_INSPECTED_BY, F_REFUND, F_CLERK,
       N_FIELDS };

struct _PdMoveOutDialog
{
  AdwWindow       parent_instance;

  PdDatabase     *db;
  PdOccupant     *occupant;
  PdMoveOut      *mo;
  gint64          deposit_paid_fen;
  gboolean        show_all;      /* after the first save attempt every issue is shown */
  gboolean        loading;
  FieldIssue      issues[N_FIELDS];

  AdwWindowTitle *window_title;
  GtkLabel       *banner_label;
  GtkButton      *save_button;
  AdwEntryRow    *notice_date_row;
  GtkWidget      *notice_date_issue_row;
  GtkLabel       *notice_date_issue_label;
  AdwEntryRow    *move_out_date_row;
  GtkWidget      *move_out_date_issue_row;
  GtkLabel       *move_out_date_issue_label;
  GtkSwitch      *fees_settled_switch;
  AdwEntryRow    *fees_confirmed_by_row;
  GtkWidget      *fees_confirmed_by_issue_row;
  GtkLabel       *fees_confirmed_by_issue_label;
  AdwActionRow   *owner_consent_row;
  GtkSwitch      *owner_consent_switch;
  GtkListBox     *goods_list;
  GtkButton      *add_goods_button;
  GtkLabel       *goods_issue_label;
  AdwActionRow   *pass_row;
  GtkButton      *issue_button;
  GtkButton      *export_button;
  GtkButton      *print_button;
  GtkSwitch      *restoration_needed_switch;
  AdwActionRow   *restoration_done_row;
  GtkSwitch      *restoration_done_switch;
  GtkSwitch      *inspection_accepted_switch;
  AdwEntryRow    *inspected_by_row;
  GtkWidget      *inspected_by_issue_row;
  GtkLabel       *inspected_by_issue_label;
  AdwActionRow   *deposit_paid_row;
  AdwEntryRow    *refund_row;
  GtkWidget      *refund_issue_row;
  GtkLabel       *refund_issue_label;
  AdwEntryRow    *clerk_row;
  GtkWidget      *clerk_issue_row;
  GtkLabel       *clerk_issue_label;
  AdwEntryRow    *notes_row;
  GtkButton      *complete_button;
};

G_DEFINE_FINAL_TYPE (PdMoveOutDialog, pd_move_out_dialog, ADW_TYPE_WINDOW)

static void entry_changed_cb (PdMoveOutDialog *self);

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static void
show_banner (PdMoveOutDialog *self,
             const char      *text)
{
  gtk_label_set_text (self->banner_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->banner_label), text != NULL);
}

static void
remove_goods_clicked_cb (GtkButton *button,
                         GtkWidget *row)
{
  PdMoveOutDialog *self = PD_MOVE_OUT_DIALOG (gtk_widget_get_root (row));

  gtk_list_box_remove (self->goods_list, row);
  entry_changed_cb (self);
}

static GtkWidget *
goods_row_new (PdMoveOutDialog   *self,
               const PdGoodsItem *item)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_entry_new ();
  GtkWidget *qty = gtk_spin_button_new_with_range (1, 99999, 1);
  GtkWidget *uom = gtk_entry_new ();
  GtkWidget *remarks = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set (box, "margin-top", 6, "margin-bottom", 6, "margin-start", 6, "margin-end", 6,
                NULL);
  gtk_entry_set_placeholder_text (GTK_ENTRY (name), _("Item, e.g. office desk"));
  gtk_widget_set_hexpand (name, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (name), 12);
  gtk_widget_set_tooltip_text (qty, C_("goods pass", "Quantity"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (uom), C_("goods pass", "Unit of measure"));
  gtk_editable_set_width_chars (GTK_EDITABLE (uom), 4);
  gtk_entry_set_placeholder_text (GTK_ENTRY (remarks), C_("goods pass", "Remarks"));
  gtk_editable_set_width_chars (GTK_EDITABLE (remarks), 10);
  gtk_widget_set_tooltip_text (remove, _("Remove this line"));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);

  if (item != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (name), item->name ? item->name : "");
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (qty), MAX (1, item->quantity));
      gtk_editable_set_text (GTK_EDITABLE (uom), item->unit_of_measure ? item->unit_of_measure
                                                                       : "");
      gtk_editable_set_text (GTK_EDITABLE (remarks), item->remarks ? item->remarks : "");
    }

  g_signal_connect_swapped (name, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect_swapped (qty, "value-changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect_swapped (uom, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect_swapped (remarks, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_goods_clicked_cb), row);

  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), qty);
  gtk_box_append (GTK_BOX (box), uom);
  gtk_box_append (GTK_BOX (box), remarks);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "name", name);
  g_object_set_data (G_OBJECT (row), "qty", qty);
  g_object_set_data (G_OBJECT (row), "uom", uom);
  g_object_set_data (G_OBJECT (row), "remarks", remarks);
  return row;
}

/* Copies the form into self->mo and returns the issues, with those the model cannot see: an
 * amount that does not parse, a refund above the deposit. */
static GPtrArray *
read_form (PdMoveOutDialog *self)
{
  PdMoveOut *mo = self->mo;
  g_autoptr(GError) error = NULL;
  const char *refund_text = entry_text (self->refund_row);
  gint64 refund = 0;
  GPtrArray *issues;
  char *extra = NULL;

  pd_move_out_set_notice_date (mo, entry_text (self->notice_date_row));
  pd_move_out_set_move_out_date (mo, entry_text (self->move_out_date_row));
  pd_move_out_set_fees_settled (mo, gtk_switch_get_active (self->fees_settled_switch));
  pd_move_out_set_fees_confirmed_by (mo, entry_text (self->fees_confirmed_by_row));
  pd_move_out_set_owner_consent (mo, gtk_switch_get_active (self->owner_consent_switch));
  pd_move_out_set_restoration_needed (mo, gtk_switch_get_active (self->restoration_needed_switch));
  pd_move_out_set_restoration_done (mo, gtk_switch_get_active (self->restoration_done_switch));
  pd_move_out_set_inspection_accepted (mo,
                                       gtk_switch_get_active (self->inspection_accepted_switch));
  pd_move_out_set_inspected_by (mo, entry_text (self->inspected_by_row));
  pd_move_out_set_clerk (mo, entry_text (self->clerk_row));
  pd_move_out_set_notes (mo, entry_text (self->notes_row));

  /* After the pass is out its lines are fixed; the editor is locked then. */
  if (!pd_move_out_get_pass_issued (mo))
    {
      GtkListBoxRow *row;

      pd_move_out_clear_goods (mo);
      for (int i = 0; (row = gtk_list_box_get_row_at_index (self->goods_list, i)); i++)
        pd_move_out_add_goods (
          mo, gtk_editable_get_text (g_object_get_data (G_OBJECT (row), "name")),
          gtk_spin_button_get_value_as_int (g_object_get_data (G_OBJECT (row), "qty")),
          gtk_editable_get_text (g_object_get_data (G_OBJECT (row), "uom")),
          gtk_editable_get_text (g_object_get_data (G_OBJECT (row), "remarks")));
    }

  if (*refund_text != '\0' && !pd_money_parse (refund_text, &refund, &error))
    {
      refund = 0;
      extra = g_strdup (error->message);
    }
  pd_move_out_set_deposit_refund_fen (mo, refund);
  if (extra == NULL && refund > self->deposit_paid_fen)
    {
      g_autofree char *a = pd_money_format_grouped (refund);
      g_autofree char *b = pd_money_format_grouped (self->deposit_paid_fen);
      extra = g_strdup_printf (_("The refund of ¥%s is more than the deposit of ¥%s paid at "
                                 "move-in."),
                               a, b);
    }

  issues = pd_move_out_check (mo);
  if (extra != NULL)
    {
      PdFieldIssue *issue = g_new0 (PdFieldIssue, 1);

      issue->field = g_strdup ("deposit-refund-fen");
      issue->message = extra;
      g_ptr_array_add (issues, issue);
    }
  return issues;
}

/* Shows the issues; returns TRUE when there is no error. */
static gboolean
validate (PdMoveOutDialog *self)
{
  g_autoptr(GPtrArray) issues = read_form (self);
  gboolean ok = TRUE;

  for (int f = 0; f < N_FIELDS; f++)
    {
      FieldIssue *fi = &self->issues[f];
      PdFieldIssue *found = NULL;
      gboolean shown;

      for (guint i = 0; i < issues->len; i++)
        {
          PdFieldIssue *issue = g_ptr_array_index (issues, i);
          /* Errors before warnings: a reversed date matters more than short notice. */
          if (g_strcmp0 (issue->field, fi->field) == 0 && (found == NULL || found->warning))
            found = issue;
        }
      if (found != NULL && !found->warning)
        ok = FALSE;

      shown = found != NULL
              && (self->show_all || found->warning || fi->input == NULL
                  || *gtk_editable_get_text (GTK_EDITABLE (fi->input)) != '\0');
      gtk_widget_remove_css_class (GTK_WIDGET (fi->label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (fi->label), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (fi->label),
                                found && found->warning ? "warning" : "error");
      gtk_label_set_text (fi->label, shown ? found->message : "");
      gtk_widget_set_visible (fi->row ? fi->row : GTK_WIDGET (fi->label), shown);
    }
  return ok;
}

/* What may still change follows from the record's state. */
static void
update_state (PdMoveOutDialog *self)
{
  gboolean issued = pd_move_out_get_pass_issued (self->mo);
  gboolean tenant = pd_occupant_get_role (self->occupant) == PD_ROLE_TENANT;

  if (issued)
    {
      g_autofree char *date = pd_goods_pass_issue_date (self->mo);
      g_autofree char *text = g_strdup_printf (_("%s, issued on %s"),
                                               pd_move_out_get_pass_serial (self->mo), date);
      adw_action_row_set_subtitle (self->pass_row, text);
    }
  else
    adw_action_row_set_subtitle (self->pass_row, _("Not issued yet"));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "move-out.print", issued);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "move-out.export", issued);
  gtk_widget_set_visible (GTK_WIDGET (self->issue_button), !issued);
  gtk_widget_set_visible (GTK_WIDGET (self->export_button), issued);
  gtk_widget_set_visible (GTK_WIDGET (self->print_button), issued);
  gtk_widget_set_sensitive (GTK_WIDGET (self->goods_list), !issued);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_goods_button), !issued);
  gtk_widget_set_sensitive (GTK_WIDGET (self->fees_settled_switch), !issued);
  /* An insensitive entry row draws its title over its text: lock it by editability instead. */
  gtk_editable_set_editable (GTK_EDITABLE (self->fees_confirmed_by_row), !issued);
  gtk_widget_set_sensitive (GTK_WIDGET (self->owner_consent_row), tenant && !issued);
  if (!tenant)
    adw_action_row_set_subtitle (self->owner_consent_row,
                                 _("Not needed: the owner is the one moving out"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->restoration_done_row),
                            gtk_switch_get_active (self->restoration_needed_switch));
}

static void
entry_changed_cb (PdMoveOutDialog *self)
{
  if (self->loading)
    return;
  show_banner (self, NULL);
  validate (self);
  update_state (self);
}

static void
add_goods_clicked_cb (PdMoveOutDialog *self)
{
  GtkWidget *row = goods_row_new (self, NULL);

  gtk_list_box_append (self->goods_list, row);
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "name"));
  entry_changed_cb (self);
}

static void
notify_saved (PdMoveOutDialog *self,
              const char      *toast)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (!PD_IS_WINDOW (parent))
    return;
  pd_window_notify_data_changed (PD_WINDOW (parent));
  if (toast != NULL)
    pd_window_show_toast (PD_WINDOW (parent), toast);
}

typedef gboolean (*StoreStep) (PdDatabase *, PdMoveOut *, GError **);

/* Runs one store step after the form checks; on refusal the reason shows at the top and the
 * form stays as typed (the store changed nothing). */
static gboolean
run_step (PdMoveOutDialog *self,
          StoreStep        step,
          const char      *failed_heading)
{
  g_autoptr(GError) error = NULL;

  self->show_all = TRUE;
  if (!validate (self))
    {
      show_banner (self, _("Some fields need attention; see the messages under them."));
      return FALSE;
    }
  if (!step (self->db, self->mo, &error))
    {
      g_autofree char *text = g_strdup_printf ("%s %s", failed_heading, error->message);
      show_banner (self, text);
      return FALSE;
    }
  show_banner (self, NULL);
  return TRUE;
}

static void
save_clicked_cb (PdMoveOutDialog *self)
{
  g_autofree char *toast = NULL;

  if (!run_step (self, pd_move_store_save_move_out, _("The move-out was not saved:")))
    return;
  toast = g_strdup_printf (_("Move-out of %s saved"), pd_occupant_get_name (self->occupant));
  notify_saved (self, toast);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
issue_clicked_cb (PdMoveOutDialog *self)
{
  g_autofree char *toast = NULL;

  if (!run_step (self, pd_move_store_issue_pass, _("The pass was not issued:")))
    return;
  update_state (self);
  toast = g_strdup_printf (_("Goods release pass %s issued"),
                           pd_move_out_get_pass_serial (self->mo));
  notify_saved (self, toast);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    PdMoveOutDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file ? g_file_get_path (file) : NULL;
  if (path != NULL)
    {
      if (!pd_goods_pass_export_xlsx (self->db, pd_move_out_get_id (self->mo), path, &error))
        pd_show_error (GTK_WIDGET (self), _("The pass could not be exported"), error);
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *text = g_strdup_printf (_("Saved as %s"), name);
          notify_saved (self, text);
        }
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_clicked_cb (PdMoveOutDialog *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = pd_goods_pass_export_default_name (self->mo);

  chooser = gtk_file_chooser_native_new (_("Export the Pass to Excel"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_clicked_cb (PdMoveOutDialog *self)
{
  pd_goods_pass_preview_present (GTK_WINDOW (self), self->db, pd_move_out_get_id (self->mo));
}

static void
complete_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      PdMoveOutDialog  *self)
{
  g_autofree char *toast = NULL;

  if (g_strcmp0 (response, "complete") != 0
      || !run_step (self, pd_move_store_complete_move_out, _("The move-out was not completed:")))
    return;
  toast = g_strdup_printf (_("%s moved out"), pd_occupant_get_name (self->occupant));
  notify_saved (self, toast);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
complete_clicked_cb (PdMoveOutDialog *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  self->show_all = TRUE;
  if (!validate (self))
    {
      show_banner (self, _("Some fields need attention; see the messages under them."));
      return;
    }
  body = g_strdup_printf (_("%s will be marked as moved out on %s and this move-out closes; it "
                            "cannot be changed afterwards."),
                          pd_occupant_get_name (self->occupant),
                          pd_move_out_get_move_out_date (self->mo));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Complete the Move-Out?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "complete", _("Complete _Move-Out"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "complete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (complete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save_clicked_cb (PD_MOVE_OUT_DIALOG (widget));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  print_clicked_cb (PD_MOVE_OUT_DIALOG (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  export_clicked_cb (PD_MOVE_OUT_DIALOG (widget));
}

static void
pd_move_out_dialog_dispose (GObject *object)
{
  PdMoveOutDialog *self = PD_MOVE_OUT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_MOVE_OUT_DIALOG);
  g_clear_object (&self->db);
  g_clear_object (&self->occupant);
  g_clear_object (&self->mo);

  G_OBJECT_CLASS (pd_move_out_dialog_parent_class)->dispose (object);
}

static void
pd_move_out_dialog_class_init (PdMoveOutDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_move_out_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-move-out-dialog.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, PdMoveOutDialog, name)
  CHILD (window_title);
  CHILD (banner_label);
  CHILD (save_button);
  CHILD (notice_date_row);
  CHILD (notice_date_issue_row);
  CHILD (notice_date_issue_label);
  CHILD (move_out_date_row);
  CHILD (move_out_date_issue_row);
  CHILD (move_out_date_issue_label);
  CHILD (fees_settled_switch);
  CHILD (fees_confirmed_by_row);
  CHILD (fees_confirmed_by_issue_row);
  CHILD (fees_confirmed_by_issue_label);
  CHILD (owner_consent_row);
  CHILD (owner_consent_switch);
  CHILD (goods_list);
  CHILD (add_goods_button);
  CHILD (goods_issue_label);
  CHILD (pass_row);
  CHILD (issue_button);
  CHILD (export_button);
  CHILD (print_button);
  CHILD (restoration_needed_switch);
  CHILD (restoration_done_row);
  CHILD (restoration_done_switch);
  CHILD (inspection_accepted_switch);
  CHILD (inspected_by_row);
  CHILD (inspected_by_issue_row);
  CHILD (inspected_by_issue_label);
  CHILD (deposit_paid_row);
  CHILD (refund_row);
  CHILD (refund_issue_row);
  CHILD (refund_issue_label);
  CHILD (clerk_row);
  CHILD (clerk_issue_row);
  CHILD (clerk_issue_label);
  CHILD (notes_row);
  CHILD (complete_button);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_goods_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, issue_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, complete_clicked_cb);

  gtk_widget_class_install_action (widget_class, "move-out.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "move-out.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "move-out.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "move-out.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "move-out.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "move-out.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_move_out_dialog_init (PdMoveOutDialog *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->issues[F_NOTICE] = (FieldIssue) { "notice-date", self->notice_date_issue_row,
                                          self->notice_date_issue_label,
                                          GTK_WIDGET (self->notice_date_row) };
  self->issues[F_MOVE_OUT] = (FieldIssue) { "move-out-date", self->move_out_date_issue_row,
                                            self->move_out_date_issue_label,
                                            GTK_WIDGET (self->move_out_date_row) };
  self->issues[F_CONFIRMED_BY] = (FieldIssue) { "fees-confirmed-by",
                                                self->fees_confirmed_by_issue_row,
                                                self->fees_confirmed_by_issue_label,
                                                GTK_WIDGET (self->fees_confirmed_by_row) };
  self->issues[F_GOODS] = (FieldIssue) { "goods", NULL, self->goods_issue_label, NULL };
  self->issues[F_INSPECTED_BY] = (FieldIssue) { "inspected-by", self->inspected_by_issue_row,
                                                self->inspected_by_issue_label,
                                                GTK_WIDGET (self->inspected_by_row) };
  self->issues[F_REFUND] = (FieldIssue) { "deposit-refund-fen", self->refund_issue_row,
                                          self->refund_issue_label,
                                          GTK_WIDGET (self->refund_row) };
  self->issues[F_CLERK] = (FieldIssue) { "clerk", self->clerk_issue_row, self->clerk_issue_label,
                                         GTK_WIDGET (self->clerk_row) };

  pd_date_row_setup (self->notice_date_row);
  pd_date_row_setup (self->move_out_date_row);
}

/* Fills the form from self->mo. */
static void
load_form (PdMoveOutDialog *self)
{
  PdMoveOut *mo = self->mo;
  GPtrArray *goods = pd_move_out_get_goods (mo);
  g_autofree char *deposit = pd_money_format_grouped (self->deposit_paid_fen);
  g_autofree char *deposit_text = g_strdup_printf ("¥%s", deposit);

  self->loading = TRUE;
  set_entry (self->notice_date_row, pd_move_out_get_notice_date (mo));
  set_entry (self->move_out_date_row, pd_move_out_get_move_out_date (mo));
  gtk_switch_set_active (self->fees_settled_switch, pd_move_out_get_fees_settled (mo));
  set_entry (self->fees_confirmed_by_row, pd_move_out_get_fees_confirmed_by (mo));
  gtk_switch_set_active (self->owner_consent_switch, pd_move_out_get_owner_consent (mo));
  for (guint i = 0; i < goods->len; i++)
    gtk_list_box_append (self->goods_list, goods_row_new (self, g_ptr_array_index (goods, i)));
  gtk_switch_set_active (self->restoration_needed_switch,
                         pd_move_out_get_restoration_needed (mo));
  gtk_switch_set_active (self->restoration_done_switch, pd_move_out_get_restoration_done (mo));
  gtk_switch_set_active (self->inspection_accepted_switch,
                         pd_move_out_get_inspection_accepted (mo));
  set_entry (self->inspected_by_row, pd_move_out_get_inspected_by (mo));
  adw_action_row_set_subtitle (self->deposit_paid_row, deposit_text);
  if (pd_move_out_get_deposit_refund_fen (mo) > 0)
    {
      g_autofree char *refund = pd_money_format (pd_move_out_get_deposit_refund_fen (mo));
      set_entry (self->refund_row, refund);
    }
  set_entry (self->clerk_row, pd_move_out_get_clerk (mo));
  set_entry (self->notes_row, pd_move_out_get_notes (mo));
  self->loading = FALSE;

  validate (self);
  update_state (self);
}

PdMoveOutDialog *
pd_move_out_dialog_new (PdDatabase  *db,
                        gint64       occupant_id,
                        GError     **error)
{
  g_autoptr(PdOccupant) occupant = NULL;
  g_autoptr(PdMoveOut) mo = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *subtitle = NULL;
  PdMoveOutDialog *self;
  gint64 deposit = 0;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  occupant = pd_occupant_store_get (db, occupant_id, error);
  if (occupant == NULL)
    return NULL;
  mo = pd_move_store_find_open_move_out (db, occupant_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (mo == NULL && pd_occupant_get_status (occupant) == PD_STATUS_MOVED_OUT)
    {
      const char *date = pd_occupant_get_move_out_date (occupant);

      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID, _("%s already moved out on %s."),
                   pd_occupant_get_name (occupant), date ? date : "?");
      return NULL;
    }
  if (!pd_move_store_get_deposit_paid (db, occupant_id, &deposit, error))
    return NULL;

  if (mo == NULL)
    {
      g_autofree char *today = pd_date_today_iso ();
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) later = g_date_time_add_days (now, PD_MOVE_OUT_NOTICE_DAYS);
      g_autofree char *move_out = g_date_time_format (later, "%Y-%m-%d");

      mo = pd_move_out_new ();
      pd_move_out_set_occupant_id (mo, occupant_id);
      pd_move_out_set_unit_id (mo, pd_occupant_get_unit_id (occupant));
      pd_move_out_set_notice_date (mo, today);
      pd_move_out_set_move_out_date (mo, move_out);
    }

  self = g_object_new (PD_TYPE_MOVE_OUT_DIALOG, NULL);
  self->db = g_object_ref (db);
  self->occupant = g_steal_pointer (&occupant);
  self->mo = g_steal_pointer (&mo);
  self->deposit_paid_fen = deposit;

  unit = pd_occupant_dup_unit_label (self->occupant);
  subtitle = g_strdup_printf ("%s · %s", pd_occupant_get_name (self->occupant), unit);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  load_form (self);
  return self;
}

void
pd_move_out_dialog_present (GtkWindow  *parent,
                            PdDatabase *db,
                            gint64      occupant_id)
{
  g_autoptr(GError) error = NULL;
  PdMoveOutDialog *self = pd_move_out_dialog_new (db, occupant_id, &error);

  if (self == NULL)
    {
      pd_show_error (parent ? GTK_WIDGET (parent) : NULL, _("The move-out cannot be opened"),
                     error);
      return;
    }
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
}
