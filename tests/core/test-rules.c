// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "test-rules"

#include "config.h"

#include <string.h>

#include "pd-idcard.h"
#include "pd-mask.h"
#include "pd-phone.h"
#include "pd-rule-error.h"
#include "pd-uscc.h"

static void
assert_message_contains (const GError *error,
                         const char   *needle)
{
  if (strstr (error->message, needle) == NULL)
    g_error ("Expected “%s” in the error message “%s”", needle, error->message);
}

/* ---- Resident ID numbers ------------------------------------------------ */

static void
test_id_valid (void)
{
  /* Check characters computed independently with a script (ISO 7064 MOD 11-2);
   * 11010519491231002X is the example of GB 11643 itself. */
  static const char * const valid[] = {
    "11010519491231002X",
    "440304199001011233",
    "110101199003071233",
    "310115198002290013", /* 29 February of a leap year */
    "510108198808088889",
    "110105200001010008",
    "320106201207153215",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean legacy = TRUE;

      g_test_message ("ID %s", valid[i]);
      g_assert_true (pd_resident_id_check (valid[i], &legacy, &error));
      g_assert_no_error (error);
      g_assert_false (legacy);
    }

  /* out_legacy is optional */
  g_assert_true (pd_resident_id_check ("440304199001011233", NULL, NULL));
}

