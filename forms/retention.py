"""Retention of reports, their audit trail and finished task rows (see core/retention.py).

A report's clock starts when it is closed, or, while it is open or passed on, at its
last change or note; ``settings.RETENTION`` says how long each status keeps it. Nothing
is deleted without warning: the daily job first tells the handling authority (a
content-free email, and a "retention warning" entry in the report's history), and only
``RETENTION["reports-warning"]`` days later, if the report is still due, deletes it. A
report that no handler has ever opened, or whose notification was never delivered, is
never deleted: the triage team is told instead (again every warning period).

Deleting a report deletes its notes and notifications; its audit entries keep who did
what and when but lose their content (the label becomes the bare reference), and a
``wagtail.delete`` entry records the deletion. Those entries go after
``RETENTION["reports-audit-trail"]``.
"""

import logging
from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Case, CharField, Max, Q, Value, When
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry
from wagtail.models import ModelLogEntry

from core import retention
from core.data_inventory import VISITORS, PersonalData, declare, holds_none

from . import notifications
from .choices import ReportStatus
from .inbox import VIEWED
from .models import Authority, Notification, Report, ReportLogEntry, ReportNote
from .routing import TRIAGE

logger = logging.getLogger("core.retention")

WARNED = "reports.retention_warning"
ESCALATED = "reports.retention_escalated"
BATCH_SIZE = 200

# The statuses each rule covers.
STATUSES = {
    "reports-closed": [ReportStatus.CLOSED],
    "reports-passed-on": [ReportStatus.PASSED_ON],
    "reports-open": [ReportStatus.NEW, ReportStatus.IN_PROGRESS],
}


def kept_in_plain_words():
    """How long a report is kept, for the reporter, in words a 12-year-old follows:
    from ``settings.RETENTION`` through the rules' plain sentences, never typed."""
    return [
        str(rule.in_plain_words) % {"duration": rule.duration}
        for rule in retention.rules()
        if rule.key in STATUSES and rule.in_plain_words
    ]


def warning_period():
    return timedelta(days=settings.RETENTION["reports-warning"])


def clock_start(report):
    """When the report's retention clock started (``last_note`` annotated)."""
    if report.status == ReportStatus.CLOSED:
        return report.closed_at or report.updated_at
    last_note = getattr(report, "last_note", None)
    return max(report.updated_at, last_note) if last_note else report.updated_at


def deletion_date(report, key):
    return clock_start(report) + timedelta(days=settings.RETENTION[key])


def _annotated(reports):
    return reports.select_related("authority").annotate(last_note=Max("notes__created_at"))


def _candidates(key, run):
    """Reports of the rule's statuses that are due, or due within the warning period."""
    threshold = run.now + warning_period() - timedelta(days=settings.RETENTION[key])
    if key == "reports-closed":
        started = Q(closed_at__lte=threshold) | Q(closed_at__isnull=True, updated_at__lte=threshold)
    else:
        started = Q(updated_at__lte=threshold)  # a later note only moves the clock on
    reports = _annotated(Report.objects.filter(started, status__in=STATUSES[key])).order_by("pk")
    soon = run.now + warning_period()
    return [report for report in reports if deletion_date(report, key) <= soon]


def _entries(action, reports):
    """{report pk: latest timestamp of ``action``} for these reports."""
    rows = (
        ReportLogEntry.objects.filter(action=action, object_id__in=[str(r.pk) for r in reports])
        .values("object_id")
        .annotate(latest=Max("timestamp"))
    )
    return {int(row["object_id"]): row["latest"] for row in rows}


NOT_NOTIFIED = "not-notified"
NOT_OPENED = "not-opened"
ESCALATION_REASONS = {
    NOT_NOTIFIED: gettext_lazy("its notification was never delivered"),
    NOT_OPENED: gettext_lazy("no handler has opened it"),
}


def needs_escalation(reports):
    """{report pk: reason} for reports nobody has opened or whose authority was never
    told: such a report is never deleted automatically."""
    opened = set(_entries(VIEWED, reports))
    told = set(
        Notification.objects.filter(
            report__in=reports, status=Notification.Status.SENT
        ).values_list("report_id", "authority_id")
    )
    reasons = {}
    for report in reports:
        if (report.pk, report.authority_id) not in told:
            reasons[report.pk] = NOT_NOTIFIED
        elif report.pk not in opened:
            reasons[report.pk] = NOT_OPENED
    return reasons


