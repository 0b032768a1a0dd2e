// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-complaint-rules.h"
#include "pd-complaint-settings.h"
#include "pd-complaints-format.h"
#include "pd-complaints-private.h"
#include "pd-dialogs.h"
#include "pd-mask.h"
#include "pd-repair-deadline.h"
#include "pd-repair-settings.h"

/* Less than this much of a running handling or callback clock left turns it amber. */
#define WARN_SECONDS (6 * 3600)

char *
pd_complaints_describe_feedback (PdComplaint            *complaint,
                                 const PdComplaintTimes *times,
                                 gint64                  now,
                                 const char            **out_css)
{
  PdComplaintClock clock;
  const PdRepairClockPart *part = &clock.feedback;

  if (out_css != NULL)
    *out_css = NULL;
  pd_complaint_compute_clock (complaint, times, now, &clock);
  if (part->due == 0)
    return g_strdup ("");
  if (part->done)
    {
      if (part->late && out_css != NULL)
        *out_css = "warning";
      return g_strdup (part->late ? _("Fed back late") : _("Fed back"));
    }
  if (out_css != NULL)
    {
      if (part->overdue)
        *out_css = "error";
      else if (part->seconds_left <= (gint64) times->feedback_hours * 3600 / 4)
        *out_css = "warning";
    }
  return pd_repair_format_time_left (part->seconds_left);
}

char *
pd_complaints_describe_deadline (PdComplaint            *complaint,
                                 const PdComplaintTimes *times,
                                 gint64                  now,
                                 const char            **out_css)
{
  PdComplaintClock clock;

  if (out_css != NULL)
    *out_css = NULL;
  pd_complaint_compute_clock (complaint, times, now, &clock);

  if (clock.handling.due != 0 && !clock.handling.done)
    {
      if (out_css != NULL)
        *out_css = clock.handling.overdue ? "error"
                   : clock.handling.seconds_left <= WARN_SECONDS ? "warning" : NULL;
      return pd_repair_format_time_left (clock.handling.seconds_left);
    }
  if (clock.callback.due != 0 && !clock.callback.done)
    {
      g_autofree char *left = pd_repair_format_time_left (clock.callback.seconds_left);

      if (out_css != NULL)
        *out_css = clock.callback.overdue ? "error"
                   : clock.callback.seconds_left <= WARN_SECONDS ? "warning" : NULL;
      /* TRANSLATORS: the callback clock in the deadline column, e.g. "回访 剩余 3 小时" */
      return g_strdup_printf (_("Callback %s"), left);
    }
  if (clock.handling.due != 0 && clock.handling.done)
    {
      if (clock.handling.late && out_css != NULL)
        *out_css = "warning";
      return g_strdup (clock.handling.late ? _("Handled late") : _("Handled on time"));
    }
  return g_strdup ("");
}

gboolean
pd_complaints_is_overdue (PdComplaint            *complaint,
                          const PdComplaintTimes *times,
                          gint64                  now)
{
  PdComplaintClock clock;

  pd_complaint_compute_clock (complaint, times, now, &clock);
  return pd_complaint_clock_is_overdue (&clock);
}

const char *
pd_complaints_state_text (PdComplaint *complaint)
{
  if (pd_complaint_get_in_manager_queue (complaint))
    return _("Awaiting Manager");
  /* Judged valid, the case stays registered until dispatched; the pill says it moved on. */
  if (pd_complaint_get_state (complaint) == PD_COMPLAINT_STATE_REGISTERED
      && pd_complaint_get_valid (complaint) == PD_COMPLAINT_VALIDITY_VALID)
    return _("Valid · Awaiting Dispatch");
  return pd_complaint_get_state_label (complaint);
}

