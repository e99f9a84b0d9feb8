"""Telling people when report notifications are held up, or a reference is guessed at.

Alerts, none of which carries anything a reporter wrote:

- a notification not delivered 15 minutes after its report was saved (its
  attempts keep failing, or nothing is trying);
- no worker has run for 5 minutes (the workers' heartbeats, ``WorkerHeartbeat``);
- many wrong receipt codes for one report's reference (raised by ``forms.followup``).

Administrators and the triage team see them as a banner at the top of the
Wagtail dashboard and get an email for each (once, and again every few hours
while it lasts); ``/healthz`` lists the first two. The worker checks every
minute (``forms.worker``). A stopped worker cannot send its own alert, so
``/healthz`` (polled by the container's health check) also checks, at most
once a minute, while no worker is running.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db.models import Max, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import notifications
from .models import Alert, Authority, Notification, WorkerHeartbeat
from .routing import TRIAGE

logger = logging.getLogger(__name__)

NOTIFICATION_LATE_AFTER = timedelta(minutes=15)
WORKER_SILENT_AFTER = timedelta(minutes=5)
GUESSING_SHOWN_FOR = timedelta(hours=24)
EMAIL_AGAIN_AFTER = timedelta(hours=6)
HEALTHZ_CHECK_SECONDS = 60
HEALTHZ_EMAIL_TIMEOUT = 3  # seconds: the health check itself must answer quickly
LATE, SILENT, GUESSING = "notifications-late", "worker-silent", "followup-guessing:"
ADMIN_LANGUAGE = "en"


@dataclass(frozen=True)
class Condition:
    key: str
    message: str


def conditions(now=None):
    """The alerts about the notifications and the worker that hold right now."""
    now = now or timezone.now()
    found = []
    late = Notification.objects.exclude(status=Notification.Status.SENT).filter(
        created_at__lte=now - NOTIFICATION_LATE_AFTER
    )
    count = late.count()
    if count:
        message = ngettext(
            "%(count)d report notification has not been delivered 15 minutes after its "
            "report arrived. The report is saved; its authority does not know about it yet. "
            "See Notifications in the admin.",
            "%(count)d report notifications have not been delivered 15 minutes after their "
            "reports arrived. The reports are saved; their authorities do not know about "
            "them yet. See Notifications in the admin.",
            count,
        ) % {"count": count}
        found.append(Condition(LATE, message))
    last_seen = last_worker_seen()
    if last_seen is None or last_seen <= now - WORKER_SILENT_AFTER:
        if last_seen is None:
            message = _("No background worker has run yet, so no report notification is sent.")
        else:
            minutes = int((now - last_seen).total_seconds() // 60)
            message = _(
                "No background worker has run for %(minutes)d minutes, so report "
                "notifications are waiting. Start it again (manage.py run_worker)."
            ) % {"minutes": minutes}
        found.append(Condition(SILENT, message))
    return found


def last_worker_seen():
    return WorkerHeartbeat.objects.aggregate(latest=Max("seen_at"))["latest"]


def check(now=None, email_timeout=None):
    """Bring the alert rows up to date and email whatever nobody has been told of."""
    now = now or timezone.now()
    with translation.override(ADMIN_LANGUAGE):
        live = conditions(now)
    Alert.objects.filter(key__in=[LATE, SILENT]).exclude(key__in=[c.key for c in live]).delete()
    for condition in live:
        alert, created = Alert.objects.get_or_create(
            key=condition.key, defaults={"message": condition.message, "raised_at": now}
        )
        if not created and alert.message != condition.message:
            Alert.objects.filter(pk=alert.pk).update(message=condition.message)
    Alert.objects.filter(key__startswith=GUESSING, raised_at__lt=now - GUESSING_SHOWN_FOR).delete()
    _email(now, email_timeout)
    return live


def raise_guessing_alert(reference, now=None):
    """Many wrong codes for ``reference``: shown and emailed (by the next check)."""
    now = now or timezone.now()
    with translation.override(ADMIN_LANGUAGE):
        message = _(
            "Many wrong receipt codes were tried for report %(reference)s in the last hour. "
            "The reporter can still check on it from their own connection; its history "
            "in the inbox shows when this happened."
        ) % {"reference": reference}
    Alert.objects.update_or_create(
        key=f"{GUESSING}{reference}",
        defaults={"message": message, "raised_at": now, "emailed_at": None},
    )


def shown_alerts(now=None):
    """What the dashboard banner lists: the live conditions and recent alerts."""
    now = now or timezone.now()
    live = conditions(now)
    recent = Alert.objects.filter(
        key__startswith=GUESSING, raised_at__gte=now - GUESSING_SHOWN_FOR
    ).values_list("message", flat=True)
    return [condition.message for condition in live] + list(recent)


def health_warnings():
    """For /healthz (``core.health``): the conditions, and, while no worker runs
    to do it, the minute's check (``check``) that sends their emails."""
    live = conditions()
    if any(c.key == SILENT for c in live) and cache.add(
        "reports-monitor-healthz-check", 1, timeout=HEALTHZ_CHECK_SECONDS
    ):
        try:
            check(email_timeout=HEALTHZ_EMAIL_TIMEOUT)
        except Exception:  # the health check answers whatever happens here
            logger.exception("Alert check from /healthz failed")
    return [condition.message for condition in live]


def recipients():
    """Administrators and the triage team: their own addresses, and the triage
    team's notification addresses."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    triage = Authority.objects.filter(slug=TRIAGE).select_related("handlers").first()
    admins = Q(is_superuser=True) | Q(groups__permissions__codename="view_report_audit_log")
    who = admins | Q(groups=triage.handlers) if triage and triage.handlers else admins
    addresses = set(users.filter(who).values_list("email", flat=True))
    if triage:
        addresses.update(triage.notification_addresses)
    return sorted(addresses)


def _email(now, timeout=None):
    """One email listing every alert not yet emailed (or not for a while)."""
    due = Alert.objects.filter(
        Q(emailed_at__isnull=True) | Q(emailed_at__lt=now - EMAIL_AGAIN_AFTER)
    )
    alerts = list(due)
    to = recipients()
    if not alerts or not to:
        return 0
    with translation.override(ADMIN_LANGUAGE):
        lines = [_("The Pan-Cheshire reporting website needs attention:"), ""]
        lines += [f"- {alert.message}" for alert in alerts]
        lines += ["", _("This email contains nothing a reporter wrote.")]
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"
        lines += [_("Admin: %(link)s") % {"link": link}]
        subject = _("Reporting website: %(count)d alert(s)") % {"count": len(alerts)}
    message = EmailMessage(
        subject=subject,
        body="\n".join(lines) + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        headers={"Auto-Submitted": "auto-generated"},
    )
    try:
        notifications.send(message, timeout=timeout)
    except Exception as error:
        # Often the very outage the alert is about: the banner and /healthz still say it.
        logger.warning("Alert email not sent: %s", notifications.describe(error, to))
        return 0
    Alert.objects.filter(pk__in=[alert.pk for alert in alerts]).update(emailed_at=now)
    return len(alerts)
