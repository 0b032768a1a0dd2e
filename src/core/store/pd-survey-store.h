// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pd-database.h"

G_BEGIN_DECLS

/* The site survey sign-off (现场勘察会签表) of a repair order: at most one per order. */

typedef struct
{
  gint64  id;
  char   *file_name;   /* inside pd_survey_store_photo_dir() of the survey */
  char   *caption;
} PdSurveyPhoto;

typedef struct
{
  gint64     id;                   /* 0 until saved */
  gint64     repair_id;
  char      *serial;               /* "KC2026-0001", given on the first save */
  char      *contact;              /* 联络方式 */
  char      *situation;            /* 现场情况 */
  char      *opinion_cs;           /* 客户服务中心 */
  char      *opinion_engineering;  /* 工程项目部 */
  char      *opinion_office;       /* 物业管理处 */
  char      *opinion_contractor;   /* 施工单位 */
  char      *opinion_customer;     /* 客户 */
  gint64     surveyed_at;          /* Unix seconds */
  GPtrArray *photos;               /* PdSurveyPhoto, in the order they were added */
} PdSurvey;

PdSurvey *pd_survey_new  (void);
void      pd_survey_free (PdSurvey *survey);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdSurvey, pd_survey_free)

/* Inserts (id 0: gives the serial "KC<year>-NNNN" by the local year of surveyed_at) or updates
 * the texts of @survey, then copies each file of @new_photos (may be NULL) into the survey's
 * photo folder under a unique name and records it. All or nothing: when a copy or the database
 * fails, nothing is recorded, every file copied by this call is removed, and @survey is as it
 * was. Fails with PD_DB_ERROR_INVALID when the repair does not exist, surveyed_at is unset, or a
 * photo is not a readable file (the message names it). */
gboolean   pd_survey_store_save           (PdDatabase         *db,
                                           PdSurvey           *survey,
                                           const char * const *new_photos,
                                           GError            **error);
/* The survey of a repair order, or NULL without error when it has none. */
PdSurvey  *pd_survey_store_get_for_repair (PdDatabase         *db,
                                           gint64              repair_id,
                                           GError            **error);
PdSurvey  *pd_survey_store_get            (PdDatabase         *db,
                                           gint64              survey_id,
                                           GError            **error);
/* Forgets the photo and deletes its copy (a copy already gone is no error). */
gboolean   pd_survey_store_remove_photo   (PdDatabase         *db,
                                           PdSurvey           *survey,
                                           gint64              photo_id,
                                           GError            **error);

/* "<folder of the database file>/photos/<serial>" */
char      *pd_survey_store_photo_dir      (PdDatabase         *db,
                                           const char         *serial);
char      *pd_survey_store_photo_path     (PdDatabase         *db,
                                           const PdSurvey     *survey,
                                           const PdSurveyPhoto *photo);

G_END_DECLS
