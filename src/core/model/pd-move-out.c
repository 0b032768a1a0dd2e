// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-date.h"
#include "pd-money.h"
#include "pd-move-out.h"
#include "pd-model-private.h"
#include "pd-move-rules-private.h"

struct _PdMoveOut
{
  GObject    parent_instance;

  gint64     id;
  gint64     occupant_id;
  gint64     unit_id;
  char      *notice_date;
  char      *move_out_date;
  char      *fees_confirmed_by;
  char      *pass_serial;
  gint64     pass_issued_at;
  char      *inspected_by;
  gint64     deposit_refund_fen;
  char      *clerk;
  gint64     recorded_at;
  char      *notes;
  gboolean   flags[7];
  GPtrArray *goods;
};

G_DEFINE_FINAL_TYPE (PdMoveOut, pd_move_out, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (PdGoodsItem, pd_goods_item, pd_goods_item_copy, pd_goods_item_free)

enum
{
  PROP_0,
  PROP_ID,
  PROP_OCCUPANT_ID,
  PROP_UNIT_ID,
  PROP_PASS_ISSUED_AT,
  PROP_DEPOSIT_REFUND_FEN,
  PROP_RECORDED_AT,
  /* strings */
  PROP_NOTICE_DATE,
  PROP_MOVE_OUT_DATE,
  PROP_FEES_CONFIRMED_BY,
  PROP_PASS_SERIAL,
  PROP_INSPECTED_BY,
  PROP_CLERK,
  PROP_NOTES,
  /* booleans, in the order of flags[] */
  PROP_FEES_SETTLED,
  PROP_OWNER_CONSENT,
  PROP_RESTORATION_NEEDED,
  PROP_RESTORATION_DONE,
  PROP_INSPECTION_ACCEPTED,
  PROP_DEPOSIT_REFUNDED,
  PROP_COMPLETED,
  /* read-only */
  PROP_GOODS_COUNT,
  PROP_PASS_ISSUED,
  N_PROPS
};

#define FIRST_FLAG PROP_FEES_SETTLED
#define LAST_FLAG  PROP_COMPLETED

static GParamSpec *properties[N_PROPS];

static const char * const int64_names[] = {
  "id", "occupant-id", "unit-id", "pass-issued-at", "deposit-refund-fen", "recorded-at",
};
static const char * const string_names[] = {
  "notice-date", "move-out-date", "fees-confirmed-by", "pass-serial", "inspected-by", "clerk",
  "notes",
};
static const char * const flag_names[] = {
  "fees-settled", "owner-consent", "restoration-needed", "restoration-done",
  "inspection-accepted", "deposit-refunded", "completed",
};

PdGoodsItem *
pd_goods_item_new (const char *name,
                   int         quantity,
                   const char *unit_of_measure,
                   const char *remarks)
{
  PdGoodsItem *item = g_new0 (PdGoodsItem, 1);

  item->name = g_strdup (name);
  item->quantity = quantity;
  item->unit_of_measure = g_strdup (unit_of_measure);
  item->remarks = g_strdup (remarks);
  return item;
}

PdGoodsItem *
pd_goods_item_copy (const PdGoodsItem *item)
{
  PdGoodsItem *copy = pd_goods_item_new (item->name, item->quantity, item->unit_of_measure,
                                         item->remarks);

  copy->id = item->id;
  copy->line_no = item->line_no;
  return copy;
}

void
pd_goods_item_free (PdGoodsItem *item)
{
  if (item == NULL)
    return;
  g_free (item->name);
  g_free (item->unit_of_measure);
  g_free (item->remarks);
  g_free (item);
}

static gint64 *
int64_field (PdMoveOut *self,
             guint      prop)
{
  switch (prop)
    {
    case PROP_ID: return &self->id;
    case PROP_OCCUPANT_ID: return &self->occupant_id;
    case PROP_UNIT_ID: return &self->unit_id;
    case PROP_PASS_ISSUED_AT: return &self->pass_issued_at;
    case PROP_DEPOSIT_REFUND_FEN: return &self->deposit_refund_fen;
    case PROP_RECORDED_AT: return &self->recorded_at;
    default: g_assert_not_reached ();
    }
}

static char **
string_field (PdMoveOut *self,
              guint      prop)
{
  switch (prop)
    {
    case PROP_NOTICE_DATE: return &self->notice_date;
    case PROP_MOVE_OUT_DATE: return &self->move_out_date;
    case PROP_FEES_CONFIRMED_BY: return &self->fees_confirmed_by;
    case PROP_PASS_SERIAL: return &self->pass_serial;
    case PROP_INSPECTED_BY: return &self->inspected_by;
    case PROP_CLERK: return &self->clerk;
    case PROP_NOTES: return &self->notes;
    default: g_assert_not_reached ();
    }
}

static void
set_int64 (PdMoveOut *self,
           guint      prop,
           gint64     value)
{
  gint64 *field = int64_field (self, prop);

  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_string (PdMoveOut  *self,
            guint       prop,
            const char *value)
{
  if (!_pd_set_str (string_field (self, prop), value))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  if (prop == PROP_PASS_SERIAL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PASS_ISSUED]);
}

static void
set_flag (PdMoveOut *self,
          guint      prop,
          gboolean   value)
{
  gboolean *field = &self->flags[prop - FIRST_FLAG];

  if (*field == !!value)
    return;
  *field = !!value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
renumber_goods (PdMoveOut *self)
{
  for (guint i = 0; i < self->goods->len; i++)
    ((PdGoodsItem *) g_ptr_array_index (self->goods, i))->line_no = (int) i + 1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOODS_COUNT]);
}

