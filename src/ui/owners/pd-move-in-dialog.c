// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-moves"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-date-row.h"
#include "pd-date.h"
#include "pd-money.h"
#include "pd-move-dialogs.h"
#include "pd-move-store.h"
#include "pd-occupant-store.h"
#include "pd-window.h"

enum { PAGE_DOCUMENTS, PAGE_INSPECTION, PAGE_FEES, PAGE_CONFIRM, N_PAGES };

static const char * const page_names[N_PAGES] = { "documents", "inspection", "fees", "confirm" };

/* Where each field of pd_move_in_check() is entered and where its message shows. */
typedef struct
{
  const char *field;
  int         page;
  GtkWidget  *row;      /* NULL: the label itself is shown and hidden */
  GtkLabel   *label;
} FieldIssue;

enum { F_NOTICE, F_METER, F_DEFECTS, F_DEPOSIT, F_KEYS, F_FEE_START, F_CLERK, N_FIELDS };

struct _PdMoveInDialog
{
  AdwWindow       parent_instance;

  PdDatabase     *db;
  PdOccupant     *occupant;
  int             page;
  int             shown_up_to;    /* issues of pages up to this one are kept up to date */
  gboolean        fee_start_follows;
  gboolean        loading;
  FieldIssue      issues[N_FIELDS];

  AdwWindowTitle *window_title;
  GtkLabel       *step1_label;
  GtkLabel       *step2_label;
  GtkLabel       *step3_label;
  GtkLabel       *step4_label;
  GtkLabel       *banner_label;
  GtkStack       *stack;
  GtkButton      *back_button;
  GtkButton      *next_button;
  GtkButton      *record_button;

  AdwEntryRow    *notice_date_row;
  GtkWidget      *notice_date_issue_row;
  GtkLabel       *notice_date_issue_label;
  GtkCheckButton *doc_notice_check;
  GtkCheckButton *doc_authorization_check;
  GtkCheckButton *doc_id_copy_check;
  GtkCheckButton *doc_lease_check;
  GtkCheckButton *form_receipt_check;
  GtkCheckButton *form_emergency_check;
  GtkCheckButton *form_handover_check;

  AdwEntryRow    *meter_row;
  GtkWidget      *meter_issue_row;
  GtkLabel       *meter_issue_label;
  GtkListBox     *defects_list;
  GtkButton      *add_defect_button;
  GtkLabel       *defects_issue_label;

  AdwEntryRow    *deposit_row;
  GtkWidget      *deposit_issue_row;
  GtkLabel       *deposit_issue_label;
  GtkSwitch      *deposit_paid_switch;
  GtkSpinButton  *keys_spin;
  AdwEntryRow    *fee_start_row;
  GtkWidget      *fee_start_issue_row;
  GtkLabel       *fee_start_issue_label;

  AdwActionRow   *docs_summary;
  AdwActionRow   *meter_summary;
  AdwActionRow   *defects_summary;
  AdwActionRow   *deposit_summary;
  AdwActionRow   *keys_summary;
  AdwActionRow   *fees_summary;
  AdwEntryRow    *clerk_row;
  GtkWidget      *clerk_issue_row;
  GtkLabel       *clerk_issue_label;
  AdwEntryRow    *notes_row;
};

G_DEFINE_FINAL_TYPE (PdMoveInDialog, pd_move_in_dialog, ADW_TYPE_WINDOW)

static void entry_changed_cb (PdMoveInDialog *self);

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_issue (FieldIssue *fi,
           const char *message,
           gboolean    warning)
{
  if (fi->label == NULL)
    return;
  gtk_widget_remove_css_class (GTK_WIDGET (fi->label), warning ? "error" : "warning");
  gtk_widget_add_css_class (GTK_WIDGET (fi->label), warning ? "warning" : "error");
  gtk_label_set_text (fi->label, message ? message : "");
  gtk_widget_set_visible (fi->row ? fi->row : GTK_WIDGET (fi->label), message != NULL);
}

/* The defect rows are plain widgets: two entries and a remove button. */
static GtkWidget *
defect_row_new (PdMoveInDialog *self,
                const char     *location,
                const char     *description);

static void
remove_defect_clicked_cb (GtkButton *button,
                          GtkWidget *row)
{
  PdMoveInDialog *self = PD_MOVE_IN_DIALOG (gtk_widget_get_root (row));

  gtk_list_box_remove (self->defects_list, row);
  entry_changed_cb (self);
}

