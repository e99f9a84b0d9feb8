"""Notifications survive outages: every report is kept, and its authority is told
exactly once, with an email that carries nothing the reporter wrote.

Delivery runs through the real worker (`manage.py run_worker --batch`, which runs
django-tasks-db's Worker) against a real SMTP server on localhost (tests/smtp.py).
The worker takes an exclusive transaction to claim a task, which SQLite cannot
nest inside a test's transaction: tests that run it use a transactional database.
"""

import io
import logging
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.db import connection, transaction
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from forms import notifications
from forms.models import Authority, Notification, Report
from forms.reference_data import create_authorities
from forms.submission import save_report
from tests.two_factor import login_verified

ROOT = Path(__file__).resolve().parents[2]
Status = Notification.Status


def typed(n):
    """What a reporter typed: every word distinctive, so a leak cannot hide."""
    return {
        "locality": f"Marmalade{n} Quay",
        "what_happened": f"Quibbling heron{n} beneath viaduct",
        "when_description": f"gloaming{n} Thursdays",
        "place": f"Pelican{n} arcade",
        "people_description": f"tangerine{n} scarf",
        "names": f"Bartholomew{n}",
        "usernames": f"snapfox_{n}",
        "vehicles": f"ZX{n:02d} QRS",
        "contact_name": f"Ottoline{n} Featherstonehaugh",
        "contact_phone": f"07700 9001{n:02d}",
        "contact_email": f"ottoline{n}@reporter.example",
    }


AREAS = ["halton", "warrington", "cheshire-east", "cheshire-west-and-chester", "outside-cheshire"]


def answers(n, **overrides):
    return {
        "kind": "concern" if n % 2 else "intelligence",
        "area_given": AREAS[n % len(AREAS)],
        "when_precision": "unknown",
        "when_date": None,
        "place_type": "taxi",
        "danger_now": False,
        "reporter_role": "taxi",
        "sector": "taxi",
        "wants_contact": True,
        "language": "en",
        **typed(n),
        **overrides,
    }


def addresses_for(authority):
    return [f"{authority.slug}@handlers.example.org", f"duty.{authority.slug}@handlers.example.org"]


def give_addresses():
    """The authorities of migration 0002 (made again if a transactional test flushed
    them), each with two notification addresses."""
    create_authorities(apps)
    for authority in Authority.objects.all():
        authority.notification_emails = "\n".join(addresses_for(authority))
        authority.save(update_fields=["notification_emails"])


def run_worker(**options):
    """One pass of the real worker: the sweep, then every task that is due (or
    ``max_tasks`` of them)."""
    out = io.StringIO()
    call_command("run_worker", batch=True, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def time_passes():
    """Every waiting attempt becomes due, as if its backoff had run out."""
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(
        run_after=timezone.now() - timedelta(seconds=1)
    )


def waiting_tasks():
    return DBTaskResult.objects.filter(
        task_path=notifications.task_path(), status=TaskResultStatus.READY
    )


def tasks_of(notification):
    return DBTaskResult.objects.filter(
        task_path=notifications.task_path(), args_kwargs__args__0=notification.pk
    )


def attempt(notification):
    """What the worker does, without its exclusive transaction: claim the waiting
    task and run it (for tests inside a test transaction)."""
    [task] = tasks_of(notification).filter(status=TaskResultStatus.READY)
    task.claim("test-worker")
    return notifications.deliver_notification.call(notification.pk)


def everything_in(message):
    """Subject, every header and the decoded body, for looking for leaks."""
    headers = "\n".join(f"{name}: {value}" for name, value in message.items())
    return "\n".join([headers, message.get_content(), message.as_string()])


# --- The email -----------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_email_has_reference_kind_time_and_link_and_nothing_the_reporter_wrote(
    mail_server,
):
    give_addresses()
    saved = [save_report(answers(n), f"content-{n}") for n in (1, 2)]
    run_worker()

    for item, n in zip(saved, (1, 2), strict=True):
        report = item.report
        [message] = mail_server.messages_for(report.reference)
        assert message["Subject"] == f"New report {report.reference}"
        assert sorted(a.strip() for a in message["To"].split(",")) == sorted(
            addresses_for(report.authority)
        )
        body = message.get_content()
        assert f"Reference: {report.reference}" in body
        assert f"Kind: {report.get_kind_display()}" in body
        received = timezone.localtime(report.created_at)
        assert f"Received: {received.day} {received:%B %Y, %H:%M}" in body
        link = settings.WAGTAILADMIN_BASE_URL + reverse("reports_inbox:inspect", args=[report.pk])
        assert link in body
        assert message["Auto-Submitted"] == "auto-generated"
        assert report.reference.lower() in message["Message-ID"]  # the same on every attempt

        seen = everything_in(message).lower()
        for field, text in typed(n).items():
            assert text.lower() not in seen, f"{field} leaked into the email"
            for word in text.split():
                if len(word) >= 5:
                    assert word.lower() not in seen, f"part of {field} leaked into the email"


