// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/* The demo's repair data: what each category's orders look like, the quotas of settlement
 * lines, the price list and the engineering teams. Included by pd-demo-repairs.c only. */

#include <glib.h>

/* What a category's orders look like: descriptions, the work done, the price-list prefix of its
 * paid lines, the team that does it, and whether it is a public-area category. */
typedef struct
{
  const char        *category;
  const char *const *descriptions;
  const char *const *work;
  const char        *price_prefix;
  const char        *team;
  gboolean           public_area;
} Kind;

typedef struct
{
  const char *code;
  const char *item;
  const char *unit;
  int         min_milli, max_milli;
  gint64      price_fen;
} Quota;

static const char *const water[] = {
  "厨房水龙头漏水，关闭后仍滴水", "卫生间下水道堵塞，排水很慢", "马桶水箱不停流水",
  "洗手盆下水管接口渗漏", "阳台地漏返臭味", "热水器进水阀漏水", "楼上渗水至本户卫生间天花",
  "水表前阀门关不严", NULL };
static const char *const water_work[] = {
  "更换水龙头阀芯，试水正常", "疏通下水管道，排水通畅", "更换马桶进水阀", "重新密封下水管接口",
  "加装防臭地漏芯", "更换进水角阀", NULL };
static const char *const electric[] = {
  "客厅吸顶灯不亮", "卫生间插座无电", "厨房灯管闪烁", "空气开关频繁跳闸", "门铃不响",
  "阳台灯开关损坏", "卧室空调插座松动发热", NULL };
static const char *const electric_work[] = {
  "更换灯管及镇流器", "检修插座线路，恢复供电", "查出厨房插座短路并更换", "更换开关面板",
  "紧固插座接线并更换面板", NULL };
static const char *const doors[] = {
  "入户门锁芯损坏，钥匙打不开", "卧室门把手松脱", "铝合金窗推拉不顺", "窗户密封条老化漏风",
  "阳台推拉门滑轮损坏", "卫生间门合页松动", NULL };
static const char *const doors_work[] = {
  "更换锁芯，交付新钥匙三把", "紧固门把手", "更换窗户滑轮并调整", "更换密封胶条",
  "更换合页两个", NULL };
static const char *const aircon[] = {
  "空调不制冷", "空调外机噪音大", "空调室内机滴水", "中央空调出风口凝露滴水",
  "空调开机后自动停机", NULL };
static const char *const aircon_work[] = {
  "清洗过滤网并补充冷媒", "紧固外机支架减震垫", "疏通冷凝水管", "更换出风口保温棉", NULL };
static const char *const lift[] = {
  "电梯按钮失灵", "电梯门关闭时有异响", "电梯轿厢照明不亮", "电梯运行时抖动",
  "电梯到站不平层", NULL };
static const char *const lift_work[] = {
  "通知维保单位更换按钮", "调整门机皮带张紧度", "更换轿厢照明灯", "维保单位调整平层", NULL };
static const char *const common[] = {
  "小区大门道闸无法抬杆", "儿童游乐设施螺丝松动", "单元门禁刷卡无反应", "地下车库照明损坏",
  "楼道消防栓箱门损坏", "绿化带喷灌水管破裂", NULL };
static const char *const common_work[] = {
  "检修道闸控制板", "紧固游乐设施螺丝并涂防锈漆", "更换门禁读卡器", "更换车库灯具",
  "修复箱门合页", "更换破裂水管", NULL };
static const char *const other[] = {
  "信报箱锁损坏", "晾衣架升降卡滞", "墙面瓷砖空鼓脱落", "外墙渗水至卧室", "天台防水层破损",
  NULL };
static const char *const other_work[] = {
  "更换信报箱锁", "更换晾衣架钢丝绳", "重新铺贴瓷砖", "外墙打胶处理", "局部修补防水层", NULL };

