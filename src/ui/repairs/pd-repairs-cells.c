// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-repairs"
#include "config.h"

#include <glib/gi18n.h>

#include "pd-repair.h"
#include "pd-repairs-cells.h"
#include "pd-repairs-format.h"
#include "pd-ui-format.h"
#include "pd-widget-util.h"

/* Cell widgets are made once in setup; bind only fills them, since rows are recycled while
 * scrolling through a year of orders. */

struct _PdRepairsCells
{
  PdRepairTimes  times;
  gint64         now;
  GHashTable    *bound;   /* GtkListItem (unowned) -> NULL: cells currently bound */
};

typedef struct
{
  PdRepairsCells    *cells;
  PdRepairsCellKind  kind;
} Factory;

static const char * const overdue_classes[] = { "overdue", NULL };
static const char * const clock_classes[] = { "error", "warning", NULL };
static const char * const state_classes[] = { "state-new", "state-working", "state-done",
                                              "state-closed", NULL };
static const char * const urgency_classes[] = { "urgency-urgent", "urgency-small",
                                                "urgency-general", NULL };

#define KIND_KEY    "pd-cell-kind"
#define OVERDUE_KEY "pd-cell-overdue"

static GtkLabel *
cell_label (GtkListItem *item)
{
  return GTK_LABEL (gtk_list_item_get_child (item));
}

static PdRepairsCellKind
cell_kind (GtkListItem *item)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell_label (item)), KIND_KEY));
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
    case PD_REPAIRS_CELL_SERIAL:
    case PD_REPAIRS_CELL_REPORTED:
      gtk_widget_add_css_class (label, "numeric");
      break;
    case PD_REPAIRS_CELL_URGENCY:
    case PD_REPAIRS_CELL_STATE:
    case PD_REPAIRS_CELL_TIME_LEFT:
      /* Pills are short; cut, they would say something else. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
      gtk_widget_set_halign (label, GTK_ALIGN_START);
      gtk_widget_add_css_class (label, f->kind == PD_REPAIRS_CELL_TIME_LEFT ? "time-left"
                                                                            : "status-pill");
      break;
    case PD_REPAIRS_CELL_UNIT:
    case PD_REPAIRS_CELL_REPORTER:
    case PD_REPAIRS_CELL_CATEGORY:
    case PD_REPAIRS_CELL_ASSIGNEE:
    default:
      break;
    }
  gtk_list_item_set_child (item, label);
}

static const char *
urgency_css (PdRepairUrgency urgency)
{
  switch (urgency)
    {
    case PD_REPAIR_URGENCY_URGENT:
      return "urgency-urgent";
    case PD_REPAIR_URGENCY_SMALL:
      return "urgency-small";
    case PD_REPAIR_URGENCY_GENERAL:
    default:
      return "urgency-general";
    }
}

/* Fills one cell at @now; returns whether the order is overdue. A tick (@texts FALSE) only
 * moves the clock: the other cells keep their text and change colour at most. */
