// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pd-callback-store.h"
#include "pd-complaint-report-export.h"
#include "pd-complaint-settings.h"
#include "pd-complaint-store.h"
#include "pd-mask.h"
#include "pd-work-order-export.h"
#include "pd-xlsx-common.h"

/* Six columns, as on the work order: label, value, label, value, label, value. The blocks
 * (manager, action, feedback, callback, sign-off) have their name down column A and their own
 * label/value pairs in B..F. */
enum { COL_A, COL_B, COL_C, COL_D, COL_E, COL_F, N_COLS };

typedef struct
{
  lxw_workbook  *wb;
  lxw_worksheet *ws;
  PdXlsxStyles   s;
  lxw_format    *value;    /* bordered, left, wrapped, vertically centred */
  lxw_format    *content;  /* bordered, left, wrapped, top: long texts */
  lxw_format    *sign;     /* bordered, left, bottom: written over a signature */
  lxw_format    *serial;   /* bold dark red, right */
  lxw_format    *plain;    /* no border, left */
  lxw_row_t      row;
} Sheet;

/* ---- the form's data ------------------------------------------------------------------- */

char *
pd_complaint_form_channel_ticks (PdContactChannel channel)
{
  const char *labels[] = { C_("complaint form", "Phone"), C_("complaint form", "Visit"),
                           C_("complaint form", "Written"), NULL };

  return pd_repair_form_tick_boxes (labels, (int) channel < PD_CONTACT_N_CHANNELS
                                            ? (int) channel : -1);
}

/* Several boxes, each ticked or not: the four clear are confirmed one by one. */
static char *
ticks_each (const char * const *labels,
            const gboolean     *ticked)
{
  GString *out = g_string_new (NULL);

  for (int i = 0; labels[i] != NULL; i++)
    g_string_append_printf (out, "%s%s %s", i > 0 ? "   " : "", ticked[i] ? "☑" : "☐",
                            labels[i]);
  return g_string_free (out, FALSE);
}

char *
pd_complaint_form_estate (PdDatabase *db,
                          gint64      unit_id)
{
  g_autoptr(PdStmt) stmt = NULL;
  char *name = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), g_strdup (""));

  if (unit_id > 0)
    {
      stmt = pd_database_prepare (db, "SELECT e.name FROM units u"
                                      " JOIN buildings b ON b.id = u.building_id"
                                      " JOIN estates e ON e.id = b.estate_id WHERE u.id = ?1",
                                  NULL);
      if (stmt != NULL)
        {
          sqlite3_bind_int64 (stmt, 1, unit_id);
          if (sqlite3_step (stmt) == SQLITE_ROW)
            name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
        }
      return name != NULL ? name : g_strdup ("");
    }

  /* Without a unit the estate is unambiguous only when there is one. */
  stmt = pd_database_prepare (db, "SELECT name FROM estates LIMIT 2", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        g_clear_pointer (&name, g_free);
    }
  return name != NULL ? name : g_strdup ("");
}

static const char *
or_blank (const char *text)
{
  return text != NULL ? text : "";
}

static char *
handling_text (PdComplaint *c)
{
  const char *action = pd_complaint_get_department_action (c);
  const char *result = pd_complaint_get_department_result (c);
  GString *out = g_string_new (NULL);

  if (action != NULL && *action != '\0')
    g_string_append_printf (out, C_("complaint form", "Action: %s"), action);
  if (result != NULL && *result != '\0')
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, C_("complaint form", "Result: %s"), result);
    }
  if (pd_complaint_get_reopened_count (c) > 0)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, C_("complaint form", "Sent back to the department after a "
                                                        "callback: %d time(s)."),
                              pd_complaint_get_reopened_count (c));
    }
  return g_string_free (out, FALSE);
}

