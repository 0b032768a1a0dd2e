// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-owners"
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "pd-area.h"
#include "pd-dialogs.h"
#include "pd-place-store.h"
#include "pd-ui-format.h"
#include "pd-unit-editor.h"

struct _PdUnitEditor
{
  AdwWindow       parent_instance;

  PdDatabase     *database;
  PdUnit         *original;     /* NULL for a new unit */
  gint64          building_id;
  gboolean        touched;
  gboolean        floor_typed;  /* the clerk typed a floor: stop deriving it from the number */
  gboolean        filling;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  AdwEntryRow    *number_row;
  AdwEntryRow    *floor_row;
  AdwEntryRow    *area_row;
  AdwComboRow    *type_row;
  GtkStringList  *type_names;
  GtkLabel       *issue_label;
};

G_DEFINE_FINAL_TYPE (PdUnitEditor, pd_unit_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
parse_floor (const char *text,
             int        *out)
{
  g_autofree char *trimmed = pd_strdup_trimmed (text);
  gint64 value;

  if (trimmed == NULL)
    return FALSE;
  if (!g_ascii_string_to_signed (trimmed, 10, -20, 300, &value, NULL))
    return FALSE;
  *out = (int) value;
  return TRUE;
}

/* Reads the form into @unit; returns the first problem as a sentence, or NULL. */
static char *
read_form (PdUnitEditor *self,
           PdUnit       *unit)
{
  g_autofree char *number = NULL;
  const char *floor_text = gtk_editable_get_text (GTK_EDITABLE (self->floor_row));
  const char *area_text = gtk_editable_get_text (GTK_EDITABLE (self->area_row));
  g_autoptr(GError) error = NULL;
  gint64 area = 0;
  int floor = 0;
  guint type = adw_combo_row_get_selected (self->type_row);

  number = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->number_row)));
  if (number == NULL)
    return g_strdup (_("Enter the unit number, e.g. 1201."));
  if (!parse_floor (floor_text, &floor))
    return g_strdup (_("The floor must be a whole number, e.g. 12, or -1 for the first "
                       "basement level."));
  if (!pd_area_parse (area_text, &area, &error))
    return g_strdup_printf (_("Floor area: %s"), error->message);
  if (area <= 0)
    return g_strdup (_("Floor area: enter the floor area in square metres, e.g. 89.5."));

  pd_unit_set_building_id (unit, self->building_id);
  pd_unit_set_number (unit, number);
  pd_unit_set_floor (unit, floor);
  pd_unit_set_area (unit, area);
  pd_unit_set_unit_type (unit, type <= PD_UNIT_OTHER ? (PdUnitType) type : PD_UNIT_RESIDENTIAL);
  return NULL;
}

static void
validate (PdUnitEditor *self)
{
  g_autoptr(PdUnit) unit = pd_unit_new ();
  g_autofree char *problem = read_form (self, unit);

  gtk_widget_set_visible (GTK_WIDGET (self->issue_label), problem != NULL && self->touched);
  gtk_label_set_text (self->issue_label, problem ? problem : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unit.save",
                                 problem == NULL && self->database != NULL
                                 && self->building_id > 0);
  gtk_widget_set_tooltip_text (self->save_button, problem);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdUnitEditor *self = PD_UNIT_EDITOR (widget);
  g_autoptr(PdUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  gboolean ok;

  unit = pd_unit_new ();
  if (self->original != NULL)
    pd_unit_set_id (unit, pd_unit_get_id (self->original));
  problem = read_form (self, unit);
  if (problem != NULL)
    {
      self->touched = TRUE;
      validate (self);
      return;
    }

  if (self->original != NULL)
    ok = pd_place_store_update_unit (self->database, unit, &error);
  else
    ok = pd_place_store_insert_unit (self->database, unit, &error);
  if (!ok)
    {
      pd_show_error (widget, _("Could Not Save the Unit"), error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, pd_unit_get_id (unit));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
changed_cb (PdUnitEditor *self)
{
  if (!self->filling)
    self->touched = TRUE;
  validate (self);
}

/* Unit numbers like 1201 or 305 carry their floor in front of the last two digits. */
static void
number_changed_cb (PdUnitEditor *self)
{
  const char *number = gtk_editable_get_text (GTK_EDITABLE (self->number_row));
  gsize len = strlen (number);
  gboolean digits = len >= 3 && len <= 5;

  for (gsize i = 0; digits && i < len; i++)
    digits = g_ascii_isdigit (number[i]);

  if (!self->filling && !self->floor_typed && digits)
    {
      g_autofree char *floor = g_strndup (number, len - 2);
      g_autofree char *text = g_strdup_printf ("%d", atoi (floor));

      self->filling = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->floor_row), text);
      self->filling = FALSE;
    }
  changed_cb (self);
}

static void
floor_changed_cb (PdUnitEditor *self)
{
  if (!self->filling)
    self->floor_typed = TRUE;
  changed_cb (self);
}

static void
pd_unit_editor_dispose (GObject *object)
{
  PdUnitEditor *self = PD_UNIT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_UNIT_EDITOR);
  g_clear_object (&self->original);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_unit_editor_parent_class)->dispose (object);
}