static GtkWidget *
defect_row_new (PdMoveInDialog *self,
                const char     *location,
                const char     *description)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *where = gtk_entry_new ();
  GtkWidget *what = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  gtk_entry_set_placeholder_text (GTK_ENTRY (where), _("Where, e.g. kitchen"));
  gtk_editable_set_width_chars (GTK_EDITABLE (where), 10);
  gtk_editable_set_text (GTK_EDITABLE (where), location ? location : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (what), _("What is wrong"));
  gtk_widget_set_hexpand (what, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (what), description ? description : "");
  gtk_widget_set_tooltip_text (remove, _("Remove this defect line"));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);

  g_signal_connect_swapped (where, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect_swapped (what, "changed", G_CALLBACK (entry_changed_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_defect_clicked_cb), row);

  gtk_box_append (GTK_BOX (box), where);
  gtk_box_append (GTK_BOX (box), what);
  gtk_box_append (GTK_BOX (box), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "where", where);
  g_object_set_data (G_OBJECT (row), "what", what);
  return row;
}

/* The move-in as the form stands; problems the model cannot see (an amount that does not
 * parse) are added to @issues. */
static PdMoveIn *
build_move_in (PdMoveInDialog *self,
               GPtrArray     **out_issues)
{
  PdMoveIn *mi = pd_move_in_new ();
  g_autoptr(GError) error = NULL;
  const char *deposit_text = entry_text (self->deposit_row);
  gint64 fen = 0;
  GtkListBoxRow *row;

  pd_move_in_set_occupant_id (mi, pd_occupant_get_id (self->occupant));
  pd_move_in_set_unit_id (mi, pd_occupant_get_unit_id (self->occupant));
  pd_move_in_set_notice_date (mi, entry_text (self->notice_date_row));
  pd_move_in_set_fee_start_date (mi, entry_text (self->fee_start_row));
  pd_move_in_set_doc_notice (mi, gtk_check_button_get_active (self->doc_notice_check));
  pd_move_in_set_doc_authorization (mi,
                                    gtk_check_button_get_active (self->doc_authorization_check));
  pd_move_in_set_doc_id_copy (mi, gtk_check_button_get_active (self->doc_id_copy_check));
  pd_move_in_set_doc_lease (mi, gtk_check_button_get_active (self->doc_lease_check));
  pd_move_in_set_form_receipt (mi, gtk_check_button_get_active (self->form_receipt_check));
  pd_move_in_set_form_emergency (mi, gtk_check_button_get_active (self->form_emergency_check));
  pd_move_in_set_form_handover (mi, gtk_check_button_get_active (self->form_handover_check));
  pd_move_in_set_meter_reading (mi, entry_text (self->meter_row));
  pd_move_in_set_deposit_paid (mi, gtk_switch_get_active (self->deposit_paid_switch));
  pd_move_in_set_keys_count (mi, gtk_spin_button_get_value_as_int (self->keys_spin));
  pd_move_in_set_clerk (mi, entry_text (self->clerk_row));
  pd_move_in_set_notes (mi, entry_text (self->notes_row));

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->defects_list, i)); i++)
    pd_move_in_add_defect (mi,
                           gtk_editable_get_text (g_object_get_data (G_OBJECT (row), "where")),
                           gtk_editable_get_text (g_object_get_data (G_OBJECT (row), "what")));

  if (*deposit_text != '\0' && !pd_money_parse (deposit_text, &fen, &error))
    fen = 0;
  pd_move_in_set_deposit_fen (mi, fen);

  *out_issues = pd_move_in_check (mi);
  if (error != NULL)
    {
      PdFieldIssue *issue = g_new0 (PdFieldIssue, 1);

      issue->field = g_strdup ("deposit-fen");
      issue->message = g_strdup (error->message);
      g_ptr_array_add (*out_issues, issue);
    }
  return mi;
}

/* Shows the issues of the pages up to @up_to; returns the first page with an error, or -1. */
static int
validate (PdMoveInDialog *self,
          int             up_to)
{
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(PdMoveIn) mi = build_move_in (self, &issues);
  int first_error = -1;

  for (int f = 0; f < N_FIELDS; f++)
    {
      FieldIssue *fi = &self->issues[f];
      PdFieldIssue *found = NULL;

      for (guint i = 0; i < issues->len && found == NULL; i++)
        {
          PdFieldIssue *issue = g_ptr_array_index (issues, i);
          if (g_strcmp0 (issue->field, fi->field) == 0)
            found = issue;
        }
      if (found != NULL && !found->warning && (first_error < 0 || fi->page < first_error))
        first_error = fi->page;
      set_issue (fi, fi->page <= up_to && found ? found->message : NULL,
                 found && found->warning);
    }
  return first_error;
}

