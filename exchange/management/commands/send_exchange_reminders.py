from django.core.management.base import BaseCommand

from exchange.notices import send_expiry_reminders


class Command(BaseCommand):
    help = "Remind organisations by e-mail that an entry expires soon (once per entry and date). Run daily."

    def handle(self, *args, **options):
        self.stdout.write(f"Sent {send_expiry_reminders()} expiry reminders.")
