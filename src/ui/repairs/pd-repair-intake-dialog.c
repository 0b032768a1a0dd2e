// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-contact-store.h"
#include "pd-dialogs.h"
#include "pd-phone.h"
#include "pd-repair-dialogs-private.h"
#include "pd-repair-settings.h"
#include "pd-repair-store.h"
#include "pd-repairs-format.h"
#include "pd-ui-format.h"
#include "pd-unit-finder.h"
#include "pd-widget-util.h"

typedef enum
{
  F_PLACE,
  F_REPORTER,
  F_PHONE,
  F_CATEGORY,
  F_DESCRIPTION,
  F_REPORTED,
  F_APPOINTMENT,
  F_CLERK,
  N_FIELDS
} Field;

static const char *field_ids[N_FIELDS] = {
  "place", "reporter", "phone", "category", "description", "reported", "appointment", "clerk",
};

typedef struct
{
  GtkWidget *issue_row;    /* for the place: the label itself, under the unit finder */
  GtkLabel  *issue_label;
  gboolean   touched;
} FieldUi;

struct _PdRepairIntakeDialog
{
  AdwWindow       parent_instance;

  PdDatabase     *database;
  PdRepair       *original;      /* NULL when taking a new report */
  gint64          contact_id;    /* the register entry a new report comes from, or 0 */
  GArray         *category_ids;  /* gint64 per category_row position; 0: the placeholder */
  FieldUi         fields[N_FIELDS];
  gboolean        loading;
  gboolean        show_all_issues;
  gboolean        may_close;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  AdwComboRow    *channel_row;
  GtkSwitch      *public_switch;
  PdUnitFinder   *finder;
  AdwEntryRow    *location_row;
  AdwEntryRow    *reporter_row;
  AdwEntryRow    *phone_row;
  AdwComboRow    *category_row;
  AdwComboRow    *urgency_row;
  AdwComboRow    *class_row;
  AdwComboRow    *source_row;
  GtkTextView    *description_view;
  AdwEntryRow    *reported_row;
  AdwEntryRow    *appointment_row;
  AdwEntryRow    *clerk_row;
  GtkStringList  *channel_names;
  GtkStringList  *category_names;
  GtkStringList  *urgency_names;
  GtkStringList  *class_names;
  GtkStringList  *source_names;
};

G_DEFINE_FINAL_TYPE (PdRepairIntakeDialog, pd_repair_intake_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The clerk at the desk rarely changes between two reports. */
static char *last_clerk;

static void validate (PdRepairIntakeDialog *self);

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
is_blank_text (const char *text)
{
  g_autofree char *trimmed = pd_strdup_trimmed (text);

  return trimmed == NULL;
}

static void
fill_strings (GtkStringList      *list,
              const char * const *labels)
{
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)), labels);
}

