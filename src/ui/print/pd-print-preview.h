// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-form-draw-common.h"

G_BEGIN_DECLS

/* A form on screen, drawn by @draw exactly like the printed page, with Print…
 * (GtkPrintOperation, A4 portrait, one page) and Save as PDF… buttons. The window is titled
 * "@title @subtitle" (so is the print job), @pdf_name is the name the file chooser offers and
 * @pdf_title the PDF's title (NULL: @title). @form is drawn until the window closes, then
 * freed with @destroy. Returns the window (owned by GTK), not yet presented. */
GtkWidget *pd_print_preview_new        (GtkWindow      *parent,
                                        const char     *title,
                                        const char     *subtitle,
                                        const char     *pdf_name,
                                        const char     *pdf_title,
                                        PdFormDrawFunc  draw,
                                        gpointer        form,
                                        GDestroyNotify  destroy);

/* Puts @button in the header bar of the preview @window, after Save as PDF…: another way out
 * of the form, such as an export. */
void       pd_print_preview_add_button (GtkWidget      *window,
                                        GtkWidget      *button);

G_END_DECLS
