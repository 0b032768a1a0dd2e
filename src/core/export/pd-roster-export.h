// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-occupant-store.h"
#include "pd-xlsx-common.h"

G_BEGIN_DECLS

/* Columns of the roster, in order. */
typedef enum
{
  PD_ROSTER_COL_SERIAL,     /* 序号 */
  PD_ROSTER_COL_BUILDING,   /* 楼栋 */
  PD_ROSTER_COL_UNIT,       /* 房号 */
  PD_ROSTER_COL_AREA,       /* 建筑面积(㎡), a number with two decimals */
  PD_ROSTER_COL_UNIT_TYPE,  /* 房屋类型 */
  PD_ROSTER_COL_NAME,       /* 业户名称 */
  PD_ROSTER_COL_KIND,       /* 类型: 个人/单位 */
  PD_ROSTER_COL_ROLE,       /* 身份: 业主/租户 */
  PD_ROSTER_COL_ID_NUMBER,  /* 证件号码 */
  PD_ROSTER_COL_PHONE,      /* 手机 */
  PD_ROSTER_COL_EMERGENCY,  /* 紧急联系人: name and phone */
  PD_ROSTER_COL_MOVE_IN,    /* 入驻日期, ISO text */
  PD_ROSTER_COL_STATUS,     /* 状态 */
  PD_ROSTER_N_COLUMNS
} PdRosterColumn;

/* Sheet rows: title, estate and time line, column headings, then one row per occupant. */
#define PD_ROSTER_FIRST_DATA_ROW 3

/* Writes the occupant roster (业户档案一览表) to @path: the occupants of @query (NULL: all, by
 * building and unit) in its order, one row each, on A4 landscape pages one page wide with the
 * headings repeated. Phones and ID numbers are masked unless @full. @progress (may be NULL) is
 * called from the calling thread every few hundred rows. @db must not be used by another thread
 * meanwhile: from a worker, open a second PdDatabase on the same file. @out_rows (may be NULL)
 * receives the number of occupant rows written. */
gboolean pd_roster_export_xlsx (PdDatabase            *db,
                                const PdOccupantQuery *query,
                                gboolean               full,
                                const char            *path,
                                PdExportProgressFunc   progress,
                                gpointer               user_data,
                                guint                 *out_rows,
                                GError               **error);

/* "业户档案一览表-20260314.xlsx" for today, the name the save dialog proposes. */
char    *pd_roster_export_default_name (void);

G_END_DECLS
