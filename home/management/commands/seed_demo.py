from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home import seeding
from home.seed import seed_demo_admin


class Command(BaseCommand):
    help = "Build the demo site (German with translations). Idempotent: a second run changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-admin",
            action="store_true",
            help="Also create the demo superuser admin / migraktiv-demo (refused unless DEBUG is on).",
        )

    def handle(self, *args, with_admin=False, **options):
        if with_admin and not settings.DEBUG:
            raise CommandError("The demo admin has a published password; it is only created when DEBUG is on.")
        log = seeding.Log(self.stdout)
        for seeder in seeding.registered_seeders():
            seeder(log)
        if with_admin:
            seed_demo_admin(log)
        if log.created:
            self.stdout.write(self.style.SUCCESS(f"Demo content ready ({len(log.created)} items created)."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content already complete; nothing changed."))
