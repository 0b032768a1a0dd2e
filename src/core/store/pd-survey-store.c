// SPDX-License-Identifier: GPL-3.0-or-later
#define G_LOG_DOMAIN "pd-store"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pd-store-private.h"
#include "pd-survey-store.h"

#define SURVEY_COLUMNS                                                                        \
  "id, repair_id, serial, contact, situation, opinion_cs, opinion_engineering, "              \
  "opinion_office, opinion_contractor, opinion_customer, surveyed_at"

static void
photo_free (PdSurveyPhoto *photo)
{
  g_free (photo->file_name);
  g_free (photo->caption);
  g_free (photo);
}

PdSurvey *
pd_survey_new (void)
{
  PdSurvey *survey = g_new0 (PdSurvey, 1);

  survey->photos = g_ptr_array_new_with_free_func ((GDestroyNotify) photo_free);
  return survey;
}

void
pd_survey_free (PdSurvey *survey)
{
  if (survey == NULL)
    return;
  g_free (survey->serial);
  g_free (survey->contact);
  g_free (survey->situation);
  g_free (survey->opinion_cs);
  g_free (survey->opinion_engineering);
  g_free (survey->opinion_office);
  g_free (survey->opinion_contractor);
  g_free (survey->opinion_customer);
  g_ptr_array_unref (survey->photos);
  g_free (survey);
}

static gboolean
read_failed (PdDatabase *db,
             int         rc,
             GError    **error)
{
  return pd_database_set_error (db, rc, _("Could not read the site survey"), error);
}

char *
pd_survey_store_photo_dir (PdDatabase *db,
                           const char *serial)
{
  g_autofree char *db_dir = NULL;

  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (serial != NULL, NULL);

  db_dir = g_path_get_dirname (pd_database_get_path (db));
  return g_build_filename (db_dir, "photos", serial, NULL);
}

char *
pd_survey_store_photo_path (PdDatabase          *db,
                            const PdSurvey      *survey,
                            const PdSurveyPhoto *photo)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (survey != NULL && survey->serial != NULL, NULL);
  g_return_val_if_fail (photo != NULL, NULL);

  dir = pd_survey_store_photo_dir (db, survey->serial);
  return g_build_filename (dir, photo->file_name, NULL);
}

/* The serial of a repair order, for messages; NULL (with error) when there is no such order. */
static char *
repair_serial (PdDatabase *db,
               gint64      repair_id,
               GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db, "SELECT serial FROM repairs WHERE id = ?1",
                                                error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, repair_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("There is no repair order number %lld; it may have been deleted."),
                   (long long) repair_id);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      read_failed (db, rc, error);
      return NULL;
    }
  return g_strdup (_pd_column_text (stmt, 0));
}

static gboolean
check_input (PdDatabase         *db,
             const PdSurvey     *survey,
             const char * const *new_photos,
             GError            **error)
{
  g_autofree char *serial = repair_serial (db, survey->repair_id, error);

  if (serial == NULL)
    return FALSE;
  if (survey->surveyed_at <= 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                   _("The site survey of repair order %s has no survey time; enter when the "
                     "site was surveyed."),
                   serial);
      return FALSE;
    }
  if (survey->id == 0)
    {
      g_autoptr(PdStmt) stmt = pd_database_prepare (db, "SELECT serial FROM site_surveys"
                                                        " WHERE repair_id = ?1",
                                                    error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, survey->repair_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                       _("Repair order %s already has the site survey %s; open that one to "
                         "change it."),
                       serial, _pd_column_text (stmt, 0));
          return FALSE;
        }
      if (rc != SQLITE_DONE)
        return read_failed (db, rc, error);
    }

  for (guint i = 0; new_photos != NULL && new_photos[i] != NULL; i++)
    {
      if (!g_file_test (new_photos[i], G_FILE_TEST_EXISTS)
          || g_file_test (new_photos[i], G_FILE_TEST_IS_DIR))
        {
          g_autofree char *name = g_filename_display_name (new_photos[i]);

          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_INVALID,
                       _("The photo “%s” is not a file that can be read; nothing was saved."),
                       name);
          return FALSE;
        }
    }
  return TRUE;
}

