// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-demo"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-complaint-settings.h"
#include "pd-complaint-store.h"
#include "pd-contact-store.h"
#include "pd-demo-complaints.h"
#include "pd-demo-complaints-private.h"
#include "pd-repair-settings.h"
#include "pd-store-private.h"

#define MINUTE 60
#define HOUR   3600
#define DAY    86400

typedef struct
{
  gint64  unit_id;
  gint64  occupant_id;  /* 0: vacant */
  char   *occupant;
  char   *phone;
} Unit;

/* A repair order of the repairs demo that came in by phone, visit or in writing: the register
 * has an entry for it. */
typedef struct
{
  gint64  id;
  gint64  at;
  int     channel;      /* PdContactChannel */
  gint64  unit_id;
  gint64  occupant_id;
  char   *reporter;
  char   *phone;
  char   *description;
  char   *serial;
} Repair;

typedef enum { ENTRY_INQUIRY, ENTRY_COMPLAINT, ENTRY_REPAIR, ENTRY_PENDING } EntryKind;

typedef struct
{
  gint64     at;
  EntryKind  kind;
  guint      index;  /* the Repair of an ENTRY_REPAIR */
} Entry;

typedef struct
{
  PdDatabase *db;
  GRand      *rand;
  gint64      now;
  GArray     *units;       /* Unit */
  GArray     *repairs;     /* Repair */
  GPtrArray  *all_categories;  /* PdComplaintCategory, owned */
  GPtrArray  *categories;  /* borrowed from all_categories, in the order of complaint_kinds */
  GHashTable *dept_codes;  /* department id → code */
  guint       total_weight;
} Gen;

static int
pick (GRand *rand,
      int    n)
{
  return g_rand_int_range (rand, 0, MAX (1, n));
}

static gboolean
chance (GRand *rand,
        int    percent)
{
  return g_rand_int_range (rand, 0, 100) < percent;
}

static guint
strv_len (const char *const *v)
{
  guint n = 0;
  while (v[n] != NULL)
    n++;
  return n;
}

static const char *
pick_str (GRand              *rand,
          const char *const  *v)
{
  return v[pick (rand, (int) strv_len (v))];
}

/* A step's time, never in the future: FALSE when the case has not got that far yet. */
static gboolean
happened (Gen    *g,
          gint64  t)
{
  return t < g->now - MINUTE;
}

static gint64
after (Gen    *g,
       gint64  t,
       gint64  min_s,
       gint64  max_s)
{
  return t + min_s + (gint64) g_rand_double_range (g->rand, 0, (double) MAX (1, max_s - min_s));
}

/* ---- what the database already has ------------------------------------------------------ */

