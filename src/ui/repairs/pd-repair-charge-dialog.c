// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-money.h"
#include "pd-quantity.h"
#include "pd-repair-dialogs-private.h"
#include "pd-repair-settings.h"
#include "pd-repair-store.h"
#include "pd-repairs-format.h"
#include "pd-ui-format.h"

struct _PdRepairChargeDialog
{
  AdwWindow            parent_instance;

  PdDatabase          *database;
  PdRepair            *repair;
  GPtrArray           *items;     /* PdPriceItem per item_row position; the last position is
                                   * "priced by hand" */

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  AdwPreferencesGroup *order_group;
  AdwPreferencesGroup *line_group;
  AdwComboRow         *item_row;
  GtkStringList       *item_names;
  AdwEntryRow         *name_row;
  AdwEntryRow         *unit_row;
  AdwEntryRow         *price_row;
  AdwEntryRow         *quantity_row;
  GtkLabel            *amount_label;
  GtkWidget           *name_issue_row;
  GtkLabel            *name_issue_label;
  GtkWidget           *price_issue_row;
  GtkLabel            *price_issue_label;
  GtkWidget           *quantity_issue_row;
  GtkLabel            *quantity_issue_label;
};

G_DEFINE_FINAL_TYPE (PdRepairChargeDialog, pd_repair_charge_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The price item chosen, or NULL for a line priced by hand. */
static PdPriceItem *
chosen_item (PdRepairChargeDialog *self)
{
  guint pos = adw_combo_row_get_selected (self->item_row);

  if (self->items == NULL)
    return NULL;
  return pos < self->items->len ? g_ptr_array_index (self->items, pos) : NULL;
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Reads the form; the issues go to their rows (only once something was typed). */
static gboolean
read_form (PdRepairChargeDialog *self,
           gint64               *out_quantity,
           gint64               *out_price,
           gint64               *out_amount)
{
  PdPriceItem *item = chosen_item (self);
  g_autoptr(GError) quantity_error = NULL;
  g_autoptr(GError) price_error = NULL;
  g_autofree char *name = pd_strdup_trimmed (text_of (self->name_row));
  gboolean quantity_typed = *text_of (self->quantity_row) != '\0';
  gboolean price_typed = *text_of (self->price_row) != '\0';
  gboolean ok = TRUE;

  *out_quantity = *out_price = *out_amount = 0;
  ok &= pd_quantity_parse (text_of (self->quantity_row), out_quantity, &quantity_error);
  if (item != NULL)
    *out_price = item->price_fen;
  else
    ok &= pd_money_parse (text_of (self->price_row), out_price, &price_error);
  if (item == NULL && name == NULL)
    ok = FALSE;
  if (ok)
    ok = pd_repair_line_amount (*out_quantity, *out_price, out_amount, &quantity_error);

  pd_repairs_set_issue (self->quantity_issue_row, self->quantity_issue_label,
                        quantity_typed && quantity_error != NULL ? quantity_error->message
                                                                 : NULL);
  pd_repairs_set_issue (self->price_issue_row, self->price_issue_label,
                        item == NULL && price_typed && price_error != NULL
                          ? price_error->message : NULL);
  pd_repairs_set_issue (self->name_issue_row, self->name_issue_label,
                        item == NULL && name == NULL && (price_typed || quantity_typed)
                          ? _("Name the item priced by hand.") : NULL);
  return ok;
}

static void
update (PdRepairChargeDialog *self)
{
  PdPriceItem *item = chosen_item (self);
  gint64 quantity, price, amount;
  gboolean ok = read_form (self, &quantity, &price, &amount);
  g_autofree char *amount_text = ok ? pd_repairs_format_yuan (amount) : g_strdup ("—");

  gtk_widget_set_visible (GTK_WIDGET (self->name_row), item == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_row), item == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->price_row), item == NULL);
  adw_preferences_group_set_description (self->line_group,
                                         item == NULL
                                           ? _("An item outside the price list is priced by "
                                               "the engineering supervisor: the line waits for "
                                               "the supervisor's approval before the occupant "
                                               "can accept the quote.")
                                           : NULL);
  gtk_label_set_text (self->amount_label, amount_text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", ok);
}

static void
changed_cb (PdRepairChargeDialog *self)
{
  if (self->items != NULL)
    update (self);
}

static void
entry_changed_cb (PdRepairChargeDialog *self)
{
  if (self->items != NULL)
    update (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdRepairChargeDialog *self = PD_REPAIR_CHARGE_DIALOG (widget);
  PdPriceItem *item = chosen_item (self);
  g_autoptr(GError) error = NULL;
  gint64 quantity, price, amount, id;

  if (!read_form (self, &quantity, &price, &amount))
    return;
  if (item != NULL)
    id = pd_repair_store_add_charge_item (self->database, pd_repair_get_id (self->repair),
                                          item->id, quantity, &error);
  else
    {
      g_autofree char *name = pd_strdup_trimmed (text_of (self->name_row));
      g_autofree char *unit = pd_strdup_trimmed (text_of (self->unit_row));

      id = pd_repair_store_add_charge_manual (self->database, pd_repair_get_id (self->repair),
                                              name, unit != NULL ? unit : "", quantity, price,
                                              &error);
    }
  if (id == 0)
    {
      pd_repairs_show_error (widget, _("The Charge Line Was Not Added"), error);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, pd_repair_get_id (self->repair));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pd_repair_charge_dialog_dispose (GObject *object)
{
  PdRepairChargeDialog *self = PD_REPAIR_CHARGE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_REPAIR_CHARGE_DIALOG);
  g_clear_object (&self->repair);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_repair_charge_dialog_parent_class)->dispose (object);
}

static void
pd_repair_charge_dialog_finalize (GObject *object)
{
  PdRepairChargeDialog *self = PD_REPAIR_CHARGE_DIALOG (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_repair_charge_dialog_parent_class)->finalize (object);
}

/* AdwComboRow's own factory caps the chosen item at 20 characters, which cuts the price off
 * ("SD-03 疏通下水道 ¥80.…"); these labels take the room the row has. */
static void
item_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_list_item_set_child (item, label);
}

