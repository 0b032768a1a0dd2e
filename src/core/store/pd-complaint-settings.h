// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"
#include "pd-complaint-rules.h"

G_BEGIN_DECLS

/* Settings of the complaints feature: the clocks (complaint.feedback_hours,
 * complaint.callback_hours) and the list of complaint categories, each with the department
 * that handles it by default and its handling cycle in hours. Names are trimmed; a blank name
 * is refused with PD_DB_ERROR_INVALID, a duplicate with PD_DB_ERROR_CONSTRAINT, an unknown id
 * with PD_DB_ERROR_NOT_FOUND, an out-of-range cycle with PD_RULE_ERROR_RANGE, each with a
 * sentence naming the value. Categories are never deleted (complaints refer to them):
 * deactivate instead. Departments are those of pd-repair-settings.h. */

/* Load never fails: a missing or out-of-range value gives its default. Save checks the ranges
 * (pd_complaint_times_check) and writes both in one transaction. */
void        pd_complaint_settings_load_times (PdDatabase             *db,
                                              PdComplaintTimes       *out);
gboolean    pd_complaint_settings_save_times (PdDatabase             *db,
                                              const PdComplaintTimes *times,
                                              GError                **error);

/* Seeded by migration 4: 设施设备与维修 (engineering), 安全与秩序 (security), 清洁与绿化
 * (environment), 邮件报刊 (security's mail desk, 信报室), 装修扰民 (security), 服务态度
 * (customer service), 收费 (customer service), 外单位 (outside), 其他 (customer service). */
typedef struct
{
  gint64    id;
  char     *name;
  gint64    department_id;        /* default department of a dispatch; 0: none */
  char     *department_name;      /* "" without one */
  char     *default_responsible;  /* person or desk a dispatch names by default ("信报室"), "" */
  int       cycle_hours;          /* committed handling time from registration */
  int       sort_order;
  gboolean  active;
} PdComplaintCategory;

void        pd_complaint_category_free              (PdComplaintCategory *category);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdComplaintCategory, pd_complaint_category_free)

/* Array of PdComplaintCategory (owning), in sort order. */
GPtrArray  *pd_complaint_settings_list_categories   (PdDatabase  *db,
                                                     gboolean     include_inactive,
                                                     GError     **error);
PdComplaintCategory *pd_complaint_settings_get_category  (PdDatabase *db,
                                                          gint64      category_id,
                                                          GError    **error);
/* Active category of that exact (trimmed) name, or NULL without error. */
PdComplaintCategory *pd_complaint_settings_find_category (PdDatabase *db,
                                                          const char *name,
                                                          GError    **error);
/* Appended at the end of the sort order. department_id 0: none (the dispatcher chooses).
 * Returns the new id, 0 on error. */
gint64      pd_complaint_settings_add_category      (PdDatabase  *db,
                                                     const char  *name,
                                                     gint64       department_id,
                                                     int          cycle_hours,
                                                     GError     **error);
gboolean    pd_complaint_settings_rename_category   (PdDatabase  *db,
                                                     gint64       category_id,
                                                     const char  *name,
                                                     GError     **error);
/* The department must exist and be active (0 clears the default). */
gboolean    pd_complaint_settings_set_category_department (PdDatabase *db,
                                                           gint64      category_id,
                                                           gint64      department_id,
                                                           GError    **error);
/* The person or desk named on a dispatch when the dispatcher names none ("" clears it). */
gboolean    pd_complaint_settings_set_category_responsible (PdDatabase *db,
                                                            gint64      category_id,
                                                            const char *responsible,
                                                            GError    **error);
/* Applies to complaints registered from now on; deadlines already given are kept. */
gboolean    pd_complaint_settings_set_category_cycle  (PdDatabase *db,
                                                       gint64      category_id,
                                                       int         cycle_hours,
                                                       GError    **error);
gboolean    pd_complaint_settings_set_category_active (PdDatabase *db,
                                                       gint64      category_id,
                                                       gboolean    active,
                                                       GError    **error);
gboolean    pd_complaint_settings_set_category_order  (PdDatabase *db,
                                                       gint64      category_id,
                                                       int         sort_order,
                                                       GError    **error);

G_END_DECLS
