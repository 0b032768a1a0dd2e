// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-csv"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-csv-reader.h"

struct _PdCsvReader
{
  char       *text;     /* the whole file as UTF-8, NUL-terminated */
  gsize       len;
  gsize       pos;
  guint       line;     /* physical line at pos, 1-based */
  guint       row_line; /* physical line where the last returned row started */
  const char *encoding;
  char        delimiter;
};

G_DEFINE_QUARK (pd-csv-error-quark, pd_csv_error)

static gboolean
has_prefix_bytes (const guint8 *data,
                  gsize         size,
                  const char   *prefix,
                  gsize         prefix_len)
{
  return size >= prefix_len && memcmp (data, prefix, prefix_len) == 0;
}

static char *
convert_to_utf8 (const guint8 *data,
                 gsize         size,
                 const char   *from,
                 gsize        *out_len)
{
  g_autoptr(GError) local_error = NULL;
  char *converted;

  converted = g_convert ((const char *) data, (gssize) size, "UTF-8", from, NULL, out_len,
                         &local_error);
  if (converted == NULL)
    g_debug ("Conversion from %s failed: %s", from, local_error->message);

  return converted;
}

/* Spreadsheet programs on Chinese Windows save "CSV" as GB18030 (GBK) unless
 * "CSV UTF-8" is chosen, and as UTF-16 for "Unicode text"; accept them all and
 * work on UTF-8 only. */
static char *
decode_text (GBytes      *bytes,
             const char **out_encoding,
             gsize       *out_len,
             GError     **error)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  char *text = NULL;

  if (size == 0)
    {
      *out_encoding = "UTF-8";
      *out_len = 0;
      return g_strdup ("");
    }

  if (has_prefix_bytes (data, size, "PK\x03\x04", 4)
      || has_prefix_bytes (data, size, "\xD0\xCF\x11\xE0", 4))
    {
      g_set_error (error, PD_CSV_ERROR, PD_CSV_ERROR_ENCODING,
                   _("The file is a spreadsheet workbook (such as .xlsx or .xls), not a CSV "
                     "file. Save it as “CSV UTF-8” in the spreadsheet program and import "
                     "that file."));
      return NULL;
    }

  if (has_prefix_bytes (data, size, "\xEF\xBB\xBF", 3))
    {
      const char *end = NULL;

      if (!g_utf8_validate_len ((const char *) data + 3, size - 3, &end))
        {
          g_set_error (error, PD_CSV_ERROR, PD_CSV_ERROR_ENCODING,
                       _("The file is marked as UTF-8 text, but it contains bytes that are "
                         "not UTF-8 (at byte %lu). Save it again as “CSV UTF-8”."),
                       (unsigned long) (end - (const char *) data) + 1);
          return NULL;
        }
      *out_encoding = "UTF-8 (BOM)";
      *out_len = size - 3;
      text = g_strndup ((const char *) data + 3, size - 3);
    }
  else if (has_prefix_bytes (data, size, "\xFF\xFE", 2))
    {
      *out_encoding = "UTF-16LE";
      text = convert_to_utf8 (data + 2, size - 2, "UTF-16LE", out_len);
    }
  else if (has_prefix_bytes (data, size, "\xFE\xFF", 2))
    {
      *out_encoding = "UTF-16BE";
      text = convert_to_utf8 (data + 2, size - 2, "UTF-16BE", out_len);
    }
  else if (g_utf8_validate_len ((const char *) data, size, NULL))
    {
      *out_encoding = "UTF-8";
      *out_len = size;
      text = g_strndup ((const char *) data, size);
    }
  else
    {
      *out_encoding = "GB18030";
      text = convert_to_utf8 (data, size, "GB18030", out_len);
    }

  if (text == NULL)
    {
      g_set_error (error, PD_CSV_ERROR, PD_CSV_ERROR_ENCODING,
                   _("The file is not text in a known encoding (UTF-8, GB18030/GBK or "
                     "UTF-16). Save it as “CSV UTF-8” in the spreadsheet program and import "
                     "that file."));
      return NULL;
    }

  if (memchr (text, '\0', *out_len) != NULL)
    {
      g_set_error (error, PD_CSV_ERROR, PD_CSV_ERROR_ENCODING,
                   _("The file contains binary data (NUL bytes), so it is not a CSV text "
                     "file."));
      g_free (text);
      return NULL;
    }

  return text;
}

/* Excel's "Unicode text" is tab-separated; a first row with more tabs than
 * commas (outside quotes) means tabs separate the fields. */
