from django.core.management.base import BaseCommand

from exchange.notices import send_digests


class Command(BaseCommand):
    help = "E-mail subscribers the new offers matching their organisation's open needs. Run weekly."

    def handle(self, *args, **options):
        self.stdout.write(f"Sent {send_digests()} exchange digests.")
