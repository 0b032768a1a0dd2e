// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-import"
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-area.h"
#include "pd-csv-reader.h"
#include "pd-date.h"
#include "pd-idcard.h"
#include "pd-import-columns-private.h"
#include "pd-occupant-import.h"
#include "pd-occupant.h"
#include "pd-place-store.h"
#include "pd-store-private.h"
#include "pd-uscc.h"

/* A unit the file needs that the database does not have yet. */
typedef struct
{
  char       *building;
  char       *number;
  gint64      area;
  PdUnitType  type;
  guint       line;  /* the row that first gave its area */
  gint64      id;    /* once written */
} NewUnit;

typedef struct
{
  gint64     id;
  gint64     area;
  PdUnitType type;
} KnownUnit;

typedef struct
{
  guint       line;
  GPtrArray  *fields;   /* NULL for a malformed line */
  char       *broken;   /* the reader's message for a malformed line */
  gboolean    valid;
  gint64      unit_id;  /* existing unit, or 0 */
  NewUnit    *new_unit; /* borrowed from Import.new_units */
  PdOccupant *occupant;
} Row;

typedef struct
{
  PdDatabase           *db;
  PdImportKind          kind;
  int                   columns[N_COLUMNS]; /* field index of each column, -1 when absent */
  guint                 n_header_fields;
  GPtrArray            *rows;               /* Row */
  GHashTable           *known_units;        /* "building\x1fnumber" -> KnownUnit */
  GHashTable           *buildings;          /* name -> gint64 id, filled as needed */
  GHashTable           *new_units;          /* "building\x1fnumber" -> NewUnit */
  GHashTable           *seen;               /* duplicate key -> GUINT line */
  GHashTable           *labels;             /* role or kind text -> GINT value + 1, 0 = unknown */
  char                 *today;
  gint64                estate_id;
  PdImportReport       *report;
  PdImportProgressFunc  progress;
  gpointer              user_data;
  double                progress_base;
  double                progress_span;
} Import;

static void
new_unit_free (NewUnit *unit)
{
  g_free (unit->building);
  g_free (unit->number);
  g_free (unit);
}

static void
row_free (Row *row)
{
  g_clear_pointer (&row->fields, g_ptr_array_unref);
  g_free (row->broken);
  g_clear_object (&row->occupant);
  g_free (row);
}

void
pd_import_problem_free (PdImportProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->message);
  g_free (problem);
}

void
pd_import_report_free (PdImportReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->problems, g_ptr_array_unref);
  g_free (report->encoding);
  g_free (report);
}

