// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-ui"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-date-row.h"
#include "pd-date.h"

typedef struct
{
  AdwEntryRow *row;       /* unowned: the row owns the button that owns this */
  GtkPopover  *popover;
  GtkCalendar *calendar;
  gulong       day_selected_id;
  int          shown_year;
  int          shown_month;
} DateRow;

static void
calendar_remember_month (DateRow *dr)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (dr->calendar);

  dr->shown_year = g_date_time_get_year (date);
  dr->shown_month = g_date_time_get_month (date);
}

static void
popover_show_cb (GtkPopover *popover,
                 DateRow    *dr)
{
  GDate parsed;
  g_autoptr(GDateTime) date = NULL;

  if (pd_date_parse (gtk_editable_get_text (GTK_EDITABLE (dr->row)), &parsed, NULL))
    date = g_date_time_new_local (g_date_get_year (&parsed), g_date_get_month (&parsed),
                                  g_date_get_day (&parsed), 0, 0, 0);
  else
    date = g_date_time_new_now_local ();

  g_signal_handler_block (dr->calendar, dr->day_selected_id);
  gtk_calendar_select_day (dr->calendar, date);
  g_signal_handler_unblock (dr->calendar, dr->day_selected_id);
  calendar_remember_month (dr);
}

static void
day_selected_cb (GtkCalendar *calendar,
                 DateRow     *dr)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");
  gboolean same_month = g_date_time_get_year (date) == dr->shown_year
                        && g_date_time_get_month (date) == dr->shown_month;

  gtk_editable_set_text (GTK_EDITABLE (dr->row), iso);
  calendar_remember_month (dr);
  /* Paging through months also selects a day; only a click on a day of the month shown
   * closes the calendar. */
  if (same_month)
    gtk_popover_popdown (dr->popover);
}

void
pd_date_row_setup (AdwEntryRow *row)
{
  DateRow *dr = g_new0 (DateRow, 1);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  dr->row = row;
  dr->popover = GTK_POPOVER (popover);
  dr->calendar = GTK_CALENDAR (calendar);

  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Choose a date"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  adw_entry_row_add_suffix (row, button);

  g_object_set_data_full (G_OBJECT (button), "pd-date-row", dr, g_free);
  g_signal_connect (popover, "show", G_CALLBACK (popover_show_cb), dr);
  dr->day_selected_id = g_signal_connect (calendar, "day-selected",
                                          G_CALLBACK (day_selected_cb), dr);
}
