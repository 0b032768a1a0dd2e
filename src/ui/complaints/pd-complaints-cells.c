// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-complaints"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-complaint.h"
#include "pd-complaints-cells.h"
#include "pd-complaints-format.h"
#include "pd-contact.h"
#include "pd-mask.h"
#include "pd-ui-format.h"
#include "pd-widget-util.h"

/* Cell widgets are made once in setup; bind only fills them, since rows are recycled while
 * scrolling through a year of calls. */

struct _PdComplaintsCells
{
  PdComplaintTimes  times;
  gint64            now;
  GHashTable       *bound;   /* GtkListItem (unowned) -> NULL: complaint cells bound now */
};

typedef struct
{
  PdComplaintsCells    *cells;
  PdComplaintsCellKind  kind;
} Factory;

static const char * const overdue_classes[] = { "overdue", NULL };
static const char * const clock_classes[] = { "error", "warning", NULL };
static const char * const state_classes[] = { "state-new", "state-working", "state-done",
                                              "state-closed", "state-alert", NULL };

#define KIND_KEY    "pd-cell-kind"
#define OVERDUE_KEY "pd-cell-overdue"

static GtkLabel *
cell_label (GtkListItem *item)
{
  return GTK_LABEL (gtk_list_item_get_child (item));
}

static PdComplaintsCellKind
cell_kind (GtkListItem *item)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell_label (item)), KIND_KEY));
}