static void
import_clear (Import *imp)
{
  g_clear_pointer (&imp->rows, g_ptr_array_unref);
  g_clear_pointer (&imp->known_units, g_hash_table_unref);
  g_clear_pointer (&imp->buildings, g_hash_table_unref);
  g_clear_pointer (&imp->new_units, g_hash_table_unref);
  g_clear_pointer (&imp->seen, g_hash_table_unref);
  g_clear_pointer (&imp->labels, g_hash_table_unref);
  g_clear_pointer (&imp->today, g_free);
  g_clear_pointer (&imp->report, pd_import_report_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

static void
report_progress (Import *imp,
                 guint   done,
                 guint   total)
{
  guint step = MAX (1, total / 200);

  if (imp->progress == NULL || (done % step != 0 && done != total))
    return;
  imp->progress (imp->progress_base + imp->progress_span * (total ? (double)done / total : 1.0),
                 imp->user_data);
}

/* The trimmed cell of @column in @row, "" when the column or the cell is absent. */
static char *
cell (Import         *imp,
      Row            *row,
      PdImportColumn  column)
{
  int index = imp->columns[column];

  if (index < 0 || (guint)index >= row->fields->len)
    return g_strdup ("");
  return _pd_import_clean_cell (g_ptr_array_index (row->fields, index));
}

static char *
unit_key (const char *building,
          const char *number)
{
  return g_strconcat (building, "\x1f", number, NULL);
}

/* Excel shows long digit strings as numbers and saves "1.10101E+17": the digits are lost. */
static gboolean
looks_like_exponent (const char *text)
{
  const char *e = strpbrk (text, "eE");

  return e != NULL && e != text && (e[1] == '+' || e[1] == '-')
         && g_ascii_isdigit (text[0]) && g_ascii_isdigit (e[2]);
}

/* The floor is the part of the number before the last two digits: 1201 → 12, 301 → 3. */
static int
floor_from_number (const char *number)
{
  const char *end = number + strlen (number);
  const char *start = end;

  while (start > number && g_ascii_isdigit (start[-1]))
    start--;
  if (end - start < 3 || end - start > 6)
    return 0;
  return (int)(g_ascii_strtoll (start, NULL, 10) / 100);
}

static gboolean
load_known (Import  *imp,
            GError **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  imp->known_units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  imp->buildings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  /* Same choice as pd_place_store_find_unit(): a name in several estates means the first. */
  stmt = pd_database_prepare (imp->db,
                              "SELECT b.id, b.name, u.id, u.number, u.area_centi, u.type"
                              " FROM buildings b LEFT JOIN units u ON u.building_id = b.id"
                              " ORDER BY b.estate_id, b.id",
                              error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *building = _pd_column_text (stmt, 1);

      if (!g_hash_table_contains (imp->buildings, building))
        g_hash_table_insert (imp->buildings, g_strdup (building),
                             g_memdup2 (&(gint64){ sqlite3_column_int64 (stmt, 0) },
                                        sizeof (gint64)));
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        {
          char *key = unit_key (building, _pd_column_text (stmt, 3));
          KnownUnit *known = g_new0 (KnownUnit, 1);

          known->id = sqlite3_column_int64 (stmt, 2);
          known->area = sqlite3_column_int64 (stmt, 4);
          pd_unit_type_from_code (_pd_column_text (stmt, 5), &known->type);
          if (g_hash_table_contains (imp->known_units, key))
            {
              g_free (key);
              g_free (known);
            }
          else
            g_hash_table_insert (imp->known_units, key, known);
        }
    }
  if (rc != SQLITE_DONE)
    return pd_database_set_error (imp->db, rc, _("Could not read the units"), error);
  return TRUE;
}

static gboolean
occupant_exists (Import     *imp,
                 gint64      unit_id,
                 const char *name,
                 PdRole      role,
                 gboolean   *out_exists,
                 GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (imp->db,
                                                "SELECT 1 FROM occupants WHERE unit_id = ?1"
                                                " AND name = ?2 AND role = ?3"
                                                " AND status <> 'moved_out' LIMIT 1",
                                                error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, unit_id);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, pd_role_to_code (role), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return pd_database_set_error (imp->db, rc, _("Could not read the occupants"), error);
  *out_exists = rc == SQLITE_ROW;
  return TRUE;
}

static void
add_reason (GString    *reasons,
            const char *message)
{
  if (reasons->len > 0)
    g_string_append_c (reasons, ' ');
  g_string_append (reasons, message);
}

G_GNUC_PRINTF (2, 3)
static void
add_reasonf (GString    *reasons,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  add_reason (reasons, message);
}

/* Checks the building, unit, area and type cells and finds or plans the unit. */
static void
check_unit_cells (Import  *imp,
                  Row     *row,
                  GString *reasons)
{
  g_autofree char *building = cell (imp, row, COL_BUILDING);
  g_autofree char *number = cell (imp, row, COL_UNIT);
  g_autofree char *area_text = cell (imp, row, COL_AREA);
  g_autofree char *type_text = cell (imp, row, COL_UNIT_TYPE);
  g_autofree char *key = NULL;
  g_autofree char *label = NULL;
  gboolean has_area = FALSE, has_type = FALSE;
  PdUnitType type = PD_UNIT_RESIDENTIAL;
  gint64 area = 0;
  KnownUnit *known;
  NewUnit *planned;
  guint reasons_before = reasons->len;

  if (*building == '\0')
    add_reason (reasons, _("The building (楼栋) is empty."));
  else if (g_utf8_strlen (building, -1) > 50)
    add_reasonf (reasons, _("The building name “%s” is longer than 50 characters."), building);
  if (*number == '\0')
    add_reason (reasons, _("The unit number (房号) is empty."));
  else if (g_utf8_strlen (number, -1) > 20)
    add_reasonf (reasons, _("The unit number “%s” is longer than 20 characters."), number);

  if (*area_text != '\0')
    {
      g_autoptr(GError) local_error = NULL;

      if (pd_area_parse (area_text, &area, &local_error))
        has_area = TRUE;
      else
        add_reasonf (reasons, _("Floor area (建筑面积): %s"), local_error->message);
    }
  else if (imp->kind == PD_IMPORT_UNITS)
    add_reason (reasons, _("The floor area (建筑面积) is empty."));

  if (*type_text != '\0')
    {
      if (pd_unit_type_from_label (type_text, &type))
        has_type = TRUE;
      else
        add_reasonf (reasons,
                     _("The unit type (房屋类型) “%s” is not known; write 住宅, 商铺, 写字楼 or "
                       "其他."),
                     type_text);
    }

  if (reasons->len != reasons_before || *building == '\0' || *number == '\0')
    return;

  key = unit_key (building, number);
  label = g_strdup_printf ("%s %s", building, number);
  known = g_hash_table_lookup (imp->known_units, key);
  planned = g_hash_table_lookup (imp->new_units, key);

  if (imp->kind == PD_IMPORT_UNITS)
    {
      if (known != NULL)
        add_reasonf (reasons, _("Unit %s already exists; it was left as it is."), label);
      else if (planned != NULL)
        add_reasonf (reasons, _("Unit %s is already on line %u of this file."), label,
                     planned->line);
    }
  else if (known != NULL)
    {
      if (has_area && area != known->area)
        {
          g_autofree char *theirs = pd_area_format (known->area);
          g_autofree char *ours = pd_area_format (area);
          add_reasonf (reasons,
                       _("Unit %s is recorded with a floor area of %s m², but this row says %s "
                         "m². Correct the file, or change the unit first."),
                       label, theirs, ours);
        }
      else if (has_type && type != known->type)
        add_reasonf (reasons,
                     _("Unit %s is recorded as %s, but this row says %s. Correct the file, or "
                       "change the unit first."),
                     label, pd_unit_type_to_label (known->type), pd_unit_type_to_label (type));
      else
        row->unit_id = known->id;
    }
  else if (planned != NULL)
    {
      if (has_area && area != planned->area)
        {
          g_autofree char *theirs = pd_area_format (planned->area);
          g_autofree char *ours = pd_area_format (area);
          add_reasonf (reasons,
                       _("Line %u gives unit %s a floor area of %s m², but this row says %s "
                         "m²."),
                       planned->line, label, theirs, ours);
        }
      else if (has_type && type != planned->type)
        add_reasonf (reasons, _("Line %u gives unit %s the type %s, but this row says %s."),
                     planned->line, label, pd_unit_type_to_label (planned->type),
                     pd_unit_type_to_label (type));
      else
        row->new_unit = planned;
    }
  else if (!has_area)
    add_reasonf (reasons,
                 _("Unit %s does not exist. Give its floor area (建筑面积) so that it is "
                   "created, or import the units first."),
                 label);

  if (reasons->len == reasons_before && known == NULL && planned == NULL && has_area)
    {
      NewUnit *unit = g_new0 (NewUnit, 1);

      unit->building = g_steal_pointer (&building);
      unit->number = g_steal_pointer (&number);
      unit->area = area;
      unit->type = type;
      unit->line = row->line;
      g_hash_table_insert (imp->new_units, g_steal_pointer (&key), unit);
      row->new_unit = unit;
    }
}

static void
set_text_field (Import          *imp,
                Row             *row,
                PdImportColumn   column,
                PdOccupant      *occupant,
                void           (*setter) (PdOccupant *, const char *))
{
  g_autofree char *text = cell (imp, row, column);

  setter (occupant, *text ? text : NULL);
}

/* A file has a handful of distinct role and kind texts in thousands of rows; the enum lookups
 * fold case and split alias lists on every call. */
static gboolean
lookup_label (Import     *imp,
              gboolean    is_role,
              const char *text,
              int        *out)
{
  g_autofree char *key = g_strconcat (is_role ? "r:" : "k:", text, NULL);
  gpointer cached;

  if (!g_hash_table_lookup_extended (imp->labels, key, NULL, &cached))
    {
      PdRole role;
      PdKind kind;
      int value = -1;

      if (is_role && pd_role_from_label (text, &role))
        value = (int)role;
      else if (!is_role && pd_kind_from_label (text, &kind))
        value = (int)kind;
      cached = GINT_TO_POINTER (value + 1);
      g_hash_table_insert (imp->labels, g_steal_pointer (&key), cached);
    }
  *out = GPOINTER_TO_INT (cached) - 1;
  return *out >= 0;
}

static gboolean
check_occupant_cells (Import   *imp,
                      Row      *row,
                      GString  *reasons,
                      GError  **error)
{
  g_autoptr(PdOccupant) occupant = pd_occupant_new ();
  g_autoptr(GPtrArray) issues = NULL;
  g_autofree char *name = cell (imp, row, COL_NAME);
  g_autofree char *role_text = cell (imp, row, COL_ROLE);
  g_autofree char *kind_text = cell (imp, row, COL_KIND);
  g_autofree char *id_number = cell (imp, row, COL_ID_NUMBER);
  g_autofree char *phone = cell (imp, row, COL_PHONE);
  PdRole role = PD_ROLE_OWNER;
  PdKind kind = PD_KIND_PERSON;
  gboolean role_ok = FALSE;
  int value;

  if (*role_text == '\0')
    add_reason (reasons, _("The role (身份) is empty; write 业主 or 租户."));
  else if ((role_ok = lookup_label (imp, TRUE, role_text, &value)))
    role = (PdRole)value;
  else
    add_reasonf (reasons, _("The role (身份) “%s” is not known; write 业主 or 租户."), role_text);

  if (*kind_text != '\0')
    {
      if (lookup_label (imp, FALSE, kind_text, &value))
        kind = (PdKind)value;
      else
        add_reasonf (reasons, _("The kind (类型) “%s” is not known; write 个人 or 单位."),
                     kind_text);
    }
  else if (*id_number != '\0' && pd_uscc_check (id_number, NULL)
           && !pd_resident_id_check (id_number, NULL, NULL))
    kind = PD_KIND_COMPANY;

  if (looks_like_exponent (id_number))
    add_reasonf (reasons,
                 _("The ID number “%s” was turned into a number by the spreadsheet program and "
                   "its digits are lost; format the column as text and enter the numbers "
                   "again."),
                 id_number);
  if (looks_like_exponent (phone))
    add_reasonf (reasons,
                 _("The phone number “%s” was turned into a number by the spreadsheet program "
                   "and its digits are lost; format the column as text and enter the numbers "
                   "again."),
                 phone);

  pd_occupant_set_name (occupant, name);
  pd_occupant_set_role (occupant, role);
  pd_occupant_set_kind (occupant, kind);
  pd_occupant_set_id_number (occupant, id_number);
  pd_occupant_set_phone (occupant, phone);
  set_text_field (imp, row, COL_MOVE_IN, occupant, pd_occupant_set_move_in_date);
  set_text_field (imp, row, COL_PHONE2, occupant, pd_occupant_set_phone2);
  set_text_field (imp, row, COL_EMERGENCY_NAME, occupant, pd_occupant_set_emergency_name);
  set_text_field (imp, row, COL_EMERGENCY_PHONE, occupant, pd_occupant_set_emergency_phone);
  set_text_field (imp, row, COL_NOTES, occupant, pd_occupant_set_notes);

  /* The unit is resolved here, not by id; the checker only needs a positive one. */
  pd_occupant_set_unit_id (occupant, G_MAXINT64);
  issues = pd_occupant_check (occupant);
  for (guint i = 0; i < issues->len; i++)
    {
      PdFieldIssue *issue = g_ptr_array_index (issues, i);

      if (!issue->warning && g_strcmp0 (issue->field, "unit-id") != 0
          && !(looks_like_exponent (id_number) && g_strcmp0 (issue->field, "id-number") == 0)
          && !(looks_like_exponent (phone) && g_strcmp0 (issue->field, "phone") == 0))
        add_reason (reasons, issue->message);
    }

  if (pd_occupant_get_move_in_date (occupant) != NULL
      && g_strcmp0 (pd_occupant_get_move_in_date (occupant), imp->today) > 0)
    pd_occupant_set_status (occupant, PD_STATUS_PENDING);

  if (reasons->len == 0 && role_ok && (row->unit_id != 0 || row->new_unit != NULL))
    {
      g_autofree char *building = cell (imp, row, COL_BUILDING);
      g_autofree char *number = cell (imp, row, COL_UNIT);
      g_autofree char *key = g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s", building, number,
                                              pd_occupant_get_name (occupant),
                                              pd_role_to_code (role));
      guint previous = GPOINTER_TO_UINT (g_hash_table_lookup (imp->seen, key));
      /* Mid-sentence in English ("as owner of"); no effect on Chinese. */
      g_autofree char *role_label = g_utf8_strdown (pd_role_to_label (role), -1);
      gboolean exists = FALSE;

      if (previous != 0)
        add_reasonf (reasons, _("%s is listed as %s of %s %s already on line %u."),
                     pd_occupant_get_name (occupant), role_label, building, number, previous);
      else
        g_hash_table_insert (imp->seen, g_steal_pointer (&key), GUINT_TO_POINTER (row->line));

      if (previous == 0 && row->unit_id != 0)
        {
          if (!occupant_exists (imp, row->unit_id, pd_occupant_get_name (occupant), role,
                                &exists, error))
            return FALSE;
          if (exists)
            add_reasonf (reasons, _("%s is already recorded as %s of %s %s."),
                         pd_occupant_get_name (occupant), role_label, building, number);
        }
    }

  row->occupant = g_steal_pointer (&occupant);
  return TRUE;
}

static gboolean
check_row (Import  *imp,
           Row     *row,
           GError **error)
{
  g_autoptr(GString) reasons = g_string_new (NULL);

  if (row->fields == NULL)
    add_reason (reasons, row->broken);
  else
    {
      for (guint i = imp->n_header_fields; i < row->fields->len; i++)
        {
          g_autofree char *extra = _pd_import_clean_cell (g_ptr_array_index (row->fields, i));
          if (*extra != '\0')
            {
              add_reasonf (reasons,
                           _("The row has a value “%s” in column %u, but the header row has "
                             "only %u columns; a comma inside a value must be in quotes."),
                           extra, i + 1, imp->n_header_fields);
              break;
            }
        }
      check_unit_cells (imp, row, reasons);
      if (imp->kind == PD_IMPORT_OCCUPANTS && !check_occupant_cells (imp, row, reasons, error))
        return FALSE;
    }

  row->valid = reasons->len == 0;
  if (!row->valid)
    {
      PdImportProblem *problem = g_new0 (PdImportProblem, 1);

      problem->line = row->line;
      problem->message = g_string_free (g_steal_pointer (&reasons), FALSE);
      g_ptr_array_add (imp->report->problems, problem);
      /* A unit planned by a bad row must not be created for it. */
      if (row->new_unit != NULL && row->new_unit->line == row->line)
        {
          g_autofree char *key = unit_key (row->new_unit->building, row->new_unit->number);
          g_hash_table_remove (imp->new_units, key);
        }
      row->new_unit = NULL;
    }
  return TRUE;
}

/* The reader's messages start with "Line 7: "; the report carries the line on its own. */
static char *
strip_line_prefix (const char *message,
                   guint       line)
{
  g_autofree char *english = g_strdup_printf ("Line %u: ", line);
  g_autofree char *chinese = g_strdup_printf ("第 %u 行：", line);
  const char *rest = message;

  if (g_str_has_prefix (message, english))
    rest = message + strlen (english);
  else if (g_str_has_prefix (message, chinese))
    rest = message + strlen (chinese);
  if (rest != message && g_ascii_islower (*rest))
    return g_strdup_printf ("%c%s", g_ascii_toupper (*rest), rest + 1);
  return g_strdup (rest);
}

static gboolean
read_rows (Import      *imp,
           PdCsvReader *reader,
           GError     **error)
{
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(GError) local_error = NULL;
  guint skipped_titles = 0;

  for (;;)
    {
      if (!pd_csv_reader_next_row (reader, &header, &local_error))
        {
          if (local_error != NULL)
            g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                         _("The header row cannot be read: %s"), local_error->message);
          else
            g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                         _("The file is empty; it needs a header row and at least one row of "
                           "data."));
          return FALSE;
        }
      /* A title such as "业户名册" above the header, as printed sheets have. */
      if (skipped_titles < 3 && _pd_import_is_title_row (header))
        {
          skipped_titles++;
          g_clear_pointer (&header, g_ptr_array_unref);
          continue;
        }
      break;
    }
  imp->n_header_fields = header->len;
  if (!_pd_import_map_header (imp->kind, header, imp->columns, error))
    return FALSE;

  for (;;)
    {
      g_autoptr(GPtrArray) fields = NULL;
      Row *row;

      g_clear_error (&local_error);
      if (!pd_csv_reader_next_row (reader, &fields, &local_error) && local_error == NULL)
        break;
      row = g_new0 (Row, 1);
      row->line = pd_csv_reader_get_line (reader);
      row->fields = g_steal_pointer (&fields);
      if (local_error != NULL)
        row->broken = strip_line_prefix (local_error->message, row->line);
      g_ptr_array_add (imp->rows, row);
    }
  return TRUE;
}