static char *
timeliness_text (PdComplaint *c,
                 gint64       as_of)
{
  PdComplaintTimeliness t = pd_complaint_get_timeliness (c, as_of);
  g_autofree char *deadline = pd_repair_form_format_time (pd_complaint_get_deadline_at (c));

  if (t == PD_COMPLAINT_TIMELINESS_EXCLUDED || deadline[0] == '\0')
    return g_strdup (pd_complaint_timeliness_to_label (t));
  /* TRANSLATORS: timeliness of a complaint, then its deadline: "及时（时限 2026-03-16 09:05）" */
  return g_strdup_printf (C_("complaint form", "%s (deadline %s)"),
                          pd_complaint_timeliness_to_label (t), deadline);
}

static char *
feedback_text (PdDatabase  *db,
               PdComplaint *c,
               gint64       as_of)
{
  PdComplaintTimes times;
  gint64 due, at = pd_complaint_get_feedback_at (c);
  const char *note = or_blank (pd_complaint_get_feedback_note (c));
  g_autofree char *due_text = NULL;

  pd_complaint_settings_load_times (db, &times);
  due = pd_complaint_feedback_due (&times, pd_complaint_get_received_at (c));
  if (at > 0 && at > due)
    /* TRANSLATORS: the feedback note, then that it came later than the rule allows */
    return g_strdup_printf (C_("complaint form", "%s (given later than %d hours)"), note,
                            times.feedback_hours);
  if (at > 0)
    return g_strdup (note);
  if (!pd_complaint_state_is_open (pd_complaint_get_state (c)))
    return g_strdup ("");
  due_text = pd_repair_form_format_time (due);
  if (as_of > due)
    return g_strdup_printf (C_("complaint form", "Not given; it was due by %s."), due_text);
  return g_strdup_printf (C_("complaint form", "Due by %s."), due_text);
}

static char *
callback_text (GPtrArray *callbacks)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < callbacks->len; i++)
    {
      PdCallback *cb = g_ptr_array_index (callbacks, i);
      g_autofree char *at = pd_repair_form_format_time (cb->called_at);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      /* TRANSLATORS: one callback: time, method (上门/电话), who, the occupant's answer */
      g_string_append_printf (out, C_("complaint form", "%s  %s  %s: %s"), at,
                              pd_callback_method_to_label (cb->method), cb->staff,
                              cb->satisfied ? C_("complaint form", "satisfied")
                                            : C_("complaint form", "not satisfied"));
      if (cb->remarks != NULL && *cb->remarks != '\0')
        g_string_append_printf (out, C_("complaint form", "; %s"), cb->remarks);
    }
  return g_string_free (out, FALSE);
}

void
pd_complaint_report_form_free (PdComplaintReportForm *form)
{
  if (form == NULL)
    return;
  g_clear_object (&form->complaint);
  g_clear_pointer (&form->callbacks, g_ptr_array_unref);
  g_free (form->title);
  g_free (form->estate);
  g_free (form->unit_label);
  g_free (form->phone);
  g_free (form->received);
  g_free (form->channel_ticks);
  g_free (form->four_clear_ticks);
  g_free (form->validity_ticks);
  g_free (form->decided);
  g_free (form->deadline);
  g_free (form->dispatched);
  g_free (form->serious_ticks);
  g_free (form->manager_at);
  g_free (form->handling);
  g_free (form->handled);
  g_free (form->timeliness);
  g_free (form->feedback);
  g_free (form->feedback_at);
  g_free (form->callback_record);
  g_free (form->callback_by);
  g_free (form->callback_at);
  g_free (form->signed_off);
  g_free (form->archived);
  g_free (form);
}