def test_the_link_falls_back_to_the_admin_home_until_the_inbox_exists(monkeypatch):
    real_reverse = reverse

    def reverse_without_inbox(name, *args, **kwargs):
        if name.startswith("reports_inbox:"):
            raise NoReverseMatch(name)
        return real_reverse(name, *args, **kwargs)

    monkeypatch.setattr(notifications, "reverse", reverse_without_inbox)
    report = Report(pk=7, reference="CSE-TEST-LINK")
    assert notifications.admin_link(report) == (
        settings.WAGTAILADMIN_BASE_URL + real_reverse("wagtailadmin_home")
    )


@pytest.mark.django_db
def test_an_authority_without_an_address_is_announced_to_the_triage_team(
    mail_server,
):
    give_addresses()
    Authority.objects.filter(slug="halton").update(notification_emails="")
    report = save_report(answers(1, area_given="halton", kind="concern"), "no-address").report
    notification = report.notifications.get()

    assert attempt(notification) == "sent"

    [message] = mail_server.messages_for(report.reference)
    triage = Authority.objects.get(slug="pan-cheshire-triage")
    assert sorted(a.strip() for a in message["To"].split(",")) == sorted(addresses_for(triage))
    assert "This report is for Halton Borough Council" in message.get_content()


@pytest.mark.django_db
def test_with_no_address_anywhere_the_notification_fails_with_a_clear_reason(
    mail_server,
):
    give_addresses()
    Authority.objects.filter(slug__in=["halton", "pan-cheshire-triage"]).update(
        notification_emails=""
    )
    report = save_report(answers(1, area_given="halton", kind="concern"), "nobody").report
    notification = report.notifications.get()

    with pytest.raises(notifications.NotificationNotSent):
        attempt(notification)

    notification.refresh_from_db()
    assert notification.status == Status.FAILED
    assert "Halton Borough Council has no notification address" in notification.last_error
    assert not tasks_of(notification).filter(status=TaskResultStatus.READY).exists()
    assert mail_server.messages == []


@pytest.mark.django_db
@pytest.mark.parametrize("debug", [True, False])
def test_in_development_nowhere_to_send_is_one_warning_line_not_a_traceback(
    debug, settings, caplog
):
    """`make run` seeds reports for authorities with no address: the worker says so in
    one line. In production the failed task is logged with its traceback, for error
    monitoring. Either way the notification fails with its reason, for the outbox."""
    from django_tasks_db.management.commands.db_worker import Worker

    settings.DEBUG = debug
    give_addresses()
    Authority.objects.filter(slug__in=["halton", "pan-cheshire-triage"]).update(
        notification_emails=""
    )
    report = save_report(answers(1, area_given="halton", kind="concern"), "nobody").report
    notification = report.notifications.get()
    [task] = tasks_of(notification)
    task.claim("test-worker")

    with caplog.at_level(logging.INFO):
        Worker(
            queue_names=["default"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
        ).run_task(task)

    notification.refresh_from_db()
    assert notification.status == Status.FAILED
    assert "Halton Borough Council has no notification address" in notification.last_error
    with_traceback = [record for record in caplog.records if record.exc_info]
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING and not r.exc_info]
    if debug:
        assert with_traceback == []
        [line] = [r.getMessage() for r in warnings]
        assert line.startswith(f"Report {report.reference} not sent: Halton Borough Council")
        assert "\n" not in line
    else:
        [failed] = with_traceback
        assert failed.exc_info[0] is notifications.NotificationNotSent
        assert warnings == []


