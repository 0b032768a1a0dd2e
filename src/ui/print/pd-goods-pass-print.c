// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-print"

#include "config.h"

#include <glib/gi18n.h>

#include "pd-dialogs.h"
#include "pd-form-draw-goods-pass.h"
#include "pd-goods-pass-export.h"
#include "pd-goods-pass-print.h"
#include "pd-print-preview.h"

/* The pass as read when the preview opened. */
static void
pass_free (PdGoodsPassForm *pass)
{
  g_clear_object (&pass->mo);
  g_clear_pointer (&pass->place, pd_move_place_free);
  g_free (pass);
}

void
pd_goods_pass_preview_present (GtkWindow  *parent,
                               PdDatabase *db,
                               gint64      move_out_id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  const char *serial;
  PdGoodsPassForm *pass;
  GtkWidget *window;

  g_return_if_fail (PD_IS_DATABASE (db));

  pass = g_new0 (PdGoodsPassForm, 1);
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

  serial = pd_move_out_get_pass_serial (pass->mo);
  /* TRANSLATORS: file name of a goods release pass saved as PDF; %s is its serial number */
  name = g_strdup_printf (_("Goods release pass-%s.pdf"), serial);
  window = pd_print_preview_new (parent, _("Goods Release Pass"), serial, name, NULL,
                                 pd_goods_pass_form_draw, pass, (GDestroyNotify) pass_free);
  gtk_window_present (GTK_WINDOW (window));
}
