// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-demo"
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-demo-repairs.h"
#include "pd-demo-repairs-private.h"
#include "pd-repair-rules.h"
#include "pd-repair-settings.h"
#include "pd-settlement-store.h"
#include "pd-store-private.h"
#include "pd-survey-store.h"

#define HOUR 3600
#define DAY  86400

typedef struct
{
  gint64  unit_id;
  gint64  occupant_id;   /* 0: vacant */
  char   *occupant;
  char   *phone;
  char   *building;
} Unit;

typedef struct
{
  gint64  id;
  char   *name;
  char   *team;
} Staff;

typedef struct
{
  PdDatabase *db;
  GRand      *rand;
  gint64      now;
  gint64      engineering_id;
  GArray     *units;       /* Unit */
  GPtrArray  *staff;       /* Staff of 工程部 */
  GPtrArray  *prices;      /* PdPriceItem */
  GHashTable *categories;  /* name → id */
  GHashTable *onsite;      /* names of the categories whose callbacks must be on site */
  guint       settlements;
} Gen;

/* One order as written. */
typedef struct
{
  const Kind *kind;
  gint64      category_id;
  const Unit *unit;
  const char *serial;
  const char *urgency, *klass, *channel, *source, *state, *location, *reporter, *phone;
  const char *description, *assignee_team;
  gint64      assignee_id;
  gint64      reported_at, appointment_at, dispatched_at, accepted_at, arrived_at, completed_at;
  gint64      quote_accepted_at;
  const char *work_done, *result;
  gboolean    confirmed;
  int         quality, attitude;
  int         reopened;
  gboolean    callback_needed;
  const char *cancel_reason;
} Order;

static int
pick (GRand *rand,
      int    n)
{
  return g_rand_int_range (rand, 0, n);
}

static guint
strv_len (const char *const *v)
{
  guint n = 0;
  while (v[n] != NULL)
    n++;
  return n;
}

static gboolean
chance (GRand *rand,
        int    percent)
{
  return g_rand_int_range (rand, 0, 100) < percent;
}

/* ---- lists the office edits: staff and prices, only when empty -------------------------- */

static gboolean
seed_staff (Gen     *g,
            GError **error)
{
  g_autoptr(GPtrArray) existing = pd_repair_settings_list_staff (g->db, g->engineering_id, TRUE,
                                                                  error);

  if (existing == NULL)
    return FALSE;
  if (existing->len == 0)
    for (guint i = 0; i < G_N_ELEMENTS (team_staff); i++)
      {
        g_autofree char *phone = g_strdup_printf ("139%08u", g_rand_int_range (g->rand, 0,
                                                                                99999999));
        PdStaff s = { .department_id = g->engineering_id, .name = (char *) team_staff[i].name,
                      .team = (char *) team_staff[i].team, .phone = phone, .active = TRUE };

        if (pd_repair_settings_add_staff (g->db, &s, error) == 0)
          return FALSE;
      }

  g_clear_pointer (&existing, g_ptr_array_unref);
  existing = pd_repair_settings_list_staff (g->db, g->engineering_id, FALSE, error);
  if (existing == NULL)
    return FALSE;
  for (guint i = 0; i < existing->len; i++)
    {
      PdStaff *s = g_ptr_array_index (existing, i);
      Staff *copy = g_new0 (Staff, 1);

      copy->id = s->id;
      copy->name = g_strdup (s->name);
      copy->team = g_strdup (s->team);
      g_ptr_array_add (g->staff, copy);
    }
  return TRUE;
}

static gboolean
seed_prices (Gen     *g,
             GError **error)
{
  g_autoptr(GPtrArray) existing = pd_repair_settings_list_price_items (g->db, TRUE, error);

  if (existing == NULL)
    return FALSE;
  if (existing->len == 0)
    for (guint i = 0; i < G_N_ELEMENTS (price_list); i++)
      {
        PdPriceItem item = { .code = (char *) price_list[i].code,
                             .name = (char *) price_list[i].name,
                             .unit = (char *) price_list[i].unit,
                             .price_fen = price_list[i].price_fen, .active = TRUE };

        if (pd_repair_settings_add_price_item (g->db, &item, error) == 0)
          return FALSE;
      }
  g->prices = pd_repair_settings_list_price_items (g->db, FALSE, error);
  return g->prices != NULL;
}

