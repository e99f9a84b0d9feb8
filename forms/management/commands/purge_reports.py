"""Retention: delete reports closed long enough ago, and the content of their audit trail.

A report goes once it has been closed for ``REPORT_RETENTION_DAYS`` (``--days``
overrides), together with its notes and notifications. Its audit entries (Wagtail
log entries for the report, its notes and its notifications) are kept as a
record of who did what and when, but their ``data`` is emptied and their label
becomes the bare reference, so nothing said in or about the report survives. A
``wagtail.delete`` entry records the deletion itself. Open reports, and reports
reopened since they were closed, are never touched.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Case, CharField, Value, When
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

from forms.choices import ReportStatus
from forms.models import Notification, Report, ReportNote


def expired_reports(cutoff):
    return Report.objects.filter(status=ReportStatus.CLOSED, closed_at__lt=cutoff)


def audit_entries(report_ids):
    """Every ModelLogEntry about these reports, their notes or their notifications,
    with the reference each belongs to: {content type: {object id: reference}}."""
    references = dict(Report.objects.filter(pk__in=report_ids).values_list("pk", "reference"))
    owners = {Report: {str(pk): ref for pk, ref in references.items()}}
    for model in (ReportNote, Notification):
        rows = model.objects.filter(report_id__in=report_ids).values_list("pk", "report_id")
        owners[model] = {str(pk): references[report_id] for pk, report_id in rows}
    return {
        ContentType.objects.get_for_model(model, for_concrete_model=False): by_id
        for model, by_id in owners.items()
    }


def entries_queryset(content_type, object_ids):
    log_model = log_registry.get_log_model_for_model(content_type.model_class()) or ModelLogEntry
    return log_model.objects.filter(content_type=content_type, object_id__in=object_ids)


def blank_audit_entries(report_ids):
    """Keep who, when and what action; drop the content. Returns how many entries."""
    cleared = 0
    for content_type, references in audit_entries(report_ids).items():
        if not references:
            continue
        label = Case(
            *[When(object_id=object_id, then=Value(ref)) for object_id, ref in references.items()],
            output_field=CharField(),
        )
        cleared += entries_queryset(content_type, list(references)).update(data={}, label=label)
    return cleared


class Command(BaseCommand):
    help = (
        "Delete reports closed more than REPORT_RETENTION_DAYS ago, with their notes and "
        "notifications, and clear the content of their audit entries."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Delete reports closed more than this many days ago "
            "(default: REPORT_RETENTION_DAYS).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what would be deleted; change nothing."
        )
        parser.add_argument("--batch-size", type=int, default=200)

    def handle(self, *args, days=None, dry_run=False, batch_size=200, **options):
        days = settings.REPORT_RETENTION_DAYS if days is None else days
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        if batch_size < 1:
            raise CommandError("--batch-size must be 1 or more.")
        cutoff = timezone.now() - timedelta(days=days)
        when = f"closed before {timezone.localtime(cutoff):%d %B %Y %H:%M} ({days} days ago)"

        if dry_run:
            ids = list(expired_reports(cutoff).values_list("pk", flat=True))
            entries = sum(
                entries_queryset(content_type, list(references)).count()
                for content_type, references in audit_entries(ids).items()
            )
            self.stdout.write(
                f"Dry run: would delete {len(ids)} reports {when}, with "
                f"{ReportNote.objects.filter(report_id__in=ids).count()} notes and "
                f"{Notification.objects.filter(report_id__in=ids).count()} notifications, "
                f"and clear the content of {entries} audit entries."
            )
            return

        totals = {"reports": 0, "notes": 0, "notifications": 0, "entries": 0}
        while True:
            with transaction.atomic():
                # Locked and checked again inside the transaction: a report reopened
                # while this runs is left alone.
                ids = list(
                    expired_reports(cutoff)
                    .select_for_update()
                    .order_by("pk")
                    .values_list("pk", flat=True)[:batch_size]
                )
                if not ids:
                    break
                totals["entries"] += blank_audit_entries(ids)
                for report in Report.objects.filter(pk__in=ids).only("pk", "reference"):
                    log(instance=report, action="wagtail.delete", user=None, deleted=True)
                _, deleted = Report.objects.filter(pk__in=ids).delete()
            totals["reports"] += deleted.get(Report._meta.label, 0)
            totals["notes"] += deleted.get(ReportNote._meta.label, 0)
            totals["notifications"] += deleted.get(Notification._meta.label, 0)

        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {totals['reports']} reports {when}, with {totals['notes']} notes "
                f"and {totals['notifications']} notifications; cleared the content of "
                f"{totals['entries']} audit entries."
            )
        )
