// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/* A hand-built March 2026 of complaints for the tests of the complaint forms, made through the
 * contact and complaint stores so that every case went through the rules. Asia/Shanghai,
 * default settings: each category's cycle 48 h, feedback 24 h, callback 24 h. The report time
 * is 2026-04-01 08:00 (PD_TEST_AS_OF).
 *
 *   serial        received      category          what happened                         March
 *   TS2026-0001   02-27 10:00   收费               handled, called back, signed off 03-03  —
 *   TS2026-0002   03-02 09:00   安全与秩序         result 03-03 10:00, signed off, archived on time
 *   TS2026-0003   03-05 10:00   清洁与绿化         result exactly at the deadline         on time
 *   TS2026-0004   03-10 08:00   设施设备与维修     result 03-12 20:00 (deadline 08:00)    late
 *   TS2026-0005   03-12 14:00   服务态度           judged not valid                       excluded
 *   TS2026-0006   03-15 09:00   设施设备与维修     serious; manager's deadline 03-18      on time
 *   TS2026-0007   03-20 09:00   装修扰民           dispatched, no result                  late
 *   TS2026-0008   03-31 20:00   清洁与绿化         dispatched, deadline 04-02 20:00       open, not due
 *   TS2026-0009   04-01 07:00   安全与秩序         registered only                        —
 *
 * 0001 and 0006 are registered directly; the others come from register entries LD2026-0000nn
 * (01 for 0002 … 08 for 0008, 09 for 0009), which also hold two inquiries: one answered with a
 * follow-up and feedback on 03-03 (LD2026-000002), one still pending on 03-25 (000007). */

#include <glib.h>

#include "pd-complaint-settings.h"
#include "pd-complaint-store.h"
#include "pd-contact-store.h"
#include "pd-test-util.h"

#define PD_TEST_T(mo, d, h, mi) pd_test_complaint_time (2026, (mo), (d), (h), (mi))
#define PD_TEST_AS_OF PD_TEST_T (4, 1, 8, 0)

typedef struct
{
  gint64 unit_zhang;    /* 3栋 1201, 张伟 13812345678 */
  gint64 unit_li;       /* 5栋 302, 李娜 13987654321 */
  gint64 zhang, li;     /* occupants */
  gint64 ids[10];       /* complaint ids by serial number: ids[2] is TS2026-0002 */
  gint64 inquiry;       /* the answered inquiry's entry */
} PdTestMarch;

static inline gint64
pd_test_complaint_time (int year,
                        int month,
                        int day,
                        int hour,
                        int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (year, month, day, hour, minute, 0);
  return g_date_time_to_unix (dt);
}

static inline gint64
pd_test_category (PdDatabase *db,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdComplaintCategory) c = pd_complaint_settings_find_category (db, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (c);
  return c != NULL ? c->id : 0;
}

/* A register entry, then (with @category) its complaint; returns the complaint id, or the
 * entry id without a category. */
static inline gint64
pd_test_register (PdDatabase       *db,
                  gint64            unit_id,
                  gint64            occupant_id,
                  const char       *caller,
                  const char       *phone,
                  PdContactChannel  channel,
                  gint64            at,
                  const char       *content,
                  const char       *category,
                  gboolean          serious)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdContact) entry = pd_contact_new ();
  g_autoptr(PdComplaint) c = NULL;

  pd_contact_set_channel (entry, channel);
  pd_contact_set_received_at (entry, at);
  pd_contact_set_unit_id (entry, unit_id);
  pd_contact_set_occupant_id (entry, occupant_id);
  pd_contact_set_caller (entry, caller);
  pd_contact_set_phone (entry, phone);
  pd_contact_set_content (entry, content);
  pd_contact_set_recorder (entry, "陈静");
  g_assert_true (pd_contact_store_create (db, entry, &error));
  g_assert_no_error (error);
  if (category == NULL)
    return pd_contact_get_id (entry);

  c = pd_contact_store_new_complaint (db, pd_contact_get_id (entry), &error);
  g_assert_no_error (error);
  pd_complaint_set_category_id (c, pd_test_category (db, category));
  pd_complaint_set_four_clear (c, TRUE);
  pd_complaint_set_serious (c, serious);
  g_assert_true (pd_complaint_store_create (db, c, &error));
  g_assert_no_error (error);
  return pd_complaint_get_id (c);
}

