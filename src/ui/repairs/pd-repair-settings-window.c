// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-money.h"
#include "pd-repair-settings.h"
#include "pd-repair-settings-private.h"
#include "pd-ui-format.h"

G_DEFINE_FINAL_TYPE (PdRepairSettingsWindow, pd_repair_settings_window,
                     ADW_TYPE_PREFERENCES_WINDOW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define ID_KEY "pd-id"

static void fill_all (PdRepairSettingsWindow *self);

/* {{{ Shared helpers */

typedef struct
{
  PdRepairSettingsWindow *self;
  gint64                  id;
  PdSettingsFieldsFunc    func;
  GPtrArray              *entries;
} AskFields;

static void
ask_fields_free (gpointer data)
{
  AskFields *ask = data;

  g_object_unref (ask->self);
  g_ptr_array_unref (ask->entries);
  g_free (ask);
}

static void
ask_fields_changed_cb (GtkEditable      *entry,
                       AdwMessageDialog *dialog)
{
  AskFields *ask = g_object_get_data (G_OBJECT (dialog), "pd-ask");
  g_autofree char *first = pd_strdup_trimmed (gtk_editable_get_text (
                                                g_ptr_array_index (ask->entries, 0)));

  adw_message_dialog_set_response_enabled (dialog, "accept", first != NULL);
}

static void
ask_fields_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        AskFields        *ask)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

  if (g_strcmp0 (response, "accept") != 0)
    return;
  for (guint i = 0; i < ask->entries->len; i++)
    {
      char *text = pd_strdup_trimmed (gtk_editable_get_text (g_ptr_array_index (ask->entries,
                                                                                i)));
      g_ptr_array_add (values, text != NULL ? text : g_strdup (""));
    }
  g_ptr_array_add (values, NULL);
  ask->func (ask->self, ask->id, (const char * const *) values->pdata);
}

void
_pd_repair_settings_ask_fields (PdRepairSettingsWindow *self,
                                const char             *heading,
                                const char * const     *titles,
                                const char * const     *initial,
                                const char             *accept_label,
                                gint64                  id,
                                PdSettingsFieldsFunc    func)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         heading, NULL));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  AskFields *ask = g_new0 (AskFields, 1);

  ask->self = g_object_ref (self);
  ask->id = id;
  ask->func = func;
  ask->entries = g_ptr_array_new ();
  for (guint i = 0; titles[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (titles[i]);
      GtkWidget *entry = gtk_entry_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      if (initial != NULL && initial[i] != NULL)
        gtk_editable_set_text (GTK_EDITABLE (entry), initial[i]);
      gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), entry);
      g_ptr_array_add (ask->entries, entry);
      if (i == 0)
        g_signal_connect (entry, "changed", G_CALLBACK (ask_fields_changed_cb), dialog);
    }
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "accept", accept_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "accept");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "pd-ask", ask, ask_fields_free);
  g_signal_connect (dialog, "response", G_CALLBACK (ask_fields_response_cb), ask);
  ask_fields_changed_cb (NULL, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (g_ptr_array_index (ask->entries, 0));
}

void
_pd_repair_settings_refused (PdRepairSettingsWindow *self,
                             const char             *heading,
                             const GError           *error)
{
  pd_show_error (GTK_WIDGET (self), heading, error);
  fill_all (self);
}

