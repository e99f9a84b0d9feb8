"""Content-free notification emails to the authority that must act on a report.

The Notification row is the source of truth (pending, sent or failed; attempts;
last error; when sent). Its delivery task is a django-tasks task stored by the
database backend, enqueued in the same transaction as the report, so the task
exists exactly when the report does and a worker cannot see it before commit.

django-tasks does not retry, so this module does: a failed attempt records the
error and enqueues the next attempt with ``run_after`` (30 s, 2 min, 8 min,
32 min, then hourly) in the same transaction that counts the attempt; after
MAX_ATTEMPTS the notification is FAILED and waits in the admin outbox for a
person to press "retry now". There is at most one waiting (READY) task per
notification, so retry chains never multiply.

The task has a queue of its own (``QUEUE``) and the highest priority, so a
notification is the next task any worker takes, however many of Wagtail's
search and reference-index tasks are waiting.

A worker that dies mid-task leaves its task RUNNING for ever; ``sweep()`` marks
such tasks failed once their worker's lease has run out (``forms.worker``: no
heartbeat for 45 seconds) and requeues every pending notification that has no
task waiting or running. ``manage.py run_worker`` runs the sweep every 15 seconds.
"""

import logging
import re
import smtplib
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django_tasks import TaskResultStatus, task
from django_tasks.base import TASK_MAX_PRIORITY
from django_tasks_db.models import DBTaskResult

from . import worker
from .models import Authority, Notification
from .routing import TRIAGE

logger = logging.getLogger(__name__)

# Backoff: 30 s after the first failure, then four times longer each time, capped at
# an hour; ten attempts span about 5 h 40 min of outage before a person is needed.
FIRST_RETRY = timedelta(seconds=30)
BACKOFF_FACTOR = 4
LONGEST_WAIT = timedelta(hours=1)
MAX_ATTEMPTS = 10
# A worker that keeps no heartbeat (django-tasks-db's own db_worker) has no lease:
# its task RUNNING longer than this lost it. One send takes at most a few SMTP
# timeouts (SEND_TIMEOUT each), far below ten minutes.
STALE_AFTER = timedelta(minutes=10)
# Report notifications' own queue (settings.TASKS lists it; the worker takes it first).
QUEUE = "reports"
SEND_TIMEOUT = 30  # seconds per SMTP operation when EMAIL_TIMEOUT is not set
# Handlers read English whatever language the reporter used; the strings still go
# through gettext so the site can be translated later.
HANDLER_LANGUAGE = "en"

LIVE_STATUSES = (TaskResultStatus.READY, TaskResultStatus.RUNNING)
ADDRESS = re.compile(r"[^\s<>()\[\]\"',;:]+@[^\s<>()\[\]\"',;:]+")


class NotificationNotSent(Exception):
    """An attempt failed. Raised after the attempt is recorded and committed, so
    the task shows as failed; the Notification row says what happens next."""


class NoAddress(Exception):
    """Neither the authority nor the triage team has a notification address."""


class WorkerLost(Exception):
    """Recorded on a task whose worker stopped while running it (see sweep)."""


def enqueue(notification):
    """Queue the first attempt. Call inside the transaction that saves the report."""
    return _schedule(notification.pk)


def backoff(attempts):
    """How long to wait after the given number of failed attempts."""
    return min(FIRST_RETRY * BACKOFF_FACTOR ** max(attempts - 1, 0), LONGEST_WAIT)


def task_path():
    return deliver_notification.module_path


def _tasks_for(notification_id):
    return DBTaskResult.objects.filter(task_path=task_path(), args_kwargs__args__0=notification_id)


def _schedule(notification_id, run_after=None):
    """Enqueue an attempt, replacing any attempt still waiting for this notification
    (one chain per notification). Runs in the caller's transaction."""
    _tasks_for(notification_id).filter(status=TaskResultStatus.READY).delete()
    deliver = deliver_notification
    if run_after is not None:
        deliver = deliver.using(run_after=run_after)
    return deliver.enqueue(notification_id)


def next_attempts():
    """{notification id: when its waiting task may run, or None for "now"}."""
    waiting = DBTaskResult.objects.filter(
        task_path=task_path(), status=TaskResultStatus.READY
    ).values_list("args_kwargs", "run_after")
    found = {}
    for args_kwargs, run_after in waiting:
        # The far-future date is django-tasks-db's "as soon as possible".
        found[_notification_id(args_kwargs)] = run_after if run_after.year < 9999 else None
    return found


def _notification_id(args_kwargs):
    try:
        return int(args_kwargs["args"][0])
    except (KeyError, IndexError, TypeError, ValueError):
        return None


# --- The email -----------------------------------------------------------------


