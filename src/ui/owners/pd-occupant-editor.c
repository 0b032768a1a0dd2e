// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-owners"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-area.h"
#include "pd-date-row.h"
#include "pd-dialogs.h"
#include "pd-occupant-editor-private.h"
#include "pd-occupant-store.h"
#include "pd-place-store.h"
#include "pd-ui-format.h"

/* The form's fields, in the order of the form; names are PdOccupant property names, as
 * PdFieldIssue.field reports them. */
typedef enum
{
  F_UNIT,
  F_ROLE,
  F_KIND,
  F_NAME,
  F_ID_NUMBER,
  F_PHONE,
  F_PHONE2,
  F_EMERGENCY_NAME,
  F_EMERGENCY_PHONE,
  F_MOVE_IN_DATE,
  F_MOVE_OUT_DATE,
  F_STATUS,
  F_NOTES,
  N_FIELDS
} Field;

static const struct
{
  const char *property;
  const char *template_id;
} field_info[N_FIELDS] = {
  { "unit-id", "unit" },
  { "role", "role" },
  { "kind", "kind" },
  { "name", "name" },
  { "id-number", "id_number" },
  { "phone", "phone" },
  { "phone2", "phone2" },
  { "emergency-name", "emergency_name" },
  { "emergency-phone", "emergency_phone" },
  { "move-in-date", "move_in_date" },
  { "move-out-date", "move_out_date" },
  { "status", "status" },
  { "notes", "notes" },
};

typedef struct
{
  GtkWidget         *row;          /* AdwEntryRow or AdwComboRow */
  AdwPreferencesRow *issue_row;
  GtkLabel          *issue_label;
  gboolean           touched;
} FieldUi;

struct _PdOccupantEditor
{
  AdwWindow       parent_instance;

  PdDatabase     *database;
  PdOccupant     *original;      /* NULL for a new occupant */
  GArray         *building_ids;  /* gint64 per building_row position; 0: the placeholder */
  GPtrArray      *units;         /* PdUnit per unit_row position after the placeholder */
  FieldUi         fields[N_FIELDS];
  gboolean        loading;
  gboolean        show_all_issues;
  gboolean        may_close;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  GtkLabel       *banner_label;
  AdwComboRow    *building_row;
  GtkStringList  *building_names;
  GtkStringList  *unit_names;
  GtkStringList  *role_names;
  GtkStringList  *kind_names;
  GtkStringList  *status_names;
};

G_DEFINE_FINAL_TYPE (PdOccupantEditor, pd_occupant_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void validate (PdOccupantEditor *self);

static int
field_from_property (const char *property)
{
  for (int i = 0; i < N_FIELDS; i++)
    if (g_strcmp0 (field_info[i].property, property) == 0)
      return i;
  return -1;
}

static const char *
entry_text (PdOccupantEditor *self,
            Field             field)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->fields[field].row));
}

static void
set_entry_text (PdOccupantEditor *self,
                Field             field,
                const char       *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->fields[field].row), text ? text : "");
}

static guint
combo_selected (PdOccupantEditor *self,
                Field             field)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (self->fields[field].row));
}

static void
set_combo_selected (PdOccupantEditor *self,
                    Field             field,
                    guint             position)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->fields[field].row), position);
}

static gint64
selected_building_id (PdOccupantEditor *self)
{
  guint pos = adw_combo_row_get_selected (self->building_row);

  return pos < self->building_ids->len ? g_array_index (self->building_ids, gint64, pos) : 0;
}

static PdUnit *
selected_unit (PdOccupantEditor *self)
{
  guint pos = combo_selected (self, F_UNIT);

  /* Position 0 is "Choose a unit". */
  if (pos == 0 || pos == GTK_INVALID_LIST_POSITION || pos > self->units->len)
    return NULL;
  return g_ptr_array_index (self->units, pos - 1);
}

/* {{{ Places */

