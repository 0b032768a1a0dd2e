// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-import"
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-import-columns-private.h"

typedef struct
{
  const char *key;       /* English key */
  const char *label;     /* the Chinese label the template writes; part of the file format */
  const char *aliases;   /* '|' separated, compared after normalize_header() */
  gboolean    for_units; /* also belongs in a units file */
} ColumnInfo;

static const ColumnInfo column_info[N_COLUMNS] = {
  [COL_BUILDING] = { "building", "楼栋",
                     "楼栋|楼栋号|楼号|楼宇|栋|栋号|幢|座|楼|building|building_name|bldg", TRUE },
  [COL_UNIT] = { "unit", "房号",
                 "房号|房间号|房屋编号|单元号|门牌号|房间|室|unit|unit_number|unit_no|room",
                 TRUE },
  [COL_AREA] = { "area", "建筑面积",
                 "建筑面积|面积|建筑面积㎡|建筑面积m²|建筑面积m2|建筑面积平方米|面积㎡|面积m²|"
                 "面积m2|area|floor_area|area_m2",
                 TRUE },
  [COL_UNIT_TYPE] = { "unit_type", "房屋类型",
                      "房屋类型|房屋用途|用途|房型|物业类型|unit_type|type", TRUE },
  [COL_NAME] = { "name", "姓名/名称",
                 "姓名/名称|姓名|名称|业户|业户名称|业户姓名|业主姓名|租户姓名|客户名称|单位名称|"
                 "name",
                 FALSE },
  [COL_KIND] = { "kind", "类型",
                 "类型|类型个人/单位|个人/单位|业户类型|业户类别|类别|kind", FALSE },
  [COL_ID_NUMBER] = { "id_number", "证件号码",
                      "证件号码|证件号|身份证号|身份证号码|身份证|证件|统一社会信用代码|"
                      "信用代码|id_number|id_no|id|id_card",
                      FALSE },
  [COL_PHONE] = { "phone", "手机",
                  "手机|手机号|手机号码|电话|电话号码|联系电话|联系方式|移动电话|phone|mobile|tel",
                  FALSE },
  [COL_ROLE] = { "role", "身份",
                 "身份|身份业主/租户|业主/租户|角色|业户身份|role", FALSE },
  [COL_MOVE_IN] = { "move_in_date", "入驻日期",
                    "入驻日期|入住日期|入伙日期|迁入日期|入驻时间|入住时间|move_in_date|move_in|"
                    "movein",
                    FALSE },
  [COL_PHONE2] = { "phone2", "其他电话",
                   "其他电话|备用电话|固定电话|座机|电话2|phone2|other_phone", FALSE },
  [COL_EMERGENCY_NAME] = { "emergency_name", "紧急联系人",
                           "紧急联系人|紧急联络人|emergency_name|emergency_contact", FALSE },
  [COL_EMERGENCY_PHONE] = { "emergency_phone", "紧急联系人电话",
                            "紧急联系人电话|紧急联系电话|紧急联络电话|emergency_phone", FALSE },
  [COL_NOTES] = { "notes", "备注", "备注|说明|notes|note|remarks", FALSE },
};

static const PdImportColumn required_units[] = { COL_BUILDING, COL_UNIT, COL_AREA };
static const PdImportColumn required_occupants[] = { COL_BUILDING, COL_UNIT, COL_NAME, COL_ROLE };

/* Spreadsheets and input methods bring full-width letters, ideographic spaces, no-break and
 * zero-width spaces; a cell means the same without them at its ends. */
static gboolean
is_blank_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x200B || c == 0xFEFF;
}

