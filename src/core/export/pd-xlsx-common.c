// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-export"
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pd-xlsx-common.h"

/* Excel's limit for a page header or footer section, in characters. */
#define HEADER_FOOTER_MAX 255

#define COLOR_HEADER_FILL 0xE7E6E6
#define COLOR_BORDER      0x000000

static lxw_format *
new_font_format (lxw_workbook *wb,
                 double        size,
                 gboolean      bold)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, PD_XLSX_FONT);
  format_set_font_size (f, size);
  if (bold)
    format_set_bold (f);
  format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
  return f;
}

static lxw_format *
new_cell_format (lxw_workbook *wb,
                 gboolean      bold,
                 uint8_t       align)
{
  lxw_format *f = new_font_format (wb, 10, bold);

  format_set_border (f, LXW_BORDER_THIN);
  format_set_border_color (f, COLOR_BORDER);
  if (align != LXW_ALIGN_NONE)
    format_set_align (f, align);
  return f;
}

void
pd_xlsx_styles_init (PdXlsxStyles *s,
                     lxw_workbook *wb)
{
  g_return_if_fail (s != NULL);
  g_return_if_fail (wb != NULL);

  memset (s, 0, sizeof *s);

  s->title = new_font_format (wb, 18, TRUE);
  format_set_align (s->title, LXW_ALIGN_CENTER);

  s->title_across = new_font_format (wb, 18, TRUE);
  format_set_align (s->title_across, LXW_ALIGN_CENTER_ACROSS);

  s->subtitle = new_font_format (wb, 10, FALSE);
  format_set_align (s->subtitle, LXW_ALIGN_LEFT);

  s->subtitle_right = new_font_format (wb, 10, FALSE);
  format_set_align (s->subtitle_right, LXW_ALIGN_RIGHT);

  s->header = new_cell_format (wb, TRUE, LXW_ALIGN_CENTER);
  format_set_text_wrap (s->header);
  format_set_pattern (s->header, LXW_PATTERN_SOLID);
  format_set_bg_color (s->header, COLOR_HEADER_FILL);

  s->cell = new_cell_format (wb, FALSE, LXW_ALIGN_LEFT);
  s->cell_center = new_cell_format (wb, FALSE, LXW_ALIGN_CENTER);

  s->cell_wrap = new_cell_format (wb, FALSE, LXW_ALIGN_LEFT);
  format_set_text_wrap (s->cell_wrap);
  format_set_align (s->cell_wrap, LXW_ALIGN_VERTICAL_TOP);

  s->number = new_cell_format (wb, FALSE, LXW_ALIGN_RIGHT);
  format_set_num_format (s->number, "0.00");

  s->integer = new_cell_format (wb, FALSE, LXW_ALIGN_RIGHT);
  format_set_num_format (s->integer, "0");

  s->money = new_cell_format (wb, FALSE, LXW_ALIGN_RIGHT);
  format_set_num_format (s->money, "#,##0.00");

  s->label = new_cell_format (wb, TRUE, LXW_ALIGN_CENTER);
  format_set_text_wrap (s->label);

  s->signature = new_font_format (wb, 10.5, FALSE);
  format_set_align (s->signature, LXW_ALIGN_LEFT);
  format_set_align (s->signature, LXW_ALIGN_VERTICAL_BOTTOM);

  s->note = new_font_format (wb, 9, FALSE);
  format_set_align (s->note, LXW_ALIGN_LEFT);
  format_set_text_wrap (s->note);
}

static char *
display_name (const char *path)
{
  return g_filename_display_name (path);
}

lxw_workbook *
pd_xlsx_workbook_new (const char  *path,
                      gboolean     constant_memory,
                      GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  lxw_workbook_options options = { 0 };
  lxw_workbook *wb;
  int fd;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *name = display_name (path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Cannot write the file “%s”: it is a folder."), name);
      return NULL;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);

  /* Creating the file ourselves gives a proper errno for an unwritable folder before the
   * whole export is done; libxlsxwriter only finds out at the very end. */
  fd = g_mkstemp_full (tmp_path, O_WRONLY, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *name = display_name (path);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write the file “%s”: %s."), name, g_strerror (saved_errno));
      return NULL;
    }
  close (fd);

  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  options.tmpdir = (char *) g_get_tmp_dir ();
  options.use_zip64 = LXW_TRUE;

  wb = workbook_new_opt (tmp_path, &options);
  if (wb == NULL)
    {
      g_autofree char *name = display_name (path);
      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot start the spreadsheet “%s”: not enough memory."), name);
      return NULL;
    }

  return wb;
}