/* A name for the copy that no other photo of the survey has: "门口.jpg", "门口-2.jpg", ... */
static char *
unique_name (const char *dir,
             const char *source,
             GHashTable *taken)
{
  g_autofree char *base = g_path_get_basename (source);
  g_autofree char *stem = NULL;
  const char *ext;

  /* A hidden name would vanish from the office's file manager. */
  if (base[0] == '.' || g_str_equal (base, G_DIR_SEPARATOR_S))
    {
      char *renamed = g_strconcat ("photo", base[0] == '.' ? base : "", NULL);
      g_free (base);
      base = renamed;
    }

  ext = strrchr (base, '.');
  if (ext == NULL || ext == base)
    ext = base + strlen (base);
  stem = g_strndup (base, ext - base);

  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (base) : g_strdup_printf ("%s-%u%s", stem, n, ext);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (!g_hash_table_contains (taken, name) && !g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_hash_table_add (taken, g_strdup (name));
          return g_steal_pointer (&name);
        }
    }
}

static gboolean
write_survey (PdDatabase     *db,
              const PdSurvey *survey,
              const char     *serial,
              gint64         *out_id,
              GError        **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  const char *texts[] = { survey->contact, survey->situation, survey->opinion_cs,
                          survey->opinion_engineering, survey->opinion_office,
                          survey->opinion_contractor, survey->opinion_customer };

  if (survey->id == 0)
    stmt = pd_database_prepare (db,
                                "INSERT INTO site_surveys (contact, situation, opinion_cs,"
                                " opinion_engineering, opinion_office, opinion_contractor,"
                                " opinion_customer, surveyed_at, repair_id, serial)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                error);
  else
    stmt = pd_database_prepare (db,
                                "UPDATE site_surveys SET contact = ?1, situation = ?2,"
                                " opinion_cs = ?3, opinion_engineering = ?4, opinion_office = ?5,"
                                " opinion_contractor = ?6, opinion_customer = ?7,"
                                " surveyed_at = ?8 WHERE id = ?9",
                                error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *clean = _pd_strdup_trimmed (texts[i]);
      sqlite3_bind_text (stmt, (int) i + 1, clean ? clean : "", -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_int64 (stmt, 8, survey->surveyed_at);
  if (survey->id == 0)
    {
      sqlite3_bind_int64 (stmt, 9, survey->repair_id);
      sqlite3_bind_text (stmt, 10, serial, -1, SQLITE_TRANSIENT);
    }
  else
    sqlite3_bind_int64 (stmt, 9, survey->id);

  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  if (survey->id == 0)
    *out_id = pd_database_last_insert_id (db);
  else if (sqlite3_changes (pd_database_get_handle (db)) == 0)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                   _("The site survey %s no longer exists; it may have been deleted."), serial);
      return FALSE;
    }
  else
    *out_id = survey->id;
  return TRUE;
}

static gboolean
copy_photo (const char *source,
            const char *dest,
            GError    **error)
{
  g_autoptr(GFile) from = g_file_new_for_path (source);
  g_autoptr(GFile) to = g_file_new_for_path (dest);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
    {
      g_autofree char *name = g_filename_display_name (source);

      g_set_error (error, G_IO_ERROR, local_error->code,
                   _("The photo “%s” could not be copied, so the site survey was not saved: "
                     "%s"),
                   name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_photo (PdDatabase *db,
              gint64      survey_id,
              const char *file_name,
              gint64     *out_id,
              GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "INSERT INTO survey_photos (survey_id, file_name)"
                                                " VALUES (?1, ?2)",
                                                error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, survey_id);
  sqlite3_bind_text (stmt, 2, file_name, -1, SQLITE_TRANSIENT);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;
  *out_id = pd_database_last_insert_id (db);
  return TRUE;
}

static char *
serial_for (PdDatabase *db,
            gint64      surveyed_at,
            GError    **error)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (surveyed_at);
  g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;
  int year = local ? g_date_time_get_year (local) : 1970;
  gint64 n = pd_database_next_serial (db, "KC", year, error);

  if (n < 0)
    return NULL;
  return g_strdup_printf ("KC%d-%04" G_GINT64_FORMAT, year, n);
}

/* The database part and the copies, inside the caller's transaction. The paths of the copies
 * made go into @copied so the caller can remove them when anything fails. */
static gboolean
save_in_transaction (PdDatabase         *db,
                     PdSurvey           *survey,
                     const char * const *new_photos,
                     char              **out_serial,
                     gint64             *out_id,
                     GPtrArray          *added,
                     GPtrArray          *copied,
                     gboolean           *out_created_dir,
                     GError            **error)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *serial = NULL;
  g_autofree char *dir = NULL;

  serial = survey->id == 0 ? serial_for (db, survey->surveyed_at, error) : g_strdup (survey->serial);
  if (serial == NULL)
    return FALSE;
  if (!write_survey (db, survey, serial, out_id, error))
    return FALSE;
  *out_serial = g_strdup (serial);

  if (new_photos == NULL || new_photos[0] == NULL)
    return TRUE;

  dir = pd_survey_store_photo_dir (db, serial);
  *out_created_dir = !g_file_test (dir, G_FILE_TEST_IS_DIR);
  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (dir);

      *out_created_dir = FALSE;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("The photo folder “%s” could not be created, so the site survey was not "
                     "saved: %s."),
                   name, g_strerror (saved_errno));
      return FALSE;
    }
  for (guint i = 0; i < survey->photos->len; i++)
    {
      PdSurveyPhoto *photo = g_ptr_array_index (survey->photos, i);
      g_hash_table_add (taken, g_strdup (photo->file_name));
    }

  for (guint i = 0; new_photos[i] != NULL; i++)
    {
      g_autofree char *name = unique_name (dir, new_photos[i], taken);
      g_autofree char *dest = g_build_filename (dir, name, NULL);
      PdSurveyPhoto *photo;
      gint64 photo_id = 0;

      if (!copy_photo (new_photos[i], dest, error))
        {
          /* A partial copy may be left behind by the failed copy itself. */
          g_unlink (dest);
          return FALSE;
        }
      g_ptr_array_add (copied, g_strdup (dest));
      if (!insert_photo (db, *out_id, name, &photo_id, error))
        return FALSE;

      photo = g_new0 (PdSurveyPhoto, 1);
      photo->id = photo_id;
      photo->file_name = g_steal_pointer (&name);
      photo->caption = g_strdup ("");
      g_ptr_array_add (added, photo);
    }
  return TRUE;
}

