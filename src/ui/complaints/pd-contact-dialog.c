// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-complaints-format.h"
#include "pd-complaints-private.h"
#include "pd-contact-dialog.h"
#include "pd-contact-store.h"
#include "pd-dialogs.h"
#include "pd-phone.h"
#include "pd-ui-format.h"
#include "pd-unit-finder.h"
#include "pd-widget-util.h"

typedef enum
{
  F_TIME,
  F_CALLER,
  F_PHONE,
  F_CONTENT,
  F_RECORDER,
  N_FIELDS
} Field;

struct _PdContactDialog
{
  AdwWindow            parent_instance;

  PdDatabase          *database;
  PdContact           *original;         /* NULL when registering a new entry */
  gboolean             touched[N_FIELDS];
  gboolean             show_all_issues;
  gboolean             loading;
  gboolean             may_close;
  GtkLabel            *call_issue;
  GtkLabel            *caller_issue;
  GtkLabel            *content_issue;
  GtkLabel            *recorder_issue;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *save_button;
  AdwPreferencesGroup *call_group;
  AdwPreferencesGroup *caller_group;
  AdwPreferencesGroup *content_group;
  AdwPreferencesGroup *recorder_group;
  AdwComboRow         *channel_row;
  GtkStringList       *channel_names;
  AdwEntryRow         *time_row;
  PdUnitFinder        *finder;
  AdwEntryRow         *caller_row;
  AdwEntryRow         *phone_row;
  GtkTextView         *content_view;
  AdwEntryRow         *recorder_row;
};

