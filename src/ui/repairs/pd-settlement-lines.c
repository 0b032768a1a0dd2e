// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-money.h"
#include "pd-quantity.h"
#include "pd-repair-rules.h"
#include "pd-repairs-format.h"
#include "pd-settlement-lines.h"
#include "pd-ui-format.h"

typedef enum
{
  COL_QUOTA,
  COL_ITEM,
  COL_UNIT,
  COL_QUANTITY,
  COL_PRICE,
  COL_BEFORE,
  COL_REMARKS,
  N_COLS
} Column;

static const char *column_names[N_COLS] = {
  "quota", "item", "unit", "quantity", "price", "before", "remarks",
};

/* Grid columns: 0 the line number, then the entries, the approved total before the remarks,
 * and the remove button. */
static const int grid_column[N_COLS] = { 1, 2, 3, 4, 5, 6, 8 };
static const int width_chars[N_COLS] = { 7, 14, 4, 7, 8, 8, 8 };
#define GRID_APPROVED 7
#define GRID_REMOVE   9

typedef struct
{
  GtkWidget   *no_label;
  GtkWidget   *entries[N_COLS];
  GtkWidget   *approved_label;
  GtkWidget   *remove_button;
} Line;

struct _PdSettlementLines
{
  AdwBin     parent_instance;

  GPtrArray *lines;     /* Line, in order */
  gboolean   editable;
  gboolean   loading;

  /* Template widgets */
  GtkGrid   *grid;
  GtkWidget *add_button;
};

G_DEFINE_FINAL_TYPE (PdSettlementLines, pd_settlement_lines, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
line_text (Line  *line,
           Column col)
{
  return gtk_editable_get_text (GTK_EDITABLE (line->entries[col]));
}

static gboolean
line_is_blank (Line *line)
{
  for (int c = 0; c < N_COLS; c++)
    {
      g_autofree char *text = pd_strdup_trimmed (line_text (line, c));
      if (text != NULL)
        return FALSE;
    }
  return TRUE;
}

/* The line's quantity, approved unit price and total before audit, or FALSE with the reason. */
static gboolean
parse_line (Line    *line,
            guint    number,
            gint64  *out_quantity,
            gint64  *out_price,
            gint64  *out_before,
            GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *item = pd_strdup_trimmed (line_text (line, COL_ITEM));
  g_autofree char *before = pd_strdup_trimmed (line_text (line, COL_BEFORE));

  *out_quantity = *out_price = *out_before = 0;
  if (item == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Line %u has no item name (工程项目名称)."), number);
      return FALSE;
    }
  if (!pd_quantity_parse (line_text (line, COL_QUANTITY), out_quantity, &local))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Line %u (%s), quantity: %s"), number, item, local->message);
      return FALSE;
    }
  if (!pd_money_parse (line_text (line, COL_PRICE), out_price, &local))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Line %u (%s), approved unit price: %s"), number, item, local->message);
      return FALSE;
    }
  if (before != NULL && !pd_money_parse (before, out_before, &local))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Line %u (%s), total before audit: %s"), number, item, local->message);
      return FALSE;
    }
  return TRUE;
}

static void
update_line (PdSettlementLines *self,
             Line              *line,
             guint              number)
{
  gint64 quantity, price, before, approved = 0;
  g_autofree char *text = NULL;
  g_autofree char *no = g_strdup_printf ("%u", number);
  g_autoptr(GError) error = NULL;

  gtk_label_set_text (GTK_LABEL (line->no_label), no);
  if (line_is_blank (line))
    text = g_strdup ("");
  else if (parse_line (line, number, &quantity, &price, &before, &error)
           && pd_repair_line_amount (quantity, price, &approved, &error))
    text = pd_money_format_grouped (approved);
  else
    text = g_strdup ("—");
  gtk_label_set_text (GTK_LABEL (line->approved_label), text);
  gtk_widget_set_tooltip_text (line->approved_label, error != NULL ? error->message : NULL);
}

static void
update_all (PdSettlementLines *self)
{
  for (guint i = 0; i < self->lines->len; i++)
    update_line (self, g_ptr_array_index (self->lines, i), i + 1);
  gtk_widget_set_sensitive (self->add_button,
                            self->editable && self->lines->len < PD_SETTLEMENT_MAX_LINES);
}

