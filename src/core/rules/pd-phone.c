// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-phone"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-phone.h"
#include "pd-rule-error.h"
#include "pd-rules-private.h"

#define MAX_EXTENSION_DIGITS 6

static gboolean
is_mobile (const char *digits)
{
  return strlen (digits) == 11 && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9';
}

static gboolean
all_digits (const char *s)
{
  for (; *s != '\0'; s++)
    if (!g_ascii_isdigit (*s))
      return FALSE;
  return TRUE;
}

/* Splits "+86 (010) 1234-5678" into digit groups, remembering whether a
 * country code was given. Spaces, dashes, dots and brackets only separate. */
static gboolean
split_groups (const char  *shown,
              const char  *main_part,
              GPtrArray   *groups,
              gboolean    *out_international,
              GError     **error)
{
  GString *current = g_string_new (NULL);
  const char *p = main_part;
  gboolean ok = TRUE;

  *out_international = FALSE;

  if (*p == '+')
    {
      *out_international = TRUE;
      p++;
    }

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (current, *p);
      else if (strchr (" -.()", *p) != NULL)
        {
          if (current->len > 0)
            g_ptr_array_add (groups, g_strdup (current->str));
          g_string_truncate (current, 0);
        }
      else
        {
          g_autofree char *bad = _pd_rules_char_at (p);

          g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                       _("The phone number “%s” contains “%s”, which cannot be part of a "
                         "phone number."),
                       shown, bad);
          ok = FALSE;
          break;
        }
    }

  if (ok && current->len > 0)
    g_ptr_array_add (groups, g_strdup (current->str));
  g_string_free (current, TRUE);

  if (!ok)
    return FALSE;

  if (groups->len == 0)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("“%s” contains no digits, so it is not a phone number."), shown);
      return FALSE;
    }

  return TRUE;
}

/* Removes @n leading digits from the groups; FALSE if the first group is shorter. */
static gboolean
drop_leading_digits (GPtrArray *groups,
                     gsize      n)
{
  char *first = g_ptr_array_index (groups, 0);
  gsize len = strlen (first);

  if (len < n)
    return FALSE;

  if (len == n)
    g_ptr_array_remove_index (groups, 0);
  else
    memmove (first, first + n, len - n + 1);

  return TRUE;
}

static char *
join_groups (GPtrArray *groups,
             guint      start,
             guint      end)
{
  GString *out = g_string_new (NULL);

  for (guint i = start; i < end; i++)
    g_string_append (out, g_ptr_array_index (groups, i));

  return g_string_free (out, FALSE);
}

/* Mainland area codes are 010, 020–029 or four digits 03xx–09xx, so the length
 * follows from the second digit even when no dash separates it. */
static guint
area_code_length (const char *digits)
{
  if (digits[0] != '0')
    return 0;
  if (digits[1] == '1')
    return digits[2] == '0' ? 3 : 0;
  if (digits[1] == '2')
    return 3;
  if (digits[1] >= '3' && digits[1] <= '9')
    return 4;
  return 0;
}

static char *
parse_landline (const char  *shown,
                GPtrArray   *groups,
                const char  *digits,
                const char  *extension,
                GError     **error)
{
  guint area_len = area_code_length (digits);
  g_autofree char *area = NULL;
  g_autofree char *local = NULL;
  g_autofree char *ext = g_strdup (extension);
  gsize local_len;

  if (area_len == 0 || strlen (g_ptr_array_index (groups, 0)) < area_len)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The phone number “%s” does not start with a valid area code "
                     "(such as 010, 021 or 0755)."),
                   shown);
      return NULL;
    }

  area = g_strndup (digits, area_len);
  drop_leading_digits (groups, area_len);

  local = join_groups (groups, 0, groups->len);
  local_len = strlen (local);

  /* Without 转 a trailing group that does not fit the local number is the
   * extension: 010-12345678-123. */
  if (ext == NULL && (local_len < 7 || local_len > 8) && groups->len >= 2)
    {
      g_autofree char *head = join_groups (groups, 0, groups->len - 1);
      const char *tail = g_ptr_array_index (groups, groups->len - 1);

      if (strlen (head) >= 7 && strlen (head) <= 8 && strlen (tail) <= MAX_EXTENSION_DIGITS)
        {
          g_free (local);
          local = g_steal_pointer (&head);
          local_len = strlen (local);
          ext = g_strdup (tail);
        }
    }

  if (local_len < 7 || local_len > 8)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("In the phone number “%s” the number after the area code %s has %u "
                     "digits, but a landline number has 7 or 8 (write an extension as "
                     "-123 or 转123)."),
                   shown, area, (guint) local_len);
      return NULL;
    }

  /* A 0 here is usually the area code typed twice. (Real local numbers also
   * never start with 1, but 010-12345678 is what everyone writes as an example.) */
  if (local[0] == '0')
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("In the phone number “%s” the number after the area code %s starts "
                     "with 0, but landline numbers never do."),
                   shown, area);
      return NULL;
    }

  if (ext != NULL)
    return g_strdup_printf ("%s-%s-%s", area, local, ext);
  return g_strdup_printf ("%s-%s", area, local);
}

