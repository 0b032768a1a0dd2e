// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-money.h"
#include "pd-move-in.h"
#include "pd-model-private.h"
#include "pd-move-rules-private.h"
#include "pd-rule-error.h"

struct _PdMoveIn
{
  GObject    parent_instance;

  gint64     id;
  gint64     occupant_id;
  gint64     unit_id;
  char      *notice_date;
  char      *fee_start_date;
  gboolean   docs[7];
  char      *meter_reading;
  gint64     deposit_fen;
  gboolean   deposit_paid;
  int        keys_count;
  char      *clerk;
  gint64     recorded_at;
  char      *notes;
  GPtrArray *defects;
};

G_DEFINE_FINAL_TYPE (PdMoveIn, pd_move_in, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (PdDefect, pd_defect, pd_defect_copy, pd_defect_free)

/* The checklist booleans share one array; their order is the order of the paper checklist. */
enum
{
  DOC_NOTICE,
  DOC_AUTHORIZATION,
  DOC_ID_COPY,
  DOC_LEASE,
  FORM_RECEIPT,
  FORM_EMERGENCY,
  FORM_HANDOVER,
  N_DOCS
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_OCCUPANT_ID,
  PROP_UNIT_ID,
  PROP_NOTICE_DATE,
  PROP_FEE_START_DATE,
  PROP_DOC_NOTICE,
  PROP_DOC_AUTHORIZATION,
  PROP_DOC_ID_COPY,
  PROP_DOC_LEASE,
  PROP_FORM_RECEIPT,
  PROP_FORM_EMERGENCY,
  PROP_FORM_HANDOVER,
  PROP_METER_READING,
  PROP_DEPOSIT_FEN,
  PROP_DEPOSIT_PAID,
  PROP_KEYS_COUNT,
  PROP_CLERK,
  PROP_RECORDED_AT,
  PROP_NOTES,
  PROP_DEFECT_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const doc_names[N_DOCS] = {
  "doc-notice", "doc-authorization", "doc-id-copy", "doc-lease",
  "form-receipt", "form-emergency", "form-handover",
};

PdDefect *
pd_defect_new (const char *location,
               const char *description)
{
  PdDefect *defect = g_new0 (PdDefect, 1);

  defect->location = g_strdup (location);
  defect->description = g_strdup (description);
  return defect;
}

PdDefect *
pd_defect_copy (const PdDefect *defect)
{
  PdDefect *copy = pd_defect_new (defect->location, defect->description);

  copy->id = defect->id;
  copy->line_no = defect->line_no;
  copy->repair_id = defect->repair_id;
  return copy;
}

void
pd_defect_free (PdDefect *defect)
{
  if (defect == NULL)
    return;
  g_free (defect->location);
  g_free (defect->description);
  g_free (defect);
}

static void
set_string (PdMoveIn    *self,
            char       **field,
            const char  *value,
            int          prop)
{
  if (_pd_set_str (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_doc (PdMoveIn *self,
         int       doc,
         gboolean  value)
{
  value = !!value;
  if (self->docs[doc] == value)
    return;
  self->docs[doc] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOC_NOTICE + doc]);
}

static void
renumber_defects (PdMoveIn *self)
{
  for (guint i = 0; i < self->defects->len; i++)
    ((PdDefect *) g_ptr_array_index (self->defects, i))->line_no = (int) i + 1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEFECT_COUNT]);
}

static void
pd_move_in_finalize (GObject *object)
{
  PdMoveIn *self = PD_MOVE_IN (object);

  g_clear_pointer (&self->notice_date, g_free);
  g_clear_pointer (&self->fee_start_date, g_free);
  g_clear_pointer (&self->meter_reading, g_free);
  g_clear_pointer (&self->clerk, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->defects, g_ptr_array_unref);

  G_OBJECT_CLASS (pd_move_in_parent_class)->finalize (object);
}

static void
pd_move_in_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PdMoveIn *self = PD_MOVE_IN (object);

  if (prop_id >= PROP_DOC_NOTICE && prop_id <= PROP_FORM_HANDOVER)
    {
      g_value_set_boolean (value, self->docs[prop_id - PROP_DOC_NOTICE]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_OCCUPANT_ID: g_value_set_int64 (value, self->occupant_id); break;
    case PROP_UNIT_ID: g_value_set_int64 (value, self->unit_id); break;
    case PROP_NOTICE_DATE: g_value_set_string (value, self->notice_date); break;
    case PROP_FEE_START_DATE: g_value_set_string (value, self->fee_start_date); break;
    case PROP_METER_READING: g_value_set_string (value, self->meter_reading); break;
    case PROP_DEPOSIT_FEN: g_value_set_int64 (value, self->deposit_fen); break;
    case PROP_DEPOSIT_PAID: g_value_set_boolean (value, self->deposit_paid); break;
    case PROP_KEYS_COUNT: g_value_set_int (value, self->keys_count); break;
    case PROP_CLERK: g_value_set_string (value, self->clerk); break;
    case PROP_RECORDED_AT: g_value_set_int64 (value, self->recorded_at); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_DEFECT_COUNT: g_value_set_uint (value, self->defects->len); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_move_in_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PdMoveIn *self = PD_MOVE_IN (object);

  if (prop_id >= PROP_DOC_NOTICE && prop_id <= PROP_FORM_HANDOVER)
    {
      set_doc (self, prop_id - PROP_DOC_NOTICE, g_value_get_boolean (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID: pd_move_in_set_id (self, g_value_get_int64 (value)); break;
    case PROP_OCCUPANT_ID: pd_move_in_set_occupant_id (self, g_value_get_int64 (value)); break;
    case PROP_UNIT_ID: pd_move_in_set_unit_id (self, g_value_get_int64 (value)); break;
    case PROP_NOTICE_DATE: pd_move_in_set_notice_date (self, g_value_get_string (value)); break;
    case PROP_FEE_START_DATE:
      pd_move_in_set_fee_start_date (self, g_value_get_string (value));
      break;
    case PROP_METER_READING:
      pd_move_in_set_meter_reading (self, g_value_get_string (value));
      break;
    case PROP_DEPOSIT_FEN: pd_move_in_set_deposit_fen (self, g_value_get_int64 (value)); break;
    case PROP_DEPOSIT_PAID: pd_move_in_set_deposit_paid (self, g_value_get_boolean (value)); break;
    case PROP_KEYS_COUNT: pd_move_in_set_keys_count (self, g_value_get_int (value)); break;
    case PROP_CLERK: pd_move_in_set_clerk (self, g_value_get_string (value)); break;
    case PROP_RECORDED_AT: pd_move_in_set_recorded_at (self, g_value_get_int64 (value)); break;
    case PROP_NOTES: pd_move_in_set_notes (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pd_move_in_class_init (PdMoveInClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pd_move_in_finalize;
  object_class->get_property = pd_move_in_get_property;
  object_class->set_property = pd_move_in_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_OCCUPANT_ID] =
    g_param_spec_int64 ("occupant-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_UNIT_ID] = g_param_spec_int64 ("unit-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NOTICE_DATE] = g_param_spec_string ("notice-date", NULL, NULL, NULL, rw);
  properties[PROP_FEE_START_DATE] = g_param_spec_string ("fee-start-date", NULL, NULL, NULL, rw);
  for (int i = 0; i < N_DOCS; i++)
    properties[PROP_DOC_NOTICE + i] = g_param_spec_boolean (doc_names[i], NULL, NULL, FALSE, rw);
  properties[PROP_METER_READING] = g_param_spec_string ("meter-reading", NULL, NULL, NULL, rw);
  /* Negative amounts are representable so that pd_move_in_check() can name them. */
  properties[PROP_DEPOSIT_FEN] =
    g_param_spec_int64 ("deposit-fen", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_DEPOSIT_PAID] = g_param_spec_boolean ("deposit-paid", NULL, NULL, FALSE, rw);
  properties[PROP_KEYS_COUNT] =
    g_param_spec_int ("keys-count", NULL, NULL, G_MININT, G_MAXINT, 0, rw);
  properties[PROP_CLERK] = g_param_spec_string ("clerk", NULL, NULL, NULL, rw);
  properties[PROP_RECORDED_AT] =
    g_param_spec_int64 ("recorded-at", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, rw);
  properties[PROP_DEFECT_COUNT] =
    g_param_spec_uint ("defect-count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pd_move_in_init (PdMoveIn *self)
{
  self->defects = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_defect_free);
}

PdMoveIn *
pd_move_in_new (void)
{
  return g_object_new (PD_TYPE_MOVE_IN, NULL);
}

#define DEFINE_INT64(name, field, prop)                                         \
  gint64 pd_move_in_get_##name (PdMoveIn *self)                                  \
  {                                                                             \
    g_return_val_if_fail (PD_IS_MOVE_IN (self), 0);                             \
    return self->field;                                                         \
  }                                                                             \
  void pd_move_in_set_##name (PdMoveIn *self, gint64 v)                          \
  {                                                                             \
    g_return_if_fail (PD_IS_MOVE_IN (self));                                    \
    if (self->field == v)                                                       \
      return;                                                                   \
    self->field = v;                                                            \
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);               \
  }

#define DEFINE_STRING(name, field, prop)                                        \
  const char *pd_move_in_get_##name (PdMoveIn *self)                             \
  {                                                                             \
    g_return_val_if_fail (PD_IS_MOVE_IN (self), NULL);                          \
    return self->field;                                                         \
  }                                                                             \
  void pd_move_in_set_##name (PdMoveIn *self, const char *v)                     \
  {                                                                             \
    g_return_if_fail (PD_IS_MOVE_IN (self));                                    \
    set_string (self, &self->field, v, prop);                                   \
  }

#define DEFINE_DOC(name, doc)                                                   \
  gboolean pd_move_in_get_##name (PdMoveIn *self)                                \
  {                                                                             \
    g_return_val_if_fail (PD_IS_MOVE_IN (self), FALSE);                         \
    return self->docs[doc];                                                     \
  }                                                                             \
  void pd_move_in_set_##name (PdMoveIn *self, gboolean v)                        \
  {                                                                             \
    g_return_if_fail (PD_IS_MOVE_IN (self));                                    \
    set_doc (self, doc, v);                                                     \
  }

DEFINE_INT64 (id, id, PROP_ID)
DEFINE_INT64 (occupant_id, occupant_id, PROP_OCCUPANT_ID)
DEFINE_INT64 (unit_id, unit_id, PROP_UNIT_ID)
DEFINE_INT64 (deposit_fen, deposit_fen, PROP_DEPOSIT_FEN)
DEFINE_INT64 (recorded_at, recorded_at, PROP_RECORDED_AT)
DEFINE_STRING (notice_date, notice_date, PROP_NOTICE_DATE)
DEFINE_STRING (fee_start_date, fee_start_date, PROP_FEE_START_DATE)
DEFINE_STRING (meter_reading, meter_reading, PROP_METER_READING)
DEFINE_STRING (clerk, clerk, PROP_CLERK)
DEFINE_STRING (notes, notes, PROP_NOTES)
DEFINE_DOC (doc_notice, DOC_NOTICE)
DEFINE_DOC (doc_authorization, DOC_AUTHORIZATION)
DEFINE_DOC (doc_id_copy, DOC_ID_COPY)
DEFINE_DOC (doc_lease, DOC_LEASE)
DEFINE_DOC (form_receipt, FORM_RECEIPT)
DEFINE_DOC (form_emergency, FORM_EMERGENCY)
DEFINE_DOC (form_handover, FORM_HANDOVER)

gboolean
pd_move_in_get_deposit_paid (PdMoveIn *self)
{
  g_return_val_if_fail (PD_IS_MOVE_IN (self), FALSE);
  return self->deposit_paid;
}

void
pd_move_in_set_deposit_paid (PdMoveIn *self,
                             gboolean  v)
{
  g_return_if_fail (PD_IS_MOVE_IN (self));
  if (self->deposit_paid == !!v)
    return;
  self->deposit_paid = !!v;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPOSIT_PAID]);
}

int
pd_move_in_get_keys_count (PdMoveIn *self)
{
  g_return_val_if_fail (PD_IS_MOVE_IN (self), 0);
  return self->keys_count;
}

void
pd_move_in_set_keys_count (PdMoveIn *self,
                           int       count)
{
  g_return_if_fail (PD_IS_MOVE_IN (self));
  if (self->keys_count == count)
    return;
  self->keys_count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYS_COUNT]);
}

GPtrArray *
pd_move_in_get_defects (PdMoveIn *self)
{
  g_return_val_if_fail (PD_IS_MOVE_IN (self), NULL);
  return self->defects;
}

PdDefect *
pd_move_in_add_defect (PdMoveIn   *self,
                       const char *location,
                       const char *description)
{
  PdDefect *defect;

  g_return_val_if_fail (PD_IS_MOVE_IN (self), NULL);

  defect = pd_defect_new (location, description);
  g_ptr_array_add (self->defects, defect);
  renumber_defects (self);
  return defect;
}

void
pd_move_in_remove_defect (PdMoveIn *self,
                          guint     index)
{
  g_return_if_fail (PD_IS_MOVE_IN (self));
  g_return_if_fail (index < self->defects->len);

  g_ptr_array_remove_index (self->defects, index);
  renumber_defects (self);
}

void
pd_move_in_clear_defects (PdMoveIn *self)
{
  g_return_if_fail (PD_IS_MOVE_IN (self));

  g_ptr_array_set_size (self->defects, 0);
  renumber_defects (self);
}

guint
pd_move_in_count_documents (PdMoveIn *self)
{
  guint n = 0;

  g_return_val_if_fail (PD_IS_MOVE_IN (self), 0);

  for (int i = 0; i < N_DOCS; i++)
    n += self->docs[i] ? 1 : 0;
  return n;
}

gboolean
pd_meter_reading_validate (const char  *text,
                           GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  gboolean seen_digit = FALSE;
  gboolean seen_point = FALSE;

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY,
                           _("Enter the electricity meter reading."));
      return FALSE;
    }
  if (trimmed[0] == '-')
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_RANGE,
                   _("The meter reading “%s” is negative; a meter never reads below zero."),
                   trimmed);
      return FALSE;
    }

  for (const char *p = trimmed; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        seen_digit = TRUE;
      else if (*p == '.' && !seen_point)
        seen_point = TRUE;
      else
        {
          g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                       _("The meter reading “%s” is not a number: write the digits shown on "
                         "the meter, e.g. 1234.5."),
                       trimmed);
          return FALSE;
        }
    }
  if (!seen_digit)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The meter reading “%s” is not a number: write the digits shown on the "
                     "meter, e.g. 1234.5."),
                   trimmed);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
