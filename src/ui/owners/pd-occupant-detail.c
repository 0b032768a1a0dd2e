// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-owners"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-area.h"
#include "pd-mask.h"
#include "pd-occupant-detail.h"
#include "pd-occupant-store.h"
#include "pd-place-store.h"

#if __has_include ("pd-move-store.h")
# include "pd-dialogs.h"
# include "pd-money.h"
# include "pd-move-store.h"
# include "pd-repair-store.h"
# include "pd-window.h"
# define PD_HAVE_MOVE_STORE 1
#else
# define PD_HAVE_MOVE_STORE 0
#endif

struct _PdOccupantDetail
{
  AdwBin               parent_instance;

  PdDatabase          *database;
  PdOccupant          *occupant;
  GPtrArray           *archive_rows;   /* rows added to the two archive groups */

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *error_page;
  GtkLabel            *name_label;
  GtkLabel            *status_label;
  GtkLabel            *subtitle_label;
  GtkLabel            *kind_value;
  GtkLabel            *role_value;
  AdwActionRow        *id_row;
  GtkLabel            *id_value;
  GtkToggleButton     *id_reveal;
  GtkLabel            *phone_value;
  GtkToggleButton     *phone_reveal;
  AdwActionRow        *phone2_row;
  GtkLabel            *phone2_value;
  GtkLabel            *emergency_value;
  AdwActionRow        *notes_row;
  GtkLabel            *notes_value;
  GtkLabel            *building_value;
  GtkLabel            *unit_value;
  AdwActionRow        *floor_row;
  GtkLabel            *floor_value;
  GtkLabel            *area_value;
  AdwActionRow        *unit_type_row;
  GtkLabel            *unit_type_value;
  GtkLabel            *move_in_value;
  AdwActionRow        *move_out_row;
  GtkLabel            *move_out_value;
  GtkLabel            *status_value;
  AdwPreferencesGroup *documents_group;
  AdwPreferencesGroup *moves_group;
};

G_DEFINE_FINAL_TYPE (PdOccupantDetail, pd_occupant_detail, ADW_TYPE_BIN)

static const char *status_classes[] = { "status-pending", "status-active", "status-moved-out" };

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

/* Empty values read "Not recorded" rather than leaving a silent gap. */
static void
set_value (GtkLabel   *label,
           const char *text)
{
  gboolean blank = is_blank (text);

  gtk_label_set_text (label, blank ? _("Not recorded") : text);
  if (blank)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

static void
set_optional_row (AdwActionRow *row,
                  GtkLabel     *label,
                  const char   *text)
{
  gtk_widget_set_visible (GTK_WIDGET (row), !is_blank (text));
  set_value (label, text);
}

static void
update_reveal_button (GtkToggleButton *button)
{
  gboolean shown = gtk_toggle_button_get_active (button);

  gtk_button_set_label (GTK_BUTTON (button), shown ? _("Hide") : _("Show"));
}

/* ID numbers and phones are confidential: masked unless the clerk asks to see them. */
static void
fill_confidential (PdOccupantDetail *self)
{
  PdOccupant *o = self->occupant;
  gboolean show_id = gtk_toggle_button_get_active (self->id_reveal);
  gboolean show_phone = gtk_toggle_button_get_active (self->phone_reveal);
  const char *id = pd_occupant_get_id_number (o);
  const char *phone = pd_occupant_get_phone (o);
  const char *phone2 = pd_occupant_get_phone2 (o);
  const char *emergency_name = pd_occupant_get_emergency_name (o);
  const char *emergency_phone = pd_occupant_get_emergency_phone (o);
  g_autofree char *id_text = show_id ? g_strdup (id) : pd_mask_id (id);
  g_autofree char *phone_text = show_phone ? g_strdup (phone) : pd_mask_phone (phone);
  g_autofree char *phone2_text = show_phone ? g_strdup (phone2) : pd_mask_phone (phone2);
  g_autofree char *emergency_phone_text = show_phone ? g_strdup (emergency_phone)
                                                     : pd_mask_phone (emergency_phone);
  g_autofree char *emergency = NULL;

  set_value (self->id_value, id_text);
  gtk_widget_set_visible (GTK_WIDGET (self->id_reveal), !is_blank (id));
  update_reveal_button (self->id_reveal);

  set_value (self->phone_value, phone_text);
  set_optional_row (self->phone2_row, self->phone2_value, phone2_text);
  gtk_widget_set_visible (GTK_WIDGET (self->phone_reveal),
                          !is_blank (phone) || !is_blank (phone2)
                          || !is_blank (emergency_phone));
  update_reveal_button (self->phone_reveal);

  if (!is_blank (emergency_name) && !is_blank (emergency_phone))
    emergency = g_strdup_printf ("%s  %s", emergency_name, emergency_phone_text);
  else if (!is_blank (emergency_name))
    emergency = g_strdup (emergency_name);
  else
    emergency = g_strdup (emergency_phone_text);
  set_value (self->emergency_value, emergency);
}

static void
fill_unit (PdOccupantDetail *self)
{
  PdOccupant *o = self->occupant;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdUnit) unit = NULL;
  g_autofree char *area = NULL;
  g_autofree char *area_text = NULL;

  set_value (self->building_value, pd_occupant_get_building_name (o));
  set_value (self->unit_value, pd_occupant_get_unit_number (o));

  area = pd_area_format (pd_occupant_get_area (o));
  area_text = g_strdup_printf (_("%s m²"), area);
  set_value (self->area_value, area_text);

  if (pd_occupant_get_unit_id (o) > 0)
    unit = pd_place_store_get_unit (self->database, pd_occupant_get_unit_id (o), &error);
  if (error != NULL)
    g_debug ("Unit of occupant %" G_GINT64_FORMAT ": %s", pd_occupant_get_id (o),
             error->message);

  gtk_widget_set_visible (GTK_WIDGET (self->floor_row), unit != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->unit_type_row), unit != NULL);
  if (unit != NULL)
    {
      g_autofree char *floor = g_strdup_printf ("%d", pd_unit_get_floor (unit));

      set_value (self->floor_value, floor);
      set_value (self->unit_type_value, pd_unit_type_to_label (pd_unit_get_unit_type (unit)));
    }
}