def test_errors_name_no_address_but_the_authoritys():
    import smtplib

    refused_sender = smtplib.SMTPSenderRefused(
        553, b"5.1.8 <no-reply@localhost> sender rejected", "no-reply@localhost"
    )
    text = notifications.describe(refused_sender, ["halton@handlers.example.org"])
    assert "no-reply@localhost" not in text
    assert text.startswith("SMTPSenderRefused: mail server answered 553")
    own = smtplib.SMTPDataError(550, b"mailbox halton@handlers.example.org full")
    assert "halton@handlers.example.org" in notifications.describe(
        own, ["halton@handlers.example.org"]
    )


# --- Queued with the report, retried with backoff ---------------------------------------


@pytest.mark.django_db
def test_the_task_is_enqueued_in_the_reports_transaction():
    class Abandon(Exception):
        pass

    with pytest.raises(Abandon), transaction.atomic():
        saved = save_report(answers(1), "rolled-back")
        notification = saved.report.notifications.get()
        [task] = tasks_of(notification)
        assert task.status == TaskResultStatus.READY
        raise Abandon

    assert Report.objects.count() == 0
    assert Notification.objects.count() == 0
    assert DBTaskResult.objects.count() == 0


def test_backoff_grows_fourfold_to_an_hour():
    waits = [notifications.backoff(attempt).total_seconds() for attempt in range(1, 8)]
    assert waits == [30, 120, 480, 1920, 3600, 3600, 3600]
    assert notifications.MAX_ATTEMPTS == 10


@pytest.mark.django_db(transaction=True)
def test_a_mail_outage_loses_no_report_and_each_authority_is_told_exactly_once(
    mail_server,
):
    give_addresses()
    mail_server.stop()  # the mail server is down for every submission
    count = 8
    saved = [save_report(answers(n), f"outage-{n}") for n in range(count)]
    references = [item.report.reference for item in saved]

    # First attempts fail: every report kept, every notification pending, attempt
    # counted, the next one queued about 30 s ahead (one waiting task each).
    started = timezone.now()
    run_worker()
    assert Report.objects.count() == count
    assert Notification.objects.filter(status=Status.PENDING, attempts=1).count() == count
    assert all(
        "Connection refused" in n.last_error or "ConnectionRefused" in n.last_error
        for n in Notification.objects.all()
    )
    next_at = notifications.next_attempts()
    assert len(next_at) == count == waiting_tasks().count()
    for when in next_at.values():
        assert started + timedelta(seconds=25) < when < timezone.now() + timedelta(seconds=35)

    # Nothing is due yet: running again neither sends nor duplicates the schedule.
    run_worker()
    assert Notification.objects.filter(attempts=1).count() == count
    assert waiting_tasks().count() == count

    # Second attempts, still down: the wait grows to about 2 minutes.
    time_passes()
    run_worker()
    assert Notification.objects.filter(status=Status.PENDING, attempts=2).count() == count
    for when in notifications.next_attempts().values():
        assert when > timezone.now() + timedelta(seconds=100)
    assert mail_server.messages == []

    # The server comes back: every notification goes out once.
    mail_server.start()
    time_passes()
    run_worker()
    assert Notification.objects.filter(status=Status.SENT, attempts=3).count() == count
    assert {ref: len(mail_server.messages_for(ref)) for ref in references} == dict.fromkeys(
        references, 1
    )

    # Later passes, a spare task and the sweep send nothing again.
    notifications.deliver_notification.enqueue(saved[0].report.notifications.get().pk)
    time_passes()
    run_worker(stale_after=0)
    run_worker()
    assert len(mail_server.messages) == count
    assert Report.objects.count() == count


