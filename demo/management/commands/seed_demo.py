import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo import seeding
from demo.seeders import installed_seeders
from demo.seeders.home import seed_demo_admin


class Command(BaseCommand):
    help = "Build the demo site (German with translations). Idempotent: a second run changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-admin",
            action="store_true",
            help="Also create the demo superuser admin / migraktiv-demo (refused unless DEBUG is on).",
        )

    def handle(self, *args, with_admin=False, verbosity=1, **options):
        if with_admin and not settings.DEBUG:
            raise CommandError("The demo admin has a published password; it is only created when DEBUG is on.")
        log = seeding.Log(self.stdout if verbosity else None, verbose=verbosity >= 2)
        # Wagtail logs every page it creates, edits and publishes at INFO: about a thousand lines that bury the one
        # saying where the site is. -v 2 shows them (and every item) again.
        if verbosity < 2:
            logging.disable(logging.INFO)
        try:
            with seeding.indexed_at_the_end(log):
                for title, seeder in installed_seeders():
                    log.section(title)
                    seeder(log)
                if with_admin:
                    log.section("home: demo admin")
                    seed_demo_admin(log)
                log.section(None)
        finally:
            logging.disable(logging.NOTSET)
        if log.created:
            self.stdout.write(self.style.SUCCESS(f"Demo content ready ({len(log.created)} items created)."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content already complete; nothing changed."))