G_DEFINE_FINAL_TYPE (PdContactDialog, pd_contact_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The clerk at the desk rarely changes between two calls. */
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

/* {{{ Validation */

static const char *
shown (PdContactDialog *self,
       Field            field,
       const char      *issue)
{
  return self->show_all_issues || self->touched[field] ? issue : NULL;
}

static char *
join_issues (const char *a,
             const char *b)
{
  if (a != NULL && b != NULL)
    return g_strdup_printf ("%s\n%s", a, b);
  return g_strdup (a != NULL ? a : b);
}

static void
validate (PdContactDialog *self)
{
  g_autofree char *issues[N_FIELDS] = { NULL };
  g_autofree char *content = pd_text_view_dup_text (self->content_view);
  g_autofree char *caller_text = NULL;
  g_autoptr(GError) time_error = NULL;
  const char *phone = text_of (self->phone_row);
  const char *first = NULL;
  gint64 t;

  if (self->loading)
    return;

  if (!pd_parse_time (text_of (self->time_row), &t, &time_error))
    issues[F_TIME] = g_strdup (time_error->message);
  if (is_blank_text (text_of (self->caller_row)))
    issues[F_CALLER] = g_strdup (_("Enter who called or came, as they gave their name."));
  if (!is_blank_text (phone))
    {
      g_autoptr(GError) error = NULL;

      if (!pd_phone_check (phone, NULL, &error))
        issues[F_PHONE] = g_strdup (error->message);
    }
  if (content == NULL)
    issues[F_CONTENT] = g_strdup (_("Write down what was said."));
  if (is_blank_text (text_of (self->recorder_row)))
    issues[F_RECORDER] = g_strdup (_("Enter who recorded the entry."));

  pd_complaints_set_issue (self->call_issue, shown (self, F_TIME, issues[F_TIME]));
  caller_text = join_issues (shown (self, F_CALLER, issues[F_CALLER]),
                             shown (self, F_PHONE, issues[F_PHONE]));
  pd_complaints_set_issue (self->caller_issue, caller_text);
  pd_complaints_set_issue (self->content_issue, shown (self, F_CONTENT, issues[F_CONTENT]));
  pd_complaints_set_issue (self->recorder_issue, shown (self, F_RECORDER, issues[F_RECORDER]));

  for (int i = 0; i < N_FIELDS && first == NULL; i++)
    first = issues[i];
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", first == NULL);
  gtk_widget_set_tooltip_text (self->save_button, first);
}

static void
touch (PdContactDialog *self,
       Field            field)
{
  if (!self->loading)
    self->touched[field] = TRUE;
  validate (self);
}

/* }}} */
/* {{{ Signal callbacks and actions */

static void
entry_changed_cb (PdContactDialog *self,
                  GtkEditable     *row)
{
  const struct { AdwEntryRow *row; Field field; } map[] = {
    { self->time_row, F_TIME }, { self->caller_row, F_CALLER },
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
content_changed_cb (PdContactDialog *self)
{
  touch (self, F_CONTENT);
}

/* The finder has filled the caller and phone from the occupant picked. */
static void
unit_chosen_cb (PdContactDialog *self)
{
  validate (self);
}

static PdContact *
form_to_contact (PdContactDialog *self)
{
  PdContact *c = self->original != NULL ? pd_contact_copy (self->original) : pd_contact_new ();
  g_autofree char *caller = pd_strdup_trimmed (text_of (self->caller_row));
  g_autofree char *phone = pd_strdup_trimmed (text_of (self->phone_row));
  g_autofree char *recorder = pd_strdup_trimmed (text_of (self->recorder_row));
  g_autofree char *content = pd_text_view_dup_text (self->content_view);
  gint64 t = 0;

  pd_parse_time (text_of (self->time_row), &t, NULL);
  pd_contact_set_channel (c, adw_combo_row_get_selected (self->channel_row));
  pd_contact_set_received_at (c, t);
  pd_contact_set_unit_id (c, pd_unit_finder_get_unit_id (self->finder));
  pd_contact_set_occupant_id (c, pd_unit_finder_get_occupant_id (self->finder));
  pd_contact_set_caller (c, caller != NULL ? caller : "");
  pd_contact_set_phone (c, phone != NULL ? phone : "");
  pd_contact_set_content (c, content != NULL ? content : "");
  pd_contact_set_recorder (c, recorder != NULL ? recorder : "");
  return c;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PdContactDialog *self = PD_CONTACT_DIALOG (widget);
  g_autoptr(PdContact) c = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  self->show_all_issues = TRUE;
  validate (self);
  if (!gtk_widget_get_sensitive (self->save_button))
    return;

  c = form_to_contact (self);
  if (self->original != NULL)
    ok = pd_contact_store_update (self->database, c, &error);
  else
    ok = pd_contact_store_create (self->database, c, &error);
  if (!ok)
    {
      /* The form stays as typed, so the clerk can retry once the cause is fixed. */
      pd_complaints_show_error (widget, _("Could Not Save the Register Entry"), error);
      return;
    }

  g_free (last_recorder);
  last_recorder = g_strdup (pd_contact_get_recorder (c));
  self->may_close = TRUE;
  g_signal_emit (self, signals[SAVED], 0, pd_contact_get_id (c));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
discard_confirmed (gpointer data)
{
  PdContactDialog *self = data;

  self->may_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
pd_contact_dialog_close_request (GtkWindow *window)
{
  PdContactDialog *self = PD_CONTACT_DIALOG (window);
  gboolean dirty = FALSE;

  for (int i = 0; i < N_FIELDS; i++)
    dirty |= self->touched[i];
  if (dirty && !self->may_close)
    {
      pd_confirm_delete (GTK_WIDGET (self), _("Discard the Entry?"),
                         _("What was typed in this form has not been saved."), _("_Discard"),
                         discard_confirmed, g_object_ref (self), g_object_unref);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (pd_contact_dialog_parent_class)->close_request (window);
}

/* }}} */
/* {{{ GObject */

static void
pd_contact_dialog_dispose (GObject *object)
{
  PdContactDialog *self = PD_CONTACT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_CONTACT_DIALOG);
  g_clear_object (&self->original);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_contact_dialog_parent_class)->dispose (object);
}

static void
pd_contact_dialog_class_init (PdContactDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pd_contact_dialog_dispose;
  window_class->close_request = pd_contact_dialog_close_request;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (PD_TYPE_UNIT_FINDER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-contact-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, PdContactDialog, name)
  BIND (window_title);
  BIND (save_button);
  BIND (call_group);
  BIND (caller_group);
  BIND (content_group);
  BIND (recorder_group);
  BIND (channel_row);
  BIND (channel_names);
  BIND (time_row);
  BIND (finder);
  BIND (caller_row);
  BIND (phone_row);
  BIND (content_view);
  BIND (recorder_row);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_chosen_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pd_contact_dialog_init (PdContactDialog *self)
{
  const char *channels[] = { pd_contact_channel_to_label (PD_CONTACT_CHANNEL_PHONE),
                             pd_contact_channel_to_label (PD_CONTACT_CHANNEL_VISIT),
                             pd_contact_channel_to_label (PD_CONTACT_CHANNEL_WRITTEN), NULL };

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_splice (self->channel_names, 0, 0, channels);
  pd_unit_finder_set_contact_entries (self->finder, GTK_EDITABLE (self->caller_row),
                                      GTK_EDITABLE (self->phone_row));
  self->call_issue = pd_complaints_add_issue (self->call_group);
  self->caller_issue = pd_complaints_add_issue (self->caller_group);
  self->content_issue = pd_complaints_add_issue (self->content_group);
  self->recorder_issue = pd_complaints_add_issue (self->recorder_group);
  g_signal_connect_object (gtk_text_view_get_buffer (self->content_view), "changed",
                           G_CALLBACK (content_changed_cb), self, G_CONNECT_SWAPPED);
  self->loading = FALSE;
}

/* }}} */
/* {{{ Public API */

PdContactDialog *
pd_contact_dialog_new (PdDatabase *db,
                       PdContact  *contact)
{
  PdContactDialog *self;
  g_autofree char *time = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (contact == NULL || PD_IS_CONTACT (contact), NULL);

  self = g_object_new (PD_TYPE_CONTACT_DIALOG, NULL);
  self->database = g_object_ref (db);
  pd_unit_finder_set_database (self->finder, db);

  self->loading = TRUE;
  if (contact != NULL)
    {
      g_autofree char *unit = pd_contact_dup_unit_label (contact);
      const char *occupant = pd_contact_get_occupant_name (contact);

      self->original = pd_contact_copy (contact);
      self->show_all_issues = TRUE;
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Register Entry"));
      adw_window_title_set_title (self->window_title, _("Edit Register Entry"));
      adw_window_title_set_subtitle (self->window_title, pd_contact_get_serial (contact));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      time = pd_format_time (pd_contact_get_received_at (contact));
      adw_combo_row_set_selected (self->channel_row, pd_contact_get_channel (contact));
      pd_unit_finder_set_unit (self->finder, pd_contact_get_unit_id (contact),
                               pd_contact_get_occupant_id (contact), unit,
                               occupant != NULL && *occupant != '\0' ? occupant : NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->caller_row), pd_contact_get_caller (contact));
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row), pd_contact_get_phone (contact));
      pd_text_view_set_text (self->content_view, pd_contact_get_content (contact));
      gtk_editable_set_text (GTK_EDITABLE (self->recorder_row),
                             pd_contact_get_recorder (contact));
    }
  else
    {
      time = pd_format_time (g_get_real_time () / G_USEC_PER_SEC);
      gtk_editable_set_text (GTK_EDITABLE (self->recorder_row),
                             last_recorder != NULL ? last_recorder : "");
    }
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  self->loading = FALSE;
  validate (self);
  return self;
}

GtkEditable *
_pd_contact_dialog_get_entry (PdContactDialog *self,
                              const char      *field)
{
  const struct { const char *name; AdwEntryRow *row; } map[] = {
    { "caller", self->caller_row }, { "phone", self->phone_row },
    { "time", self->time_row }, { "recorder", self->recorder_row },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_strcmp0 (map[i].name, field) == 0)
      return GTK_EDITABLE (map[i].row);
  g_return_val_if_reached (NULL);
}

void
_pd_contact_dialog_set_content (PdContactDialog *self,
                                const char      *text)
{
  pd_text_view_set_text (self->content_view, text);
}

void
_pd_contact_dialog_set_channel (PdContactDialog  *self,
                                PdContactChannel  channel)
{
  adw_combo_row_set_selected (self->channel_row, channel);
}

PdUnitFinder *
_pd_contact_dialog_get_finder (PdContactDialog *self)
{
  return self->finder;
}

/* }}} */
