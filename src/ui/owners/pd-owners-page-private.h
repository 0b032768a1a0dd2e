// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-column-sort.h"
#include "pd-occupant-detail.h"
#include "pd-occupant-list.h"
#include "pd-owners-page.h"

G_BEGIN_DECLS

/* Shared by pd-owners-page.c (search, filters, the table) and pd-owners-page-actions.c (what
 * is done to the occupant selected). */
struct _PdOwnersPage
{
  AdwBin               parent_instance;

  PdDatabase          *database;
  PdOccupantList      *list;
  GtkSingleSelection  *selection;
  GArray              *building_ids;   /* gint64 per building_dropdown position; 0 = all */
  char                *search_text;
  PdOccupantSort       sort;
  gboolean             descending;
  gint64               selected_id;
  guint                query_serial;
  gboolean             has_occupants;
  gboolean             filling_filters;
  gboolean             requerying;

  PdColumnSort        *column_sort;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkDropDown         *building_dropdown;
  GtkDropDown         *role_dropdown;
  GtkDropDown         *status_dropdown;
  GtkStringList       *building_names;
  GtkStringList       *role_names;
  GtkStringList       *status_names;
  GtkLabel            *count_label;
  GtkStack            *content_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *building_column;
  GtkColumnViewColumn *unit_column;
  GtkColumnViewColumn *area_column;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *role_column;
  GtkColumnViewColumn *phone_column;
  GtkColumnViewColumn *move_in_column;
  GtkColumnViewColumn *status_column;
  PdOccupantDetail    *detail;
};

/* The building the filter shows, 0 for all (a new occupant starts in it). */
gint64       _pd_owners_page_selected_building_id (PdOwnersPage *self);

/* Installs the "owners.edit", "owners.delete", "owners.move-in" and "owners.move-out" actions. */
void         _pd_owners_page_class_add_actions  (GtkWidgetClass *widget_class);
/* Enables the actions for the occupant selected (and "owners.clear-filters" while filtered). */
void         _pd_owners_page_actions_update     (PdOwnersPage *self);
PdOccupant  *_pd_owners_page_dup_selected       (PdOwnersPage *self);
/* The occupant editor on @occupant, or on a new occupant when NULL. */
void         _pd_owners_page_open_editor        (PdOwnersPage *self,
                                                 PdOccupant   *occupant);

/* For tests: the widgets a user would touch, and a counter bumped after every query. */
GtkEditable *_pd_owners_page_get_search_entry      (PdOwnersPage *self);
GtkDropDown *_pd_owners_page_get_building_dropdown (PdOwnersPage *self);
GtkDropDown *_pd_owners_page_get_role_dropdown     (PdOwnersPage *self);
GtkDropDown *_pd_owners_page_get_status_dropdown   (PdOwnersPage *self);
GtkLabel    *_pd_owners_page_get_count_label       (PdOwnersPage *self);
GListModel  *_pd_owners_page_get_rows              (PdOwnersPage *self);
guint        _pd_owners_page_get_query_serial      (PdOwnersPage *self);
GtkColumnView *_pd_owners_page_get_column_view     (PdOwnersPage *self);
GtkWidget   *_pd_owners_page_get_detail            (PdOwnersPage *self);

G_END_DECLS
