from django.core.exceptions import SuspiciousFileOperation
from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive of backup_site into an EMPTY database and EMPTY media storage. Stops at the first error "
        "(the database restore runs in one transaction); run `migrate` afterwards only when moving to a newer release."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz written by backup_site.")

    def handle(self, *args, archive, **options):
        try:
            files = restore_backup(archive)
        except (BackupError, KeyError, OSError, SuspiciousFileOperation) as error:
            raise CommandError(f"Restore failed: {error}") from error
        self.stdout.write(f"Restored the database and {files} media files from {archive}.")
