import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from home.scheduler import configured_jobs, run_due_jobs


class Command(BaseCommand):
    help = (
        "Run the periodic jobs of SCHEDULED_COMMANDS (retention purges, pruning, scheduled publishing, digests) "
        "when they are due. Runs until stopped; --once runs what is due and exits."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run the jobs that are due now, then exit.")
        parser.add_argument("--tick", type=int, default=60, help="Seconds between checks (default 60).")

    def handle(self, *args, once=False, tick=60, **options):
        jobs = configured_jobs()
        self.stdout.write(f"Scheduler: {', '.join(f'{job.name} every {job.every}' for job in jobs) or 'no jobs'}")
        while True:
            for name in run_due_jobs(jobs):
                self.stdout.write(f"ran {name}")
            if once:
                return
            time.sleep(tick)
            # A long-running process: drop connections the database closed while it slept. Not before the first
            # run: ``--once`` may be called inside a transaction (a test, a script), whose connection must stay.
            close_old_connections()
