"""Retention of reports by the daily job (forms/retention.py), time-travelled: the job is
run at chosen moments, with the reports' dates set in the past.

Nothing is deleted without a warning to the handlers first; a report nobody opened, or
whose authority was never told, is escalated to triage and never deleted; deleting a
report deletes its notes and notifications and empties its audit entries.
"""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from core.retention import run_daily
from forms import retention
from forms.choices import ReportStatus
from forms.inbox import VIEWED
from forms.models import Authority, Notification, Report, ReportLogEntry, ReportNote
from forms.submission import save_report

SECRET = "the blue door on Mersey Road"
NOW = timezone.now()
DAY = timedelta(days=1)


def answers():
    return {
        "kind": "intelligence",
        "area_given": "warrington",
        "what_happened": "Young people dropped off late at night",
        "when_precision": "unknown",
        "place_type": "hotel",
        "reporter_role": "hotel",
        "language": "en",
    }


@pytest.fixture(autouse=True)
def addresses(db):
    Authority.objects.filter(slug="cheshire-police").update(
        notification_emails="police@example.org"
    )
    Authority.objects.filter(slug="pan-cheshire-triage").update(
        notification_emails="triage@example.org"
    )


def make_report(token, status=ReportStatus.NEW, days_ago=0, closed_days_ago=None, opened=True):
    """A report last changed ``days_ago`` (closed ``closed_days_ago``), notified and,
    unless ``opened`` is False, read by a handler."""
    report = save_report(answers(), token).report
    then = NOW - timedelta(days=days_ago)
    closed_at = NOW - timedelta(days=closed_days_ago) if closed_days_ago is not None else None
    Report.objects.filter(pk=report.pk).update(
        status=status, closed_at=closed_at, updated_at=closed_at or then, created_at=then
    )
    Notification.objects.filter(report=report).update(status=Notification.Status.SENT)
    note = ReportNote.objects.create(report=report, kind=ReportNote.Kind.INTERNAL, text=SECRET)
    ReportNote.objects.filter(pk=note.pk).update(created_at=then - DAY)
    log(instance=report, action="wagtail.edit", data={"note": SECRET, "status": status})
    log(instance=note, action="wagtail.create", data={"text": SECRET})
    if opened:
        log(instance=report, action=VIEWED)
    return Report.objects.get(pk=report.pk)


def run(at=NOW, **options):
    mail.outbox.clear()
    return run_daily(now=at, **options)


def exists(report):
    return Report.objects.filter(pk=report.pk).exists()


def test_a_closed_report_is_deleted_only_after_its_handlers_were_warned(db):
    old = make_report("old", ReportStatus.CLOSED, closed_days_ago=400)
    recent = make_report("recent", ReportStatus.CLOSED, closed_days_ago=30)

    counts = run()["reports-closed"]
    assert counts == {"deleted": 0, "warned": 1, "escalated": 0}
    assert exists(old) and exists(recent)
    [warning] = mail.outbox
    assert warning.to == ["police@example.org"]
    assert old.reference in warning.body and recent.reference not in warning.body
    assert SECRET not in warning.body and "dropped off" not in warning.body
    assert ReportLogEntry.objects.filter(action=retention.WARNED, object_id=str(old.pk)).exists()

    # The warning period has not passed: kept, and not warned again.
    assert run(NOW + 29 * DAY)["reports-closed"] == {"deleted": 0, "warned": 0, "escalated": 0}
    assert mail.outbox == []
    assert exists(old)

    assert run(NOW + 31 * DAY)["reports-closed"]["deleted"] == 1
    assert not exists(old) and exists(recent)
    assert not ReportNote.objects.filter(report_id=old.pk).exists()
    assert not Notification.objects.filter(report_id=old.pk).exists()


def test_deletion_empties_the_audit_entries_but_keeps_who_when_and_what(db):
    old = make_report("old", ReportStatus.CLOSED, closed_days_ago=400)
    kept = make_report("kept", ReportStatus.IN_PROGRESS, days_ago=5)
    note_id = str(old.notes.get().pk)
    run()
    run(NOW + 31 * DAY)
    edit = ReportLogEntry.objects.get(action="wagtail.edit", object_id=str(old.pk))
    assert edit.data == {} and edit.label == old.reference
    note_entry = ModelLogEntry.objects.get(
        content_type=ContentType.objects.get_for_model(ReportNote), object_id=note_id
    )
    assert note_entry.data == {} and note_entry.label == old.reference
    deletion = ReportLogEntry.objects.get(action="wagtail.delete", object_id=str(old.pk))
    assert deletion.deleted and deletion.data == {}
    assert ReportLogEntry.objects.get(action="wagtail.edit", object_id=str(kept.pk)).data[
        "note"
    ] == (SECRET)


