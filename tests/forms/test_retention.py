"""Retention: closed reports go after REPORT_RETENTION_DAYS with their notes and
notifications; their audit entries keep who, when and what action, but no content."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from forms.choices import ReportStatus
from forms.models import Notification, Report, ReportLogEntry, ReportNote
from forms.submission import save_report

SECRET = "the blue door on Mersey Road"


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


def make_report(token, status=ReportStatus.NEW, closed_days_ago=None):
    report = save_report(answers(), token).report
    closed_at = None
    if closed_days_ago is not None:
        closed_at = timezone.now() - timedelta(days=closed_days_ago)
    Report.objects.filter(pk=report.pk).update(status=status, closed_at=closed_at)
    note = ReportNote.objects.create(report=report, kind=ReportNote.Kind.INTERNAL, text=SECRET)
    log(instance=report, action="wagtail.edit", data={"note": SECRET, "status": status})
    log(instance=note, action="wagtail.create", data={"text": SECRET})
    return Report.objects.get(pk=report.pk)


@pytest.fixture
def reports(db):
    return {
        "old_closed": make_report("old-closed", ReportStatus.CLOSED, closed_days_ago=400),
        "old_closed_2": make_report("old-closed-2", ReportStatus.CLOSED, closed_days_ago=366),
        "recently_closed": make_report("recent", ReportStatus.CLOSED, closed_days_ago=30),
        "open": make_report("open", ReportStatus.IN_PROGRESS),
        # Closed long ago, then reopened: open again, so kept.
        "reopened": make_report("reopened", ReportStatus.IN_PROGRESS, closed_days_ago=400),
        # Closed but with no date: we cannot tell how long ago, so kept.
        "closed_undated": make_report("undated", ReportStatus.CLOSED),
    }


def run(*args):
    out = StringIO()
    with override_settings(REPORT_RETENTION_DAYS=365):
        call_command("purge_reports", *args, stdout=out)
    return out.getvalue()


def test_deletes_only_reports_closed_before_the_period(reports):
    old = reports["old_closed"]
    old_note_ids = list(old.notes.values_list("pk", flat=True))
    output = run()
    assert "Deleted 2 reports" in output
    assert "2 notes and 2 notifications" in output
    kept = {"recently_closed", "open", "reopened", "closed_undated"}
    assert set(Report.objects.values_list("submission_token", flat=True)) == {
        reports[name].submission_token for name in kept
    }
    assert not ReportNote.objects.filter(pk__in=old_note_ids).exists()
    assert not Notification.objects.filter(report_id=old.pk).exists()
    assert ReportNote.objects.count() == Notification.objects.count() == len(kept)


def test_audit_entries_keep_who_when_and_action_but_lose_their_content(reports):
    old = reports["old_closed"]
    note_id = str(old.notes.get().pk)
    entries = [
        *ReportLogEntry.objects.filter(object_id=str(old.pk)),
        *ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(ReportNote), object_id=note_id
        ),
    ]
    before = {
        (type(entry), entry.pk): (entry.action, entry.timestamp, entry.user_id) for entry in entries
    }
    assert len(before) == 2
    run()
    for (model, pk), (action, timestamp, user_id) in before.items():
        entry = model.objects.get(pk=pk)
        assert (entry.action, entry.timestamp, entry.user_id) == (action, timestamp, user_id)
        assert entry.data == {}
        assert entry.label == old.reference
    deletion = ReportLogEntry.objects.get(action="wagtail.delete", label=old.reference)
    assert deletion.deleted and deletion.data == {} and deletion.label == old.reference
    # Two entries (the report's and its note's) carried the secret for each report;
    # only the kept reports' entries still do.
    carrying = ReportLogEntry.objects.filter(data__icontains="Mersey").count()
    carrying += ModelLogEntry.objects.filter(data__icontains="Mersey").count()
    assert carrying == 2 * 4


def test_entries_of_kept_reports_are_untouched(reports):
    run()
    for name in ("recently_closed", "open", "reopened", "closed_undated"):
        report = reports[name]
        entry = ReportLogEntry.objects.get(action="wagtail.edit", label=report.reference)
        assert entry.data["note"] == SECRET
    assert ReportLogEntry.objects.filter(action="wagtail.delete").count() == 2


def test_dry_run_counts_and_changes_nothing(reports):
    output = run("--dry-run")
    assert "would delete 2 reports" in output
    assert "2 notes and 2 notifications" in output
    assert "content of 4 audit entries" in output
    assert Report.objects.count() == len(reports)
    assert ReportLogEntry.objects.filter(data__note=SECRET).count() == len(reports)


def test_days_overrides_the_setting(reports):
    output = run("--days", "7")
    assert "Deleted 3 reports" in output
    assert not Report.objects.filter(pk=reports["recently_closed"].pk).exists()
    assert Report.objects.filter(pk=reports["open"].pk).exists()


def test_small_batches_delete_everything_due(reports):
    output = run("--batch-size", "1")
    assert "Deleted 2 reports" in output
    assert Report.objects.filter(status=ReportStatus.CLOSED).count() == 2


def test_nothing_due_deletes_nothing(db):
    make_report("fresh", ReportStatus.CLOSED, closed_days_ago=1)
    assert "Deleted 0 reports" in run()
    assert Report.objects.count() == 1


@pytest.mark.django_db
def test_negative_days_are_refused():
    with pytest.raises(CommandError):
        run("--days", "-1")
