// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Stored as the text codes of the repairs table ("new", "urgent", "A", "phone", ...); labels are
 * translated (Chinese in the zh_CN catalogue). from_code() accepts only the stored code. */
typedef enum
{
  PD_REPAIR_STATE_NEW,
  PD_REPAIR_STATE_DISPATCHED,
  PD_REPAIR_STATE_ACCEPTED,     /* 接单: the worker took the order */
  PD_REPAIR_STATE_ON_SITE,
  PD_REPAIR_STATE_COMPLETED,    /* done, waiting for its callback */
  PD_REPAIR_STATE_CALLED_BACK,  /* closed by a callback */
  PD_REPAIR_STATE_CANCELLED,
} PdRepairState;
#define PD_REPAIR_N_STATES (PD_REPAIR_STATE_CANCELLED + 1)

typedef enum
{
  PD_REPAIR_URGENCY_URGENT,   /* 急修 */
  PD_REPAIR_URGENCY_SMALL,    /* 小修 */
  PD_REPAIR_URGENCY_GENERAL,  /* 一般维修 */
} PdRepairUrgency;
#define PD_REPAIR_N_URGENCIES (PD_REPAIR_URGENCY_GENERAL + 1)

/* Not "PdRepairClass": G_DECLARE_FINAL_TYPE (PdRepair) owns that name for its class struct. */
typedef enum
{
  PD_ORDER_CLASS_A,     /* warranty: the builder pays ("A") */
  PD_ORDER_CLASS_B,     /* after warranty, the company pays ("B") */
  PD_ORDER_CLASS_PAID,  /* paid by the occupant ("paid", 有偿) */
} PdOrderClass;
#define PD_ORDER_N_CLASSES (PD_ORDER_CLASS_PAID + 1)

typedef enum
{
  PD_REPAIR_CHANNEL_PHONE,
  PD_REPAIR_CHANNEL_VISIT,    /* in person */
  PD_REPAIR_CHANNEL_WRITTEN,
} PdRepairChannel;
#define PD_REPAIR_N_CHANNELS (PD_REPAIR_CHANNEL_WRITTEN + 1)

/* Information source on the work order form (信息来源). */
typedef enum
{
  PD_REPAIR_SOURCE_CUSTOMER,         /* 客户 */
  PD_REPAIR_SOURCE_PROPERTY_OFFICE,  /* 物业处 */
  PD_REPAIR_SOURCE_BUSINESS_DEPT,    /* 经营部 */
} PdRepairSource;
#define PD_REPAIR_N_SOURCES (PD_REPAIR_SOURCE_BUSINESS_DEPT + 1)

const char *pd_repair_state_to_code     (PdRepairState state);
gboolean    pd_repair_state_from_code   (const char *code, PdRepairState *out);
const char *pd_repair_state_to_label    (PdRepairState state);     /* 待派工 / 已派工 / ... */
/* TRUE for new, dispatched, accepted and on_site: the work is not done yet. */
gboolean    pd_repair_state_is_open     (PdRepairState state);

const char *pd_repair_urgency_to_code   (PdRepairUrgency urgency);
gboolean    pd_repair_urgency_from_code (const char *code, PdRepairUrgency *out);
const char *pd_repair_urgency_to_label  (PdRepairUrgency urgency); /* 急修 / 小修 / 一般维修 */

const char *pd_order_class_to_code     (PdOrderClass klass);
gboolean    pd_order_class_from_code   (const char *code, PdOrderClass *out);
const char *pd_order_class_to_label    (PdOrderClass klass);     /* A类(保修) / B类 / 有偿 */

const char *pd_repair_channel_to_code   (PdRepairChannel channel);
gboolean    pd_repair_channel_from_code (const char *code, PdRepairChannel *out);
const char *pd_repair_channel_to_label  (PdRepairChannel channel); /* 电话 / 来访 / 书面 */

const char *pd_repair_source_to_code    (PdRepairSource source);
gboolean    pd_repair_source_from_code  (const char *code, PdRepairSource *out);
const char *pd_repair_source_to_label   (PdRepairSource source);   /* 客户 / 物业处 / 经营部 */

G_END_DECLS