static void
clear_archive_rows (PdOccupantDetail *self)
{
  for (guint i = 0; i < self->archive_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->archive_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->archive_rows, 0);
}

static void
add_archive_row (PdOccupantDetail    *self,
                 AdwPreferencesGroup *group,
                 const char          *icon_name,
                 const char          *title,
                 const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (!is_blank (subtitle))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->archive_rows, row);
}

static void
fill_documents (PdOccupantDetail *self)
{
  g_autoptr(GPtrArray) docs = NULL;
  g_autoptr(GError) error = NULL;

  docs = pd_occupant_store_list_documents (self->database, pd_occupant_get_id (self->occupant),
                                           &error);
  if (docs == NULL)
    {
      adw_preferences_group_set_description (self->documents_group, error->message);
      return;
    }

  adw_preferences_group_set_description (self->documents_group,
                                         docs->len == 0 ? _("No documents received yet.")
                                                        : NULL);
  for (guint i = 0; i < docs->len; i++)
    {
      PdDocument *doc = g_ptr_array_index (docs, i);
      g_autofree char *subtitle = NULL;

      if (!is_blank (doc->received_by))
        subtitle = g_strdup_printf (_("Received %s by %s"),
                                    doc->received_date ? doc->received_date : "",
                                    doc->received_by);
      else if (!is_blank (doc->received_date))
        subtitle = g_strdup_printf (_("Received %s"), doc->received_date);
      add_archive_row (self, self->documents_group, "x-office-document-symbolic", doc->title,
                       subtitle);
    }
}