static gint64
ensure_building (Import     *imp,
                 const char *name,
                 GError    **error)
{
  gint64 *cached = g_hash_table_lookup (imp->buildings, name);
  gint64 id;

  if (cached != NULL)
    return *cached;
  if (imp->estate_id <= 0 && (imp->estate_id = pd_place_store_default_estate (imp->db, error)) < 0)
    return -1;
  id = pd_place_store_ensure_building (imp->db, imp->estate_id, name, error);
  if (id > 0)
    g_hash_table_insert (imp->buildings, g_strdup (name), g_memdup2 (&id, sizeof id));
  return id;
}

static gboolean
create_unit (Import  *imp,
             NewUnit *planned,
             GError **error)
{
  g_autoptr(PdUnit) unit = NULL;
  gint64 building_id;

  if (planned->id > 0)
    return TRUE;
  building_id = ensure_building (imp, planned->building, error);
  if (building_id < 0)
    return FALSE;
  unit = pd_unit_new ();
  pd_unit_set_building_id (unit, building_id);
  pd_unit_set_number (unit, planned->number);
  pd_unit_set_floor (unit, floor_from_number (planned->number));
  pd_unit_set_area (unit, planned->area);
  pd_unit_set_unit_type (unit, planned->type);
  if (!pd_place_store_insert_unit (imp->db, unit, error))
    return FALSE;
  planned->id = pd_unit_get_id (unit);
  imp->report->units_created++;
  return TRUE;
}