static gboolean
load (Gen     *g,
      GError **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  g_autoptr(GPtrArray) departments = NULL;
  GPtrArray *all;
  int rc;

  all = g->all_categories = pd_complaint_settings_list_categories (g->db, FALSE, error);
  if (all == NULL)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (complaint_kinds); k++)
    {
      PdComplaintCategory *found = NULL;

      for (guint i = 0; i < all->len && found == NULL; i++)
        if (g_strcmp0 (((PdComplaintCategory *) g_ptr_array_index (all, i))->name,
                       complaint_kinds[k].category) == 0)
          found = g_ptr_array_index (all, i);
      /* An office that renamed the categories gets its first one for the unknown kinds. */
      if (found == NULL && all->len > 0)
        found = g_ptr_array_index (all, 0);
      g_ptr_array_add (g->categories, found);
      g->total_weight += (guint) complaint_kinds[k].weight;
    }

  departments = pd_repair_settings_list_departments (g->db, TRUE, error);
  if (departments == NULL)
    return FALSE;
  for (guint i = 0; i < departments->len; i++)
    {
      PdDepartment *d = g_ptr_array_index (departments, i);
      g_hash_table_insert (g->dept_codes, GINT_TO_POINTER ((int) d->id), g_strdup (d->code));
    }

  stmt = pd_database_prepare (g->db,
                              "SELECT u.id, o.id, o.name, o.phone FROM units u"
                              " LEFT JOIN occupants o ON o.id = (SELECT id FROM occupants"
                              "  WHERE unit_id = u.id AND status = 'active'"
                              "  ORDER BY role = 'owner' DESC, id LIMIT 1)"
                              " ORDER BY u.id",
                              error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Unit u = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                 g_strdup (_pd_column_text (stmt, 2)), g_strdup (_pd_column_text (stmt, 3)) };
      g_array_append_val (g->units, u);
    }
  if (rc != SQLITE_DONE)
    return pd_database_set_error (g->db, rc, _("Could not read the units for the demo "
                                               "complaints"), error);
  g_clear_pointer (&stmt, pd_stmt_release);

  /* The repair orders an occupant reported at the desk, in the past year. */
  stmt = pd_database_prepare (g->db,
                              "SELECT id, reported_at, channel, unit_id, occupant_id, reporter,"
                              " reporter_phone, description, serial FROM repairs"
                              " WHERE source = 'customer' AND unit_id IS NOT NULL"
                              " AND reported_at >= ?1 AND id NOT IN (SELECT repair_id"
                              "  FROM contacts WHERE repair_id IS NOT NULL)"
                              " ORDER BY reported_at, id",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, g->now - 366 * (gint64) DAY);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PdContactChannel channel = PD_CONTACT_CHANNEL_PHONE;
      Repair r = { 0 };

      pd_contact_channel_from_code (_pd_column_text (stmt, 2), &channel);
      r.id = sqlite3_column_int64 (stmt, 0);
      r.at = sqlite3_column_int64 (stmt, 1);
      r.channel = channel;
      r.unit_id = sqlite3_column_int64 (stmt, 3);
      r.occupant_id = sqlite3_column_int64 (stmt, 4);
      r.reporter = g_strdup (_pd_column_text (stmt, 5));
      r.phone = g_strdup (_pd_column_text (stmt, 6));
      r.description = g_strdup (_pd_column_text (stmt, 7));
      r.serial = g_strdup (_pd_column_text (stmt, 8));
      g_array_append_val (g->repairs, r);
    }
  if (rc != SQLITE_DONE)
    return pd_database_set_error (g->db, rc, _("Could not read the repair orders for the demo "
                                               "register"), error);
  return TRUE;
}

/* ---- register entries ------------------------------------------------------------------- */

static PdContact *
new_entry (Gen        *g,
           gint64      at,
           const char *content,
           GError    **error)
{
  g_autoptr(PdContact) c = pd_contact_new ();
  int r = pick (g->rand, 100);

  pd_contact_set_channel (c, r < 65 ? PD_CONTACT_CHANNEL_PHONE
                             : r < 90 ? PD_CONTACT_CHANNEL_VISIT : PD_CONTACT_CHANNEL_WRITTEN);
  pd_contact_set_received_at (c, at);
  if (g->units->len > 0)
    {
      Unit *u = &g_array_index (g->units, Unit, pick (g->rand, (int) g->units->len));

      pd_contact_set_unit_id (c, u->unit_id);
      if (u->occupant_id > 0)
        {
          pd_contact_set_occupant_id (c, u->occupant_id);
          pd_contact_set_caller (c, u->occupant);
          pd_contact_set_phone (c, u->phone);
        }
      else
        pd_contact_set_caller (c, visitors[pick (g->rand, G_N_ELEMENTS (visitors))]);
    }
  else
    pd_contact_set_caller (c, visitors[pick (g->rand, G_N_ELEMENTS (visitors))]);
  pd_contact_set_content (c, content);
  pd_contact_set_recorder (c, demo_clerks[pick (g->rand, G_N_ELEMENTS (demo_clerks))]);
  if (!pd_contact_store_create (g->db, c, error))
    return NULL;
  return g_steal_pointer (&c);
}

