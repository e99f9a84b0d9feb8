"""The background worker's own parts: its heartbeat and its periodic jobs.

``manage.py run_worker`` runs django-tasks-db's Worker (report notifications
first: their own queue, at the highest priority, so Wagtail's search and
reference-index tasks never hold them up) and, between tasks, the periodic
jobs below.

The heartbeat is a lease. A thread of the worker's own updates its
``WorkerHeartbeat`` row every ``HEARTBEAT_EVERY``, while a task runs too. A task
still RUNNING whose worker has not been seen for ``LEASE`` lost its worker (the
process was killed, the machine died): the sweep marks it failed and runs its
notification again. With the sweep every ``SWEEP_EVERY``, a notification cut
short by a dead worker is sent again within LEASE + SWEEP_EVERY + a send (about
a minute) of the death, by any other worker or by the dead one restarted. It
works the same on SQLite and PostgreSQL: nothing but rows and timestamps.

Periodic jobs
-------------
``periodic_jobs()`` is the one list of what the worker runs on a schedule: a
name, how often, and a function taking no arguments (its return value is
logged when truthy). To add one, append a ``PeriodicJob`` there. Each job runs
between tasks, never during one; a job that raises is logged and tried again at
its next turn. The first run of each is at the worker's start.

A job that must run once per period whatever the number of workers and however
often they restart (the daily retention job, publishing scheduled pages: no cron
to forget) is wrapped in ``once_per``: the worker checks often, and runs it only
when it claims the turn in the database (``ScheduledRun``).
"""

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.core.management import call_command
from django.db import DatabaseError, IntegrityError, close_old_connections, transaction
from django.db.models import Q
from django.utils import timezone

from core import retention

from .models import ScheduledRun, WorkerHeartbeat

logger = logging.getLogger(__name__)

HEARTBEAT_EVERY = timedelta(seconds=10)
# Four missed heartbeats: long enough for a busy database, short enough that a lost
# notification goes again well inside two minutes.
LEASE = timedelta(seconds=45)
SWEEP_EVERY = timedelta(seconds=15)
HEARTBEATS_KEPT_FOR = timedelta(days=7)
# Jobs run once per period across all workers: how often each worker checks whether
# a turn is due (a machine that was down runs a missed day within the hour).
RETENTION_EVERY, RETENTION_CHECKED_EVERY = timedelta(days=1), timedelta(hours=1)
# Wagtail's go-live and expiry times, to within about a minute; the claim's period is a
# little shorter than the check's so a worker's own next check is never refused.
PUBLISH_EVERY, PUBLISH_CHECKED_EVERY = timedelta(seconds=50), timedelta(minutes=1)


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    every: timedelta
    run: Callable[[], object]


def periodic_jobs():
    """Everything the worker runs on a schedule, in the order it runs them."""
    from . import monitor, notifications

    return [
        PeriodicJob("sweep", SWEEP_EVERY, notifications.sweep),
        PeriodicJob("alerts", timedelta(minutes=1), monitor.check),
        PeriodicJob("old heartbeats", timedelta(hours=1), forget_old_heartbeats),
        PeriodicJob(
            "retention",
            RETENTION_CHECKED_EVERY,
            once_per("retention", RETENTION_EVERY, retention.run_daily),
        ),
        PeriodicJob(
            "scheduled pages",
            PUBLISH_CHECKED_EVERY,
            once_per("publish_scheduled", PUBLISH_EVERY, publish_scheduled),
        ),
    ]


def claim_turn(name, every, now=None):
    """True when no worker has run ``name`` within ``every``; the turn is then this
    worker's (recorded before the job runs, so a job that fails waits its period)."""
    now = now or timezone.now()
    if not ScheduledRun.objects.filter(name=name).exists():
        try:
            with transaction.atomic():
                ScheduledRun.objects.create(name=name, last_run_at=None)
        except IntegrityError:
            pass  # another worker made the row first
    due = Q(last_run_at__isnull=True) | Q(last_run_at__lte=now - every)
    return ScheduledRun.objects.filter(due, name=name).update(last_run_at=now) == 1


def once_per(name, every, run):
    """``run`` as a periodic job that runs at most once per ``every`` across every
    worker. Returns what ``run`` returns, or None when it was not this worker's turn."""

    def job():
        if claim_turn(name, every):
            return run()
        return None

    job.__name__ = f"once_per_{name}"
    return job


def publish_scheduled():
    """Wagtail's command: publish pages whose go-live time has come, unpublish expired."""
    call_command("publish_scheduled", verbosity=0)


def forget_old_heartbeats(now=None):
    """Rows of workers long gone (each start makes a new one). Returns how many."""
    now = now or timezone.now()
    deleted, _ = WorkerHeartbeat.objects.filter(seen_at__lt=now - HEARTBEATS_KEPT_FOR).delete()
    return deleted


def beat(worker_id, now=None):
    """Renew this worker's lease."""
    now = now or timezone.now()
    updated = WorkerHeartbeat.objects.filter(worker_id=worker_id).update(seen_at=now)
    if not updated:
        WorkerHeartbeat.objects.update_or_create(
            worker_id=worker_id, defaults={"seen_at": now, "started_at": now}
        )


def lease_holders(now=None, lease=LEASE):
    """{worker id: last seen} of every worker, and the set of those whose lease holds."""
    now = now or timezone.now()
    seen = dict(WorkerHeartbeat.objects.values_list("worker_id", "seen_at"))
    alive = {worker_id for worker_id, at in seen.items() if at >= now - lease}
    return seen, alive


class Heartbeat:
    """A daemon thread renewing ``worker_id``'s lease every ``every`` seconds."""

    def __init__(self, worker_id, every=None):
        self.worker_id = worker_id
        self.every = every or HEARTBEAT_EVERY.total_seconds()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)

    def start(self):
        beat(self.worker_id)  # before the first task is claimed
        self.thread.start()

    def stop(self):
        self.stopped.set()
        self.thread.join(timeout=self.every + 5)

    def _run(self):
        while not self.stopped.wait(self.every):
            try:
                beat(self.worker_id)
            except DatabaseError as error:
                # The database may be busy or restarting: the next beat tries again.
                logger.warning("Heartbeat not recorded: %s: %s", type(error).__name__, error)
            finally:
                close_old_connections()
