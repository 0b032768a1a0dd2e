// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The record models (PdRepair, PdComplaint, PdContact) have dozens of plain columns each; a
 * table of PdField describes them so that the properties, the accessors, the copy and the
 * finalize are one loop here instead of one per model. Property ids follow the table: the
 * field at index i is property first_prop + i. */
typedef enum
{
  PD_FIELD_INT64,   /* ids, times, fen; 0 … G_MAXINT64 */
  PD_FIELD_STR,     /* never NULL: NULL is stored as "" */
  PD_FIELD_BOOL,
  PD_FIELD_INT,     /* enums stored as int, ratings, counts; min … max */
} PdFieldKind;

typedef struct
{
  const char  *name;
  PdFieldKind  kind;
  glong        offset;
  int          min;        /* PD_FIELD_INT only */
  int          max;        /* PD_FIELD_INT only */
  guint        derived;    /* read-only properties that change with this field, or 0 */
  guint        derived2;
} PdField;

/* Fills properties[first_prop + i] for every field: read-write, EXPLICIT_NOTIFY. The caller
 * adds its own read-only properties and installs the whole array. */
void     _pd_fields_make_specs    (GParamSpec   **properties,
                                   guint          first_prop,
                                   const PdField *fields,
                                   guint          n);
void     _pd_fields_get           (gconstpointer  instance,
                                   const PdField *f,
                                   GValue        *value);
/* These return TRUE when the field changed; the caller then calls _pd_fields_notify. */
gboolean _pd_fields_set           (gpointer       instance,
                                   const PdField *f,
                                   const GValue  *value);
gboolean _pd_fields_set_int64     (gpointer       instance,
                                   const PdField *f,
                                   gint64         v);
gboolean _pd_fields_set_int       (gpointer       instance,
                                   const PdField *f,
                                   int            v);
gboolean _pd_fields_set_bool      (gpointer       instance,
                                   const PdField *f,
                                   gboolean       v);
gboolean _pd_fields_set_str       (gpointer       instance,
                                   const PdField *f,
                                   const char    *v);
/* Notifies properties[prop_id] and the derived properties of f. */
void     _pd_fields_notify        (GObject       *object,
                                   GParamSpec   **properties,
                                   guint          prop_id,
                                   const PdField *f);
/* Sets every string field to "" (instance init). */
void     _pd_fields_init_strings  (gpointer       instance,
                                   const PdField *fields,
                                   guint          n);
/* Copies every field of src into dest, duplicating strings. */
void     _pd_fields_copy          (gpointer       dest,
                                   gconstpointer  src,
                                   const PdField *fields,
                                   guint          n);
void     _pd_fields_free_strings  (gpointer       instance,
                                   const PdField *fields,
                                   guint          n);

G_END_DECLS
