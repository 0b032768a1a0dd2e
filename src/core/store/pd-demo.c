// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-demo"
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-date.h"
#include "pd-demo.h"
#include "pd-demo-complaints.h"
#include "pd-demo-repairs.h"
#include "pd-idcard.h"
#include "pd-occupant-store.h"
#include "pd-place-store.h"
#include "pd-uscc.h"

/* Everything a generator needs. Later areas (repairs, complaints, fees) add a step to
 * demo_steps[] that reads the units and occupants written before it. */
typedef struct
{
  PdDatabase           *db;
  GRand                *rand;
  GDate                 today;
  guint                 n_units;
  GHashTable           *used;     /* ID numbers and phones handed out, to keep them unique */
  PdImportProgressFunc  progress;
  gpointer              user_data;
  double                base;     /* progress range of the running step */
  double                span;
} DemoContext;

typedef gboolean (*DemoStepFunc) (DemoContext *ctx,
                                  GError     **error);

typedef struct
{
  const char  *name;
  DemoStepFunc run;
  double       weight;  /* share of the progress bar */
} DemoStep;

typedef struct
{
  const char *code;  /* GB/T 2260 district */
  const char *city;
  const char *landline;
} Place;

static gboolean generate_places_and_occupants (DemoContext *ctx, GError **error);
static gboolean generate_repairs (DemoContext *ctx, GError **error);
static gboolean generate_complaints (DemoContext *ctx, GError **error);

static const DemoStep demo_steps[] = {
  { "places and occupants", generate_places_and_occupants, 1.0 },
  { "repairs", generate_repairs, 0.5 },
  { "complaints", generate_complaints, 0.5 },
};

static const char *const estate_names[] = {
  "锦绣花园", "翠湖名苑", "阳光新城", "碧水湾花园", "金域华府", "海棠湾", "紫荆苑", "明珠花园",
  "枫林雅居", "东方名都", "丽景豪庭", "滨江一号",
};

/* Real districts, so that ID numbers and credit codes carry plausible area codes. */
static const Place places[] = {
  { "440305", "深圳市", "0755" }, { "440304", "深圳市", "0755" }, { "440303", "深圳市", "0755" },
  { "440106", "广州市", "020" },  { "440104", "广州市", "020" },  { "440604", "佛山市", "0757" },
  { "441900", "东莞市", "0769" }, { "110101", "北京市", "010" },  { "110105", "北京市", "010" },
  { "310104", "上海市", "021" },  { "310115", "上海市", "021" },  { "330106", "杭州市", "0571" },
  { "320106", "南京市", "025" },  { "320505", "苏州市", "0512" }, { "420106", "武汉市", "027" },
  { "430103", "长沙市", "0731" }, { "510107", "成都市", "028" },  { "500103", "重庆市", "023" },
  { "610113", "西安市", "029" },  { "370202", "青岛市", "0532" }, { "350203", "厦门市", "0592" },
  { "410105", "郑州市", "0371" }, { "360102", "南昌市", "0791" }, { "450103", "南宁市", "0771" },
  { "340104", "合肥市", "0551" }, { "120101", "天津市", "022" },  { "210102", "沈阳市", "024" },
  { "230103", "哈尔滨市", "0451" }, { "530102", "昆明市", "0871" }, { "520102", "贵阳市", "0851" },
  { "130102", "石家庄市", "0311" }, { "140105", "太原市", "0351" }, { "445102", "潮州市", "0768" },
  { "441302", "惠州市", "0752" }, { "431002", "郴州市", "0735" }, { "360702", "赣州市", "0797" },
};

/* In order of frequency; pick_skewed() favours the front. */
static const char *const surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
  "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
  "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
  "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
  "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹",
  "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
  "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "司马", "上官", "诸葛",
};

