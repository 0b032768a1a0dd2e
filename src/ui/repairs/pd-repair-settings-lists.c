// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-mask.h"
#include "pd-money.h"
#include "pd-repair-settings.h"
#include "pd-repair-settings-private.h"
#include "pd-repairs-format.h"

/* The departments with their staff and teams, and the paid-service price list. Lists are never
 * deleted from (orders refer to them): a switch takes an entry out of use. */

#define ID_KEY   "pd-id"
#define DEPT_KEY "pd-department-id"

static void
set_id (gpointer object,
        gint64   id)
{
  g_object_set_data (G_OBJECT (object), ID_KEY, GSIZE_TO_POINTER (id));
}

static gint64
get_id (gpointer object)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (object), ID_KEY));
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* {{{ Departments */

static void
department_named (PdRepairSettingsWindow *self,
                  gint64                  id,
                  const char * const     *values)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (id > 0)
    ok = pd_repair_settings_rename_department (self->database, id, values[0], &error);
  else
    ok = pd_repair_settings_add_department (self->database, NULL, values[0], &error) > 0;
  if (!ok)
    _pd_repair_settings_refused (self, _("The Department Was Not Saved"), error);
  else
    _pd_repair_settings_saved (self);
}

static void
add_department_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  const char *titles[] = { _("Department Name"), NULL };

  _pd_repair_settings_ask_fields (PD_REPAIR_SETTINGS_WINDOW (widget), _("New Department"),
                                  titles, NULL, _("_Add"), 0, department_named);
}

static void
department_rename_clicked_cb (GtkButton              *button,
                              PdRepairSettingsWindow *self)
{
  const char *titles[] = { _("Department Name"), NULL };
  const char *initial[] = { g_object_get_data (G_OBJECT (button), "pd-name"), NULL };

  _pd_repair_settings_ask_fields (self, _("Rename the Department"), titles, initial,
                                  _("_Rename"), get_id (button), department_named);
}

static void
department_active_cb (GtkSwitch              *sw,
                      GParamSpec             *pspec,
                      PdRepairSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;
  if (!pd_repair_settings_set_department_active (self->database, get_id (sw),
                                                 gtk_switch_get_active (sw), &error))
    _pd_repair_settings_refused (self, _("The Department Was Not Changed"), error);
  else
    _pd_repair_settings_saved (self);
}

/* }}} */
/* {{{ Staff */

static void
staff_entered (PdRepairSettingsWindow *self,
               gint64                  id,
               const char * const     *values)
{
  g_autoptr(GError) error = NULL;
  PdStaff staff = { 0 };
  gboolean ok;

  staff.name = (char *) values[0];
  staff.team = (char *) values[1];
  staff.phone = (char *) values[2];
  staff.active = TRUE;
  if (id > 0)
    {
      g_autoptr(PdStaff) old = pd_repair_settings_get_staff (self->database, id, &error);

      ok = old != NULL;
      if (ok)
        {
          staff.id = id;
          staff.department_id = old->department_id;
          staff.active = old->active;
          ok = pd_repair_settings_update_staff (self->database, &staff, &error);
        }
    }
  else
    {
      /* A new person: the id carries the department, as negative. */
      staff.department_id = -id;
      ok = pd_repair_settings_add_staff (self->database, &staff, &error) > 0;
    }
  if (!ok)
    _pd_repair_settings_refused (self, _("The Staff Member Was Not Saved"), error);
  else
    _pd_repair_settings_saved (self);
}

static const char **
staff_titles (void)
{
  static const char *titles[4];

  titles[0] = _("Name");
  titles[1] = _("Team (e.g. 水电班; may be blank)");
  titles[2] = _("Phone (may be blank)");
  titles[3] = NULL;
  return titles;
}

static void
add_staff_clicked_cb (GtkButton              *button,
                      PdRepairSettingsWindow *self)
{
  gint64 department_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), DEPT_KEY));

  _pd_repair_settings_ask_fields (self, _("New Staff Member"), staff_titles (), NULL, _("_Add"),
                                  -department_id, staff_entered);
}

static void
edit_staff_clicked_cb (GtkButton              *button,
                       PdRepairSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdStaff) staff = pd_repair_settings_get_staff (self->database, get_id (button),
                                                           &error);
  const char *initial[4] = { NULL };

  if (staff == NULL)
    {
      _pd_repair_settings_refused (self, _("Could Not Read the Staff Member"), error);
      return;
    }
  initial[0] = staff->name;
  initial[1] = staff->team;
  initial[2] = staff->phone;
  _pd_repair_settings_ask_fields (self, _("Edit Staff Member"), staff_titles (), initial,
                                  _("_Save"), staff->id, staff_entered);
}

