from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from home.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Write the database (pg_dump) and every media file into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", nargs="?", help="Where to write it (default: backup-<date>-<time>.tar.gz here).")

    def handle(self, *args, archive=None, **options):
        archive = archive or f"backup-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        try:
            files = create_backup(archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backup written to {archive} (database and {files} media files).")
