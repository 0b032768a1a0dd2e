// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-complaint-dialog.h"
#include "pd-complaint-forms-ui.h"
#include "pd-complaint-store.h"
#include "pd-complaints-page.h"
#include "pd-complaints-private.h"
#include "pd-contact-dialog.h"
#include "pd-contact-store.h"
#include "pd-contacts-view.h"
#include "pd-dialogs.h"
#include "pd-window.h"

struct _PdComplaintsPage
{
  AdwBin            parent_instance;

  PdDatabase       *database;

  /* Template widgets */
  GtkStack         *view_stack;
  GtkLabel         *manager_count_label;
  PdContactsView   *contacts_view;
  PdComplaintsView *complaints_view;
};

G_DEFINE_FINAL_TYPE (PdComplaintsPage, pd_complaints_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_OVERDUE_COUNT,
  PROP_MANAGER_COUNT,
  PROP_HAS_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_manager_button (PdComplaintsPage *self)
{
  gint64 count = pd_complaints_view_get_manager_count (self->complaints_view);
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, count);

  gtk_label_set_text (self->manager_count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->manager_count_label), count > 0);
}

/* {{{ Signal callbacks */

static void
counts_changed_cb (PdComplaintsPage *self,
                   GParamSpec       *pspec)
{
  update_manager_button (self);
  if (g_str_equal (pspec->name, "overdue-count"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE_COUNT]);
  else
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MANAGER_COUNT]);
}

static void
complaints_selection_cb (PdComplaintsPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SELECTION]);
}

static void
view_changed_cb (PdComplaintsPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SELECTION]);
}

static void
data_changed (PdComplaintsPage *self,
              const char       *message)
{
  PdWindow *window = pd_window_from_widget (GTK_WIDGET (self));

  if (window != NULL)
    {
      pd_window_notify_data_changed (window);
      if (message != NULL)
        pd_window_show_toast (window, message);
    }
  else
    pd_complaints_page_reload (self);
}

static void
contact_saved_cb (GtkWidget        *dialog,
                  gint64            contact_id,
                  PdComplaintsPage *self)
{
  g_autoptr(PdContact) contact = pd_contact_store_get (self->database, contact_id, NULL);
  g_autofree char *message = NULL;

  if (contact != NULL)
    message = g_strdup_printf (_("Entry %s registered: decide what it becomes"),
                               pd_contact_get_serial (contact));
  data_changed (self, message);
  pd_complaints_page_show_contact (self, contact_id);
}

static void
complaint_saved_cb (GtkWidget        *dialog,
                    gint64            complaint_id,
                    PdComplaintsPage *self)
{
  g_autoptr(PdComplaint) complaint = pd_complaint_store_get (self->database, complaint_id,
                                                             NULL);
  g_autofree char *message = NULL;

  if (complaint != NULL)
    message = g_strdup_printf (_("Complaint %s registered"), pd_complaint_get_serial (complaint));
  data_changed (self, message);
  pd_complaints_page_show_complaint (self, complaint_id);
}

/* }}} */
/* {{{ Actions */

static void
new_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  pd_complaints_page_new_contact (PD_COMPLAINTS_PAGE (widget));
}

static void
new_complaint_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PdComplaintsPage *self = PD_COMPLAINTS_PAGE (widget);
  PdComplaintDialog *dialog;

  if (self->database == NULL)
    return;
  dialog = pd_complaint_dialog_new (self->database, NULL);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), pd_widget_get_window (widget));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (complaint_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
manager_queue_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  pd_complaints_page_show_view (PD_COMPLAINTS_PAGE (widget), "manager");
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PdComplaintsPage *self = PD_COMPLAINTS_PAGE (widget);
  PdComplaintForm form;

  if (self->database == NULL)
    return;
  if (g_str_equal (action_name, "complaints.export-register"))
    form = PD_COMPLAINT_FORM_REGISTER;
  else if (g_str_equal (action_name, "complaints.export-contacts"))
    form = PD_COMPLAINT_FORM_CONTACTS;
  else if (g_str_equal (action_name, "complaints.export-week"))
    form = PD_COMPLAINT_FORM_WEEK;
  else
    form = PD_COMPLAINT_FORM_MONTH;
  pd_complaint_forms_export_run (pd_widget_get_window (widget), self->database, form);
}

/* }}} */
/* {{{ GObject */