static char *
docs_received (PdMoveInDialog *self)
{
  const struct { GtkCheckButton *check; const char *name; } docs[] = {
    { self->doc_notice_check, _("Move-in notice") },
    { self->doc_authorization_check, _("Copy of the authorization letter") },
    { self->doc_id_copy_check, pd_occupant_get_kind (self->occupant) == PD_KIND_COMPANY
                                 ? _("Copy of the business licence") : _("Copy of the ID card") },
    { self->doc_lease_check, _("Lease contract") },
    { self->form_receipt_check, _("Document receipt form") },
    { self->form_emergency_check, _("Emergency contact form") },
    { self->form_handover_check, _("Building handover record") },
  };
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    if (gtk_check_button_get_active (docs[i].check))
      g_strv_builder_add (names, docs[i].name);
  list = g_strv_builder_end (names);
  if (list[0] == NULL)
    return g_strdup (_("None received"));
  /* TRANSLATORS: separator of a list of document names */
  return g_strjoinv (C_("list of documents", ", "), list);
}

static void
fill_summary (PdMoveInDialog *self)
{
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(PdMoveIn) mi = build_move_in (self, &issues);
  g_autofree char *docs = docs_received (self);
  g_autofree char *deposit = pd_money_format_grouped (pd_move_in_get_deposit_fen (mi));
  g_autofree char *deposit_text = NULL;
  g_autofree char *keys = NULL;
  g_autoptr(GString) defects = g_string_new (NULL);
  GPtrArray *lines = pd_move_in_get_defects (mi);

  adw_action_row_set_subtitle (self->docs_summary, docs);
  adw_action_row_set_subtitle (self->meter_summary, pd_move_in_get_meter_reading (mi));
  if (lines->len == 0)
    g_string_append (defects, _("None"));
  for (guint i = 0; i < lines->len; i++)
    {
      PdDefect *d = g_ptr_array_index (lines, i);
      g_string_append_printf (defects, "%s%u. %s%s%s", i ? "\n" : "", i + 1,
                              d->location && *d->location ? d->location : "",
                              d->location && *d->location ? _(": ") : "", d->description);
    }
  adw_action_row_set_subtitle (self->defects_summary, defects->str);
  deposit_text = g_strdup_printf (pd_move_in_get_deposit_paid (mi) ? _("¥%s, paid")
                                                                    : _("¥%s, not paid yet"),
                                  deposit);
  adw_action_row_set_subtitle (self->deposit_summary, deposit_text);
  keys = g_strdup_printf ("%d", pd_move_in_get_keys_count (mi));
  adw_action_row_set_subtitle (self->keys_summary, keys);
  adw_action_row_set_subtitle (self->fees_summary, pd_move_in_get_fee_start_date (mi));
}

static void
update_page (PdMoveInDialog *self)
{
  GtkLabel *steps[N_PAGES] = { self->step1_label, self->step2_label, self->step3_label,
                               self->step4_label };

  gtk_stack_set_visible_child_name (self->stack, page_names[self->page]);
  gtk_widget_set_sensitive (GTK_WIDGET (self->back_button), self->page > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), self->page < PAGE_CONFIRM);
  gtk_widget_set_visible (GTK_WIDGET (self->record_button), self->page == PAGE_CONFIRM);
  gtk_window_set_default_widget (GTK_WINDOW (self),
                                 GTK_WIDGET (self->page == PAGE_CONFIRM ? self->record_button
                                                                        : self->next_button));
  for (int i = 0; i < N_PAGES; i++)
    {
      GtkWidget *label = GTK_WIDGET (steps[i]);

      if (i == self->page)
        {
          gtk_widget_remove_css_class (label, "dim-label");
          gtk_widget_add_css_class (label, "accent");
          gtk_widget_add_css_class (label, "heading");
        }
      else
        {
          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_remove_css_class (label, "accent");
          gtk_widget_remove_css_class (label, "heading");
        }
    }
  if (self->page == PAGE_CONFIRM)
    fill_summary (self);
}

static void
go_to_page (PdMoveInDialog *self,
            int             page)
{
  self->page = CLAMP (page, 0, N_PAGES - 1);
  update_page (self);
}

static void
entry_changed_cb (PdMoveInDialog *self)
{
  if (self->loading)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->banner_label), FALSE);
  validate (self, self->shown_up_to);
}

