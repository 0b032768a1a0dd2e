// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"

G_BEGIN_DECLS

typedef struct _PdApplication PdApplication;
typedef struct _PdOwnersPage PdOwnersPage;
typedef struct _PdRepairsPage PdRepairsPage;
typedef struct _PdComplaintsPage PdComplaintsPage;

#define PD_TYPE_WINDOW (pd_window_get_type ())
G_DECLARE_FINAL_TYPE (PdWindow, pd_window, PD, WINDOW, AdwApplicationWindow)

PdWindow     *pd_window_new                 (PdApplication *app,
                                             PdDatabase    *db);
PdDatabase   *pd_window_get_database        (PdWindow      *self);
/* Dialogs call this after they saved something: the lists and the detail pane re-read the
 * database, keeping the selection where the record still exists. */
void          pd_window_notify_data_changed (PdWindow      *self);
void          pd_window_show_toast          (PdWindow      *self,
                                             const char    *text);
PdOwnersPage *pd_window_get_owners_page     (PdWindow      *self);
PdRepairsPage *pd_window_get_repairs_page   (PdWindow      *self);
PdComplaintsPage *pd_window_get_complaints_page (PdWindow   *self);

/* The PdWindow that @widget is in (or whose dialog it is in), or NULL. */
PdWindow     *pd_window_from_widget         (GtkWidget     *widget);

G_END_DECLS