static const char *const given_male[] = {
  "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华",
  "飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙", "林", "峰", "建",
  "国", "志", "文", "海", "东", "成", "晨", "博", "子", "轩", "航", "然", "振", "立", "永",
  "家", "德", "昊", "睿", "泽", "嘉", "铭", "毅", "兵", "亮", "金", "庆", "荣", "松", "哲",
};

static const char *const given_female[] = {
  "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "琳", "慧", "颖",
  "倩", "洁", "佳", "欣", "悦", "梦", "雨", "琪", "萱", "怡", "晶", "红", "梅", "兰", "秀",
  "英", "月", "萍", "璐", "蕾", "薇", "莉", "丹", "晓", "春", "思", "诗", "涵", "可", "一",
  "子", "紫", "嘉", "美", "彤", "妍", "欢", "宁", "岚", "凤", "玉", "桂", "珍", "晴", "瑶",
};

static const char *const company_words[] = {
  "华瑞", "鼎盛", "恒通", "嘉禾", "宏远", "金桥", "新锐", "博雅", "瑞丰", "汇通", "天成", "永泰",
  "信达", "佳美", "中鑫", "锦程", "安和", "创联", "德润", "富源", "广利", "海纳", "聚源", "凯旋",
};

static const char *const company_trades[] = {
  "贸易", "餐饮管理", "科技", "商贸", "文化传播", "投资咨询", "电子", "服饰", "医药",
  "教育咨询", "美容美发", "便利店", "物流", "建筑装饰", "网络科技", "健康管理",
};

static const char *const shop_trades[] = {
  "便利店", "餐馆", "理发店", "水果店", "干洗店", "药房", "五金店", "面包房", "茶行", "花店",
  "快餐店", "超市",
};

static const char *const mobile_prefixes[] = {
  "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150",
  "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
  "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "198",
  "199",
};

static const char *const notes[] = {
  "有宠物（犬）", "老人独居，多关照", "钥匙寄存客服中心", "电表在走廊东侧", "外籍家属同住",
  "装修押金已退", "常年在外，联系紧急联系人",
};

static void
demo_progress (DemoContext *ctx,
               double       fraction)
{
  if (ctx->progress != NULL)
    ctx->progress (ctx->base + ctx->span * CLAMP (fraction, 0.0, 1.0), ctx->user_data);
}

static guint
pick (DemoContext *ctx,
      guint        n)
{
  return (guint)g_rand_int_range (ctx->rand, 0, (gint32)n);
}

/* Favours the front of a list ordered by frequency, as real surnames are distributed. */
static guint
pick_skewed (DemoContext *ctx,
             guint        n)
{
  double r = g_rand_double (ctx->rand);

  return MIN (n - 1, (guint)(r * r * n));
}

static gboolean
chance (DemoContext *ctx,
        double       p)
{
  return g_rand_double (ctx->rand) < p;
}

static int
between (DemoContext *ctx,
         int          low,
         int          high)
{
  return g_rand_int_range (ctx->rand, low, high + 1);
}

static char *
date_days_ago (DemoContext *ctx,
               int          days)
{
  GDate d = ctx->today;

  if (days >= 0)
    g_date_subtract_days (&d, (guint)days);
  else
    g_date_add_days (&d, (guint)-days);
  return pd_date_to_iso (&d);
}

static char *
person_name (DemoContext *ctx,
             gboolean     male)
{
  const char *const *given = male ? given_male : given_female;
  guint n = male ? G_N_ELEMENTS (given_male) : G_N_ELEMENTS (given_female);
  const char *surname = surnames[pick_skewed (ctx, G_N_ELEMENTS (surnames))];
  GString *s = g_string_new (surname);
  gboolean compound = g_utf8_strlen (surname, -1) > 1;

  /* Two or three characters in all, as most names are; 欧阳 takes one given character. */
  g_string_append (s, given[pick (ctx, n)]);
  if (chance (ctx, 0.7) && !compound)
    g_string_append (s, given[pick (ctx, n)]);
  return g_string_free (s, FALSE);
}