void
_pd_repair_settings_saved (PdRepairSettingsWindow *self)
{
  fill_all (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

GtkSwitch *
_pd_repair_settings_add_switch (GtkWidget  *row,
                                gboolean    active,
                                const char *tooltip)
{
  GtkWidget *sw = gtk_switch_new ();

  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (sw, tooltip);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  return GTK_SWITCH (sw);
}

GtkWidget *
_pd_repair_settings_add_button (GtkWidget  *row,
                                const char *icon_name,
                                const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

/* }}} */
/* {{{ Deadlines and approval */

static void
fill_times (PdRepairSettingsWindow *self)
{
  PdRepairTimes times;
  gint64 deputy, gm;
  g_autofree char *deputy_text = NULL;
  g_autofree char *gm_text = NULL;

  pd_repair_settings_load_times (self->database, &times);
  pd_repair_settings_load_thresholds (self->database, &deputy, &gm);
  deputy_text = pd_money_format (deputy);
  gm_text = pd_money_format (gm);

  gtk_spin_button_set_value (self->onsite_spin, times.onsite_minutes);
  gtk_spin_button_set_value (self->urgent_spin, times.urgent_hours);
  gtk_spin_button_set_value (self->cutoff_spin, times.small_cutoff_hour);
  gtk_spin_button_set_value (self->general_spin, times.general_days);
  gtk_editable_set_text (GTK_EDITABLE (self->deputy_row), deputy_text);
  gtk_editable_set_text (GTK_EDITABLE (self->gm_row), gm_text);
  gtk_switch_set_active (self->rmb_switch, pd_repair_settings_get_rmb_prefix (self->database));
}

static void
times_changed_cb (PdRepairSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;
  PdRepairTimes times;

  if (self->loading)
    return;
  times.onsite_minutes = gtk_spin_button_get_value_as_int (self->onsite_spin);
  times.urgent_hours = gtk_spin_button_get_value_as_int (self->urgent_spin);
  times.small_cutoff_hour = gtk_spin_button_get_value_as_int (self->cutoff_spin);
  times.general_days = gtk_spin_button_get_value_as_int (self->general_spin);
  if (!pd_repair_settings_save_times (self->database, &times, &error))
    _pd_repair_settings_refused (self, _("The Deadlines Were Not Saved"), error);
  else
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
thresholds_apply_cb (PdRepairSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) parse_error = NULL;
  gint64 deputy, gm;

  if (!pd_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->deputy_row)), &deputy,
                       &parse_error))
    g_set_error (&error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                 _("The deputy chief engineer's threshold: %s"), parse_error->message);
  else if (!pd_money_parse (gtk_editable_get_text (GTK_EDITABLE (self->gm_row)), &gm,
                            &parse_error))
    g_set_error (&error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                 _("The general manager's threshold: %s"), parse_error->message);
  else
    pd_repair_settings_save_thresholds (self->database, deputy, gm, &error);

  if (error != NULL)
    _pd_repair_settings_refused (self, _("The Approval Thresholds Were Not Saved"), error);
  else
    _pd_repair_settings_saved (self);
}

static void
rmb_toggled_cb (PdRepairSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;
  if (!pd_repair_settings_set_rmb_prefix (self->database,
                                          gtk_switch_get_active (self->rmb_switch), &error))
    _pd_repair_settings_refused (self, _("The Setting Was Not Saved"), error);
  else
    g_signal_emit (self, signals[CHANGED], 0);
}

/* }}} */
/* {{{ Categories */

static void
category_onsite_cb (GtkSwitch              *sw,
                    GParamSpec             *pspec,
                    PdRepairSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (sw), ID_KEY));

  if (self->loading)
    return;
  if (!pd_repair_settings_set_category_onsite (self->database, id, gtk_switch_get_active (sw),
                                               &error))
    _pd_repair_settings_refused (self, _("The Category Was Not Changed"), error);
  else
    _pd_repair_settings_saved (self);
}

static void
category_active_cb (GtkSwitch              *sw,
                    GParamSpec             *pspec,
                    PdRepairSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (sw), ID_KEY));

  if (self->loading)
    return;
  if (!pd_repair_settings_set_category_active (self->database, id, gtk_switch_get_active (sw),
                                               &error))
    _pd_repair_settings_refused (self, _("The Category Was Not Changed"), error);
  else
    _pd_repair_settings_saved (self);
}

static void
category_named (PdRepairSettingsWindow *self,
                gint64                  id,
                const char * const     *values)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (id > 0)
    ok = pd_repair_settings_rename_category (self->database, id, values[0], &error);
  else
    ok = pd_repair_settings_add_category (self->database, values[0], FALSE, &error) > 0;
  if (!ok)
    _pd_repair_settings_refused (self, _("The Category Was Not Saved"), error);
  else
    _pd_repair_settings_saved (self);
}

static void
category_rename_clicked_cb (GtkButton              *button,
                            PdRepairSettingsWindow *self)
{
  const char *titles[] = { _("Category Name"), NULL };
  const char *initial[] = { g_object_get_data (G_OBJECT (button), "pd-name"), NULL };

  _pd_repair_settings_ask_fields (self, _("Rename the Category"), titles, initial, _("_Rename"),
                                  GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button),
                                                                       ID_KEY)),
                                  category_named);
}

static void
add_category_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  const char *titles[] = { _("Category Name"), NULL };

  _pd_repair_settings_ask_fields (PD_REPAIR_SETTINGS_WINDOW (widget), _("New Repair Category"),
                                  titles, NULL, _("_Add"), 0, category_named);
}

