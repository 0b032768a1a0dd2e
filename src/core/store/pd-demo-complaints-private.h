// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/* The demo's call/visit register and complaints: what is said at the desk, what each category's
 * complaints look like and how they are handled. Included by pd-demo-complaints.c only. */

#include <glib.h>

/* A complaint category's cases: the occupant's words, the department's action and result, and
 * what the clerk tells an occupant whose complaint is not valid. The category is found by name
 * among the seeded ones; an office that renamed them gets the first active category. */
typedef struct
{
  const char        *category;
  const char *const *contents;
  const char *const *actions;
  const char *const *results;
  const char        *invalid_note;
  int                weight;  /* share of the complaints */
} ComplaintKind;

static const char *const facility_contents[] = {
  "2号电梯一周内第三次困人，物业处理太慢，要求彻查", "楼道感应灯坏了半个月无人维修",
  "地下车库排水沟堵塞，下雨后积水严重", "报修三天了维修人员还没上门",
  "单元门禁经常失灵，外来人员随意进出", "水压太低，高层早晚几乎没水", NULL };
static const char *const facility_actions[] = {
  "工程部当日派员检修，更换损坏部件", "联系电梯维保单位现场排查故障并更换门机板",
  "疏通排水沟并清理沉积淤泥", "更换感应灯及线路，逐层检查", "调整二次供水加压泵运行参数", NULL };
static const char *const facility_results[] = {
  "已修复，运行正常，业主确认", "故障已排除，已加强日常巡检", "已处理完毕，业主表示认可", NULL };

static const char *const safety_contents[] = {
  "夜间小区内有陌生人徘徊，保安未盘查", "电动车在楼道充电，存在火灾隐患",
  "地下车库车位被外来车辆占用", "小区东门岗亭经常无人值守", "有推销人员进入楼栋敲门推销", NULL };
static const char *const safety_actions[] = {
  "加强夜间巡逻频次并核查监控录像", "清理楼道电动车并张贴安全告示", "查找车主并通知移车，加强门岗登记",
  "调整门岗排班，确保岗亭有人值守", "劝离推销人员并加强访客登记", NULL };
static const char *const safety_results[] = {
  "已整改，巡逻记录已完善", "已清理完毕，业主满意", "问题已解决，已通报护管员", NULL };

static const char *const cleaning_contents[] = {
  "垃圾桶满溢未及时清运，气味很大", "楼道地面好几天没拖，很脏", "绿化带杂草丛生无人修剪",
  "喷洒农药未提前通知，孩子在楼下玩耍", "电梯轿厢有宠物粪便未清理", NULL };
static const char *const cleaning_actions[] = {
  "增加垃圾清运频次，清洗垃圾桶", "安排保洁员当日清洁并加强检查", "安排绿化工修剪草坪及绿篱",
  "向业主致歉，今后喷药提前张贴通知", "立即清理消毒电梯轿厢", NULL };
static const char *const cleaning_results[] = {
  "已清理干净，业主确认", "已整改并纳入日常检查", "已处理，业主表示满意", NULL };

static const char *const mail_contents[] = {
  "挂号信被人代签后遗失", "订阅的报纸经常收不到", "快递放在信报室被人拿错", NULL };
static const char *const mail_actions[] = {
  "信报室核查收发记录并联系投递员", "与邮局核对投递清单，补投报纸", "调取监控查找取件人", NULL };
static const char *const mail_results[] = {
  "已找回邮件并交业主本人签收", "已与邮局落实按时投递", "已追回快递，完善签收登记", NULL };

static const char *const renovation_contents[] = {
  "楼上装修中午电钻噪音扰民", "装修垃圾堆放在楼道多日", "周末早上七点就开始装修施工",
  "装修工人在电梯里搬运材料未做保护", NULL };
static const char *const renovation_actions[] = {
  "到现场制止违规时段施工，发出违章整改通知单", "责令装修单位当日清运垃圾",
  "约谈装修负责人，重申装修时间规定", "要求装修单位铺设电梯保护板", NULL };
static const char *const renovation_results[] = {
  "装修单位已整改，按规定时间施工", "垃圾已清运，业主认可", "已落实整改，加强巡查", NULL };

static const char *const attitude_contents[] = {
  "前台客服接电话态度生硬", "保安对业主说话不礼貌", "维修师傅上门不穿鞋套", NULL };
static const char *const attitude_actions[] = {
  "约谈当事员工并向业主致歉", "组织服务礼仪培训", "对维修人员进行服务规范教育", NULL };
static const char *const attitude_results[] = {
  "已向业主当面致歉，业主接受", "当事人已作检讨，业主表示谅解", NULL };

static const char *const fee_contents[] = {
  "物业费账单金额与面积不符", "有偿维修收费比价目表高", "车位管理费多收了一个月", NULL };
static const char *const fee_actions[] = {
  "财务复核账单及房屋面积", "核对有偿服务价目表并说明收费明细", "核查缴费记录，多收部分冲抵下月", NULL };
