// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-export"
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-enums.h"
#include "pd-mask.h"
#include "pd-roster-export.h"

#define PROGRESS_EVERY 500
#define MASK_BUF_SIZE  32

#define ROW_TITLE    0
#define ROW_SUBTITLE 1
#define ROW_HEADER   2

typedef struct
{
  const char *code;
  const char *label;
} CodeLabel;

/* Labels of the enum codes, looked up once per export rather than once per row. */
typedef struct
{
  CodeLabel roles[2];
  CodeLabel kinds[2];
  CodeLabel statuses[3];
  CodeLabel unit_types[4];
} Labels;

/* Column widths in characters of the default font; they add up to one landscape A4 page. */
static const double column_widths[PD_ROSTER_N_COLUMNS] = {
  6,    /* 序号 */
  8,    /* 楼栋 */
  8,    /* 房号 */
  10,   /* 建筑面积 */
  8,    /* 房屋类型 */
  22,   /* 业户名称 */
  6,    /* 类型 */
  6,    /* 身份 */
  20,   /* 证件号码 */
  14,   /* 手机 */
  22,   /* 紧急联系人 */
  11,   /* 入驻日期 */
  8,    /* 状态 */
};

/* One pass in the order of @ids: json_each() walks the bound array and key is the position, so
 * the query's order is kept without building an object per row. */
static const char roster_sql[] =
  "SELECT b.name, u.number, u.area_centi, u.type, o.name, o.kind, o.role, o.id_number, o.phone,"
  "       o.emergency_name, o.emergency_phone, o.move_in_date, o.status"
  "  FROM json_each (?1) AS j"
  "  CROSS JOIN occupants AS o ON o.id = j.value"
  "  JOIN units AS u ON u.id = o.unit_id"
  "  JOIN buildings AS b ON b.id = u.building_id"
  " ORDER BY j.key";

static const char *
column_title (PdRosterColumn column)
{
  switch (column)
    {
    case PD_ROSTER_COL_SERIAL: return C_("roster column", "No.");
    case PD_ROSTER_COL_BUILDING: return C_("roster column", "Building");
    case PD_ROSTER_COL_UNIT: return C_("roster column", "Unit");
    case PD_ROSTER_COL_AREA: return C_("roster column", "Floor area (m²)");
    case PD_ROSTER_COL_UNIT_TYPE: return C_("roster column", "Unit type");
    case PD_ROSTER_COL_NAME: return C_("roster column", "Occupant");
    case PD_ROSTER_COL_KIND: return C_("roster column", "Person or company");
    case PD_ROSTER_COL_ROLE: return C_("roster column", "Owner or tenant");
    case PD_ROSTER_COL_ID_NUMBER: return C_("roster column", "ID number");
    case PD_ROSTER_COL_PHONE: return C_("roster column", "Mobile phone");
    case PD_ROSTER_COL_EMERGENCY: return C_("roster column", "Emergency contact");
    case PD_ROSTER_COL_MOVE_IN: return C_("roster column", "Move-in date");
    case PD_ROSTER_COL_STATUS: return C_("roster column", "Status");
    case PD_ROSTER_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
labels_init (Labels *l)
{
  for (PdRole r = PD_ROLE_OWNER; r <= PD_ROLE_TENANT; r++)
    l->roles[r] = (CodeLabel) { pd_role_to_code (r), pd_role_to_label (r) };
  for (PdKind k = PD_KIND_PERSON; k <= PD_KIND_COMPANY; k++)
    l->kinds[k] = (CodeLabel) { pd_kind_to_code (k), pd_kind_to_label (k) };
  for (PdStatus s = PD_STATUS_PENDING; s <= PD_STATUS_MOVED_OUT; s++)
    l->statuses[s] = (CodeLabel) { pd_status_to_code (s), pd_status_to_label (s) };
  for (PdUnitType t = PD_UNIT_RESIDENTIAL; t <= PD_UNIT_OTHER; t++)
    l->unit_types[t] = (CodeLabel) { pd_unit_type_to_code (t), pd_unit_type_to_label (t) };
}

/* An unknown code (a newer schema's value) is shown as stored rather than dropped. */
static const char *
label_for (const CodeLabel *table,
           guint            n,
           const char      *code)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (table[i].code, code) == 0)
      return table[i].label;
  return code;
}

