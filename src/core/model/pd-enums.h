// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Stored as text codes in SQLite ("owner", "tenant", ...) so a database reads without the app. */
typedef enum { PD_ROLE_OWNER, PD_ROLE_TENANT } PdRole;
typedef enum { PD_KIND_PERSON, PD_KIND_COMPANY } PdKind;
typedef enum { PD_STATUS_PENDING, PD_STATUS_ACTIVE, PD_STATUS_MOVED_OUT } PdStatus;
typedef enum { PD_UNIT_RESIDENTIAL, PD_UNIT_SHOP, PD_UNIT_OFFICE, PD_UNIT_OTHER } PdUnitType;

const char *pd_role_to_code        (PdRole role);
gboolean    pd_role_from_code      (const char *code, PdRole *out);
const char *pd_role_to_label       (PdRole role);     /* translated: 业主 / 租户 */
gboolean    pd_role_from_label     (const char *text, PdRole *out); /* code, English or Chinese */

const char *pd_kind_to_code        (PdKind kind);
gboolean    pd_kind_from_code      (const char *code, PdKind *out);
const char *pd_kind_to_label       (PdKind kind);     /* 个人 / 单位 */
gboolean    pd_kind_from_label     (const char *text, PdKind *out);

const char *pd_status_to_code      (PdStatus status);
gboolean    pd_status_from_code    (const char *code, PdStatus *out);
const char *pd_status_to_label     (PdStatus status); /* 待入驻 / 在住 / 已迁出 */
gboolean    pd_status_from_label   (const char *text, PdStatus *out);

const char *pd_unit_type_to_code   (PdUnitType type);
gboolean    pd_unit_type_from_code (const char *code, PdUnitType *out);
const char *pd_unit_type_to_label  (PdUnitType type); /* 住宅 / 商铺 / 写字楼 / 其他 */
gboolean    pd_unit_type_from_label (const char *text, PdUnitType *out);

G_END_DECLS