@pytest.mark.django_db
def test_after_the_last_attempt_the_notification_is_failed_and_waits_for_a_person(
    mail_server,
):
    give_addresses()
    mail_server.stop()
    notification = save_report(answers(1), "give-up").report.notifications.get()
    Notification.objects.filter(pk=notification.pk).update(attempts=notifications.MAX_ATTEMPTS - 1)

    with pytest.raises(notifications.NotificationNotSent, match="giving up"):
        attempt(notification)

    notification.refresh_from_db()
    assert notification.status == Status.FAILED
    assert notification.attempts == notifications.MAX_ATTEMPTS
    assert "refused" in notification.last_error.lower()
    assert not tasks_of(notification).filter(status=TaskResultStatus.READY).exists()
    # The sweep leaves failed notifications to a person.
    assert notifications.sweep().requeued == 0


# --- A worker that dies -------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_task_left_running_by_a_dead_worker_is_swept_and_sent_once(
    mail_server,
):
    give_addresses()
    report = save_report(answers(3), "dead-worker").report
    notification = report.notifications.get()
    [task] = tasks_of(notification)
    task.claim("worker-that-died")  # claimed, then the process died mid-send

    # A young RUNNING task may belong to a live worker: left alone.
    DBTaskResult.objects.filter(pk=task.pk).update(started_at=timezone.now() - timedelta(minutes=2))
    run_worker()
    assert mail_server.messages_for(report.reference) == []
    task.refresh_from_db()
    assert task.status == TaskResultStatus.RUNNING

    # Past the threshold it is marked failed and its notification requeued and sent.
    DBTaskResult.objects.filter(pk=task.pk).update(
        started_at=timezone.now() - notifications.STALE_AFTER - timedelta(seconds=5)
    )
    output = run_worker()
    assert "1 lost tasks marked failed, 1 requeued" in output
    task.refresh_from_db()
    assert task.status == TaskResultStatus.FAILED
    assert task.exception_class_path == "forms.notifications.WorkerLost"
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (Status.SENT, 2)
    assert len(mail_server.messages_for(report.reference)) == 1

    run_worker(stale_after=0)
    assert len(mail_server.messages_for(report.reference)) == 1


@pytest.mark.django_db
def test_the_sweep_requeues_a_pending_notification_whose_task_failed():
    give_addresses()
    notification = save_report(answers(4), "crashed").report.notifications.get()
    tasks_of(notification).update(status=TaskResultStatus.FAILED)

    assert notifications.sweep().requeued == 1
    assert tasks_of(notification).filter(status=TaskResultStatus.READY).count() == 1
    assert notifications.sweep().requeued == 0  # one waiting task is enough


def _database_for_a_subprocess(tmp_path):
    """A URL another process can open with this test's committed data."""
    if connection.vendor == "sqlite":
        path = tmp_path / "worker.sqlite3"
        connection.ensure_connection()
        copy = sqlite3.connect(path)
        connection.connection.backup(copy)
        copy.close()
        return f"sqlite:///{path}"
    db = connection.settings_dict
    credentials = quote(db["USER"], safe="") + ":" + quote(db["PASSWORD"] or "", safe="")
    host = quote(db["HOST"] or "localhost", safe="")
    return f"postgres://{credentials}@{host}:{db['PORT'] or 5432}/{db['NAME']}"


