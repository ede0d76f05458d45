"""Periodic management commands without cron: ``manage.py run_scheduler`` runs whatever ``SCHEDULED_COMMANDS`` lists.

An app registers a job by adding an entry to the setting (its name, how often, optional command and arguments)::

    SCHEDULED_COMMANDS = {
        "purge_registrations": {"every": 24 * 60 * 60},
        "prune_webhook_results": {"command": "prune_db_task_results", "args": ["--backend", "webhooks"],
                                  "every": 24 * 60 * 60},
    }

Each job runs at most once per interval however many schedulers run, survives restarts (state in
``ScheduledCommandRun``), and a failing job is logged and retried at its next interval without stopping the others.
"""

import io
import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from .models import ScheduledCommandRun

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    name: str
    every: timedelta
    command: str
    args: list = field(default_factory=list)


def configured_jobs():
    """The jobs of ``SCHEDULED_COMMANDS``, checked: a typo in the setting should fail at start, not at 3 a.m."""
    from django.core.management import get_commands

    known = get_commands()
    jobs = []
    for name, options in getattr(settings, "SCHEDULED_COMMANDS", {}).items():
        command = options.get("command", name)
        if command not in known:
            raise ValueError(f"SCHEDULED_COMMANDS[{name!r}] names an unknown management command {command!r}.")
        every = options["every"]
        every = every if isinstance(every, timedelta) else timedelta(seconds=every)
        if every <= timedelta(0):
            raise ValueError(f"SCHEDULED_COMMANDS[{name!r}] needs a positive interval.")
        jobs.append(Job(name=name, every=every, command=command, args=list(options.get("args", []))))
    return jobs


def claim(job, now):
    """True if this process may run ``job`` now: it is due, and no other scheduler claimed it first."""
    try:
        with transaction.atomic():
            ScheduledCommandRun.objects.get_or_create(name=job.name)
    except IntegrityError:  # another scheduler created the row at the same moment
        pass
    due = Q(started_at__isnull=True) | Q(started_at__lte=now - job.every)
    return ScheduledCommandRun.objects.filter(due, name=job.name).update(started_at=now) == 1


def run(job):
    """Run one job and record its outcome; an exception is logged and recorded, never raised."""
    output = io.StringIO()
    try:
        call_command(job.command, *job.args, stdout=output, stderr=output)
    except Exception:
        logger.exception("Scheduled job %s failed", job.name)
        succeeded = False
    else:
        succeeded = True
        logger.info("Scheduled job %s finished", job.name)
    ScheduledCommandRun.objects.filter(name=job.name).update(
        finished_at=timezone.now(), succeeded=succeeded, output=output.getvalue()[-10_000:]
    )
    return succeeded


def run_due_jobs(jobs, now=None):
    """Run every job that is due; returns the names of those that ran."""
    now = now or timezone.now()
    ran = []
    for job in jobs:
        if claim(job, now):
            run(job)
            ran.append(job.name)
    return ran
