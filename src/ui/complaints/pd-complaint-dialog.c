// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-complaint-dialog.h"
#include "pd-complaint-settings.h"
#include "pd-complaint-store.h"
#include "pd-complaints-format.h"
#include "pd-complaints-private.h"
#include "pd-dialogs.h"
#include "pd-phone.h"
#include "pd-ui-format.h"
#include "pd-unit-finder.h"
#include "pd-widget-util.h"

typedef enum
{
  F_TIME,
  F_COMPLAINANT,
  F_PHONE,
  F_CATEGORY,
  F_CONTENT,
  F_FOUR_CLEAR,
  F_RECORDER,
  N_FIELDS
} Field;

struct _PdComplaintDialog
{
  AdwWindow            parent_instance;

  PdDatabase          *database;
  PdComplaint         *original;       /* the complaint given: stored (edit) or prefilled */
  GPtrArray           *categories;     /* PdComplaintCategory per category_row position - 1 */
  gboolean             touched[N_FIELDS];
  gboolean             show_all_issues;
  gboolean             loading;
  gboolean             may_close;
  GtkLabel            *call_issue;
  GtkLabel            *complainant_issue;
  GtkLabel            *category_issue;
  GtkLabel            *content_issue;
  GtkLabel            *four_clear_issue;
  GtkLabel            *recorder_issue;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  AdwPreferencesGroup *source_group;
  AdwPreferencesGroup *call_group;
  AdwPreferencesGroup *caller_group;
  AdwPreferencesGroup *category_group;
  AdwPreferencesGroup *content_group;
  AdwPreferencesGroup *four_clear_group;
  AdwPreferencesGroup *recorder_group;
  AdwComboRow         *channel_row;
  GtkStringList       *channel_names;
  AdwEntryRow         *time_row;
  PdUnitFinder        *finder;
  AdwEntryRow         *complainant_row;
  AdwEntryRow         *phone_row;
  AdwComboRow         *category_row;
  GtkStringList       *category_names;
  GtkWidget           *serious_row;
  GtkSwitch           *serious_switch;
  GtkTextView         *content_view;
  GtkCheckButton      *heard_check;
  GtkCheckButton      *asked_check;
  GtkCheckButton      *repeated_check;
  GtkCheckButton      *recorded_check;
  AdwEntryRow         *recorder_row;
};

G_DEFINE_FINAL_TYPE (PdComplaintDialog, pd_complaint_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *last_recorder;

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

static gboolean
is_stored (PdComplaintDialog *self)
{
  return self->original != NULL && pd_complaint_get_id (self->original) > 0;
}

static PdComplaintCategory *
selected_category (PdComplaintDialog *self)
{
  guint pos = adw_combo_row_get_selected (self->category_row);

  if (pos == 0 || pos == GTK_INVALID_LIST_POSITION || pos > self->categories->len)
    return NULL;
  return g_ptr_array_index (self->categories, pos - 1);
}

static gboolean
four_clear (PdComplaintDialog *self)
{
  return gtk_check_button_get_active (self->heard_check)
         && gtk_check_button_get_active (self->asked_check)
         && gtk_check_button_get_active (self->repeated_check)
         && gtk_check_button_get_active (self->recorded_check);
}

static void
fill_categories (PdComplaintDialog *self,
                 gint64             select_id)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint select_pos = 0;

  g_ptr_array_set_size (self->categories, 0);
  g_ptr_array_add (names, (gpointer) _("Choose a category"));
  all = pd_complaint_settings_list_categories (self->database, TRUE, &error);
  if (all == NULL)
    pd_show_error (GTK_WIDGET (self), _("Could Not Read the Complaint Categories"), error);
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      PdComplaintCategory *category = g_ptr_array_index (all, i);

      /* A category no longer in use stays only on the complaints that have it. */
      if (!category->active && category->id != select_id)
        continue;
      g_ptr_array_add (names, category->name);
      g_ptr_array_add (self->categories, g_ptr_array_steal_index (all, i--));
      if (category->id == select_id)
        select_pos = self->categories->len;
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->category_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->category_names)),
                          (const char * const *) names->pdata);
  adw_combo_row_set_selected (self->category_row, select_pos);
}