/* The store keeps phones and IDs normalized, so nearly every row has one of two shapes whose
 * masks pd-mask's rules fix: an 11-digit mobile keeps 3 + 4 digits, an ID or credit code of 15
 * or more letters and digits keeps 6 + 4. Those are masked in @buf without the rules' full
 * parse (which is most of the export's own time on 100,000 rows); anything else goes through
 * pd_mask_*(). The export test checks that both give the same text. */
static const char *
mask_phone (const char  *phone,
            char        *buf,
            char       **to_free)
{
  gsize len = phone != NULL ? strlen (phone) : 0;

  if (len == 11 && phone[0] == '1' && phone[1] >= '3' && phone[1] <= '9')
    {
      gboolean digits = TRUE;

      for (gsize i = 0; i < len && digits; i++)
        digits = g_ascii_isdigit (phone[i]);
      if (digits)
        {
          memcpy (buf, phone, 3);
          memset (buf + 3, '*', 4);
          memcpy (buf + 7, phone + 7, 5);
          return buf;
        }
    }
  if (len == 0)
    return "";
  return *to_free = pd_mask_phone (phone);
}

static const char *
mask_id (const char  *id,
         char        *buf,
         char       **to_free)
{
  gsize len = id != NULL ? strlen (id) : 0;

  if (len >= 15 && len < MASK_BUF_SIZE)
    {
      gboolean alnum = TRUE;

      for (gsize i = 0; i < len && alnum; i++)
        alnum = g_ascii_isalnum (id[i]);
      if (alnum)
        {
          memcpy (buf, id, 6);
          memset (buf + 6, '*', len - 10);
          memcpy (buf + len - 4, id + len - 4, 5);
          return buf;
        }
    }
  if (len == 0)
    return "";
  return *to_free = pd_mask_id (id);
}

static char *
dup_estate_names (PdDatabase            *db,
                  const PdOccupantQuery *query,
                  GError               **error)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(PdStmt) stmt = NULL;
  int rc;

  if (query != NULL && query->building_id != 0)
    {
      stmt = pd_database_prepare (db,
                                  "SELECT e.name FROM buildings AS b"
                                  "  JOIN estates AS e ON e.id = b.estate_id WHERE b.id = ?1",
                                  error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, query->building_id);
    }
  else
    {
      stmt = pd_database_prepare (db,
                                  "SELECT e.name FROM estates AS e WHERE EXISTS"
                                  "  (SELECT 1 FROM buildings AS b WHERE b.estate_id = e.id)"
                                  " ORDER BY e.id",
                                  error);
      if (stmt == NULL)
        return NULL;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (names->len > 0)
        g_string_append (names, C_("list separator", ", "));
      g_string_append (names, (const char *) sqlite3_column_text (stmt, 0));
    }
  if (rc != SQLITE_DONE)
    {
      pd_database_set_error (db, rc, _("Could not read the estates for the roster"), error);
      return NULL;
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
ids_to_json (GArray *ids)
{
  GString *json = g_string_sized_new (ids->len * 8 + 2);

  g_string_append_c (json, '[');
  for (guint i = 0; i < ids->len; i++)
    {
      if (i > 0)
        g_string_append_c (json, ',');
      g_string_append_printf (json, "%" G_GINT64_FORMAT, g_array_index (ids, gint64, i));
    }
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

static void
write_heading (lxw_workbook  *wb,
               lxw_worksheet *ws,
               PdXlsxStyles  *st,
               const char    *estates,
               guint          n_rows,
               gboolean       full)
{
  const lxw_col_t last_col = PD_ROSTER_N_COLUMNS - 1;
  g_autofree char *now = pd_xlsx_format_now ();
  g_autofree char *estate_line = g_strdup_printf (_("Estate: %s"), estates);
  g_autofree char *time_line = g_strdup_printf (_("Exported: %s"), now);
  g_autofree char *count_line = NULL;

  /* TRANSLATORS: total at the top of the roster; "户" in Chinese */
  count_line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u occupant in total",
                                             "%u occupants in total", n_rows), n_rows);

  pd_xlsx_set_column_widths (ws, column_widths, PD_ROSTER_N_COLUMNS);

  /* In constant-memory mode a row is flushed as soon as a later row is touched: each row's
   * height is set just before its own cells. */
  worksheet_set_row (ws, ROW_TITLE, 32, NULL);
  pd_xlsx_merge_text (ws, ROW_TITLE, 0, last_col, _("Occupant Roster"), st->title_across);

  worksheet_set_row (ws, ROW_SUBTITLE, 20, NULL);
  pd_xlsx_write_text (ws, ROW_SUBTITLE, 0, estate_line, st->subtitle);
  pd_xlsx_write_text (ws, ROW_SUBTITLE, PD_ROSTER_COL_ID_NUMBER, time_line, st->subtitle);
  pd_xlsx_write_text (ws, ROW_SUBTITLE, last_col, count_line, st->subtitle_right);

  worksheet_set_row (ws, ROW_HEADER, 22, NULL);
  for (lxw_col_t c = 0; c < PD_ROSTER_N_COLUMNS; c++)
    pd_xlsx_write_text (ws, ROW_HEADER, c, column_title (c), st->header);

  worksheet_repeat_rows (ws, ROW_HEADER, ROW_HEADER);
  worksheet_freeze_panes (ws, PD_ROSTER_FIRST_DATA_ROW, 0);
  worksheet_autofilter (ws, ROW_HEADER, 0, ROW_HEADER + n_rows, last_col);
  pd_xlsx_setup_a4 (ws, TRUE, TRUE);
  pd_xlsx_set_page_header (ws, estates,
                           full ? _("Confidential: full ID numbers and phone numbers")
                                : _("ID numbers and phone numbers partly hidden"));
  pd_xlsx_set_properties (wb, _("Occupant Roster"), estates, NULL);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  return (const char *) sqlite3_column_text (stmt, col);
}