static gboolean
inquiry (Gen     *g,
         gint64   at,
         GError **error)
{
  guint i = (guint) pick (g->rand, G_N_ELEMENTS (inquiries));
  const char *clerk = demo_clerks[pick (g->rand, G_N_ELEMENTS (demo_clerks))];
  g_autoptr(PdContact) c = new_entry (g, at, inquiries[i].question, error);
  gint64 id, answered = after (g, at, 2 * MINUTE, 15 * MINUTE), last;

  if (c == NULL)
    return FALSE;
  id = pd_contact_get_id (c);
  if (!happened (g, answered))
    return TRUE;
  if (!pd_contact_store_answer_inquiry (g->db, id, inquiries[i].answer, clerk, answered, error))
    return FALSE;
  last = answered;

  if (chance (g->rand, 20))
    {
      guint f = (guint) pick (g->rand, G_N_ELEMENTS (follow_ups));
      gint64 done = after (g, answered, 2 * HOUR, 30 * HOUR);

      if (!pd_contact_store_record_step (g->db, id, PD_CONTACT_STEP_FOLLOW_UP_NEEDED,
                                         follow_ups[f].needed, clerk, answered, error))
        return FALSE;
      if (!happened (g, done))
        return TRUE;
      if (!pd_contact_store_record_step (g->db, id, PD_CONTACT_STEP_FOLLOW_UP_DONE,
                                         follow_ups[f].done, clerk, done, error))
        return FALSE;
      last = done;
    }
  if (chance (g->rand, 45))
    return pd_contact_store_record_step (g->db, id, PD_CONTACT_STEP_FEEDBACK,
                                         feedbacks[pick (g->rand, G_N_ELEMENTS (feedbacks))],
                                         NULL, last, error);
  return TRUE;
}

/* The entry of a repair order the repairs demo made: same time, person and words. The link
 * is written directly, as pd_contact_store_create_repair() would have left it, because the
 * order exists already. */
static gboolean
repair_entry (Gen          *g,
              const Repair *r,
              GError      **error)
{
  g_autoptr(PdContact) c = pd_contact_new ();
  g_autoptr(PdStmt) stmt = NULL;
  g_autofree char *content = g_strdup_printf ("报修：%s", r->description);
  g_autofree char *action = g_strdup_printf ("已转工程部，报修单 %s", r->serial);
  const char *clerk = demo_clerks[pick (g->rand, G_N_ELEMENTS (demo_clerks))];

  pd_contact_set_channel (c, (PdContactChannel) r->channel);
  pd_contact_set_received_at (c, r->at);
  pd_contact_set_unit_id (c, r->unit_id);
  pd_contact_set_occupant_id (c, r->occupant_id);
  pd_contact_set_caller (c, r->reporter);
  pd_contact_set_phone (c, r->phone);
  pd_contact_set_content (c, content);
  pd_contact_set_recorder (c, clerk);
  if (!pd_contact_store_create (g->db, c, error))
    return FALSE;

  stmt = pd_database_prepare (g->db,
                              "UPDATE contacts SET outcome = 'repair', repair_id = ?2,"
                              " action_taken = ?3, action_by = ?4, action_at = ?5"
                              " WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, pd_contact_get_id (c));
  sqlite3_bind_int64 (stmt, 2, r->id);
  sqlite3_bind_text (stmt, 3, action, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, clerk, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, r->at + 2 * MINUTE);
  return pd_database_step_done (g->db, stmt, error);
}

/* ---- complaints --------------------------------------------------------------------------- */

static const ComplaintKind *
pick_kind (Gen                  *g,
           PdComplaintCategory **out_category)
{
  int r = pick (g->rand, (int) g->total_weight);

  for (guint k = 0; k < G_N_ELEMENTS (complaint_kinds); k++)
    {
      r -= complaint_kinds[k].weight;
      if (r < 0)
        {
          *out_category = g_ptr_array_index (g->categories, k);
          return &complaint_kinds[k];
        }
    }
  *out_category = g_ptr_array_index (g->categories, 0);
  return &complaint_kinds[0];
}

static const char *
responsible_for (Gen                       *g,
                 const PdComplaintCategory *category)
{
  const char *code = g_hash_table_lookup (g->dept_codes,
                                          GINT_TO_POINTER ((int) category->department_id));

  /* A desk the category names (信报室) is named by the store itself. */
  if (category->default_responsible != NULL && *category->default_responsible != '\0')
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (responsibles); i++)
    if (g_strcmp0 (responsibles[i].code, code) == 0)
      return responsibles[i].names[pick (g->rand, G_N_ELEMENTS (responsibles[i].names))];
  return responsibles[0].names[0];
}

