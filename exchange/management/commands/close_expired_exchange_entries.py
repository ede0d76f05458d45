from django.core.management.base import BaseCommand

from exchange.notices import close_expired_entries


class Command(BaseCommand):
    help = "Close exchange entries whose validity has ended. Idempotent; run daily."

    def handle(self, *args, **options):
        self.stdout.write(f"Closed {close_expired_entries()} expired exchange entries.")
