// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-complaint-store.h"
#include "pd-complaint-settings.h"
#include "pd-contact-store.h"
#include "pd-repair-store-private.h"

G_BEGIN_DECLS

/* Shared by the complaint and register stores, queries, statistics and the callback class. */

#define PD_COMPLAINT_OPEN_STATES "('registered', 'dispatched', 'handled', 'called_back')"
#define PD_SQL_NEVER "9223372036854775807"

/* SQL over a complaints row aliased "k", with the parameters bound by
 * _pd_complaint_bind_clock(): :feedback_s, :callback_s (seconds) and :now. */
#define PD_COMPLAINT_SQL_FEEDBACK_DUE "(k.received_at + :feedback_s)"
#define PD_COMPLAINT_SQL_CALLBACK_DUE "(k.handled_at + :callback_s)"
/* An open case with a clock past due. */
#define PD_COMPLAINT_SQL_OVERDUE                                                           \
  "(k.state IN " PD_COMPLAINT_OPEN_STATES " AND ("                                         \
  "(k.feedback_at IS NULL AND " PD_COMPLAINT_SQL_FEEDBACK_DUE " < :now)"                  \
  " OR (k.handled_at IS NULL AND k.deadline_at < :now)"                                    \
  " OR (k.state = 'handled' AND " PD_COMPLAINT_SQL_CALLBACK_DUE " < :now)))"
/* The earliest due time of the running clocks of an open case (PD_SQL_NEVER when none runs,
 * e.g. waiting for the sign-off). */
#define PD_COMPLAINT_SQL_NEXT_DUE                                                          \
  "min(CASE WHEN k.feedback_at IS NULL THEN " PD_COMPLAINT_SQL_FEEDBACK_DUE " ELSE "      \
  PD_SQL_NEVER " END, CASE WHEN k.handled_at IS NULL THEN k.deadline_at ELSE "             \
  PD_SQL_NEVER " END, CASE WHEN k.state = 'handled' THEN " PD_COMPLAINT_SQL_CALLBACK_DUE   \
  " ELSE " PD_SQL_NEVER " END)"

/* Binds :feedback_s, :callback_s and :now where the statement has them. */
void         _pd_complaint_bind_clock     (PdDatabase  *db,
                                           PdStmt      *stmt,
                                           gint64       now);
void         _pd_bind_named_int           (PdStmt      *stmt,
                                           const char  *name,
                                           gint64       value);
void         _pd_bind_named_text          (PdStmt      *stmt,
                                           const char  *name,
                                           const char  *value);

/* Rows to model objects: each column sets the property of that name; coded columns are
 * decoded to their enum (NULL valid gives PD_COMPLAINT_VALIDITY_UNDECIDED). */
typedef enum
{
  PD_COLUMN_PLAIN,
  PD_COLUMN_CHANNEL,
  PD_COLUMN_OUTCOME,
  PD_COLUMN_STATE,
  PD_COLUMN_VALID,
} PdColumnKind;

typedef struct
{
  const char   *column;
  const char   *property;
  PdColumnKind  kind;
} PdColumn;

/* "SELECT c1, c2, ... <from>", made once by the caller and kept. */
char        *_pd_columns_select           (const PdColumn *columns,
                                           guint           n,
                                           const char     *from);
void         _pd_columns_fill             (GObject        *object,
                                           PdStmt         *stmt,
                                           const PdColumn *columns,
                                           guint           n);

/* "SELECT <every column of the model> FROM <the joins> " for complaints (alias k) and register
 * entries (alias t); append a WHERE. Rows become objects with the _from_row functions. */
const char  *_pd_complaint_select_sql     (void);
PdComplaint *_pd_complaint_from_row       (PdStmt      *stmt);
const char  *_pd_contact_select_sql       (void);
PdContact   *_pd_contact_from_row         (PdStmt      *stmt);

/* Sets a PD_COMPLAINT_ERROR with a formatted sentence; returns FALSE. */
gboolean     _pd_complaint_refuse         (GError              **error,
                                           PdComplaintErrorCode  code,
                                           const char           *format,
                                           ...) G_GNUC_PRINTF (3, 4);

/* Checks a unit and occupant pair: the occupant's unit when only the occupant is given, the
 * occupant must live in the unit, the unit must exist. *inout_unit_id is completed. */
gboolean     _pd_check_unit_occupant      (PdDatabase  *db,
                                           gint64      *inout_unit_id,
                                           gint64       occupant_id,
                                           GError     **error);
/* A phone as stored: NULL or blank gives "", else checked and normalized; field names the
 * phone in messages ("The caller’s phone number"). */
gboolean     _pd_clean_phone              (const char  *phone,
                                           const char  *field,
                                           char       **out,
                                           GError     **error);

/* Marks the pending entry of a new complaint (outcome complaint, complaint_id, the action
 * column when blank), inside the caller's transaction (pd-contact-store.c). */
gboolean     _pd_contact_link_complaint   (PdDatabase  *db,
                                           gint64       contact_id,
                                           gint64       complaint_id,
                                           const char  *serial,
                                           const char  *by,
                                           gint64       at,
                                           GError     **error);

/* What the steps of a case look at, read in one query. */
typedef struct
{
  PdComplaintFacts facts;       /* facts.serial points into serial */
  char             serial[32];
  gint64           received_at;
  gint64           deadline_at;
  gboolean         deadline_fixed;
  gint64           dispatched_at;
  gint64           handled_at;
  gint64           feedback_at;
  gint64           category_id;
  gint64           department_id;
  gint64           contact_id;
} PdComplaintRow;

gboolean     _pd_complaint_load_row       (PdDatabase      *db,
                                           gint64           complaint_id,
                                           PdComplaintRow  *out,
                                           GError         **error);
/* Refuses a step time before the registration, or before after (named by after_what). */
gboolean     _pd_complaint_check_time     (const PdComplaintRow *row,
                                           gint64                at,
                                           gint64                after,
                                           const char           *after_what,
                                           GError              **error);

/* Text searches of the register and the complaints list: what the typed text looks like
 * decides where to look (pd-contact-query.c). */
typedef enum
{
  PD_TEXT_NONE,
  PD_TEXT_SERIAL,  /* a serial prefix of the series, or "2026-00012" */
  PD_TEXT_UNIT,    /* "3栋 1201", "10栋", "A座1203" */
  PD_TEXT_DIGITS,  /* phone whole or in part, serial digits, a unit number */
  PD_TEXT_WORDS,   /* anything else: names, content, units */
} PdTextKind;

typedef struct
{
  PdTextKind  kind;
  char       *text;     /* trimmed */
  char       *compact;  /* without spaces */
  char       *prefix;   /* PD_TEXT_SERIAL: upper-case serial prefix */
} PdTextSearch;

void         _pd_text_search_init         (PdTextSearch *ts,
                                           const char   *typed,
                                           const char   *series);
void         _pd_text_search_clear        (PdTextSearch *ts);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PdTextSearch, _pd_text_search_clear)
/* Binds :text, :compact and :prefix where the statement has them. */
void         _pd_text_search_bind         (const PdTextSearch *ts,
                                           PdStmt             *stmt);

/* The callback behaviour of complaints (pd-callback-complaint.c). */
const PdCallbackSubjectClass *_pd_callback_complaint_class (void);

G_END_DECLS
