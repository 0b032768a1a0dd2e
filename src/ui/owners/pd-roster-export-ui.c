// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-export-ui"
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pd-export-job.h"
#include "pd-roster-export.h"
#include "pd-roster-export-ui.h"

typedef struct
{
  PdOccupantQuery  query;
  char            *query_text;
  gboolean         has_query;
  gboolean         full;       /* set on the main thread before the export starts */
} RosterExport;

/* The export running now, if any: a second Ctrl+E brings its dialog back instead. */
static PdExportJob *running_job;

static void
roster_export_free (gpointer data)
{
  RosterExport *roster = data;

  g_free (roster->query_text);
  g_free (roster);
}

static gboolean
run_export (PdDatabase            *db,
            const char            *path,
            PdExportProgressFunc   progress,
            gpointer               progress_data,
            gpointer               user_data,
            guint                 *out_count,
            GError               **error)
{
  RosterExport *roster = user_data;

  return pd_roster_export_xlsx (db, roster->has_query ? &roster->query : NULL, roster->full,
                                path, progress, progress_data, out_count, error);
}

static char *
done_body (const char *name,
           guint       count,
           gpointer    user_data)
{
  RosterExport *roster = user_data;
  g_autofree char *body = g_strdup_printf (ngettext ("%u occupant was written to “%s”.",
                                                     "%u occupants were written to “%s”.", count),
                                           count, name);

  if (!roster->full)
    return g_steal_pointer (&body);
  return g_strdup_printf ("%s\n\n%s", body,
                          _("The file contains full ID numbers and phone numbers: keep it "
                            "confidential and delete it when it is no longer needed."));
}

static void
setup_chooser (PdExportJob    *job,
               GtkFileChooser *chooser,
               gpointer        user_data)
{
  /* Masked unless the user ticks this and then confirms the warning. */
  gtk_file_chooser_add_choice (chooser, "full",
                               _("Full ID numbers and phone numbers (confidential)"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "full", "false");
}

static void
confirm_full_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          gpointer          user_data)
{
  PdExportJob *job = user_data;
  RosterExport *roster = pd_export_job_get_user_data (job);

  if (g_strcmp0 (response, "full") == 0 || g_strcmp0 (response, "masked") == 0)
    {
      roster->full = g_strcmp0 (response, "full") == 0;
      pd_export_job_start (job, NULL);
    }
  else
    pd_export_job_free (job);
}

static gboolean
chosen (PdExportJob    *job,
        GtkFileChooser *chooser,
        gpointer        user_data)
{
  AdwMessageDialog *dialog;

  if (g_strcmp0 (gtk_file_chooser_get_choice (chooser, "full"), "true") != 0)
    return TRUE;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (
    pd_export_job_get_parent (job),
    _("Export Full ID Numbers and Phone Numbers?"),
    _("The file will contain every occupant's complete ID number and phone number. This is "
      "confidential personal data that the company must not leak: keep the file safe, do not "
      "send it outside the company, and delete it when it is no longer needed.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "masked", _("Export _Masked"),
                                    "full", _("Export _Full"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "full", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "masked");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_full_response_cb), job);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

void
pd_roster_export_run_query (GtkWindow             *parent,
                            PdDatabase            *db,
                            const PdOccupantQuery *query)
{
  const PdExportSpec spec = {
    .chooser_title = _("Export Occupant Roster"),
    .progress_heading = _("Exporting the Occupant Roster…"),
    .done_heading = _("Roster Exported"),
    .error_heading = _("The Roster Was Not Exported"),
    .not_local = _("The roster can only be saved in a folder of this computer."),
    .task_name = "roster export",
    .run = run_export,
    .done_body = done_body,
    .setup_chooser = setup_chooser,
    .chosen = chosen,
    .running = &running_job,
  };
  g_autofree char *name = NULL;
  RosterExport *roster;
  PdExportJob *job;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (PD_IS_DATABASE (db));

  if (running_job != NULL)
    {
      pd_export_job_present (running_job);
      return;
    }

  roster = g_new0 (RosterExport, 1);
  if (query != NULL)
    {
      roster->has_query = TRUE;
      roster->query = *query;
      roster->query_text = g_strdup (query->text);
      roster->query.text = roster->query_text;
    }
  job = pd_export_job_new (parent, db, &spec, roster, roster_export_free);
  name = pd_roster_export_default_name ();
  pd_export_job_choose_file (job, name);
}

void
pd_roster_export_run (GtkWindow  *parent,
                      PdDatabase *db)
{
  pd_roster_export_run_query (parent, db, NULL);
}