static void
entry_changed_cb (GtkEditable       *entry,
                  PdSettlementLines *self)
{
  if (self->loading)
    return;
  update_all (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
remove_line_widgets (PdSettlementLines *self,
                     Line              *line)
{
  gtk_grid_remove (self->grid, line->no_label);
  for (int c = 0; c < N_COLS; c++)
    gtk_grid_remove (self->grid, line->entries[c]);
  gtk_grid_remove (self->grid, line->approved_label);
  gtk_grid_remove (self->grid, line->remove_button);
}

static void
attach_line (PdSettlementLines *self,
             Line              *line,
             int                row)
{
  gtk_grid_attach (self->grid, line->no_label, 0, row, 1, 1);
  for (int c = 0; c < N_COLS; c++)
    gtk_grid_attach (self->grid, line->entries[c], grid_column[c], row, 1, 1);
  gtk_grid_attach (self->grid, line->approved_label, GRID_APPROVED, row, 1, 1);
  gtk_grid_attach (self->grid, line->remove_button, GRID_REMOVE, row, 1, 1);
}

static void
remove_clicked_cb (GtkButton         *button,
                   PdSettlementLines *self)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);

      if (line->remove_button != GTK_WIDGET (button))
        continue;
      /* Later lines move up one grid row. */
      for (guint j = i; j < self->lines->len; j++)
        remove_line_widgets (self, g_ptr_array_index (self->lines, j));
      g_ptr_array_remove_index (self->lines, i);
      for (guint j = i; j < self->lines->len; j++)
        attach_line (self, g_ptr_array_index (self->lines, j), (int) j + 1);
      break;
    }
  update_all (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static Line *
append_line (PdSettlementLines *self)
{
  Line *line = g_new0 (Line, 1);

  line->no_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (line->no_label, "numeric");
  gtk_widget_add_css_class (line->no_label, "dim-label");
  for (int c = 0; c < N_COLS; c++)
    {
      GtkWidget *entry = gtk_entry_new ();

      gtk_editable_set_width_chars (GTK_EDITABLE (entry), width_chars[c]);
      gtk_widget_set_hexpand (entry, c == COL_ITEM || c == COL_REMARKS);
      if (c == COL_QUANTITY || c == COL_PRICE || c == COL_BEFORE)
        {
          gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
          gtk_widget_add_css_class (entry, "numeric");
        }
      gtk_editable_set_editable (GTK_EDITABLE (entry), self->editable);
      g_signal_connect_object (entry, "changed", G_CALLBACK (entry_changed_cb), self, 0);
      line->entries[c] = entry;
    }
  line->approved_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (line->approved_label), 1.0);
  gtk_label_set_width_chars (GTK_LABEL (line->approved_label), 10);
  gtk_widget_add_css_class (line->approved_label, "numeric");
  line->remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (line->remove_button, "flat");
  gtk_widget_set_tooltip_text (line->remove_button, _("Remove this line"));
  gtk_widget_set_sensitive (line->remove_button, self->editable);
  g_signal_connect_object (line->remove_button, "clicked", G_CALLBACK (remove_clicked_cb), self,
                           0);

  g_ptr_array_add (self->lines, line);
  attach_line (self, line, (int) self->lines->len);
  return line;
}

static void
clear_lines (PdSettlementLines *self)
{
  for (guint i = 0; i < self->lines->len; i++)
    remove_line_widgets (self, g_ptr_array_index (self->lines, i));
  g_ptr_array_set_size (self->lines, 0);
}

static void
add_clicked_cb (PdSettlementLines *self)
{
  pd_settlement_lines_add_line (self);
}

