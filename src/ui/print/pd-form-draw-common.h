// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gio/gio.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* A4 in PostScript points. */
#define PD_A4_WIDTH_PT  595.276
#define PD_A4_HEIGHT_PT 841.890

/* What the printed forms share, so that they all have the same lines, fonts and margins. Only
 * Cairo and Pango: the form drawings are tested without a display. */

/* Draws a form as one page of @width_pt × @height_pt points. */
typedef void (*PdFormDrawFunc) (cairo_t       *cr,
                                double         width_pt,
                                double         height_pt,
                                gconstpointer  form);

typedef enum
{
  PD_FORM_LABEL,   /* bold, centred: the printed labels */
  PD_FORM_VALUE,   /* left, middle, wrapped */
  PD_FORM_TOP,     /* left, top, wrapped: long texts */
  PD_FORM_SIGN,    /* left, bottom: written over a signature */
  PD_FORM_CENTER,
  PD_FORM_RIGHT,   /* amounts and counts */
  PD_FORM_HEADER,  /* bold, centred, grey: column headings */
  PD_FORM_TOTAL,   /* bold, right: a total row's figures */
} PdFormStyle;

typedef struct
{
  cairo_t  *cr;
  double    x, width;       /* the printable band */
  double    y;              /* where the next row starts */
  double    bottom;         /* lowest point to draw at */
  double    scale;          /* 1.0 on A4: fonts and lines follow the page size */
  double    k;              /* row heights are multiplied by this to fit the page */
  double    font;           /* body font size in points at scale 1 */
  double    pad;            /* between a cell's border and its text */
  gboolean  wrap_overflows; /* wrapped text runs past its box rather than ending in "…" */
  double    edges[16];      /* left edges of the current grid's columns, then its right edge */
} PdFormPage;

/* Paints the page white and sets up the margins, the pen and the scale from A4; every
 * pd_form_page_begin() needs a pd_form_page_end(). */
void   pd_form_page_begin   (PdFormPage     *p,
                             cairo_t        *cr,
                             double          width_pt,
                             double          height_pt);
void   pd_form_page_end     (PdFormPage     *p);

/* @size in points at scale 1; @valign -1 top, 0 middle, 1 bottom. */
void   pd_form_text         (PdFormPage     *p,
                             const char     *text,
                             double          x,
                             double          y,
                             double          w,
                             double          h,
                             double          size,
                             gboolean        bold,
                             PangoAlignment  align,
                             int             valign,
                             gboolean        wrap);
void   pd_form_box          (PdFormPage     *p,
                             double          x,
                             double          y,
                             double          w,
                             double          h);
void   pd_form_shade        (PdFormPage     *p,
                             double          x,
                             double          y,
                             double          w,
                             double          h);

/* Columns in relative widths (the spreadsheet's), spread over the band into p->edges. */
void   pd_form_set_grid     (PdFormPage     *p,
                             const double   *cols,
                             guint           n);
/* A bordered cell over columns @first..@last of the grid, from the current row down @h. */
void   pd_form_cell         (PdFormPage     *p,
                             guint           first,
                             guint           last,
                             double          h,
                             const char     *text,
                             PdFormStyle     style);
/* A row height in points at scale 1, scaled and shrunk to fit. */
double pd_form_row_h        (PdFormPage     *p,
                             double          height);
/* Rows shrink (never grow) so that @needed points of rows fit between here and the bottom
 * margin; the font follows a little. */
void   pd_form_fit_rows     (PdFormPage     *p,
                             double          needed);

/* The title, then a line with @left, @center (may be NULL) and @right, which takes the right
 * @right_share of the band and, if @right_red, is a red serial number. */
void   pd_form_title        (PdFormPage     *p,
                             const char     *title,
                             const char     *left,
                             const char     *center,
                             const char     *right,
                             double          right_share,
                             gboolean        right_red);

/* On a six-column grid of label, value, label, value, label, value: */
void   pd_form_row3         (PdFormPage     *p,
                             double          height,
                             const char     *l1,
                             const char     *v1,
                             const char     *l2,
                             const char     *v2,
                             const char     *l3,
                             const char     *v3);
/* ... the first value over three columns. */
void   pd_form_row_wide     (PdFormPage     *p,
                             double          height,
                             const char     *l1,
                             const char     *v1,
                             const char     *l2,
                             const char     *v2);
/* A label down the left of a block of rows already drawn from @top to the current row. */
void   pd_form_block_label  (PdFormPage     *p,
                             double          top,
                             const char     *label);

/* A signature line outside the grid, its text flush with @x and sitting on the bottom of @h. */
void   pd_form_signature    (PdFormPage     *p,
                             const char     *text,
                             double          x,
                             double          y,
                             double          w,
                             double          h);
/* A little below the last row, right-aligned: who issues the form. */
void   pd_form_footer       (PdFormPage     *p,
                             const char     *text);

/* A one-page A4 PDF titled @title; the file appears only when complete. */
gboolean pd_form_write_pdf  (PdFormDrawFunc  draw,
                             gconstpointer   form,
                             const char     *title,
                             const char     *path,
                             GError        **error);

G_END_DECLS