/* pd_occupant_store_insert() would check every row a second time and read its unit back; at
 * 20,000 rows that doubles the time, and these rows were all checked by check_row(). */
static gboolean
insert_occupant (Import     *imp,
                 PdOccupant *o,
                 GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (imp->db,
                                                "INSERT INTO occupants (unit_id, role, kind, name,"
                                                " id_number, phone, phone2, emergency_name,"
                                                " emergency_phone, move_in_date, move_out_date,"
                                                " status, notes)"
                                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                                                " ?11, ?12, ?13)",
                                                error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pd_occupant_get_unit_id (o));
  sqlite3_bind_text (stmt, 2, pd_role_to_code (pd_occupant_get_role (o)), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, pd_kind_to_code (pd_occupant_get_kind (o)), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, pd_occupant_get_name (o), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, pd_occupant_get_id_number (o) ?: "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, pd_occupant_get_phone (o) ?: "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, pd_occupant_get_phone2 (o) ?: "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, pd_occupant_get_emergency_name (o) ?: "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, pd_occupant_get_emergency_phone (o) ?: "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, pd_occupant_get_move_in_date (o), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, pd_occupant_get_move_out_date (o), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, pd_status_to_code (pd_occupant_get_status (o)), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, pd_occupant_get_notes (o) ?: "", -1, SQLITE_STATIC);
  return pd_database_step_done (imp->db, stmt, error);
}

static gboolean
write_rows (Import  *imp,
            GError **error)
{
  guint done = 0;

  if (!pd_database_begin (imp->db, error))
    return FALSE;
  for (guint i = 0; i < imp->rows->len; i++)
    {
      Row *row = g_ptr_array_index (imp->rows, i);
      g_autoptr(GError) local_error = NULL;
      gboolean ok = TRUE;

      if (!row->valid)
        continue;
      if (row->new_unit != NULL)
        ok = create_unit (imp, row->new_unit, &local_error);
      if (ok && imp->kind == PD_IMPORT_OCCUPANTS)
        {
          pd_occupant_set_unit_id (row->occupant,
                                   row->unit_id ? row->unit_id : row->new_unit->id);
          ok = insert_occupant (imp, row->occupant, &local_error);
        }
      if (!ok)
        {
          pd_database_rollback (imp->db);
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("Line %u could not be saved, so nothing was imported: "),
                                      row->line);
          return FALSE;
        }
      imp->report->rows_imported++;
      report_progress (imp, ++done, imp->report->rows_valid);
    }
  if (!pd_database_commit (imp->db, error))
    {
      g_prefix_error (error, _("Nothing was imported: "));
      return FALSE;
    }
  return TRUE;
}

