// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/* How the export tests read a workbook back, as LibreOffice would see its cells. */

#include <string.h>

#include <glib.h>

/* Reads an .xlsx back through `unzip -p` and GMarkup: the cells of the first sheet by their
 * reference ("A1"), shared and inline strings alike, plus the raw XML parts for layout checks. */
typedef struct
{
  char       *sheet_xml;
  char       *workbook_xml;
  GHashTable *cells;      /* "A1" → text */
  GPtrArray  *shared;     /* shared strings */
  guint       max_row;
} Xlsx;

typedef struct
{
  Xlsx     *x;
  GString  *text;
  gboolean  in_text;
  char     *ref;
  char     *type;
  gboolean  in_si;
} ParseState;

static inline void
xlsx_free (Xlsx *x)
{
  g_free (x->sheet_xml);
  g_free (x->workbook_xml);
  g_hash_table_unref (x->cells);
  g_ptr_array_unref (x->shared);
  g_free (x);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Xlsx, xlsx_free)

static inline char *
unzip_member (const char *path,
              const char *member,
              gboolean    required)
{
  const char *argv[] = { "unzip", "-p", path, member, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL) || out == NULL || *out == '\0')
    {
      if (required)
        g_error ("%s has no %s", path, member);
      return NULL;
    }
  return g_steal_pointer (&out);
}

static inline void
parse_start (GMarkupParseContext *ctx,
             const char          *element,
             const char         **names,
             const char         **values,
             gpointer             user_data,
             GError             **error)
{
  ParseState *st = user_data;

  if (g_str_equal (element, "si"))
    {
      st->in_si = TRUE;
      g_string_truncate (st->text, 0);
    }
  else if (g_str_equal (element, "c"))
    {
      g_clear_pointer (&st->ref, g_free);
      g_clear_pointer (&st->type, g_free);
      for (guint i = 0; names[i]; i++)
        {
          if (g_str_equal (names[i], "r"))
            st->ref = g_strdup (values[i]);
          else if (g_str_equal (names[i], "t"))
            st->type = g_strdup (values[i]);
        }
      g_string_truncate (st->text, 0);
    }
  else if (g_str_equal (element, "t") || g_str_equal (element, "v"))
    st->in_text = TRUE;
}

static inline void
parse_end (GMarkupParseContext *ctx,
           const char          *element,
           gpointer             user_data,
           GError             **error)
{
  ParseState *st = user_data;

  if (g_str_equal (element, "t") || g_str_equal (element, "v"))
    st->in_text = FALSE;
  else if (g_str_equal (element, "si"))
    {
      g_ptr_array_add (st->x->shared, g_strdup (st->text->str));
      st->in_si = FALSE;
    }
  else if (g_str_equal (element, "c") && st->ref != NULL)
    {
      char *value;
      guint row = 0;

      if (g_strcmp0 (st->type, "s") == 0)
        {
          guint index = (guint) g_ascii_strtoull (st->text->str, NULL, 10);
          g_assert_cmpuint (index, <, st->x->shared->len);
          value = g_strdup (g_ptr_array_index (st->x->shared, index));
        }
      else
        value = g_strdup (st->text->str);

      for (const char *p = st->ref; *p; p++)
        if (g_ascii_isdigit (*p))
          {
            row = (guint) g_ascii_strtoull (p, NULL, 10);
            break;
          }
      /* Blank cells that only carry a border are no content. */
      if (*value != '\0')
        st->x->max_row = MAX (st->x->max_row, row);
      g_hash_table_replace (st->x->cells, g_strdup (st->ref), value);
    }
}

static inline void
parse_text (GMarkupParseContext *ctx,
            const char          *text,
            gsize                len,
            gpointer             user_data,
            GError             **error)
{
  ParseState *st = user_data;

  if (st->in_text)
    g_string_append_len (st->text, text, len);
}

static inline void
parse_xml (Xlsx       *x,
           const char *xml)
{
  static const GMarkupParser parser = { parse_start, parse_end, parse_text, NULL, NULL };
  g_autoptr(GError) error = NULL;
  ParseState st = { .x = x, .text = g_string_new (NULL) };
  GMarkupParseContext *ctx = g_markup_parse_context_new (&parser, 0, &st, NULL);

  g_markup_parse_context_parse (ctx, xml, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (ctx, &error);
  g_assert_no_error (error);
  g_markup_parse_context_free (ctx);
  g_string_free (st.text, TRUE);
  g_free (st.ref);
  g_free (st.type);
}

static inline Xlsx *
xlsx_read_sheet (const char *path,
                 guint       sheet)
{
  g_autofree char *member = g_strdup_printf ("xl/worksheets/sheet%u.xml", sheet);
  Xlsx *x = g_new0 (Xlsx, 1);
  g_autofree char *shared_xml = NULL;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  x->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  x->shared = g_ptr_array_new_with_free_func (g_free);
  shared_xml = unzip_member (path, "xl/sharedStrings.xml", FALSE);
  if (shared_xml != NULL)
    parse_xml (x, shared_xml);
  x->sheet_xml = unzip_member (path, member, TRUE);
  x->workbook_xml = unzip_member (path, "xl/workbook.xml", TRUE);
  parse_xml (x, x->sheet_xml);
  return x;
}

static inline const char *
cell (Xlsx       *x,
      const char *ref)
{
  const char *v = g_hash_table_lookup (x->cells, ref);
  return v ? v : "";
}

static inline gboolean
xlsx_contains (Xlsx       *x,
               const char *text)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, x->cells);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (strstr (value, text) != NULL)
      return TRUE;
  return FALSE;
}

static inline Xlsx *
xlsx_read (const char *path)
{
  return xlsx_read_sheet (path, 1);
}
