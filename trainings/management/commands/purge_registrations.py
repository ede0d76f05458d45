from django.core.management.base import BaseCommand
from django.db import transaction

from trainings import conf
from trainings.models import Registration


class Command(BaseCommand):
    help = (
        "Delete registrations (names, e-mail addresses, needs) of sessions that ended more than "
        "TRAININGS_RETENTION_DAYS days ago (default 30). Safe to run daily from cron: a second run deletes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Override TRAININGS_RETENTION_DAYS for this run.")
        parser.add_argument("--dry-run", action="store_true", help="Only report what would be deleted.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = conf.retention_days() if days is None else days
        expired = Registration.objects.beyond_retention(days)
        sessions = expired.values("session").distinct().count()
        count = expired.count()
        if dry_run:
            self.stdout.write(
                f"Would delete {count} registrations of {sessions} sessions that ended over {days} days ago."
            )
            return
        with transaction.atomic():
            deleted, _by_model = expired.delete()
        self.stdout.write(f"Deleted {deleted} registrations of {sessions} sessions that ended over {days} days ago.")