static void
pd_unit_editor_class_init (PdUnitEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_unit_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-unit-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PdUnitEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, PdUnitEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, PdUnitEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, PdUnitEditor, floor_row);
  gtk_widget_class_bind_template_child (widget_class, PdUnitEditor, area_row);
  gtk_widget_class_bind_template_child (widget_class, PdUnitEditor, type_row);
  gtk_widget_class_bind_template_child (widget_class, PdUnitEditor, type_names);
  gtk_widget_class_bind_template_child (widget_class, PdUnitEditor, issue_label);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, number_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, floor_changed_cb);

  gtk_widget_class_install_action (widget_class, "unit.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "unit.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_unit_editor_init (PdUnitEditor *self)
{
  const char *types[] = { pd_unit_type_to_label (PD_UNIT_RESIDENTIAL),
                          pd_unit_type_to_label (PD_UNIT_SHOP),
                          pd_unit_type_to_label (PD_UNIT_OFFICE),
                          pd_unit_type_to_label (PD_UNIT_OTHER), NULL };

  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_splice (self->type_names, 0, 0, types);
  self->filling = FALSE;
  validate (self);
}

PdUnitEditor *
pd_unit_editor_new (PdDatabase *db,
                    gint64      building_id,
                    PdUnit     *unit)
{
  PdUnitEditor *self;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (unit == NULL || PD_IS_UNIT (unit), NULL);

  self = g_object_new (PD_TYPE_UNIT_EDITOR, NULL);
  self->database = g_object_ref (db);
  self->building_id = unit != NULL ? pd_unit_get_building_id (unit) : building_id;

  if (unit != NULL)
    {
      g_autofree char *floor = g_strdup_printf ("%d", pd_unit_get_floor (unit));
      g_autofree char *area = pd_area_format (pd_unit_get_area (unit));

      self->original = g_object_ref (unit);
      self->filling = TRUE;
      self->floor_typed = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->number_row), pd_unit_get_number (unit));
      gtk_editable_set_text (GTK_EDITABLE (self->floor_row), floor);
      gtk_editable_set_text (GTK_EDITABLE (self->area_row), area);
      adw_combo_row_set_selected (self->type_row, pd_unit_get_unit_type (unit));
      self->filling = FALSE;
      self->touched = TRUE;

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Unit"));
      adw_window_title_set_title (self->window_title, _("Edit Unit"));
    }
  if (unit != NULL || building_id > 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) buildings = pd_place_store_list_buildings (db, &error);

      for (guint i = 0; buildings != NULL && i < buildings->len; i++)
        if (pd_building_get_id (g_ptr_array_index (buildings, i)) == self->building_id)
          adw_window_title_set_subtitle (self->window_title,
                                         pd_building_get_name (g_ptr_array_index (buildings,
                                                                                  i)));
    }

  validate (self);
  return self;
}