static void
fill_units (PdOccupantEditor *self,
            gint64            keep_unit_id)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  gint64 building_id = selected_building_id (self);
  guint keep_pos = 0;

  g_ptr_array_set_size (self->units, 0);
  if (building_id > 0 && self->database != NULL)
    {
      g_autoptr(GPtrArray) units = pd_place_store_list_units (self->database, building_id,
                                                              &error);
      if (units == NULL)
        pd_show_error (GTK_WIDGET (self), _("Could Not Read the Units"), error);
      for (guint i = 0; units != NULL && i < units->len; i++)
        g_ptr_array_add (self->units, g_object_ref (g_ptr_array_index (units, i)));
    }

  g_ptr_array_add (labels, g_strdup (self->units->len > 0 || building_id == 0
                                     ? _("Choose a unit")
                                     : _("This building has no units yet")));
  for (guint i = 0; i < self->units->len; i++)
    {
      PdUnit *unit = g_ptr_array_index (self->units, i);
      g_autofree char *area = pd_area_format (pd_unit_get_area (unit));

      g_ptr_array_add (labels, g_strdup_printf (_("%s (%s m²)"), pd_unit_get_number (unit),
                                                area));
      if (pd_unit_get_id (unit) == keep_unit_id)
        keep_pos = i + 1;
    }
  g_ptr_array_add (labels, NULL);

  gtk_string_list_splice (self->unit_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->unit_names)),
                          (const char * const *) labels->pdata);
  set_combo_selected (self, F_UNIT, keep_pos);
}

static void
fill_buildings (PdOccupantEditor *self,
                gint64            select_id)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) buildings = NULL;
  g_autoptr(GError) error = NULL;
  guint select_pos = 0;

  g_array_set_size (self->building_ids, 0);
  g_array_append_val (self->building_ids, (gint64) { 0 });
  g_ptr_array_add (labels, g_strdup (_("Choose a building")));

  if (self->database != NULL)
    buildings = pd_place_store_list_buildings (self->database, &error);
  if (error != NULL)
    pd_show_error (GTK_WIDGET (self), _("Could Not Read the Buildings"), error);

  for (guint i = 0; buildings != NULL && i < buildings->len; i++)
    {
      PdBuilding *building = g_ptr_array_index (buildings, i);
      gint64 id = pd_building_get_id (building);

      g_array_append_val (self->building_ids, id);
      g_ptr_array_add (labels, g_strdup (pd_building_get_name (building)));
      if (id == select_id)
        select_pos = i + 1;
    }
  g_ptr_array_add (labels, NULL);

  gtk_string_list_splice (self->building_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->building_names)),
                          (const char * const *) labels->pdata);
  adw_combo_row_set_selected (self->building_row, select_pos);
}

/* }}} */
/* {{{ Form ↔ occupant */

static void
update_kind_titles (PdOccupantEditor *self)
{
  gboolean company = combo_selected (self, F_KIND) == PD_KIND_COMPANY;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->fields[F_NAME].row),
                                 company ? _("Company Name") : _("Name"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->fields[F_ID_NUMBER].row),
                                 company ? _("Unified Social Credit Code")
                                         : _("ID Card Number"));
}

static char *
blank_to_null (const char *text)
{
  return pd_strdup_trimmed (text);
}

