"""The background worker: `make run` and the Docker `worker` service start it.

It runs django-tasks-db's own Worker (the loop behind `manage.py db_worker`) a
few tasks at a time, report notifications first (``forms.notifications``:
their own queue, the highest priority), and between tasks the periodic jobs of
``forms.worker.periodic_jobs()``: the notification sweep, the alert check and
so on, each at its own interval and once at start. A thread renews the
worker's heartbeat (its lease on the tasks it runs) all the while.

SIGTERM or SIGINT: the task in progress finishes, then the worker exits 0. A
second signal exits at once; the sweep then requeues whatever was cut short.
"""

import os
import signal
import socket
import sys
import threading
import time
from dataclasses import replace
from datetime import timedelta
from functools import partial

from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS
from django_tasks_db.management.commands.db_worker import Worker

from forms import notifications, worker

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
# Tasks run before the periodic jobs get their turn again.
TASKS_PER_ROUND = 20


class Command(BaseCommand):
    help = "Deliver queued tasks (report notifications first) and run the periodic jobs."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="Seconds to wait when no task is due (default: %(default)s).",
        )
        parser.add_argument(
            "--sweep-every",
            type=float,
            default=worker.SWEEP_EVERY.total_seconds(),
            help="Seconds between notification sweeps (default: %(default)s).",
        )
        parser.add_argument(
            "--heartbeat-every",
            type=float,
            default=worker.HEARTBEAT_EVERY.total_seconds(),
            help="Seconds between heartbeats (default: %(default)s).",
        )
        parser.add_argument(
            "--lease",
            type=float,
            default=worker.LEASE.total_seconds(),
            help="A task whose worker has not been seen for this many seconds lost its "
            "worker (default: %(default)s).",
        )
        parser.add_argument(
            "--stale-after",
            type=float,
            default=notifications.STALE_AFTER.total_seconds(),
            help="The same for a task whose worker keeps no heartbeat (default: %(default)s).",
        )
        parser.add_argument(
            "--batch",
            action="store_true",
            help="Sweep once, run every task that is due, then exit.",
        )
        parser.add_argument(
            "--max-tasks",
            type=int,
            default=None,
            help="Exit after running this many tasks (default: never).",
        )
        parser.add_argument(
            "--queue-name",
            default=",".join([notifications.QUEUE, "default"]),
            help="Comma-separated queues to take tasks from (default: %(default)s).",
        )
        parser.add_argument("--backend", default=DEFAULT_TASK_BACKEND_ALIAS)

    def handle(self, *, interval, batch, max_tasks, queue_name, backend, **options):
        self.verbosity = options["verbosity"]
        self.stopping = threading.Event()
        self.tasks_left = max_tasks
        # Unique across the pool, and says where to look: host, process id, start time.
        self.worker_id = f"{socket.gethostname()[:40]}-{os.getpid()}-{int(time.time())}"
        self.queue_names = queue_name.split(",")
        self.backend = backend
        self.current = None
        sweep = partial(
            notifications.sweep,
            lease=timedelta(seconds=options["lease"]),
            stale_after=timedelta(seconds=options["stale_after"]),
        )
        self.jobs = [
            replace(job, run=sweep, every=timedelta(seconds=options["sweep_every"]))
            if job.name == "sweep"
            else job
            for job in worker.periodic_jobs()
        ]
        if batch:
            # One pass for tests and one-off runs: no heartbeat thread, one beat.
            worker.beat(self.worker_id)
            self.run_job(self.jobs[0])
            self.run_tasks(limit=max_tasks)
            return

        heartbeat = worker.Heartbeat(self.worker_id, every=options["heartbeat_every"])
        previous = {signum: signal.signal(signum, self.stop) for signum in STOP_SIGNALS}
        jobs = ", ".join(f"{job.name} every {job.every.total_seconds():g} s" for job in self.jobs)
        self.log(f"Worker {self.worker_id} started: queues {queue_name}, jobs {jobs}")
        try:
            heartbeat.start()
            due = {job.name: 0.0 for job in self.jobs}
            while not self.stopping.is_set():
                for job in self.jobs:
                    if time.monotonic() >= due[job.name] and not self.stopping.is_set():
                        self.run_job(job)
                        due[job.name] = time.monotonic() + job.every.total_seconds()
                ran = self.run_tasks(limit=TASKS_PER_ROUND)
                if self.tasks_left is not None and self.tasks_left <= 0:
                    break
                if not ran:
                    self.stopping.wait(interval)
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            heartbeat.stop()
            close_old_connections()
        self.log(f"Worker {self.worker_id} stopped")

    def stop(self, signum, frame):
        if self.stopping.is_set():
            sys.exit(1)  # second signal: do not wait for the task in progress
        self.log(f"{signal.strsignal(signum)}: finishing the current task, then stopping")
        self.stopping.set()
        if self.current is not None:
            self.current.running = False  # the Worker's loop ends after the current task

    def run_job(self, job):
        try:
            result = job.run()
        except DatabaseError as error:
            # The database may be restarting: say so and try again next time.
            self.stderr.write(f"{job.name} failed: {type(error).__name__}: {error}")
            return None
        except Exception as error:  # one broken job must not stop the notifications
            self.stderr.write(f"{job.name} failed: {type(error).__name__}: {error}")
            return None
        finally:
            close_old_connections()
        if job.name == "sweep" and (result.stale or result.requeued):
            self.log(f"Sweep: {result.stale} lost tasks marked failed, {result.requeued} requeued")
        elif result and job.name != "sweep":
            self.log(f"{job.name}: {result}")
        return result

    def run_tasks(self, limit):
        """Run up to ``limit`` due tasks (all of them when None). Returns how many ran."""
        if self.tasks_left is not None:
            limit = min(limit, self.tasks_left) if limit is not None else self.tasks_left
        if limit == 0 or self.stopping.is_set():
            return 0
        self.current = Worker(
            queue_names=self.queue_names,
            interval=0,
            batch=True,
            backend_name=self.backend,
            startup_delay=False,
            max_tasks=limit,
            worker_id=self.worker_id,
        )
        try:
            self.current.run()
        except DatabaseError as error:
            self.stderr.write(f"Worker loop failed: {type(error).__name__}: {error}")
        finally:
            close_old_connections()
        ran = self.current._run_tasks  # the Worker's own count (it has no public one)
        if self.tasks_left is not None:
            self.tasks_left -= ran
        return ran

    def log(self, message):
        if self.verbosity:
            self.stdout.write(message)
            self.stdout.flush()