PdComplaintReportForm *
pd_complaint_report_form_load (PdDatabase *db,
                               gint64      complaint_id,
                               gboolean    full_phone,
                               gint64      as_of,
                               GError    **error)
{
  g_autoptr(PdComplaintReportForm) f = g_new0 (PdComplaintReportForm, 1);
  PdComplaint *c;
  const char *phone;
  const char *clear_labels[] = { C_("complaint form", "Heard clearly"),
                                 C_("complaint form", "Asked clearly"),
                                 C_("complaint form", "Repeated back"),
                                 C_("complaint form", "Recorded clearly"), NULL };
  const char *validity_labels[] = { C_("complaint form", "Valid complaint"),
                                    C_("complaint form", "Not a valid complaint"), NULL };
  const char *yes_no[] = { C_("complaint form", "Yes"), C_("complaint form", "No"), NULL };
  gboolean clear[4];
  PdComplaintValidity valid;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  f->complaint = pd_complaint_store_get (db, complaint_id, error);
  if (f->complaint == NULL)
    return NULL;
  f->callbacks = pd_callback_store_list (db, PD_CALLBACK_SUBJECT_COMPLAINT, complaint_id, error);
  if (f->callbacks == NULL)
    return NULL;
  c = f->complaint;
  f->as_of = as_of > 0 ? as_of : g_get_real_time () / G_USEC_PER_SEC;

  f->title = g_strdup (C_("complaint form", "Complaint Handling Report"));
  f->estate = pd_complaint_form_estate (db, pd_complaint_get_unit_id (c));
  f->unit_label = pd_complaint_dup_unit_label (c);
  phone = or_blank (pd_complaint_get_phone (c));
  f->phone = full_phone || *phone == '\0' ? g_strdup (phone) : pd_mask_phone (phone);
  f->received = pd_repair_form_format_time (pd_complaint_get_received_at (c));
  f->channel_ticks = pd_complaint_form_channel_ticks (pd_complaint_get_channel (c));

  clear[0] = pd_complaint_get_heard_clear (c);
  clear[1] = pd_complaint_get_asked_clear (c);
  clear[2] = pd_complaint_get_repeated_clear (c);
  clear[3] = pd_complaint_get_recorded_clear (c);
  f->four_clear_ticks = ticks_each (clear_labels, clear);

  valid = pd_complaint_get_valid (c);
  f->validity_ticks = pd_repair_form_tick_boxes (validity_labels,
                                                 valid == PD_COMPLAINT_VALIDITY_VALID ? 0
                                                 : valid == PD_COMPLAINT_VALIDITY_INVALID ? 1
                                                 : -1);
  f->decided = pd_repair_form_format_time (pd_complaint_get_decided_at (c));
  f->deadline = pd_repair_form_format_time (pd_complaint_get_deadline_at (c));
  f->dispatched = pd_repair_form_format_time (pd_complaint_get_dispatched_at (c));
  f->serious_ticks = pd_repair_form_tick_boxes (yes_no, pd_complaint_get_serious (c) ? 0 : 1);
  f->manager_at = pd_repair_form_format_time (pd_complaint_get_manager_at (c));
  f->handling = handling_text (c);
  f->handled = pd_repair_form_format_time (pd_complaint_get_handled_at (c));
  f->timeliness = timeliness_text (c, f->as_of);
  f->feedback = feedback_text (db, c, f->as_of);
  f->feedback_at = pd_repair_form_format_time (pd_complaint_get_feedback_at (c));
  f->callback_record = callback_text (f->callbacks);
  if (f->callbacks->len > 0)
    {
      PdCallback *last = g_ptr_array_index (f->callbacks, f->callbacks->len - 1);
      f->callback_by = g_strdup (last->staff);
      f->callback_at = pd_repair_form_format_time (last->called_at);
    }
  else
    {
      f->callback_by = g_strdup ("");
      f->callback_at = g_strdup ("");
    }
  f->signed_off = pd_repair_form_format_date (pd_complaint_get_signed_off_at (c));
  f->archived = pd_repair_form_format_date (pd_complaint_get_archived_at (c));
  return g_steal_pointer (&f);
}

char *
pd_complaint_report_default_name (PdComplaint *complaint)
{
  g_return_val_if_fail (PD_IS_COMPLAINT (complaint), NULL);

  /* TRANSLATORS: file name of an exported complaint handling report; %s is its serial */
  return g_strdup_printf (_("Complaint report-%s.xlsx"), pd_complaint_get_serial (complaint));
}

