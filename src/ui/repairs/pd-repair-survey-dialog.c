// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-repair-survey-dialog.h"
#include "pd-repairs-format.h"
#include "pd-survey-store.h"
#include "pd-ui-format.h"
#include "pd-widget-util.h"

#define THUMB_SIZE 48

struct _PdRepairSurveyDialog
{
  AdwWindow             parent_instance;

  PdDatabase           *database;
  PdRepair             *repair;
  PdSurvey             *survey;       /* as stored, or new (id 0) */
  GPtrArray            *new_photos;   /* paths chosen, copied on save */
  GPtrArray            *photo_rows;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkWidget            *save_button;
  AdwPreferencesGroup  *order_group;
  AdwPreferencesGroup  *photos_group;
  AdwEntryRow          *contact_row;
  AdwEntryRow          *time_row;
  GtkWidget            *time_issue_row;
  GtkLabel             *time_issue_label;
  GtkTextView          *situation_view;
  GtkTextView          *opinion_cs_view;
  GtkTextView          *opinion_engineering_view;
  GtkTextView          *opinion_office_view;
  GtkTextView          *opinion_contractor_view;
  GtkTextView          *opinion_customer_view;
};

G_DEFINE_FINAL_TYPE (PdRepairSurveyDialog, pd_repair_survey_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void fill_photos (PdRepairSurveyDialog *self);

static gboolean
validate (PdRepairSurveyDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 t;

  pd_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &t, &error);
  pd_repairs_set_issue (self->time_issue_row, self->time_issue_label,
                        error != NULL ? error->message : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", error == NULL);
  return error == NULL;
}

static void
entry_changed_cb (PdRepairSurveyDialog *self)
{
  validate (self);
}

/* {{{ Photos */

static GtkWidget *
photo_row (PdRepairSurveyDialog *self,
           const char           *path,
           const char           *title,
           const char           *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *picture = gtk_picture_new_for_filename (path);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_COVER);
  gtk_widget_set_size_request (picture, THUMB_SIZE, THUMB_SIZE);
  gtk_widget_set_margin_top (picture, 6);
  gtk_widget_set_margin_bottom (picture, 6);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), picture);
  adw_preferences_group_add (self->photos_group, row);
  g_ptr_array_add (self->photo_rows, row);
  return row;
}

static void
remove_new_clicked_cb (GtkButton            *button,
                       PdRepairSurveyDialog *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "pd-path");

  for (guint i = 0; i < self->new_photos->len; i++)
    if (g_ptr_array_index (self->new_photos, i) == path)
      {
        g_ptr_array_remove_index (self->new_photos, i);
        break;
      }
  fill_photos (self);
}

static void
remove_stored_clicked_cb (GtkButton            *button,
                          PdRepairSurveyDialog *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "pd-photo-id"));

  if (!pd_survey_store_remove_photo (self->database, self->survey, id, &error))
    pd_show_error (GTK_WIDGET (self), _("The Photo Was Not Removed"), error);
  fill_photos (self);
}

static GtkWidget *
remove_button (PdRepairSurveyDialog *self,
               GCallback             callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove this photo"));
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

static void
fill_photos (PdRepairSurveyDialog *self)
{
  for (guint i = 0; i < self->photo_rows->len; i++)
    adw_preferences_group_remove (self->photos_group, g_ptr_array_index (self->photo_rows, i));
  g_ptr_array_set_size (self->photo_rows, 0);

  for (guint i = 0; self->survey->photos != NULL && i < self->survey->photos->len; i++)
    {
      PdSurveyPhoto *photo = g_ptr_array_index (self->survey->photos, i);
      g_autofree char *path = pd_survey_store_photo_path (self->database, self->survey, photo);
      GtkWidget *row = photo_row (self, path, photo->file_name,
                                  photo->caption != NULL ? photo->caption : "");
      GtkWidget *button = remove_button (self, G_CALLBACK (remove_stored_clicked_cb));

      g_object_set_data (G_OBJECT (button), "pd-photo-id", GSIZE_TO_POINTER (photo->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  for (guint i = 0; i < self->new_photos->len; i++)
    {
      const char *path = g_ptr_array_index (self->new_photos, i);
      g_autofree char *name = g_path_get_basename (path);
      GtkWidget *row = photo_row (self, path, name, _("Copied when the survey is saved"));
      GtkWidget *button = remove_button (self, G_CALLBACK (remove_new_clicked_cb));

      g_object_set_data (G_OBJECT (button), "pd-path", (gpointer) path);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  adw_preferences_group_set_description (self->photos_group,
                                         self->photo_rows->len == 0 ? _("No photos yet.") : NULL);
}

static void
chooser_response_cb (GtkNativeDialog      *chooser,
                     int                   response,
                     PdRepairSurveyDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          char *path = g_file_get_path (file);

          if (path != NULL)
            g_ptr_array_add (self->new_photos, path);
        }
      fill_photos (self);
    }
  g_clear_object (&self->chooser);
}

static void
add_photo_clicked_cb (PdRepairSurveyDialog *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *pictures = g_get_user_special_dir (G_USER_DIRECTORY_PICTURES);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Add Site Photos"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"),
                                               _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Images"));
  gtk_file_filter_add_pixbuf_formats (filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (pictures != NULL && g_file_test (pictures, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (pictures);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* }}} */

static void
replace (char      **field,
         GtkTextView *view)
{
  g_free (*field);
  *field = pd_text_view_dup_text (view);
  if (*field == NULL)
    *field = g_strdup ("");
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdRepairSurveyDialog *self = PD_REPAIR_SURVEY_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  g_autofree char *contact = NULL;
  gint64 t;

  if (!validate (self))
    return;
  pd_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)), &t, NULL);
  contact = pd_strdup_trimmed (gtk_editable_get_text (GTK_EDITABLE (self->contact_row)));
  g_free (self->survey->contact);
  self->survey->contact = contact != NULL ? g_steal_pointer (&contact) : g_strdup ("");
  replace (&self->survey->situation, self->situation_view);
  replace (&self->survey->opinion_cs, self->opinion_cs_view);
  replace (&self->survey->opinion_engineering, self->opinion_engineering_view);
  replace (&self->survey->opinion_office, self->opinion_office_view);
  replace (&self->survey->opinion_contractor, self->opinion_contractor_view);
  replace (&self->survey->opinion_customer, self->opinion_customer_view);
  self->survey->surveyed_at = t;

  for (guint i = 0; i < self->new_photos->len; i++)
    g_ptr_array_add (paths, g_ptr_array_index (self->new_photos, i));
  g_ptr_array_add (paths, NULL);

  if (!pd_survey_store_save (self->database, self->survey, (const char * const *) paths->pdata,
                             &error))
    {
      pd_show_error (widget, _("The Site Survey Was Not Saved"), error);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, pd_repair_get_id (self->repair));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pd_repair_survey_dialog_dispose (GObject *object)
{
  PdRepairSurveyDialog *self = PD_REPAIR_SURVEY_DIALOG (object);

  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_REPAIR_SURVEY_DIALOG);
  g_clear_object (&self->repair);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_repair_survey_dialog_parent_class)->dispose (object);
}

