// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-money.h"
#include "pd-repair-rules.h"
#include "pd-repairs-format.h"
#include "pd-ui-format.h"

char *
pd_repairs_describe_clock (PdRepair            *repair,
                           const PdRepairTimes *times,
                           gint64               now,
                           const char         **out_css,
                           gboolean            *out_overdue)
{
  PdRepairClock clock;
  const PdRepairClockPart *part;
  gboolean overdue;

  if (out_css != NULL)
    *out_css = NULL;
  if (out_overdue != NULL)
    *out_overdue = FALSE;

  pd_repair_compute_clock (repair, times, now, NULL, &clock);
  overdue = pd_repair_clock_is_overdue (&clock);
  if (out_overdue != NULL)
    *out_overdue = overdue;

  if (!pd_repair_state_is_open (pd_repair_get_state (repair)))
    {
      if (!clock.completion.done || clock.completion.due == 0)
        return g_strdup ("");
      if (clock.completion.late && out_css != NULL)
        *out_css = "warning";
      return g_strdup (clock.completion.late ? _("Completed late") : _("Completed on time"));
    }

  part = pd_repair_clock_current (&clock);
  if (part == NULL)
    return g_strdup ("");

  if (out_css != NULL)
    {
      gint64 warn = part == &clock.onsite ? (gint64) times->onsite_minutes * 60 / 4 : 3600;

      if (overdue)
        *out_css = "error";
      else if (part->seconds_left <= warn)
        *out_css = "warning";
    }
  /* A late arrival still leaves the completion clock running: say which one is overdue. */
  if (part == &clock.completion && clock.onsite.overdue)
    return pd_repair_format_time_left (clock.onsite.seconds_left);
  return pd_repair_format_time_left (part->seconds_left);
}

const char *
pd_repairs_state_css (PdRepairState state)
{
  switch (state)
    {
    case PD_REPAIR_STATE_NEW:
      return "state-new";
    case PD_REPAIR_STATE_DISPATCHED:
    case PD_REPAIR_STATE_ACCEPTED:
    case PD_REPAIR_STATE_ON_SITE:
      return "state-working";
    case PD_REPAIR_STATE_COMPLETED:
      return "state-done";
    case PD_REPAIR_STATE_CALLED_BACK:
    case PD_REPAIR_STATE_CANCELLED:
    default:
      return "state-closed";
    }
}

char *
pd_repairs_format_yuan (gint64 fen)
{
  g_autofree char *amount = pd_money_format_grouped (fen);

  return g_strdup_printf ("¥%s", amount);
}

void
pd_repairs_show_error (GtkWidget    *parent,
                       const char   *heading,
                       const GError *error)
{
  if (error->domain == PD_REPAIR_ERROR)
    pd_show_error (parent, _("The Rules Do Not Allow This"), error);
  else
    pd_show_error (parent, heading, error);
}

void
pd_repairs_set_issue (GtkWidget  *issue_row,
                      GtkLabel   *issue_label,
                      const char *text)
{
  gtk_widget_set_visible (issue_row, text != NULL);
  gtk_label_set_text (issue_label, text != NULL ? text : "");
}

GtkWidget *
pd_repairs_add_order_row (GtkWidget *preferences_group,
                          PdRepair  *repair)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *unit = pd_repair_dup_unit_label (repair);
  g_autofree char *title = g_strdup_printf ("%s · %s", pd_repair_get_serial (repair), unit);
  g_autofree char *subtitle = g_strdup_printf ("%s: %s", pd_repair_get_category_name (repair),
                                               pd_repair_get_description (repair));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("applications-engineering-symbolic"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (preferences_group), row);
  return row;
}

/* {{{ Asking for a time and/or a name */

typedef struct
{
  PdRepairsAskFunc func;
  gpointer         user_data;
  GDestroyNotify   destroy;
  GtkEditable     *time_entry;   /* NULL: no time asked */
  GtkEditable     *text_entry;   /* NULL: no text asked */
  GtkLabel        *issue_label;
} Ask;

static void
ask_free (gpointer data)
{
  Ask *ask = data;

  if (ask->destroy != NULL)
    ask->destroy (ask->user_data);
  g_free (ask);
}