/* Claims @value if nobody has it yet. */
static gboolean
claim (DemoContext *ctx,
       const char  *value)
{
  if (g_hash_table_contains (ctx->used, value))
    return FALSE;
  g_hash_table_add (ctx->used, g_strdup (value));
  return TRUE;
}

static char *
mobile_number (DemoContext *ctx)
{
  for (;;)
    {
      g_autofree char *number = g_strdup_printf ("%s%08u",
                                                 mobile_prefixes[pick (ctx, G_N_ELEMENTS (mobile_prefixes))],
                                                 (guint)g_rand_int_range (ctx->rand, 0, 100000000));
      if (claim (ctx, number))
        return g_steal_pointer (&number);
    }
}

static char *
landline_number (DemoContext *ctx,
                 const Place *place)
{
  guint digits = strlen (place->landline) == 3 ? 8 : 7;
  guint first = (guint)between (ctx, 2, 8);
  guint rest = (guint)g_rand_int_range (ctx->rand, 0, digits == 8 ? 10000000 : 1000000);

  return g_strdup_printf ("%s-%u%0*u", place->landline, first, (int)digits - 1, rest);
}

/* An 18-digit resident ID: district, birth date, sequence (odd for men), check character. */
static char *
resident_id (DemoContext *ctx,
             int          age,
             gboolean     male,
             const Place *place)
{
  for (;;)
    {
      GDate birth = ctx->today;
      g_autofree char *first17 = NULL;
      g_autofree char *check = NULL;
      g_autofree char *id = NULL;
      guint sequence = (guint)between (ctx, 0, 499) * 2 + (male ? 1 : 0);

      g_date_subtract_days (&birth, (guint)(age * 365 + between (ctx, 0, 364)));
      first17 = g_strdup_printf ("%s%04u%02u%02u%03u", place->code, g_date_get_year (&birth),
                                 g_date_get_month (&birth), g_date_get_day (&birth), sequence);
      check = pd_resident_id_compute_check (first17);
      id = g_strconcat (first17, check, NULL);
      if (claim (ctx, id))
        return g_steal_pointer (&id);
    }
}

/* GB 11714 organisation code: eight digits and a MOD 11 check character. */
static void
append_organisation_code (DemoContext *ctx,
                          GString     *s)
{
  static const guint weights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };
  guint sum = 0;
  guint check;

  for (guint i = 0; i < 8; i++)
    {
      guint digit = (guint)between (ctx, i == 0 ? 1 : 0, 9);
      sum += digit * weights[i];
      g_string_append_c (s, (char)('0' + digit));
    }
  check = 11 - sum % 11;
  g_string_append_c (s, check == 10 ? 'X' : check == 11 ? '0' : (char)('0' + check));
}

/* Registration authority 9 (market regulation), category 1 (company) or 2 (sole trader). */
static char *
credit_code (DemoContext *ctx,
             const Place *place,
             gboolean     sole_trader)
{
  for (;;)
    {
      GString *s = g_string_new (sole_trader ? "92" : "91");
      char check;

      g_string_append (s, place->code);
      append_organisation_code (ctx, s);
      check = pd_uscc_compute_check (s->str);
      g_string_append_c (s, check);
      if (claim (ctx, s->str))
        return g_string_free (s, FALSE);
      g_string_free (s, TRUE);
    }
}

static char *
company_name (DemoContext *ctx,
              const Place *place,
              gboolean     sole_trader)
{
  const char *word = company_words[pick (ctx, G_N_ELEMENTS (company_words))];

  if (sole_trader)
    return g_strconcat (word, shop_trades[pick (ctx, G_N_ELEMENTS (shop_trades))], NULL);
  return g_strconcat (place->city, word, company_trades[pick (ctx, G_N_ELEMENTS (company_trades))],
                      "有限公司", NULL);
}

