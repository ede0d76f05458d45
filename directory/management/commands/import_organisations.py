from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from directory.imports import ImportFileError, read_dataset, run_import


class Command(BaseCommand):
    help = (
        "Import organisation profiles from a CSV or XLSX file into the German directory, with the same checks as the "
        "admin's import: all or nothing, rows matched by slug (a second import updates). Drafts unless --publish."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="A .csv or .xlsx file with the columns of the admin's template.")
        parser.add_argument("--publish", action="store_true", help="Publish the profiles instead of saving drafts.")
        parser.add_argument("--dry-run", action="store_true", help="Only check the file and report; save nothing.")

    def handle(self, *args, file, publish=False, dry_run=False, **options):
        try:
            content = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        try:
            report = run_import(read_dataset(file.name, content), publish=publish, dry_run=dry_run)
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        for problem in report.problems:
            self.stderr.write(str(problem))
        if report.problems:
            raise CommandError(f"{len(report.problems)} problem(s) found; nothing was saved.")
        verb = "Would import" if dry_run else "Imported"
        state = "published" if publish else "as drafts"
        self.stdout.write(
            f"{verb} {report.total} row(s) {state}: {report.new} new, {report.updated} updated, "
            f"{report.unchanged} unchanged."
        )