char *
_pd_import_clean_cell (const char *text)
{
  g_autofree char *repaired = NULL;
  const char *start;
  const char *end;

  if (text == NULL)
    return g_strdup ("");
  /* The reader hands over valid UTF-8; copying only once matters at 200,000 cells. */
  if (!g_utf8_validate (text, -1, NULL))
    text = repaired = g_utf8_make_valid (text, -1);
  start = text;
  end = text + strlen (text);
  while (*start && is_blank_char (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!is_blank_char (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

/* "建筑面积（㎡）", "Move-In Date *" and "move_in_date" name the same columns as "建筑面积㎡"
 * and "moveindate": full-width forms fold, separators and marks go, case folds. With
 * @drop_brackets the bracketed part goes too ("类型（个人/单位）" → "类型"). */
static char *
normalize_header (const char *text,
                  gboolean    drop_brackets)
{
  g_autofree char *clean = _pd_import_clean_cell (text);
  g_autoptr(GString) out = g_string_new (NULL);
  int depth = 0;

  for (const char *p = clean; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)
        c = c - 0xFF01 + 0x21;
      if (c == '(' || c == '[' || c == 0x3010)
        depth++;
      else if (c == ')' || c == ']' || c == 0x3011)
        depth = MAX (0, depth - 1);
      else if ((drop_brackets && depth > 0) || g_unichar_isspace (c)
               || (c < 128 && strchr ("_-*:", (int)c) != NULL) || c == 0x200B || c == 0xFEFF)
        continue;
      else
        g_string_append_unichar (out, c);
    }
  return g_utf8_casefold (out->str, -1);
}

static int
lookup_column (const char *header)
{
  for (int pass = 0; pass < 2; pass++)
    {
      g_autofree char *norm = normalize_header (header, pass == 1);

      if (*norm == '\0')
        return -1;
      for (int c = 0; c < N_COLUMNS; c++)
        {
          g_auto(GStrv) aliases = g_strsplit (column_info[c].aliases, "|", -1);

          for (guint i = 0; aliases[i]; i++)
            {
              g_autofree char *alias = normalize_header (aliases[i], FALSE);
              if (strcmp (alias, norm) == 0)
                return c;
            }
        }
    }
  return -1;
}

static char *
known_columns_text (PdImportKind kind)
{
  GString *s = g_string_new (NULL);

  for (int c = 0; c < N_COLUMNS; c++)
    if (kind == PD_IMPORT_OCCUPANTS || column_info[c].for_units)
      g_string_append_printf (s, "%s%s", s->len ? _(", ") : "", column_info[c].label);
  return g_string_free (s, FALSE);
}

gboolean
_pd_import_is_title_row (GPtrArray *fields)
{
  guint filled = 0;

  for (guint i = 0; i < fields->len; i++)
    {
      g_autofree char *cell = _pd_import_clean_cell (g_ptr_array_index (fields, i));
      if (*cell != '\0')
        filled++;
    }
  return filled == 1 && lookup_column (g_ptr_array_index (fields, 0)) < 0;
}

gboolean
_pd_import_map_header (PdImportKind   kind,
                       GPtrArray     *fields,
                       int            columns[N_COLUMNS],
                       GError       **error)
{
  const PdImportColumn *required = kind == PD_IMPORT_UNITS ? required_units : required_occupants;
  guint n_required = kind == PD_IMPORT_UNITS ? G_N_ELEMENTS (required_units)
                                             : G_N_ELEMENTS (required_occupants);

  for (int c = 0; c < N_COLUMNS; c++)
    columns[c] = -1;

  for (guint i = 0; i < fields->len; i++)
    {
      g_autofree char *shown = _pd_import_clean_cell (g_ptr_array_index (fields, i));
      int c;

      /* Spreadsheets often save a few empty columns after the data. */
      if (*shown == '\0')
        continue;
      c = lookup_column (shown);
      if (c < 0)
        {
          g_autofree char *known = known_columns_text (kind);
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                       _("Column %u of the header row is “%s”, which is not a known column. "
                         "Rename or remove it; the known columns are: %s."),
                       i + 1, shown, known);
          return FALSE;
        }
      if (kind == PD_IMPORT_UNITS && !column_info[c].for_units)
        {
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                       _("Column %u of the header row is “%s”, which belongs in an occupants "
                         "file, not a units file. Import this file as occupants, or remove the "
                         "column."),
                       i + 1, shown);
          return FALSE;
        }
      if (columns[c] >= 0)
        {
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                       _("The header row names the column “%s” twice (columns %d and %u); "
                         "remove one of them."),
                       column_info[c].label, columns[c] + 1, i + 1);
          return FALSE;
        }
      columns[c] = (int)i;
    }

  for (guint i = 0; i < n_required; i++)
    if (columns[required[i]] < 0)
      {
        g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                     kind == PD_IMPORT_UNITS
                       ? _("The header row has no column “%s” (%s), which a units file needs.")
                       : _("The header row has no column “%s” (%s), which an occupants file "
                           "needs."),
                     column_info[required[i]].label, column_info[required[i]].key);
        return FALSE;
      }
  return TRUE;
}

GBytes *
pd_import_template (PdImportKind kind)
{
  GString *s = g_string_new ("\xEF\xBB\xBF");

  for (int c = 0; c < N_COLUMNS; c++)
    {
      if (kind == PD_IMPORT_UNITS && !column_info[c].for_units)
        continue;
      if (kind == PD_IMPORT_OCCUPANTS && c > COL_MOVE_IN)
        break;
      if (s->len > 3)
        g_string_append_c (s, ',');
      g_string_append (s, column_info[c].label);
    }
  g_string_append (s, "\r\n");
  return g_string_free_to_bytes (s);
}
