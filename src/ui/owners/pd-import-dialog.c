// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-import-ui"
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pd-import-dialog.h"
#include "pd-occupant-import.h"
#include "pd-window.h"

#define PROGRESS_TICK_MS 100

/* Kinds in the order of the combo row. */
static const PdImportKind kinds[] = { PD_IMPORT_OCCUPANTS, PD_IMPORT_UNITS };

typedef enum
{
  STATE_EMPTY,      /* no file yet, or the file could not be used */
  STATE_CHECKING,
  STATE_CHECKED,
  STATE_IMPORTING,
  STATE_DONE,
} State;

struct _PdImportDialog
{
  AdwWindow             parent_instance;

  PdDatabase           *database;
  GtkWindow            *parent;        /* weak */
  GFile                *file;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;   /* of the running job; cancelled when the dialog goes */
  PdImportReport       *report;        /* of the last check */
  State                 state;
  guint                 job_serial;    /* a newer check makes older results stale */
  guint                 tick_id;
  int                   progress;      /* per mille, written by the worker */

  /* Template widgets */
  GtkWidget            *close_button;
  GtkWidget            *import_button;
  AdwComboRow          *kind_row;
  GtkStringList        *kind_names;
  AdwActionRow         *file_row;
  GtkProgressBar       *progress_bar;
  GtkLabel             *message_label;
  GtkWidget            *preview_box;
  GtkLabel             *total_label;
  GtkLabel             *valid_label;
  GtkLabel             *invalid_label;
  GtkLabel             *encoding_label;
  GtkStack             *problems_stack;
  GtkColumnView        *problems_view;
  AdwStatusPage        *clean_page;
  GtkCheckButton       *skip_check;
};

G_DEFINE_FINAL_TYPE (PdImportDialog, pd_import_dialog, ADW_TYPE_WINDOW)

/* What a worker needs; it never touches widgets. */
typedef struct
{
  char         *db_path;
  GFile        *file;
  PdImportKind  kind;
  gboolean      skip_invalid;
  gboolean      dry_run;
  guint         serial;
  int          *progress;   /* the dialog's, which outlives the job (the task holds a ref) */
} Job;

typedef struct
{
  PdImportReport *report;
  GError         *error;    /* set for a refused import, with report */
} JobResult;

static void
job_free (Job *job)
{
  g_free (job->db_path);
  g_clear_object (&job->file);
  g_free (job);
}

static void
job_result_free (JobResult *result)
{
  g_clear_pointer (&result->report, pd_import_report_free);
  g_clear_error (&result->error);
  g_free (result);
}

static PdImportKind
selected_kind (PdImportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->kind_row);

  return i < G_N_ELEMENTS (kinds) ? kinds[i] : PD_IMPORT_OCCUPANTS;
}