static void
test_id_normalize (void)
{
  g_autofree char *a = pd_resident_id_normalize (" 110105 19491231 002x ");
  g_autofree char *b = pd_resident_id_normalize ("１１０１０５１９４９１２３１００２ｘ");
  g_autofree char *c = pd_resident_id_normalize ("");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (a, ==, "11010519491231002X");
  g_assert_cmpstr (b, ==, "11010519491231002X");
  g_assert_cmpstr (c, ==, "");
  g_assert_null (pd_resident_id_normalize (NULL));

  /* check() accepts what normalize() cleans up */
  g_assert_true (pd_resident_id_check ("11010519491231002x", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pd_resident_id_check (" 110105 19491231 002x ", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pd_resident_id_check ("１１０１０５１９４９１２３１００２Ｘ", NULL, &error));
  g_assert_no_error (error);
}

static void
test_id_compute_check (void)
{
  g_autofree char *x = pd_resident_id_compute_check ("11010519491231002");
  g_autofree char *three = pd_resident_id_compute_check ("110101199003071233"); /* 18 is fine */
  g_autofree char *zero = pd_resident_id_compute_check ("11010520000101000");

  g_assert_cmpstr (x, ==, "X");
  g_assert_cmpstr (three, ==, "3");
  g_assert_cmpstr (zero, ==, "8");
  g_assert_null (pd_resident_id_compute_check ("1101051949123100"));
  g_assert_null (pd_resident_id_compute_check ("1101051949123100A"));
  g_assert_null (pd_resident_id_compute_check (NULL));
}

static void
test_id_legacy (void)
{
  g_autoptr(GError) error = NULL;
  gboolean legacy = FALSE;

  g_assert_true (pd_resident_id_check ("110105491231002", &legacy, &error));
  g_assert_no_error (error);
  g_assert_true (legacy);

  /* 15-digit numbers have no check character, but their date must be real */
  g_assert_false (pd_resident_id_check ("110105490230002", &legacy, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  g_assert_false (legacy);
  assert_message_contains (error, "1949-02-30");
  g_clear_error (&error);

  g_assert_false (pd_resident_id_check ("11010549123100X", &legacy, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  g_clear_error (&error);
}

static void
test_id_wrong_check (void)
{
  g_autoptr(GError) error = NULL;
  gboolean legacy = TRUE;

  g_assert_false (pd_resident_id_check ("110101199003071234", &legacy, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  g_assert_false (legacy);
  /* says what it expected and what it found */
  assert_message_contains (error, "“3”");
  assert_message_contains (error, "“4”");
  g_clear_error (&error);

  g_assert_false (pd_resident_id_check ("110105194912310021", NULL, &error));
  assert_message_contains (error, "“X”");
  assert_message_contains (error, "“1”");
}

static void
test_id_bad_date (void)
{
  /* Each has a correct check character, so only the date is wrong. */
  static const struct { const char *id; const char *date; int code; } cases[] = {
    { "110101199002301236", "1990-02-30", PD_RULE_ERROR_INVALID },
    { "110101199013011234", "1990-13-01", PD_RULE_ERROR_INVALID },
    { "440304202302291237", "2023-02-29", PD_RULE_ERROR_INVALID },
    { "110101189912311231", "1899-12-31", PD_RULE_ERROR_RANGE },
    { "110101210001011231", "2100-01-01", PD_RULE_ERROR_RANGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("ID %s", cases[i].id);
      g_assert_false (pd_resident_id_check (cases[i].id, NULL, &error));
      g_assert_error (error, PD_RULE_ERROR, cases[i].code);
      assert_message_contains (error, cases[i].date);
    }

  /* a leap day in a leap year is fine */
  g_assert_true (pd_resident_id_check ("440304202402291234", NULL, NULL));
}

static void
test_id_bad_area (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pd_resident_id_check ("00101019900307123X", NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  assert_message_contains (error, "001010");
  g_clear_error (&error);

  g_assert_false (pd_resident_id_check ("990101199003071237", NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  assert_message_contains (error, "99");
}

static void
test_id_bad_format (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pd_resident_id_check ("11010119900307123", NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  assert_message_contains (error, "17");
  g_clear_error (&error);

  g_assert_false (pd_resident_id_check ("1101011990030712331", NULL, &error));
  assert_message_contains (error, "19");
  g_clear_error (&error);

  g_assert_false (pd_resident_id_check ("11010119900307A233", NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  assert_message_contains (error, "“A”");
  assert_message_contains (error, "15");
  g_clear_error (&error);

  g_assert_false (pd_resident_id_check ("身份证110101199003071233", NULL, &error));
  assert_message_contains (error, "“身”");
  g_clear_error (&error);

  g_assert_false (pd_resident_id_check ("X10101199003071233", NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (pd_resident_id_check ("", NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_false (pd_resident_id_check ("   ", NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_false (pd_resident_id_check (NULL, NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY);
}

/* ---- Unified social credit codes ---------------------------------------- */

static void
test_uscc_valid (void)
{
  static const char * const valid[] = {
    "91350100M000100Y43", /* a known-valid real code */
    "91110000802100433B",
    "12100000400000624D",
    "51100000500010993L",
    "Y1110000MA0000000U",
    "31110000E00017891P", /* law firm: authority 3 (司法行政) */
    "N2330106MA2H1X7B1A", /* rural collective: authority N */
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("USCC %s", valid[i]);
      g_assert_true (pd_uscc_check (valid[i], &error));
      g_assert_no_error (error);
      g_assert_cmpint (pd_uscc_compute_check (valid[i]), ==, valid[i][17]);
    }

  g_assert_true (pd_uscc_check (" 91350100m000100y43 ", NULL));
  g_assert_true (pd_uscc_check ("９１３５０１００Ｍ０００１００Ｙ４３", NULL));
}

static void
test_uscc_normalize (void)
{
  g_autofree char *a = pd_uscc_normalize (" 9135 0100 m000 100y43 ");

  g_assert_cmpstr (a, ==, "91350100M000100Y43");
  g_assert_null (pd_uscc_normalize (NULL));

  g_assert_cmpint (pd_uscc_compute_check ("91350100M000100Y4"), ==, '3');
  g_assert_cmpint (pd_uscc_compute_check ("9135010"), ==, '\0');
  g_assert_cmpint (pd_uscc_compute_check ("91350100I000100Y4"), ==, '\0');
  g_assert_cmpint (pd_uscc_compute_check (NULL), ==, '\0');
}

static void
test_uscc_invalid (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pd_uscc_check ("91350100M000100Y44", &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  assert_message_contains (error, "“3”");
  assert_message_contains (error, "“4”");
  g_clear_error (&error);

  /* O is never used; the message says so */
  g_assert_false (pd_uscc_check ("91350100M000100O43", &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  assert_message_contains (error, "“O”");
  assert_message_contains (error, "16");
  g_clear_error (&error);

  g_assert_false (pd_uscc_check ("91350100M000100Y4", &error));
  assert_message_contains (error, "17");
  g_clear_error (&error);

  g_assert_false (pd_uscc_check ("91350100-M000100Y43", &error));
  assert_message_contains (error, "“-”");
  g_clear_error (&error);

  /* the following have correct check characters; another rule fails */
  g_assert_false (pd_uscc_check ("B1350100M000100Y41", &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  assert_message_contains (error, "“B”");
  g_clear_error (&error);

  g_assert_false (pd_uscc_check ("90350100M000100Y46", &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (pd_uscc_check ("91AB0100M000100Y4T", &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
  assert_message_contains (error, "“A”");
  g_clear_error (&error);

  g_assert_false (pd_uscc_check ("", &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY);
  g_clear_error (&error);

  /* a resident ID is not a credit code */
  g_assert_false (pd_uscc_check ("110101199003071233", NULL));
}

/* ---- Phone numbers ------------------------------------------------------ */

static void
test_phone_valid (void)
{
  static const struct { const char *text; const char *normalized; PdPhoneKind kind; } cases[] = {
    { "13812341234", "13812341234", PD_PHONE_MOBILE },
    { "19912345678", "19912345678", PD_PHONE_MOBILE },
    { "+86 138 1234 1234", "13812341234", PD_PHONE_MOBILE },
    { "+8613812341234", "13812341234", PD_PHONE_MOBILE },
    { "8613812341234", "13812341234", PD_PHONE_MOBILE },
    { "0086 138-1234-1234", "13812341234", PD_PHONE_MOBILE },
    { "138-1234-1234", "13812341234", PD_PHONE_MOBILE },
    { "１３８ １２３４ １２３４", "13812341234", PD_PHONE_MOBILE },
    { "010-12345678", "010-12345678", PD_PHONE_LANDLINE },
    { "01012345678", "010-12345678", PD_PHONE_LANDLINE },
    { "010 1234 5678", "010-12345678", PD_PHONE_LANDLINE },
    { "(021)87654321", "021-87654321", PD_PHONE_LANDLINE },
    { "0755-1234567", "0755-1234567", PD_PHONE_LANDLINE },
    { "075512345678", "0755-12345678", PD_PHONE_LANDLINE },
    { "0591 87654321", "0591-87654321", PD_PHONE_LANDLINE },
    { "010-12345678-123", "010-12345678-123", PD_PHONE_LANDLINE },
    { "010-12345678转123", "010-12345678-123", PD_PHONE_LANDLINE },
    { "01012345678 转 8001", "010-12345678-8001", PD_PHONE_LANDLINE },
    { "0755-12345678 ext. 12", "0755-12345678-12", PD_PHONE_LANDLINE },
    { "+86 10 12345678", "010-12345678", PD_PHONE_LANDLINE },
    { "0086-755-12345678", "0755-12345678", PD_PHONE_LANDLINE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;
      PdPhoneKind kind = cases[i].kind == PD_PHONE_MOBILE ? PD_PHONE_LANDLINE : PD_PHONE_MOBILE;

      g_test_message ("phone %s", cases[i].text);
      g_assert_true (pd_phone_check (cases[i].text, &kind, &error));
      g_assert_no_error (error);
      g_assert_cmpint (kind, ==, cases[i].kind);

      normalized = pd_phone_normalize (cases[i].text);
      g_assert_cmpstr (normalized, ==, cases[i].normalized);

      /* normalizing is idempotent */
      {
        g_autofree char *again = pd_phone_normalize (normalized);

        g_assert_cmpstr (again, ==, normalized);
      }
    }

  g_assert_true (pd_phone_check ("13812341234", NULL, NULL));
}

static void
test_phone_invalid (void)
{
  static const struct { const char *text; const char *hint; } cases[] = {
    { "1381234123", "10" },             /* too short */
    { "138123412345", "12" },           /* too long */
    { "12812341234", "13" },            /* no mobile starts with 12 */
    { "+1 202 555 0123", "+86" },       /* not mainland */
    { "+86", NULL },
    { "abc", "“a”" },
    { "138/1234/1234", "“/”" },
    { "87654321", "area code" },        /* landline without area code */
    { "010-0123456", "0" },             /* local numbers start with 2-9 */
    { "0755-123456", "6" },             /* 6 digits */
    { "010-123456789", "9" },           /* 9 digits */
    { "011-12345678", "area code" },
    { "0012345678", "area code" },
    { "010-12345678转", "extension" },
    { "010-12345678转abc", "extension" },
    { "010-12345678-1234567", NULL },   /* extension too long */
    { "13812341234转12", "extension" },
    { "--", "digits" },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("phone %s", cases[i].text);
      g_assert_false (pd_phone_check (cases[i].text, NULL, &error));
      g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_INVALID);
      g_test_message ("  → %s", error->message);
      if (cases[i].hint != NULL)
        assert_message_contains (error, cases[i].hint);
      g_clear_error (&error);
      g_assert_null (pd_phone_normalize (cases[i].text));
    }

  g_assert_false (pd_phone_check ("", NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_false (pd_phone_check ("  ", NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_false (pd_phone_check (NULL, NULL, &error));
  g_assert_error (error, PD_RULE_ERROR, PD_RULE_ERROR_EMPTY);
  g_assert_null (pd_phone_normalize (NULL));
}

/* ---- Masking ------------------------------------------------------------ */

static void
test_mask_phone (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "13812341234", "138****1234" },
    { "+86 138 1234 1234", "138****1234" },
    { "010-12345678", "010-****5678" },
    { "01012345678", "010-****5678" },
    { "0755-1234567", "0755-***4567" },
    { "010-12345678-123", "010-****5678-***" },
    /* not valid numbers: at most the last four and at most half */
    { "12345", "***45" },
    { "1234", "**34" },
    { "1", "*" },
    { "95588", "***88" },
    { "1381234123", "******4123" },
    { "电话号码", "**号码" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *masked = pd_mask_phone (cases[i].in);

      g_assert_cmpstr (masked, ==, cases[i].out);
    }

  {
    g_autofree char *a = pd_mask_phone (NULL);
    g_autofree char *b = pd_mask_phone ("");

    g_assert_cmpstr (a, ==, "");
    g_assert_cmpstr (b, ==, "");
  }
}

static void
test_mask_id (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "110101199003071233", "110101********1233" },
    { "11010519491231002x", "110105********002x" },
    { "91350100M000100Y43", "913501********0Y43" },
    { "110105491231002", "110105*****1002" },
    { "12345678", "12****78" },
    { "E12345678", "E1*****78" },
    { "1234", "***4" },
    { "123", "***" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *masked = pd_mask_id (cases[i].in);

      g_assert_cmpstr (masked, ==, cases[i].out);
      g_assert_cmpuint (strlen (masked), ==, strlen (cases[i].in));
    }

  {
    g_autofree char *a = pd_mask_id (NULL);
    g_autofree char *b = pd_mask_id ("");

    g_assert_cmpstr (a, ==, "");
    g_assert_cmpstr (b, ==, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/rules/id/valid", test_id_valid);
  g_test_add_func ("/core/rules/id/normalize", test_id_normalize);
  g_test_add_func ("/core/rules/id/compute-check", test_id_compute_check);
  g_test_add_func ("/core/rules/id/legacy", test_id_legacy);
  g_test_add_func ("/core/rules/id/wrong-check", test_id_wrong_check);
  g_test_add_func ("/core/rules/id/bad-date", test_id_bad_date);
  g_test_add_func ("/core/rules/id/bad-area", test_id_bad_area);
  g_test_add_func ("/core/rules/id/bad-format", test_id_bad_format);
  g_test_add_func ("/core/rules/uscc/valid", test_uscc_valid);
  g_test_add_func ("/core/rules/uscc/normalize", test_uscc_normalize);
  g_test_add_func ("/core/rules/uscc/invalid", test_uscc_invalid);
  g_test_add_func ("/core/rules/phone/valid", test_phone_valid);
  g_test_add_func ("/core/rules/phone/invalid", test_phone_invalid);
  g_test_add_func ("/core/rules/mask/phone", test_mask_phone);
  g_test_add_func ("/core/rules/mask/id", test_mask_id);

  return g_test_run ();
}