static void
pd_repair_survey_dialog_finalize (GObject *object)
{
  PdRepairSurveyDialog *self = PD_REPAIR_SURVEY_DIALOG (object);

  g_clear_pointer (&self->survey, pd_survey_free);
  g_clear_pointer (&self->new_photos, g_ptr_array_unref);
  g_clear_pointer (&self->photo_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_repair_survey_dialog_parent_class)->finalize (object);
}

static void
pd_repair_survey_dialog_class_init (PdRepairSurveyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_repair_survey_dialog_dispose;
  object_class->finalize = pd_repair_survey_dialog_finalize;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-repair-survey-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PdRepairSurveyDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (order_group);
  BIND (photos_group);
  BIND (contact_row);
  BIND (time_row);
  BIND (time_issue_row);
  BIND (time_issue_label);
  BIND (situation_view);
  BIND (opinion_cs_view);
  BIND (opinion_engineering_view);
  BIND (opinion_office_view);
  BIND (opinion_contractor_view);
  BIND (opinion_customer_view);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_photo_clicked_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_repair_survey_dialog_init (PdRepairSurveyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->new_photos = g_ptr_array_new_with_free_func (g_free);
  self->photo_rows = g_ptr_array_new ();
}

PdRepairSurveyDialog *
pd_repair_survey_dialog_new (PdDatabase *db,
                             PdRepair   *repair)
{
  PdRepairSurveyDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (PD_IS_REPAIR (repair), NULL);

  self = g_object_new (PD_TYPE_REPAIR_SURVEY_DIALOG, NULL);
  self->database = g_object_ref (db);
  self->repair = g_object_ref (repair);
  pd_repairs_add_order_row (GTK_WIDGET (self->order_group), repair);

  self->survey = pd_survey_store_get_for_repair (db, pd_repair_get_id (repair), &error);
  if (error != NULL)
    pd_show_error (GTK_WIDGET (self), _("Could Not Read the Site Survey"), error);
  if (self->survey == NULL)
    {
      self->survey = pd_survey_new ();
      self->survey->repair_id = pd_repair_get_id (repair);
      self->survey->surveyed_at = g_get_real_time () / G_USEC_PER_SEC;
      self->survey->contact = g_strdup (pd_repair_get_reporter_phone (repair));
      adw_window_title_set_subtitle (self->window_title, pd_repair_get_serial (repair));
    }
  else
    {
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", self->survey->serial,
                                                   pd_repair_get_serial (repair));
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }

  when = pd_format_time (self->survey->surveyed_at);
  gtk_editable_set_text (GTK_EDITABLE (self->contact_row),
                         self->survey->contact != NULL ? self->survey->contact : "");
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), when);
  pd_text_view_set_text (self->situation_view, self->survey->situation);
  pd_text_view_set_text (self->opinion_cs_view, self->survey->opinion_cs);
  pd_text_view_set_text (self->opinion_engineering_view, self->survey->opinion_engineering);
  pd_text_view_set_text (self->opinion_office_view, self->survey->opinion_office);
  pd_text_view_set_text (self->opinion_contractor_view, self->survey->opinion_contractor);
  pd_text_view_set_text (self->opinion_customer_view, self->survey->opinion_customer);
  fill_photos (self);
  validate (self);
  return self;
}
