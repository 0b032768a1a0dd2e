// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-form-draw-repairs.h"
#include "pd-print-preview.h"
#include "pd-repair-print.h"

/* The form as read when the preview opened. */
typedef struct
{
  PdRepairForm      kind;
  PdWorkOrderForm  *work_order;
  PdSettlementForm *settlement;
} Preview;

static void
preview_free (Preview *preview)
{
  g_clear_pointer (&preview->work_order, pd_work_order_form_free);
  g_clear_pointer (&preview->settlement, pd_settlement_form_free);
  g_free (preview);
}

static const char *
form_title (PdRepairForm kind)
{
  return kind == PD_REPAIR_FORM_SETTLEMENT ? _("Settlement Sheet") : _("Work Order");
}

static void
draw_form_cb (cairo_t       *cr,
              double         width,
              double         height,
              gconstpointer  data)
{
  const Preview *preview = data;

  if (preview->kind == PD_REPAIR_FORM_SETTLEMENT)
    pd_settlement_draw (cr, width, height, preview->settlement);
  else
    pd_work_order_draw (cr, width, height, preview->work_order);
}

GtkWidget *
pd_repair_print_preview_present (GtkWindow    *parent,
                                 PdDatabase   *db,
                                 gint64        repair_id,
                                 PdRepairForm  form)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  Preview *preview;
  PdRepair *repair = NULL;
  const char *serial;
  GtkWidget *window;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  preview = g_new0 (Preview, 1);
  preview->kind = form;
  if (form == PD_REPAIR_FORM_SETTLEMENT)
    {
      preview->settlement = pd_settlement_form_load (db, repair_id, &error);
      repair = preview->settlement != NULL ? preview->settlement->repair : NULL;
    }
  else
    {
      preview->work_order = pd_work_order_form_load (db, repair_id, FALSE, &error);
      repair = preview->work_order != NULL ? preview->work_order->repair : NULL;
    }
  if (repair == NULL)
    {
      pd_show_error (parent != NULL ? GTK_WIDGET (parent) : NULL,
                     _("The Form Cannot Be Shown"), error);
      preview_free (preview);
      return NULL;
    }
  serial = pd_repair_get_serial (repair);
  /* TRANSLATORS: file name of a form saved as PDF: the form's name and the order's serial */
  name = g_strdup_printf (_("%s-%s.pdf"), form_title (form), serial);
  window = pd_print_preview_new (parent, form_title (form), serial, name,
                                 form == PD_REPAIR_FORM_SETTLEMENT ? preview->settlement->title
                                                                   : preview->work_order->title,
                                 draw_form_cb, preview, (GDestroyNotify) preview_free);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}
