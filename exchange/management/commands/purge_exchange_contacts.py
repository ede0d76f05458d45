from django.core.management.base import BaseCommand

from exchange.notices import purge_personal_data


class Command(BaseCommand):
    help = (
        "Delete contact requests and resolved reports older than EXCHANGE_RETENTION_DAYS (default 30). "
        "Idempotent; run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Override EXCHANGE_RETENTION_DAYS for this run.")

    def handle(self, *args, days=None, **options):
        contacts, reports = purge_personal_data(days)
        self.stdout.write(f"Deleted {contacts} contact requests and {reports} reports.")