/* {{{ Validation */

static const char *
shown (PdComplaintDialog *self,
       Field              field,
       const char        *issue)
{
  return self->show_all_issues || self->touched[field] ? issue : NULL;
}

static void
show_category_info (PdComplaintDialog *self)
{
  PdComplaintCategory *category = selected_category (self);
  g_autofree char *subtitle = NULL;

  if (category != NULL)
    {
      const char *department = category->department_name != NULL
                               && *category->department_name != '\0'
                                 ? category->department_name : _("chosen at dispatch");

      /* TRANSLATORS: under the category: its handling cycle and default department */
      subtitle = g_strdup_printf (_("Handled within %d hours · %s"), category->cycle_hours,
                                  department);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->category_row),
                               subtitle != NULL ? subtitle : "");
}

static void
validate (PdComplaintDialog *self)
{
  g_autofree char *issues[N_FIELDS] = { NULL };
  g_autofree char *content = pd_text_view_dup_text (self->content_view);
  g_autofree char *name_text = NULL;
  g_autoptr(GError) time_error = NULL;
  const char *phone = text_of (self->phone_row);
  const char *first = NULL;
  const char *a, *b;
  gint64 t;

  if (self->loading)
    return;

  if (!pd_parse_time (text_of (self->time_row), &t, &time_error))
    issues[F_TIME] = g_strdup (time_error->message);
  if (is_blank_text (text_of (self->complainant_row)))
    issues[F_COMPLAINANT] = g_strdup (_("Enter the complainant's name."));
  if (!is_blank_text (phone))
    {
      g_autoptr(GError) error = NULL;

      if (!pd_phone_check (phone, NULL, &error))
        issues[F_PHONE] = g_strdup (error->message);
    }
  if (selected_category (self) == NULL)
    issues[F_CATEGORY] = g_strdup (_("Choose the category of the complaint: it decides the "
                                     "department and the handling deadline."));
  if (content == NULL)
    issues[F_CONTENT] = g_strdup (_("Write down what the occupant complains of."));
  if (!four_clear (self))
    issues[F_FOUR_CLEAR] = g_strdup (_("Confirm all four: heard, asked, repeated back and "
                                       "recorded clearly. A complaint is registered only "
                                       "then."));
  if (is_blank_text (text_of (self->recorder_row)))
    issues[F_RECORDER] = g_strdup (_("Enter who recorded the complaint."));

  pd_complaints_set_issue (self->call_issue, shown (self, F_TIME, issues[F_TIME]));
  a = shown (self, F_COMPLAINANT, issues[F_COMPLAINANT]);
  b = shown (self, F_PHONE, issues[F_PHONE]);
  name_text = a != NULL && b != NULL ? g_strdup_printf ("%s\n%s", a, b)
                                     : g_strdup (a != NULL ? a : b);
  pd_complaints_set_issue (self->complainant_issue, name_text);
  pd_complaints_set_issue (self->category_issue, shown (self, F_CATEGORY, issues[F_CATEGORY]));
  pd_complaints_set_issue (self->content_issue, shown (self, F_CONTENT, issues[F_CONTENT]));
  pd_complaints_set_issue (self->four_clear_issue,
                           shown (self, F_FOUR_CLEAR, issues[F_FOUR_CLEAR]));
  pd_complaints_set_issue (self->recorder_issue, shown (self, F_RECORDER, issues[F_RECORDER]));
  show_category_info (self);

  for (int i = 0; i < N_FIELDS && first == NULL; i++)
    first = issues[i];
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", first == NULL);
  gtk_widget_set_tooltip_text (self->save_button, first);
}

static void
touch (PdComplaintDialog *self,
       Field              field)
{
  if (!self->loading)
    self->touched[field] = TRUE;
  validate (self);
}

/* }}} */
/* {{{ Signal callbacks and actions */