static gboolean
load_places (Gen     *g,
             GError **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(GPtrArray) categories = NULL;
  int rc;

  categories = pd_repair_settings_list_categories (g->db, FALSE, error);
  if (categories == NULL)
    return FALSE;
  for (guint i = 0; i < categories->len; i++)
    {
      PdRepairCategory *c = g_ptr_array_index (categories, i);
      g_hash_table_insert (g->categories, g_strdup (c->name), GINT_TO_POINTER ((int) c->id));
      if (c->onsite_callback)
        g_hash_table_add (g->onsite, g_strdup (c->name));
    }

  /* One active occupant per unit (the owner if there is one) or none for a vacant unit. */
  stmt = pd_database_prepare (g->db,
                              "SELECT u.id, b.name, o.id, o.name, o.phone FROM units u"
                              " JOIN buildings b ON b.id = u.building_id"
                              " LEFT JOIN occupants o ON o.id = (SELECT id FROM occupants"
                              "  WHERE unit_id = u.id AND status = 'active'"
                              "  ORDER BY role = 'owner' DESC, id LIMIT 1)"
                              " ORDER BY u.id",
                              error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Unit u = { 0 };

      u.unit_id = sqlite3_column_int64 (stmt, 0);
      u.building = g_strdup (_pd_column_text (stmt, 1));
      u.occupant_id = sqlite3_column_int64 (stmt, 2);
      u.occupant = g_strdup (_pd_column_text (stmt, 3));
      u.phone = g_strdup (_pd_column_text (stmt, 4));
      g_array_append_val (g->units, u);
    }
  if (rc != SQLITE_DONE)
    return pd_database_set_error (g->db, rc, _("Could not read the units for the demo orders"),
                                  error);
  return TRUE;
}

/* ---- one order ------------------------------------------------------------------------- */

static void
bind_time (PdStmt *stmt,
           int     col,
           gint64  t)
{
  if (t > 0)
    sqlite3_bind_int64 (stmt, col, t);
  else
    sqlite3_bind_null (stmt, col);
}

static gint64
insert_order (Gen         *g,
              const Order *o,
              GError     **error)
{
  g_autoptr(PdStmt) stmt = NULL;

  stmt = pd_database_prepare (g->db,
    "INSERT INTO repairs (serial, channel, unit_id, occupant_id, public_area, location,"
    " reporter, reporter_phone, category_id, description, urgency, class, source,"
    " appointment_at, reported_at, clerk, state, department_id, assignee_id, dispatcher,"
    " dispatched_at, accepted_at, arrived_at, completed_at, quote_accepted_at,"
    " quote_accepted_by, work_done, result, occupant_confirmed, rating_quality,"
    " rating_attitude, callback_needed, reopened_count, cancel_reason, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
    " ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35)",
    error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, o->serial, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, o->channel, -1, SQLITE_STATIC);
  if (o->unit != NULL)
    {
      sqlite3_bind_int64 (stmt, 3, o->unit->unit_id);
      if (o->unit->occupant_id > 0)
        sqlite3_bind_int64 (stmt, 4, o->unit->occupant_id);
    }
  sqlite3_bind_int (stmt, 5, o->unit == NULL);
  sqlite3_bind_text (stmt, 6, o->location ? o->location : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, o->reporter, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, o->phone ? o->phone : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 9, o->category_id);
  sqlite3_bind_text (stmt, 10, o->description, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, o->urgency, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, o->klass, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, o->source, -1, SQLITE_STATIC);
  bind_time (stmt, 14, o->appointment_at);
  sqlite3_bind_int64 (stmt, 15, o->reported_at);
  sqlite3_bind_text (stmt, 16, clerks[pick (g->rand, G_N_ELEMENTS (clerks))], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 17, o->state, -1, SQLITE_STATIC);
  if (o->dispatched_at > 0)
    {
      sqlite3_bind_int64 (stmt, 18, g->engineering_id);
      if (o->assignee_id > 0)
        sqlite3_bind_int64 (stmt, 19, o->assignee_id);
      sqlite3_bind_text (stmt, 20, "刘工", -1, SQLITE_STATIC);
    }
  else
    sqlite3_bind_text (stmt, 20, "", -1, SQLITE_STATIC);
  bind_time (stmt, 21, o->dispatched_at);
  bind_time (stmt, 22, o->accepted_at);
  bind_time (stmt, 23, o->arrived_at);
  bind_time (stmt, 24, o->completed_at);
  bind_time (stmt, 25, o->quote_accepted_at);
  sqlite3_bind_text (stmt, 26, o->quote_accepted_at > 0 ? o->reporter : "", -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 27, o->work_done ? o->work_done : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 28, o->result ? o->result : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 29, o->confirmed);
  if (o->quality > 0)
    sqlite3_bind_int (stmt, 30, o->quality);
  if (o->attitude > 0)
    sqlite3_bind_int (stmt, 31, o->attitude);
  sqlite3_bind_int (stmt, 32, o->callback_needed);
  sqlite3_bind_int (stmt, 33, o->reopened);
  sqlite3_bind_text (stmt, 34, o->cancel_reason ? o->cancel_reason : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 35, MAX (o->reported_at, o->completed_at));
  if (!pd_database_step_done (g->db, stmt, error))
    return 0;
  return pd_database_last_insert_id (g->db);
}