static void
fill_categories (PdRepairIntakeDialog *self,
                 gint64                select_id)
{
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint select_pos = 0;

  g_array_set_size (self->category_ids, 0);
  g_array_append_val (self->category_ids, (gint64) { 0 });
  g_ptr_array_add (names, g_strdup (_("Choose a category")));

  categories = pd_repair_settings_list_categories (self->database, TRUE, &error);
  if (categories == NULL)
    pd_show_error (GTK_WIDGET (self), _("Could Not Read the Repair Categories"), error);
  for (guint i = 0; categories != NULL && i < categories->len; i++)
    {
      PdRepairCategory *category = g_ptr_array_index (categories, i);

      /* A category no longer in use stays only on the orders that have it. */
      if (!category->active && category->id != select_id)
        continue;
      g_array_append_val (self->category_ids, category->id);
      g_ptr_array_add (names, g_strdup (category->name));
      if (category->id == select_id)
        select_pos = self->category_ids->len - 1;
    }
  g_ptr_array_add (names, NULL);
  fill_strings (self->category_names, (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->category_row, select_pos);
}

/* The unit finder, or the location of a public area. */
static void
show_place (PdRepairIntakeDialog *self)
{
  gboolean public_area = gtk_switch_get_active (self->public_switch);

  gtk_widget_set_visible (GTK_WIDGET (self->finder), !public_area);
  gtk_widget_set_visible (GTK_WIDGET (self->location_row), public_area);
}

/* {{{ Form ↔ order */

static gint64
parse_optional_time (const char *text,
                     GError    **error)
{
  g_autofree char *trimmed = pd_strdup_trimmed (text);
  gint64 t = 0;

  if (trimmed != NULL && !pd_parse_time (trimmed, &t, error))
    return -1;
  return t;
}

static PdRepair *
form_to_repair (PdRepairIntakeDialog *self)
{
  PdRepair *r = self->original != NULL ? pd_repair_copy (self->original) : pd_repair_new ();
  gboolean public_area = gtk_switch_get_active (self->public_switch);
  guint category = adw_combo_row_get_selected (self->category_row);
  g_autofree char *reporter = pd_strdup_trimmed (text_of (self->reporter_row));
  g_autofree char *phone = pd_strdup_trimmed (text_of (self->phone_row));
  g_autofree char *location = pd_strdup_trimmed (text_of (self->location_row));
  g_autofree char *clerk = pd_strdup_trimmed (text_of (self->clerk_row));
  g_autofree char *description = pd_text_view_dup_text (self->description_view);
  gint64 reported = parse_optional_time (text_of (self->reported_row), NULL);
  gint64 appointment = parse_optional_time (text_of (self->appointment_row), NULL);

  pd_repair_set_channel (r, adw_combo_row_get_selected (self->channel_row));
  pd_repair_set_public_area (r, public_area);
  pd_repair_set_unit_id (r, public_area ? 0 : pd_unit_finder_get_unit_id (self->finder));
  pd_repair_set_occupant_id (r, public_area ? 0 : pd_unit_finder_get_occupant_id (self->finder));
  pd_repair_set_location (r, public_area && location != NULL ? location : "");
  pd_repair_set_reporter (r, reporter != NULL ? reporter : "");
  pd_repair_set_reporter_phone (r, phone != NULL ? phone : "");
  pd_repair_set_category_id (r, category < self->category_ids->len
                                  ? g_array_index (self->category_ids, gint64, category) : 0);
  pd_repair_set_description (r, description != NULL ? description : "");
  pd_repair_set_urgency (r, adw_combo_row_get_selected (self->urgency_row));
  pd_repair_set_repair_class (r, adw_combo_row_get_selected (self->class_row));
  pd_repair_set_source (r, adw_combo_row_get_selected (self->source_row));
  pd_repair_set_reported_at (r, MAX (reported, 0));
  pd_repair_set_appointment_at (r, MAX (appointment, 0));
  pd_repair_set_clerk (r, clerk != NULL ? clerk : "");
  return r;
}

static void
load_repair (PdRepairIntakeDialog *self,
             PdRepair             *r)
{
  g_autofree char *reported = pd_format_time (pd_repair_get_reported_at (r));
  g_autofree char *appointment = pd_format_time (pd_repair_get_appointment_at (r));
  g_autofree char *unit_label = pd_repair_dup_unit_label (r);
  const char *name = pd_repair_get_occupant_name (r);

  self->loading = TRUE;
  adw_combo_row_set_selected (self->channel_row, pd_repair_get_channel (r));
  gtk_switch_set_active (self->public_switch, pd_repair_get_public_area (r));
  pd_unit_finder_set_unit (self->finder, pd_repair_get_unit_id (r), pd_repair_get_occupant_id (r),
                           unit_label, name != NULL && *name != '\0' ? name : NULL);
  show_place (self);
  gtk_editable_set_text (GTK_EDITABLE (self->location_row), pd_repair_get_location (r));
  gtk_editable_set_text (GTK_EDITABLE (self->reporter_row), pd_repair_get_reporter (r));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), pd_repair_get_reporter_phone (r));
  fill_categories (self, pd_repair_get_category_id (r));
  pd_text_view_set_text (self->description_view, pd_repair_get_description (r));
  adw_combo_row_set_selected (self->urgency_row, pd_repair_get_urgency (r));
  adw_combo_row_set_selected (self->class_row, pd_repair_get_repair_class (r));
  adw_combo_row_set_selected (self->source_row, pd_repair_get_source (r));
  gtk_editable_set_text (GTK_EDITABLE (self->reported_row), reported);
  gtk_editable_set_text (GTK_EDITABLE (self->appointment_row), appointment);
  gtk_editable_set_text (GTK_EDITABLE (self->clerk_row), pd_repair_get_clerk (r));
  self->loading = FALSE;
}

