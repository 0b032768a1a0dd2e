// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"
#include "config.h"

#include "pd-model-fields.h"
#include "pd-model-private.h"

#define MEMBER(Type, instance, f) G_STRUCT_MEMBER (Type, instance, (f)->offset)

void
_pd_fields_make_specs (GParamSpec   **properties,
                       guint          first_prop,
                       const PdField *fields,
                       guint          n)
{
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  for (guint i = 0; i < n; i++)
    {
      const PdField *f = &fields[i];
      GParamSpec **spec = &properties[first_prop + i];

      switch (f->kind)
        {
        case PD_FIELD_INT64:
          *spec = g_param_spec_int64 (f->name, NULL, NULL, 0, G_MAXINT64, 0, rw);
          break;
        case PD_FIELD_STR:
          *spec = g_param_spec_string (f->name, NULL, NULL, "", rw);
          break;
        case PD_FIELD_BOOL:
          *spec = g_param_spec_boolean (f->name, NULL, NULL, FALSE, rw);
          break;
        case PD_FIELD_INT:
        default:
          *spec = g_param_spec_int (f->name, NULL, NULL, f->min, f->max, f->min, rw);
          break;
        }
    }
}

void
_pd_fields_get (gconstpointer  instance,
                const PdField *f,
                GValue        *value)
{
  switch (f->kind)
    {
    case PD_FIELD_INT64:
      g_value_set_int64 (value, MEMBER (gint64, instance, f));
      break;
    case PD_FIELD_STR:
      g_value_set_string (value, MEMBER (char *, instance, f));
      break;
    case PD_FIELD_BOOL:
      g_value_set_boolean (value, MEMBER (gboolean, instance, f));
      break;
    case PD_FIELD_INT:
    default:
      g_value_set_int (value, MEMBER (int, instance, f));
      break;
    }
}

gboolean
_pd_fields_set_int64 (gpointer       instance,
                      const PdField *f,
                      gint64         v)
{
  gint64 *p = &MEMBER (gint64, instance, f);

  if (*p == v)
    return FALSE;
  *p = v;
  return TRUE;
}

gboolean
_pd_fields_set_int (gpointer       instance,
                    const PdField *f,
                    int            v)
{
  int *p = &MEMBER (int, instance, f);

  if (*p == v)
    return FALSE;
  *p = v;
  return TRUE;
}

gboolean
_pd_fields_set_bool (gpointer       instance,
                     const PdField *f,
                     gboolean       v)
{
  gboolean *p = &MEMBER (gboolean, instance, f);

  v = !!v;
  if (*p == v)
    return FALSE;
  *p = v;
  return TRUE;
}

gboolean
_pd_fields_set_str (gpointer       instance,
                    const PdField *f,
                    const char    *v)
{
  /* NULL and "" are the same to the database (NOT NULL DEFAULT ''), so keep "" only. */
  return _pd_set_str (&MEMBER (char *, instance, f), v != NULL ? v : "");
}

gboolean
_pd_fields_set (gpointer       instance,
                const PdField *f,
                const GValue  *value)
{
  switch (f->kind)
    {
    case PD_FIELD_INT64:
      return _pd_fields_set_int64 (instance, f, g_value_get_int64 (value));
    case PD_FIELD_STR:
      return _pd_fields_set_str (instance, f, g_value_get_string (value));
    case PD_FIELD_BOOL:
      return _pd_fields_set_bool (instance, f, g_value_get_boolean (value));
    case PD_FIELD_INT:
    default:
      return _pd_fields_set_int (instance, f, g_value_get_int (value));
    }
}

void
_pd_fields_notify (GObject       *object,
                   GParamSpec   **properties,
                   guint          prop_id,
                   const PdField *f)
{
  g_object_notify_by_pspec (object, properties[prop_id]);
  if (f->derived != 0)
    g_object_notify_by_pspec (object, properties[f->derived]);
  if (f->derived2 != 0)
    g_object_notify_by_pspec (object, properties[f->derived2]);
}

void
_pd_fields_init_strings (gpointer       instance,
                         const PdField *fields,
                         guint          n)
{
  for (guint i = 0; i < n; i++)
    if (fields[i].kind == PD_FIELD_STR)
      MEMBER (char *, instance, &fields[i]) = g_strdup ("");
}

void
_pd_fields_copy (gpointer       dest,
                 gconstpointer  src,
                 const PdField *fields,
                 guint          n)
{
  for (guint i = 0; i < n; i++)
    {
      const PdField *f = &fields[i];

      switch (f->kind)
        {
        case PD_FIELD_INT64:
          MEMBER (gint64, dest, f) = MEMBER (gint64, src, f);
          break;
        case PD_FIELD_STR:
          g_free (MEMBER (char *, dest, f));
          MEMBER (char *, dest, f) = g_strdup (MEMBER (char *, src, f));
          break;
        case PD_FIELD_BOOL:
          MEMBER (gboolean, dest, f) = MEMBER (gboolean, src, f);
          break;
        case PD_FIELD_INT:
        default:
          MEMBER (int, dest, f) = MEMBER (int, src, f);
          break;
        }
    }
}

void
_pd_fields_free_strings (gpointer       instance,
                         const PdField *fields,
                         guint          n)
{
  for (guint i = 0; i < n; i++)
    if (fields[i].kind == PD_FIELD_STR)
      g_clear_pointer (&MEMBER (char *, instance, &fields[i]), g_free);
}