static PdOccupant *
form_to_occupant (PdOccupantEditor *self)
{
  PdOccupant *o = self->original != NULL ? pd_occupant_copy (self->original)
                                         : pd_occupant_new ();
  PdUnit *unit = selected_unit (self);
  g_autofree char *move_in = blank_to_null (entry_text (self, F_MOVE_IN_DATE));
  g_autofree char *move_out = blank_to_null (entry_text (self, F_MOVE_OUT_DATE));
  g_autofree char *notes = blank_to_null (entry_text (self, F_NOTES));
  g_autofree char *emergency_name = blank_to_null (entry_text (self, F_EMERGENCY_NAME));
  guint role = combo_selected (self, F_ROLE);
  guint kind = combo_selected (self, F_KIND);
  guint status = combo_selected (self, F_STATUS);

  pd_occupant_set_unit_id (o, unit != NULL ? pd_unit_get_id (unit) : 0);
  if (unit != NULL)
    {
      pd_occupant_set_building_name (o, pd_unit_get_building_name (unit));
      pd_occupant_set_unit_number (o, pd_unit_get_number (unit));
      pd_occupant_set_area (o, pd_unit_get_area (unit));
    }
  pd_occupant_set_role (o, role == PD_ROLE_TENANT ? PD_ROLE_TENANT : PD_ROLE_OWNER);
  pd_occupant_set_kind (o, kind == PD_KIND_COMPANY ? PD_KIND_COMPANY : PD_KIND_PERSON);
  pd_occupant_set_name (o, entry_text (self, F_NAME));
  pd_occupant_set_id_number (o, entry_text (self, F_ID_NUMBER));
  pd_occupant_set_phone (o, entry_text (self, F_PHONE));
  pd_occupant_set_phone2 (o, entry_text (self, F_PHONE2));
  pd_occupant_set_emergency_name (o, emergency_name ? emergency_name : "");
  pd_occupant_set_emergency_phone (o, entry_text (self, F_EMERGENCY_PHONE));
  pd_occupant_set_move_in_date (o, move_in);
  pd_occupant_set_move_out_date (o, move_out);
  pd_occupant_set_status (o, status <= PD_STATUS_MOVED_OUT ? (PdStatus) status
                                                           : PD_STATUS_PENDING);
  pd_occupant_set_notes (o, notes ? notes : "");
  return o;
}

static void
load_occupant (PdOccupantEditor *self,
               PdOccupant       *o)
{
  g_autoptr(PdUnit) unit = NULL;
  g_autoptr(GError) error = NULL;
  gint64 unit_id = pd_occupant_get_unit_id (o);

  self->loading = TRUE;

  if (unit_id > 0 && self->database != NULL)
    unit = pd_place_store_get_unit (self->database, unit_id, &error);
  if (error != NULL)
    g_debug ("Unit %" G_GINT64_FORMAT ": %s", unit_id, error->message);
  fill_buildings (self, unit != NULL ? pd_unit_get_building_id (unit) : 0);
  fill_units (self, unit_id);

  set_combo_selected (self, F_ROLE, pd_occupant_get_role (o));
  set_combo_selected (self, F_KIND, pd_occupant_get_kind (o));
  set_combo_selected (self, F_STATUS, pd_occupant_get_status (o));
  update_kind_titles (self);
  set_entry_text (self, F_NAME, pd_occupant_get_name (o));
  set_entry_text (self, F_ID_NUMBER, pd_occupant_get_id_number (o));
  set_entry_text (self, F_PHONE, pd_occupant_get_phone (o));
  set_entry_text (self, F_PHONE2, pd_occupant_get_phone2 (o));
  set_entry_text (self, F_EMERGENCY_NAME, pd_occupant_get_emergency_name (o));
  set_entry_text (self, F_EMERGENCY_PHONE, pd_occupant_get_emergency_phone (o));
  set_entry_text (self, F_MOVE_IN_DATE, pd_occupant_get_move_in_date (o));
  set_entry_text (self, F_MOVE_OUT_DATE, pd_occupant_get_move_out_date (o));
  set_entry_text (self, F_NOTES, pd_occupant_get_notes (o));

  self->loading = FALSE;
}

/* }}} */
/* {{{ Validation */