static gboolean
ask_read (Ask     *ask,
          gint64  *out_time,
          char   **out_text,
          GError **error)
{
  *out_time = 0;
  *out_text = NULL;
  if (ask->time_entry != NULL
      && !pd_parse_time (gtk_editable_get_text (ask->time_entry), out_time, error))
    return FALSE;
  if (ask->text_entry != NULL)
    {
      *out_text = pd_strdup_trimmed (gtk_editable_get_text (ask->text_entry));
      if (*out_text == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
ask_changed_cb (GtkEditable      *entry,
                AdwMessageDialog *dialog)
{
  Ask *ask = g_object_get_data (G_OBJECT (dialog), "pd-ask");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 t;
  gboolean ok = ask_read (ask, &t, &text, &error);

  adw_message_dialog_set_response_enabled (dialog, "accept", ok);
  gtk_label_set_text (ask->issue_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (ask->issue_label), error != NULL);
}

static void
ask_activate_cb (GtkEntry         *entry,
                 AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "accept"))
    adw_message_dialog_response (dialog, "accept");
}

/* The dialog hides on close (hide-on-close), so that a refused answer can bring the same dialog
 * back with what was typed; a dialog left hidden after its response is destroyed here. A
 * response emitted by code (the dialog still visible) leaves the dialog to that code. */
static void
ask_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 Ask              *ask)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean hidden = !gtk_widget_get_visible (GTK_WIDGET (dialog));
  gint64 t;

  if (g_strcmp0 (response, "accept") == 0 && ask_read (ask, &t, &text, NULL)
      && !ask->func (t, text, ask->user_data, &error) && error != NULL)
    {
      gtk_label_set_text (ask->issue_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (ask->issue_label), TRUE);
      if (hidden)
        gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  if (hidden)
    gtk_window_destroy (GTK_WINDOW (dialog));
}

static GtkEditable *
add_field (GtkBox     *box,
           const char *title,
           const char *initial)
{
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_editable_set_text (GTK_EDITABLE (entry), initial != NULL ? initial : "");
  gtk_box_append (box, label);
  gtk_box_append (box, entry);
  return GTK_EDITABLE (entry);
}

void
pd_repairs_ask (GtkWidget       *parent,
                const char      *heading,
                const char      *body,
                const char      *time_title,
                gint64           initial,
                const char      *text_title,
                const char      *text_initial,
                const char      *accept_label,
                PdRepairsAskFunc func,
                gpointer         user_data,
                GDestroyNotify   destroy)
{
  GtkWindow *window = parent != NULL ? pd_widget_get_window (parent) : NULL;
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading, body));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *issue = gtk_label_new (NULL);
  Ask *ask = g_new0 (Ask, 1);
  GtkWidget *first = NULL;

  g_return_if_fail (func != NULL);
  g_return_if_fail (time_title != NULL || text_title != NULL);

  ask->func = func;
  ask->user_data = user_data;
  ask->destroy = destroy;

  if (time_title != NULL)
    {
      g_autofree char *time_text = pd_format_time (initial != 0 ? initial
                                                   : g_get_real_time () / G_USEC_PER_SEC);
      ask->time_entry = add_field (GTK_BOX (box), time_title, time_text);
      first = GTK_WIDGET (ask->time_entry);
    }
  if (text_title != NULL)
    {
      ask->text_entry = add_field (GTK_BOX (box), text_title, text_initial);
      gtk_entry_set_max_length (GTK_ENTRY (ask->text_entry), 100);
      first = GTK_WIDGET (ask->text_entry);
    }

  gtk_label_set_xalign (GTK_LABEL (issue), 0);
  gtk_label_set_wrap (GTK_LABEL (issue), TRUE);
  gtk_widget_add_css_class (issue, "error");
  gtk_widget_set_visible (issue, FALSE);
  gtk_box_append (GTK_BOX (box), issue);
  ask->issue_label = GTK_LABEL (issue);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "accept", accept_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "accept");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), TRUE);

  g_object_set_data_full (G_OBJECT (dialog), "pd-ask", ask, ask_free);
  if (ask->time_entry != NULL)
    {
      g_signal_connect (ask->time_entry, "changed", G_CALLBACK (ask_changed_cb), dialog);
      g_signal_connect (ask->time_entry, "activate", G_CALLBACK (ask_activate_cb), dialog);
    }
  if (ask->text_entry != NULL)
    {
      g_signal_connect (ask->text_entry, "changed", G_CALLBACK (ask_changed_cb), dialog);
      g_signal_connect (ask->text_entry, "activate", G_CALLBACK (ask_activate_cb), dialog);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (ask_response_cb), ask);
  ask_changed_cb (NULL, dialog);

  gtk_window_present (GTK_WINDOW (dialog));
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

/* }}} */