/* ---- the sheet -------------------------------------------------------------------------- */

/* | label | value | label | value | label | value | */
static void
row3 (Sheet      *sh,
      double      height,
      const char *l1,
      const char *v1,
      const char *l2,
      const char *v2,
      const char *l3,
      const char *v3)
{
  worksheet_set_row (sh->ws, sh->row, height, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_A, l1, sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_B, v1, sh->value);
  pd_xlsx_write_text (sh->ws, sh->row, COL_C, l2, sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_D, v2, sh->value);
  pd_xlsx_write_text (sh->ws, sh->row, COL_E, l3, sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_F, v3, sh->value);
  sh->row++;
}

/* | label | value across B..D | label | value | */
static void
row_wide (Sheet      *sh,
          double      height,
          const char *l1,
          const char *v1,
          const char *l2,
          const char *v2)
{
  worksheet_set_row (sh->ws, sh->row, height, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_A, l1, sh->s.label);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_B, COL_D, v1, sh->value);
  pd_xlsx_write_text (sh->ws, sh->row, COL_E, l2, sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_F, v2, sh->value);
  sh->row++;
}

/* | label | long text across B..F | */
static void
row_text (Sheet      *sh,
          double      height,
          const char *label,
          const char *text)
{
  worksheet_set_row (sh->ws, sh->row, height, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_A, label, sh->s.label);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_B, COL_F, text, sh->content);
  sh->row++;
}

/* Inside a block: | (block) | text across B..F | */
static void
block_text (Sheet      *sh,
            double      height,
            const char *text)
{
  worksheet_set_row (sh->ws, sh->row, height, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_B, COL_F, text, sh->content);
  sh->row++;
}

/* Inside a block: | (block) | label | value across C..D | label | value | */
static void
block_pair (Sheet      *sh,
            double      height,
            const char *l1,
            const char *v1,
            lxw_format *v1_format,
            const char *l2,
            const char *v2)
{
  worksheet_set_row (sh->ws, sh->row, height, NULL);
  pd_xlsx_write_text (sh->ws, sh->row, COL_B, l1, sh->s.label);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_C, COL_D, v1, v1_format);
  pd_xlsx_write_text (sh->ws, sh->row, COL_E, l2, sh->s.label);
  pd_xlsx_write_text (sh->ws, sh->row, COL_F, v2, sh->value);
  sh->row++;
}

/* The block's name down column A, over the rows written since @first. */
static void
block_label (Sheet      *sh,
             lxw_row_t   first,
             const char *label)
{
  if (sh->row - 1 > first)
    worksheet_merge_range (sh->ws, first, COL_A, sh->row - 1, COL_A, label, sh->s.label);
  else
    pd_xlsx_write_text (sh->ws, first, COL_A, label, sh->s.label);
}

static void
write_head (Sheet                 *sh,
            PdComplaintReportForm *f)
{
  PdComplaint *c = f->complaint;
  const char *contact = pd_complaint_get_contact_serial (c);
  g_autofree char *serial = g_strdup_printf (C_("complaint form", "No. %s"),
                                             pd_complaint_get_serial (c));
  g_autoptr(GString) left = g_string_new (NULL);

  if (f->estate[0] != '\0')
    g_string_append_printf (left, C_("complaint form", "Estate: %s"), f->estate);
  if (contact != NULL && *contact != '\0')
    {
      if (left->len > 0)
        g_string_append (left, "    ");
      g_string_append_printf (left, C_("complaint form", "Register entry: %s"), contact);
    }

  worksheet_set_row (sh->ws, sh->row, 40, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_A, COL_F, f->title, sh->s.title);
  sh->row++;
  worksheet_set_row (sh->ws, sh->row, 24, NULL);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_A, COL_D, left->str, sh->plain);
  pd_xlsx_merge_text (sh->ws, sh->row, COL_E, COL_F, serial, sh->serial);
  sh->row++;
}

