// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-print"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-form-draw-goods-pass.h"
#include "pd-goods-pass-export.h"
#include "pd-goods-pass-print.h"

/* What the preview window keeps: the pass as read when it opened. */
typedef struct
{
  PdMoveOut   *mo;
  PdMovePlace *place;
  GtkWidget   *window;
} Pass;

static void
pass_free (Pass *pass)
{
  g_clear_object (&pass->mo);
  g_clear_pointer (&pass->place, pd_move_place_free);
  g_free (pass);
}

static void
draw_page_cb (GtkPrintOperation *op,
              GtkPrintContext   *context,
              int                page_nr,
              Pass              *pass)
{
  pd_goods_pass_draw (gtk_print_context_get_cairo_context (context),
                      gtk_print_context_get_width (context),
                      gtk_print_context_get_height (context), pass->mo, pass->place);
}

static void
print_clicked_cb (GtkButton *button,
                  Pass      *pass)
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
  gtk_print_operation_set_job_name (op, pd_move_out_get_pass_serial (pass->mo));
  g_signal_connect (op, "draw-page", G_CALLBACK (draw_page_cb), pass);

  result = gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (pass->window), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    pd_show_error (pass->window, _("The pass could not be printed"), error);
}

static void
pdf_response_cb (GtkNativeDialog *chooser,
                 int              response,
                 Pass            *pass)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file ? g_file_get_path (file) : NULL;
      if (path != NULL && !pd_goods_pass_write_pdf (pass->mo, pass->place, path, &error))
        pd_show_error (pass->window, _("The PDF could not be saved"), error);
    }
  g_object_unref (chooser);
}

static void
pdf_clicked_cb (GtkButton *button,
                Pass      *pass)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Save the Pass as PDF"), GTK_WINDOW (pass->window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* TRANSLATORS: file name of a goods release pass saved as PDF; %s is its serial number */
  name = g_strdup_printf (_("Goods release pass-%s.pdf"), pd_move_out_get_pass_serial (pass->mo));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (pdf_response_cb), pass);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The sheet centred in the area with a thin shadow, scaled to fit: the same pixels as paper. */
static void
preview_draw_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  Pass *pass = user_data;
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
  pd_goods_pass_draw (cr, w, h, pass->mo, pass->place);
  cairo_restore (cr);
}

void
pd_goods_pass_preview_present (GtkWindow  *parent,
                               PdDatabase *db,
                               gint64      move_out_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Pass *pass;
  GtkWidget *box, *header, *print_button, *pdf_button, *area, *window_title;

  g_return_if_fail (PD_IS_DATABASE (db));

  pass = g_new0 (Pass, 1);
  pass->mo = pd_move_store_get_move_out (db, move_out_id, &error);
  if (pass->mo != NULL && !pd_move_out_get_pass_issued (pass->mo))
    g_set_error_literal (&error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                         _("The goods release pass has not been issued yet."));
  if (error == NULL)
    pass->place = pd_move_store_get_place (db, pass->mo, &error);
  if (error != NULL)
    {
      pd_show_error (parent ? GTK_WIDGET (parent) : NULL, _("The pass cannot be shown"), error);
      pass_free (pass);
      return;
    }

  pass->window = adw_window_new ();
  g_object_set_data_full (G_OBJECT (pass->window), "pd-pass", pass, (GDestroyNotify) pass_free);
  gtk_window_set_transient_for (GTK_WINDOW (pass->window), parent);
  gtk_window_set_modal (GTK_WINDOW (pass->window), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (pass->window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (pass->window), 620, 860);
  title = g_strdup_printf ("%s %s", _("Goods Release Pass"),
                           pd_move_out_get_pass_serial (pass->mo));
  gtk_window_set_title (GTK_WINDOW (pass->window), title);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  window_title = adw_window_title_new (_("Goods Release Pass"),
                                       pd_move_out_get_pass_serial (pass->mo));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), window_title);
  print_button = gtk_button_new_with_mnemonic (_("_Print…"));
  gtk_widget_add_css_class (print_button, "suggested-action");
  g_signal_connect (print_button, "clicked", G_CALLBACK (print_clicked_cb), pass);
  pdf_button = gtk_button_new_with_mnemonic (_("Save as P_DF…"));
  g_signal_connect (pdf_button, "clicked", G_CALLBACK (pdf_clicked_cb), pass);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), pdf_button);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print_button);
  gtk_box_append (GTK_BOX (box), header);

  area = gtk_drawing_area_new ();
  gtk_widget_set_vexpand (area, TRUE);
  gtk_widget_set_hexpand (area, TRUE);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), preview_draw_cb, pass, NULL);
  gtk_widget_add_css_class (area, "view");
  gtk_box_append (GTK_BOX (box), area);

  adw_window_set_content (ADW_WINDOW (pass->window), box);
  gtk_window_present (GTK_WINDOW (pass->window));
}