#if PD_HAVE_MOVE_STORE
static char *
describe_move_in (PdMoveIn *move_in)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *deposit = pd_money_format_grouped (pd_move_in_get_deposit_fen (move_in));

  g_string_append_printf (text, _("Notice dated %s"), pd_move_in_get_notice_date (move_in));
  g_string_append (text, _(", "));
  g_string_append_printf (text, _("%u of 7 documents and forms"),
                          pd_move_in_count_documents (move_in));
  if (pd_move_in_get_deposit_fen (move_in) > 0)
    {
      g_string_append (text, _(", "));
      g_string_append_printf (text,
                              pd_move_in_get_deposit_paid (move_in) ? _("deposit ¥%s paid")
                                                                    : _("deposit ¥%s not paid"),
                              deposit);
    }
  if (!is_blank (pd_move_in_get_clerk (move_in)))
    {
      g_string_append (text, _(", "));
      g_string_append_printf (text, _("clerk %s"), pd_move_in_get_clerk (move_in));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_move_out (PdMoveOut *move_out)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, _("Notice dated %s, leaving %s"),
                          pd_move_out_get_notice_date (move_out),
                          pd_move_out_get_move_out_date (move_out));
  if (pd_move_out_get_pass_issued (move_out))
    {
      g_string_append (text, _(", "));
      g_string_append_printf (text, _("goods release pass %s"),
                              pd_move_out_get_pass_serial (move_out));
    }
  if (!is_blank (pd_move_out_get_clerk (move_out)))
    {
      g_string_append (text, _(", "));
      g_string_append_printf (text, _("clerk %s"), pd_move_out_get_clerk (move_out));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
#endif

#if PD_HAVE_MOVE_STORE
/* Defects found at the move-in inspection become warranty orders (保修单) in one step. */
typedef struct
{
  PdOccupantDetail *self;
  gint64            move_in_id;
} DefectOrders;

static void
defect_orders_free (gpointer data)
{
  DefectOrders *d = data;

  g_object_unref (d->self);
  g_free (d);
}

static void
defect_orders_accepted (const char *clerk,
                        gpointer    data)
{
  DefectOrders *d = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PdWindow *window;
  int made;

  made = pd_repair_store_create_from_defects (d->self->database, d->move_in_id, clerk, &error);
  if (made < 0)
    {
      pd_show_error (GTK_WIDGET (d->self), _("The Warranty Orders Were Not Made"), error);
      return;
    }
  text = g_strdup_printf (ngettext ("%d warranty repair order made for engineering",
                                    "%d warranty repair orders made for engineering", made),
                          made);
  window = pd_window_from_widget (GTK_WIDGET (d->self));
  if (window != NULL)
    {
      pd_window_notify_data_changed (window);
      pd_window_show_toast (window, text);
    }
}

static void
defect_orders_clicked_cb (GtkButton        *button,
                          PdOccupantDetail *self)
{
  DefectOrders *d = g_new0 (DefectOrders, 1);

  d->self = g_object_ref (self);
  d->move_in_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "pd-move-in-id"));
  pd_ask_text (GTK_WIDGET (self), _("Make Warranty Repair Orders?"),
               _("Each defect found at the move-in inspection becomes a class A (warranty) "
                 "repair order for engineering. Who takes them?"),
               g_object_get_data (G_OBJECT (button), "pd-clerk"), _("_Make Orders"),
               defect_orders_accepted, d, defect_orders_free);
}

static void
add_defect_orders_button (PdOccupantDetail *self,
                          PdMoveIn         *move_in)
{
  GPtrArray *defects = pd_move_in_get_defects (move_in);
  GtkWidget *row = g_ptr_array_index (self->archive_rows, self->archive_rows->len - 1);
  GtkWidget *button;
  guint waiting = 0;

  for (guint i = 0; i < defects->len; i++)
    if (((PdDefect *) g_ptr_array_index (defects, i))->repair_id == 0)
      waiting++;
  if (waiting == 0)
    return;

  button = gtk_button_new_with_label (_("Make Warranty Orders"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Turn the defects found at the inspection into "
                                         "warranty repair orders (生成保修单)"));
  g_object_set_data (G_OBJECT (button), "pd-move-in-id",
                     GSIZE_TO_POINTER (pd_move_in_get_id (move_in)));
  g_object_set_data_full (G_OBJECT (button), "pd-clerk", g_strdup (pd_move_in_get_clerk (move_in)),
                          g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (defect_orders_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
}
#endif

/* The move-in and move-out records of the archive; they come from the moves feature's
 * store and are listed oldest first. */
static void
fill_move_records (PdOccupantDetail *self)
{
#if PD_HAVE_MOVE_STORE
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  records = pd_move_store_list_for_occupant (self->database, pd_occupant_get_id (self->occupant),
                                             &error);
  if (records == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->moves_group), TRUE);
      adw_preferences_group_set_description (self->moves_group, error->message);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->moves_group), TRUE);
  adw_preferences_group_set_description (self->moves_group,
                                         records->len == 0 ? _("No move-in or move-out "
                                                               "registered yet.")
                                                           : NULL);
  for (guint i = 0; i < records->len; i++)
    {
      GObject *record = g_ptr_array_index (records, i);

      if (PD_IS_MOVE_IN (record))
        {
          g_autofree char *subtitle = describe_move_in (PD_MOVE_IN (record));
          add_archive_row (self, self->moves_group, "go-home-symbolic",
                           _("Move-in registered"), subtitle);
          add_defect_orders_button (self, PD_MOVE_IN (record));
        }
      else if (PD_IS_MOVE_OUT (record))
        {
          PdMoveOut *move_out = PD_MOVE_OUT (record);
          g_autofree char *subtitle = describe_move_out (move_out);
          add_archive_row (self, self->moves_group, "mail-send-symbolic",
                           pd_move_out_get_completed (move_out) ? _("Move-out completed")
                                                                : _("Move-out in progress"),
                           subtitle);
        }
    }
#else
  gtk_widget_set_visible (GTK_WIDGET (self->moves_group), FALSE);
#endif
}