static void
show_message (PdImportDialog *self,
              const char     *text,
              gboolean        is_error)
{
  gtk_label_set_text (self->message_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), text != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

static void
update_actions (PdImportDialog *self)
{
  gboolean busy = self->state == STATE_CHECKING || self->state == STATE_IMPORTING;
  gboolean can_import = self->state == STATE_CHECKED && self->report != NULL
                        && self->report->rows_valid > 0
                        && (self->report->problems->len == 0
                            || gtk_check_button_get_active (self->skip_check));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.run", can_import);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file",
                                 !busy && self->state != STATE_DONE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), !busy && self->state != STATE_DONE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->skip_check), self->state == STATE_CHECKED);
  /* An import that has started finishes: it is one transaction, and stopping halfway would only
   * leave the clerk unsure what happened. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "window.close",
                                 self->state != STATE_IMPORTING);
  gtk_widget_set_visible (self->import_button, self->state != STATE_DONE);
  gtk_button_set_label (GTK_BUTTON (self->close_button),
                        self->state == STATE_DONE ? _("_Close") : _("_Cancel"));

  if (self->state == STATE_CHECKED && self->report != NULL && !can_import)
    gtk_widget_set_tooltip_text (self->import_button,
                                 self->report->rows_valid == 0
                                   ? _("The file has no valid rows to import.")
                                   : _("Correct the rows with errors, or choose to skip them."));
  else
    gtk_widget_set_tooltip_text (self->import_button, NULL);
}

static void
set_number (GtkLabel *label,
            guint     value)
{
  g_autofree char *text = g_strdup_printf ("%u", value);

  gtk_label_set_text (label, text);
}

/* Shows a report in the preview: counts, encoding and the problem list. */
static void
show_report (PdImportDialog *self,
             PdImportReport *report)
{
  g_autoptr(GtkStringList) problems = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;

  set_number (self->total_label, report->rows_total);
  set_number (self->valid_label, report->rows_valid);
  set_number (self->invalid_label, report->problems->len);
  gtk_label_set_text (self->encoding_label, report->encoding);
  if (report->problems->len > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->invalid_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->invalid_label), "error");

  /* A plain string list keeps 20,000 problems cheap: "line\x1fmessage", split when bound. */
  for (guint i = 0; i < report->problems->len; i++)
    {
      PdImportProblem *problem = g_ptr_array_index (report->problems, i);
      g_autofree char *item = g_strdup_printf ("%u\x1f%s", problem->line, problem->message);

      gtk_string_list_append (problems, item);
    }
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&problems)));
  gtk_column_view_set_model (self->problems_view, GTK_SELECTION_MODEL (selection));
  gtk_stack_set_visible_child_name (self->problems_stack,
                                    report->problems->len > 0 ? "problems" : "clean");
  gtk_widget_set_visible (self->preview_box, TRUE);
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  PdImportDialog *self = user_data;
  int permille = g_atomic_int_get (&self->progress);

  gtk_progress_bar_set_fraction (self->progress_bar, permille / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
worker_progress_cb (double   fraction,
                    gpointer user_data)
{
  Job *job = user_data;

  g_atomic_int_set (job->progress, (int)(fraction * 1000));
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PdDatabase) db = NULL;
  JobResult *result;

  bytes = g_file_load_bytes (job->file, cancellable, NULL, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* A connection of this thread's own: the window keeps using its connection meanwhile, and
   * SQLite's WAL lets both read while this one writes. */
  db = pd_database_open (job->db_path, &error);
  if (db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  result = g_new0 (JobResult, 1);
  result->report = pd_import_csv (db, job->kind, bytes, job->skip_invalid, job->dry_run,
                                  worker_progress_cb, job, &result->error);
  if (result->report == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&result->error));
      job_result_free (result);
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify)job_result_free);
}

static void job_done_cb (GObject      *source,
                         GAsyncResult *res,
                         gpointer      user_data);

static void
start_job (PdImportDialog *self,
           gboolean        dry_run)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  job = g_new0 (Job, 1);
  job->db_path = g_strdup (pd_database_get_path (self->database));
  job->file = g_object_ref (self->file);
  job->kind = selected_kind (self);
  job->skip_invalid = gtk_check_button_get_active (self->skip_check);
  job->dry_run = dry_run;
  job->serial = ++self->job_serial;
  job->progress = &self->progress;

  self->state = dry_run ? STATE_CHECKING : STATE_IMPORTING;
  g_atomic_int_set (&self->progress, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, dry_run ? _("Checking the rows…")
                                                         : _("Importing…"));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add (PROGRESS_TICK_MS, progress_tick_cb, self);
  show_message (self, NULL, FALSE);
  if (dry_run)
    gtk_widget_set_visible (self->preview_box, FALSE);
  update_actions (self);

  task = g_task_new (self, self->cancellable, job_done_cb, NULL);
  g_task_set_source_tag (task, start_job);
  /* The result comes back even after a cancel: job_done_cb() decides what to do with it. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify)job_free);
  g_task_run_in_thread (task, job_thread);
}

static void
finish_import (PdImportDialog *self,
               JobResult      *result)
{
  PdImportReport *report = result->report;
  g_autoptr(GString) text = NULL;

  show_report (self, report);
  if (result->error != NULL)
    {
      /* The file changed on disk, or someone else added the same occupants meanwhile. */
      self->state = STATE_CHECKED;
      g_clear_pointer (&self->report, pd_import_report_free);
      self->report = g_steal_pointer (&result->report);
      show_message (self, result->error->message, TRUE);
      return;
    }

  self->state = STATE_DONE;
  text = g_string_new (NULL);
  g_string_append_printf (text, ngettext ("%u row was imported.", "%u rows were imported.",
                                          report->rows_imported),
                          report->rows_imported);
  if (report->units_created > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, ngettext ("%u unit was created.", "%u units were created.",
                                              report->units_created),
                              report->units_created);
    }
  if (report->rows_skipped > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, ngettext ("%u row with errors was left out; it is listed "
                                              "below.",
                                              "%u rows with errors were left out; they are "
                                              "listed below.",
                                              report->rows_skipped),
                              report->rows_skipped);
    }
  show_message (self, text->str, FALSE);

  if (self->parent != NULL && PD_IS_WINDOW (self->parent))
    pd_window_notify_data_changed (PD_WINDOW (self->parent));
}

