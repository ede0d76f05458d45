from django.core.management.base import BaseCommand

from home.renditions import warm_all


class Command(BaseCommand):
    help = "Make every image rendition the templates use ahead of time (after a deploy to new storage or an import)."

    def handle(self, *args, **options):
        count = warm_all(self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Renditions ready for {count} images."))