static PdOccupant *
new_occupant (DemoContext *ctx,
              gint64       unit_id,
              PdRole       role,
              gboolean     company,
              int          min_age,
              int          max_age)
{
  PdOccupant *o = pd_occupant_new ();
  const Place *place = &places[pick_skewed (ctx, G_N_ELEMENTS (places))];

  pd_occupant_set_unit_id (o, unit_id);
  pd_occupant_set_role (o, role);
  if (company)
    {
      gboolean sole_trader = chance (ctx, 0.3);
      g_autofree char *name = company_name (ctx, place, sole_trader);
      g_autofree char *code = credit_code (ctx, place, sole_trader);
      g_autofree char *phone = mobile_number (ctx);
      g_autofree char *contact = person_name (ctx, chance (ctx, 0.5));
      g_autofree char *contact_phone = mobile_number (ctx);
      g_autofree char *landline = landline_number (ctx, place);

      pd_occupant_set_kind (o, PD_KIND_COMPANY);
      pd_occupant_set_name (o, name);
      pd_occupant_set_id_number (o, code);
      pd_occupant_set_phone (o, phone);
      pd_occupant_set_phone2 (o, landline);
      pd_occupant_set_emergency_name (o, contact);
      pd_occupant_set_emergency_phone (o, contact_phone);
    }
  else
    {
      gboolean male = chance (ctx, 0.5);
      g_autofree char *name = person_name (ctx, male);
      g_autofree char *id = resident_id (ctx, between (ctx, min_age, max_age), male, place);
      g_autofree char *phone = mobile_number (ctx);

      pd_occupant_set_kind (o, PD_KIND_PERSON);
      pd_occupant_set_name (o, name);
      pd_occupant_set_id_number (o, id);
      pd_occupant_set_phone (o, phone);
      if (chance (ctx, 0.4))
        {
          g_autofree char *contact = person_name (ctx, chance (ctx, 0.5));
          g_autofree char *contact_phone = mobile_number (ctx);

          pd_occupant_set_emergency_name (o, contact);
          pd_occupant_set_emergency_phone (o, contact_phone);
        }
      if (chance (ctx, 0.1))
        {
          g_autofree char *landline = landline_number (ctx, place);
          pd_occupant_set_phone2 (o, landline);
        }
    }
  if (chance (ctx, 0.03))
    {
      g_autofree char *parking = g_strdup_printf ("车位 B%d-%03d", between (ctx, 1, 2),
                                                  between (ctx, 1, 360));
      pd_occupant_set_notes (o, parking);
    }
  else if (chance (ctx, 0.03))
    pd_occupant_set_notes (o, notes[pick (ctx, G_N_ELEMENTS (notes))]);
  return o;
}

static gboolean
save (DemoContext *ctx,
      PdOccupant  *o,
      const char  *move_in,
      const char  *move_out,
      PdStatus     status,
      GError     **error)
{
  pd_occupant_set_move_in_date (o, move_in);
  pd_occupant_set_move_out_date (o, move_out);
  pd_occupant_set_status (o, status);
  return pd_occupant_store_insert (ctx->db, o, error);
}

/* Owners, and for a rented unit its tenant (and sometimes the tenant before), with dates that
 * follow each other: owner in, owner out, earlier tenant in and out, current tenant in. */