static void
job_done_cb (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  PdImportDialog *self = PD_IMPORT_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (res));
  gboolean dry_run = job->dry_run;
  gboolean stale = g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (res)))
                   || job->serial != self->job_serial;
  g_autoptr(GError) error = NULL;
  JobResult *result = g_task_propagate_pointer (G_TASK (res), &error);

  /* Closed meanwhile, or superseded by a newer check: nothing to show. An import has finished
   * all the same, so the window still learns about the new data. */
  if (stale)
    {
      if (!dry_run && result != NULL && result->error == NULL && self->parent != NULL
          && PD_IS_WINDOW (self->parent))
        pd_window_notify_data_changed (PD_WINDOW (self->parent));
      g_clear_pointer (&result, job_result_free);
      return;
    }

  g_clear_handle_id (&self->tick_id, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);

  if (result == NULL)
    {
      self->state = dry_run ? STATE_EMPTY : STATE_CHECKED;
      if (dry_run)
        g_clear_pointer (&self->report, pd_import_report_free);
      show_message (self, error->message, TRUE);
    }
  else if (dry_run)
    {
      self->state = STATE_CHECKED;
      g_clear_pointer (&self->report, pd_import_report_free);
      self->report = g_steal_pointer (&result->report);
      show_report (self, self->report);
    }
  else
    finish_import (self, result);

  g_clear_pointer (&result, job_result_free);
  update_actions (self);
}

static void
check_file (PdImportDialog *self)
{
  if (self->file != NULL && self->state != STATE_DONE)
    start_job (self, TRUE);
}

static void
kind_changed_cb (PdImportDialog *self)
{
  check_file (self);
}

static void
skip_toggled_cb (PdImportDialog *self)
{
  update_actions (self);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  PdImportDialog *self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  pd_import_dialog_set_file (self, file);
}

static void
add_csv_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_chooser_add_filter (chooser, csv);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_set_filter (chooser, csv);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PdImportDialog *self = PD_IMPORT_DIALOG (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Choose a CSV File"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  add_csv_filters (GTK_FILE_CHOOSER (self->chooser));
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
template_response_cb (GtkNativeDialog *chooser,
                      int              response,
                      gpointer         user_data)
{
  PdImportDialog *self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  bytes = pd_import_template (selected_kind (self));
  if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The template could not be saved: %s"),
                                               error->message);
      show_message (self, text, TRUE);
    }
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *text = NULL;

      if (selected_kind (self) == PD_IMPORT_UNITS)
        text = g_strdup_printf (_("The template was saved as “%s”. Fill in one row per unit, "
                                  "save it as CSV and choose it here."),
                                name);
      else
        text = g_strdup_printf (_("The template was saved as “%s”. Fill in one row per owner "
                                  "or tenant, save it as CSV and choose it here."),
                                name);
      show_message (self, text, FALSE);
    }
}