gboolean
pd_survey_store_save (PdDatabase         *db,
                      PdSurvey           *survey,
                      const char * const *new_photos,
                      GError            **error)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func ((GDestroyNotify) photo_free);
  g_autoptr(GPtrArray) copied = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *serial = NULL;
  gboolean created_dir = FALSE;
  gboolean ok;
  gint64 id = 0;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (survey != NULL, FALSE);
  g_return_val_if_fail (survey->id == 0 || survey->serial != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_input (db, survey, new_photos, error))
    return FALSE;
  if (!pd_database_begin (db, error))
    return FALSE;

  if (!save_in_transaction (db, survey, new_photos, &serial, &id, added, copied, &created_dir,
                            error))
    {
      pd_database_rollback (db);
      ok = FALSE;
    }
  else
    ok = pd_database_commit (db, error);  /* rolls back by itself when it fails */

  if (!ok)
    {
      for (guint i = 0; i < copied->len; i++)
        g_unlink (g_ptr_array_index (copied, i));
      if (created_dir && serial != NULL)
        {
          g_autofree char *dir = pd_survey_store_photo_dir (db, serial);
          g_rmdir (dir);
        }
      return FALSE;
    }

  survey->id = id;
  if (survey->serial == NULL)
    survey->serial = g_steal_pointer (&serial);
  g_ptr_array_extend_and_steal (survey->photos, g_steal_pointer (&added));
  return TRUE;
}

static gboolean
load_photos (PdDatabase *db,
             PdSurvey   *survey,
             GError    **error)
{
  g_autoptr(PdStmt) stmt = pd_database_prepare (db,
                                                "SELECT id, file_name, caption FROM survey_photos"
                                                " WHERE survey_id = ?1 ORDER BY id",
                                                error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, survey->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PdSurveyPhoto *photo = g_new0 (PdSurveyPhoto, 1);

      photo->id = sqlite3_column_int64 (stmt, 0);
      photo->file_name = g_strdup (_pd_column_text (stmt, 1));
      photo->caption = g_strdup (_pd_column_text (stmt, 2));
      g_ptr_array_add (survey->photos, photo);
    }
  if (rc != SQLITE_DONE)
    return read_failed (db, rc, error);
  return TRUE;
}