static inline void
pd_test_dispatch (PdDatabase *db,
                  gint64      id,
                  const char *responsible,
                  gint64      at)
{
  g_autoptr(GError) error = NULL;
  PdComplaintDispatch d = { .responsible = responsible, .by = "陈静", .at = at + 10 * 60 };

  g_assert_true (pd_complaint_store_decide (db, id, TRUE, NULL, "周丽", at, &error));
  g_assert_no_error (error);
  g_assert_true (pd_complaint_store_dispatch (db, id, &d, &error));
  g_assert_no_error (error);
}

static inline void
pd_test_result (PdDatabase *db,
                gint64      id,
                const char *action,
                const char *result,
                const char *by,
                gint64      at)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_complaint_store_record_result (db, id, action, result, by, at, &error));
  g_assert_no_error (error);
}

static inline void
pd_test_callback (PdDatabase *db,
                  gint64      id,
                  gint64      at)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pd_complaint_store_record_callback (db, id, PD_CALLBACK_METHOD_ONSITE, "周丽",
                                                       TRUE, "业主满意", at, &error), >, 0);
  g_assert_no_error (error);
}

static inline void
pd_test_feedback (PdDatabase *db,
                  gint64      id,
                  gint64      at)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pd_complaint_store_record_feedback (db, id, "陈静", "已告知业主处理安排", at,
                                                     &error));
  g_assert_no_error (error);
}