static void
write_registration (Sheet                 *sh,
                    PdComplaintReportForm *f)
{
  PdComplaint *c = f->complaint;

  row3 (sh, 30, C_("complaint form", "Complainant"), pd_complaint_get_complainant (c),
        C_("complaint form", "Unit no."), f->unit_label,
        C_("complaint form", "Contact phone"), f->phone);
  row3 (sh, 30, C_("complaint form", "Time received"), f->received,
        C_("complaint form", "Category"), pd_complaint_get_category_name (c),
        C_("complaint form", "State"), pd_complaint_get_state_label (c));
  row_wide (sh, 30, C_("complaint form", "Channel"), f->channel_ticks,
            C_("complaint form", "Received by"), pd_complaint_get_recorder (c));
  row_text (sh, 84, C_("complaint form", "Complaint content"), pd_complaint_get_content (c));
  row_wide (sh, 30, C_("complaint form", "Four clear"), f->four_clear_ticks,
            C_("complaint form", "Reported to"), pd_complaint_get_decided_by (c));
  row_wide (sh, 30, C_("complaint form", "Valid or not"), f->validity_ticks,
            C_("complaint form", "Decided at"), f->decided);
  row_text (sh, 36, C_("complaint form", "Explanation to the occupant"),
            pd_complaint_get_validity_note (c));
}

static void
write_dispatch (Sheet                 *sh,
                PdComplaintReportForm *f)
{
  PdComplaint *c = f->complaint;
  lxw_row_t first;

  row3 (sh, 30, C_("complaint form", "Responsible department"),
        pd_complaint_get_department_name (c),
        C_("complaint form", "Person responsible"), pd_complaint_get_responsible (c),
        C_("complaint form", "Deadline"), f->deadline);
  row3 (sh, 30, C_("complaint form", "Dispatched by"), pd_complaint_get_dispatched_by (c),
        C_("complaint form", "Dispatched at"), f->dispatched,
        C_("complaint form", "Serious complaint"), f->serious_ticks);

  first = sh->row;
  block_pair (sh, 30, C_("complaint form", "Person named"), pd_complaint_get_manager_person (c),
              sh->value, C_("complaint form", "Manager"), pd_complaint_get_manager_by (c));
  block_text (sh, 44, pd_complaint_get_manager_measures (c));
  block_label (sh, first, C_("complaint form", "Manager's measures (serious)"));
}

static void
write_handling (Sheet                 *sh,
                PdComplaintReportForm *f)
{
  PdComplaint *c = f->complaint;
  lxw_row_t first = sh->row;

  block_text (sh, 72, f->handling);
  block_pair (sh, 30, C_("complaint form", "Handled by"), pd_complaint_get_handled_by (c),
              sh->sign, C_("complaint form", "Completed at"), f->handled);
  block_pair (sh, 30, C_("complaint form", "Timeliness"), f->timeliness, sh->value,
              C_("complaint form", "Deadline"), f->deadline);
  block_label (sh, first, C_("complaint form", "Action taken"));

  first = sh->row;
  block_text (sh, 36, f->feedback);
  block_pair (sh, 28, C_("complaint form", "Feedback by"), pd_complaint_get_feedback_by (c),
              sh->value, C_("complaint form", "Feedback time"), f->feedback_at);
  block_label (sh, first, C_("complaint form", "Feedback to the occupant"));

  first = sh->row;
  block_text (sh, 44, f->callback_record);
  block_pair (sh, 28, C_("complaint form", "Called back by"), f->callback_by, sh->value,
              C_("complaint form", "Callback time"), f->callback_at);
  block_label (sh, first, C_("complaint form", "Callback record"));
}