def recipients_for(authority):
    """(addresses, via_triage). An authority without an address is not left silent:
    the triage team is told instead, because a report nobody hears of is the worst outcome.
    """
    if addresses := authority.notification_addresses:
        return addresses, False
    triage = Authority.objects.filter(slug=TRIAGE).exclude(pk=authority.pk).first()
    if triage and (addresses := triage.notification_addresses):
        return addresses, True
    also = f" and neither has {triage.name}" if triage else ""
    raise NoAddress(
        f"{authority.name} has no notification address{also}: "
        "add one in Snippets > Authorities, then press Retry now."
    )


def admin_link(report):
    """The report in the handler inbox, or the admin home until the inbox exists."""
    try:
        path = reverse("reports_inbox:inspect", args=[report.pk])
    except NoReverseMatch:
        path = reverse("wagtailadmin_home")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def build_email(notification):
    """The email: reference, kind, time received and a link. Nothing the reporter wrote."""
    report = notification.report
    recipients, via_triage = recipients_for(notification.authority)
    with translation.override(HANDLER_LANGUAGE):
        received = formats.date_format(timezone.localtime(report.created_at), "j F Y, H:i T")
        values = {
            "reference": report.reference,
            "kind": report.get_kind_display(),
            "received": received,
            "authority": notification.authority.name,
        }
        lines = [
            _("A new report has arrived through the Pan-Cheshire website."),
            "",
            _("Reference: %(reference)s") % values,
            _("Kind: %(kind)s") % values,
            _("Received: %(received)s") % values,
            "",
            _("Read it in the admin (you will need to sign in):"),
            admin_link(report),
            "",
        ]
        if via_triage:
            lines += [
                _(
                    "This report is for %(authority)s, which has no notification address. "
                    "Please make sure they know it has arrived."
                )
                % values,
                "",
            ]
        lines.append(
            _("This email does not contain what the reporter wrote. Please do not reply to it.")
        )
        subject = _("New report %(reference)s") % values
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2].strip(">") or "localhost"
    return EmailMessage(
        subject=subject,
        body="\n".join(lines) + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        headers={
            # The same Message-ID on every attempt: if a retry repeats a delivery
            # (see deliver_notification), mail systems can tell it is one message.
            # The random reference keeps it unique across databases, unlike the pk.
            "Message-ID": f"<report-{report.reference.lower()}.{notification.pk}@{domain}>",
            "Auto-Submitted": "auto-generated",
            "X-Auto-Response-Suppress": "All",
        },
    )


