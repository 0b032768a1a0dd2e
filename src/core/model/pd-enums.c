// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-enums.h"

typedef struct
{
  const char *code;
  const char *label;     /* N_() marked, translated on use */
  const char *aliases;   /* extra accepted spellings, '|' separated, matched case-insensitively */
} EnumEntry;

static const EnumEntry roles[] = {
  { "owner", N_("Owner"), "业主|owner|业" },
  { "tenant", N_("Tenant"), "租户|tenant|租|住户" },
};

static const EnumEntry kinds[] = {
  { "person", N_("Person"), "个人|person|individual|自然人" },
  { "company", N_("Company"), "单位|company|企业|公司|organization|organisation" },
};

static const EnumEntry statuses[] = {
  { "pending", N_("Pending move-in"), "待入驻|pending" },
  { "active", N_("Living here"), "在住|active|入住|已入驻" },
  { "moved_out", N_("Moved out"), "已迁出|moved out|moved_out|迁出|已退租" },
};

static const EnumEntry unit_types[] = {
  { "residential", N_("Residential"), "住宅|residential|住房|home" },
  { "shop", N_("Shop"), "商铺|shop|商业|店铺" },
  { "office", N_("Office"), "写字楼|office|办公|办公室" },
  { "other", N_("Other"), "其他|other|其它" },
};

static gboolean
lookup_code (const EnumEntry *entries,
             guint            n,
             const char      *code,
             int             *out)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (entries[i].code, code) == 0)
      {
        *out = (int)i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
lookup_label (const EnumEntry *entries,
              guint            n,
              const char      *text,
              int             *out)
{
  g_autofree char *stripped = NULL;
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  stripped = g_strstrip (g_strdup (text));
  folded = g_utf8_casefold (stripped, -1);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) aliases = g_strsplit (entries[i].aliases, "|", -1);
      g_autofree char *label = g_utf8_casefold (_(entries[i].label), -1);

      if (g_strcmp0 (folded, entries[i].code) == 0 || g_strcmp0 (folded, label) == 0)
        {
          *out = (int)i;
          return TRUE;
        }
      for (guint j = 0; aliases[j] != NULL; j++)
        {
          g_autofree char *alias = g_utf8_casefold (aliases[j], -1);
          if (g_strcmp0 (folded, alias) == 0)
            {
              *out = (int)i;
              return TRUE;
            }
        }
    }
  return FALSE;
}

#define DEFINE_ENUM_FUNCS(Type, prefix, table)                                   \
  const char *prefix##_to_code (Type v)                                          \
  {                                                                              \
    g_return_val_if_fail ((guint)v < G_N_ELEMENTS (table), NULL);                \
    return table[v].code;                                                        \
  }                                                                              \
  gboolean prefix##_from_code (const char *code, Type *out)                      \
  {                                                                              \
    int i;                                                                       \
    if (!lookup_code (table, G_N_ELEMENTS (table), code, &i))                    \
      return FALSE;                                                              \
    *out = (Type)i;                                                              \
    return TRUE;                                                                 \
  }                                                                              \
  const char *prefix##_to_label (Type v)                                         \
  {                                                                              \
    g_return_val_if_fail ((guint)v < G_N_ELEMENTS (table), "");                  \
    return _(table[v].label);                                                    \
  }                                                                              \
  gboolean prefix##_from_label (const char *text, Type *out);                    \
  gboolean prefix##_from_label (const char *text, Type *out)                     \
  {                                                                              \
    int i;                                                                       \
    if (!lookup_label (table, G_N_ELEMENTS (table), text, &i))                   \
      return FALSE;                                                              \
    *out = (Type)i;                                                              \
    return TRUE;                                                                 \
  }

DEFINE_ENUM_FUNCS (PdRole, pd_role, roles)
DEFINE_ENUM_FUNCS (PdKind, pd_kind, kinds)
DEFINE_ENUM_FUNCS (PdStatus, pd_status, statuses)
DEFINE_ENUM_FUNCS (PdUnitType, pd_unit_type, unit_types)