static void
add_header (PdSettlementLines *self)
{
  const struct { int column; const char *title; float xalign; } headers[] = {
    { 0, _("No."), 0.5 }, { 1, _("Quota Code"), 0 }, { 2, _("Work Item"), 0 }, { 3, C_("unit of measure", "Unit"), 0 },
    { 4, _("Quantity"), 1 }, { 5, _("Approved Unit Price"), 1 }, { 6, _("Total Before Audit"), 1 },
    { 7, _("Approved Total"), 1 }, { 8, _("Remarks"), 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      GtkWidget *label = gtk_label_new (headers[i].title);

      gtk_label_set_xalign (GTK_LABEL (label), headers[i].xalign);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_grid_attach (self->grid, label, headers[i].column, 0, 1, 1);
    }
}

static void
line_free (gpointer data)
{
  g_free (data);
}

static void
pd_settlement_lines_dispose (GObject *object)
{
  PdSettlementLines *self = PD_SETTLEMENT_LINES (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_SETTLEMENT_LINES);

  G_OBJECT_CLASS (pd_settlement_lines_parent_class)->dispose (object);
}

static void
pd_settlement_lines_finalize (GObject *object)
{
  PdSettlementLines *self = PD_SETTLEMENT_LINES (object);

  g_clear_pointer (&self->lines, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_settlement_lines_parent_class)->finalize (object);
}

static void
pd_settlement_lines_class_init (PdSettlementLinesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_settlement_lines_dispose;
  object_class->finalize = pd_settlement_lines_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-settlement-lines.ui");
  gtk_widget_class_bind_template_child (widget_class, PdSettlementLines, grid);
  gtk_widget_class_bind_template_child (widget_class, PdSettlementLines, add_button);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
pd_settlement_lines_init (PdSettlementLines *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->lines = g_ptr_array_new_with_free_func (line_free);
  self->editable = TRUE;
  add_header (self);
}

void
pd_settlement_lines_set_lines (PdSettlementLines *self,
                               GPtrArray         *lines)
{
  g_return_if_fail (PD_IS_SETTLEMENT_LINES (self));

  self->loading = TRUE;
  clear_lines (self);
  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      PdSettlementLine *l = g_ptr_array_index (lines, i);
      Line *line = append_line (self);
      g_autofree char *quantity = pd_quantity_format (l->quantity_milli);
      g_autofree char *price = pd_money_format (l->unit_price_fen);
      g_autofree char *before = pd_money_format (l->total_before_fen);
      const char *texts[N_COLS] = { l->quota_code, l->item, l->unit, quantity, price, before,
                                    l->remarks };

      for (int c = 0; c < N_COLS; c++)
        gtk_editable_set_text (GTK_EDITABLE (line->entries[c]),
                               texts[c] != NULL ? texts[c] : "");
    }
  self->loading = FALSE;
  update_all (self);
}

void
pd_settlement_lines_set_editable (PdSettlementLines *self,
                                  gboolean           editable)
{
  g_return_if_fail (PD_IS_SETTLEMENT_LINES (self));

  self->editable = editable;
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);

      for (int c = 0; c < N_COLS; c++)
        gtk_editable_set_editable (GTK_EDITABLE (line->entries[c]), editable);
      gtk_widget_set_sensitive (line->remove_button, editable);
    }
  update_all (self);
}

void
pd_settlement_lines_add_line (PdSettlementLines *self)
{
  Line *line;

  g_return_if_fail (PD_IS_SETTLEMENT_LINES (self));

  if (!self->editable || self->lines->len >= PD_SETTLEMENT_MAX_LINES)
    return;
  line = append_line (self);
  update_all (self);
  gtk_widget_grab_focus (line->entries[COL_QUOTA]);
}

guint
pd_settlement_lines_get_n_lines (PdSettlementLines *self)
{
  g_return_val_if_fail (PD_IS_SETTLEMENT_LINES (self), 0);

  return self->lines->len;
}

gboolean
pd_settlement_lines_read (PdSettlementLines *self,
                          PdSettlement      *settlement,
                          GError           **error)
{
  g_return_val_if_fail (PD_IS_SETTLEMENT_LINES (self), FALSE);

  g_ptr_array_set_size (settlement->lines, 0);
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);
      g_autofree char *quota = NULL;
      g_autofree char *item = NULL;
      g_autofree char *unit = NULL;
      g_autofree char *remarks = NULL;
      gint64 quantity, price, before;

      if (line_is_blank (line))
        continue;
      if (!parse_line (line, i + 1, &quantity, &price, &before, error))
        return FALSE;
      quota = pd_strdup_trimmed (line_text (line, COL_QUOTA));
      item = pd_strdup_trimmed (line_text (line, COL_ITEM));
      unit = pd_strdup_trimmed (line_text (line, COL_UNIT));
      remarks = pd_strdup_trimmed (line_text (line, COL_REMARKS));
      pd_settlement_add_line (settlement, quota ? quota : "", item, unit ? unit : "", quantity,
                              price, before, remarks ? remarks : "");
    }
  return TRUE;
}

void
pd_settlement_lines_sums (PdSettlementLines *self,
                          gint64            *out_approved,
                          gint64            *out_before)
{
  *out_approved = *out_before = 0;
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = g_ptr_array_index (self->lines, i);
      gint64 quantity, price, before, approved;

      if (!line_is_blank (line)
          && parse_line (line, i + 1, &quantity, &price, &before, NULL)
          && pd_repair_line_amount (quantity, price, &approved, NULL))
        {
          *out_approved += approved;
          *out_before += before;
        }
    }
}

void
_pd_settlement_lines_set_text (PdSettlementLines *self,
                               guint              index,
                               const char        *column,
                               const char        *text)
{
  while (self->lines->len <= index)
    append_line (self);
  for (int c = 0; c < N_COLS; c++)
    if (g_strcmp0 (column_names[c], column) == 0)
      gtk_editable_set_text (GTK_EDITABLE (((Line *) g_ptr_array_index (self->lines,
                                                                         index))->entries[c]),
                             text);
}
