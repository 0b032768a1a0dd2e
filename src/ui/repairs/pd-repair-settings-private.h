// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-repair-settings-window.h"

G_BEGIN_DECLS

/* Shared by pd-repair-settings-window.c (deadlines, approval, categories) and
 * pd-repair-settings-lists.c (departments and staff, the price list). */
struct _PdRepairSettingsWindow
{
  AdwPreferencesWindow  parent_instance;

  PdDatabase           *database;
  gboolean              loading;
  GPtrArray            *category_rows;
  GPtrArray            *staff_widgets;   /* groups and rows of the staff page */
  GPtrArray            *price_rows;

  /* Template widgets */
  GtkSpinButton        *onsite_spin;
  GtkSpinButton        *urgent_spin;
  GtkSpinButton        *cutoff_spin;
  GtkSpinButton        *general_spin;
  AdwEntryRow          *deputy_row;
  AdwEntryRow          *gm_row;
  GtkSwitch            *rmb_switch;
  AdwPreferencesGroup  *categories_group;
  AdwPreferencesPage   *staff_page;
  AdwPreferencesGroup  *departments_group;
  AdwPreferencesGroup  *prices_group;
};

/* Called with the values typed, in the order of the titles; NULL-terminated. */
typedef void (*PdSettingsFieldsFunc) (PdRepairSettingsWindow *self,
                                      gint64                  id,
                                      const char * const     *values);

/* A message dialog with one entry per title (@initial may be NULL or hold NULLs); @func gets
 * the trimmed values when the first is not blank. */
void  _pd_repair_settings_ask_fields   (PdRepairSettingsWindow *self,
                                        const char             *heading,
                                        const char * const     *titles,
                                        const char * const     *initial,
                                        const char             *accept_label,
                                        gint64                  id,
                                        PdSettingsFieldsFunc    func);
/* Shows @error and re-reads everything (so a refused value goes back). */
void  _pd_repair_settings_refused      (PdRepairSettingsWindow *self,
                                        const char             *heading,
                                        const GError           *error);
/* After a saved change: re-reads the lists and emits "changed". */
void  _pd_repair_settings_saved        (PdRepairSettingsWindow *self);
/* A switch at the end of @row, bound to nothing: the caller connects it. */
GtkSwitch *_pd_repair_settings_add_switch (GtkWidget           *row,
                                           gboolean             active,
                                           const char          *tooltip);
GtkWidget *_pd_repair_settings_add_button (GtkWidget           *row,
                                           const char          *icon_name,
                                           const char          *tooltip);

void  _pd_repair_settings_fill_staff   (PdRepairSettingsWindow *self);
void  _pd_repair_settings_fill_prices  (PdRepairSettingsWindow *self);
void  _pd_repair_settings_lists_class_init (GtkWidgetClass     *widget_class);

G_END_DECLS