static void
write_sign_off (Sheet                 *sh,
                PdComplaintReportForm *f)
{
  PdComplaint *c = f->complaint;
  const char *blank_date = C_("complaint form", "______ year ____ month ____ day");
  const char *manager = pd_complaint_get_signed_off_by (c);
  lxw_row_t first = sh->row;

  /* Left blank for the manager's own words. */
  block_text (sh, 36, NULL);
  block_pair (sh, 34, C_("complaint form", "Manager's signature"), manager, sh->sign,
              C_("complaint form", "Date"), f->signed_off[0] ? f->signed_off : blank_date);
  block_label (sh, first, C_("complaint form", "Manager's sign-off"));

  row_wide (sh, 28, C_("complaint form", "Archived by"), pd_complaint_get_archived_by (c),
            C_("complaint form", "Archive date"), f->archived[0] ? f->archived : blank_date);
}

static lxw_format *
new_format (lxw_workbook *wb,
            double        size,
            gboolean      border,
            uint8_t       valign)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, PD_XLSX_FONT);
  format_set_font_size (f, size);
  if (border)
    format_set_border (f, LXW_BORDER_THIN);
  format_set_align (f, LXW_ALIGN_LEFT);
  format_set_align (f, valign);
  format_set_text_wrap (f);
  return f;
}

gboolean
pd_complaint_report_export_xlsx (PdDatabase  *db,
                                 gint64       complaint_id,
                                 gboolean     full_phone,
                                 gint64       as_of,
                                 const char  *path,
                                 GError     **error)
{
  g_autoptr(PdComplaintReportForm) form = NULL;
  static const double widths[N_COLS] = { 13, 19, 13, 19, 11, 19 };
  Sheet sh = { 0 };

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  form = pd_complaint_report_form_load (db, complaint_id, full_phone, as_of, error);
  if (form == NULL)
    return FALSE;

  sh.wb = pd_xlsx_workbook_new (path, FALSE, error);
  if (sh.wb == NULL)
    return FALSE;
  sh.ws = pd_xlsx_add_worksheet (sh.wb, pd_complaint_get_serial (form->complaint), error);
  if (sh.ws == NULL)
    {
      pd_xlsx_workbook_discard (sh.wb);
      return FALSE;
    }

  pd_xlsx_styles_init (&sh.s, sh.wb);
  sh.value = new_format (sh.wb, 10.5, TRUE, LXW_ALIGN_VERTICAL_CENTER);
  sh.content = new_format (sh.wb, 10.5, TRUE, LXW_ALIGN_VERTICAL_TOP);
  sh.sign = new_format (sh.wb, 10.5, TRUE, LXW_ALIGN_VERTICAL_BOTTOM);
  sh.plain = new_format (sh.wb, 10.5, FALSE, LXW_ALIGN_VERTICAL_CENTER);
  sh.serial = new_format (sh.wb, 11, FALSE, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bold (sh.serial);
  format_set_font_color (sh.serial, 0xC00000);
  format_set_align (sh.serial, LXW_ALIGN_RIGHT);

  pd_xlsx_set_properties (sh.wb, form->title, pd_complaint_get_serial (form->complaint),
                          form->estate);
  pd_xlsx_setup_a4 (sh.ws, FALSE, TRUE);
  /* The report is one sheet of paper that goes to the department and comes back signed. */
  worksheet_fit_to_pages (sh.ws, 1, 1);
  pd_xlsx_set_column_widths (sh.ws, widths, N_COLS);

  write_head (&sh, form);
  write_registration (&sh, form);
  write_dispatch (&sh, form);
  write_handling (&sh, form);
  write_sign_off (&sh, form);

  sh.row++;
  worksheet_set_row (sh.ws, sh.row, 24, NULL);
  pd_xlsx_merge_text (sh.ws, sh.row, COL_D, COL_F,
                      C_("complaint form", "Customer Service Department"), sh.s.subtitle_right);
  sh.row++;
  worksheet_print_area (sh.ws, 0, 0, sh.row - 1, N_COLS - 1);

  return pd_xlsx_workbook_close (sh.wb, path, error);
}
