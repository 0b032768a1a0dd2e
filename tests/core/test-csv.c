// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "test-csv"

#include "config.h"

#include <string.h>

#include "pd-csv-reader.h"

static PdCsvReader *
reader_for (const char *text,
            gssize      len)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len < 0 ? strlen (text) : (gsize) len);
  g_autoptr(GError) error = NULL;
  PdCsvReader *r = pd_csv_reader_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  return r;
}

/* Reads the next row and checks its fields (NULL-terminated) and start line. */
static void
expect_row (PdCsvReader *r,
            guint        line,
            ...)
{
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected;
  guint i = 0;
  va_list args;

  g_assert_true (pd_csv_reader_next_row (r, &fields, &error));
  g_assert_no_error (error);
  g_assert_nonnull (fields);
  g_assert_cmpuint (pd_csv_reader_get_line (r), ==, line);

  va_start (args, line);
  while ((expected = va_arg (args, const char *)) != NULL)
    {
      g_assert_cmpuint (i, <, fields->len);
      g_assert_cmpstr (g_ptr_array_index (fields, i), ==, expected);
      i++;
    }
  va_end (args);

  g_assert_cmpuint (fields->len, ==, i);
}

static void
expect_end (PdCsvReader *r)
{
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (pd_csv_reader_next_row (r, &fields, &error));
  g_assert_no_error (error);
  g_assert_null (fields);

  /* and it stays at the end */
  g_assert_false (pd_csv_reader_next_row (r, &fields, &error));
  g_assert_no_error (error);
}

static void
expect_malformed (PdCsvReader *r,
                  guint        row_line,
                  const char  *needle)
{
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (pd_csv_reader_next_row (r, &fields, &error));
  g_assert_error (error, PD_CSV_ERROR, PD_CSV_ERROR_MALFORMED);
  g_assert_null (fields);
  g_test_message ("error: %s", error->message);
  if (strstr (error->message, needle) == NULL)
    g_error ("Expected “%s” in “%s”", needle, error->message);
  g_assert_cmpuint (pd_csv_reader_get_line (r), ==, row_line);
}

static void
test_simple (void)
{
  g_autoptr(PdCsvReader) r = reader_for ("a,b,c\n1,2,3\n", -1);

  g_assert_cmpuint (pd_csv_reader_get_line (r), ==, 0);
  g_assert_cmpstr (pd_csv_reader_get_encoding (r), ==, "UTF-8");
  expect_row (r, 1, "a", "b", "c", NULL);
  expect_row (r, 2, "1", "2", "3", NULL);
  expect_end (r);
}

static void
test_no_trailing_newline (void)
{
  g_autoptr(PdCsvReader) r = reader_for ("a,b\r\nc,d", -1);

  expect_row (r, 1, "a", "b", NULL);
  expect_row (r, 2, "c", "d", NULL);
  expect_end (r);
}

static void
test_empty_fields (void)
{
  g_autoptr(PdCsvReader) r = reader_for ("a,,c,\n,\"\",x\n ,y , \n", -1);

  expect_row (r, 1, "a", "", "c", "", NULL);
  expect_row (r, 2, "", "", "x", NULL);
  /* unquoted spaces are data */
  expect_row (r, 3, " ", "y ", " ", NULL);
  expect_end (r);
}

static void
test_empty_input (void)
{
  g_autoptr(PdCsvReader) a = reader_for ("", 0);
  g_autoptr(PdCsvReader) b = reader_for ("\r\n\n\r\n", -1);

  expect_end (a);
  expect_end (b);
}

static void
test_quotes (void)
{
  g_autoptr(PdCsvReader) r =
    reader_for ("\"a \"\"quoted\"\" word\",\"x,y\",plain,\"\"\"\"\n"
                "  \"spaced\"  ,\"张三\",\"\"\n", -1);

  expect_row (r, 1, "a \"quoted\" word", "x,y", "plain", "\"", NULL);
  /* blanks around a quoted field are not part of it */
  expect_row (r, 2, "spaced", "张三", "", NULL);
  expect_end (r);
}