static gboolean
is_complaint_kind (PdComplaintsCellKind kind)
{
  return kind <= PD_COMPLAINTS_CELL_DEADLINE;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          Factory                  *f)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  g_object_set_data (G_OBJECT (label), KIND_KEY, GINT_TO_POINTER (f->kind));

  switch (f->kind)
    {
    case PD_COMPLAINTS_CELL_SERIAL:
    case PD_COMPLAINTS_CELL_RECEIVED:
    case PD_CONTACTS_CELL_SERIAL:
    case PD_CONTACTS_CELL_RECEIVED:
    case PD_CONTACTS_CELL_PHONE:
    case PD_CONTACTS_CELL_LINKED:
      gtk_widget_add_css_class (label, "numeric");
      break;
    case PD_COMPLAINTS_CELL_STATE:
      /* A state with " · Serious" may be wider than the column: ellipsized, the pill stays in
       * its column and the tooltip has the whole text. */
      gtk_widget_set_halign (label, GTK_ALIGN_START);
      gtk_widget_add_css_class (label, "status-pill");
      break;
    case PD_CONTACTS_CELL_OUTCOME:
      /* Pills are short; cut, they would say something else. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
      gtk_widget_set_halign (label, GTK_ALIGN_START);
      gtk_widget_add_css_class (label, "status-pill");
      break;
    case PD_COMPLAINTS_CELL_FEEDBACK:
    case PD_COMPLAINTS_CELL_DEADLINE:
      gtk_widget_add_css_class (label, "time-left");
      break;
    default:
      break;
    }
  gtk_list_item_set_child (item, label);
}

/* Fills one complaint cell at @now; returns whether the case is overdue. */
static gboolean
fill_complaint_cell (PdComplaintsCells *self,
                     GtkListItem       *item,
                     gint64             now)
{
  PdComplaint *c = PD_COMPLAINT (gtk_list_item_get_item (item));
  GtkLabel *label = cell_label (item);
  PdComplaintsCellKind kind = cell_kind (item);
  gboolean overdue = pd_complaints_is_overdue (c, &self->times, now);
  g_autofree char *owned = NULL;
  const char *text = NULL;
  const char *css = NULL;

  switch (kind)
    {
    case PD_COMPLAINTS_CELL_SERIAL:
      text = pd_complaint_get_serial (c);
      break;
    case PD_COMPLAINTS_CELL_RECEIVED:
      text = owned = pd_format_time_short (pd_complaint_get_received_at (c), now);
      break;
    case PD_COMPLAINTS_CELL_COMPLAINANT:
      text = pd_complaint_get_complainant (c);
      break;
    case PD_COMPLAINTS_CELL_UNIT:
      text = owned = pd_complaint_dup_unit_label (c);
      break;
    case PD_COMPLAINTS_CELL_CATEGORY:
      text = pd_complaint_get_category_name (c);
      break;
    case PD_COMPLAINTS_CELL_DEPARTMENT:
      text = pd_complaint_get_department_name (c);
      break;
    case PD_COMPLAINTS_CELL_STATE:
      if (pd_complaint_get_serious (c) && !pd_complaint_get_in_manager_queue (c))
        /* TRANSLATORS: the state pill of a serious case, e.g. "已派单 · 严重" */
        text = owned = g_strdup_printf (_("%s · Serious"), pd_complaints_state_text (c));
      else
        text = pd_complaints_state_text (c);
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
      pd_widget_set_css_class (GTK_WIDGET (label), state_classes, pd_complaints_state_css (c));
      break;
    case PD_COMPLAINTS_CELL_FEEDBACK:
      text = owned = pd_complaints_describe_feedback (c, &self->times, now, &css);
      pd_widget_set_css_class (GTK_WIDGET (label), clock_classes, css);
      break;
    case PD_COMPLAINTS_CELL_DEADLINE:
      {
        g_autofree char *due = pd_format_time (pd_complaint_get_deadline_at (c));

        text = owned = pd_complaints_describe_deadline (c, &self->times, now, &css);
        pd_widget_set_css_class (GTK_WIDGET (label), clock_classes, css);
        gtk_widget_set_tooltip_text (GTK_WIDGET (label), *due != '\0' ? due : NULL);
      }
      break;
    default:
      break;
    }

  gtk_label_set_text (label, text != NULL ? text : "");
  if (kind != PD_COMPLAINTS_CELL_FEEDBACK && kind != PD_COMPLAINTS_CELL_DEADLINE
      && kind != PD_COMPLAINTS_CELL_STATE)
    pd_widget_set_css_class (GTK_WIDGET (label), overdue_classes, overdue ? "overdue" : NULL);
  g_object_set_data (G_OBJECT (label), OVERDUE_KEY, GINT_TO_POINTER (overdue));
  return overdue;
}

static void
fill_contact_cell (PdComplaintsCells *self,
                   GtkListItem       *item)
{
  PdContact *c = PD_CONTACT (gtk_list_item_get_item (item));
  GtkLabel *label = cell_label (item);
  g_autofree char *owned = NULL;
  const char *text = NULL;

  switch (cell_kind (item))
    {
    case PD_CONTACTS_CELL_SERIAL:
      text = pd_contact_get_serial (c);
      break;
    case PD_CONTACTS_CELL_RECEIVED:
      text = owned = pd_format_time_short (pd_contact_get_received_at (c), self->now);
      break;
    case PD_CONTACTS_CELL_CHANNEL:
      text = pd_contact_get_channel_label (c);
      break;
    case PD_CONTACTS_CELL_CALLER:
      text = pd_contact_get_caller (c);
      break;
    case PD_CONTACTS_CELL_UNIT:
      text = owned = pd_contact_dup_unit_label (c);
      break;
    case PD_CONTACTS_CELL_PHONE:
      /* Lists show personal data masked; the detail pane has the number in full. */
      text = owned = pd_mask_phone (pd_contact_get_phone (c));
      break;
    case PD_CONTACTS_CELL_CONTENT:
      text = pd_contact_get_content (c);
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
      break;
    case PD_CONTACTS_CELL_OUTCOME:
      text = pd_contact_get_outcome_label (c);
      pd_widget_set_css_class (GTK_WIDGET (label), state_classes,
                               pd_contacts_outcome_css (pd_contact_get_outcome (c)));
      break;
    case PD_CONTACTS_CELL_LINKED:
      text = pd_contact_get_linked_serial (c);
      break;
    case PD_CONTACTS_CELL_RECORDER:
      text = pd_contact_get_recorder (c);
      break;
    default:
      break;
    }
  gtk_label_set_text (label, text != NULL ? text : "");
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Factory                  *f)
{
  if (is_complaint_kind (f->kind))
    {
      g_hash_table_add (f->cells->bound, item);
      fill_complaint_cell (f->cells, item, f->cells->now);
    }
  else
    fill_contact_cell (f->cells, item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           Factory                  *f)
{
  g_hash_table_remove (f->cells->bound, item);
}

static void
factory_free (gpointer  data,
              GClosure *closure)
{
  g_free (data);
}

PdComplaintsCells *
pd_complaints_cells_new (void)
{
  PdComplaintsCells *self = g_new0 (PdComplaintsCells, 1);

  pd_complaint_times_init_defaults (&self->times);
  self->now = g_get_real_time () / G_USEC_PER_SEC;
  self->bound = g_hash_table_new (NULL, NULL);
  return self;
}

void
pd_complaints_cells_free (PdComplaintsCells *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->bound);
  g_free (self);
}

void
pd_complaints_cells_attach (PdComplaintsCells    *self,
                            GtkColumnViewColumn  *column,
                            PdComplaintsCellKind  kind)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  Factory *f = g_new0 (Factory, 1);

  f->cells = self;
  f->kind = kind;
  g_signal_connect_data (factory, "setup", G_CALLBACK (setup_cb), f, factory_free, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), f);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), f);
  /* A cell torn down without an unbind must not stay in the table either. */
  g_signal_connect (factory, "teardown", G_CALLBACK (unbind_cb), f);
  gtk_column_view_column_set_factory (column, factory);
}

void
pd_complaints_cells_set_clock (PdComplaintsCells      *self,
                               const PdComplaintTimes *times,
                               gint64                  now)
{
  self->times = *times;
  self->now = now;
}

gboolean
pd_complaints_cells_tick (PdComplaintsCells *self,
                          gint64             now)
{
  GHashTableIter iter;
  gpointer key;
  gboolean flipped = FALSE;

  self->now = now;
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      GtkListItem *item = key;
      GtkLabel *label = cell_label (item);
      gboolean was;

      if (label == NULL || gtk_list_item_get_item (item) == NULL)
        continue;
      was = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), OVERDUE_KEY));
      if (fill_complaint_cell (self, item, now) != was)
        flipped = TRUE;
    }
  return flipped;
}

const char *
pd_complaints_cells_peek (PdComplaintsCells    *self,
                          gint64                complaint_id,
                          PdComplaintsCellKind  kind,
                          gboolean             *out_overdue)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      GtkListItem *item = key;
      PdComplaint *c = gtk_list_item_get_item (item);

      if (c != NULL && cell_kind (item) == kind && pd_complaint_get_id (c) == complaint_id)
        {
          GtkLabel *label = cell_label (item);

          if (out_overdue != NULL)
            *out_overdue = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), OVERDUE_KEY));
          return gtk_label_get_text (label);
        }
    }
  return NULL;
}