lxw_worksheet *
pd_xlsx_add_worksheet (lxw_workbook  *wb,
                       const char    *name,
                       GError       **error)
{
  lxw_worksheet *ws;

  g_return_val_if_fail (wb != NULL, NULL);

  ws = workbook_add_worksheet (wb, name);
  if (ws == NULL)
    {
      /* In constant-memory mode each sheet needs a temporary file. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot add the sheet “%s”: the temporary folder “%s” may be full or "
                     "not writable."),
                   name ? name : "", g_get_tmp_dir ());
    }
  return ws;
}

static gboolean
folder_is_full (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) dir = g_file_get_parent (file);
  g_autoptr(GFileInfo) info = NULL;

  if (dir == NULL)
    return FALSE;
  info = g_file_query_filesystem_info (dir, G_FILE_ATTRIBUTE_FILESYSTEM_FREE, NULL, NULL);
  if (info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE))
    return FALSE;
  /* A roster of 100,000 rows is some 10 MB; under 1 MB free the zip writer failing is the
   * disk, not a bug. */
  return g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE) < 1024 * 1024;
}

static void
set_close_error (lxw_error    err,
                 int          saved_errno,
                 const char  *path,
                 GError     **error)
{
  g_autofree char *name = display_name (path);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT || folder_is_full (path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("The disk is full: the file “%s” could not be written. Free some space "
                     "and export again."), name);
      return;
    }

  switch (err)
    {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Not enough memory to write the file “%s”."), name);
      break;

    case LXW_ERROR_CREATING_XLSX_FILE:
      g_set_error (error, G_IO_ERROR,
                   saved_errno ? g_io_error_from_errno (saved_errno) : G_IO_ERROR_FAILED,
                   _("Cannot create the file “%s”: %s."), name,
                   saved_errno ? g_strerror (saved_errno) : lxw_strerror (err));
      break;

    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot use the temporary folder “%s” while writing “%s”; it may be "
                     "full or not writable."), g_get_tmp_dir (), name);
      break;

    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Writing the file “%s” failed: %s."), name, lxw_strerror (err));
      break;
    }
}

gboolean
pd_xlsx_workbook_close (lxw_workbook  *wb,
                        const char    *path,
                        GError       **error)
{
  g_autofree char *tmp_path = NULL;
  lxw_error err;
  int saved_errno;

  g_return_val_if_fail (wb != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  tmp_path = g_strdup (wb->filename);

  errno = 0;
  err = workbook_close (wb);
  saved_errno = errno;

  if (err != LXW_NO_ERROR)
    {
      g_unlink (tmp_path);
      set_close_error (err, saved_errno, path, error);
      return FALSE;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int rename_errno = errno;
      g_autofree char *name = display_name (path);

      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (rename_errno),
                   _("Cannot replace the file “%s”: %s."), name, g_strerror (rename_errno));
      return FALSE;
    }

  return TRUE;
}

void
pd_xlsx_workbook_discard (lxw_workbook *wb)
{
  g_autofree char *tmp_path = NULL;

  if (wb == NULL)
    return;

  tmp_path = g_strdup (wb->filename);
  /* Closing is the only way to free a workbook; the result goes to the temporary name. */
  workbook_close (wb);
  g_unlink (tmp_path);
}

void
pd_xlsx_set_properties (lxw_workbook *wb,
                        const char   *title,
                        const char   *subject,
                        const char   *company)
{
  lxw_doc_properties props = { 0 };

  g_return_if_fail (wb != NULL);

  props.title = (char *) title;
  props.subject = (char *) subject;
  props.company = (char *) company;
  props.author = (char *) _("Property Desk");
  props.comments = (char *) _("Exported by Property Desk");
  workbook_set_properties (wb, &props);
}

/* "&" starts a code in Excel's header and footer language. */
static char *
escape_header_text (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '&')
        g_string_append (s, "&&");
      else
        g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