static void
item_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  const char *text = gtk_string_object_get_string (string);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

static void
pd_repair_charge_dialog_class_init (PdRepairChargeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_repair_charge_dialog_dispose;
  object_class->finalize = pd_repair_charge_dialog_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-repair-charge-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PdRepairChargeDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (order_group);
  BIND (line_group);
  BIND (item_row);
  BIND (item_names);
  BIND (name_row);
  BIND (unit_row);
  BIND (price_row);
  BIND (quantity_row);
  BIND (amount_label);
  BIND (name_issue_row);
  BIND (name_issue_label);
  BIND (price_issue_row);
  BIND (price_issue_label);
  BIND (quantity_issue_row);
  BIND (quantity_issue_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_repair_charge_dialog_init (PdRepairChargeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  {
    g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (item_setup_cb), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (item_bind_cb), NULL);
    adw_combo_row_set_factory (self->item_row, factory);
  }
}

PdRepairChargeDialog *
pd_repair_charge_dialog_new (PdDatabase *db,
                             PdRepair   *repair)
{
  PdRepairChargeDialog *self;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (PD_IS_REPAIR (repair), NULL);

  self = g_object_new (PD_TYPE_REPAIR_CHARGE_DIALOG, NULL);
  self->database = g_object_ref (db);
  self->repair = g_object_ref (repair);

  adw_window_title_set_subtitle (self->window_title, pd_repair_get_serial (repair));
  pd_repairs_add_order_row (GTK_WIDGET (self->order_group), repair);

  self->items = pd_repair_settings_list_price_items (db, FALSE, &error);
  if (self->items == NULL)
    {
      pd_show_error (GTK_WIDGET (self), _("Could Not Read the Price List"), error);
      self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_price_item_free);
    }
  for (guint i = 0; i < self->items->len; i++)
    {
      PdPriceItem *item = g_ptr_array_index (self->items, i);
      g_autofree char *price = pd_repairs_format_yuan (item->price_fen);

      /* TRANSLATORS: a price list item: code, name, price and unit, e.g. "SD-01 换水龙头 ¥30.00/个" */
      g_ptr_array_add (names, g_strdup_printf (_("%s %s %s/%s"), item->code, item->name, price,
                                               item->unit));
    }
  g_ptr_array_add (names, g_strdup (_("Priced by hand (not in the price list)")));
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->item_names, 0, 0, (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->item_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->quantity_row), "1");
  update (self);
  return self;
}

gboolean
_pd_repair_charge_dialog_fill (PdRepairChargeDialog *self,
                               const char           *code,
                               const char           *item,
                               const char           *unit,
                               const char           *quantity,
                               const char           *price)
{
  guint pos = self->items->len;

  for (guint i = 0; code != NULL && i < self->items->len; i++)
    if (g_strcmp0 (((PdPriceItem *) g_ptr_array_index (self->items, i))->code, code) == 0)
      pos = i;
  if (code != NULL && pos == self->items->len)
    return FALSE;
  adw_combo_row_set_selected (self->item_row, pos);
  if (code == NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), item);
      gtk_editable_set_text (GTK_EDITABLE (self->unit_row), unit);
      gtk_editable_set_text (GTK_EDITABLE (self->price_row), price);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->quantity_row), quantity);
  return gtk_widget_get_sensitive (self->save_button);
}