static void
staff_active_cb (GtkSwitch              *sw,
                 GParamSpec             *pspec,
                 PdRepairSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;
  if (!pd_repair_settings_set_staff_active (self->database, get_id (sw),
                                            gtk_switch_get_active (sw), &error))
    _pd_repair_settings_refused (self, _("The Staff Member Was Not Changed"), error);
  else
    _pd_repair_settings_saved (self);
}

static GtkWidget *
department_staff_group (PdRepairSettingsWindow *self,
                        PdDepartment           *department)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), department->name);
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add Person"));
  gtk_button_set_child (GTK_BUTTON (add), content);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (add, department->active);
  g_object_set_data (G_OBJECT (add), DEPT_KEY, GSIZE_TO_POINTER (department->id));
  g_signal_connect_object (add, "clicked", G_CALLBACK (add_staff_clicked_cb), self, 0);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

  staff = pd_repair_settings_list_staff (self->database, department->id, TRUE, &error);
  if (staff == NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), error->message);
  else if (staff->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("No one yet: orders go to the department's team "
                                             "as a whole."));
  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      PdStaff *person = g_ptr_array_index (staff, i);
      g_autofree char *phone = pd_mask_phone (person->phone);
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *button;
      GtkSwitch *sw;

      if (*person->team != '\0' && *phone != '\0')
        subtitle = g_strdup_printf ("%s · %s", person->team, phone);
      else
        subtitle = g_strdup (*person->team != '\0' ? person->team : phone);
      row = new_row (person->name, subtitle);
      sw = _pd_repair_settings_add_switch (row, person->active, _("Available for dispatch"));
      set_id (sw, person->id);
      g_signal_connect_object (sw, "notify::active", G_CALLBACK (staff_active_cb), self, 0);
      button = _pd_repair_settings_add_button (row, "document-edit-symbolic", _("Edit"));
      set_id (button, person->id);
      g_signal_connect_object (button, "clicked", G_CALLBACK (edit_staff_clicked_cb), self, 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

void
_pd_repair_settings_fill_staff (PdRepairSettingsWindow *self)
{
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GError) error = NULL;

  /* The department rows sit in departments_group; each department's staff in a group of its
   * own on the same page. */
  for (guint i = 0; i < self->staff_widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->staff_widgets, i);

      if (ADW_IS_PREFERENCES_GROUP (widget))
        adw_preferences_page_remove (self->staff_page, ADW_PREFERENCES_GROUP (widget));
      else
        adw_preferences_group_remove (self->departments_group, widget);
    }
  g_ptr_array_set_size (self->staff_widgets, 0);

  departments = pd_repair_settings_list_departments (self->database, TRUE, &error);
  if (departments == NULL)
    {
      adw_preferences_group_set_description (self->departments_group, error->message);
      return;
    }
  for (guint i = 0; i < departments->len; i++)
    {
      PdDepartment *d = g_ptr_array_index (departments, i);
      GtkWidget *row = new_row (d->name, d->active ? NULL : _("Not in use"));
      GtkWidget *button;
      GtkSwitch *sw;

      sw = _pd_repair_settings_add_switch (row, d->active, _("Receives dispatched work"));
      set_id (sw, d->id);
      g_signal_connect_object (sw, "notify::active", G_CALLBACK (department_active_cb), self, 0);
      button = _pd_repair_settings_add_button (row, "document-edit-symbolic", _("Rename"));
      set_id (button, d->id);
      g_object_set_data_full (G_OBJECT (button), "pd-name", g_strdup (d->name), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (department_rename_clicked_cb),
                               self, 0);
      adw_preferences_group_add (self->departments_group, row);
      g_ptr_array_add (self->staff_widgets, row);
    }
  for (guint i = 0; i < departments->len; i++)
    {
      GtkWidget *group = department_staff_group (self, g_ptr_array_index (departments, i));

      adw_preferences_page_add (self->staff_page, ADW_PREFERENCES_GROUP (group));
      g_ptr_array_add (self->staff_widgets, group);
    }
}

/* }}} */
/* {{{ Price list */

static const char **
price_titles (void)
{
  static const char *titles[5];

  titles[0] = _("Code");
  titles[1] = _("Item Name");
  titles[2] = _("Unit of Measure (e.g. 个, 米, 次)");
  titles[3] = _("Price (yuan)");
  titles[4] = NULL;
  return titles;
}