static PdSurvey *
get_where (PdDatabase *db,
           const char *sql,
           gint64      key,
           gboolean    missing_is_error,
           GError    **error)
{
  g_autoptr(PdSurvey) survey = NULL;
  int rc;

  {
    g_autoptr(PdStmt) stmt = pd_database_prepare (db, sql, error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, key);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_DONE)
      {
        if (missing_is_error)
          g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                       _("There is no site survey number %lld; it may have been deleted."),
                       (long long) key);
        return NULL;
      }
    if (rc != SQLITE_ROW)
      {
        read_failed (db, rc, error);
        return NULL;
      }

    survey = pd_survey_new ();
    survey->id = sqlite3_column_int64 (stmt, 0);
    survey->repair_id = sqlite3_column_int64 (stmt, 1);
    survey->serial = g_strdup (_pd_column_text (stmt, 2));
    survey->contact = g_strdup (_pd_column_text (stmt, 3));
    survey->situation = g_strdup (_pd_column_text (stmt, 4));
    survey->opinion_cs = g_strdup (_pd_column_text (stmt, 5));
    survey->opinion_engineering = g_strdup (_pd_column_text (stmt, 6));
    survey->opinion_office = g_strdup (_pd_column_text (stmt, 7));
    survey->opinion_contractor = g_strdup (_pd_column_text (stmt, 8));
    survey->opinion_customer = g_strdup (_pd_column_text (stmt, 9));
    survey->surveyed_at = sqlite3_column_int64 (stmt, 10);
  }

  if (!load_photos (db, survey, error))
    return NULL;
  return g_steal_pointer (&survey);
}

PdSurvey *
pd_survey_store_get_for_repair (PdDatabase *db,
                                gint64      repair_id,
                                GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  return get_where (db, "SELECT " SURVEY_COLUMNS " FROM site_surveys WHERE repair_id = ?1",
                    repair_id, FALSE, error);
}

PdSurvey *
pd_survey_store_get (PdDatabase *db,
                     gint64      survey_id,
                     GError    **error)
{
  g_return_val_if_fail (PD_IS_DATABASE (db), NULL);

  return get_where (db, "SELECT " SURVEY_COLUMNS " FROM site_surveys WHERE id = ?1", survey_id,
                    TRUE, error);
}

gboolean
pd_survey_store_remove_photo (PdDatabase *db,
                              PdSurvey   *survey,
                              gint64      photo_id,
                              GError    **error)
{
  g_autoptr(PdStmt) stmt = NULL;
  g_autofree char *path = NULL;
  PdSurveyPhoto *photo = NULL;
  guint index = 0;

  g_return_val_if_fail (PD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (survey != NULL && survey->id > 0, FALSE);

  for (guint i = 0; i < survey->photos->len && photo == NULL; i++)
    if (((PdSurveyPhoto *) g_ptr_array_index (survey->photos, i))->id == photo_id)
      photo = g_ptr_array_index (survey->photos, index = i);
  if (photo == NULL)
    {
      g_set_error (error, PD_DB_ERROR, PD_DB_ERROR_NOT_FOUND,
                   _("The site survey %s has no photo number %lld."), survey->serial,
                   (long long) photo_id);
      return FALSE;
    }

  stmt = pd_database_prepare (db, "DELETE FROM survey_photos WHERE id = ?1 AND survey_id = ?2",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, photo_id);
  sqlite3_bind_int64 (stmt, 2, survey->id);
  if (!pd_database_step_done (db, stmt, error))
    return FALSE;

  /* The record is what counts; a copy someone already deleted by hand is no reason to fail. */
  path = pd_survey_store_photo_path (db, survey, photo);
  if (g_unlink (path) != 0 && errno != ENOENT)
    g_warning ("Could not delete the photo %s: %s", path, g_strerror (errno));
  g_ptr_array_remove_index (survey->photos, index);
  return TRUE;
}