static void
notice_date_changed_cb (PdMoveInDialog *self)
{
  /* Fees run from the notice date: the fee start follows it until the clerk sets another. */
  if (!self->loading && self->fee_start_follows)
    {
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->fee_start_row),
                             entry_text (self->notice_date_row));
      self->loading = FALSE;
    }
  entry_changed_cb (self);
}

static void
fee_start_changed_cb (PdMoveInDialog *self)
{
  if (self->loading)
    return;
  self->fee_start_follows = g_strcmp0 (entry_text (self->fee_start_row),
                                       entry_text (self->notice_date_row)) == 0
                            || *entry_text (self->fee_start_row) == '\0';
  entry_changed_cb (self);
}

static void
add_defect_clicked_cb (PdMoveInDialog *self)
{
  GtkWidget *row = defect_row_new (self, NULL, NULL);

  gtk_list_box_append (self->defects_list, row);
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "where"));
  entry_changed_cb (self);
}

static void
back_clicked_cb (PdMoveInDialog *self)
{
  go_to_page (self, self->page - 1);
}

static void
next_clicked_cb (PdMoveInDialog *self)
{
  int first_error;

  self->shown_up_to = MAX (self->shown_up_to, self->page);
  first_error = validate (self, self->shown_up_to);
  if (first_error >= 0 && first_error <= self->page)
    {
      go_to_page (self, first_error);
      return;
    }
  go_to_page (self, self->page + 1);
}

static void
record_clicked_cb (PdMoveInDialog *self)
{
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(PdMoveIn) mi = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  int first_error;

  self->shown_up_to = PAGE_CONFIRM;
  first_error = validate (self, PAGE_CONFIRM);
  if (first_error >= 0)
    {
      go_to_page (self, first_error);
      return;
    }

  mi = build_move_in (self, &issues);
  if (!pd_move_store_record_move_in (self->db, mi, &error))
    {
      /* The store works in one transaction: nothing of this move-in was kept. */
      g_autofree char *text = g_strdup_printf (_("The move-in was not recorded: %s"),
                                               error->message);
      gtk_label_set_text (self->banner_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->banner_label), TRUE);
      return;
    }

  if (PD_IS_WINDOW (parent))
    {
      g_autofree char *toast = g_strdup_printf (_("Move-in of %s recorded"),
                                                pd_occupant_get_name (self->occupant));
      pd_window_notify_data_changed (PD_WINDOW (parent));
      pd_window_show_toast (PD_WINDOW (parent), toast);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pd_move_in_dialog_dispose (GObject *object)
{
  PdMoveInDialog *self = PD_MOVE_IN_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_MOVE_IN_DIALOG);
  g_clear_object (&self->db);
  g_clear_object (&self->occupant);

  G_OBJECT_CLASS (pd_move_in_dialog_parent_class)->dispose (object);
}

static void
pd_move_in_dialog_class_init (PdMoveInDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_move_in_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-move-in-dialog.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, PdMoveInDialog, name)
  CHILD (window_title);
  CHILD (step1_label);
  CHILD (step2_label);
  CHILD (step3_label);
  CHILD (step4_label);
  CHILD (banner_label);
  CHILD (stack);
  CHILD (back_button);
  CHILD (next_button);
  CHILD (record_button);
  CHILD (notice_date_row);
  CHILD (notice_date_issue_row);
  CHILD (notice_date_issue_label);
  CHILD (doc_notice_check);
  CHILD (doc_authorization_check);
  CHILD (doc_id_copy_check);
  CHILD (doc_lease_check);
  CHILD (form_receipt_check);
  CHILD (form_emergency_check);
  CHILD (form_handover_check);
  CHILD (meter_row);
  CHILD (meter_issue_row);
  CHILD (meter_issue_label);
  CHILD (defects_list);
  CHILD (add_defect_button);
  CHILD (defects_issue_label);
  CHILD (deposit_row);
  CHILD (deposit_issue_row);
  CHILD (deposit_issue_label);
  CHILD (deposit_paid_switch);
  CHILD (keys_spin);
  CHILD (fee_start_row);
  CHILD (fee_start_issue_row);
  CHILD (fee_start_issue_label);
  CHILD (docs_summary);
  CHILD (meter_summary);
  CHILD (defects_summary);
  CHILD (deposit_summary);
  CHILD (keys_summary);
  CHILD (fees_summary);
  CHILD (clerk_row);
  CHILD (clerk_issue_row);
  CHILD (clerk_issue_label);
  CHILD (notes_row);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, notice_date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, fee_start_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_defect_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, record_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_move_in_dialog_init (PdMoveInDialog *self)
{
  const FieldIssue issues[N_FIELDS] = {
    [F_NOTICE] = { "notice-date", PAGE_DOCUMENTS, NULL, NULL },
    [F_METER] = { "meter-reading", PAGE_INSPECTION, NULL, NULL },
    [F_DEFECTS] = { "defects", PAGE_INSPECTION, NULL, NULL },
    [F_DEPOSIT] = { "deposit-fen", PAGE_FEES, NULL, NULL },
    [F_KEYS] = { "keys-count", PAGE_FEES, NULL, NULL },
    [F_FEE_START] = { "fee-start-date", PAGE_FEES, NULL, NULL },
    [F_CLERK] = { "clerk", PAGE_CONFIRM, NULL, NULL },
  };

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  memcpy (self->issues, issues, sizeof issues);
  self->issues[F_NOTICE].row = self->notice_date_issue_row;
  self->issues[F_NOTICE].label = self->notice_date_issue_label;
  self->issues[F_METER].row = self->meter_issue_row;
  self->issues[F_METER].label = self->meter_issue_label;
  self->issues[F_DEFECTS].label = self->defects_issue_label;
  self->issues[F_DEPOSIT].row = self->deposit_issue_row;
  self->issues[F_DEPOSIT].label = self->deposit_issue_label;
  /* F_KEYS has no message place: the spin button cannot go below 0. */
  self->issues[F_FEE_START].row = self->fee_start_issue_row;
  self->issues[F_FEE_START].label = self->fee_start_issue_label;
  self->issues[F_CLERK].row = self->clerk_issue_row;
  self->issues[F_CLERK].label = self->clerk_issue_label;

  pd_date_row_setup (self->notice_date_row);
  pd_date_row_setup (self->fee_start_row);
  self->fee_start_follows = TRUE;
  self->shown_up_to = -1;
  self->page = PAGE_DOCUMENTS;
  update_page (self);
  self->loading = FALSE;
}