static gboolean
fill_cell (PdRepairsCells *self,
           GtkListItem    *item,
           gint64          now,
           gboolean        texts)
{
  PdRepair *repair = PD_REPAIR (gtk_list_item_get_item (item));
  GtkLabel *label = cell_label (item);
  PdRepairsCellKind kind = cell_kind (item);
  const char *css = NULL;
  gboolean overdue = FALSE;
  g_autofree char *clock = NULL;
  g_autofree char *owned = NULL;
  const char *text = NULL;

  if (kind == PD_REPAIRS_CELL_TIME_LEFT)
    clock = pd_repairs_describe_clock (repair, &self->times, now, &css, &overdue);
  else
    {
      PdRepairClock c;

      pd_repair_compute_clock (repair, &self->times, now, NULL, &c);
      overdue = pd_repair_clock_is_overdue (&c);
    }

  if (!texts && kind != PD_REPAIRS_CELL_TIME_LEFT)
    {
      pd_widget_set_css_class (GTK_WIDGET (label), overdue_classes, overdue ? "overdue" : NULL);
      g_object_set_data (G_OBJECT (label), OVERDUE_KEY, GINT_TO_POINTER (overdue));
      return overdue;
    }

  switch (kind)
    {
    case PD_REPAIRS_CELL_SERIAL:
      text = pd_repair_get_serial (repair);
      break;
    case PD_REPAIRS_CELL_REPORTED:
      text = owned = pd_format_time_short (pd_repair_get_reported_at (repair), now);
      break;
    case PD_REPAIRS_CELL_UNIT:
      text = owned = pd_repair_dup_unit_label (repair);
      break;
    case PD_REPAIRS_CELL_REPORTER:
      text = pd_repair_get_reporter (repair);
      break;
    case PD_REPAIRS_CELL_CATEGORY:
      text = pd_repair_get_category_name (repair);
      break;
    case PD_REPAIRS_CELL_URGENCY:
      text = pd_repair_get_urgency_label (repair);
      pd_widget_set_css_class (GTK_WIDGET (label), urgency_classes,
                               urgency_css (pd_repair_get_urgency (repair)));
      break;
    case PD_REPAIRS_CELL_STATE:
      text = pd_repair_get_state_label (repair);
      pd_widget_set_css_class (GTK_WIDGET (label), state_classes,
                               pd_repairs_state_css (pd_repair_get_state (repair)));
      break;
    case PD_REPAIRS_CELL_ASSIGNEE:
      text = pd_repair_get_assignee_name (repair);
      if (text == NULL || *text == '\0')
        text = pd_repair_get_department_name (repair);
      break;
    case PD_REPAIRS_CELL_TIME_LEFT:
      text = clock;
      pd_widget_set_css_class (GTK_WIDGET (label), clock_classes, css);
      break;
    default:
      break;
    }

  gtk_label_set_text (label, text != NULL ? text : "");
  if (kind != PD_REPAIRS_CELL_TIME_LEFT)
    pd_widget_set_css_class (GTK_WIDGET (label), overdue_classes, overdue ? "overdue" : NULL);
  g_object_set_data (G_OBJECT (label), OVERDUE_KEY, GINT_TO_POINTER (overdue));
  return overdue;
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Factory                  *f)
{
  g_hash_table_add (f->cells->bound, item);
  fill_cell (f->cells, item, f->cells->now, TRUE);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           Factory                  *f)
{
  g_hash_table_remove (f->cells->bound, item);
}

static void
factory_free (gpointer data,
              GClosure *closure)
{
  g_free (data);
}

PdRepairsCells *
pd_repairs_cells_new (void)
{
  PdRepairsCells *self = g_new0 (PdRepairsCells, 1);

  pd_repair_times_init_defaults (&self->times);
  self->now = g_get_real_time () / G_USEC_PER_SEC;
  self->bound = g_hash_table_new (NULL, NULL);
  return self;
}

void
pd_repairs_cells_free (PdRepairsCells *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->bound);
  g_free (self);
}

void
pd_repairs_cells_attach (PdRepairsCells      *self,
                         GtkColumnViewColumn *column,
                         PdRepairsCellKind    kind)
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
pd_repairs_cells_set_clock (PdRepairsCells      *self,
                            const PdRepairTimes *times,
                            gint64               now)
{
  self->times = *times;
  self->now = now;
}

gboolean
pd_repairs_cells_tick (PdRepairsCells *self,
                       gint64          now)
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
      if (fill_cell (self, item, now, FALSE) != was)
        flipped = TRUE;
    }
  return flipped;
}

const char *
pd_repairs_cells_peek_time_left (PdRepairsCells *self,
                                 gint64          repair_id,
                                 gboolean       *out_overdue)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      GtkListItem *item = key;
      PdRepair *repair = gtk_list_item_get_item (item);

      if (repair != NULL && cell_kind (item) == PD_REPAIRS_CELL_TIME_LEFT
          && pd_repair_get_id (repair) == repair_id)
        {
          GtkLabel *label = cell_label (item);

          if (out_overdue != NULL)
            *out_overdue = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), OVERDUE_KEY));
          return gtk_label_get_text (label);
        }
    }
  return NULL;
}
