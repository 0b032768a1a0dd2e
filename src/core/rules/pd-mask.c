// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-mask"

#include "config.h"

#include <string.h>

#include "pd-mask.h"
#include "pd-phone.h"
#include "pd-rules-private.h"

#define MASK_CHAR '*'

/* Keeps @head characters at the start and @tail at the end, and replaces every
 * other character by one '*', so the masked text keeps its length. */
static char *
mask_middle (const char *text,
             guint       head,
             guint       tail)
{
  glong len = g_utf8_strlen (text, -1);
  GString *out = g_string_new (NULL);
  glong i = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), i++)
    {
      if (i < (glong) head || i >= len - (glong) tail)
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      else
        g_string_append_c (out, MASK_CHAR);
    }

  return g_string_free (out, FALSE);
}

/* For text that is not a known format: at most the last four characters, and
 * never more than half of the text, stay visible. */
static char *
mask_unknown (const char *text)
{
  glong len = g_utf8_strlen (text, -1);

  return mask_middle (text, 0, (guint) MIN (4, len / 2));
}

/**
 * pd_mask_phone:
 * @phone: (nullable): a phone number, preferably normalized
 *
 * Masks a phone number for display: 13812341234 → 138****1234,
 * 010-12345678 → 010-****5678 (an extension is masked too). Text that is not a
 * valid number shows at most its last four characters.
 *
 * Returns: (transfer full): the masked number; "" for %NULL or ""
 */
char *
pd_mask_phone (const char *phone)
{
  g_autofree char *shown = _pd_rules_fold (phone, FALSE);
  g_autofree char *normalized = NULL;
  PdPhoneKind kind;
  g_auto(GStrv) parts = NULL;
  GString *out;

  if (*shown == '\0')
    return g_strdup ("");

  if (!pd_phone_check (shown, &kind, NULL))
    return mask_unknown (shown);

  normalized = pd_phone_normalize (shown);
  if (kind == PD_PHONE_MOBILE)
    return mask_middle (normalized, 3, 4);

  /* area-local[-extension]: the area code only names the city. */
  parts = g_strsplit (normalized, "-", 3);
  out = g_string_new (parts[0]);
  g_string_append_c (out, '-');
  {
    g_autofree char *local = mask_middle (parts[1], 0, 4);

    g_string_append (out, local);
  }
  if (parts[2] != NULL)
    {
      g_string_append_c (out, '-');
      for (const char *p = parts[2]; *p != '\0'; p++)
        g_string_append_c (out, MASK_CHAR);
    }

  return g_string_free (out, FALSE);
}

/**
 * pd_mask_id:
 * @id: (nullable): a resident ID number or a unified social credit code
 *
 * Masks an ID for display: the first six (the area) and the last four
 * characters stay, the others become '*', e.g. 110101********1234. Text of
 * fewer than 15 characters is not a real ID; of it at most half is shown.
 *
 * Returns: (transfer full): the masked ID; "" for %NULL or ""
 */
char *
pd_mask_id (const char *id)
{
  g_autofree char *clean = _pd_rules_fold (id, TRUE);
  glong len = g_utf8_strlen (clean, -1);

  if (len == 0)
    return g_strdup ("");
  if (len >= 15)
    return mask_middle (clean, 6, 4);
  if (len >= 8)
    return mask_middle (clean, (guint) len / 4, (guint) len / 4);

  return mask_middle (clean, 0, len >= 4 ? 1 : 0);
}