def test_an_open_report_is_kept_while_worked_on_and_deleted_after_the_open_period(db):
    stale = make_report("stale", ReportStatus.IN_PROGRESS, days_ago=800)
    noted = make_report("noted", ReportStatus.IN_PROGRESS, days_ago=800)
    # A note 10 days ago restarts the clock.
    ReportNote.objects.filter(report=noted).update(created_at=NOW - 10 * DAY)
    passed_on = make_report("passed", ReportStatus.PASSED_ON, days_ago=400)

    results = run()
    assert results["reports-open"]["warned"] == 1
    assert results["reports-passed-on"]["warned"] == 1
    run(NOW + 31 * DAY)
    assert not exists(stale) and not exists(passed_on)
    assert exists(noted)


def test_a_report_nobody_opened_is_escalated_to_triage_never_deleted(db):
    unread = make_report("unread", ReportStatus.NEW, days_ago=800, opened=False)

    assert run()["reports-open"] == {"deleted": 0, "warned": 0, "escalated": 1}
    [email] = mail.outbox
    assert email.to == ["triage@example.org"]
    assert unread.reference in email.body and "no handler has opened it" in email.body
    assert "dropped off" not in email.body
    entry = ReportLogEntry.objects.get(action=retention.ESCALATED, object_id=str(unread.pk))
    assert entry.data == {"reason": retention.NOT_OPENED}

    # Not every day: again once the warning period has passed. Never deleted.
    assert run(NOW + 10 * DAY)["reports-open"]["escalated"] == 0
    assert run(NOW + 31 * DAY)["reports-open"]["escalated"] == 1
    assert run(NOW + 400 * DAY)["reports-open"]["deleted"] == 0
    assert exists(unread)


def test_a_report_whose_notification_failed_is_escalated_not_deleted(db):
    report = make_report("failed", ReportStatus.CLOSED, closed_days_ago=400)
    Notification.objects.filter(report=report).update(status=Notification.Status.FAILED)
    counts = run()["reports-closed"]
    assert counts == {"deleted": 0, "warned": 0, "escalated": 1}
    assert "notification was never delivered" in mail.outbox[0].body
    run(NOW + 100 * DAY)
    assert exists(report)


def test_a_report_reopened_after_its_warning_is_not_deleted_on_that_warning(db):
    report = make_report("reopened", ReportStatus.CLOSED, closed_days_ago=400)
    run()
    # A handler reopens it a week later; its clock starts again then.
    Report.objects.filter(pk=report.pk).update(
        status=ReportStatus.IN_PROGRESS, closed_at=None, updated_at=NOW + 7 * DAY
    )
    results = run(NOW + 40 * DAY)
    assert results["reports-open"] == {"deleted": 0, "warned": 0, "escalated": 0}
    assert exists(report)


def test_when_the_warning_cannot_be_sent_nothing_is_deleted(db, settings):
    report = make_report("unsent", ReportStatus.CLOSED, closed_days_ago=400)
    Authority.objects.update(notification_emails="")  # nobody to tell, not even triage
    assert run()["reports-closed"]["warned"] == 0
    assert not ReportLogEntry.objects.filter(action=retention.WARNED).exists()
    run(NOW + 60 * DAY)
    assert exists(report)


def test_an_authority_without_an_address_is_warned_through_triage(db):
    make_report("via-triage", ReportStatus.CLOSED, closed_days_ago=400)
    Authority.objects.filter(slug="cheshire-police").update(notification_emails="")
    run()
    assert mail.outbox[0].to == ["triage@example.org"]


def test_a_dry_run_counts_and_changes_nothing(db):
    old = make_report("old", ReportStatus.CLOSED, closed_days_ago=400)
    unread = make_report("unread", ReportStatus.NEW, days_ago=800, opened=False)
    results = run(dry_run=True)
    assert results["reports-closed"]["warned"] == 1
    assert results["reports-open"]["escalated"] == 1
    assert mail.outbox == []
    assert not ReportLogEntry.objects.filter(
        action__in=[retention.WARNED, retention.ESCALATED]
    ).exists()
    assert exists(old) and exists(unread)


def test_audit_entries_of_reports_deleted_long_ago_go_after_their_period(db, settings):
    old = make_report("old", ReportStatus.CLOSED, closed_days_ago=400)
    run()
    run(NOW + 31 * DAY)
    entries = ReportLogEntry.objects.filter(object_id=str(old.pk))
    assert entries.exists()
    years_later = NOW + timedelta(days=settings.RETENTION["reports-audit-trail"] + 40)
    assert run(years_later)["reports-audit-trail"]["deleted"] >= entries.count()
    assert not ReportLogEntry.objects.filter(object_id=str(old.pk)).exists()