def apply_reports(key, run):
    """Warn, escalate or delete the reports under one status rule."""
    reports = _candidates(key, run)
    counts = {"deleted": 0, "warned": 0, "escalated": 0}
    if not reports:
        return counts
    escalate = needs_escalation(reports)
    warned = _entries(WARNED, reports)
    escalated = _entries(ESCALATED, reports)
    to_warn, to_escalate, to_delete = [], [], []
    for report in reports:
        due = deletion_date(report, key)
        if report.pk in escalate:
            last = escalated.get(report.pk)
            if due <= run.now and (last is None or last <= run.now - warning_period()):
                to_escalate.append((report, escalate[report.pk]))
            continue
        warning = warned.get(report.pk)
        if warning is None or warning < clock_start(report):
            to_warn.append((report, max(due, run.now + warning_period())))
        elif due <= run.now and warning <= run.now - warning_period():
            to_delete.append(report)
    if run.dry_run:
        return {"deleted": len(to_delete), "warned": len(to_warn), "escalated": len(to_escalate)}
    counts["warned"] = warn_handlers(to_warn, run)
    counts["escalated"] = escalate_to_triage(to_escalate, run)
    counts["deleted"] = delete_reports([r.pk for r in to_delete], key, run)
    return counts


# --- Emails ----------------------------------------------------------------------------


def _date(value):
    return formats.date_format(timezone.localtime(value), "j F Y")


def _send(authority, subject, lines):
    """Send a content-free email to the authority's handlers (or triage). True if sent."""
    try:
        recipients, _via_triage = notifications.recipients_for(authority)
        message = EmailMessage(
            subject=subject,
            body="\n".join(lines) + "\n",
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=recipients,
            headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
        )
        notifications.send(message)
    except Exception as error:  # noqa: BLE001 - tried again at the next daily run
        logger.error("retention: could not email %s (%s)", authority.slug, type(error).__name__)
        return False
    return True


def warn_handlers(pairs, run):
    """One email per authority listing the references and dates; then a history entry
    on each report (only once the email has gone, so a failed send is tried again)."""
    by_authority = defaultdict(list)
    for report, when in pairs:
        by_authority[report.authority].append((report, when))
    warned = 0
    for authority, items in by_authority.items():
        with translation.override(notifications.HANDLER_LANGUAGE):
            lines = [
                _(
                    "Under the site's retention schedule, these reports will be deleted "
                    "from the Pan-Cheshire website on or after the date shown:"
                ),
                "",
                *[
                    f"{report.reference}: {_date(when)}  {notifications.admin_link(report)}"
                    for report, when in items
                ],
                "",
                _(
                    "Copy anything you still need into your own case records first. If a "
                    "report is still being worked on, change its status or add a note: that "
                    "restarts its clock."
                ),
                "",
                _("This email does not contain what the reporters wrote."),
            ]
            subject = _("Reports due for deletion: %(count)s") % {"count": len(items)}
        if not _send(authority, subject, lines):
            continue
        for report, when in items:
            log(instance=report, action=WARNED, user=None, data={"due": when.date().isoformat()})
        warned += len(items)
    return warned


def escalate_to_triage(pairs, run):
    """Tell the triage team about reports that are due but must not be deleted."""
    if not pairs:
        return 0
    triage = Authority.objects.filter(slug=TRIAGE).first()
    if triage is None:
        logger.error(
            "retention: %s reports need escalating and there is no triage team", len(pairs)
        )
        return 0
    with translation.override(notifications.HANDLER_LANGUAGE):
        lines = [
            _(
                "These reports are due for deletion under the site's retention schedule, "
                "but they will be kept, because:"
            ),
            "",
            *[
                f"{report.reference} ({report.authority.name}): {ESCALATION_REASONS[reason]}"
                for report, reason in pairs
            ],
            "",
            _(
                "Please make sure the authority named knows about each one. A report is "
                "kept until a handler has opened it and its authority has been told."
            ),
            "",
            _("This email does not contain what the reporters wrote."),
        ]
        subject = _("Reports nobody has opened: %(count)s") % {"count": len(pairs)}
    if not _send(triage, subject, lines):
        return 0
    for report, reason in pairs:
        log(instance=report, action=ESCALATED, user=None, data={"reason": reason})
    return len(pairs)


# --- Deleting --------------------------------------------------------------------------


def audit_entries(report_ids):
    """Every log entry about these reports, their notes or their notifications, with
    the reference each belongs to: {content type: {object id: reference}}."""
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


def delete_reports(ids, key, run):
    """Delete these reports, checking again inside the transaction that each is still
    due (a handler may have reopened or changed one while the job ran)."""
    deleted = 0
    for start in range(0, len(ids), BATCH_SIZE):
        with transaction.atomic():
            # Lock the rows first: PostgreSQL cannot lock rows read with an aggregate.
            locked = list(
                Report.objects.select_for_update()
                .filter(pk__in=ids[start : start + BATCH_SIZE], status__in=STATUSES[key])
                .values_list("pk", flat=True)
            )
            fresh = _annotated(Report.objects.filter(pk__in=locked))
            due = [report.pk for report in fresh if deletion_date(report, key) <= run.now]
            if not due:
                continue
            blank_audit_entries(due)
            for report in Report.objects.filter(pk__in=due).only("pk", "reference"):
                log(instance=report, action="wagtail.delete", user=None, deleted=True)
            _, removed = Report.objects.filter(pk__in=due).delete()
            deleted += removed.get(Report._meta.label, 0)
    return deleted


