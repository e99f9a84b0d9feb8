"""The background worker: `make run` and the Docker `worker` service start it.

It runs django-tasks-db's own Worker (the loop behind `manage.py db_worker`) in
batch mode: take every task that is due, run it, return. Between batches it
waits `--interval` seconds, and every `--sweep-every` seconds (and at start) it
runs the notification sweep, which repairs what a dead worker left behind.

SIGTERM or SIGINT: the task in progress finishes, then the worker exits 0. A
second signal exits at once; the sweep then requeues whatever was cut short.
"""

import os
import signal
import socket
import sys
import threading
import time
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, DEFAULT_TASK_QUEUE_NAME
from django_tasks_db.management.commands.db_worker import Worker

from forms import notifications

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Command(BaseCommand):
    help = "Deliver queued tasks (report notifications) and sweep up after dead workers."

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
            default=60.0,
            help="Seconds between sweeps (default: %(default)s).",
        )
        parser.add_argument(
            "--stale-after",
            type=float,
            default=notifications.STALE_AFTER.total_seconds(),
            help="A task RUNNING this many seconds lost its worker (default: %(default)s).",
        )
        parser.add_argument(
            "--batch",
            action="store_true",
            help="Sweep once, run every task that is due, then exit.",
        )
        parser.add_argument("--queue-name", default=DEFAULT_TASK_QUEUE_NAME)
        parser.add_argument("--backend", default=DEFAULT_TASK_BACKEND_ALIAS)

    def handle(self, *, interval, sweep_every, stale_after, batch, queue_name, backend, **options):
        self.verbosity = options["verbosity"]
        self.stale_after = timedelta(seconds=stale_after)
        self.stopping = threading.Event()
        # Unique across the pool, and says where to look: host and process id.
        worker_id = f"{socket.gethostname()[:40]}-{os.getpid()}"
        self.worker = Worker(
            queue_names=queue_name.split(","),
            interval=0,
            batch=True,
            backend_name=backend,
            startup_delay=False,
            max_tasks=None,
            worker_id=worker_id,
        )
        if batch:
            self.sweep()
            self.run_due_tasks()
            return

        previous = {signum: signal.signal(signum, self.stop) for signum in STOP_SIGNALS}
        self.log(f"Worker {worker_id} started: queue {queue_name}, sweep every {sweep_every:g} s")
        try:
            next_sweep = 0.0
            while not self.stopping.is_set():
                if time.monotonic() >= next_sweep:
                    self.sweep()
                    next_sweep = time.monotonic() + sweep_every
                self.run_due_tasks()
                self.stopping.wait(interval)
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            close_old_connections()
        self.log(f"Worker {worker_id} stopped")

    def stop(self, signum, frame):
        if self.stopping.is_set():
            sys.exit(1)  # second signal: do not wait for the task in progress
        self.log(f"{signal.strsignal(signum)}: finishing the current task, then stopping")
        self.stopping.set()
        self.worker.running = False  # the Worker's loop ends after the current task

    def sweep(self):
        try:
            swept = notifications.sweep(stale_after=self.stale_after)
        except DatabaseError as error:
            # The database may be restarting: say so and try again next time.
            self.stderr.write(f"Sweep failed: {type(error).__name__}: {error}")
            return None
        finally:
            close_old_connections()
        if swept.stale or swept.requeued:
            self.log(f"Sweep: {swept.stale} lost tasks marked failed, {swept.requeued} requeued")
        return swept

    def run_due_tasks(self):
        try:
            self.worker.run()
        except DatabaseError as error:
            self.stderr.write(f"Worker loop failed: {type(error).__name__}: {error}")
        finally:
            close_old_connections()

    def log(self, message):
        if self.verbosity:
            self.stdout.write(message)
            self.stdout.flush()