/* When the department records its result: mostly in good time, some late, now and then
 * exactly at the deadline (which counts as on time). */
static gint64
result_time (Gen    *g,
             gint64  start,
             gint64  deadline)
{
  int r = pick (g->rand, 100);

  if (r < 2)
    return deadline;
  if (r < 84 && deadline > start + HOUR)
    return after (g, start, HOUR / 2, MAX (HOUR, (deadline - start) * 9 / 10));
  return after (g, MAX (deadline, start), HOUR, 36 * HOUR);
}

/* Result, callback (an unsatisfied one sends it back once), sign-off and archive, as far as
 * time has got. */
static gboolean
handle (Gen                 *g,
        gint64               id,
        const ComplaintKind *kind,
        const char          *person,
        gint64               start,
        gint64               deadline,
        GError             **error)
{
  gint64 handled = result_time (g, start, deadline);
  gint64 called, signed_off, archived;
  gboolean satisfied = chance (g->rand, 92);

  if (!happened (g, handled))
    return TRUE;
  if (!pd_complaint_store_record_result (g->db, id, pick_str (g->rand, kind->actions),
                                         pick_str (g->rand, kind->results), person, handled,
                                         error))
    return FALSE;

  called = after (g, handled, HOUR, chance (g->rand, 90) ? 20 * HOUR : 44 * HOUR);
  if (!happened (g, called))
    return TRUE;
  if (pd_complaint_store_record_callback (g->db, id, chance (g->rand, 70)
                                                     ? PD_CALLBACK_METHOD_ONSITE
                                                     : PD_CALLBACK_METHOD_PHONE,
                                          demo_callers[pick (g->rand, G_N_ELEMENTS (demo_callers))],
                                          satisfied, satisfied ? "业主表示满意" : "问题反复出现，业主不满意",
                                          called, error) == 0)
    return FALSE;
  if (!satisfied)
    {
      /* Back to the department: done again, then a satisfied callback. */
      handled = after (g, called, 4 * HOUR, 24 * HOUR);
      if (!happened (g, handled))
        return TRUE;
      if (!pd_complaint_store_record_result (g->db, id, "返工处理，更换部件并复查",
                                             "已彻底处理，业主确认", person, handled, error))
        return FALSE;
      called = after (g, handled, 2 * HOUR, 10 * HOUR);
      if (!happened (g, called))
        return TRUE;
      if (pd_complaint_store_record_callback (g->db, id, PD_CALLBACK_METHOD_ONSITE,
                                              demo_callers[0], TRUE, "业主满意", called,
                                              error) == 0)
        return FALSE;
    }

  signed_off = after (g, called, 4 * HOUR, 3 * DAY);
  if (!happened (g, signed_off))
    return TRUE;
  if (!pd_complaint_store_sign_off (g->db, id, demo_managers[0], signed_off, error))
    return FALSE;
  archived = after (g, signed_off, DAY, 7 * DAY);
  if (!happened (g, archived) || chance (g->rand, 20))
    return TRUE;
  return pd_complaint_store_archive (g->db, id, demo_supervisors[0], archived, error);
}

