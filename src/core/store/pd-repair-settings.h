// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-repair-deadline.h"

G_BEGIN_DECLS

/* Settings of the repairs feature in the settings table (key/value text), with defaults when a
 * key is missing or unreadable, and the lists an office edits: categories, departments and
 * their staff, the paid-service price list. Names are trimmed; a blank name is refused with
 * PD_DB_ERROR_INVALID, a duplicate with PD_DB_ERROR_CONSTRAINT, an unknown id with
 * PD_DB_ERROR_NOT_FOUND, each with a sentence naming the value. Lists are never deleted from
 * (orders refer to them): deactivate instead. */

#define PD_SETTLEMENT_THRESHOLD_DEPUTY_DEFAULT 500000   /* 5,000.00 yuan */
#define PD_SETTLEMENT_THRESHOLD_GM_DEFAULT     2000000  /* 20,000.00 yuan */

/* Generic access, for keys other areas own too. */
char       *pd_settings_get_string          (PdDatabase  *db,
                                             const char  *key,
                                             const char  *fallback);
gint64      pd_settings_get_int             (PdDatabase  *db,
                                             const char  *key,
                                             gint64       fallback);
gboolean    pd_settings_set_string          (PdDatabase  *db,
                                             const char  *key,
                                             const char  *value,
                                             GError     **error);
gboolean    pd_settings_set_int             (PdDatabase  *db,
                                             const char  *key,
                                             gint64       value,
                                             GError     **error);

/* repair.onsite_minutes, repair.urgent_hours, repair.small_cutoff_hour, repair.general_days.
 * Load never fails: a missing or out-of-range value gives its default. Save checks the ranges
 * (pd_repair_times_check) and writes all four in one transaction. */
void        pd_repair_settings_load_times   (PdDatabase          *db,
                                             PdRepairTimes       *out);
gboolean    pd_repair_settings_save_times   (PdDatabase          *db,
                                             const PdRepairTimes *times,
                                             GError             **error);
/* settlement.threshold_deputy_fen and settlement.threshold_gm_fen: above deputy, the deputy
 * chief engineer and a vice-president approve; above gm, the general manager. Save refuses
 * negative values and gm below deputy. */
void        pd_repair_settings_load_thresholds (PdDatabase  *db,
                                                gint64      *out_deputy_fen,
                                                gint64      *out_gm_fen);
gboolean    pd_repair_settings_save_thresholds (PdDatabase  *db,
                                                gint64       deputy_fen,
                                                gint64       gm_fen,
                                                GError     **error);
/* callback.rmb_prefix: write "人民币" before amounts in capitals (default FALSE). */
gboolean    pd_repair_settings_get_rmb_prefix  (PdDatabase  *db);
gboolean    pd_repair_settings_set_rmb_prefix  (PdDatabase  *db,
                                                gboolean     prefix,
                                                GError     **error);

/* Repair categories (给排水, 电气, ...), in sort order. */
typedef struct
{
  gint64    id;
  char     *name;
  gboolean  onsite_callback;  /* callbacks must be on site, never by phone */
  int       sort_order;
  gboolean  active;
} PdRepairCategory;

void        pd_repair_category_free         (PdRepairCategory *category);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdRepairCategory, pd_repair_category_free)

/* Array of PdRepairCategory (owning). */
GPtrArray  *pd_repair_settings_list_categories  (PdDatabase  *db,
                                                 gboolean     include_inactive,
                                                 GError     **error);
PdRepairCategory *pd_repair_settings_get_category (PdDatabase *db,
                                                   gint64      category_id,
                                                   GError    **error);
/* Active category of that exact (trimmed) name, or NULL without error. */
PdRepairCategory *pd_repair_settings_find_category (PdDatabase *db,
                                                    const char *name,
                                                    GError    **error);
/* Appended at the end of the sort order. Returns the new id, 0 on error. */
gint64      pd_repair_settings_add_category     (PdDatabase  *db,
                                                 const char  *name,
                                                 gboolean     onsite_callback,
                                                 GError     **error);
gboolean    pd_repair_settings_rename_category  (PdDatabase  *db,
                                                 gint64       category_id,
                                                 const char  *name,
                                                 GError     **error);
gboolean    pd_repair_settings_set_category_onsite (PdDatabase *db,
                                                    gint64      category_id,
                                                    gboolean    onsite_callback,
                                                    GError    **error);
