// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-complaint-forms-ui.h"
#include "pd-complaint-print.h"
#include "pd-complaint-report-export.h"
#include "pd-dialogs.h"
#include "pd-form-draw-complaints.h"
#include "pd-print-preview.h"

/* What the preview window keeps: the report as read when it opened, so that the screen, the
 * paper and the PDF say the same thing. */
typedef struct
{
  PdComplaintReportForm *form;
  PdDatabase            *database;
} Preview;

static void
preview_free (Preview *preview)
{
  g_clear_pointer (&preview->form, pd_complaint_report_form_free);
  g_clear_object (&preview->database);
  g_free (preview);
}

static void
draw_report_cb (cairo_t       *cr,
                double         width,
                double         height,
                gconstpointer  data)
{
  const Preview *preview = data;

  pd_complaint_report_draw (cr, width, height, preview->form);
}

static void
excel_clicked_cb (GtkButton *button,
                  Preview   *preview)
{
  pd_complaint_report_export_run (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))),
                                  preview->database, preview->form->complaint);
}

GtkWidget *
pd_complaint_print_preview_present (GtkWindow  *parent,
                                    PdDatabase *db,
                                    gint64      complaint_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  const char *serial;
  Preview *preview;
  GtkWidget *window, *excel_button;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  preview = g_new0 (Preview, 1);
  preview->form = pd_complaint_report_form_load (db, complaint_id, FALSE, 0, &error);
  if (preview->form == NULL)
    {
      pd_show_error (parent != NULL ? GTK_WIDGET (parent) : NULL,
                     _("The Report Cannot Be Shown"), error);
      preview_free (preview);
      return NULL;
    }
  preview->database = g_object_ref (db);

  serial = pd_complaint_get_serial (preview->form->complaint);
  /* TRANSLATORS: file name of a complaint handling report saved as PDF; %s is its serial */
  name = g_strdup_printf (_("Complaint handling report-%s.pdf"), serial);
  window = pd_print_preview_new (parent, _("Complaint Handling Report"), serial, name,
                                 preview->form->title, draw_report_cb, preview,
                                 (GDestroyNotify) preview_free);
  excel_button = gtk_button_new_with_mnemonic (_("_Excel…"));
  gtk_widget_set_tooltip_text (excel_button, _("Export the report to an Excel workbook"));
  g_signal_connect (excel_button, "clicked", G_CALLBACK (excel_clicked_cb), preview);
  pd_print_preview_add_button (window, excel_button);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}