/* }}} */
/* {{{ Validation */

static void
show_issue (PdRepairIntakeDialog *self,
            Field                 field,
            const char           *text)
{
  FieldUi *ui = &self->fields[field];

  gtk_widget_set_visible (ui->issue_row, text != NULL);
  gtk_label_set_text (ui->issue_label, text != NULL ? text : "");
  if (text != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (ui->issue_label), "error");
}

static void
validate (PdRepairIntakeDialog *self)
{
  g_autofree char *issues[N_FIELDS] = { NULL };
  g_autofree char *description = pd_text_view_dup_text (self->description_view);
  g_autoptr(GError) reported_error = NULL;
  g_autoptr(GError) appointment_error = NULL;
  const char *phone = text_of (self->phone_row);
  gint64 reported, appointment;
  const char *first = NULL;

  if (self->loading)
    return;

  if (gtk_switch_get_active (self->public_switch))
    {
      if (is_blank_text (text_of (self->location_row)))
        issues[F_PLACE] = g_strdup (_("Say where in the public area the problem is, e.g. the "
                                      "lift lobby of building 3."));
    }
  else if (pd_unit_finder_get_unit_id (self->finder) <= 0)
    issues[F_PLACE] = g_strdup (_("Choose the unit: type the building and unit, the occupant's "
                                  "name or phone, then pick a line. Or switch on Public Area."));

  if (is_blank_text (text_of (self->reporter_row)))
    issues[F_REPORTER] = g_strdup (_("Enter who reported the problem."));
  if (*phone != '\0')
    {
      g_autoptr(GError) error = NULL;

      if (!pd_phone_check (phone, NULL, &error))
        issues[F_PHONE] = g_strdup (error->message);
    }
  if (adw_combo_row_get_selected (self->category_row) == 0)
    issues[F_CATEGORY] = g_strdup (_("Choose the category of the repair."));
  if (description == NULL)
    issues[F_DESCRIPTION] = g_strdup (_("Describe what needs repairing."));

  reported = parse_optional_time (text_of (self->reported_row), &reported_error);
  if (reported < 0)
    issues[F_REPORTED] = g_strdup (reported_error->message);
  else if (reported == 0)
    issues[F_REPORTED] = g_strdup (_("Enter when the problem was reported."));
  appointment = parse_optional_time (text_of (self->appointment_row), &appointment_error);
  if (appointment < 0)
    issues[F_APPOINTMENT] = g_strdup (appointment_error->message);
  else if (appointment > 0 && reported > 0 && appointment < reported)
    issues[F_APPOINTMENT] = g_strdup (_("The appointment is before the report; the worker "
                                        "cannot come before the call."));
  if (is_blank_text (text_of (self->clerk_row)))
    issues[F_CLERK] = g_strdup (_("Enter who took the report."));

  /* A new form does not greet the clerk with errors: an issue shows once its field was
   * changed, or after Save was pressed. */
  for (int i = 0; i < N_FIELDS; i++)
    {
      gboolean visible = self->show_all_issues || self->fields[i].touched;

      show_issue (self, i, visible ? issues[i] : NULL);
      if (issues[i] != NULL && first == NULL)
        first = issues[i];
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", first == NULL);
  gtk_widget_set_tooltip_text (self->save_button, first);
}

/* }}} */
/* {{{ Signal callbacks and actions */

static void
touch (PdRepairIntakeDialog *self,
       Field                 field)
{
  if (!self->loading)
    self->fields[field].touched = TRUE;
  validate (self);
}

static void
entry_changed_cb (GtkEditable          *row,
                  PdRepairIntakeDialog *self)
{
  const struct { AdwEntryRow *row; Field field; } map[] = {
    { self->location_row, F_PLACE }, { self->reporter_row, F_REPORTER },
    { self->phone_row, F_PHONE }, { self->reported_row, F_REPORTED },
    { self->appointment_row, F_APPOINTMENT }, { self->clerk_row, F_CLERK },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (GTK_EDITABLE (map[i].row) == row)
      {
        touch (self, map[i].field);
        return;
      }
  validate (self);
}

static void
combo_changed_cb (AdwComboRow          *row,
                  GParamSpec           *pspec,
                  PdRepairIntakeDialog *self)
{
  if (row == self->category_row)
    touch (self, F_CATEGORY);
  else
    validate (self);
}

static void
description_changed_cb (GtkTextBuffer        *buffer,
                        PdRepairIntakeDialog *self)
{
  touch (self, F_DESCRIPTION);
}

static void
public_toggled_cb (GtkSwitch            *sw,
                   GParamSpec           *pspec,
                   PdRepairIntakeDialog *self)
{
  if (self->loading)
    return;
  self->fields[F_PLACE].touched = TRUE;
  show_place (self);
  validate (self);
}

/* The finder has filled reporter and phone from the occupant picked; the clerk goes on with
 * them (or types over them for a relative or a visitor). */
static void
unit_chosen_cb (PdRepairIntakeDialog *self)
{
  self->fields[F_PLACE].touched = TRUE;
  validate (self);
  if (pd_unit_finder_get_unit_id (self->finder) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->reporter_row));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdRepairIntakeDialog *self = PD_REPAIR_INTAKE_DIALOG (widget);
  g_autoptr(PdRepair) r = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->show_all_issues = TRUE;
  validate (self);
  if (!gtk_widget_get_sensitive (self->save_button))
    return;

  r = form_to_repair (self);
  if (self->original != NULL)
    ok = pd_repair_store_update_intake (self->database, r, &error);
  else if (self->contact_id > 0)
    ok = pd_contact_store_create_repair (self->database, self->contact_id, r, &error);
  else
    ok = pd_repair_store_create (self->database, r, &error);
  if (!ok)
    {
      /* The form stays as typed, so the clerk can retry once the cause is fixed. */
      pd_repairs_show_error (widget, _("Could Not Save the Repair Order"), error);
      return;
    }

  g_free (last_clerk);
  last_clerk = g_strdup (pd_repair_get_clerk (r));
  self->may_close = TRUE;
  g_signal_emit (self, signals[SAVED], 0, pd_repair_get_id (r));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
discard_confirmed (gpointer data)
{
  PdRepairIntakeDialog *self = data;

  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
pd_repair_intake_dialog_close_request (GtkWindow *window)
{
  PdRepairIntakeDialog *self = PD_REPAIR_INTAKE_DIALOG (window);
  gboolean dirty = FALSE;

  for (int i = 0; i < N_FIELDS; i++)
    dirty |= self->fields[i].touched;
  if (dirty && !self->may_close)
    {
      pd_confirm_delete (GTK_WIDGET (self), _("Discard the Report?"),
                         _("What was typed in this form has not been saved."), _("_Discard"),
                         discard_confirmed, g_object_ref (self), g_object_unref);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (pd_repair_intake_dialog_parent_class)->close_request (window);
}

/* }}} */
/* {{{ GObject */

static void
pd_repair_intake_dialog_dispose (GObject *object)
{
  PdRepairIntakeDialog *self = PD_REPAIR_INTAKE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_REPAIR_INTAKE_DIALOG);
  g_clear_object (&self->original);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_repair_intake_dialog_parent_class)->dispose (object);
}

static void
pd_repair_intake_dialog_finalize (GObject *object)
{
  PdRepairIntakeDialog *self = PD_REPAIR_INTAKE_DIALOG (object);

  g_clear_pointer (&self->category_ids, g_array_unref);

  G_OBJECT_CLASS (pd_repair_intake_dialog_parent_class)->finalize (object);
}

static void
pd_repair_intake_dialog_class_init (PdRepairIntakeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pd_repair_intake_dialog_dispose;
  object_class->finalize = pd_repair_intake_dialog_finalize;
  window_class->close_request = pd_repair_intake_dialog_close_request;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (PD_TYPE_UNIT_FINDER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-repair-intake-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PdRepairIntakeDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (channel_row);
  BIND (public_switch);
  BIND (finder);
  BIND (location_row);
  BIND (reporter_row);
  BIND (phone_row);
  BIND (category_row);
  BIND (urgency_row);
  BIND (class_row);
  BIND (source_row);
  BIND (description_view);
  BIND (reported_row);
  BIND (appointment_row);
  BIND (clerk_row);
  BIND (channel_names);
  BIND (category_names);
  BIND (urgency_names);
  BIND (class_names);
  BIND (source_names);
#undef BIND
  for (int i = 0; i < N_FIELDS; i++)
    {
      g_autofree char *row_id = g_strconcat (field_ids[i], "_issue_row", NULL);
      g_autofree char *label_id = g_strconcat (field_ids[i], "_issue_label", NULL);

      if (i != F_PLACE)
        gtk_widget_class_bind_template_child_full (widget_class, row_id, FALSE, 0);
      gtk_widget_class_bind_template_child_full (widget_class, label_id, FALSE, 0);
    }
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, combo_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, public_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_chosen_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_repair_intake_dialog_init (PdRepairIntakeDialog *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const char *channels[] = { pd_repair_channel_to_label (PD_REPAIR_CHANNEL_PHONE),
                             pd_repair_channel_to_label (PD_REPAIR_CHANNEL_VISIT),
                             pd_repair_channel_to_label (PD_REPAIR_CHANNEL_WRITTEN), NULL };
  const char *urgencies[] = { pd_repair_urgency_to_label (PD_REPAIR_URGENCY_URGENT),
                              pd_repair_urgency_to_label (PD_REPAIR_URGENCY_SMALL),
                              pd_repair_urgency_to_label (PD_REPAIR_URGENCY_GENERAL), NULL };
  const char *classes[] = { pd_order_class_to_label (PD_ORDER_CLASS_A),
                            pd_order_class_to_label (PD_ORDER_CLASS_B),
                            pd_order_class_to_label (PD_ORDER_CLASS_PAID), NULL };
  const char *sources[] = { pd_repair_source_to_label (PD_REPAIR_SOURCE_CUSTOMER),
                            pd_repair_source_to_label (PD_REPAIR_SOURCE_PROPERTY_OFFICE),
                            pd_repair_source_to_label (PD_REPAIR_SOURCE_BUSINESS_DEPT), NULL };

  self->loading = TRUE;
  gtk_widget_init_template (widget);

  self->category_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (int i = 0; i < N_FIELDS; i++)
    {
      g_autofree char *row_id = g_strconcat (field_ids[i], "_issue_row", NULL);
      g_autofree char *label_id = g_strconcat (field_ids[i], "_issue_label", NULL);

      self->fields[i].issue_label = GTK_LABEL (
        gtk_widget_get_template_child (widget, PD_TYPE_REPAIR_INTAKE_DIALOG, label_id));
      self->fields[i].issue_row = i == F_PLACE
        ? GTK_WIDGET (self->fields[i].issue_label)
        : GTK_WIDGET (gtk_widget_get_template_child (widget, PD_TYPE_REPAIR_INTAKE_DIALOG,
                                                     row_id));
      g_assert (self->fields[i].issue_row != NULL && self->fields[i].issue_label != NULL);
    }

  fill_strings (self->channel_names, channels);
  fill_strings (self->urgency_names, urgencies);
  fill_strings (self->class_names, classes);
  fill_strings (self->source_names, sources);
  adw_combo_row_set_selected (self->urgency_row, PD_REPAIR_URGENCY_SMALL);
  adw_combo_row_set_selected (self->class_row, PD_ORDER_CLASS_B);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (description_changed_cb), self, 0);
  pd_unit_finder_set_contact_entries (self->finder, GTK_EDITABLE (self->reporter_row),
                                      GTK_EDITABLE (self->phone_row));
  show_place (self);
  self->loading = FALSE;
}

/* }}} */
/* {{{ Public API */

PdRepairIntakeDialog *
pd_repair_intake_dialog_new (PdDatabase *db,
                             PdRepair   *repair)
{
  PdRepairIntakeDialog *self;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (repair == NULL || PD_IS_REPAIR (repair), NULL);

  self = g_object_new (PD_TYPE_REPAIR_INTAKE_DIALOG, NULL);
  self->database = g_object_ref (db);
  pd_unit_finder_set_database (self->finder, db);

  if (repair != NULL)
    {
      self->original = pd_repair_copy (repair);
      self->show_all_issues = TRUE;
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Repair Report"));
      adw_window_title_set_title (self->window_title, _("Edit Repair Report"));
      adw_window_title_set_subtitle (self->window_title, pd_repair_get_serial (repair));
      load_repair (self, repair);
    }
  else
    {
      g_autofree char *now = pd_format_time (g_get_real_time () / G_USEC_PER_SEC);

      self->loading = TRUE;
      fill_categories (self, 0);
      gtk_editable_set_text (GTK_EDITABLE (self->reported_row), now);
      gtk_editable_set_text (GTK_EDITABLE (self->clerk_row), last_clerk ? last_clerk : "");
      self->loading = FALSE;
    }
  validate (self);
  return self;
}

PdRepairIntakeDialog *
pd_repair_intake_dialog_new_from_contact (PdDatabase *db,
                                          gint64      contact_id,
                                          GError    **error)
{
  g_autoptr(PdRepair) repair = NULL;
  PdRepairIntakeDialog *self;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  repair = pd_contact_store_new_repair (db, contact_id, error);
  if (repair == NULL)
    return NULL;
  self = g_object_new (PD_TYPE_REPAIR_INTAKE_DIALOG, NULL);
  self->database = g_object_ref (db);
  pd_unit_finder_set_database (self->finder, db);
  self->contact_id = contact_id;
  self->show_all_issues = TRUE;
  load_repair (self, repair);
  validate (self);
  return self;
}

GtkEditable *
_pd_repair_intake_dialog_get_entry (PdRepairIntakeDialog *self,
                                    const char           *field)
{
  const struct { const char *name; AdwEntryRow *row; } map[] = {
    { "reporter", self->reporter_row }, { "phone", self->phone_row },
    { "location", self->location_row }, { "reported", self->reported_row },
    { "appointment", self->appointment_row }, { "clerk", self->clerk_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i].name, field) == 0)
      return GTK_EDITABLE (map[i].row);
  g_return_val_if_reached (NULL);
}

void
_pd_repair_intake_dialog_set_description (PdRepairIntakeDialog *self,
                                          const char           *text)
{
  pd_text_view_set_text (self->description_view, text);
}

PdUnitFinder *
_pd_repair_intake_dialog_get_finder (PdRepairIntakeDialog *self)
{
  return self->finder;
}

gboolean
_pd_repair_intake_dialog_choose (PdRepairIntakeDialog *self,
                                 const char           *field,
                                 const char           *label)
{
  const struct { const char *name; AdwComboRow *row; } map[] = {
    { "channel", self->channel_row }, { "category", self->category_row },
    { "urgency", self->urgency_row }, { "class", self->class_row },
    { "source", self->source_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i].name, field) == 0)
      {
        int pos = pd_string_list_find (adw_combo_row_get_model (map[i].row), label);

        if (pos >= 0)
          adw_combo_row_set_selected (map[i].row, (guint) pos);
        return pos >= 0;
      }
  return FALSE;
}

void
_pd_repair_intake_dialog_set_public (PdRepairIntakeDialog *self,
                                     gboolean              public_area)
{
  gtk_switch_set_active (self->public_switch, public_area);
}

const char *
_pd_repair_intake_dialog_get_issue (PdRepairIntakeDialog *self,
                                    const char           *field)
{
  for (int i = 0; i < N_FIELDS; i++)
    if (g_strcmp0 (field_ids[i], field) == 0)
      return gtk_widget_get_visible (GTK_WIDGET (self->fields[i].issue_row))
               ? gtk_label_get_text (self->fields[i].issue_label) : NULL;
  g_return_val_if_reached (NULL);
}

gboolean
_pd_repair_intake_dialog_can_save (PdRepairIntakeDialog *self)
{
  return gtk_widget_get_sensitive (self->save_button);
}

gboolean
_pd_repair_dialog_save (GtkWidget *dialog)
{
  GtkWidget *watch = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &watch);
  gtk_widget_activate_action (dialog, "dialog.save", NULL);
  if (watch == NULL)
    return TRUE;
  g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &watch);
  /* Destroyed windows stay alive while referenced; a closed one is no longer visible. */
  return !gtk_widget_get_visible (dialog);
}

/* }}} */
