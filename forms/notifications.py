"""Content-free notification emails to the authority that must act.

The outbox row (Notification) is written in the report's transaction; the task
that delivers it is enqueued in the same transaction (django-tasks' database
backend), so a failing mail server or worker loses nothing.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task


def enqueue(notification):
    deliver_notification.enqueue(notification.pk)


def build_email(notification):
    report = notification.report
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "reports_inbox:inspect", args=[report.pk]
    )
    body = (
        "A new report has been made on the Pan-Cheshire website.\n\n"
        f"Reference: {report.reference}\n"
        f"Kind: {report.get_kind_display()}\n"
        f"Received: {timezone.localtime(report.created_at):%d %B %Y at %H:%M}\n\n"
        f"Read it in the admin (you will need to sign in): {link}\n\n"
        "This email does not contain what the reporter wrote.\n"
    )
    return EmailMessage(
        subject=f"New report {report.reference}",
        body=body,
        to=notification.authority.notification_addresses,
    )


@task()
def deliver_notification(notification_id):
    from .models import Notification

    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .select_related("report", "authority")
            .get(pk=notification_id)
        )
        if notification.status != Notification.Status.PENDING:
            return "already handled"
        notification.attempts += 1
        build_email(notification).send()
        notification.status = Notification.Status.SENT
        notification.sent_at = timezone.now()
        notification.save(update_fields=["attempts", "status", "sent_at"])
    return "sent"