/* Returns the normalized number: 11 bare digits for a mobile,
 * "010-12345678" or "0755-1234567-123" for a landline. */
static char *
parse_phone (const char   *text,
             PdPhoneKind  *out_kind,
             GError      **error)
{
  static const char * const extension_marks[] = { "转", "分机", "ext.", "ext", "EXT" };
  g_autofree char *shown = _pd_rules_fold (text, FALSE);
  g_autofree char *main_part = g_strdup (shown);
  g_autofree char *extension = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *digits = NULL;
  gboolean international = FALSE;

  if (*shown == '\0')
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY, _("No phone number was entered."));
      return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (extension_marks); i++)
    {
      char *mark = strstr (main_part, extension_marks[i]);

      if (mark != NULL)
        {
          extension = g_strdup (mark + strlen (extension_marks[i]));
          *mark = '\0';
          g_strstrip (extension);
          if (*extension == '\0' || strlen (extension) > MAX_EXTENSION_DIGITS
              || !all_digits (extension))
            {
              g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                           _("The extension in the phone number “%s” must be 1 to %d digits."),
                           shown, MAX_EXTENSION_DIGITS);
              return NULL;
            }
          break;
        }
    }

  g_strstrip (main_part);
  if (!split_groups (shown, main_part, groups, &international, error))
    return NULL;

  if (international || g_str_has_prefix (g_ptr_array_index (groups, 0), "0086"))
    {
      if (!international)
        drop_leading_digits (groups, 2);
      else if (!g_str_has_prefix (g_ptr_array_index (groups, 0), "86"))
        {
          g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                       _("The phone number “%s” is not a mainland China number; only the "
                         "country code +86 is accepted."),
                       shown);
          return NULL;
        }
      if (!drop_leading_digits (groups, 2) || groups->len == 0)
        {
          g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                       _("The phone number “%s” has nothing after the country code."), shown);
          return NULL;
        }
      international = TRUE;
    }

  digits = join_groups (groups, 0, groups->len);

  /* "86" without + or 00 is only taken as the country code in front of a
   * mobile; in front of anything else it is too ambiguous. */
  if (!international && strlen (digits) == 13 && g_str_has_prefix (digits, "86")
      && is_mobile (digits + 2))
    {
      char *bare = g_strdup (digits + 2);

      g_free (digits);
      digits = bare;
    }

  if (is_mobile (digits))
    {
      if (extension != NULL)
        {
          g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                       _("The mobile number “%s” cannot have an extension."), shown);
          return NULL;
        }
      if (out_kind != NULL)
        *out_kind = PD_PHONE_MOBILE;
      return g_steal_pointer (&digits);
    }

  if (international && digits[0] != '0')
    {
      char *first = g_ptr_array_index (groups, 0);
      char *with_zero = g_strconcat ("0", first, NULL);
      char *prefixed = g_strconcat ("0", digits, NULL);

      g_ptr_array_index (groups, 0) = with_zero;
      g_free (first);
      g_free (digits);
      digits = prefixed;
    }

  if (digits[0] == '1' && strlen (digits) == 11)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The mobile number “%s” starts with %.2s, but mobile numbers start with "
                     "13 to 19."),
                   shown, digits);
      return NULL;
    }

  if (digits[0] == '1')
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The mobile number “%s” has %u digits; a mobile number has 11 digits "
                     "and starts with 13 to 19."),
                   shown, (guint) strlen (digits));
      return NULL;
    }

  if (digits[0] != '0')
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The phone number “%s” has no area code. Write a landline with its "
                     "area code, like 010-12345678, or give an 11-digit mobile number."),
                   shown);
      return NULL;
    }

  {
    char *normalized = parse_landline (shown, groups, digits, extension, error);

    if (normalized != NULL && out_kind != NULL)
      *out_kind = PD_PHONE_LANDLINE;
    return normalized;
  }
}

/**
 * pd_phone_check:
 * @text: a phone number as typed
 * @out_kind: (out) (optional): whether it is a mobile or a landline
 * @error: return location for a #GError in %PD_RULE_ERROR
 *
 * Accepts mobiles (11 digits starting with 13–19, optionally with +86, 86 or
 * 0086 and spaces or dashes) and landlines (area code, 7 or 8 digits, an
 * optional extension written -123 or 转123).
 *
 * Returns: %TRUE if @text is a valid phone number
 */
gboolean
pd_phone_check (const char   *text,
                PdPhoneKind  *out_kind,
                GError      **error)
{
  g_autofree char *normalized = parse_phone (text, out_kind, error);

  return normalized != NULL;
}

/**
 * pd_phone_normalize:
 * @text: a phone number as typed
 *
 * Returns: (transfer full) (nullable): "13812341234" for a mobile,
 *   "010-12345678" or "010-12345678-123" for a landline, %NULL if @text is
 *   not a valid phone number
 */
char *
pd_phone_normalize (const char *text)
{
  return parse_phone (text, NULL, NULL);
}