static void
test_embedded_newline (void)
{
  g_autoptr(PdCsvReader) r =
    reader_for ("name,note\r\n"
                "\"Zhang\",\"line1\r\nline2\r\n\r\nline4\"\r\n"
                "Li,\"a\nb\"\n"
                "Wang,ok\r\n", -1);

  expect_row (r, 1, "name", "note", NULL);
  expect_row (r, 2, "Zhang", "line1\nline2\n\nline4", NULL);
  /* physical lines are still counted right after a multi-line field */
  expect_row (r, 6, "Li", "a\nb", NULL);
  expect_row (r, 8, "Wang", "ok", NULL);
  expect_end (r);
}

static void
test_empty_lines_skipped (void)
{
  g_autoptr(PdCsvReader) r = reader_for ("\n\na,b\n\n\r\n,,\nc,d\n\n", -1);

  expect_row (r, 3, "a", "b", NULL);
  /* ",," (all fields empty) is what spreadsheets leave behind: skipped too */
  expect_row (r, 7, "c", "d", NULL);
  expect_end (r);
}

static void
test_bom (void)
{
  g_autoptr(PdCsvReader) r = reader_for ("\xEF\xBB\xBFname,phone\n张三,138\n", -1);

  g_assert_cmpstr (pd_csv_reader_get_encoding (r), ==, "UTF-8 (BOM)");
  expect_row (r, 1, "name", "phone", NULL);
  expect_row (r, 2, "张三", "138", NULL);
  expect_end (r);
}

static void
expect_fixture_rows (PdCsvReader *r)
{
  expect_row (r, 1, "姓名", "楼栋", "房号", "电话", "备注", NULL);
  expect_row (r, 2, "张三", "A座", "1201", "13812341234", "业主，已入住", NULL);
  expect_row (r, 3, "李四", "B座", "0302", "010-12345678", "租户\n合同到2026年", NULL);
  expect_row (r, 5, "刘䶮", "C座", "1503", "", "", NULL);
  expect_end (r);
}

static void
test_gb18030_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCsvReader) r =
    pd_csv_reader_new_from_file (TEST_DATA_DIR "/csv-gb18030.csv", &error);

  g_assert_no_error (error);
  g_assert_nonnull (r);
  g_assert_cmpstr (pd_csv_reader_get_encoding (r), ==, "GB18030");
  expect_fixture_rows (r);
}

static void
test_utf8_bom_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCsvReader) r =
    pd_csv_reader_new_from_file (TEST_DATA_DIR "/csv-utf8-bom.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (pd_csv_reader_get_encoding (r), ==, "UTF-8 (BOM)");
  expect_fixture_rows (r);
}

static void
test_utf16 (void)
{
  /* Excel's "Unicode text": UTF-16LE with BOM, tab-separated */
  const char *utf8 = "姓名\t电话\t备注\r\n张三\t13812341234\t\"A座, 12楼\"\r\n";
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  g_autofree char *utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &len, &error);
  g_autofree char *with_bom = NULL;
  g_autoptr(PdCsvReader) r = NULL;

  g_assert_no_error (error);
  with_bom = g_malloc (len + 2);
  memcpy (with_bom, "\xFF\xFE", 2);
  memcpy (with_bom + 2, utf16, len);

  r = reader_for (with_bom, (gssize) len + 2);
  g_assert_cmpstr (pd_csv_reader_get_encoding (r), ==, "UTF-16LE");
  expect_row (r, 1, "姓名", "电话", "备注", NULL);
  expect_row (r, 2, "张三", "13812341234", "A座, 12楼", NULL);
  expect_end (r);
}

static void
test_unterminated_quote (void)
{
  g_autoptr(PdCsvReader) r = reader_for ("a,b\nc,\"never closed\nmore\nlines\n", -1);

  expect_row (r, 1, "a", "b", NULL);
  expect_malformed (r, 2, "Line 2");
  expect_end (r);
}

static void
test_stray_quote (void)
{
  g_autoptr(PdCsvReader) r =
    reader_for ("h1,h2\n"
                "\"multi\nline\",ok\n"
                "c,d\"e\n"
                "f,g\n"
                "x,\"ab\"c,y\n"
                "last,row\n", -1);

  expect_row (r, 1, "h1", "h2", NULL);
  expect_row (r, 2, "multi\nline", "ok", NULL);
  expect_malformed (r, 4, "Line 4");
  /* the reader carries on at the next line */
  expect_row (r, 5, "f", "g", NULL);
  expect_malformed (r, 6, "Line 6: field 2");
  expect_row (r, 7, "last", "row", NULL);
  expect_end (r);
}

