// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-app"
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "pd-application.h"
#include "pd-bench.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PdApplication) app = NULL;
  const char *localedir;

  pd_bench_mark_start ();

  /* PD_LOCALEDIR lets an uninstalled build (or a test) use a freshly compiled catalogue. */
  localedir = g_getenv ("PD_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = pd_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