static gboolean
insert_callback (Gen        *g,
                 gint64      repair_id,
                 gboolean    onsite,
                 gint64      at,
                 gboolean    satisfied,
                 GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (g->db,
    "INSERT INTO callbacks (subject, subject_id, method, called_at, staff, satisfied, remarks,"
    " recorded_at) VALUES ('repair', ?1, ?2, ?3, ?4, ?5, ?6, ?3)",
    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  sqlite3_bind_text (stmt, 2, onsite ? "onsite" : "phone", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, at);
  sqlite3_bind_text (stmt, 4, callers[pick (g->rand, G_N_ELEMENTS (callers))], -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, satisfied);
  sqlite3_bind_text (stmt, 6, satisfied ? (chance (g->rand, 30) ? "业主表示满意，维修及时" : "")
                                        : "问题未彻底解决，要求再次上门",
                     -1, SQLITE_STATIC);
  return pd_database_step_done (g->db, stmt, error);
}

/* The paid lines from the category's part of the price list, a pending charge when done. */
static gboolean
insert_charges (Gen         *g,
                gint64       repair_id,
                const Order *o,
                GError     **error)
{
  gint64 total = 0, previous = 0;
  int lines = chance (g->rand, 30) ? 2 : 1;

  for (int line = 1; line <= lines; line++)
    {
      g_autoptr(PdStmt) stmt = NULL;
      PdPriceItem *item = NULL;
      gint64 qty = chance (g->rand, 80) ? 1000 : 2000;
      gint64 amount = 0;

      for (int tries = 0; tries < 8 && item == NULL; tries++)
        {
          PdPriceItem *candidate = g_ptr_array_index (g->prices, pick (g->rand, g->prices->len));
          if (o->kind->price_prefix == NULL || g_str_has_prefix (candidate->code,
                                                                 o->kind->price_prefix))
            item = candidate;
        }
      if (item == NULL)
        item = g_ptr_array_index (g->prices, 0);
      if (item->id == previous)
        break;
      previous = item->id;
      if (!pd_repair_line_amount (qty, item->price_fen, &amount, error))
        return FALSE;

      stmt = pd_database_prepare (g->db,
        "INSERT INTO repair_charges (repair_id, line_no, price_item_id, item, unit,"
        " quantity_milli, unit_price_fen, amount_fen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, repair_id);
      sqlite3_bind_int (stmt, 2, line);
      sqlite3_bind_int64 (stmt, 3, item->id);
      sqlite3_bind_text (stmt, 4, item->name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, item->unit, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 6, qty);
      sqlite3_bind_int64 (stmt, 7, item->price_fen);
      sqlite3_bind_int64 (stmt, 8, amount);
      if (!pd_database_step_done (g->db, stmt, error))
        return FALSE;
      total += amount;
    }

  if (o->completed_at > 0 && o->unit != NULL && o->unit->occupant_id > 0)
    {
      g_autoptr(PdStmt) stmt = NULL;
      g_autofree char *description = g_strdup_printf (_("Paid repair %s"), o->serial);

      stmt = pd_database_prepare (g->db,
        "INSERT INTO pending_charges (occupant_id, source, source_id, description, amount_fen,"
        " created_at, billed_at) VALUES (?1, 'repair', ?2, ?3, ?4, ?5, ?6)",
        error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, o->unit->occupant_id);
      sqlite3_bind_int64 (stmt, 2, repair_id);
      sqlite3_bind_text (stmt, 3, description, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 4, total);
      sqlite3_bind_int64 (stmt, 5, o->completed_at);
      /* Older charges have gone onto a monthly bill already. */
      bind_time (stmt, 6, g->now - o->completed_at > 40 * DAY ? o->completed_at + 20 * DAY : 0);
      if (!pd_database_step_done (g->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- settlement sheets and site surveys on larger orders -------------------------------- */

static gboolean
add_settlement (Gen         *g,
                gint64       repair_id,
                const Order *o,
                GError     **error)
{
  static const char *const approvers[] = { "赵志刚", "钱永明", "孙立群" };
  g_autoptr(PdSettlement) s = pd_settlement_new ();
  guint kind = (guint) (o->kind - kinds);
  const Quota *q = quotas[kind];
  guint n_quotas = 0;
  gint64 age = g->now - o->completed_at;
  int n, first;

  while (n_quotas < G_N_ELEMENTS (quotas[0]) && q[n_quotas].code != NULL)
    n_quotas++;
  s->repair_id = repair_id;
  s->klass = g_str_equal (o->klass, "A") ? PD_SETTLEMENT_CLASS_A : PD_SETTLEMENT_CLASS_B;
  g_free (s->settle_date);
  {
    g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (o->completed_at + 2 * DAY);
    g_autoptr(GDateTime) local = g_date_time_to_local (utc);
    s->settle_date = g_date_time_format (local, "%Y-%m-%d");
  }
  g_free (s->supervisor);
  s->supervisor = g_strdup ("周建华");
  g_free (s->handler);
  s->handler = g_strdup (o->assignee_team ? "王建国" : "赵刚");
  g_free (s->auditor);
  s->auditor = g_strdup (chance (g->rand, 60) ? "审计部" : "");

  n = 1 + pick (g->rand, (int) n_quotas);
  first = pick (g->rand, (int) n_quotas);
  for (int i = 0; i < n; i++)
    {
      const Quota *line = &q[(first + i) % n_quotas];
      gint64 qty = line->min_milli + (line->max_milli > line->min_milli
                                      ? pick (g->rand, (line->max_milli - line->min_milli) / 250)
                                          * 250
                                      : 0);
      gint64 approved = 0;

      if (!pd_repair_line_amount (qty, line->price_fen, &approved, error))
        return FALSE;
      /* The contractor asks for a little more than the audit allows. */
      pd_settlement_add_line (s, line->code, line->item, line->unit, qty, line->price_fen,
                              approved + approved * pick (g->rand, 16) / 100,
                              i == 0 && chance (g->rand, 30) ? "审减" : NULL);
    }
  if (!pd_settlement_store_save (g->db, s, error))
    return FALSE;
  g->settlements++;

  /* Old sheets are decided; the last weeks' are still on their way. */
  if (age < 30 * DAY && chance (g->rand, 35))
    return TRUE;
  if (!pd_settlement_store_submit (g->db, s->id, error))
    return FALSE;
  if (age < 30 * DAY && chance (g->rand, 50))
    return TRUE;
  if (chance (g->rand, 8))
    return pd_settlement_store_reject (g->db, s->id, approvers[s->level], o->completed_at + 5 * DAY,
                                       error);
  return pd_settlement_store_approve (g->db, s->id, approvers[s->level],
                                      o->completed_at + 4 * DAY + pick (g->rand, 3 * DAY), error);
}

static gboolean
add_survey (Gen         *g,
            gint64       repair_id,
            const Order *o,
            GError     **error)
{
  g_autoptr(PdSurvey) s = pd_survey_new ();

  s->repair_id = repair_id;
  s->contact = g_strdup_printf ("%s %s", o->reporter, o->phone ? o->phone : "");
  s->situation = g_strdup_printf ("%s。现场查看：损坏范围较大，需按工程项目维修，附现场相片。",
                                  o->description);
  s->opinion_cs = g_strdup ("请工程部尽快出具维修方案");
  s->opinion_engineering = g_strdup ("建议按结算书所列项目维修");
  s->opinion_office = g_strdup ("同意");
  s->opinion_contractor = g_strdup (g_str_equal (o->klass, "A") ? "属保修范围，由施工单位负责"
                                                                : "");
  s->opinion_customer = g_strdup ("同意维修方案");
  s->surveyed_at = o->reported_at + 20 * HOUR;
  return pd_survey_store_save (g->db, s, NULL, error);
}

/* ---- the life of an order ---------------------------------------------------------------- */

static gint64
after (Gen    *g,
       gint64  t,
       int     min_s,
       int     max_s)
{
  return t + min_s + pick (g->rand, MAX (1, max_s - min_s));
}

/* Dispatch, acceptance, arrival and completion times from @start, as far as @state goes. */
static void
work_times (Gen        *g,
            Order      *o,
            gint64      start,
            const char *state)
{
  gboolean closed = g_str_equal (state, "completed") || g_str_equal (state, "called_back");

  o->dispatched_at = after (g, start, 120, 30 * 60);
  if (g_str_equal (state, "dispatched"))
    return;
  o->accepted_at = after (g, o->dispatched_at, 30, 10 * 60);
  if (g_str_equal (state, "accepted"))
    return;
  /* Most arrive within the 20 minutes, some do not. */
  o->arrived_at = after (g, o->accepted_at, 4 * 60, chance (g->rand, 80) ? 16 * 60 : 50 * 60);
  if (!closed)
    return;
  if (g_str_equal (o->urgency, "urgent"))
    o->completed_at = after (g, o->arrived_at, HOUR / 2, chance (g->rand, 85) ? 3 * HOUR : 7 * HOUR);
  else if (g_str_equal (o->urgency, "small"))
    o->completed_at = after (g, o->arrived_at, HOUR / 2, chance (g->rand, 85) ? 4 * HOUR : DAY);
  else
    o->completed_at = after (g, o->arrived_at, 2 * HOUR, chance (g->rand, 85) ? 2 * DAY : 4 * DAY);
  o->completed_at = MIN (o->completed_at, g->now - 60);
}

static const char *
state_for_age (Gen    *g,
               gint64  age)
{
  int r = pick (g->rand, 100);

  /* An office chases what is late: after a month nothing is still open or uncalled. */
  if (age > 30 * DAY)
    return r < 96 ? "called_back" : "cancelled";
  if (age > 3 * DAY)
    return r < 88 ? "called_back" : r < 93 ? "completed" : r < 96 ? "cancelled"
           : r < 98 ? "dispatched" : "on_site";
  if (age > DAY)
    return r < 35 ? "called_back" : r < 75 ? "completed" : r < 85 ? "on_site"
           : r < 92 ? "accepted" : r < 97 ? "dispatched" : "new";
  return r < 30 ? "new" : r < 50 ? "dispatched" : r < 65 ? "accepted" : r < 75 ? "on_site"
         : r < 97 ? "completed" : "cancelled";
}

static gint64
assignee_for (Gen        *g,
              const Kind *kind)
{
  gint64 fallback = 0;
  guint start;

  if (g->staff->len == 0)
    return 0;
  start = (guint) pick (g->rand, (int) g->staff->len);
  for (guint i = 0; i < g->staff->len; i++)
    {
      Staff *s = g_ptr_array_index (g->staff, (start + i) % g->staff->len);
      if (g_strcmp0 (s->team, kind->team) == 0)
        return s->id;
      fallback = s->id;
    }
  return fallback;
}

static gboolean
make_order (Gen     *g,
            gint64   reported_at,
            GError **error)
{
  const Kind *kind = &kinds[pick (g->rand, G_N_ELEMENTS (kinds))];
  g_autofree char *serial = NULL;
  g_autofree char *location = NULL;
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (reported_at);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  gint64 age = g->now - reported_at;
  Order o = { 0 };
  int u = pick (g->rand, 100);
  gint64 n, repair_id;
  gboolean unsatisfied_first = FALSE;

  o.kind = kind;
  o.category_id = GPOINTER_TO_INT (g_hash_table_lookup (g->categories, kind->category));
  if (o.category_id == 0)
    o.category_id = GPOINTER_TO_INT (g_hash_table_lookup (g->categories, "其他"));
  if (o.category_id == 0)
    return TRUE;  /* the office removed the demo's categories: nothing sensible to make */

  if (!kind->public_area && g->units->len > 0)
    o.unit = &g_array_index (g->units, Unit, pick (g->rand, (int) g->units->len));
  if (o.unit == NULL)
    o.location = places[pick (g->rand, G_N_ELEMENTS (places))];
  else if (o.unit->occupant_id == 0)
    location = g_strdup_printf ("%s（空置）", o.unit->building), o.location = location;

  o.description = kind->descriptions[pick (g->rand, strv_len (kind->descriptions))];
  o.urgency = u < 15 ? "urgent" : u < 70 ? "small" : "general";
  o.klass = o.unit != NULL && o.unit->occupant_id > 0 && chance (g->rand, 25) ? "paid"
            : chance (g->rand, 20) ? "A" : "B";
  o.channel = chance (g->rand, 70) ? "phone" : chance (g->rand, 65) ? "visit" : "written";
  o.source = o.unit == NULL ? "property_office" : chance (g->rand, 90) ? "customer"
             : "business_dept";
  if (o.unit != NULL && o.unit->occupant_id > 0)
    o.reporter = o.unit->occupant, o.phone = o.unit->phone;
  else
    o.reporter = reporters[pick (g->rand, G_N_ELEMENTS (reporters))], o.phone = "";
  o.reported_at = reported_at;
  if (g_str_equal (o.urgency, "general") && chance (g->rand, 30))
    o.appointment_at = reported_at + (2 + pick (g->rand, 20)) * HOUR;
  o.state = state_for_age (g, age);
  o.assignee_team = kind->team;

  n = pd_database_next_serial (g->db, "BX", g_date_time_get_year (local), error);
  if (n < 0)
    return FALSE;
  serial = g_strdup_printf ("BX%d-%06" G_GINT64_FORMAT, g_date_time_get_year (local), n);
  o.serial = serial;

  if (g_str_equal (o.state, "cancelled"))
    o.cancel_reason = chance (g->rand, 50) ? "业主已自行修复" : "重复报修";
  else if (!g_str_equal (o.state, "new"))
    {
      gint64 start = MAX (reported_at, o.appointment_at);

      o.assignee_id = assignee_for (g, kind);
      work_times (g, &o, MIN (start, g->now - 30 * 60), o.state);
    }
  if (g_str_equal (o.klass, "paid") && o.arrived_at > 0)
    o.quote_accepted_at = o.arrived_at + 5 * 60;
  if (o.completed_at > 0)
    {
      int r = pick (g->rand, 100);

      o.work_done = kind->work[pick (g->rand, strv_len (kind->work))];
      o.result = "已修复";
      o.confirmed = o.unit != NULL && o.unit->occupant_id > 0 && chance (g->rand, 92);
      o.quality = o.confirmed ? (r < 62 ? 5 : r < 92 ? 4 : r < 98 ? 3 : 2) : 0;
      o.attitude = o.confirmed ? (r < 70 ? 5 : r < 95 ? 4 : 3) : 0;
      o.callback_needed = g_str_equal (o.state, "completed");
      unsatisfied_first = g_str_equal (o.state, "called_back") && chance (g->rand, 7);
    }

  repair_id = insert_order (g, &o, error);
  if (repair_id == 0)
    return FALSE;
  if (g_str_equal (o.klass, "paid") && o.dispatched_at > 0
      && !insert_charges (g, repair_id, &o, error))
    return FALSE;

  if (g_str_equal (o.state, "called_back"))
    {
      /* About 70 % on site, and always for the categories that require it. */
      gboolean onsite = g_hash_table_contains (g->onsite, kind->category) || chance (g->rand, 60);
      gint64 first = MIN (after (g, o.completed_at, 2 * HOUR, 20 * HOUR), g->now - 60);

      if (unsatisfied_first)
        {
          /* Not satisfied: the work was done again (the clocks restart from the callback), then
           * a second callback closed it. */
          Order redo = o;
          g_autoptr(PdStmt) stmt = NULL;

          if (!insert_callback (g, repair_id, onsite, first, FALSE, error))
            return FALSE;
          redo.appointment_at = first;
          work_times (g, &redo, first, "completed");
          stmt = pd_database_prepare (g->db,
            "UPDATE repairs SET reopened_count = 1, appointment_at = ?2, dispatched_at = ?3,"
            " accepted_at = ?4, arrived_at = ?5, completed_at = ?6 WHERE id = ?1", error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, repair_id);
          sqlite3_bind_int64 (stmt, 2, first);
          sqlite3_bind_int64 (stmt, 3, redo.dispatched_at);
          sqlite3_bind_int64 (stmt, 4, redo.accepted_at);
          sqlite3_bind_int64 (stmt, 5, redo.arrived_at);
          sqlite3_bind_int64 (stmt, 6, redo.completed_at);
          if (!pd_database_step_done (g->db, stmt, error))
            return FALSE;
          o.completed_at = redo.completed_at;
          first = MIN (after (g, redo.completed_at, HOUR, 20 * HOUR), g->now - 30);
        }
      if (!insert_callback (g, repair_id, onsite, first, TRUE, error))
        return FALSE;
    }

  /* Larger works: a settlement sheet (and for some a site survey) on about one order in 25 of
   * the finished warranty and company-paid ones. */
  if (o.completed_at > 0 && !g_str_equal (o.klass, "paid") && chance (g->rand, 4))
    {
      if (!add_settlement (g, repair_id, &o, error))
        return FALSE;
      if (chance (g->rand, 35) && !add_survey (g, repair_id, &o, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- the whole run ----------------------------------------------------------------------- */

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;
  return x < y ? -1 : x > y;
}

/* Report times over the past year, mostly in office hours, oldest first; a few today. */
static GArray *
report_times (Gen   *g,
              guint  n)
{
  GArray *times = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (g->now);
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (now),
                                                         g_date_time_get_month (now),
                                                         g_date_time_get_day_of_month (now),
                                                         0, 0, 0);
  gint64 today = g_date_time_to_unix (midnight);

  for (guint i = 0; i < n; i++)
    {
      int hour = chance (g->rand, 85) ? 8 + pick (g->rand, 11) : pick (g->rand, 24);
      gint64 t;

      if (chance (g->rand, 1))
        t = g->now - (5 + pick (g->rand, 6 * 60)) * 60;
      else
        t = today - (1 + pick (g->rand, 364)) * (gint64) DAY + hour * HOUR
            + pick (g->rand, HOUR);
      g_array_append_val (times, t);
    }
  g_array_sort (times, compare_times);
  return times;
}

static void
unit_clear (Unit *u)
{
  g_free (u->occupant);
  g_free (u->phone);
  g_free (u->building);
}

static void
staff_free (Staff *s)
{
  g_free (s->name);
  g_free (s->team);
  g_free (s);
}

guint
pd_demo_repairs_count_for_units (guint n_units)
{
  return (guint) MIN ((guint64) n_units * 6 / 5, G_MAXUINT);
}

gboolean
pd_demo_repairs_generate (PdDatabase  *db,
                          GRand       *rand,
                          guint        n_orders,
                          GError     **error)
{
  g_autoptr(GArray) times = NULL;
  Gen g = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (rand != NULL, FALSE);

  g.db = db;
  g.rand = rand;
  g.now = g_get_real_time () / G_USEC_PER_SEC;
  g.units = g_array_new (FALSE, TRUE, sizeof (Unit));
  g_array_set_clear_func (g.units, (GDestroyNotify) unit_clear);
  g.staff = g_ptr_array_new_with_free_func ((GDestroyNotify) staff_free);
  g.categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g.onsite = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  {
    g_autoptr(PdStmt) stmt = pd_database_prepare (db, "SELECT id FROM departments"
                                                      " WHERE code = 'engineering'", error);
    if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      g.engineering_id = sqlite3_column_int64 (stmt, 0);
  }
  if (g.engineering_id == 0)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                             _("The engineering department is missing from the settings, so "
                               "no demo repair orders can be assigned."));
      goto out;
    }

  if (!pd_database_begin (db, error))
    goto out;
  if (seed_staff (&g, error) && seed_prices (&g, error) && load_places (&g, error))
    {
      times = report_times (&g, n_orders);
      ok = TRUE;
      for (guint i = 0; i < times->len && ok; i++)
        ok = make_order (&g, g_array_index (times, gint64, i), error);
    }
  if (ok)
    ok = pd_database_commit (db, error);
  else
    pd_database_rollback (db);

out:
  g_array_unref (g.units);
  g_ptr_array_unref (g.staff);
  g_clear_pointer (&g.prices, g_ptr_array_unref);
  g_hash_table_unref (g.categories);
  g_hash_table_unref (g.onsite);
  return ok;
}