static void
show_field_issue (PdOccupantEditor *self,
                  Field             field,
                  const char       *text,
                  gboolean          is_error)
{
  FieldUi *ui = &self->fields[field];
  gboolean shown = text != NULL;

  gtk_widget_set_visible (GTK_WIDGET (ui->issue_row), shown);
  gtk_label_set_text (ui->issue_label, text ? text : "");
  gtk_widget_remove_css_class (GTK_WIDGET (ui->issue_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (ui->issue_label), "warning");
  gtk_widget_remove_css_class (ui->row, "error");
  gtk_widget_remove_css_class (ui->row, "warning");
  if (shown)
    {
      const char *css = is_error ? "error" : "warning";

      gtk_widget_add_css_class (GTK_WIDGET (ui->issue_label), css);
      gtk_widget_add_css_class (ui->row, css);
    }
}

static void
validate (PdOccupantEditor *self)
{
  g_autoptr(PdOccupant) o = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  g_autoptr(GString) other = g_string_new (NULL);
  GString *texts[N_FIELDS] = { NULL };
  gboolean errors[N_FIELDS] = { FALSE };
  const char *first_error = NULL;
  gboolean have_errors;
  gboolean no_buildings = self->building_ids->len <= 1;

  if (self->loading)
    return;

  o = form_to_occupant (self);
  issues = pd_occupant_check (o);
  have_errors = pd_field_issues_have_errors (issues);

  for (guint i = 0; i < issues->len; i++)
    {
      PdFieldIssue *issue = g_ptr_array_index (issues, i);
      int field = field_from_property (issue->field);
      const char *message = issue->message;

      if (field == F_UNIT && no_buildings)
        message = _("There are no units yet. Add the buildings and units first: main menu, "
                    "Buildings and Units.");
      if (!issue->warning && first_error == NULL)
        first_error = message;

      if (field < 0)
        {
          if (other->len > 0)
            g_string_append_c (other, '\n');
          g_string_append (other, message);
          continue;
        }
      if (texts[field] == NULL)
        texts[field] = g_string_new (message);
      else
        g_string_append_printf (texts[field], "\n%s", message);
      errors[field] |= !issue->warning;
    }

  /* A new form does not greet the clerk with errors: a field's issue shows once it was
   * changed, or when it cannot be fixed by typing (no units to choose from). */
  for (int i = 0; i < N_FIELDS; i++)
    {
      gboolean visible = self->show_all_issues || self->fields[i].touched
                         || (i == F_UNIT && no_buildings);

      show_field_issue (self, i, visible && texts[i] ? texts[i]->str : NULL, errors[i]);
      if (texts[i] != NULL)
        g_string_free (texts[i], TRUE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->banner_label),
                          other->len > 0 && self->show_all_issues);
  gtk_label_set_text (self->banner_label, other->str);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 !have_errors && self->database != NULL);
  gtk_widget_set_tooltip_text (self->save_button, have_errors ? first_error : NULL);
}

/* }}} */
/* {{{ Actions and callbacks */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdOccupantEditor *self = PD_OCCUPANT_EDITOR (widget);
  g_autoptr(PdOccupant) o = form_to_occupant (self);
  g_autoptr(GPtrArray) issues = pd_occupant_check (o);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (pd_field_issues_have_errors (issues))
    {
      self->show_all_issues = TRUE;
      validate (self);
      return;
    }

  if (self->original != NULL)
    ok = pd_occupant_store_update (self->database, o, &error);
  else
    ok = pd_occupant_store_insert (self->database, o, &error);

  if (!ok)
    {
      /* The form stays as typed, so the clerk can retry once the cause is fixed. */
      pd_show_error (widget, _("Could Not Save the Occupant"), error);
      return;
    }

  self->may_close = TRUE;
  g_signal_emit (self, signals[SAVED], 0, pd_occupant_get_id (o));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
mark_touched (PdOccupantEditor *self,
              GtkWidget        *row)
{
  int field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "pd-field")) - 1;

  if (!self->loading && field >= 0 && field < N_FIELDS)
    self->fields[field].touched = TRUE;
}

static void
entry_changed_cb (GtkEditable      *row,
                  PdOccupantEditor *self)
{
  mark_touched (self, GTK_WIDGET (row));
  validate (self);
}

static void
combo_changed_cb (AdwComboRow      *row,
                  GParamSpec       *pspec,
                  PdOccupantEditor *self)
{
  mark_touched (self, GTK_WIDGET (row));
  validate (self);
}

static void
kind_changed_cb (AdwComboRow      *row,
                 GParamSpec       *pspec,
                 PdOccupantEditor *self)
{
  update_kind_titles (self);
  combo_changed_cb (row, pspec, self);
}

