// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pd-date.h"
#include "pd-money.h"
#include "pd-move-rules-private.h"
#include "pd-occupant.h"

void
_pd_move_add_issue (GPtrArray  *issues,
                    const char *field,
                    gboolean    warning,
                    char       *message)
{
  PdFieldIssue *issue = g_new0 (PdFieldIssue, 1);

  issue->field = g_strdup (field);
  issue->message = message;
  issue->warning = warning;
  g_ptr_array_add (issues, issue);
}

gboolean
_pd_move_check_date (GPtrArray   *issues,
                     const char  *field,
                     char       **iso,
                     const char  *what,
                     GDate       *out)
{
  g_autoptr(GError) error = NULL;

  if (*iso == NULL || **iso == '\0')
    {
      /* TRANSLATORS: %s is a kind of date, e.g. "move-out date" */
      _pd_move_add_issue (issues, field, FALSE, g_strdup_printf (_("Enter the %s."), what));
      g_date_clear (out, 1);
      return FALSE;
    }
  if (!pd_date_parse (*iso, out, &error))
    {
      /* TRANSLATORS: first %s is a kind of date ("move-out date"), second the reason */
      _pd_move_add_issue (issues, field, FALSE,
                          g_strdup_printf (_("The %s is wrong: %s"), what, error->message));
      return FALSE;
    }

  g_free (*iso);
  *iso = pd_date_to_iso (out);
  return TRUE;
}

gboolean
_pd_move_check_name (GPtrArray  *issues,
                     const char *field,
                     const char *name,
                     const char *message)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name ? name : ""));

  if (trimmed[0] != '\0')
    return TRUE;
  _pd_move_add_issue (issues, field, FALSE, g_strdup (message));
  return FALSE;
}
