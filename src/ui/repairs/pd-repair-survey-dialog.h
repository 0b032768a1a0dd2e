// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <adwaita.h>

#include "pd-database.h"
#include "pd-repair.h"

G_BEGIN_DECLS

#define PD_TYPE_REPAIR_SURVEY_DIALOG (pd_repair_survey_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PdRepairSurveyDialog, pd_repair_survey_dialog, PD, REPAIR_SURVEY_DIALOG, AdwWindow)

/* The site survey sign-off (现场勘察会签表) of an order: contact, time, site situation,
 * photos (chosen with the file chooser; the store copies them into the data folder) and the
 * opinions of customer service, engineering, the property office, the contractor and the
 * customer. Emits "saved" (gint64 order id) and closes. */
PdRepairSurveyDialog *pd_repair_survey_dialog_new (PdDatabase *db,
                                                   PdRepair   *repair);

G_END_DECLS