static void
building_changed_cb (AdwComboRow      *row,
                     GParamSpec       *pspec,
                     PdOccupantEditor *self)
{
  PdUnit *unit;

  if (self->loading)
    return;
  unit = selected_unit (self);
  fill_units (self, unit != NULL ? pd_unit_get_id (unit) : 0);
  validate (self);
}

static void
discard_confirmed (gpointer data)
{
  PdOccupantEditor *self = data;

  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
pd_occupant_editor_close_request (GtkWindow *window)
{
  PdOccupantEditor *self = PD_OCCUPANT_EDITOR (window);
  gboolean dirty = FALSE;

  for (int i = 0; i < N_FIELDS; i++)
    dirty |= self->fields[i].touched;

  if (dirty && !self->may_close)
    {
      pd_confirm_delete (GTK_WIDGET (self), _("Discard Changes?"),
                         _("What was typed in this form has not been saved."), _("_Discard"),
                         discard_confirmed, g_object_ref (self), g_object_unref);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (pd_occupant_editor_parent_class)->close_request (window);
}

/* }}} */
/* {{{ GObject */

static void
pd_occupant_editor_dispose (GObject *object)
{
  PdOccupantEditor *self = PD_OCCUPANT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_OCCUPANT_EDITOR);
  g_clear_object (&self->original);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_occupant_editor_parent_class)->dispose (object);
}

static void
pd_occupant_editor_finalize (GObject *object)
{
  PdOccupantEditor *self = PD_OCCUPANT_EDITOR (object);

  g_clear_pointer (&self->building_ids, g_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_occupant_editor_parent_class)->finalize (object);
}

static void
pd_occupant_editor_class_init (PdOccupantEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pd_occupant_editor_dispose;
  object_class->finalize = pd_occupant_editor_finalize;
  window_class->close_request = pd_occupant_editor_close_request;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-occupant-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PdOccupantEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantEditor, banner_label);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantEditor, building_row);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantEditor, building_names);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantEditor, unit_names);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantEditor, role_names);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantEditor, kind_names);
  gtk_widget_class_bind_template_child (widget_class, PdOccupantEditor, status_names);
  for (int i = 0; i < N_FIELDS; i++)
    {
      const char *id = field_info[i].template_id;
      g_autofree char *row_id = g_strconcat (id, "_row", NULL);
      g_autofree char *issue_row_id = g_strconcat (id, "_issue_row", NULL);
      g_autofree char *issue_label_id = g_strconcat (id, "_issue_label", NULL);

      /* Offset 0: looked up with gtk_widget_get_template_child() into the fields table. */
      gtk_widget_class_bind_template_child_full (widget_class, row_id, FALSE, 0);
      gtk_widget_class_bind_template_child_full (widget_class, issue_row_id, FALSE, 0);
      gtk_widget_class_bind_template_child_full (widget_class, issue_label_id, FALSE, 0);
    }
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, combo_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, building_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_occupant_editor_init (PdOccupantEditor *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const char *roles[] = { pd_role_to_label (PD_ROLE_OWNER), pd_role_to_label (PD_ROLE_TENANT),
                          NULL };
  const char *kinds[] = { pd_kind_to_label (PD_KIND_PERSON), pd_kind_to_label (PD_KIND_COMPANY),
                          NULL };
  const char *statuses[] = { pd_status_to_label (PD_STATUS_PENDING),
                             pd_status_to_label (PD_STATUS_ACTIVE),
                             pd_status_to_label (PD_STATUS_MOVED_OUT), NULL };

  self->loading = TRUE;
  gtk_widget_init_template (widget);

  self->building_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->units = g_ptr_array_new_with_free_func (g_object_unref);

  for (int i = 0; i < N_FIELDS; i++)
    {
      const char *id = field_info[i].template_id;
      g_autofree char *row_id = g_strconcat (id, "_row", NULL);
      g_autofree char *issue_row_id = g_strconcat (id, "_issue_row", NULL);
      g_autofree char *issue_label_id = g_strconcat (id, "_issue_label", NULL);
      FieldUi *ui = &self->fields[i];

      ui->row = GTK_WIDGET (gtk_widget_get_template_child (widget, PD_TYPE_OCCUPANT_EDITOR,
                                                           row_id));
      ui->issue_row = ADW_PREFERENCES_ROW (gtk_widget_get_template_child (
                        widget, PD_TYPE_OCCUPANT_EDITOR, issue_row_id));
      ui->issue_label = GTK_LABEL (gtk_widget_get_template_child (widget,
                                                                  PD_TYPE_OCCUPANT_EDITOR,
                                                                  issue_label_id));
      g_assert (ui->row != NULL && ui->issue_row != NULL && ui->issue_label != NULL);
      g_object_set_data (G_OBJECT (ui->row), "pd-field", GINT_TO_POINTER (i + 1));
    }

  gtk_string_list_splice (self->role_names, 0, 0, roles);
  gtk_string_list_splice (self->kind_names, 0, 0, kinds);
  gtk_string_list_splice (self->status_names, 0, 0, statuses);
  pd_date_row_setup (ADW_ENTRY_ROW (self->fields[F_MOVE_IN_DATE].row));
  pd_date_row_setup (ADW_ENTRY_ROW (self->fields[F_MOVE_OUT_DATE].row));
  fill_buildings (self, 0);
  fill_units (self, 0);
  update_kind_titles (self);

  self->loading = FALSE;
  validate (self);
}