def _notification_row(database_url, pk):
    if database_url.startswith("sqlite:///"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as db:
            return db.execute(
                "SELECT status, attempts FROM reports_notification WHERE id = ?", [pk]
            ).fetchone()
    return tuple(Notification.objects.values_list("status", "attempts").get(pk=pk))


def _lines_of(process):
    """The process's output lines, read by a thread so a wait can time out."""
    lines = queue.Queue()

    def pump():
        for line in process.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _wait_for(lines, text, timeout=30):
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            break
        if text in line:
            return True
    return False


def _worker_environment(tmp_path, mail_server):
    database_url = _database_for_a_subprocess(tmp_path)
    (tmp_path / "worker_settings.py").write_text(
        textwrap.dedent(f"""
            from cse_site.settings.test import *  # noqa: F403
            from cse_site.settings.base import tune_sqlite
            # As production runs SQLite: writers queue for the lock (the heartbeat
            # thread writes while a task's transaction is open).
            DATABASES["default"] = tune_sqlite(DATABASES["default"])  # noqa: F405
            EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
            EMAIL_HOST = "{mail_server.host}"
            EMAIL_PORT = {mail_server.port}
            EMAIL_TIMEOUT = 20
        """)
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env |= {
        "DJANGO_SETTINGS_MODULE": "worker_settings",
        "DATABASE_URL": database_url,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]),
    }
    return database_url, env


# The lease the subprocess test gives its workers: shorter than the default so the
# test takes seconds; test_the_default_lease_resends_within_two_minutes does the sums
# for the defaults.
TEST_LEASE, TEST_HEARTBEAT, TEST_SWEEP = 4.0, 0.5, 1.0


