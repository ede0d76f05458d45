from django.core.management.base import BaseCommand

from directory import conf
from directory.models import OrganisationSignup


class Command(BaseCommand):
    help = (
        "Delete the name, e-mail and consent of sign-ups handled more than DIRECTORY_SIGNUP_RETENTION_DAYS ago "
        "(the published profiles stay). Idempotent; run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only report how many would be deleted.")

    def handle(self, *args, dry_run=False, **options):
        due = OrganisationSignup.objects.due_for_deletion()
        count = due.count()
        if not dry_run:
            due.delete()
        verb = "Would delete" if dry_run else "Deleted"
        days = conf.signup_retention_days()
        self.stdout.write(f"{verb} {count} sign-up(s) handled more than {days} days ago.")