static inline void
pd_test_build_march (PdDatabase  *db,
                     PdTestMarch *m)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdOccupant) zhang = NULL;
  g_autoptr(PdOccupant) li = NULL;
  g_autoptr(PdComplaint) direct = pd_complaint_new ();
  gint64 estate, pending;

  estate = pd_place_store_default_estate (db, &error);
  g_assert_no_error (error);
  g_assert_true (pd_place_store_rename_estate (db, estate, "锦绣花园", &error));
  m->unit_zhang = pd_test_add_unit (db, "3栋", "1201", 89);
  m->unit_li = pd_test_add_unit (db, "5栋", "302", 76);
  zhang = pd_test_add_occupant (db, m->unit_zhang, "张伟", "11010519491231002X", "13812345678",
                                PD_ROLE_OWNER);
  li = pd_test_add_occupant (db, m->unit_li, "李娜", "44030519900101123X", "13987654321",
                             PD_ROLE_OWNER);
  m->zhang = pd_occupant_get_id (zhang);
  m->li = pd_occupant_get_id (li);

  /* 0001: February, closed in the first week of March. Registered directly. */
  pd_complaint_set_complainant (direct, "张伟");
  pd_complaint_set_unit_id (direct, m->unit_zhang);
  pd_complaint_set_occupant_id (direct, m->zhang);
  pd_complaint_set_channel (direct, PD_CONTACT_CHANNEL_VISIT);
  pd_complaint_set_content (direct, "二月份物业费多收了车位管理费");
  pd_complaint_set_received_at (direct, PD_TEST_T (2, 27, 10, 0));
  pd_complaint_set_category_id (direct, pd_test_category (db, "收费"));
  pd_complaint_set_recorder (direct, "刘婷");
  pd_complaint_set_four_clear (direct, TRUE);
  g_assert_true (pd_complaint_store_create (db, direct, &error));
  g_assert_no_error (error);
  m->ids[1] = pd_complaint_get_id (direct);
  pd_test_dispatch (db, m->ids[1], "林娟", PD_TEST_T (2, 27, 11, 0));
  pd_test_result (db, m->ids[1], "财务复核缴费记录", "多收部分已冲抵下月", "林娟",
                  PD_TEST_T (2, 28, 10, 0));
  pd_test_callback (db, m->ids[1], PD_TEST_T (2, 28, 15, 0));
  g_assert_true (pd_complaint_store_sign_off (db, m->ids[1], "赵志刚", PD_TEST_T (3, 3, 9, 0),
                                              &error));
  g_assert_no_error (error);

  /* 0002: the whole way, on time, archived. */
  m->ids[2] = pd_test_register (db, m->unit_zhang, m->zhang, "张伟", "13812345678",
                                PD_CONTACT_CHANNEL_PHONE, PD_TEST_T (3, 2, 9, 0),
                                "夜间小区内有陌生人徘徊，保安未盘查", "安全与秩序", FALSE);
  pd_test_dispatch (db, m->ids[2], "钱队长", PD_TEST_T (3, 2, 9, 30));
  pd_test_feedback (db, m->ids[2], PD_TEST_T (3, 2, 15, 0));
  pd_test_result (db, m->ids[2], "加强夜间巡逻并核查监控录像", "已整改，巡逻记录已完善", "钱队长",
                  PD_TEST_T (3, 3, 10, 0));
  pd_test_callback (db, m->ids[2], PD_TEST_T (3, 3, 16, 0));
  g_assert_true (pd_complaint_store_sign_off (db, m->ids[2], "赵志刚", PD_TEST_T (3, 4, 10, 0),
                                              &error));
  g_assert_true (pd_complaint_store_archive (db, m->ids[2], "周丽", PD_TEST_T (3, 6, 9, 0),
                                             &error));
  g_assert_no_error (error);

  /* An inquiry answered on the spot, followed up, with the customer's word. */
  m->inquiry = pd_test_register (db, m->unit_li, m->li, "李娜", "13987654321",
                                 PD_CONTACT_CHANNEL_PHONE, PD_TEST_T (3, 3, 10, 0),
                                 "询问明天停水时间", NULL, FALSE);
  g_assert_true (pd_contact_store_answer_inquiry (db, m->inquiry, "告知明日9:00至15:00停水",
                                                  "陈静", PD_TEST_T (3, 3, 10, 5), &error));
  g_assert_true (pd_contact_store_record_step (db, m->inquiry, PD_CONTACT_STEP_FOLLOW_UP_NEEDED,
                                               "需向工程部确认恢复供水时间", "陈静",
                                               PD_TEST_T (3, 3, 10, 6), &error));
  g_assert_true (pd_contact_store_record_step (db, m->inquiry, PD_CONTACT_STEP_FOLLOW_UP_DONE,
                                               "已电话告知业主恢复时间", "刘婷",
                                               PD_TEST_T (3, 4, 9, 0), &error));
  g_assert_true (pd_contact_store_record_step (db, m->inquiry, PD_CONTACT_STEP_FEEDBACK,
                                               "满意", NULL, PD_TEST_T (3, 4, 9, 5), &error));
  g_assert_no_error (error);

  /* 0003: result exactly at the deadline (48 h): on time. */
  m->ids[3] = pd_test_register (db, m->unit_li, m->li, "李娜", "13987654321",
                                PD_CONTACT_CHANNEL_VISIT, PD_TEST_T (3, 5, 10, 0),
                                "垃圾桶满溢未及时清运，气味很大", "清洁与绿化", FALSE);
  pd_test_dispatch (db, m->ids[3], "孙丽", PD_TEST_T (3, 5, 10, 20));
  pd_test_result (db, m->ids[3], "增加清运频次", "已清理干净", "孙丽", PD_TEST_T (3, 7, 10, 0));
  pd_test_callback (db, m->ids[3], PD_TEST_T (3, 7, 15, 0));

  /* 0004: result 12 hours late; feedback 28 hours after registration. */
  m->ids[4] = pd_test_register (db, m->unit_zhang, m->zhang, "张伟", "13812345678",
                                PD_CONTACT_CHANNEL_WRITTEN, PD_TEST_T (3, 10, 8, 0),
                                "地下车库排水沟堵塞，下雨后积水严重", "设施设备与维修", FALSE);
  pd_test_dispatch (db, m->ids[4], "王建国", PD_TEST_T (3, 10, 8, 30));
  pd_test_feedback (db, m->ids[4], PD_TEST_T (3, 11, 12, 0));
  pd_test_result (db, m->ids[4], "疏通排水沟", "已疏通", "王建国", PD_TEST_T (3, 12, 20, 0));

  /* 0005: not valid. */
  m->ids[5] = pd_test_register (db, m->unit_li, m->li, "李娜", "13987654321",
                                PD_CONTACT_CHANNEL_PHONE, PD_TEST_T (3, 12, 14, 0),
                                "前台客服接电话态度生硬", "服务态度", FALSE);
  g_assert_true (pd_complaint_store_decide (db, m->ids[5], FALSE, "经了解属沟通误会，已向业主说明",
                                            "周丽", PD_TEST_T (3, 12, 15, 0), &error));
  g_assert_no_error (error);

  /* 0006: serious, registered directly on 03-15. */
  {
    g_autoptr(PdComplaint) serious = pd_complaint_new ();

    pd_complaint_set_complainant (serious, "张伟");
    pd_complaint_set_unit_id (serious, m->unit_zhang);
    pd_complaint_set_occupant_id (serious, m->zhang);
    pd_complaint_set_phone (serious, "13812345678");
    pd_complaint_set_channel (serious, PD_CONTACT_CHANNEL_VISIT);
    pd_complaint_set_content (serious, "2号电梯一周内第三次困人，要求彻查");
    pd_complaint_set_received_at (serious, PD_TEST_T (3, 15, 9, 0));
    pd_complaint_set_category_id (serious, pd_test_category (db, "设施设备与维修"));
    pd_complaint_set_recorder (serious, "陈静");
    pd_complaint_set_four_clear (serious, TRUE);
    pd_complaint_set_serious (serious, TRUE);
    g_assert_true (pd_complaint_store_create (db, serious, &error));
    g_assert_no_error (error);
    m->ids[6] = pd_complaint_get_id (serious);
  }
  pd_test_dispatch (db, m->ids[6], "王建国", PD_TEST_T (3, 15, 9, 30));
  g_assert_true (pd_complaint_store_manager_direct (db, m->ids[6], "王建国",
                                                    "联系维保单位全面检修，每日汇报进度",
                                                    PD_TEST_T (3, 18, 9, 0), "赵志刚",
                                                    PD_TEST_T (3, 15, 11, 0), &error));
  g_assert_no_error (error);
  pd_test_result (db, m->ids[6], "更换门机板并全面检修", "已修复，运行正常", "王建国",
                  PD_TEST_T (3, 17, 15, 0));

  /* 0007: dispatched, never handled: late by the report time. */
  m->ids[7] = pd_test_register (db, m->unit_zhang, m->zhang, "张伟", "13812345678",
                                PD_CONTACT_CHANNEL_PHONE, PD_TEST_T (3, 20, 9, 0),
                                "楼上装修中午电钻噪音扰民", "装修扰民", FALSE);
  pd_test_dispatch (db, m->ids[7], "孙明", PD_TEST_T (3, 20, 9, 20));

  pending = pd_test_register (db, m->unit_li, m->li, "李娜", "13987654321",
                              PD_CONTACT_CHANNEL_VISIT, PD_TEST_T (3, 25, 16, 0),
                              "咨询装修申请需要哪些资料", NULL, FALSE);
  g_assert_cmpint (pending, >, 0);

  /* 0008: open and not yet due at the report time. */
  m->ids[8] = pd_test_register (db, m->unit_li, m->li, "李娜", "13987654321",
                                PD_CONTACT_CHANNEL_PHONE, PD_TEST_T (3, 31, 20, 0),
                                "楼道地面好几天没拖，很脏", "清洁与绿化", FALSE);
  pd_test_dispatch (db, m->ids[8], "孙丽", PD_TEST_T (3, 31, 20, 10));

  /* 0009: April. */
  m->ids[9] = pd_test_register (db, m->unit_zhang, m->zhang, "张伟", "13812345678",
                                PD_CONTACT_CHANNEL_PHONE, PD_TEST_T (4, 1, 7, 0),
                                "有推销人员进入楼栋敲门推销", "安全与秩序", FALSE);
}
