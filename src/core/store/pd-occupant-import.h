// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"

G_BEGIN_DECLS

/* Import of units, or of occupants (with their units), from a CSV file such as a spreadsheet
 * program saves: RFC 4180, UTF-8 with or without BOM, GB18030/GBK or UTF-16.
 *
 * The first row names the columns, in any order, by their Chinese labels (楼栋, 房号, 建筑面积,
 * 房屋类型, 姓名/名称, 类型, 证件号码, 手机, 身份, 入驻日期, and the optional 其他电话,
 * 紧急联系人, 紧急联系人电话, 备注) or English keys (building, unit, area, unit_type, name, kind,
 * id_number, phone, role, move_in_date, phone2, emergency_name, emergency_phone, notes); common
 * variants (姓名, 名称, 手机号, 电话, 身份证号, 面积, "建筑面积(㎡)", ...) are accepted too.
 *
 * Units files need 楼栋, 房号 and 建筑面积; 房屋类型 (住宅/商铺/写字楼/其他) defaults to 住宅.
 * Occupants files need 楼栋, 房号, 姓名/名称 and 身份; a unit that does not exist yet is created
 * when the row gives its 建筑面积 (else the row is refused). 类型 defaults to 个人 unless the
 * 证件号码 is a unified social credit code. New buildings go into the default estate. */

typedef enum
{
  PD_IMPORT_UNITS,
  PD_IMPORT_OCCUPANTS,
} PdImportKind;

typedef struct
{
  guint  line;     /* physical line of the file where the row starts (the header is line 1) */
  char  *message;  /* translated sentence(s) saying what is wrong with the row */
} PdImportProblem;

typedef struct
{
  guint      rows_total;     /* data rows read (blank lines are not rows) */
  guint      rows_valid;     /* rows that passed every check */
  guint      rows_imported;  /* rows written; 0 after a dry run or a refused import */
  guint      rows_skipped;   /* bad rows left out because skip_invalid was set */
  guint      units_created;  /* units added (by a units file, or for occupants' new units) */
  GPtrArray *problems;       /* PdImportProblem, one per bad row, in file order */
  char      *encoding;       /* "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE", "UTF-16BE" */
} PdImportReport;

/* Called from the thread that runs the import, with fraction in [0, 1]. */
typedef void (*PdImportProgressFunc) (double   fraction,
                                      gpointer user_data);

void            pd_import_problem_free  (PdImportProblem *problem);
void            pd_import_report_free   (PdImportReport  *report);

/* Every row is checked before anything is written; all writes are one transaction.
 *
 * Contract:
 * - Returns NULL with @error set when the file cannot be used at all: not text in a known
 *   encoding (PD_CSV_ERROR), no header row, an unknown, repeated or missing required column
 *   (PD_DB_ERROR_INVALID, naming the column), or a database failure (PD_DB_ERROR_*, after
 *   rolling back). Nothing was written.
 * - Otherwise returns a report. With @dry_run nothing is written and @error is never set: the
 *   report says what an import would do (rows_valid, problems).
 * - Without @dry_run, when some rows are bad and @skip_invalid is FALSE, nothing is written, the
 *   report lists every bad row, AND @error is set to PD_DB_ERROR_INVALID with a sentence naming
 *   the first bad line ("Line 7: … Nothing was imported."), so a caller that only checks @error
 *   cannot take a refused import for a success. With @skip_invalid the good rows are written,
 *   the bad ones are counted in rows_skipped and listed, and @error is not set.
 *
 * In short: NULL = fatal; non-NULL and @error set = refused, read report->problems;
 * non-NULL and no error = done (or checked, for a dry run).
 *
 * @progress may be NULL; it is called a few hundred times at most. */
PdImportReport *pd_import_csv           (PdDatabase            *db,
                                         PdImportKind           kind,
                                         GBytes                *data,
                                         gboolean               skip_invalid,
                                         gboolean               dry_run,
                                         PdImportProgressFunc   progress,
                                         gpointer               user_data,
                                         GError               **error);

/* A template file for @kind: the Chinese header row only, UTF-8 with BOM (so that Excel on
 * Chinese Windows opens it correctly). */
GBytes         *pd_import_template      (PdImportKind           kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdImportReport, pd_import_report_free)

G_END_DECLS