/* }}} */
/* {{{ Public API */

PdOccupantEditor *
pd_occupant_editor_new (PdDatabase *db,
                        PdOccupant *occupant)
{
  PdOccupantEditor *self;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (occupant == NULL || PD_IS_OCCUPANT (occupant), NULL);

  self = g_object_new (PD_TYPE_OCCUPANT_EDITOR, NULL);
  self->database = g_object_ref (db);

  if (occupant != NULL)
    {
      self->original = pd_occupant_copy (occupant);
      self->show_all_issues = TRUE;
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Occupant"));
      adw_window_title_set_title (self->window_title, _("Edit Occupant"));
      adw_window_title_set_subtitle (self->window_title, pd_occupant_get_name (occupant));
      load_occupant (self, occupant);
    }
  else
    {
      self->loading = TRUE;
      fill_buildings (self, 0);
      fill_units (self, 0);
      self->loading = FALSE;
    }

  validate (self);
  return self;
}

void
pd_occupant_editor_set_building (PdOccupantEditor *self,
                                 gint64            building_id)
{
  g_return_if_fail (PD_IS_OCCUPANT_EDITOR (self));

  self->loading = TRUE;
  fill_buildings (self, building_id);
  fill_units (self, 0);
  self->loading = FALSE;
  validate (self);
}

GtkEditable *
_pd_occupant_editor_get_entry (PdOccupantEditor *self,
                               const char       *field)
{
  int i = field_from_property (field);

  g_return_val_if_fail (i >= 0, NULL);
  g_return_val_if_fail (GTK_IS_EDITABLE (self->fields[i].row), NULL);

  return GTK_EDITABLE (self->fields[i].row);
}

GtkLabel *
_pd_occupant_editor_get_issue_label (PdOccupantEditor *self,
                                     const char       *field)
{
  int i = field_from_property (field);

  g_return_val_if_fail (i >= 0, NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->fields[i].issue_row))
           ? self->fields[i].issue_label : NULL;
}

gboolean
_pd_occupant_editor_can_save (PdOccupantEditor *self)
{
  return gtk_widget_is_sensitive (self->save_button);
}

gboolean
_pd_occupant_editor_select_unit (PdOccupantEditor *self,
                                 gint64            unit_id)
{
  for (guint i = 0; i < self->units->len; i++)
    if (pd_unit_get_id (g_ptr_array_index (self->units, i)) == unit_id)
      {
        set_combo_selected (self, F_UNIT, i + 1);
        return TRUE;
      }
  return FALSE;
}

/* }}} */