static gboolean
populate_unit (DemoContext *ctx,
               gint64       unit_id,
               PdUnitType   type,
               GError     **error)
{
  gboolean shop = type == PD_UNIT_SHOP;
  double r = g_rand_double (ctx->rand);
  g_autoptr(PdOccupant) owner = new_occupant (ctx, unit_id, PD_ROLE_OWNER,
                                              chance (ctx, shop ? 0.4 : 0.02), 28, 78);
  int owner_days = between (ctx, 0, 3650);
  g_autofree char *owner_in = date_days_ago (ctx, owner_days);

  if (!shop && r < 0.75)
    return save (ctx, owner, owner_in, NULL, PD_STATUS_ACTIVE, error);

  if (shop ? r < 0.3 : r >= 0.95)
    {
      /* Bought but not moved in yet: handover booked in the next weeks, or not yet. */
      g_autofree char *planned = chance (ctx, 0.5) ? date_days_ago (ctx, -between (ctx, 1, 60))
                                                   : NULL;
      return save (ctx, owner, planned, NULL, PD_STATUS_PENDING, error);
    }

  {
    int tenant_days = between (ctx, 0, MIN (owner_days, 1095));
    g_autofree char *tenant_in = date_days_ago (ctx, tenant_days);
    g_autoptr(PdOccupant) tenant = new_occupant (ctx, unit_id, PD_ROLE_TENANT,
                                                 chance (ctx, shop ? 0.6 : 0.03), 20, 60);
    gboolean owner_left = chance (ctx, 0.4);
    g_autofree char *owner_out = owner_left ? date_days_ago (ctx, between (ctx, tenant_days,
                                                                           owner_days))
                                            : NULL;

    if (!save (ctx, owner, owner_in, owner_out,
               owner_left ? PD_STATUS_MOVED_OUT : PD_STATUS_ACTIVE, error))
      return FALSE;

    if (owner_days - tenant_days > 400 && chance (ctx, 0.25))
      {
        int before_in = between (ctx, tenant_days + 200, owner_days);
        int before_out = between (ctx, tenant_days, before_in - 100);
        g_autofree char *in = date_days_ago (ctx, before_in);
        g_autofree char *out = date_days_ago (ctx, before_out);
        g_autoptr(PdOccupant) earlier = new_occupant (ctx, unit_id, PD_ROLE_TENANT,
                                                      chance (ctx, shop ? 0.6 : 0.03), 20, 60);

        if (!save (ctx, earlier, in, out, PD_STATUS_MOVED_OUT, error))
          return FALSE;
      }
    return save (ctx, tenant, tenant_in, NULL, PD_STATUS_ACTIVE, error);
  }
}

/* Buildings of 100–200 units: rooms per floor and floors are drawn so the product fits. Each
 * room position (the "stack") has one floor plan, so one area, on every floor. Some buildings
 * have shops on the ground floor. */
static gboolean
generate_places_and_occupants (DemoContext *ctx,
                               GError     **error)
{
  const char *estate_name = estate_names[pick (ctx, G_N_ELEMENTS (estate_names))];
  gint64 estate_id = pd_place_store_ensure_estate (ctx->db, estate_name, error);
  guint made = 0;

  if (estate_id < 0)
    return FALSE;

  for (guint b = 1; made < ctx->n_units; b++)
    {
      g_autofree char *building_name = g_strdup_printf ("%u栋", b);
      guint rooms = (guint)between (ctx, 4, 6);
      guint floors = (guint)between (ctx, (100 + rooms - 1) / rooms, MIN (33, 200 / rooms));
      gboolean shops = chance (ctx, 0.3);
      gint64 stack_area[6];
      gint64 building_id = pd_place_store_ensure_building (ctx->db, estate_id, building_name,
                                                           error);

      if (building_id < 0)
        return FALSE;
      for (guint i = 0; i < rooms; i++)
        {
          /* Middle rooms are the smaller flats; corner rooms the larger ones. */
          gboolean corner = i == 0 || i == rooms - 1;
          stack_area[i] = corner ? between (ctx, 9000, 18000) : between (ctx, 4500, 12000);
        }

      for (guint f = 1; f <= floors && made < ctx->n_units; f++)
        for (guint i = 1; i <= rooms && made < ctx->n_units; i++)
          {
            g_autoptr(PdUnit) unit = pd_unit_new ();
            g_autofree char *number = g_strdup_printf ("%u%02u", f, i);
            PdUnitType type = shops && f == 1 ? PD_UNIT_SHOP : PD_UNIT_RESIDENTIAL;

            pd_unit_set_building_id (unit, building_id);
            pd_unit_set_number (unit, number);
            pd_unit_set_floor (unit, (int)f);
            pd_unit_set_area (unit, type == PD_UNIT_SHOP ? between (ctx, 3000, 15000)
                                                         : stack_area[i - 1]);
            pd_unit_set_unit_type (unit, type);
            if (!pd_place_store_insert_unit (ctx->db, unit, error)
                || !populate_unit (ctx, pd_unit_get_id (unit), type, error))
              return FALSE;
            made++;
            if (made % 256 == 0 || made == ctx->n_units)
              demo_progress (ctx, (double)made / ctx->n_units);
          }
    }
  return TRUE;
}

