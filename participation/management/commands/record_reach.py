from django.core.management.base import BaseCommand

from participation import conf
from participation.reach import flush_counts
from participation.report import record_registration_tallies


class Command(BaseCommand):
    help = (
        "Write the page-view counters from the cache to the database and keep the registration counts the "
        "funders' report needs (before purge_registrations deletes the registrations). Idempotent: run it every "
        "few minutes, at least daily (within PARTICIPATION_COUNTER_TTL); a second run changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=None, help="How many days back to look (default PARTICIPATION_COUNTER_DAYS)."
        )

    def handle(self, *args, days=None, **options):
        views = flush_counts(days=days or conf.counter_days())
        tallies = record_registration_tallies()
        message = f"Page view rows written: {views}; registration counts updated: {tallies}."
        self.stdout.write(self.style.SUCCESS(message))
