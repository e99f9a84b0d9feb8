"""Delete admin sign-in records older than AXES_LOG_RETENTION_DAYS (default 90).

Axes keeps a record of each admin sign-in (AccessLog) and of repeated failures
(AccessFailureLog). Failed attempts (AccessAttempt) need no cleaning: Axes
drops them once AXES_COOLOFF_TIME has passed. Run this daily, e.g. from cron:
``manage.py clean_security_logs``.
"""

from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Delete admin sign-in logs older than AXES_LOG_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Override the retention.")

    def handle(self, *args, days=None, **options):
        days = settings.AXES_LOG_RETENTION_DAYS if days is None else days
        logs = AxesProxyHandler.reset_logs(age_days=days)
        failures = AxesProxyHandler.reset_failure_logs(age_days=days)
        self.stdout.write(
            f"Deleted {logs} sign-in records and {failures} failure records older than {days} days."
        )