pd_move_in_check (PdMoveIn *self)
{
  GPtrArray *issues;
  g_autoptr(GError) error = NULL;
  GDate notice, fee_start;
  gboolean notice_ok, fee_ok;

  g_return_val_if_fail (PD_IS_MOVE_IN (self), NULL);

  issues = g_ptr_array_new_with_free_func ((GDestroyNotify) pd_field_issue_free);

  notice_ok = _pd_move_check_date (issues, "notice-date", &self->notice_date,
                                   _("move-in notice date"), &notice);
  fee_ok = _pd_move_check_date (issues, "fee-start-date", &self->fee_start_date,
                                _("fee start date"), &fee_start);
  if (notice_ok && fee_ok && g_date_compare (&fee_start, &notice) < 0)
    _pd_move_add_issue (issues, "fee-start-date", FALSE,
                        g_strdup_printf (_("Fees start on %s, before the move-in notice date %s; "
                                           "fees run from the date on the notice."),
                                         self->fee_start_date, self->notice_date));

  if (!pd_meter_reading_validate (self->meter_reading, &error))
    _pd_move_add_issue (issues, "meter-reading", FALSE, g_strdup (error->message));

  if (self->deposit_fen < 0)
    {
      g_autofree char *amount = pd_money_format (self->deposit_fen);
      _pd_move_add_issue (issues, "deposit-fen", FALSE,
                          g_strdup_printf (_("The deposit of %s yuan is negative; enter the "
                                             "amount received, or 0."),
                                           amount));
    }
  if (self->keys_count < 0)
    _pd_move_add_issue (issues, "keys-count", FALSE,
                        g_strdup_printf (_("The number of keys handed over (%d) is negative."),
                                         self->keys_count));

  _pd_move_check_name (issues, "clerk", self->clerk,
                       _("Enter the name of the clerk who handled the move-in."));

  for (guint i = 0; i < self->defects->len; i++)
    {
      PdDefect *defect = g_ptr_array_index (self->defects, i);
      g_autofree char *desc = g_strstrip (g_strdup (defect->description ? defect->description
                                                                        : ""));

      if (desc[0] == '\0')
        _pd_move_add_issue (issues, "defects", FALSE,
                            g_strdup_printf (_("Defect line %u has no description: say what is "
                                               "wrong, or remove the line."),
                                             i + 1));
    }

  return issues;
}