def apply_audit_trail(run):
    """Entries about reports deleted long ago: nothing of the report is left in them."""
    cutoff = run.cutoff("reports-audit-trail")
    existing = [str(pk) for pk in Report.objects.values_list("pk", flat=True)]
    entries = ReportLogEntry.objects.filter(timestamp__lt=cutoff).exclude(object_id__in=existing)
    others = ModelLogEntry.objects.filter(
        timestamp__lt=cutoff,
        content_type__in=[
            ContentType.objects.get_for_model(ReportNote),
            ContentType.objects.get_for_model(Notification),
        ],
    )
    notes = [str(pk) for pk in ReportNote.objects.values_list("pk", flat=True)]
    sent = [str(pk) for pk in Notification.objects.values_list("pk", flat=True)]
    others = others.exclude(object_id__in=notes + sent)
    if run.dry_run:
        return {"deleted": entries.count() + others.count()}
    return {"deleted": entries.delete()[0] + others.delete()[0]}


def apply_task_rows(run):
    finished = DBTaskResult.objects.filter(
        status__in=[TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED],
        finished_at__lt=run.cutoff("task-rows"),
    )
    if run.dry_run:
        return {"deleted": finished.count()}
    return {"deleted": finished.delete()[0]}


def register_log_actions(actions):
    """Called from forms/wagtail_hooks.py beside the inbox's own actions."""
    actions.register_action(
        WARNED,
        gettext_lazy("Retention warning"),
        gettext_lazy("Handlers warned that this report is due for deletion"),
    )
    actions.register_action(
        ESCALATED,
        gettext_lazy("Escalated to triage"),
        gettext_lazy("Due for deletion but never opened or never notified: triage told"),
    )


retention.register(
    retention.Rule(
        "reports-open",
        what=gettext_lazy("Reports not yet closed"),
        starts=gettext_lazy(
            "after a handler last changed it or added a note; never deleted automatically "
            "if no handler has opened it"
        ),
        apply=lambda run: apply_reports("reports-open", run),
        in_plain_words=gettext_lazy(
            "A report you send is kept while people are working on it, and for up to "
            "%(duration)s after they last worked on it."
        ),
        order=10,
    )
)
retention.register(
    retention.Rule(
        "reports-passed-on",
        what=gettext_lazy("Reports passed on to another organisation"),
        starts=gettext_lazy("after a handler last changed it or added a note"),
        apply=lambda run: apply_reports("reports-passed-on", run),
        order=11,
    )
)
retention.register(
    retention.Rule(
        "reports-closed",
        what=gettext_lazy("Closed reports, with their notes"),
        starts=gettext_lazy("after the report is closed; handlers are warned first"),
        apply=lambda run: apply_reports("reports-closed", run),
        in_plain_words=gettext_lazy(
            "When the team has finished with a report, it is deleted from this website "
            "%(duration)s later."
        ),
        order=12,
    )
)
retention.register(
    retention.Rule(
        "reports-audit-trail",
        what=gettext_lazy("Records of who handled a deleted report (no report text)"),
        starts=gettext_lazy("after the action they record"),
        apply=apply_audit_trail,
        order=13,
    )
)
retention.register(
    retention.Rule(
        "task-rows",
        what=gettext_lazy("Records of emails sent to handlers (no report text)"),
        starts=gettext_lazy("after the email was sent or given up"),
        apply=apply_task_rows,
        order=80,
    )
)

declare(
    "django_tasks_database.dbtaskresult",
    PersonalData(
        whose=VISITORS,
        retention="task-rows",
        about="The background task that delivers a report's notification email. It "
        "holds the notification's number, never the report's content.",
        fields={
            "status": "Waiting, running, done or failed.",
            "enqueued_at": "When it was queued.",
            "started_at": "When a worker took it.",
            "finished_at": "When it finished; starts the clock.",
            "args_kwargs": "The notification's row number.",
            "priority": "Queue order.",
            "task_path": "Which task (deliver a notification, or Wagtail's own indexing).",
            "worker_ids": "The worker process that ran it (host name and process id).",
            "queue_name": "Which queue.",
            "backend_name": "Which task backend.",
            "run_after": "When a retry may run.",
            "return_value": "A short outcome such as 'sent'.",
            "exception_class_path": "The kind of error, if it failed.",
            "traceback": "Where it failed, if it did (the email has no report content).",
        },
    ),
)
holds_none(
    "Organisations and their published contact details, entered by administrators.",
    "reports.authority",
    "reports.authoritycontact",
)
holds_none("Towns and postcode districts that decide the council.", "reports.locality")
holds_none(
    "The background workers' leases (a host name and process id, kept 7 days) and the "
    "alerts shown to administrators when notifications are held up (a report's "
    "reference at most; removed when the problem clears).",
    "reports.workerheartbeat",
    "reports.alert",
)
holds_none(
    "When each once-a-day or once-a-minute job last ran (a name and a time).",
    "reports.scheduledrun",
)