static void
pd_move_out_finalize (GObject *object)
{
  PdMoveOut *self = PD_MOVE_OUT (object);

  for (guint prop = PROP_NOTICE_DATE; prop <= PROP_NOTES; prop++)
    g_clear_pointer (string_field (self, prop), g_free);
  g_clear_pointer (&self->goods, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_move_out_parent_class)->finalize (object);
}

static void
pd_move_out_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PdMoveOut *self = PD_MOVE_OUT (object);

  if (prop_id >= PROP_ID && prop_id <= PROP_RECORDED_AT)
    g_value_set_int64 (value, *int64_field (self, prop_id));
  else if (prop_id >= PROP_NOTICE_DATE && prop_id <= PROP_NOTES)
    g_value_set_string (value, *string_field (self, prop_id));
  else if (prop_id >= FIRST_FLAG && prop_id <= LAST_FLAG)
    g_value_set_boolean (value, self->flags[prop_id - FIRST_FLAG]);
  else if (prop_id == PROP_GOODS_COUNT)
    g_value_set_uint (value, self->goods->len);
  else if (prop_id == PROP_PASS_ISSUED)
    g_value_set_boolean (value, pd_move_out_get_pass_issued (self));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
pd_move_out_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PdMoveOut *self = PD_MOVE_OUT (object);

  if (prop_id >= PROP_ID && prop_id <= PROP_RECORDED_AT)
    set_int64 (self, prop_id, g_value_get_int64 (value));
  else if (prop_id >= PROP_NOTICE_DATE && prop_id <= PROP_NOTES)
    set_string (self, prop_id, g_value_get_string (value));
  else if (prop_id >= FIRST_FLAG && prop_id <= LAST_FLAG)
    set_flag (self, prop_id, g_value_get_boolean (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
pd_move_out_class_init (PdMoveOutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pd_move_out_finalize;
  object_class->get_property = pd_move_out_get_property;
  object_class->set_property = pd_move_out_set_property;

  /* The refund may hold a negative value so that pd_move_out_check() can name it. */
  for (guint i = 0; i < G_N_ELEMENTS (int64_names); i++)
    properties[PROP_ID + i] =
      g_param_spec_int64 (int64_names[i], NULL, NULL,
                          PROP_ID + i == PROP_DEPOSIT_REFUND_FEN ? G_MININT64 : 0,
                          G_MAXINT64, 0, rw);
  for (guint i = 0; i < G_N_ELEMENTS (string_names); i++)
    properties[PROP_NOTICE_DATE + i] = g_param_spec_string (string_names[i], NULL, NULL, NULL, rw);
  for (guint i = 0; i < G_N_ELEMENTS (flag_names); i++)
    properties[FIRST_FLAG + i] = g_param_spec_boolean (flag_names[i], NULL, NULL, FALSE, rw);
  properties[PROP_GOODS_COUNT] = g_param_spec_uint ("goods-count", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_PASS_ISSUED] = g_param_spec_boolean ("pass-issued", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_move_out_init (PdMoveOut *self)
{
  self->goods = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_goods_item_free);
}

PdMoveOut *
pd_move_out_new (void)
{
  return g_object_new (PD_TYPE_MOVE_OUT, NULL);
}

#define DEFINE_INT64(name, prop)                                                \
  gint64 pd_move_out_get_##name (PdMoveOut *self)                                \
  {                                                                             \
    g_return_val_if_fail (PD_IS_MOVE_OUT (self), 0);                            \
    return *int64_field (self, prop);                                           \
  }                                                                             \
  void pd_move_out_set_##name (PdMoveOut *self, gint64 v)                        \
  {                                                                             \
    g_return_if_fail (PD_IS_MOVE_OUT (self));                                   \
    set_int64 (self, prop, v);                                                  \
  }

#define DEFINE_STRING(name, prop)                                               \
  const char *pd_move_out_get_##name (PdMoveOut *self)                           \
  {                                                                             \
    g_return_val_if_fail (PD_IS_MOVE_OUT (self), NULL);                         \
    return *string_field (self, prop);                                          \
  }                                                                             \
  void pd_move_out_set_##name (PdMoveOut *self, const char *v)                   \
  {                                                                             \
    g_return_if_fail (PD_IS_MOVE_OUT (self));                                   \
    set_string (self, prop, v);                                                 \
  }

#define DEFINE_FLAG(name, prop)                                                 \
  gboolean pd_move_out_get_##name (PdMoveOut *self)                              \
  {                                                                             \
    g_return_val_if_fail (PD_IS_MOVE_OUT (self), FALSE);                        \
    return self->flags[prop - FIRST_FLAG];                                      \
  }                                                                             \
  void pd_move_out_set_##name (PdMoveOut *self, gboolean v)                      \
  {                                                                             \
    g_return_if_fail (PD_IS_MOVE_OUT (self));                                   \
    set_flag (self, prop, v);                                                   \
  }

DEFINE_INT64 (id, PROP_ID)
DEFINE_INT64 (occupant_id, PROP_OCCUPANT_ID)
DEFINE_INT64 (unit_id, PROP_UNIT_ID)
DEFINE_INT64 (pass_issued_at, PROP_PASS_ISSUED_AT)
DEFINE_INT64 (deposit_refund_fen, PROP_DEPOSIT_REFUND_FEN)
DEFINE_INT64 (recorded_at, PROP_RECORDED_AT)
DEFINE_STRING (notice_date, PROP_NOTICE_DATE)
DEFINE_STRING (move_out_date, PROP_MOVE_OUT_DATE)
DEFINE_STRING (fees_confirmed_by, PROP_FEES_CONFIRMED_BY)
DEFINE_STRING (pass_serial, PROP_PASS_SERIAL)
DEFINE_STRING (inspected_by, PROP_INSPECTED_BY)
DEFINE_STRING (clerk, PROP_CLERK)
DEFINE_STRING (notes, PROP_NOTES)
DEFINE_FLAG (fees_settled, PROP_FEES_SETTLED)
DEFINE_FLAG (owner_consent, PROP_OWNER_CONSENT)
DEFINE_FLAG (restoration_needed, PROP_RESTORATION_NEEDED)
DEFINE_FLAG (restoration_done, PROP_RESTORATION_DONE)
DEFINE_FLAG (inspection_accepted, PROP_INSPECTION_ACCEPTED)
DEFINE_FLAG (deposit_refunded, PROP_DEPOSIT_REFUNDED)
DEFINE_FLAG (completed, PROP_COMPLETED)

gboolean
pd_move_out_get_pass_issued (PdMoveOut *self)
{
  g_return_val_if_fail (PD_IS_MOVE_OUT (self), FALSE);
  return self->pass_serial != NULL && self->pass_serial[0] != '\0';
}

GPtrArray *
pd_move_out_get_goods (PdMoveOut *self)
{
  g_return_val_if_fail (PD_IS_MOVE_OUT (self), NULL);
  return self->goods;
}

PdGoodsItem *
pd_move_out_add_goods (PdMoveOut  *self,
                       const char *name,
                       int         quantity,
                       const char *unit_of_measure,
                       const char *remarks)
{
  PdGoodsItem *item;

  g_return_val_if_fail (PD_IS_MOVE_OUT (self), NULL);

  item = pd_goods_item_new (name, quantity, unit_of_measure, remarks);
  g_ptr_array_add (self->goods, item);
  renumber_goods (self);
  return item;
}

void
pd_move_out_remove_goods (PdMoveOut *self,
                          guint      index)
{
  g_return_if_fail (PD_IS_MOVE_OUT (self));
  g_return_if_fail (index < self->goods->len);

  g_ptr_array_remove_index (self->goods, index);
  renumber_goods (self);
}

void
pd_move_out_clear_goods (PdMoveOut *self)
{
  g_return_if_fail (PD_IS_MOVE_OUT (self));

  g_ptr_array_set_size (self->goods, 0);
  renumber_goods (self);
}

gint64
pd_move_out_total_quantity (PdMoveOut *self)
{
  gint64 total = 0;

  g_return_val_if_fail (PD_IS_MOVE_OUT (self), 0);

  for (guint i = 0; i < self->goods->len; i++)
    total += MAX (0, ((PdGoodsItem *) g_ptr_array_index (self->goods, i))->quantity);
  return total;
}

char *
pd_move_out_notice_warning (const char *notice_iso,
                            const char *move_out_iso)
{
  GDate notice, move_out;
  int days;

  if (notice_iso == NULL || move_out_iso == NULL
      || !pd_date_parse (notice_iso, &notice, NULL)
      || !pd_date_parse (move_out_iso, &move_out, NULL))
    return NULL;

  days = pd_date_days_between (&notice, &move_out);
  if (days < 0 || days >= PD_MOVE_OUT_NOTICE_DAYS)
    return NULL;

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The notice came only %d day before the move-out date; "
                                       "the procedure asks for %d days' written notice.",
                                       "The notice came only %d days before the move-out date; "
                                       "the procedure asks for %d days' written notice.",
                                       days),
                          days, PD_MOVE_OUT_NOTICE_DAYS);
}

GPtrArray *
pd_move_out_check (PdMoveOut *self)
{
  GPtrArray *issues;
  GDate notice, move_out;
  gboolean notice_ok, move_out_ok;

  g_return_val_if_fail (PD_IS_MOVE_OUT (self), NULL);

  issues = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_field_issue_free);

  notice_ok = _pd_move_check_date (issues, "notice-date", &self->notice_date,
                                   _("notice date"), &notice);
  move_out_ok = _pd_move_check_date (issues, "move-out-date", &self->move_out_date,
                                     _("move-out date"), &move_out);
  if (notice_ok && move_out_ok)
    {
      g_autofree char *warning = NULL;

      if (g_date_compare (&move_out, &notice) < 0)
        _pd_move_add_issue (issues, "move-out-date", FALSE,
                            g_strdup_printf (_("The move-out date %s is before the notice date "
                                               "%s; notice is given before moving out."),
                                             self->move_out_date, self->notice_date));
      else if ((warning = pd_move_out_notice_warning (self->notice_date, self->move_out_date)))
        _pd_move_add_issue (issues, "notice-date", TRUE, g_steal_pointer (&warning));
    }

  if (pd_move_out_get_fees_settled (self))
    _pd_move_check_name (issues, "fees-confirmed-by", self->fees_confirmed_by,
                         _("Fees are marked settled: enter the name of the person at finance "
                           "who confirmed it."));

  if (self->deposit_refund_fen < 0)
    {
      g_autofree char *amount = pd_money_format (self->deposit_refund_fen);
      _pd_move_add_issue (issues, "deposit-refund-fen", FALSE,
                          g_strdup_printf (_("The deposit refund of %s yuan is negative; enter "
                                             "the amount paid back, or 0."),
                                           amount));
    }

  if (pd_move_out_get_inspection_accepted (self))
    _pd_move_check_name (issues, "inspected-by", self->inspected_by,
                         _("The inspection is marked accepted: enter the name of the inspector."));

  _pd_move_check_name (issues, "clerk", self->clerk,
                       _("Enter the name of the clerk who handled the move-out."));

  for (guint i = 0; i < self->goods->len; i++)
    {
      PdGoodsItem *item = g_ptr_array_index (self->goods, i);
      g_autofree char *name = g_strstrip (g_strdup (item->name ? item->name : ""));

      if (name[0] == '\0')
        _pd_move_add_issue (issues, "goods", FALSE,
                            g_strdup_printf (_("Goods line %u has no name: say what is carried "
                                               "out, or remove the line."),
                                             i + 1));
      else if (item->quantity <= 0)
        _pd_move_add_issue (issues, "goods", FALSE,
                            g_strdup_printf (_("Goods line %u (“%s”) has the quantity %d; it "
                                               "must be 1 or more."),
                                             i + 1, name, item->quantity));
    }

  return issues;
}