static void
fill (PdOccupantDetail *self)
{
  PdOccupant *o = self->occupant;
  PdStatus status = pd_occupant_get_status (o);
  g_autofree char *unit_label = pd_occupant_dup_unit_label (o);
  g_autofree char *subtitle = NULL;

  gtk_label_set_text (self->name_label, pd_occupant_get_name (o));
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), status_classes[i]);
  if ((guint) status < G_N_ELEMENTS (status_classes))
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_classes[status]);
  gtk_label_set_text (self->status_label, pd_status_to_label (status));

  subtitle = g_strdup_printf ("%s · %s · %s", unit_label,
                              pd_role_to_label (pd_occupant_get_role (o)),
                              pd_kind_to_label (pd_occupant_get_kind (o)));
  gtk_label_set_text (self->subtitle_label, subtitle);

  set_value (self->kind_value, pd_kind_to_label (pd_occupant_get_kind (o)));
  set_value (self->role_value, pd_role_to_label (pd_occupant_get_role (o)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->id_row),
                                 pd_occupant_get_kind (o) == PD_KIND_COMPANY
                                   ? _("Unified Social Credit Code")
                                   : _("ID Card Number"));
  fill_confidential (self);
  set_optional_row (self->notes_row, self->notes_value, pd_occupant_get_notes (o));

  fill_unit (self);

  set_value (self->move_in_value, pd_occupant_get_move_in_date (o));
  set_optional_row (self->move_out_row, self->move_out_value, pd_occupant_get_move_out_date (o));
  set_value (self->status_value, pd_status_to_label (status));

  clear_archive_rows (self);
  fill_documents (self);
  fill_move_records (self);
}

static void
reveal_toggled_cb (PdOccupantDetail *self)
{
  if (self->occupant != NULL)
    fill_confidential (self);
}

static void
pd_occupant_detail_dispose (GObject *object)
{
  PdOccupantDetail *self = PD_OCCUPANT_DETAIL (object);

  /* The bin owns its child (the bound stack): let it go first so it is unparented once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_OCCUPANT_DETAIL);
  g_clear_object (&self->occupant);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_occupant_detail_parent_class)->dispose (object);
}

static void
pd_occupant_detail_finalize (GObject *object)
{
  PdOccupantDetail *self = PD_OCCUPANT_DETAIL (object);

  g_clear_pointer (&self->archive_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_occupant_detail_parent_class)->finalize (object);
}

static void
pd_occupant_detail_class_init (PdOccupantDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_occupant_detail_dispose;
  object_class->finalize = pd_occupant_detail_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-occupant-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, error_page);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, kind_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, role_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, id_row);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, id_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, id_reveal);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, phone_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, phone_reveal);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, phone2_row);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, phone2_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, emergency_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, notes_row);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, notes_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, building_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, unit_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, floor_row);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, floor_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, area_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, unit_type_row);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, unit_type_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, move_in_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, move_out_row);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, move_out_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, status_value);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, documents_group);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantDetail, moves_group);
  gtk_widget_class_bind_template_callback (widget_class, reveal_toggled_cb);
}

static void
pd_occupant_detail_init (PdOccupantDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->archive_rows = g_ptr_array_new ();
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

void
pd_occupant_detail_set_database (PdOccupantDetail *self,
                                 PdDatabase       *db)
{
  g_return_if_fail (PD_IS_OCCUPANT_DETAIL (self));
  g_return_if_fail (db == NULL || PD_IS_DATABASE (db));

  if (g_set_object (&self->database, db))
    pd_occupant_detail_show (self, 0);
}

void
pd_occupant_detail_show (PdOccupantDetail *self,
                         gint64            occupant_id)
{
  g_autoptr(PdOccupant) occupant = NULL;
  g_autoptr(GError) error = NULL;
  gboolean same;

  g_return_if_fail (PD_IS_OCCUPANT_DETAIL (self));

  same = self->occupant != NULL && pd_occupant_get_id (self->occupant) == occupant_id;

  if (occupant_id > 0 && self->database != NULL)
    occupant = pd_occupant_store_get (self->database, occupant_id, &error);

  /* Another occupant starts masked again; a refresh of the same one keeps what was shown. */
  if (!same)
    {
      gtk_toggle_button_set_active (self->id_reveal, FALSE);
      gtk_toggle_button_set_active (self->phone_reveal, FALSE);
    }
  g_set_object (&self->occupant, occupant);

  if (occupant != NULL)
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
    {
      clear_archive_rows (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

PdOccupant *
pd_occupant_detail_get_occupant (PdOccupantDetail *self)
{
  g_return_val_if_fail (PD_IS_OCCUPANT_DETAIL (self), NULL);

  return self->occupant;
}