static void
fill_categories (PdRepairSettingsWindow *self)
{
  g_autoptr(GPtrArray) categories = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->category_rows->len; i++)
    adw_preferences_group_remove (self->categories_group,
                                  g_ptr_array_index (self->category_rows, i));
  g_ptr_array_set_size (self->category_rows, 0);

  categories = pd_repair_settings_list_categories (self->database, TRUE, &error);
  if (categories == NULL)
    {
      adw_preferences_group_set_description (self->categories_group, error->message);
      return;
    }
  for (guint i = 0; i < categories->len; i++)
    {
      PdRepairCategory *c = g_ptr_array_index (categories, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button;
      GtkSwitch *sw;
      g_autofree char *subtitle = NULL;

      if (!c->active)
        subtitle = g_strdup (_("Not in use: no longer offered for new orders"));
      else if (c->onsite_callback)
        subtitle = g_strdup (_("Callbacks on site only"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), c->name);
      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      sw = _pd_repair_settings_add_switch (row, c->onsite_callback,
                                           _("Callbacks on site only (a phone callback is "
                                             "refused)"));
      g_object_set_data (G_OBJECT (sw), ID_KEY, GSIZE_TO_POINTER (c->id));
      g_signal_connect_object (sw, "notify::active", G_CALLBACK (category_onsite_cb), self, 0);
      sw = _pd_repair_settings_add_switch (row, c->active, _("In use for new orders"));
      g_object_set_data (G_OBJECT (sw), ID_KEY, GSIZE_TO_POINTER (c->id));
      g_signal_connect_object (sw, "notify::active", G_CALLBACK (category_active_cb), self, 0);
      button = _pd_repair_settings_add_button (row, "document-edit-symbolic", _("Rename"));
      g_object_set_data (G_OBJECT (button), ID_KEY, GSIZE_TO_POINTER (c->id));
      g_object_set_data_full (G_OBJECT (button), "pd-name", g_strdup (c->name), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (category_rename_clicked_cb), self,
                               0);

      adw_preferences_group_add (self->categories_group, row);
      g_ptr_array_add (self->category_rows, row);
    }
}

/* }}} */

static void
fill_all (PdRepairSettingsWindow *self)
{
  self->loading = TRUE;
  fill_times (self);
  fill_categories (self);
  _pd_repair_settings_fill_staff (self);
  _pd_repair_settings_fill_prices (self);
  self->loading = FALSE;
}

static void
pd_repair_settings_window_dispose (GObject *object)
{
  PdRepairSettingsWindow *self = PD_REPAIR_SETTINGS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PD_TYPE_REPAIR_SETTINGS_WINDOW);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pd_repair_settings_window_parent_class)->dispose (object);
}

static void
pd_repair_settings_window_finalize (GObject *object)
{
  PdRepairSettingsWindow *self = PD_REPAIR_SETTINGS_WINDOW (object);

  g_clear_pointer (&self->category_rows, g_ptr_array_unref);
  g_clear_pointer (&self->staff_widgets, g_ptr_array_unref);
  g_clear_pointer (&self->price_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_repair_settings_window_parent_class)->finalize (object);
}

static void
pd_repair_settings_window_class_init (PdRepairSettingsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pd_repair_settings_window_dispose;
  object_class->finalize = pd_repair_settings_window_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/propertydesk/PropertyDesk/ui/"
                                               "pd-repair-settings-window.ui");
#define BIND(name) \
  gtk_widget_class_bind_template_child (widget_class, PdRepairSettingsWindow, name)
  BIND (onsite_spin);
  BIND (urgent_spin);
  BIND (cutoff_spin);
  BIND (general_spin);
  BIND (deputy_row);
  BIND (gm_row);
  BIND (rmb_switch);
  BIND (categories_group);
  BIND (staff_page);
  BIND (departments_group);
  BIND (prices_group);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, times_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, thresholds_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, rmb_toggled_cb);

  gtk_widget_class_install_action (widget_class, "settings.add-category", NULL,
                                   add_category_action);
  _pd_repair_settings_lists_class_init (widget_class);
}

static void
pd_repair_settings_window_init (PdRepairSettingsWindow *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->category_rows = g_ptr_array_new ();
  self->staff_widgets = g_ptr_array_new ();
  self->price_rows = g_ptr_array_new ();
  self->loading = FALSE;
}

PdRepairSettingsWindow *
pd_repair_settings_window_new (PdDatabase *db)
{
  PdRepairSettingsWindow *self;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  self = g_object_new (PD_TYPE_REPAIR_SETTINGS_WINDOW, NULL);
  self->database = g_object_ref (db);
  fill_all (self);
  return self;
}
