import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.load import BASE, Loader


class Command(BaseCommand):
    help = (
        "Add synthetic content at the district's scale below the demo site, for benchmarks: at --scale 1 "
        f"{BASE['organisations']:,} organisations, {BASE['working_groups']} working groups, {BASE['series']:,} "
        f"training series with {BASE['series'] * BASE['sessions']:,} sessions, {BASE['news']:,} news items and "
        f"{BASE['resources']:,} resources, each in every language given. Development and benchmark databases only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=1.0, help="Multiple of the base amounts (0.01 … 10).")
        parser.add_argument(
            "--languages", default="de,en,tr", help="German first, then the translations (default: de,en,tr)."
        )
        parser.add_argument("--no-search-index", action="store_true", help="Leave the search index as it is.")

    def handle(self, *args, scale, languages, no_search_index, **options):
        # Thousands of made-up organisations on a live site would be a disaster no undo fixes.
        if not settings.DEBUG:
            raise CommandError("seed_load only runs with DEBUG on (a development or benchmark database).")
        if not 0 < scale <= 50:
            raise CommandError("--scale must be above 0 and at most 50.")
        codes = [code.strip() for code in languages.split(",") if code.strip()]
        if not codes or codes[0] != settings.LANGUAGE_CODE:
            raise CommandError(f"--languages must start with the source language, {settings.LANGUAGE_CODE!r}.")
        started = time.monotonic()
        try:
            summary = Loader(scale, codes, stdout=self.stdout).run(search_index=not no_search_index)
        except ValueError as error:
            raise CommandError(str(error)) from error
        seconds = time.monotonic() - started
        pages = sum(count for kind, count in summary.items() if kind != "sessions") * len(codes)
        self.stdout.write(self.style.SUCCESS(f"Loaded {pages:,} pages in {seconds:.0f} s ({', '.join(codes)})."))