const char *
pd_complaints_state_css (PdComplaint *complaint)
{
  if (pd_complaint_get_in_manager_queue (complaint))
    return "state-alert";
  switch (pd_complaint_get_state (complaint))
    {
    case PD_COMPLAINT_STATE_REGISTERED:
      return "state-new";
    case PD_COMPLAINT_STATE_DISPATCHED:
      return "state-working";
    case PD_COMPLAINT_STATE_HANDLED:
    case PD_COMPLAINT_STATE_CALLED_BACK:
      return "state-done";
    case PD_COMPLAINT_STATE_INVALID:
    case PD_COMPLAINT_STATE_SIGNED_OFF:
    case PD_COMPLAINT_STATE_ARCHIVED:
    default:
      return "state-closed";
    }
}

const char *
pd_contacts_outcome_css (PdContactOutcome outcome)
{
  switch (outcome)
    {
    case PD_CONTACT_OUTCOME_PENDING:
      return "state-new";
    case PD_CONTACT_OUTCOME_COMPLAINT:
      return "state-working";
    case PD_CONTACT_OUTCOME_REPAIR:
      return "state-done";
    case PD_CONTACT_OUTCOME_INQUIRY:
    default:
      return "state-closed";
    }
}

void
pd_complaints_show_error (GtkWidget    *parent,
                          const char   *heading,
                          const GError *error)
{
  if (error->domain == PD_COMPLAINT_ERROR)
    pd_show_error (parent, _("The Rules Do Not Allow This"), error);
  else
    pd_show_error (parent, heading, error);
}

GtkLabel *
pd_complaints_add_issue (AdwPreferencesGroup *group)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "field-issue");
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  adw_preferences_group_add (group, label);
  return GTK_LABEL (label);
}

void
pd_complaints_set_issue (GtkLabel   *issue,
                         const char *text)
{
  gtk_label_set_text (issue, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (issue), text != NULL);
}

void
pd_complaints_fill_periods (GtkStringList *names,
                            GArray        *periods,
                            gint64         now)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (now);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  PdComplaintsPeriod p = { 0, 0 };
  int year = g_date_time_get_year (dt);
  int month = g_date_time_get_month (dt);
  gint64 today = pd_local_day_start (now, NULL);

  g_array_set_size (periods, 0);
  g_ptr_array_add (labels, g_strdup (_("All Time")));
  g_array_append_val (periods, p);

  p.from = today;
  p.to = pd_local_next_midnight (now, NULL);
  g_ptr_array_add (labels, g_strdup (_("Today")));
  g_array_append_val (periods, p);

  /* Six local days back from today's start: a week that includes today. */
  p.from = pd_local_day_start (today - 6 * 86400 + 43200, NULL);
  g_ptr_array_add (labels, g_strdup (_("Last 7 Days")));
  g_array_append_val (periods, p);

  for (int i = 0; i < 12; i++)
    {
      pd_local_month_bounds (year, month, NULL, &p.from, &p.to);
      /* TRANSLATORS: a month in the period filter, e.g. "2026-03" */
      g_ptr_array_add (labels, g_strdup_printf (_("%d-%02d"), year, month));
      g_array_append_val (periods, p);
      if (--month == 0)
        {
          month = 12;
          year--;
        }
    }
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (names, 0, g_list_model_get_n_items (G_LIST_MODEL (names)),
                          (const char * const *) labels->pdata);
}

gint64
pd_complaints_dropdown_id (GtkDropDown *dropdown,
                           GArray      *ids)
{
  guint pos = gtk_drop_down_get_selected (dropdown);

  return pos < ids->len ? g_array_index (ids, gint64, pos) : 0;
}