/* Returns FALSE if a cell could not be written. */
static gboolean
write_occupant_row (lxw_worksheet *ws,
                    PdXlsxStyles  *st,
                    const Labels  *labels,
                    lxw_row_t      row,
                    guint          serial,
                    sqlite3_stmt  *stmt,
                    gboolean       full)
{
  const char *emergency_name = column_text (stmt, 9);
  const char *emergency_phone = column_text (stmt, 10);
  const char *id_number = column_text (stmt, 7);
  const char *phone = column_text (stmt, 8);
  char id_buf[MASK_BUF_SIZE], phone_buf[MASK_BUF_SIZE], emergency_buf[MASK_BUF_SIZE];
  g_autofree char *id_masked = NULL;
  g_autofree char *phone_masked = NULL;
  g_autofree char *emergency_masked = NULL;
  g_autofree char *emergency = NULL;
  lxw_error err = LXW_NO_ERROR;

  if (!full)
    {
      id_number = mask_id (id_number, id_buf, &id_masked);
      phone = mask_phone (phone, phone_buf, &phone_masked);
      emergency_phone = mask_phone (emergency_phone, emergency_buf, &emergency_masked);
    }
  if (emergency_name != NULL && *emergency_name != '\0' && emergency_phone != NULL
      && *emergency_phone != '\0')
    emergency = g_strconcat (emergency_name, " ", emergency_phone, NULL);

#define CHECK(call) G_STMT_START { if (err == LXW_NO_ERROR) err = (call); } G_STMT_END
  CHECK (worksheet_write_number (ws, row, PD_ROSTER_COL_SERIAL, serial, st->cell_center));
  CHECK (pd_xlsx_write_text (ws, row, PD_ROSTER_COL_BUILDING, column_text (stmt, 0),
                             st->cell_center));
  CHECK (pd_xlsx_write_text (ws, row, PD_ROSTER_COL_UNIT, column_text (stmt, 1), st->cell_center));
  /* An area is not money: the double is only the spreadsheet's storage of "89.50". */
  CHECK (worksheet_write_number (ws, row, PD_ROSTER_COL_AREA,
                                 (double) sqlite3_column_int64 (stmt, 2) / 100.0, st->number));
  CHECK (pd_xlsx_write_text (ws, row, PD_ROSTER_COL_UNIT_TYPE,
                             label_for (labels->unit_types, G_N_ELEMENTS (labels->unit_types),
                                        column_text (stmt, 3)),
                             st->cell_center));
  CHECK (pd_xlsx_write_text (ws, row, PD_ROSTER_COL_NAME, column_text (stmt, 4), st->cell));
  CHECK (pd_xlsx_write_text (ws, row, PD_ROSTER_COL_KIND,
                             label_for (labels->kinds, G_N_ELEMENTS (labels->kinds),
                                        column_text (stmt, 5)),
                             st->cell_center));
  CHECK (pd_xlsx_write_text (ws, row, PD_ROSTER_COL_ROLE,
                             label_for (labels->roles, G_N_ELEMENTS (labels->roles),
                                        column_text (stmt, 6)),
                             st->cell_center));
  CHECK (pd_xlsx_write_text (ws, row, PD_ROSTER_COL_ID_NUMBER, id_number, st->cell));
  CHECK (pd_xlsx_write_text (ws, row, PD_ROSTER_COL_PHONE, phone, st->cell));
  CHECK (pd_xlsx_write_text (ws, row, PD_ROSTER_COL_EMERGENCY,
                             emergency ? emergency
                                       : (emergency_name && *emergency_name ? emergency_name
                                                                            : emergency_phone),
                             st->cell));
  CHECK (pd_xlsx_write_text (ws, row, PD_ROSTER_COL_MOVE_IN, column_text (stmt, 11),
                             st->cell_center));
  CHECK (pd_xlsx_write_text (ws, row, PD_ROSTER_COL_STATUS,
                             label_for (labels->statuses, G_N_ELEMENTS (labels->statuses),
                                        column_text (stmt, 12)),
                             st->cell_center));
#undef CHECK

  if (err != LXW_NO_ERROR)
    g_warning ("Roster row %u: %s", serial, lxw_strerror (err));
  return err == LXW_NO_ERROR;
}