static const char *const fee_results[] = {
  "账单已更正，业主确认", "已退还多收费用", "已解释清楚，业主认可", NULL };

static const char *const outside_contents[] = {
  "小区外马路施工噪音大", "燃气公司抄表员多次未上门", "片区停电未提前通知", NULL };
static const char *const outside_actions[] = {
  "与施工单位联系，协调夜间停工", "联系燃气公司安排补抄", "向供电所了解停电原因并张贴通知", NULL };
static const char *const outside_results[] = {
  "已协调处理，并向业主反馈", "外单位已落实，业主知悉", NULL };

static const char *const other_contents[] = {
  "小区公告栏信息过期未更新", "会所开放时间与公示不一致", NULL };
static const char *const other_actions[] = {
  "更新公告栏内容", "核实开放时间并统一公示", NULL };
static const char *const other_results[] = { "已处理完毕", NULL };

static const ComplaintKind complaint_kinds[] = {
  { "设施设备与维修", facility_contents, facility_actions, facility_results,
    "属业主户内自用设施，已告知可申请有偿维修", 30 },
  { "安全与秩序", safety_contents, safety_actions, safety_results,
    "经核查监控，属正常访客，已向业主说明", 16 },
  { "清洁与绿化", cleaning_contents, cleaning_actions, cleaning_results,
    "清洁时间按公示执行，已向业主解释", 16 },
  { "邮件报刊", mail_contents, mail_actions, mail_results,
    "邮件未寄达信报室，已告知业主联系寄件方", 5 },
  { "装修扰民", renovation_contents, renovation_actions, renovation_results,
    "施工在允许时段内进行，已向业主解释装修管理规定", 12 },
  { "服务态度", attitude_contents, attitude_actions, attitude_results,
    "经了解属沟通误会，已向业主说明情况", 7 },
  { "收费", fee_contents, fee_actions, fee_results,
    "收费符合合同约定，已出示收费依据", 6 },
  { "外单位", outside_contents, outside_actions, outside_results,
    "属市政管辖范围，已告知业主相关部门电话", 5 },
  { "其他", other_contents, other_actions, other_results, "已向业主解释", 3 },
};

/* Questions answered on the spot, with the answer. */
static const struct { const char *question, *answer; } inquiries[] = {
  { "咨询本月物业费缴费方式", "告知可银行转账或到客服中心现金缴纳" },
  { "询问明天停水时间", "告知明日9:00至15:00二次供水设备检修停水" },
  { "咨询装修申请需要哪些资料", "告知需提供施工图纸、施工单位营业执照及人员名单" },
  { "询问快递能否代收", "告知信报室可代收，凭取件码领取" },
  { "咨询车位月租价格", "告知地下车位月租标准并提供办理流程" },
  { "询问小区游泳池开放时间", "告知夏季开放时间为每日10:00至21:00" },
  { "咨询办理临时出入证", "告知需持身份证到客服中心登记办理" },
  { "询问门禁卡丢失如何补办", "告知携带身份证到客服中心补办，工本费20元" },
  { "咨询宠物登记规定", "告知须办理犬证并在客服中心登记" },
  { "询问空调外机安装位置要求", "告知须安装在预留机位，不得破坏外立面" },
};

/* Follow-ups an inquiry sometimes needs. */
static const struct { const char *needed, *done; } follow_ups[] = {
  { "需向工程部确认停水恢复时间后回复业主", "已电话告知业主恢复供水时间" },
  { "需向财务核实缴费记录", "已核实并电话回复业主" },
  { "需联系开发商确认产权办理进度", "已将办理进度告知业主" },
};

static const char *const feedbacks[] = { "满意", "满意，感谢及时答复", "基本满意", "回复及时" };

static const char *const demo_clerks[] = { "陈静", "刘婷", "黄敏" };
static const char *const demo_supervisors[] = { "周丽", "林娟" };
static const char *const demo_callers[] = { "周丽", "陈静", "刘婷" };
static const char *const demo_managers[] = { "赵志刚" };
static const char *const visitors[] = { "张先生", "李女士", "王阿姨", "陈先生", "刘女士" };

/* Who a department names when its category names nobody, by department code. */
static const struct { const char *code; const char *const names[3]; } responsibles[] = {
  { "engineering", { "王建国", "李强", "赵刚" } },
  { "security", { "钱队长", "孙明", "吴海" } },
  { "environment", { "孙丽", "周红", "郑芳" } },
  { "customer_service", { "林娟", "周丽", "陈静" } },
  { "outside", { "刘经理", "何主任", "马工" } },
};

static const char *const manager_measures[] = {
  "经理组织工程、客服人员到现场查看，24小时内拿出整改方案并向业主说明",
  "由责任部门负责人牵头处理，每日向经理汇报进度，处理结果书面回复业主",
  "召开专题会议，落实责任人，限期整改并安排上门致歉",
};
