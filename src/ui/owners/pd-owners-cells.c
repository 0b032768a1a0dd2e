// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-owners"
#include "config.h"

#include "pd-occupant.h"
#include "pd-owners-cells.h"

/* The cell widgets are made once in setup; bind only fills them, since rows are recycled while
 * scrolling through up to 100,000 occupants. */

static GtkLabel *
new_cell_label (GtkListItem *item,
                float        xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
  return GTK_LABEL (label);
}

static void
text_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  new_cell_label (item, 0.0);
}

static void
numeric_text_setup_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       gpointer                  user_data)
{
  gtk_widget_add_css_class (GTK_WIDGET (new_cell_label (item, 0.0)), "numeric");
}

static void
numeric_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  gtk_widget_add_css_class (GTK_WIDGET (new_cell_label (item, 1.0)), "numeric");
}

static void
status_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkLabel *label = new_cell_label (item, 0.5);

  /* A pill is short text; cut, it would read as a different status. */
  gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_halign (GTK_WIDGET (label), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (label), "status-pill");
}

static void
set_cell_text (GtkListItem *item,
               const char  *text)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

#define OCCUPANT_OF(item) PD_OCCUPANT (gtk_list_item_get_item (item))

static void
building_bind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  set_cell_text (item, pd_occupant_get_building_name (OCCUPANT_OF (item)));
}

static void
unit_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  set_cell_text (item, pd_occupant_get_unit_number (OCCUPANT_OF (item)));
}

static void
area_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  g_autofree char *text = NULL;

  g_object_get (OCCUPANT_OF (item), "area-text", &text, NULL);
  set_cell_text (item, text);
}

static void
name_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  set_cell_text (item, pd_occupant_get_name (OCCUPANT_OF (item)));
}

static void
role_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  set_cell_text (item, pd_role_to_label (pd_occupant_get_role (OCCUPANT_OF (item))));
}

static void
phone_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  g_autofree char *text = NULL;

  g_object_get (OCCUPANT_OF (item), "phone-masked", &text, NULL);
  set_cell_text (item, text);
}

static void
move_in_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  set_cell_text (item, pd_occupant_get_move_in_date (OCCUPANT_OF (item)));
}

static const char *status_classes[] = { "status-pending", "status-active", "status-moved-out" };

static void
status_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  PdStatus status = pd_occupant_get_status (OCCUPANT_OF (item));

  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (label, status_classes[i]);
  if ((guint) status < G_N_ELEMENTS (status_classes))
    gtk_widget_add_css_class (label, status_classes[status]);
  set_cell_text (item, pd_status_to_label (status));
}

#undef OCCUPANT_OF


void
_pd_owners_cells_bind_template_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, numeric_text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, numeric_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, building_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, area_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, role_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, phone_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_in_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_bind_cb);
}