/**
 * pd_import_csv:
 *
 * See pd-occupant-import.h for the contract.
 */
PdImportReport *
pd_import_csv (PdDatabase           *db,
               PdImportKind          kind,
               GBytes               *data,
               gboolean              skip_invalid,
               gboolean              dry_run,
               PdImportProgressFunc  progress,
               gpointer              user_data,
               GError              **error)
{
  g_auto(Import) imp = { 0 };
  g_autoptr(PdCsvReader) reader = NULL;
  PdImportReport *report;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = pd_csv_reader_new_from_bytes (data, error);
  if (reader == NULL)
    return NULL;

  imp.db = db;
  imp.kind = kind;
  imp.progress = progress;
  imp.user_data = user_data;
  imp.rows = g_ptr_array_new_with_free_func ((GDestroyNotify)row_free);
  imp.new_units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify)new_unit_free);
  imp.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp.labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp.today = pd_date_today_iso ();
  imp.report = g_new0 (PdImportReport, 1);
  imp.report->problems = g_ptr_array_new_with_free_func ((GDestroyNotify)pd_import_problem_free);
  imp.report->encoding = g_strdup (pd_csv_reader_get_encoding (reader));

  if (!read_rows (&imp, reader, error) || !load_known (&imp, error))
    return NULL;
  imp.report->rows_total = imp.rows->len;

  imp.progress_span = dry_run ? 1.0 : 0.5;
  for (guint i = 0; i < imp.rows->len; i++)
    {
      Row *row = g_ptr_array_index (imp.rows, i);

      if (!check_row (&imp, row, error))
        return NULL;
      if (row->valid)
        imp.report->rows_valid++;
      report_progress (&imp, i + 1, imp.rows->len);
    }

  if (dry_run)
    return g_steal_pointer (&imp.report);

  if (imp.report->problems->len > 0 && !skip_invalid)
    {
      PdImportProblem *first = g_ptr_array_index (imp.report->problems, 0);
      guint n = imp.report->problems->len;

      if (n == 1)
        g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                     _("Line %u: %s Nothing was imported."), first->line, first->message);
      else
        g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%u row has errors, the first on line %u: %s Nothing was "
                                  "imported.",
                                  "%u rows have errors, the first on line %u: %s Nothing was "
                                  "imported.",
                                  n),
                     n, first->line, first->message);
      return g_steal_pointer (&imp.report);
    }

  imp.report->rows_skipped = imp.report->problems->len;
  imp.progress_base = 0.5;
  if (!write_rows (&imp, error))
    return NULL;
  if (progress != NULL)
    progress (1.0, user_data);

  report = g_steal_pointer (&imp.report);
  return report;
}
