// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-complaint-forms-ui.h"
#include "pd-complaint-print.h"
#include "pd-complaint-report-export.h"
#include "pd-dialogs.h"
#include "pd-form-draw-complaints.h"

/* What the preview window keeps: the report as read when it opened, so that the screen, the
 * paper and the PDF say the same thing. */
typedef struct
{
  PdComplaintReportForm *form;
  PdDatabase            *database;
  GtkWidget             *window;
} Preview;

static void
preview_free (Preview *preview)
{
  g_clear_pointer (&preview->form, pd_complaint_report_form_free);
  g_clear_object (&preview->database);
  g_free (preview);
}

static const char *
serial_of (Preview *preview)
{
  return pd_complaint_get_serial (preview->form->complaint);
}

static void
draw_page_cb (GtkPrintOperation *op,
              GtkPrintContext   *context,
              int                page_nr,
              Preview           *preview)
{
  pd_complaint_report_draw (gtk_print_context_get_cairo_context (context),
                            gtk_print_context_get_width (context),
                            gtk_print_context_get_height (context), preview->form);
}

static void
print_clicked_cb (GtkButton *button,
                  Preview   *preview)
{
  g_autoptr(GtkPrintOperation) op = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (op, setup);
  gtk_print_operation_set_n_pages (op, 1);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  /* The drawing has its own margins, measured from the paper's edge. */
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_job_name (op, serial_of (preview));
  g_signal_connect (op, "draw-page", G_CALLBACK (draw_page_cb), preview);

  result = gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (preview->window), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    pd_show_error (preview->window, _("The Report Could Not Be Printed"), error);
}

static void
pdf_response_cb (GtkNativeDialog *chooser,
                 int              response,
                 Preview         *preview)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("The PDF can only be saved in a folder of this computer."));
      else
        pd_complaint_report_write_pdf (preview->form, path, &error);
      if (error != NULL)
        pd_show_error (preview->window, _("The PDF Could Not Be Saved"), error);
    }
  g_object_unref (chooser);
}

static void
pdf_clicked_cb (GtkButton *button,
                Preview   *preview)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Save the Report as PDF"),
                                         GTK_WINDOW (preview->window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* TRANSLATORS: file name of a complaint handling report saved as PDF; %s is its serial */
  name = g_strdup_printf (_("Complaint handling report-%s.pdf"), serial_of (preview));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (pdf_response_cb), preview);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
excel_clicked_cb (GtkButton *button,
                  Preview   *preview)
{
  pd_complaint_report_export_run (GTK_WINDOW (preview->window), preview->database,
                                  preview->form->complaint);
}

/* The sheet centred in the area with a thin shadow, scaled to fit: the same drawing as paper. */
static void
preview_draw_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  Preview *preview = user_data;
  const double margin = 16;
  double scale = MIN ((width - 2 * margin) / PD_A4_WIDTH_PT,
                      (height - 2 * margin) / PD_A4_HEIGHT_PT);
  double w = PD_A4_WIDTH_PT * scale;
  double h = PD_A4_HEIGHT_PT * scale;
  double x = (width - w) / 2;
  double y = (height - h) / 2;

  if (scale <= 0)
    return;

  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_rectangle (cr, x + 2, y + 3, w, h);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, w, h);
  cairo_clip (cr);
  pd_complaint_report_draw (cr, w, h, preview->form);
  cairo_restore (cr);
}

GtkWidget *
pd_complaint_print_preview_present (GtkWindow  *parent,
                                    PdDatabase *db,
                                    gint64      complaint_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Preview *preview;
  GtkWidget *box, *header, *print_button, *pdf_button, *excel_button, *area, *window_title;

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

  preview->window = adw_window_new ();
  g_object_set_data_full (G_OBJECT (preview->window), "pd-preview", preview,
                          (GDestroyNotify) preview_free);
  gtk_window_set_transient_for (GTK_WINDOW (preview->window), parent);
  gtk_window_set_modal (GTK_WINDOW (preview->window), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (preview->window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (preview->window), 660, 880);
  title = g_strdup_printf ("%s %s", _("Complaint Handling Report"), serial_of (preview));
  gtk_window_set_title (GTK_WINDOW (preview->window), title);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  window_title = adw_window_title_new (_("Complaint Handling Report"), serial_of (preview));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), window_title);
  print_button = gtk_button_new_with_mnemonic (_("_Print…"));
  gtk_widget_add_css_class (print_button, "suggested-action");
  g_signal_connect (print_button, "clicked", G_CALLBACK (print_clicked_cb), preview);
  pdf_button = gtk_button_new_with_mnemonic (_("Save as P_DF…"));
  g_signal_connect (pdf_button, "clicked", G_CALLBACK (pdf_clicked_cb), preview);
  excel_button = gtk_button_new_with_mnemonic (_("_Excel…"));
  gtk_widget_set_tooltip_text (excel_button, _("Export the report to an Excel workbook"));
  g_signal_connect (excel_button, "clicked", G_CALLBACK (excel_clicked_cb), preview);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), pdf_button);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), excel_button);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print_button);
  gtk_box_append (GTK_BOX (box), header);

  area = gtk_drawing_area_new ();
  gtk_widget_set_vexpand (area, TRUE);
  gtk_widget_set_hexpand (area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), preview_draw_cb, preview, NULL);
  gtk_widget_add_css_class (area, "view");
  gtk_box_append (GTK_BOX (box), area);

  adw_window_set_content (ADW_WINDOW (preview->window), box);
  gtk_window_present (GTK_WINDOW (preview->window));
  return preview->window;
}