gboolean
pd_complaints_fill_id_dropdown (GtkDropDown   *dropdown,
                                GtkStringList *names,
                                GArray        *ids,
                                PdDatabase    *db,
                                gboolean       categories,
                                GError       **error)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) rows = NULL;
  gint64 keep = pd_complaints_dropdown_id (dropdown, ids);
  guint keep_pos = 0;

  g_array_set_size (ids, 0);
  g_array_append_val (ids, (gint64) { 0 });
  g_ptr_array_add (labels, g_strdup (categories ? _("All Categories") : _("All Departments")));
  if (db != NULL)
    rows = categories ? pd_complaint_settings_list_categories (db, TRUE, error)
                      : pd_repair_settings_list_departments (db, TRUE, error);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      gint64 id;
      const char *name;
      gboolean active;

      if (categories)
        {
          PdComplaintCategory *category = g_ptr_array_index (rows, i);

          id = category->id, name = category->name, active = category->active;
        }
      else
        {
          PdDepartment *department = g_ptr_array_index (rows, i);

          id = department->id, name = department->name, active = department->active;
        }
      g_ptr_array_add (labels, active ? g_strdup (name)
                                      : g_strdup_printf (_("%s (not in use)"), name));
      g_array_append_val (ids, id);
      if (id == keep)
        keep_pos = ids->len - 1;
    }
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (names, 0, g_list_model_get_n_items (G_LIST_MODEL (names)),
                          (const char * const *) labels->pdata);
  gtk_drop_down_set_selected (dropdown, keep_pos);
  return db == NULL || rows != NULL;
}

static GtkWidget *
add_subject_row (AdwPreferencesGroup *group,
                 const char          *title,
                 const char          *subtitle,
                 const char          *icon)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  adw_preferences_group_add (group, row);
  return row;
}

GtkWidget *
pd_complaints_add_case_row (AdwPreferencesGroup *group,
                            PdComplaint         *complaint)
{
  g_autofree char *unit = pd_complaint_dup_unit_label (complaint);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  title = g_strdup_printf ("%s · %s%s%s", pd_complaint_get_serial (complaint),
                           pd_complaint_get_complainant (complaint),
                           *unit != '\0' ? " · " : "", unit);
  subtitle = g_strdup_printf ("%s: %s", pd_complaint_get_category_name (complaint),
                              pd_complaint_get_content (complaint));
  return add_subject_row (group, title, subtitle, "mail-mark-important-symbolic");
}

GtkWidget *
pd_contacts_add_entry_row (AdwPreferencesGroup *group,
                           PdContact           *contact)
{
  g_autofree char *unit = pd_contact_dup_unit_label (contact);
  g_autofree char *title = NULL;

  title = g_strdup_printf ("%s · %s%s%s", pd_contact_get_serial (contact),
                           pd_contact_get_caller (contact), *unit != '\0' ? " · " : "", unit);
  return add_subject_row (group, title, pd_contact_get_content (contact),
                          "call-incoming-symbolic");
}

gboolean
_pd_complaints_dialog_save (GtkWidget *dialog)
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

#define PHONE_KEY "pd-phone"
#define LABEL_KEY "pd-phone-label"

static void
phone_reveal_toggled_cb (GtkToggleButton *button)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (button), LABEL_KEY);
  const char *phone = g_object_get_data (G_OBJECT (button), PHONE_KEY);
  gboolean shown = gtk_toggle_button_get_active (button);
  g_autofree char *masked = pd_mask_phone (phone);

  gtk_label_set_text (label, shown ? phone : masked);
  gtk_button_set_label (GTK_BUTTON (button), shown ? _("Hide") : _("Show"));
}

void
pd_complaints_mask_phone_label (GtkLabel   *label,
                                const char *phone)
{
  GtkWidget *row;
  GtkWidget *button;

  g_return_if_fail (GTK_IS_LABEL (label));

  row = gtk_widget_get_ancestor (GTK_WIDGET (label), ADW_TYPE_ACTION_ROW);
  if (phone == NULL || *phone == '\0' || row == NULL)
    return;
  button = gtk_toggle_button_new ();
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Show the full phone numbers"));
  /* The label lives in the same row as the button, so it outlives the button's use of it. */
  g_object_set_data (G_OBJECT (button), LABEL_KEY, label);
  g_object_set_data_full (G_OBJECT (button), PHONE_KEY, g_strdup (phone), g_free);
  g_signal_connect (button, "toggled", G_CALLBACK (phone_reveal_toggled_cb), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  phone_reveal_toggled_cb (GTK_TOGGLE_BUTTON (button));
}