static gboolean
complaint (Gen     *g,
           gint64   at,
           GError **error)
{
  PdComplaintCategory *category = NULL;
  const ComplaintKind *kind = pick_kind (g, &category);
  const char *supervisor = demo_supervisors[pick (g->rand, G_N_ELEMENTS (demo_supervisors))];
  const char *clerk = demo_clerks[pick (g->rand, G_N_ELEMENTS (demo_clerks))];
  const char *person;
  g_autoptr(PdContact) entry = NULL;
  g_autoptr(PdComplaint) c = NULL;
  gboolean serious = chance (g->rand, 4);
  PdComplaintDispatch dispatch = { 0 };
  gint64 id, deadline, decided, dispatched, feedback, start;

  if (category == NULL)
    return TRUE;  /* no category at all: nothing sensible to register */
  entry = new_entry (g, at, pick_str (g->rand, kind->contents), error);
  if (entry == NULL)
    return FALSE;
  c = pd_contact_store_new_complaint (g->db, pd_contact_get_id (entry), error);
  if (c == NULL)
    return FALSE;
  pd_complaint_set_category_id (c, category->id);
  pd_complaint_set_four_clear (c, TRUE);
  pd_complaint_set_serious (c, serious);
  if (!pd_complaint_store_create (g->db, c, error))
    return FALSE;
  id = pd_complaint_get_id (c);
  deadline = pd_complaint_get_deadline_at (c);

  decided = after (g, at, 20 * MINUTE, 2 * HOUR);
  if (!happened (g, decided))
    return TRUE;
  if (!serious && chance (g->rand, 9))
    {
      gint64 archived = after (g, decided, DAY, 5 * DAY);

      if (!pd_complaint_store_decide (g->db, id, FALSE, kind->invalid_note, supervisor, decided,
                                      error))
        return FALSE;
      /* Half of them are filed; the rest stay in the list as "not valid". */
      return !happened (g, archived) || chance (g->rand, 50)
             || pd_complaint_store_archive (g->db, id, supervisor, archived, error);
    }
  if (!pd_complaint_store_decide (g->db, id, TRUE, NULL, supervisor, decided, error))
    return FALSE;

  dispatched = after (g, decided, 5 * MINUTE, 40 * MINUTE);
  if (!happened (g, dispatched))
    return TRUE;
  person = responsible_for (g, category);
  dispatch.responsible = person;
  dispatch.by = clerk;
  dispatch.at = dispatched;
  if (!pd_complaint_store_dispatch (g->db, id, &dispatch, error))
    return FALSE;
  start = dispatched;

  if (serious)
    {
      gint64 directed = after (g, dispatched, HOUR, 4 * HOUR);
      const char *named;

      if (!happened (g, directed))
        return TRUE;
      /* The manager gives serious cases three days from the complaint. */
      deadline = at + 3 * DAY;
      named = responsible_for (g, category);
      if (!pd_complaint_store_manager_direct (g->db, id,
                                              named != NULL ? named : category->default_responsible,
                                              manager_measures[pick (g->rand,
                                                                     G_N_ELEMENTS (manager_measures))],
                                              deadline, demo_managers[0], directed, error))
        return FALSE;
      start = directed;
    }

  /* Feedback within 24 hours, now and then later. */
  feedback = after (g, at, HOUR, chance (g->rand, 92) ? 20 * HOUR : 40 * HOUR);
  if (happened (g, feedback)
      && !pd_complaint_store_record_feedback (g->db, id, clerk, "已告知业主处理安排及进度",
                                              feedback, error))
    return FALSE;

  return handle (g, id, kind, person != NULL ? person : category->default_responsible, start,
                 deadline, error);
}

/* ---- the whole run ------------------------------------------------------------------------ */

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a, *y = b;
  return x->at < y->at ? -1 : x->at > y->at;
}

/* The entries of the year, oldest first: the repair orders taken at the desk (about a third of
 * the register), the rest complaints, inquiries and, in the last days, a few still pending. */
