// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"
#include "pd-xlsx-common.h"

G_BEGIN_DECLS

/* An export to an Excel file the user chooses: a save dialog proposing a name in the
 * Documents folder (.xlsx is added when the name lacks it), the export in a worker thread on
 * a database connection of its own, a progress dialog (after a short delay) that can cancel
 * it, then a dialog saying where the file went with a button to open it, or an error dialog. */
typedef struct _PdExportJob PdExportJob;

/* Writes the file at @path from @db, the worker thread's own connection. Runs in the worker
 * thread: it must not touch widgets. @progress returns FALSE once the user cancelled. */
typedef gboolean (*PdExportRunFunc)      (PdDatabase            *db,
                                          const char            *path,
                                          PdExportProgressFunc   progress,
                                          gpointer               progress_data,
                                          gpointer               user_data,
                                          guint                 *out_count,
                                          GError               **error);
/* A text shown to the user (free it with g_free()), from the file's name. */
typedef char    *(*PdExportBodyFunc)     (const char            *name,
                                          guint                  count,
                                          gpointer               user_data);
/* The progress bar's text, from what the worker last reported. */
typedef char    *(*PdExportProgressText) (guint                  done,
                                          guint                  total);
/* Adds choices to the save dialog before it shows. */
typedef void     (*PdExportChooserFunc)  (PdExportJob           *job,
                                          GtkFileChooser        *chooser,
                                          gpointer               user_data);
/* After the file is chosen: TRUE starts the export, FALSE means the function arranged for
 * pd_export_job_start() or pd_export_job_free() to be called later (e.g. after asking). */
typedef gboolean (*PdExportChosenFunc)   (PdExportJob           *job,
                                          GtkFileChooser        *chooser,
                                          gpointer               user_data);

typedef struct
{
  const char           *chooser_title;    /* the save dialog's title */
  const char           *progress_heading; /* "Exporting the Occupant Roster…" */
  const char           *done_heading;     /* "Roster Exported" */
  const char           *error_heading;    /* "The Roster Was Not Exported" */
  const char           *not_local;        /* when the file is not on this computer; NULL: the
                                           * form's sentence */
  const char           *task_name;        /* for debugging, untranslated */
  PdExportRunFunc       run;
  PdExportBodyFunc      progress_body;    /* NULL: Writing “name”. (count is 0) */
  PdExportBodyFunc      done_body;        /* NULL: Written to “name”. */
  PdExportProgressText  progress_text;    /* NULL: “done of total” */
  PdExportChooserFunc   setup_chooser;    /* NULL: the save dialog as it is */
  PdExportChosenFunc    chosen;           /* NULL: start at once */
  PdExportJob         **running;          /* set to the job while it exists; NULL: none */
} PdExportSpec;

/* A job on @db's file; @spec is copied. @destroy frees @user_data with the job. */
PdExportJob *pd_export_job_new           (GtkWindow          *parent,
                                          PdDatabase         *db,
                                          const PdExportSpec *spec,
                                          gpointer            user_data,
                                          GDestroyNotify      destroy);
/* Frees a job that will not run (the user cancelled a question before the export). */
void         pd_export_job_free          (PdExportJob        *job);
/* Shows the save dialog proposing @default_name, then starts the export; the job frees itself
 * at the end, or when the user cancels. */
void         pd_export_job_choose_file   (PdExportJob        *job,
                                          const char         *default_name);
/* Starts the export into @file (NULL: the one chosen in the save dialog); the job frees
 * itself at the end. */
void         pd_export_job_start         (PdExportJob        *job,
                                          GFile              *file);
/* Brings the progress dialog back, if it shows. */
void         pd_export_job_present       (PdExportJob        *job);
gpointer     pd_export_job_get_user_data (PdExportJob        *job);
/* The window for dialogs about the job: NULL once it was closed. */
GtkWindow   *pd_export_job_get_parent    (PdExportJob        *job);

G_END_DECLS