static char
guess_delimiter (const char *text)
{
  guint commas = 0;
  guint tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == '\t')
        tabs++;
    }

  return tabs > commas ? '\t' : ',';
}

/**
 * pd_csv_reader_new_from_bytes:
 * @bytes: the file contents
 * @error: return location for a #GError in %PD_CSV_ERROR
 *
 * Returns: (transfer full) (nullable): a reader, or %NULL if the bytes are not
 *   text in UTF-8 (with or without BOM), GB18030 or UTF-16 with BOM
 */
PdCsvReader *
pd_csv_reader_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  PdCsvReader *r;
  const char *encoding = NULL;
  gsize len = 0;
  char *text;

  g_return_val_if_fail (bytes != NULL, NULL);

  text = decode_text (bytes, &encoding, &len, error);
  if (text == NULL)
    return NULL;

  r = g_new0 (PdCsvReader, 1);
  r->text = text;
  r->len = len;
  r->line = 1;
  r->encoding = encoding;
  r->delimiter = guess_delimiter (text);

  return r;
}

/**
 * pd_csv_reader_new_from_file:
 * @path: a file name
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): a reader, or %NULL on failure
 */
PdCsvReader *
pd_csv_reader_new_from_file (const char  *path,
                             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  PdCsvReader *r;
  char *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &contents, &len, error))
    return NULL;

  bytes = g_bytes_new_take (contents, len);
  r = pd_csv_reader_new_from_bytes (bytes, error);
  if (r == NULL)
    {
      g_autofree char *display = g_filename_display_basename (path);

      g_prefix_error (error, _("Cannot read “%s”: "), display);
    }

  return r;
}

static gboolean
at_line_end (PdCsvReader *r)
{
  return r->text[r->pos] == '\n' || r->text[r->pos] == '\r';
}

/* Consumes CRLF, LF or a lone CR. */
static void
skip_line_end (PdCsvReader *r)
{
  if (r->text[r->pos] == '\r' && r->text[r->pos + 1] == '\n')
    r->pos += 2;
  else
    r->pos++;
  r->line++;
}

/* After a malformed row, carry on at the next physical line so that an
 * importer can report every bad row in one pass. */
static void
skip_rest_of_line (PdCsvReader *r)
{
  while (r->pos < r->len && !at_line_end (r))
    r->pos++;
  if (r->pos < r->len)
    skip_line_end (r);
}

static gboolean
is_blank (PdCsvReader *r,
          char         c)
{
  return c == ' ' || (c == '\t' && r->delimiter != '\t');
}

