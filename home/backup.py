"""One archive holds the whole site: the database (pg_dump's custom format, or SQLite's own backup) and every file
of the media storage (local disk or object storage alike). Restoring it needs an empty database and empty storage
and stops at the first error, so a half-restored site is never mistaken for a good one."""

import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
POSTGRES_DUMP = "database.pgdump"
SQLITE_DUMP = "database.sqlite3"
MEDIA = "media/"


class BackupError(Exception):
    """The backup or restore cannot go on; the message says why."""


def _postgres_environment(settings_dict):
    environment = dict(os.environ)
    environment.update(
        PGHOST=str(settings_dict.get("HOST") or ""),
        PGPORT=str(settings_dict.get("PORT") or ""),
        PGUSER=str(settings_dict.get("USER") or ""),
        PGPASSWORD=str(settings_dict.get("PASSWORD") or ""),
        PGDATABASE=settings_dict["NAME"],
    )
    return {key: value for key, value in environment.items() if value != ""}


def _run(command, settings_dict):
    result = subprocess.run(  # noqa: S603 - pg_dump/pg_restore with arguments we build, no shell
        command, env=_postgres_environment(settings_dict), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def storage_files(storage=default_storage, directory=""):
    """Every file name in the storage, walked through its API so object storage works like a local folder."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:  # local storage before the first upload
        return
    for name in files:
        yield f"{directory}{name}"
    for name in directories:
        yield from storage_files(storage, f"{directory}{name}/")


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def create_backup(path):
    """Write the database and the media files to the .tar.gz archive at ``path``; returns the number of files."""
    settings_dict = connection.settings_dict
    with tempfile.TemporaryDirectory() as workdir, tarfile.open(path, "w:gz") as archive:
        if connection.vendor == "postgresql":
            dump = Path(workdir) / POSTGRES_DUMP
            _run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={dump}"], settings_dict)
        elif connection.vendor == "sqlite":
            dump = Path(workdir) / SQLITE_DUMP
            connection.ensure_connection()
            with sqlite3.connect(dump) as target:
                connection.connection.backup(target)
        else:
            raise BackupError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
        archive.add(dump, arcname=dump.name)
        files = 0
        for name in storage_files():
            with default_storage.open(name, "rb") as media_file:
                _add_bytes(archive, MEDIA + name, media_file.read())
            files += 1
        manifest = {"format": FORMAT_VERSION, "created": timezone.now().isoformat(), "database": dump.name}
        _add_bytes(archive, MANIFEST, json.dumps({**manifest, "media_files": files}).encode())
    return files


def _database_is_empty():
    return not connection.introspection.table_names()


def restore_backup(path):
    """Restore the archive at ``path`` into the configured (empty) database and (empty) media storage."""
    with tarfile.open(path, "r:gz") as archive:
        manifest = json.load(archive.extractfile(MANIFEST))
        if manifest.get("format") != FORMAT_VERSION:
            raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
        if not _database_is_empty():
            raise BackupError("The database is not empty; restore only into a new, empty database.")
        if next(storage_files(), None) is not None:
            raise BackupError("The media storage is not empty; restore only into empty storage.")
        database = manifest["database"]
        with tempfile.TemporaryDirectory() as workdir:
            archive.extract(database, workdir, filter="data")
            dump = Path(workdir) / database
            if database == POSTGRES_DUMP and connection.vendor == "postgresql":
                connection.close()  # pg_restore works in its own session, in one transaction
                _run(
                    [
                        "pg_restore",
                        "--exit-on-error",
                        "--single-transaction",
                        "--no-owner",
                        "--no-privileges",
                        f"--dbname={connection.settings_dict['NAME']}",
                        str(dump),
                    ],
                    connection.settings_dict,
                )
            elif database == SQLITE_DUMP and connection.vendor == "sqlite":
                connection.close()
                shutil.copyfile(dump, connection.settings_dict["NAME"])
            else:
                raise BackupError(f"This backup holds {database}; the configured database is {connection.vendor}.")
        restored = 0
        for member in archive.getmembers():
            if not member.isfile() or not member.name.startswith(MEDIA):
                continue
            name = member.name.removeprefix(MEDIA)
            saved = default_storage.save(name, ContentFile(archive.extractfile(member).read()))
            if saved != name:
                raise BackupError(f"Media file {name} could not be restored under its own name ({saved}).")
            restored += 1
        if restored != manifest["media_files"]:
            raise BackupError(f"The archive lists {manifest['media_files']} media files but holds {restored}.")
    return restored