static GArray *
plan (Gen   *g,
      guint  n)
{
  GArray *entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), n);
  guint repairs = MIN (g->repairs->len, n / 3);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (g->now);
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (now),
                                                         g_date_time_get_month (now),
                                                         g_date_time_get_day_of_month (now),
                                                         0, 0, 0);
  gint64 today = g_date_time_to_unix (midnight);

  /* Every k-th eligible order, so the linked ones spread over the year. */
  for (guint i = 0; i < repairs; i++)
    {
      Entry e = { 0, ENTRY_REPAIR, (guint) ((guint64) i * g->repairs->len / repairs) };
      e.at = g_array_index (g->repairs, Repair, e.index).at;
      g_array_append_val (entries, e);
    }
  for (guint i = repairs; i < n; i++)
    {
      int hour = chance (g->rand, 85) ? 8 + pick (g->rand, 11) : pick (g->rand, 24);
      Entry e = { 0 };

      e.at = today - (gint64) (1 + pick (g->rand, 364)) * DAY + hour * HOUR
             + pick (g->rand, HOUR);
      if (chance (g->rand, 1))
        e.at = g->now - (5 + pick (g->rand, 6 * 60)) * MINUTE;
      e.kind = chance (g->rand, 32) ? ENTRY_COMPLAINT : ENTRY_INQUIRY;
      if (g->now - e.at < 3 * DAY && chance (g->rand, 25))
        e.kind = ENTRY_PENDING;
      g_array_append_val (entries, e);
    }
  /* The last three days: enough fresh complaints that every open state shows in the list. */
  for (guint i = 0; i < MAX (5u, n / 60); i++)
    {
      /* The first one came in a quarter of an hour ago: not yet judged. */
      Entry e = { g->now - 15 * MINUTE - (i > 0 ? pick (g->rand, 3 * DAY) : 0),
                  ENTRY_COMPLAINT, 0 };
      g_array_append_val (entries, e);
    }
  g_array_sort (entries, compare_entries);
  return entries;
}

static void
unit_clear (Unit *u)
{
  g_free (u->occupant);
  g_free (u->phone);
}

static void
repair_clear (Repair *r)
{
  g_free (r->reporter);
  g_free (r->phone);
  g_free (r->description);
  g_free (r->serial);
}

guint
pd_demo_complaints_count_for_units (guint n_units)
{
  /* About one call or visit a unit a year, at least a few dozen for a tiny estate. */
  return MAX (40, n_units);
}

gboolean
pd_demo_complaints_generate (PdDatabase  *db,
                             GRand       *rand,
                             guint        n_entries,
                             GError     **error)
{
  g_autoptr(GArray) entries = NULL;
  Gen g = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (rand != NULL, FALSE);

  g.db = db;
  g.rand = rand;
  g.now = g_get_real_time () / G_USEC_PER_SEC;
  g.units = g_array_new (FALSE, TRUE, sizeof (Unit));
  g_array_set_clear_func (g.units, (GDestroyNotify) unit_clear);
  g.repairs = g_array_new (FALSE, TRUE, sizeof (Repair));
  g_array_set_clear_func (g.repairs, (GDestroyNotify) repair_clear);
  g.categories = g_ptr_array_new ();
  g.dept_codes = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  if (!pd_database_begin (db, error))
    goto out;
  if (load (&g, error))
    {
      entries = plan (&g, n_entries);
      ok = TRUE;
      for (guint i = 0; i < entries->len && ok; i++)
        {
          Entry *e = &g_array_index (entries, Entry, i);

          switch (e->kind)
            {
            case ENTRY_REPAIR:
              ok = repair_entry (&g, &g_array_index (g.repairs, Repair, e->index), error);
              break;
            case ENTRY_COMPLAINT:
              ok = complaint (&g, e->at, error);
              break;
            case ENTRY_PENDING:
              {
                const char *content = inquiries[pick (rand, G_N_ELEMENTS (inquiries))].question;
                g_autoptr(PdContact) c = new_entry (&g, e->at, content, error);
                ok = c != NULL;
              }
              break;
            case ENTRY_INQUIRY:
            default:
              ok = inquiry (&g, e->at, error);
              break;
            }
        }
    }
  if (ok)
    ok = pd_database_commit (db, error);
  else
    pd_database_rollback (db);

out:
  g_clear_pointer (&g.all_categories, g_ptr_array_unref);
  g_array_unref (g.units);
  g_array_unref (g.repairs);
  g_ptr_array_unref (g.categories);
  g_hash_table_unref (g.dept_codes);
  return ok;
}