static void
price_entered (PdRepairSettingsWindow *self,
               gint64                  id,
               const char * const     *values)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) parse_error = NULL;
  PdPriceItem item = { 0 };
  gboolean ok;

  item.id = id;
  item.code = (char *) values[0];
  item.name = (char *) values[1];
  item.unit = (char *) values[2];
  item.active = TRUE;
  if (!pd_money_parse (values[3], &item.price_fen, &parse_error))
    {
      g_set_error (&error, PD_DB_ERROR, PD_DB_ERROR_INVALID, _("The price of “%s”: %s"),
                   values[1], parse_error->message);
      ok = FALSE;
    }
  else if (id > 0)
    {
      g_autoptr(PdPriceItem) old = pd_repair_settings_get_price_item (self->database, id, &error);

      ok = old != NULL;
      if (ok)
        {
          item.active = old->active;
          ok = pd_repair_settings_update_price_item (self->database, &item, &error);
        }
    }
  else
    ok = pd_repair_settings_add_price_item (self->database, &item, &error) > 0;

  if (!ok)
    _pd_repair_settings_refused (self, _("The Price Item Was Not Saved"), error);
  else
    _pd_repair_settings_saved (self);
}

static void
add_price_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  _pd_repair_settings_ask_fields (PD_REPAIR_SETTINGS_WINDOW (widget), _("New Price Item"),
                                  price_titles (), NULL, _("_Add"), 0, price_entered);
}

static void
edit_price_clicked_cb (GtkButton              *button,
                       PdRepairSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdPriceItem) item = pd_repair_settings_get_price_item (self->database,
                                                                   get_id (button), &error);
  g_autofree char *price = NULL;
  const char *initial[5] = { NULL };

  if (item == NULL)
    {
      _pd_repair_settings_refused (self, _("Could Not Read the Price Item"), error);
      return;
    }
  price = pd_money_format (item->price_fen);
  initial[0] = item->code;
  initial[1] = item->name;
  initial[2] = item->unit;
  initial[3] = price;
  _pd_repair_settings_ask_fields (self, _("Edit Price Item"), price_titles (), initial,
                                  _("_Save"), item->id, price_entered);
}

static void
price_active_cb (GtkSwitch              *sw,
                 GParamSpec             *pspec,
                 PdRepairSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;
  if (!pd_repair_settings_set_price_item_active (self->database, get_id (sw),
                                                 gtk_switch_get_active (sw), &error))
    _pd_repair_settings_refused (self, _("The Price Item Was Not Changed"), error);
  else
    _pd_repair_settings_saved (self);
}

void
_pd_repair_settings_fill_prices (PdRepairSettingsWindow *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->price_rows->len; i++)
    adw_preferences_group_remove (self->prices_group, g_ptr_array_index (self->price_rows, i));
  g_ptr_array_set_size (self->price_rows, 0);

  items = pd_repair_settings_list_price_items (self->database, TRUE, &error);
  if (items == NULL)
    {
      adw_preferences_group_set_description (self->prices_group, error->message);
      return;
    }
  for (guint i = 0; i < items->len; i++)
    {
      PdPriceItem *item = g_ptr_array_index (items, i);
      g_autofree char *price = pd_repairs_format_yuan (item->price_fen);
      g_autofree char *title = g_strdup_printf ("%s  %s", item->code, item->name);
      /* TRANSLATORS: a price per unit of measure, e.g. "¥30.00 / 个" */
      g_autofree char *subtitle = g_strdup_printf (_("%s / %s"), price, item->unit);
      GtkWidget *row = new_row (title, subtitle);
      GtkWidget *button;
      GtkSwitch *sw;

      sw = _pd_repair_settings_add_switch (row, item->active, _("Offered on paid orders"));
      set_id (sw, item->id);
      g_signal_connect_object (sw, "notify::active", G_CALLBACK (price_active_cb), self, 0);
      button = _pd_repair_settings_add_button (row, "document-edit-symbolic", _("Edit"));
      set_id (button, item->id);
      g_signal_connect_object (button, "clicked", G_CALLBACK (edit_price_clicked_cb), self, 0);
      adw_preferences_group_add (self->prices_group, row);
      g_ptr_array_add (self->price_rows, row);
    }
  adw_preferences_group_set_description (self->prices_group,
                                         items->len == 0
                                           ? _("No items yet. Add the items of the office's "
                                               "public price list for paid services.")
                                           : _("Charge lines of paid repairs come from this "
                                               "list; other items are priced by hand and need a "
                                               "supervisor's approval."));
}

/* }}} */

void
_pd_repair_settings_lists_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "settings.add-department", NULL,
                                   add_department_action);
  gtk_widget_class_install_action (widget_class, "settings.add-price", NULL, add_price_action);
}