static const Kind kinds[] = {
  { "给排水", water, water_work, "SD", "水电班", FALSE },
  { "电气", electric, electric_work, "DQ", "水电班", FALSE },
  { "门窗", doors, doors_work, "MC", "土建班", FALSE },
  { "空调", aircon, aircon_work, "KT", "空调电梯班", FALSE },
  { "电梯", lift, lift_work, NULL, "空调电梯班", TRUE },
  { "公共设施", common, common_work, NULL, "土建班", TRUE },
  { "其他", other, other_work, "QT", "土建班", FALSE },
};

static const Quota quotas[][4] = {
  { { "5-12", "更换PPR给水管 DN25", "m", 1500, 8000, 3250 },
    { "5-31", "更换截止阀 DN20", "个", 1000, 3000, 6800 },
    { "9-4", "卫生间防水层修复", "m²", 3000, 12000, 8500 },
    { "1-18", "凿除及恢复地面瓷砖", "m²", 2000, 8000, 12000 } },
  { { "2-7", "敷设电线 BV2.5", "m", 10000, 60000, 680 },
    { "2-21", "更换配电箱空气开关", "个", 1000, 4000, 4500 },
    { "2-33", "更换LED吸顶灯", "套", 1000, 6000, 9500 } },
  { { "7-3", "更换入户门锁体", "套", 1000, 1000, 38000 },
    { "7-15", "铝合金窗扇维修", "扇", 1000, 4000, 16000 },
    { "7-22", "更换窗户密封胶条", "m", 8000, 30000, 1200 } },
  { { "8-2", "空调冷媒管保温修复", "m", 3000, 15000, 2800 },
    { "8-9", "空调室外机支架更换", "套", 1000, 1000, 26000 } },
  { { "10-1", "电梯门机皮带更换", "条", 1000, 2000, 65000 },
    { "10-6", "电梯层门滑块更换", "套", 2000, 8000, 18000 } },
  { { "11-3", "道闸电机维修", "台", 1000, 1000, 120000 },
    { "11-8", "小区围栏修复", "m", 10000, 60000, 15000 },
    { "11-12", "地下车库照明线路改造", "m", 50000, 300000, 3800 },
    { "11-20", "小区道路沥青翻新", "m²", 200000, 600000, 6800 } },
  { { "12-1", "外墙渗漏修复", "m²", 5000, 40000, 22000 },
    { "12-5", "天台防水层翻新", "m²", 20000, 150000, 9500 } },
};

static const struct { const char *code, *name, *unit; gint64 price_fen; } price_list[] = {
  { "SD-01", "更换水龙头", "个", 3500 }, { "SD-02", "更换角阀", "个", 2500 },
  { "SD-03", "疏通下水道", "次", 8000 }, { "SD-04", "疏通马桶", "次", 6000 },
  { "SD-05", "更换进水软管", "根", 1500 }, { "DQ-01", "更换灯管", "支", 1500 },
  { "DQ-02", "更换开关插座面板", "个", 2000 }, { "DQ-03", "安装灯具", "套", 3000 },
  { "DQ-04", "检修线路", "次", 5000 }, { "MC-01", "更换门锁", "把", 12000 },
  { "MC-02", "更换门把手", "个", 4000 }, { "MC-03", "更换合页", "个", 2000 },
  { "MC-04", "更换窗户密封条", "米", 800 }, { "KT-01", "空调清洗", "台", 8000 },
  { "KT-02", "空调加氟", "台", 15000 }, { "QT-01", "安装晾衣架", "套", 6000 },
  { "QT-02", "墙面修补", "平方米", 4500 },
};

static const struct { const char *name, *team; } team_staff[] = {
  { "王建国", "水电班" }, { "李强", "水电班" }, { "张勇", "水电班" }, { "赵刚", "土建班" },
  { "孙伟", "土建班" }, { "周明", "空调电梯班" }, { "吴涛", "空调电梯班" },
};

static const char *const reporters[] = { "张先生", "李女士", "王阿姨", "陈先生", "刘女士" };
static const char *const clerks[] = { "陈静", "刘婷", "黄敏" };
static const char *const callers[] = { "周丽", "陈静", "刘婷", "黄敏" };
static const char *const places[] = { "1栋大堂", "2栋 3号电梯", "地下车库B区", "小区东门",
                                      "中心花园", "5栋 1号电梯", "会所门口" };