static gboolean
write_rows (PdDatabase           *db,
            lxw_worksheet        *ws,
            PdXlsxStyles         *st,
            GArray               *ids,
            gboolean              full,
            PdExportProgressFunc  progress,
            gpointer              user_data,
            guint                *out_rows,
            GError              **error)
{
  g_autofree char *json = ids_to_json (ids);
  g_autoptr(PdStmt) stmt = NULL;
  Labels labels;
  guint n = 0;
  int rc;

  labels_init (&labels);

  stmt = pd_database_prepare (db, roster_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!write_occupant_row (ws, st, &labels, PD_ROSTER_FIRST_DATA_ROW + n, n + 1, stmt, full))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("Could not write row %u of the roster to the spreadsheet."), n + 1);
          return FALSE;
        }
      n++;

      if (progress != NULL && n % PROGRESS_EVERY == 0 && !progress (n, ids->len, user_data))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                               _("The export was cancelled."));
          return FALSE;
        }
    }
  if (rc != SQLITE_DONE)
    return pd_database_set_error (db, rc, _("Could not read the occupants for the roster"),
                                  error);

  if (progress != NULL)
    progress (n, ids->len, user_data);
  *out_rows = n;
  return TRUE;
}

gboolean
pd_roster_export_xlsx (PdDatabase            *db,
                       const PdOccupantQuery *query,
                       gboolean               full,
                       const char            *path,
                       PdExportProgressFunc   progress,
                       gpointer               user_data,
                       guint                 *out_rows,
                       GError               **error)
{
  PdOccupantQuery all;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *estates = NULL;
  lxw_workbook *wb;
  lxw_worksheet *ws;
  PdXlsxStyles styles;
  guint n = 0;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (query == NULL)
    {
      pd_occupant_query_init (&all);
      query = &all;
    }

  /* A savepoint is a read transaction here: the ids and the rows come from one snapshot even
   * while the desk keeps working in the same file. */
  if (!pd_database_exec (db, "SAVEPOINT pd_roster_export", error))
    return FALSE;

  ids = pd_occupant_store_query_ids (db, query, error);
  if (ids == NULL)
    goto failed_db;
  estates = dup_estate_names (db, query, error);
  if (estates == NULL)
    goto failed_db;

  wb = pd_xlsx_workbook_new (path, TRUE, error);
  if (wb == NULL)
    goto failed_db;
  ws = pd_xlsx_add_worksheet (wb, _("Occupants"), error);
  if (ws == NULL)
    {
      pd_xlsx_workbook_discard (wb);
      goto failed_db;
    }
  pd_xlsx_styles_init (&styles, wb);

  write_heading (wb, ws, &styles, estates, ids->len, full);
  if (!write_rows (db, ws, &styles, ids, full, progress, user_data, &n, error))
    {
      pd_xlsx_workbook_discard (wb);
      goto failed_db;
    }

  pd_database_exec (db, "RELEASE pd_roster_export", NULL);

  if (!pd_xlsx_workbook_close (wb, path, error))
    return FALSE;

  g_debug ("Roster of %u occupants written to %s (%s)", n, path, full ? "full" : "masked");
  if (out_rows != NULL)
    *out_rows = n;
  return TRUE;

failed_db:
  pd_database_exec (db, "ROLLBACK TO pd_roster_export; RELEASE pd_roster_export", NULL);
  return FALSE;
}

char *
pd_roster_export_default_name (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y%m%d");

  /* TRANSLATORS: file name proposed for the roster export; no slashes */
  return g_strdup_printf ("%s-%s.xlsx", _("Occupant Roster"), date);
}