gboolean    pd_repair_settings_set_category_active (PdDatabase *db,
                                                    gint64      category_id,
                                                    gboolean    active,
                                                    GError    **error);
gboolean    pd_repair_settings_set_category_order  (PdDatabase *db,
                                                    gint64      category_id,
                                                    int         sort_order,
                                                    GError    **error);

/* Departments that receive dispatched work (工程部, 秩序维护部, ...). */
typedef struct
{
  gint64    id;
  char     *code;  /* stable code, e.g. "engineering"; generated from the id when added blank */
  char     *name;
  gboolean  active;
} PdDepartment;

void        pd_department_free              (PdDepartment *department);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdDepartment, pd_department_free)

GPtrArray  *pd_repair_settings_list_departments (PdDatabase  *db,
                                                 gboolean     include_inactive,
                                                 GError     **error);
PdDepartment *pd_repair_settings_get_department (PdDatabase *db,
                                                 gint64      department_id,
                                                 GError    **error);
/* code may be NULL or blank. Returns the new id, 0 on error. */
gint64      pd_repair_settings_add_department   (PdDatabase  *db,
                                                 const char  *code,
                                                 const char  *name,
                                                 GError     **error);
gboolean    pd_repair_settings_rename_department (PdDatabase *db,
                                                  gint64      department_id,
                                                  const char *name,
                                                  GError    **error);
gboolean    pd_repair_settings_set_department_active (PdDatabase *db,
                                                      gint64      department_id,
                                                      gboolean    active,
                                                      GError    **error);

/* Staff and teams of a department (维修班组). */
typedef struct
{
  gint64    id;
  gint64    department_id;
  char     *name;
  char     *team;   /* may be "" */
  char     *phone;  /* normalized, may be "" */
  gboolean  active;
} PdStaff;

void        pd_staff_free                   (PdStaff *staff);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdStaff, pd_staff_free)

/* By department (0: all), then team, then name. */
GPtrArray  *pd_repair_settings_list_staff   (PdDatabase  *db,
                                             gint64       department_id,
                                             gboolean     include_inactive,
                                             GError     **error);
PdStaff    *pd_repair_settings_get_staff    (PdDatabase  *db,
                                             gint64       staff_id,
                                             GError     **error);
/* id is ignored on add (returns the new id, 0 on error) and names the row on update. Checks
 * the name, the department (must exist and be active on add) and the phone when given. */
gint64      pd_repair_settings_add_staff    (PdDatabase    *db,
                                             const PdStaff *staff,
                                             GError       **error);
gboolean    pd_repair_settings_update_staff (PdDatabase    *db,
                                             const PdStaff *staff,
                                             GError       **error);
gboolean    pd_repair_settings_set_staff_active (PdDatabase *db,
                                                 gint64      staff_id,
                                                 gboolean    active,
                                                 GError    **error);

/* The paid-service price list (有偿服务收费标准). */
typedef struct
{
  gint64    id;
  char     *code;   /* unique */
  char     *name;
  char     *unit;   /* unit of measure, e.g. 个, 米, 次 */
  gint64    price_fen;
  gboolean  active;
} PdPriceItem;

void        pd_price_item_free              (PdPriceItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdPriceItem, pd_price_item_free)

/* By code. */
GPtrArray  *pd_repair_settings_list_price_items (PdDatabase  *db,
                                                 gboolean     include_inactive,
                                                 GError     **error);
PdPriceItem *pd_repair_settings_get_price_item  (PdDatabase  *db,
                                                 gint64       item_id,
                                                 GError     **error);
PdPriceItem *pd_repair_settings_find_price_item (PdDatabase  *db,
                                                 const char  *code,
                                                 GError     **error);
/* id ignored on add; code and name required, price ≥ 0; a used code is refused (also on
 * update), naming the item that has it. */
gint64      pd_repair_settings_add_price_item    (PdDatabase        *db,
                                                  const PdPriceItem *item,
                                                  GError           **error);
gboolean    pd_repair_settings_update_price_item (PdDatabase        *db,
                                                  const PdPriceItem *item,
                                                  GError           **error);
gboolean    pd_repair_settings_set_price_item_active (PdDatabase *db,
                                                      gint64      item_id,
                                                      gboolean    active,
                                                      GError    **error);

G_END_DECLS