static gboolean
read_quoted_field (PdCsvReader  *r,
                   GString      *field,
                   guint         field_number,
                   GError      **error)
{
  guint start_line = r->line;

  r->pos++; /* opening quote */

  for (;;)
    {
      char c;

      if (r->pos >= r->len)
        {
          g_set_error (error, PD_CSV_ERROR, PD_CSV_ERROR_MALFORMED,
                       _("Line %u: field %u starts with a quote (\") that is never closed."),
                       start_line, field_number);
          return FALSE;
        }

      c = r->text[r->pos];
      if (c == '"')
        {
          if (r->text[r->pos + 1] != '"')
            {
              r->pos++;
              break;
            }
          g_string_append_c (field, '"');
          r->pos += 2;
        }
      else if (c == '\n' || c == '\r')
        {
          /* Line breaks inside a cell become plain \n whatever the file uses. */
          g_string_append_c (field, '\n');
          skip_line_end (r);
        }
      else
        {
          g_string_append_c (field, c);
          r->pos++;
        }
    }

  while (is_blank (r, r->text[r->pos]))
    r->pos++;

  if (r->pos < r->len && r->text[r->pos] != r->delimiter && !at_line_end (r))
    {
      g_set_error (error, PD_CSV_ERROR, PD_CSV_ERROR_MALFORMED,
                   _("Line %u: field %u has text after its closing quote. A quote inside a "
                     "quoted field must be written twice (\"\")."),
                   r->line, field_number);
      skip_rest_of_line (r);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_plain_field (PdCsvReader  *r,
                  GString      *field,
                  guint         field_number,
                  GError      **error)
{
  while (r->pos < r->len && r->text[r->pos] != r->delimiter && !at_line_end (r))
    {
      if (r->text[r->pos] == '"')
        {
          g_set_error (error, PD_CSV_ERROR, PD_CSV_ERROR_MALFORMED,
                       _("Line %u: field %u contains a quote (\") but does not start with "
                         "one. Put the whole field in quotes and write the quote twice "
                         "(\"\")."),
                       r->line, field_number);
          skip_rest_of_line (r);
          return FALSE;
        }
      g_string_append_c (field, r->text[r->pos]);
      r->pos++;
    }

  return TRUE;
}

static gboolean
all_empty (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    if (*(const char *) g_ptr_array_index (fields, i) != '\0')
      return FALSE;
  return TRUE;
}

/**
 * pd_csv_reader_next_row:
 * @r: a reader
 * @out_fields: (out) (transfer full): the fields of the row (UTF-8 strings)
 * @error: return location for a #GError in %PD_CSV_ERROR
 *
 * Reads the next row. Empty lines, and rows whose fields are all empty (the
 * ",,," that spreadsheets leave after the data), are skipped. Line breaks
 * inside quoted fields are returned as "\n".
 *
 * After a malformed row the reader continues at the next line, so the
 * caller may report the error and call this again.
 *
 * Returns: %TRUE if a row was read; %FALSE at the end (@error unset) or on a
 *   malformed row (@error set, naming the line)
 */
gboolean
pd_csv_reader_next_row (PdCsvReader  *r,
                        GPtrArray   **out_fields,
                        GError      **error)
{
  g_return_val_if_fail (r != NULL, FALSE);
  g_return_val_if_fail (out_fields != NULL, FALSE);

  *out_fields = NULL;

  for (;;)
    {
      g_autoptr(GPtrArray) fields = NULL;
      g_autoptr(GString) field = g_string_new (NULL);

      while (r->pos < r->len && at_line_end (r))
        skip_line_end (r);

      if (r->pos >= r->len)
        return FALSE;

      r->row_line = r->line;
      fields = g_ptr_array_new_with_free_func (g_free);

      for (;;)
        {
          gsize start = r->pos;
          gboolean ok;

          while (is_blank (r, r->text[r->pos]))
            r->pos++;

          g_string_truncate (field, 0);
          if (r->text[r->pos] == '"')
            ok = read_quoted_field (r, field, fields->len + 1, error);
          else
            {
              /* Spaces before an unquoted value belong to it. */
              r->pos = start;
              ok = read_plain_field (r, field, fields->len + 1, error);
            }

          if (!ok)
            return FALSE;

          g_ptr_array_add (fields, g_strndup (field->str, field->len));

          if (r->pos < r->len && r->text[r->pos] == r->delimiter)
            {
              r->pos++;
              continue;
            }

          if (r->pos < r->len)
            skip_line_end (r);
          break;
        }

      if (!all_empty (fields))
        {
          *out_fields = g_steal_pointer (&fields);
          return TRUE;
        }
    }
}

/**
 * pd_csv_reader_get_line:
 * @r: a reader
 *
 * Returns: the physical line (1-based) on which the last row returned, or
 *   the last malformed row, started; 0 before the first row
 */
guint
pd_csv_reader_get_line (PdCsvReader *r)
{
  g_return_val_if_fail (r != NULL, 0);

  return r->row_line;
}

/**
 * pd_csv_reader_get_encoding:
 * @r: a reader
 *
 * Returns: the encoding the file was read in: "UTF-8", "UTF-8 (BOM)",
 *   "GB18030", "UTF-16LE" or "UTF-16BE"
 */
const char *
pd_csv_reader_get_encoding (PdCsvReader *r)
{
  g_return_val_if_fail (r != NULL, NULL);

  return r->encoding;
}

void
pd_csv_reader_free (PdCsvReader *r)
{
  if (r == NULL)
    return;

  g_free (r->text);
  g_free (r);
}

/**
 * pd_csv_escape_field:
 * @s: (nullable): a field value
 *
 * Quotes a value for a comma-separated file when it needs it (a comma, quote,
 * line break, or spaces at either end), doubling inner quotes.
 *
 * Returns: (transfer full): the field as it should be written; "" for %NULL
 */
char *
pd_csv_escape_field (const char *s)
{
  gsize len;
  GString *out;

  if (s == NULL)
    return g_strdup ("");

  len = strlen (s);
  if (strpbrk (s, ",\"\r\n") == NULL
      && (len == 0 || (!g_ascii_isspace (s[0]) && !g_ascii_isspace (s[len - 1]))))
    return g_strdup (s);

  out = g_string_sized_new (len + 2);
  g_string_append_c (out, '"');
  for (const char *p = s; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');

  return g_string_free (out, FALSE);
}