static void
entry_changed_cb (PdComplaintDialog *self,
                  GtkEditable       *row)
{
  const struct { AdwEntryRow *row; Field field; } map[] = {
    { self->time_row, F_TIME }, { self->complainant_row, F_COMPLAINANT },
    { self->phone_row, F_PHONE }, { self->recorder_row, F_RECORDER },
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
category_changed_cb (PdComplaintDialog *self)
{
  touch (self, F_CATEGORY);
}

static void
four_clear_toggled_cb (PdComplaintDialog *self)
{
  touch (self, F_FOUR_CLEAR);
}

static void
content_changed_cb (PdComplaintDialog *self)
{
  touch (self, F_CONTENT);
}

/* The finder has filled the complainant and phone from the occupant picked. */
static void
unit_chosen_cb (PdComplaintDialog *self)
{
  validate (self);
}

static PdComplaint *
form_to_complaint (PdComplaintDialog *self)
{
  PdComplaint *c = self->original != NULL ? pd_complaint_copy (self->original)
                                          : pd_complaint_new ();
  PdComplaintCategory *category = selected_category (self);
  g_autofree char *name = pd_strdup_trimmed (text_of (self->complainant_row));
  g_autofree char *phone = pd_strdup_trimmed (text_of (self->phone_row));
  g_autofree char *recorder = pd_strdup_trimmed (text_of (self->recorder_row));
  g_autofree char *content = pd_text_view_dup_text (self->content_view);
  gint64 t = 0;

  pd_parse_time (text_of (self->time_row), &t, NULL);
  pd_complaint_set_channel (c, adw_combo_row_get_selected (self->channel_row));
  pd_complaint_set_received_at (c, t);
  pd_complaint_set_unit_id (c, pd_unit_finder_get_unit_id (self->finder));
  pd_complaint_set_occupant_id (c, pd_unit_finder_get_occupant_id (self->finder));
  pd_complaint_set_complainant (c, name != NULL ? name : "");
  pd_complaint_set_phone (c, phone != NULL ? phone : "");
  pd_complaint_set_category_id (c, category != NULL ? category->id : 0);
  pd_complaint_set_content (c, content != NULL ? content : "");
  pd_complaint_set_recorder (c, recorder != NULL ? recorder : "");
  pd_complaint_set_heard_clear (c, gtk_check_button_get_active (self->heard_check));
  pd_complaint_set_asked_clear (c, gtk_check_button_get_active (self->asked_check));
  pd_complaint_set_repeated_clear (c, gtk_check_button_get_active (self->repeated_check));
  pd_complaint_set_recorded_clear (c, gtk_check_button_get_active (self->recorded_check));
  if (!is_stored (self))
    pd_complaint_set_serious (c, gtk_switch_get_active (self->serious_switch));
  return c;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdComplaintDialog *self = PD_COMPLAINT_DIALOG (widget);
  g_autoptr(PdComplaint) c = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->show_all_issues = TRUE;
  validate (self);
  if (!gtk_widget_get_sensitive (self->save_button))
    return;

  c = form_to_complaint (self);
  if (is_stored (self))
    ok = pd_complaint_store_update (self->database, c, &error);
  else
    ok = pd_complaint_store_create (self->database, c, &error);
  if (!ok)
    {
      pd_complaints_show_error (widget, _("Could Not Save the Complaint"), error);
      return;
    }

  g_free (last_recorder);
  last_recorder = g_strdup (pd_complaint_get_recorder (c));
  self->may_close = TRUE;
  g_signal_emit (self, signals[SAVED], 0, pd_complaint_get_id (c));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
discard_confirmed (gpointer data)
{
  PdComplaintDialog *self = data;

  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
pd_complaint_dialog_close_request (GtkWindow *window)
{
  PdComplaintDialog *self = PD_COMPLAINT_DIALOG (window);
  gboolean dirty = FALSE;

  for (int i = 0; i < N_FIELDS; i++)
    dirty |= self->touched[i];
  if (dirty && !self->may_close)
    {
      pd_confirm_delete (GTK_WIDGET (self), _("Discard the Complaint?"),
                         _("What was typed in this form has not been saved."), _("_Discard"),
                         discard_confirmed, g_object_ref (self), g_object_unref);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (pd_complaint_dialog_parent_class)->close_request (window);
}

/* }}} */
/* {{{ GObject */

static void
pd_complaint_dialog_dispose (GObject *object)
{
  PdComplaintDialog *self = PD_COMPLAINT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_COMPLAINT_DIALOG);
  g_clear_object (&self->original);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_complaint_dialog_parent_class)->dispose (object);
}

static void
pd_complaint_dialog_finalize (GObject *object)
{
  PdComplaintDialog *self = PD_COMPLAINT_DIALOG (object);

  g_clear_pointer (&self->categories, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_complaint_dialog_parent_class)->finalize (object);
}

static void
pd_complaint_dialog_class_init (PdComplaintDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pd_complaint_dialog_dispose;
  object_class->finalize = pd_complaint_dialog_finalize;
  window_class->close_request = pd_complaint_dialog_close_request;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (PD_TYPE_UNIT_FINDER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-complaint-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PdComplaintDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (source_group);
  BIND (call_group);
  BIND (caller_group);
  BIND (category_group);
  BIND (content_group);
  BIND (four_clear_group);
  BIND (recorder_group);
  BIND (channel_row);
  BIND (channel_names);
  BIND (time_row);
  BIND (finder);
  BIND (complainant_row);
  BIND (phone_row);
  BIND (category_row);
  BIND (category_names);
  BIND (serious_row);
  BIND (serious_switch);
  BIND (content_view);
  BIND (heard_check);
  BIND (asked_check);
  BIND (repeated_check);
  BIND (recorded_check);
  BIND (recorder_row);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, category_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, four_clear_toggled_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_complaint_dialog_init (PdComplaintDialog *self)
{
  const char *channels[] = { pd_contact_channel_to_label (PD_CONTACT_CHANNEL_PHONE),
                             pd_contact_channel_to_label (PD_CONTACT_CHANNEL_VISIT),
                             pd_contact_channel_to_label (PD_CONTACT_CHANNEL_WRITTEN), NULL };

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_complaint_category_free);
  gtk_string_list_splice (self->channel_names, 0, 0, channels);
  pd_unit_finder_set_contact_entries (self->finder, GTK_EDITABLE (self->complainant_row),
                                      GTK_EDITABLE (self->phone_row));
  self->call_issue = pd_complaints_add_issue (self->call_group);
  self->complainant_issue = pd_complaints_add_issue (self->caller_group);
  self->category_issue = pd_complaints_add_issue (self->category_group);
  self->content_issue = pd_complaints_add_issue (self->content_group);
  self->four_clear_issue = pd_complaints_add_issue (self->four_clear_group);
  self->recorder_issue = pd_complaints_add_issue (self->recorder_group);
  g_signal_connect_object (gtk_text_view_get_buffer (self->content_view), "changed",
                           G_CALLBACK (content_changed_cb), self, G_CONNECT_SWAPPED);
  self->loading = FALSE;
}

/* }}} */
/* {{{ Public API */

static void
load (PdComplaintDialog *self,
      PdComplaint       *c)
{
  g_autofree char *unit = pd_complaint_dup_unit_label (c);
  g_autofree char *time = pd_format_time (pd_complaint_get_received_at (c));
  const char *occupant = pd_complaint_get_occupant_name (c);

  adw_combo_row_set_selected (self->channel_row, pd_complaint_get_channel (c));
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  pd_unit_finder_set_unit (self->finder, pd_complaint_get_unit_id (c),
                           pd_complaint_get_occupant_id (c), unit,
                           occupant != NULL && *occupant != '\0' ? occupant : NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->complainant_row),
                         pd_complaint_get_complainant (c));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), pd_complaint_get_phone (c));
  fill_categories (self, pd_complaint_get_category_id (c));
  gtk_switch_set_active (self->serious_switch, pd_complaint_get_serious (c));
  pd_text_view_set_text (self->content_view, pd_complaint_get_content (c));
  gtk_check_button_set_active (self->heard_check, pd_complaint_get_heard_clear (c));
  gtk_check_button_set_active (self->asked_check, pd_complaint_get_asked_clear (c));
  gtk_check_button_set_active (self->repeated_check, pd_complaint_get_repeated_clear (c));
  gtk_check_button_set_active (self->recorded_check, pd_complaint_get_recorded_clear (c));
  gtk_editable_set_text (GTK_EDITABLE (self->recorder_row), pd_complaint_get_recorder (c));
}

PdComplaintDialog *
pd_complaint_dialog_new (PdDatabase  *db,
                         PdComplaint *complaint)
{
  PdComplaintDialog *self;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (complaint == NULL || PD_IS_COMPLAINT (complaint), NULL);

  self = g_object_new (PD_TYPE_COMPLAINT_DIALOG, NULL);
  self->database = g_object_ref (db);
  pd_unit_finder_set_database (self->finder, db);

  self->loading = TRUE;
  if (complaint != NULL)
    {
      self->original = pd_complaint_copy (complaint);
      load (self, complaint);
    }
  else
    {
      g_autofree char *now = pd_format_time (g_get_real_time () / G_USEC_PER_SEC);

      fill_categories (self, 0);
      gtk_editable_set_text (GTK_EDITABLE (self->time_row), now);
    }
  if (is_stored (self))
    {
      self->show_all_issues = TRUE;
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Complaint"));
      adw_window_title_set_title (self->window_title, _("Edit Complaint"));
      adw_window_title_set_subtitle (self->window_title, pd_complaint_get_serial (complaint));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      /* The serious flag has its own step on a stored case. */
      gtk_widget_set_visible (self->serious_row, FALSE);
    }
  else if (complaint != NULL && pd_complaint_get_contact_id (complaint) > 0)
    {
      GtkWidget *row = adw_action_row_new ();
      const char *serial = pd_complaint_get_contact_serial (complaint);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     serial != NULL && *serial != '\0' ? serial : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("The register entry becomes this complaint when it is "
                                     "saved."));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("call-incoming-symbolic"));
      adw_preferences_group_add (self->source_group, row);
      gtk_widget_set_visible (GTK_WIDGET (self->source_group), TRUE);
      adw_window_title_set_subtitle (self->window_title, serial);
    }
  if (is_blank_text (text_of (self->recorder_row)) && last_recorder != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->recorder_row), last_recorder);
  self->loading = FALSE;
  validate (self);
  return self;
}

