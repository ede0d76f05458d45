from django.core.management.base import BaseCommand

from home.translation import translation_fields_table


class Command(BaseCommand):
    help = "Print the table of translated and synchronised fields per page type (for docs/translation.md)."

    def handle(self, *args, **options):
        self.stdout.write(translation_fields_table(), ending="")