static int
read_cache_size (PdDatabase *db)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, "PRAGMA cache_size", NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return -2000;
  return sqlite3_column_int (stmt, 0);
}

static void
restore_cache_size (PdDatabase *db,
                    int         cache_size)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", cache_size);

  pd_database_exec (db, sql, NULL);
}

static gboolean
generate_repairs (DemoContext *ctx,
                  GError     **error)
{
  return pd_demo_repairs_generate (ctx->db, ctx->rand,
                                   pd_demo_repairs_count_for_units (ctx->n_units), error);
}

/* After the repairs: the register links the orders taken at the desk. */
static gboolean
generate_complaints (DemoContext *ctx,
                     GError     **error)
{
  return pd_demo_complaints_generate (ctx->db, ctx->rand,
                                      pd_demo_complaints_count_for_units (ctx->n_units), error);
}

static gboolean
run_steps (DemoContext *ctx,
           GError     **error)
{
  double total_weight = 0.0;

  for (guint i = 0; i < G_N_ELEMENTS (demo_steps); i++)
    total_weight += demo_steps[i].weight;

  if (!pd_database_begin (ctx->db, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (demo_steps); i++)
    {
      g_autoptr(GError) local_error = NULL;

      ctx->span = demo_steps[i].weight / total_weight;
      if (!demo_steps[i].run (ctx, &local_error))
        {
          pd_database_rollback (ctx->db);
          g_debug ("Demo step “%s” failed", demo_steps[i].name);
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      _("The demo data could not be written, so none was kept: "));
          return FALSE;
        }
      ctx->base += ctx->span;
    }
  return pd_database_commit (ctx->db, error);
}

gboolean
pd_demo_generate (PdDatabase           *db,
                  guint                 n_units,
                  guint32               seed,
                  PdImportProgressFunc  progress,
                  gpointer              user_data,
                  GError              **error)
{
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *today = pd_date_today_iso ();
  DemoContext ctx = { 0 };
  gint64 existing;
  int cache_size;
  gboolean ok;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_units == 0 || n_units > 1000000)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The number of demo units must be between 1 and 1,000,000, not %u."),
                   n_units);
      return FALSE;
    }
  existing = pd_place_store_count_units (db, error);
  if (existing < 0)
    return FALSE;
  if (existing > 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The database already has %lld unit; demo data is only written "
                                "into an empty database.",
                                "The database already has %lld units; demo data is only written "
                                "into an empty database.",
                                existing),
                   (long long)existing);
      return FALSE;
    }

  ctx.db = db;
  ctx.rand = rand;
  ctx.n_units = n_units;
  ctx.used = used;
  ctx.progress = progress;
  ctx.user_data = user_data;
  g_date_clear (&ctx.today, 1);
  pd_date_parse (today, &ctx.today, NULL);

  /* A hundred thousand rows in one transaction outgrow SQLite's default 2 MB page cache, which
   * then spills to the WAL file page by page; a larger cache for this run saves a quarter. */
  cache_size = read_cache_size (db);
  pd_database_exec (db, "PRAGMA cache_size = -65536", NULL);
  ok = run_steps (&ctx, error);
  restore_cache_size (db, cache_size);
  if (ok && progress != NULL)
    progress (1.0, user_data);
  return ok;
}
