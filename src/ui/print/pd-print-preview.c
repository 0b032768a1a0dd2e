// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-print"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-print-preview.h"

/* What the preview window keeps: the form as read when it opened, so that the screen, the
 * paper and the PDF are the same page. */
typedef struct
{
  PdFormDrawFunc  draw;
  gpointer        form;
  GDestroyNotify  destroy;
  char           *job_name;
  char           *pdf_name;
  char           *pdf_title;
  GtkWidget      *window;
  GtkWidget      *header;
} Preview;

static void
preview_free (Preview *preview)
{
  if (preview->destroy != NULL)
    g_clear_pointer (&preview->form, preview->destroy);
  g_free (preview->job_name);
  g_free (preview->pdf_name);
  g_free (preview->pdf_title);
  g_free (preview);
}

static void
draw_page_cb (GtkPrintOperation *op,
              GtkPrintContext   *context,
              int                page_nr,
              Preview           *preview)
{
  preview->draw (gtk_print_context_get_cairo_context (context),
                 gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                 preview->form);
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
  gtk_print_operation_set_job_name (op, preview->job_name);
  g_signal_connect (op, "draw-page", G_CALLBACK (draw_page_cb), preview);

  result = gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (preview->window), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    pd_show_error (preview->window, _("The Form Was Not Printed"), error);
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
        pd_form_write_pdf (preview->draw, preview->form, preview->pdf_title, path, &error);
      if (error != NULL)
        pd_show_error (preview->window, _("The PDF Was Not Saved"), error);
    }
  g_object_unref (chooser);
}

static void
pdf_clicked_cb (GtkButton *button,
                Preview   *preview)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Save the Form as PDF"), GTK_WINDOW (preview->window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), preview->pdf_name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (pdf_response_cb), preview);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
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
  preview->draw (cr, w, h, preview->form);
  cairo_restore (cr);
}

GtkWidget *
pd_print_preview_new (GtkWindow      *parent,
                      const char     *title,
                      const char     *subtitle,
                      const char     *pdf_name,
                      const char     *pdf_title,
                      PdFormDrawFunc  draw,
                      gpointer        form,
                      GDestroyNotify  destroy)
{
  Preview *preview;
  GtkWidget *box, *print_button, *pdf_button, *area;
  GtkEventController *shortcuts;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (pdf_name != NULL, NULL);
  g_return_val_if_fail (draw != NULL, NULL);

  preview = g_new0 (Preview, 1);
  preview->draw = draw;
  preview->form = form;
  preview->destroy = destroy;
  preview->job_name = g_strdup_printf ("%s %s", title, subtitle != NULL ? subtitle : "");
  g_strchomp (preview->job_name);
  preview->pdf_name = g_strdup (pdf_name);
  preview->pdf_title = g_strdup (pdf_title != NULL ? pdf_title : title);

  preview->window = adw_window_new ();
  g_object_set_data_full (G_OBJECT (preview->window), "pd-preview", preview,
                          (GDestroyNotify) preview_free);
  gtk_window_set_transient_for (GTK_WINDOW (preview->window), parent);
  gtk_window_set_modal (GTK_WINDOW (preview->window), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (preview->window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (preview->window), 660, 880);
  gtk_window_set_title (GTK_WINDOW (preview->window), preview->job_name);

  /* A plain AdwWindow has no Escape binding; the clerk expects it to close a preview. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                  0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (preview->window, shortcuts);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  preview->header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (preview->header),
                                   adw_window_title_new (title, subtitle));
  print_button = gtk_button_new_with_mnemonic (_("_Print…"));
  gtk_widget_add_css_class (print_button, "suggested-action");
  g_signal_connect (print_button, "clicked", G_CALLBACK (print_clicked_cb), preview);
  pdf_button = gtk_button_new_with_mnemonic (_("Save as P_DF…"));
  g_signal_connect (pdf_button, "clicked", G_CALLBACK (pdf_clicked_cb), preview);
  adw_header_bar_pack_start (ADW_HEADER_BAR (preview->header), pdf_button);
  adw_header_bar_pack_end (ADW_HEADER_BAR (preview->header), print_button);
  gtk_box_append (GTK_BOX (box), preview->header);

  area = gtk_drawing_area_new ();
  gtk_widget_set_vexpand (area, TRUE);
  gtk_widget_set_hexpand (area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), preview_draw_cb, preview, NULL);
  gtk_widget_add_css_class (area, "view");
  gtk_widget_add_css_class (area, "print-preview");
  gtk_box_append (GTK_BOX (box), area);

  adw_window_set_content (ADW_WINDOW (preview->window), box);
  return preview->window;
}

void
pd_print_preview_add_button (GtkWidget *window,
                             GtkWidget *button)
{
  Preview *preview;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (GTK_IS_WIDGET (button));

  preview = g_object_get_data (G_OBJECT (window), "pd-preview");
  g_return_if_fail (preview != NULL);
  adw_header_bar_pack_start (ADW_HEADER_BAR (preview->header), button);
}
