from django.core.management.base import BaseCommand

from directory.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create the admin roles (coordinators, read-only reviewers, one editor group and collection per "
        "organisation) and the coordinators' moderation workflow. Idempotent: run it again after adding index pages."
    )

    def handle(self, *args, **options):
        setup_roles()
        self.stdout.write(self.style.SUCCESS("Roles are set up."))