@pytest.mark.django_db(transaction=True)
def test_a_worker_process_killed_mid_send_loses_nothing_and_the_next_sends_it_once(
    mail_server,
    tmp_path,
):
    """A real worker is killed (SIGKILL) while the mail server holds its message; the
    next worker sends it again once the first one's lease runs out; SIGTERM then
    stops that worker cleanly (exit status 0)."""
    give_addresses()
    report = save_report(answers(5), "sigkill").report
    notification = report.notifications.get()
    database_url, env = _worker_environment(tmp_path, mail_server)
    manage = [
        sys.executable,
        "manage.py",
        "run_worker",
        "--interval",
        "0.1",
        "--lease",
        str(TEST_LEASE),
        "--heartbeat-every",
        str(TEST_HEARTBEAT),
        "--sweep-every",
        str(TEST_SWEEP),
    ]

    # The worker sends; the server takes the message and never answers; SIGKILL.
    mail_server.stall()
    first = subprocess.Popen(manage, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    second = None
    try:
        assert mail_server.stalled_with_data.wait(60), "the worker never reached the server"
        first.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        assert first.wait(10) == -signal.SIGKILL
        mail_server.release()
        assert mail_server.messages_for(report.reference) == []
        assert _notification_row(database_url, notification.pk) == (Status.PENDING, 0)

        # The next worker (the pool's other one, or this one restarted) finds the task
        # once the dead worker's lease has run out: marked lost, requeued, sent once.
        second = subprocess.Popen(manage, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        lines = _lines_of(second)
        assert _wait_for(lines, "started", timeout=60)
        assert _wait_for(lines, "1 lost tasks marked failed, 1 requeued", timeout=60)
        deadline = time.monotonic() + 30
        while not mail_server.messages_for(report.reference) and time.monotonic() < deadline:
            time.sleep(0.05)
        resent_after = time.monotonic() - killed_at
        assert len(mail_server.messages_for(report.reference)) == 1
        print(f"\nkilled worker's notification sent again {resent_after:.1f} s after the kill")
        # The lease and a sweep, and the new process's start-up on a busy machine.
        assert resent_after < TEST_LEASE + TEST_SWEEP + 30, resent_after
        second.send_signal(signal.SIGTERM)
        assert second.wait(15) == 0
        assert _wait_for(lines, "stopped", timeout=5)
    finally:
        for process in (first, second):
            if process is not None and process.poll() is None:
                process.kill()
            if process is not None:
                process.stdout.close()
    assert len(mail_server.messages_for(report.reference)) == 1
    assert _notification_row(database_url, notification.pk) == (Status.SENT, 2)


def test_the_default_lease_resends_within_two_minutes():
    """The worst case with the defaults: the worker dies just before a heartbeat (its
    last one a whole interval old), and the sweep that would have found it ran just
    before the lease ran out. Then the next sweep finds it, and the next round of
    tasks sends it."""
    from forms import worker

    worst = (
        worker.LEASE  # from the last heartbeat to the lease running out
        + worker.SWEEP_EVERY  # waiting for the next sweep
        + timedelta(seconds=1)  # the worker's idle wait (--interval)
        + timedelta(seconds=notifications.SEND_TIMEOUT)  # the send itself, at its slowest
    )
    assert worst <= timedelta(minutes=2), worst
    assert worker.HEARTBEAT_EVERY * 3 < worker.LEASE  # a busy moment is not a death


@pytest.mark.django_db
def test_a_task_whose_workers_lease_ran_out_is_swept_and_a_live_ones_is_not():
    from forms import worker
    from forms.models import WorkerHeartbeat

    give_addresses()
    now = timezone.now()
    live_notification = save_report(answers(7), "lease-live").report.notifications.get()
    dead_notification = save_report(answers(8), "lease-dead").report.notifications.get()
    [live_task] = tasks_of(live_notification)
    [dead_task] = tasks_of(dead_notification)
    live_task.claim("live-worker")
    dead_task.claim("dead-worker")
    # Both started a minute ago: far less than the old ten-minute limit.
    DBTaskResult.objects.filter(pk__in=[live_task.pk, dead_task.pk]).update(
        started_at=now - timedelta(minutes=1)
    )
    WorkerHeartbeat.objects.create(worker_id="live-worker", started_at=now, seen_at=now)
    WorkerHeartbeat.objects.create(
        worker_id="dead-worker",
        started_at=now - timedelta(hours=1),
        seen_at=now - worker.LEASE - timedelta(seconds=1),
    )

    swept = notifications.sweep(now=now)

    assert (swept.stale, swept.requeued) == (1, 1)
    live_task.refresh_from_db()
    dead_task.refresh_from_db()
    assert live_task.status == TaskResultStatus.RUNNING
    assert dead_task.status == TaskResultStatus.FAILED
    assert tasks_of(dead_notification).filter(status=TaskResultStatus.READY).count() == 1
    dead_notification.refresh_from_db()
    assert dead_notification.attempts == 1 and "worker stopped" in dead_notification.last_error


# --- Nothing holds a report's notification up ---------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_report_mail_goes_first_behind_a_thousand_queued_index_tasks(mail_server):
    """Wagtail queues an index task for every object saved (a bulk publish, a demo
    seed: hundreds). The report notification is the next task any worker takes."""
    from django.contrib.auth.models import Group
    from wagtail.tasks import update_reference_index_task

    give_addresses()
    group = Group.objects.first()
    for _ in range(1000):
        update_reference_index_task.enqueue("auth", "group", group.pk)
    index_tasks = DBTaskResult.objects.filter(task_path=update_reference_index_task.module_path)
    assert index_tasks.filter(status=TaskResultStatus.READY).count() == 1000
    report = save_report(answers(9), "behind-index-tasks").report
    saved_at = time.monotonic()

    run_worker(max_tasks=1)  # the worker takes one task: which?

    took = time.monotonic() - saved_at
    assert len(mail_server.messages_for(report.reference)) == 1
    assert index_tasks.filter(status=TaskResultStatus.READY).count() == 1000
    print(f"\nreport mail sent {took:.2f} s after saving, with 1,000 index tasks waiting")
    assert took < 120
    [task] = tasks_of(report.notifications.get())
    assert (task.queue_name, task.priority) == (notifications.QUEUE, 100)


def test_report_notifications_have_their_own_queue():
    assert notifications.deliver_notification.queue_name == notifications.QUEUE
    assert notifications.QUEUE in settings.TASKS["default"]["QUEUES"]
    assert "default" in settings.TASKS["default"]["QUEUES"]  # Wagtail's tasks


# --- The outbox in the admin ---------------------------------------------------------------


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("siteadmin", "", "unused-password-123")


@pytest.fixture
def handler(django_user_model):
    """A handler for Halton: can use the admin and the inbox, not the outbox."""
    user = django_user_model.objects.create_user("handler", "", "unused-password-123")
    user.groups.add(Authority.objects.get(slug="halton").handlers)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def _notifications_in_every_state():
    give_addresses()
    failed, pending, sent = (
        save_report(answers(n), f"outbox-{n}").report.notifications.get() for n in (6, 7, 8)
    )
    Notification.objects.filter(pk=failed.pk).update(
        status=Status.FAILED,
        attempts=notifications.MAX_ATTEMPTS,
        last_error="ConnectionRefusedError: [Errno 111] Connection refused",
    )
    tasks_of(failed).delete()
    Notification.objects.filter(pk=pending.pk).update(attempts=2, last_error="TimeoutError: x")
    tasks_of(pending).update(run_after=timezone.now() + timedelta(minutes=2))
    Notification.objects.filter(pk=sent.pk).update(status=Status.SENT, sent_at=timezone.now())
    return failed, pending, sent


@pytest.mark.django_db
def test_the_outbox_is_refused_to_everyone_but_site_administrators(client, handler):
    failed, _, _ = _notifications_in_every_state()
    index = reverse("notification_outbox:index")
    retry = reverse("notification_outbox:retry", args=[failed.pk])

    assert client.get(index).url.startswith(reverse("wagtailadmin_login"))
    login_verified(client, handler)
    # Wagtail turns a refusal into a redirect to the dashboard with an error message.
    for response in (client.get(index), client.post(retry)):
        assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    refused = client.get(index, follow=True).content.decode()
    assert "do not have permission" in refused
    assert failed.report.reference not in refused
    failed.refresh_from_db()
    assert failed.status == Status.FAILED
    assert "Notifications" not in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.django_db
def test_the_outbox_lists_failed_notifications_first_without_report_content(client, superuser):
    failed, pending, sent = _notifications_in_every_state()
    login_verified(client, superuser)

    response = client.get(reverse("notification_outbox:index"))
    assert response.status_code == 200
    page = response.content.decode()
    references = [n.report.reference for n in (failed, pending, sent)]
    positions = [page.index(reference) for reference in references]
    assert positions == sorted(positions), "failed first, then pending, then sent"
    assert "Connection refused" in page
    assert str(failed.authority) in page
    assert page.count(">Retry now</button>") == 2  # not for the one already sent
    for n in (6, 7, 8):
        for text in typed(n).values():
            assert text not in page

    only_failed = client.get(reverse("notification_outbox:index"), {"status": "failed"})
    assert references[0] in only_failed.content.decode()
    assert references[1] not in only_failed.content.decode()


@pytest.mark.django_db(transaction=True)
def test_retry_now_sends_a_failed_notification_once(client, superuser, mail_server):
    failed, _, sent = _notifications_in_every_state()
    login_verified(client, superuser)
    retry = reverse("notification_outbox:retry", args=[failed.pk])

    assert client.get(retry).status_code == 405  # an action: POST only
    response = client.post(retry)
    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.status == Status.PENDING

    client.post(reverse("notification_outbox:retry", args=[sent.pk]))
    run_worker()
    failed.refresh_from_db()
    assert failed.status == Status.SENT
    assert failed.attempts == notifications.MAX_ATTEMPTS + 1
    assert len(mail_server.messages_for(failed.report.reference)) == 1
    assert mail_server.messages_for(sent.report.reference) == []