static void
set_header_footer (lxw_worksheet *ws,
                   gboolean       footer,
                   const char    *spec)
{
  lxw_header_footer_options options = { .margin = 0.3 };
  lxw_error err;

  if (g_utf8_strlen (spec, -1) > HEADER_FOOTER_MAX)
    {
      g_warning ("Page %s too long, left out: %s", footer ? "footer" : "header", spec);
      return;
    }
  if (footer)
    err = worksheet_set_footer_opt (ws, spec, &options);
  else
    err = worksheet_set_header_opt (ws, spec, &options);
  if (err != LXW_NO_ERROR)
    g_warning ("Cannot set the page %s: %s", footer ? "footer" : "header", lxw_strerror (err));
}

void
pd_xlsx_setup_a4 (lxw_worksheet *ws,
                  gboolean       landscape,
                  gboolean       fit_width)
{
  g_autofree char *footer = NULL;

  g_return_if_fail (ws != NULL);

  worksheet_set_paper (ws, 9 /* A4 */);
  if (landscape)
    worksheet_set_landscape (ws);
  else
    worksheet_set_portrait (ws);
  /* Wider left margin: printed lists are punched and filed. */
  worksheet_set_margins (ws, 0.7, 0.4, 0.6, 0.6);
  worksheet_center_horizontally (ws);
  if (fit_width)
    worksheet_fit_to_pages (ws, 1, 0);

  /* TRANSLATORS: page footer of printed spreadsheets; keep &P (page) and &N (pages). */
  footer = g_strdup_printf ("&C&\"" PD_XLSX_FONT ",Regular\"&9%s", _("Page &P of &N"));
  set_header_footer (ws, TRUE, footer);
}

void
pd_xlsx_set_page_header (lxw_worksheet *ws,
                         const char    *left,
                         const char    *right)
{
  g_autoptr(GString) spec = g_string_new (NULL);

  g_return_if_fail (ws != NULL);

  if (left != NULL && *left != '\0')
    {
      g_autofree char *escaped = escape_header_text (left);
      g_string_append_printf (spec, "&L&\"" PD_XLSX_FONT ",Regular\"&9%s", escaped);
    }
  if (right != NULL && *right != '\0')
    {
      g_autofree char *escaped = escape_header_text (right);
      g_string_append_printf (spec, "&R&\"" PD_XLSX_FONT ",Regular\"&9%s", escaped);
    }
  if (spec->len > 0)
    set_header_footer (ws, FALSE, spec->str);
}

void
pd_xlsx_set_column_widths (lxw_worksheet *ws,
                           const double  *widths,
                           guint          n_widths)
{
  g_return_if_fail (ws != NULL);

  for (guint i = 0; i < n_widths; i++)
    worksheet_set_column (ws, i, i, widths[i], NULL);
}

lxw_error
pd_xlsx_write_text (lxw_worksheet *ws,
                    lxw_row_t      row,
                    lxw_col_t      col,
                    const char    *text,
                    lxw_format    *format)
{
  if (text == NULL || *text == '\0')
    return worksheet_write_blank (ws, row, col, format);

  if (G_UNLIKELY (!g_utf8_validate (text, -1, NULL)))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);
      return worksheet_write_string (ws, row, col, valid, format);
    }

  return worksheet_write_string (ws, row, col, text, format);
}

lxw_error
pd_xlsx_write_money (lxw_worksheet *ws,
                     lxw_row_t      row,
                     lxw_col_t      col,
                     gint64         fen,
                     lxw_format    *format)
{
  /* Exact for every amount below 2^53 fen; the division is the cell's storage, not a sum. */
  return worksheet_write_number (ws, row, col, (double) fen / 100.0, format);
}

lxw_error
pd_xlsx_merge_text (lxw_worksheet *ws,
                    lxw_row_t      row,
                    lxw_col_t      first_col,
                    lxw_col_t      last_col,
                    const char    *text,
                    lxw_format    *format)
{
  lxw_error err;

  g_return_val_if_fail (ws != NULL, LXW_ERROR_NULL_PARAMETER_IGNORED);
  g_return_val_if_fail (first_col <= last_col, LXW_ERROR_PARAMETER_VALIDATION);

  if (!ws->optimize && first_col < last_col)
    return worksheet_merge_range (ws, row, first_col, row, last_col, text ? text : "", format);

  err = pd_xlsx_write_text (ws, row, first_col, text, format);
  for (lxw_col_t c = first_col + 1; c <= last_col && err == LXW_NO_ERROR; c++)
    err = worksheet_write_blank (ws, row, c, format);
  return err;
}

char *
pd_xlsx_format_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d %H:%M");
}
