from django.core.management.base import BaseCommand

from participation import conf
from participation.reach import flush_counts


class Command(BaseCommand):
    help = (
        "Write the page-view counters from the cache to the database. Idempotent: run it every few minutes "
        "(at least once a day, within PARTICIPATION_COUNTER_TTL); a second run changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=None, help="How many days back to look (default PARTICIPATION_COUNTER_DAYS)."
        )

    def handle(self, *args, days=None, **options):
        changed = flush_counts(days=days or conf.counter_days())
        self.stdout.write(self.style.SUCCESS(f"Page views flushed: {changed} rows written."))