def describe(error, allowed_addresses=()):
    """A short error for the outbox: no report content (the email has none) and no
    address except the authority's own."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = sorted({str(code) for code, _message in error.recipients.values()})
        text = f"recipients refused by the mail server ({', '.join(codes)})"
    elif isinstance(error, smtplib.SMTPResponseException):
        message = error.smtp_error
        if isinstance(message, bytes):
            message = message.decode("utf-8", "replace")
        text = f"mail server answered {error.smtp_code}: {message}"
    else:
        text = str(error) or "no detail"
    text = f"{type(error).__name__}: {text}"
    allowed = {address.lower() for address in allowed_addresses}
    text = ADDRESS.sub(lambda m: m[0] if m[0].lower() in allowed else "[address]", text)
    return " ".join(text.split())[:300]


def send(message, timeout=None):
    timeout = timeout or getattr(settings, "EMAIL_TIMEOUT", None) or SEND_TIMEOUT
    if get_connection(timeout=timeout).send_messages([message]) != 1:
        raise smtplib.SMTPException("the mail backend did not send the message")


# --- The task ------------------------------------------------------------------


@task(queue_name=QUEUE, priority=TASK_MAX_PRIORITY)
def deliver_notification(notification_id):
    """One attempt to deliver one notification. Safe to run twice: a SENT
    notification is never sent again, and the row is locked while sending."""
    with transaction.atomic():
        notification = (
            # Lock this row only (not its report or authority) while sending, so a
            # second worker waits and then finds it sent. A no-op on SQLite: fine.
            Notification.objects.select_for_update(of=("self",))
            .select_related("report", "authority")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None:
            return "gone"  # its report was deleted (retention)
        if notification.status != Notification.Status.PENDING:
            return f"already {notification.status}"
        notification.attempts += 1
        nowhere = False
        try:
            send(build_email(notification))
        except NoAddress as error:
            notification.status = Notification.Status.FAILED
            notification.last_error = str(error)[:300]
            retry_at = None
            nowhere = True
        except Exception as error:
            notification.last_error = describe(error, notification.authority.notification_addresses)
            retry_at = _after_failure(notification)
        else:
            # If the process dies after the server accepted the message but before
            # this commit, the sweep sends it again: delivery is at least once.
            notification.status = Notification.Status.SENT
            notification.sent_at = timezone.now()
            notification.last_error = ""
            notification.save(update_fields=["status", "attempts", "sent_at", "last_error"])
            return "sent"
        notification.save(update_fields=["status", "attempts", "last_error"])
    if nowhere and settings.DEBUG:
        # `make run`: the demo's authorities have no address. The failure is recorded
        # as in production (the outbox shows it); the console gets one line, not a
        # failed task's traceback for every demo report.
        logger.warning(
            "Report %s not sent: %s", notification.report.reference, notification.last_error
        )
        return "no address"
    # Committed: the attempt is counted and the next one queued. Fail the task so
    # the task table shows the failed run; the message carries no report content.
    if retry_at:
        raise NotificationNotSent(
            f"attempt {notification.attempts} failed, next at {retry_at:%Y-%m-%d %H:%M:%S %Z}: "
            f"{notification.last_error}"
        )
    raise NotificationNotSent(
        f"attempt {notification.attempts} failed, giving up: {notification.last_error}"
    )


def _after_failure(notification):
    """Queue the next attempt (in the current transaction), or give up. Returns
    the time of the next attempt, or None."""
    if notification.attempts >= MAX_ATTEMPTS:
        notification.status = Notification.Status.FAILED
        return None
    retry_at = timezone.now() + backoff(notification.attempts)
    _schedule(notification.pk, run_after=retry_at)
    return retry_at


def retry_now(notification):
    """The outbox's "retry now": one more attempt as soon as a worker is free.
    A notification already sent is left alone. Returns True when queued."""
    with transaction.atomic():
        locked = Notification.objects.select_for_update().get(pk=notification.pk)
        if locked.status == Notification.Status.SENT:
            return False
        # A failed one gets a single attempt: failing again marks it failed again.
        locked.status = Notification.Status.PENDING
        locked.save(update_fields=["status"])
        _schedule(locked.pk)
    return True


# --- The sweep -----------------------------------------------------------------


@dataclass(frozen=True)
class Swept:
    stale: int  # tasks left RUNNING by a worker that died, now marked failed
    requeued: int  # pending notifications that had no task and got a fresh one


def sweep(lease=worker.LEASE, stale_after=STALE_AFTER, now=None):
    """Repair what a dead worker or a crashed task left behind.

    1. A notification task still RUNNING lost its worker when that worker's lease
       has run out (no heartbeat for ``lease``), or, for a worker that keeps no
       heartbeat, when it started before ``now - stale_after``: mark it FAILED and
       count the attempt on its notification.
    2. Every PENDING notification with no READY or RUNNING task (its worker died,
       or its last task failed without queueing another) gets a fresh task now.
    """
    now = now or timezone.now()
    seen, alive = worker.lease_holders(now, lease)
    stale = 0
    running = DBTaskResult.objects.filter(
        task_path=task_path(), status=TaskResultStatus.RUNNING
    ).values_list("pk", "worker_ids", "started_at")
    for task_id, worker_ids, started_at in list(running):
        claimer = worker_ids[-1] if worker_ids else None
        if claimer in alive:
            continue
        if claimer not in seen and started_at and started_at >= now - stale_after:
            continue
        with transaction.atomic():
            stale += _mark_lost(task_id, now)

    # Pending first, then live tasks: a task that finishes in between can only make
    # us queue a spare attempt, which finds the notification sent and does nothing.
    pending = set(
        Notification.objects.filter(status=Notification.Status.PENDING).values_list("pk", flat=True)
    )
    live = {
        _notification_id(args_kwargs)
        for args_kwargs in DBTaskResult.objects.filter(
            task_path=task_path(), status__in=LIVE_STATUSES
        ).values_list("args_kwargs", flat=True)
    }
    requeued = 0
    for notification_id in sorted(pending - live):
        with transaction.atomic():
            _schedule(notification_id)
        requeued += 1
    if stale or requeued:
        logger.warning("Notification sweep: %d lost tasks, %d requeued", stale, requeued)
    return Swept(stale=stale, requeued=requeued)


def _mark_lost(task_id, now):
    # Only a row still RUNNING: a worker that just finished wins.
    marked = DBTaskResult.objects.filter(pk=task_id, status=TaskResultStatus.RUNNING).update(
        status=TaskResultStatus.FAILED,
        finished_at=now,
        exception_class_path=f"{__name__}.{WorkerLost.__name__}",
        traceback=(
            f"{WorkerLost.__name__}: the worker stopped while running this task; "
            "the sweep marked it failed and requeued its notification."
        ),
    )
    if not marked:
        return 0
    args_kwargs = DBTaskResult.objects.values_list("args_kwargs", flat=True).get(pk=task_id)
    notification = (
        Notification.objects.select_for_update()
        .filter(pk=_notification_id(args_kwargs), status=Notification.Status.PENDING)
        .first()
    )
    if notification:
        notification.attempts += 1
        notification.last_error = (
            f"The worker stopped during attempt {notification.attempts}; "
            "the email may or may not have gone out, so it will be sent again."
        )
        if notification.attempts >= MAX_ATTEMPTS:
            notification.status = Notification.Status.FAILED
        notification.save(update_fields=["attempts", "last_error", "status"])
    return 1