GtkEditable *
_pd_complaint_dialog_get_entry (PdComplaintDialog *self,
                                const char        *field)
{
  const struct { const char *name; AdwEntryRow *row; } map[] = {
    { "complainant", self->complainant_row }, { "phone", self->phone_row },
    { "time", self->time_row }, { "recorder", self->recorder_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i].name, field) == 0)
      return GTK_EDITABLE (map[i].row);
  g_return_val_if_reached (NULL);
}

void
_pd_complaint_dialog_set_content (PdComplaintDialog *self,
                                  const char        *text)
{
  pd_text_view_set_text (self->content_view, text);
}

gboolean
_pd_complaint_dialog_choose_category (PdComplaintDialog *self,
                                      const char        *name)
{
  for (guint i = 0; i < self->categories->len; i++)
    {
      PdComplaintCategory *category = g_ptr_array_index (self->categories, i);

      if (g_strcmp0 (category->name, name) == 0)
        {
          adw_combo_row_set_selected (self->category_row, i + 1);
          return TRUE;
        }
    }
  return FALSE;
}

void
_pd_complaint_dialog_set_four_clear (PdComplaintDialog *self,
                                     gboolean           heard,
                                     gboolean           asked,
                                     gboolean           repeated,
                                     gboolean           recorded)
{
  gtk_check_button_set_active (self->heard_check, heard);
  gtk_check_button_set_active (self->asked_check, asked);
  gtk_check_button_set_active (self->repeated_check, repeated);
  gtk_check_button_set_active (self->recorded_check, recorded);
}

void
_pd_complaint_dialog_set_serious (PdComplaintDialog *self,
                                  gboolean           serious)
{
  gtk_switch_set_active (self->serious_switch, serious);
}

gboolean
_pd_complaint_dialog_can_save (PdComplaintDialog *self)
{
  return gtk_widget_get_sensitive (self->save_button);
}

/* }}} */