static void
pd_complaints_page_dispose (GObject *object)
{
  PdComplaintsPage *self = PD_COMPLAINTS_PAGE (object);

  /* The template's root is the bin's child: AdwBin would unparent it once more. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_COMPLAINTS_PAGE);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_complaints_page_parent_class)->dispose (object);
}

static void
pd_complaints_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PdComplaintsPage *self = PD_COMPLAINTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_OVERDUE_COUNT:
      g_value_set_int64 (value, pd_complaints_page_get_overdue_count (self));
      break;
    case PROP_MANAGER_COUNT:
      g_value_set_int64 (value, pd_complaints_page_get_manager_count (self));
      break;
    case PROP_HAS_SELECTION:
      g_value_set_boolean (value, pd_complaints_page_get_has_selection (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_complaints_page_class_init (PdComplaintsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const char *exports[] = { "complaints.export-register", "complaints.export-contacts",
                            "complaints.export-week", "complaints.export-month" };

  object_class->dispose = pd_complaints_page_dispose;
  object_class->get_property = pd_complaints_page_get_property;

  properties[PROP_OVERDUE_COUNT] =
    g_param_spec_int64 ("overdue-count", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MANAGER_COUNT] =
    g_param_spec_int64 ("manager-count", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_SELECTION] =
    g_param_spec_boolean ("has-selection", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PD_TYPE_CONTACTS_VIEW);
  g_type_ensure (PD_TYPE_COMPLAINTS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-complaints-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PdComplaintsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PdComplaintsPage, manager_count_label);
  gtk_widget_class_bind_template_child (widget_class, PdComplaintsPage, contacts_view);
  gtk_widget_class_bind_template_child (widget_class, PdComplaintsPage, complaints_view);
  gtk_widget_class_bind_template_callback (widget_class, counts_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);

  gtk_widget_class_install_action (widget_class, "complaints.new-contact", NULL,
                                   new_contact_action);
  gtk_widget_class_install_action (widget_class, "complaints.new-complaint", NULL,
                                   new_complaint_action);
  gtk_widget_class_install_action (widget_class, "complaints.manager-queue", NULL,
                                   manager_queue_action);
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    gtk_widget_class_install_action (widget_class, exports[i], NULL, export_action);
}

static void
pd_complaints_page_init (PdComplaintsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->complaints_view, "notify::has-selection",
                           G_CALLBACK (complaints_selection_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.new-contact", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.new-complaint", FALSE);
}

/* }}} */
/* {{{ Public API */

void
pd_complaints_page_set_database (PdComplaintsPage *self,
                                 PdDatabase       *db)
{
  g_return_if_fail (PD_IS_COMPLAINTS_PAGE (self));
  g_return_if_fail (db == NULL || PD_IS_DATABASE (db));

  if (!g_set_object (&self->database, db))
    return;
  /* Complaint callbacks go through the shared callback subsystem. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.new-contact", db != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "complaints.new-complaint", db != NULL);
  pd_contacts_view_set_database (self->contacts_view, db);
  pd_complaints_view_set_database (self->complaints_view, db);
  update_manager_button (self);
}

void
pd_complaints_page_reload (PdComplaintsPage *self)
{
  g_return_if_fail (PD_IS_COMPLAINTS_PAGE (self));

  pd_contacts_view_reload (self->contacts_view);
  pd_complaints_view_reload (self->complaints_view);
  update_manager_button (self);
}

void
pd_complaints_page_focus_search (PdComplaintsPage *self)
{
  g_return_if_fail (PD_IS_COMPLAINTS_PAGE (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "complaints") == 0)
    pd_complaints_view_focus_search (self->complaints_view);
  else
    pd_contacts_view_focus_search (self->contacts_view);
}

void
pd_complaints_page_new_contact (PdComplaintsPage *self)
{
  PdContactDialog *dialog;

  g_return_if_fail (PD_IS_COMPLAINTS_PAGE (self));

  if (self->database == NULL)
    return;
  dialog = pd_contact_dialog_new (self->database, NULL);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), pd_widget_get_window (GTK_WIDGET (self)));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (contact_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
pd_complaints_page_show_view (PdComplaintsPage *self,
                              const char       *view)
{
  g_return_if_fail (PD_IS_COMPLAINTS_PAGE (self));

  if (g_strcmp0 (view, "manager") == 0)
    {
      gtk_stack_set_visible_child_name (self->view_stack, "complaints");
      pd_complaints_view_set_filter (self->complaints_view, PD_COMPLAINT_FILTER_MANAGER_QUEUE);
    }
  else
    gtk_stack_set_visible_child_name (self->view_stack,
                                      g_strcmp0 (view, "complaints") == 0 ? "complaints"
                                                                          : "register");
}

void
pd_complaints_page_show_complaint (PdComplaintsPage *self,
                                   gint64            complaint_id)
{
  g_return_if_fail (PD_IS_COMPLAINTS_PAGE (self));

  gtk_stack_set_visible_child_name (self->view_stack, "complaints");
  pd_complaints_view_select_complaint (self->complaints_view, complaint_id);
}

void
pd_complaints_page_show_contact (PdComplaintsPage *self,
                                 gint64            contact_id)
{
  g_return_if_fail (PD_IS_COMPLAINTS_PAGE (self));

  gtk_stack_set_visible_child_name (self->view_stack, "register");
  pd_contacts_view_select_contact (self->contacts_view, contact_id);
}

void
pd_complaints_page_activate_step (PdComplaintsPage *self,
                                  const char       *step)
{
  g_return_if_fail (PD_IS_COMPLAINTS_PAGE (self));

  pd_complaints_view_activate_step (self->complaints_view, step);
}

gint64
pd_complaints_page_get_overdue_count (PdComplaintsPage *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINTS_PAGE (self), 0);

  return pd_complaints_view_get_overdue_count (self->complaints_view);
}

gint64
pd_complaints_page_get_manager_count (PdComplaintsPage *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINTS_PAGE (self), 0);

  return pd_complaints_view_get_manager_count (self->complaints_view);
}

gboolean
pd_complaints_page_get_has_selection (PdComplaintsPage *self)
{
  g_return_val_if_fail (PD_IS_COMPLAINTS_PAGE (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "complaints") == 0
         && pd_complaints_view_get_selected_id (self->complaints_view) != 0;
}

void
pd_complaints_page_set_now_func (PdComplaintsPage   *self,
                                 PdComplaintsNowFunc func,
                                 gpointer            user_data,
                                 GDestroyNotify      destroy)
{
  g_return_if_fail (PD_IS_COMPLAINTS_PAGE (self));

  pd_complaints_view_set_now_func (self->complaints_view, func, user_data, destroy);
}

void
pd_complaints_page_tick (PdComplaintsPage *self)
{
  g_return_if_fail (PD_IS_COMPLAINTS_PAGE (self));

  pd_complaints_view_tick (self->complaints_view);
}

PdContactsView *
_pd_complaints_page_get_contacts_view (PdComplaintsPage *self)
{
  return self->contacts_view;
}

PdComplaintsView *
_pd_complaints_page_get_complaints_view (PdComplaintsPage *self)
{
  return self->complaints_view;
}

/* }}} */