static void
test_stray_after_multiline (void)
{
  g_autoptr(PdCsvReader) r = reader_for ("a\n\"multi\nline\"x,b\nc\n", -1);

  expect_row (r, 1, "a", NULL);
  /* the row starts on line 2; the stray text is on line 3, and the message says so */
  expect_malformed (r, 2, "Line 3");
  expect_row (r, 4, "c", NULL);
  expect_end (r);
}

static void
test_bad_encoding (void)
{
  static const struct { const char *bytes; gsize len; } cases[] = {
    { "a,\xFF\xFF\n", 5 },                      /* neither UTF-8 nor GB18030 */
    { "\xEF\xBB\xBF" "a,\xC3\n", 7 },           /* BOM but broken UTF-8 */
    { "PK\x03\x04\x14\x00\x06\x00", 8 },         /* an .xlsx */
    { "a,b\x00" "c\n", 6 },                     /* binary */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].bytes, cases[i].len);
      g_autoptr(GError) error = NULL;
      g_autoptr(PdCsvReader) r = pd_csv_reader_new_from_bytes (bytes, &error);

      g_test_message ("case %u: %s", i, error != NULL ? error->message : "(no error)");
      g_assert_null (r);
      g_assert_error (error, PD_CSV_ERROR, PD_CSV_ERROR_ENCODING);
    }
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdCsvReader) r =
    pd_csv_reader_new_from_file (TEST_DATA_DIR "/no-such-file.csv", &error);

  g_assert_null (r);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

static void
test_escape (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "plain", "plain" },
    { "张三", "张三" },
    { "", "" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "line\nbreak", "\"line\nbreak\"" },
    { "cr\rhere", "\"cr\rhere\"" },
    { " lead", "\" lead\"" },
    { "trail ", "\"trail \"" },
  };
  GString *line = g_string_new (NULL);
  g_autoptr(PdCsvReader) r = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = pd_csv_escape_field (cases[i].in);

      g_assert_cmpstr (escaped, ==, cases[i].out);
      if (i > 0)
        g_string_append_c (line, ',');
      g_string_append (line, escaped);
    }

  {
    g_autofree char *null_field = pd_csv_escape_field (NULL);

    g_assert_cmpstr (null_field, ==, "");
  }

  /* what the writer escapes, the reader reads back ("\r" comes back as "\n") */
  g_string_append (line, "\r\n");
  r = reader_for (line->str, (gssize) line->len);
  expect_row (r, 1, "plain", "张三", "", "a,b", "say \"hi\"", "line\nbreak", "cr\nhere",
              " lead", "trail ", NULL);
  expect_end (r);
  g_string_free (line, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/csv/simple", test_simple);
  g_test_add_func ("/core/csv/no-trailing-newline", test_no_trailing_newline);
  g_test_add_func ("/core/csv/empty-fields", test_empty_fields);
  g_test_add_func ("/core/csv/empty-input", test_empty_input);
  g_test_add_func ("/core/csv/quotes", test_quotes);
  g_test_add_func ("/core/csv/embedded-newline", test_embedded_newline);
  g_test_add_func ("/core/csv/empty-lines-skipped", test_empty_lines_skipped);
  g_test_add_func ("/core/csv/bom", test_bom);
  g_test_add_func ("/core/csv/gb18030-file", test_gb18030_file);
  g_test_add_func ("/core/csv/utf8-bom-file", test_utf8_bom_file);
  g_test_add_func ("/core/csv/utf16", test_utf16);
  g_test_add_func ("/core/csv/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/core/csv/stray-quote", test_stray_quote);
  g_test_add_func ("/core/csv/stray-after-multiline", test_stray_after_multiline);
  g_test_add_func ("/core/csv/bad-encoding", test_bad_encoding);
  g_test_add_func ("/core/csv/missing-file", test_missing_file);
  g_test_add_func ("/core/csv/escape", test_escape);

  return g_test_run ();
}
