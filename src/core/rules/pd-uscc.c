// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-uscc"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-rule-error.h"
#include "pd-rules-private.h"
#include "pd-uscc.h"

/* The 31 characters of the code; I, O, Z, S and V are left out because they
 * look like 1, 0, 2, 5 and U. A character's index is its value. */
static const char charset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
static const guint weights[17] = {
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
};

/* GB 32100 names 1 机构编制, 5 民政, 9 工商 and Y 其他; codes issued since then
 * also start with 2 外交, 3 司法行政 (law firms), 4 文化, 6 旅游, 7 宗教,
 * 8 工会, A 中央军委改革和编制办公室 and N 农业 (rural collectives). Refusing those real
 * codes would stop a clerk from registering a law firm as a tenant. */
static const char registration_authorities[] = "123456789ANY";

static int
char_value (char c)
{
  const char *found;

  if (c == '\0')
    return -1;

  found = strchr (charset, c);
  return found != NULL ? (int) (found - charset) : -1;
}

/**
 * pd_uscc_normalize:
 * @text: (nullable): a code as typed
 *
 * Removes spaces (also full-width ones), folds full-width characters and
 * upper-cases letters. It does not validate.
 *
 * Returns: (transfer full) (nullable): the normalized code, %NULL if @text is %NULL
 */
char *
pd_uscc_normalize (const char *text)
{
  char *clean;

  if (text == NULL)
    return NULL;

  clean = _pd_rules_fold (text, TRUE);
  for (char *p = clean; *p != '\0'; p++)
    *p = g_ascii_toupper (*p);

  return clean;
}

/**
 * pd_uscc_compute_check:
 * @first17: the first 17 characters of a code (upper case)
 *
 * Returns: the check character, or '\0' unless @first17 starts with 17
 *   characters of the code's character set
 */
char
pd_uscc_compute_check (const char *first17)
{
  guint sum = 0;
  guint check;

  if (first17 == NULL)
    return '\0';

  for (guint i = 0; i < 17; i++)
    {
      int value = char_value (first17[i]);

      if (value < 0)
        return '\0';
      sum += (guint) value * weights[i];
    }

  check = 31 - sum % 31;
  return charset[check == 31 ? 0 : check];
}

/**
 * pd_uscc_check:
 * @text: a unified social credit code (spaces and lower case are accepted)
 * @error: return location for a #GError in %PD_RULE_ERROR
 *
 * Checks the character set, length, registration authority, category,
 * administrative division digits and the check character.
 *
 * Returns: %TRUE if @text is a well-formed code
 */
gboolean
pd_uscc_check (const char  *text,
               GError     **error)
{
  g_autofree char *code = pd_uscc_normalize (text);
  guint position = 1;
  guint len;
  char expected;

  if (code == NULL || *code == '\0')
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY,
                   _("No unified social credit code was entered."));
      return FALSE;
    }

  for (const char *p = code; *p != '\0'; p = g_utf8_next_char (p), position++)
    {
      if (char_value (*p) < 0)
        {
          g_autofree char *bad = _pd_rules_char_at (p);

          if (strchr ("IOZSV", *p) != NULL)
            g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                         _("The unified social credit code contains the letter “%s” at "
                           "position %u; the letters I, O, Z, S and V are never used in "
                           "these codes (perhaps it is 1, 0, 2, 5 or U)."),
                         bad, position);
          else
            g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                         _("The unified social credit code contains “%s” at position %u; "
                           "only digits and capital letters are allowed."),
                         bad, position);
          return FALSE;
        }
    }

  len = position - 1;
  if (len != 18)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The unified social credit code has %u character; it must "
                                "have 18.",
                                "The unified social credit code has %u characters; it must "
                                "have 18.",
                                len),
                   len);
      return FALSE;
    }

  if (strchr (registration_authorities, code[0]) == NULL)
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The unified social credit code starts with “%c”, which is not a "
                     "registration authority code (such as 9 for companies, 1 for public "
                     "institutions, 5 for social organisations)."),
                   code[0]);
      return FALSE;
    }

  if (code[1] < '1' || code[1] > '9')
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The second character of the unified social credit code is “%c”, "
                     "but the organisation category must be a digit from 1 to 9."),
                   code[1]);
      return FALSE;
    }

  for (guint i = 2; i < 8; i++)
    {
      if (!g_ascii_isdigit (code[i]))
        {
          g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                       _("Characters 3 to 8 of the unified social credit code are the "
                         "administrative division code and must be digits, but character "
                         "%u is “%c”."),
                       i + 1, code[i]);
          return FALSE;
        }
    }

  expected = pd_uscc_compute_check (code);
  if (expected != code[17])
    {
      g_set_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID,
                   _("The check character of the unified social credit code does not match: "
                     "the first 17 characters require “%c” as the last character, but it is "
                     "“%c”. A character was probably mistyped."),
                   expected, code[17]);
      return FALSE;
    }

  return TRUE;
}