static void
save_template_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PdImportDialog *self = PD_IMPORT_DIALOG (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Save the Template"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser),
                                     selected_kind (self) == PD_IMPORT_UNITS
                                       ? _("units-template.csv")
                                       : _("occupants-template.csv"));
  g_signal_connect (self->chooser, "response", G_CALLBACK (template_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PdImportDialog *self = PD_IMPORT_DIALOG (widget);

  if (self->state == STATE_CHECKED && self->file != NULL)
    start_job (self, FALSE);
}

static void
line_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
reason_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
problem_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  gboolean reason = GPOINTER_TO_INT (user_data);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));
  const char *sep = strchr (text, '\x1f');
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));

  if (sep == NULL)
    gtk_label_set_text (label, reason ? text : "");
  else if (reason)
    gtk_label_set_text (label, sep + 1);
  else
    {
      g_autofree char *line = g_strndup (text, sep - text);
      gtk_label_set_text (label, line);
    }
}

static void
add_column (PdImportDialog *self,
            const char     *title,
            gboolean        reason)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup",
                    reason ? G_CALLBACK (reason_setup_cb) : G_CALLBACK (line_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (problem_bind_cb), GINT_TO_POINTER (reason));
  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_expand (column, reason);
  if (!reason)
    gtk_column_view_column_set_fixed_width (column, 64);
  gtk_column_view_append_column (self->problems_view, column);
}

static gboolean
pd_import_dialog_close_request (GtkWindow *window)
{
  PdImportDialog *self = PD_IMPORT_DIALOG (window);

  /* Escape and the window manager wait for a running import, as the Cancel button does. */
  if (self->state == STATE_IMPORTING)
    return TRUE;
  return GTK_WINDOW_CLASS (pd_import_dialog_parent_class)->close_request (window);
}

static void
pd_import_dialog_dispose (GObject *object)
{
  PdImportDialog *self = PD_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (pd_import_dialog_parent_class)->dispose (object);
}

static void
pd_import_dialog_finalize (GObject *object)
{
  PdImportDialog *self = PD_IMPORT_DIALOG (object);

  if (self->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->parent), (gpointer *)&self->parent);
  g_clear_object (&self->database);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->report, pd_import_report_free);

  G_OBJECT_CLASS (pd_import_dialog_parent_class)->finalize (object);
}

static void
pd_import_dialog_class_init (PdImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pd_import_dialog_dispose;
  object_class->finalize = pd_import_dialog_finalize;
  window_class->close_request = pd_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, kind_names);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, preview_box);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, total_label);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, valid_label);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, invalid_label);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, encoding_label);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, problems_stack);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, problems_view);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, clean_page);
  gtk_widget_class_bind_template_child (widget_class, PdImportDialog, skip_check);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, skip_toggled_cb);

  gtk_widget_class_install_action (widget_class, "import.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "import.save-template", NULL,
                                   save_template_action);
}

static void
pd_import_dialog_init (PdImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Same order as kinds[]. */
  gtk_string_list_append (self->kind_names, _("Occupants (owners and tenants)"));
  gtk_string_list_append (self->kind_names, _("Units only"));
  add_column (self, _("Line"), FALSE);
  add_column (self, _("Problem"), TRUE);
  update_actions (self);
}

PdImportDialog *
pd_import_dialog_new (GtkWindow  *parent,
                      PdDatabase *db)
{
  PdImportDialog *self;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  self = g_object_new (PD_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (db);
  self->parent = parent;
  if (parent != NULL)
    g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *)&self->parent);
  return self;
}

void
pd_import_dialog_set_file (PdImportDialog *self,
                           GFile          *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (PD_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  name = g_file_get_basename (file);
  adw_action_row_set_subtitle (self->file_row, name);
  check_file (self);
}

void
pd_import_dialog_present (GtkWindow  *parent,
                          PdDatabase *db)
{
  PdImportDialog *self = pd_import_dialog_new (parent, db);

  gtk_window_present (GTK_WINDOW (self));
}