PdMoveInDialog *
pd_move_in_dialog_new (PdDatabase  *db,
                       gint64       occupant_id,
                       GError     **error)
{
  g_autoptr(PdOccupant) occupant = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *today = NULL;
  PdMoveInDialog *self;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  occupant = pd_occupant_store_get (db, occupant_id, error);
  if (occupant == NULL)
    return NULL;

  /* Say so before four steps of typing, not at the end: the store would refuse anyway. */
  history = pd_move_store_list_for_occupant (db, occupant_id, error);
  if (history == NULL)
    return NULL;
  for (guint i = 0; i < history->len; i++)
    if (PD_IS_MOVE_IN (g_ptr_array_index (history, i)))
      {
        g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                     _("The move-in of %s is already recorded; it is kept in the occupant's "
                       "archive."),
                     pd_occupant_get_name (occupant));
        return NULL;
      }
  if (pd_occupant_get_status (occupant) == PD_STATUS_MOVED_OUT)
    {
      const char *date = pd_occupant_get_move_out_date (occupant);

      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("%s has moved out (%s); a new move-in needs a new occupant record."),
                   pd_occupant_get_name (occupant), date ? date : "?");
      return NULL;
    }

  self = g_object_new (PD_TYPE_MOVE_IN_DIALOG, NULL);
  self->db = g_object_ref (db);
  self->occupant = g_steal_pointer (&occupant);

  self->loading = TRUE;
  unit = pd_occupant_dup_unit_label (self->occupant);
  subtitle = g_strdup_printf ("%s · %s", pd_occupant_get_name (self->occupant), unit);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  if (pd_occupant_get_kind (self->occupant) == PD_KIND_COMPANY)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (gtk_widget_get_ancestor (
                                     GTK_WIDGET (self->doc_id_copy_check), ADW_TYPE_ACTION_ROW)),
                                   _("Copy of the business licence"));
  /* The lease comes from the leasing office for tenants; owners bring their own papers. */
  gtk_check_button_set_active (self->doc_lease_check, FALSE);
  today = pd_date_today_iso ();
  gtk_editable_set_text (GTK_EDITABLE (self->notice_date_row), today);
  gtk_editable_set_text (GTK_EDITABLE (self->fee_start_row), today);
  self->loading = FALSE;
  return self;
}

void
pd_move_in_dialog_present (GtkWindow  *parent,
                           PdDatabase *db,
                           gint64      occupant_id)
{
  g_autoptr(GError) error = NULL;
  PdMoveInDialog *self = pd_move_in_dialog_new (db, occupant_id, &error);

  if (self == NULL)
    {
      pd_show_error (parent ? GTK_WIDGET (parent) : NULL, _("The move-in cannot be started"),
                     error);
      return;
    }
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
}
