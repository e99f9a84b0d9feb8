"""Jobs the worker runs once per period across every worker, with no cron: the daily
retention job and Wagtail's scheduled publishing (forms/worker.py)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from core import retention
from forms import worker
from forms.models import ScheduledRun
from measures.models import PageFeedback


def jobs_by_name():
    return {job.name: job for job in worker.periodic_jobs()}


@pytest.mark.django_db
def test_retention_runs_once_a_day_however_many_workers_check(monkeypatch):
    runs = []
    monkeypatch.setattr(retention, "run_daily", lambda: runs.append(1) or {"feedback": {}})
    job = jobs_by_name()["retention"]
    assert job.every <= timedelta(hours=1)  # a missed day is made up within the hour

    assert job.run() == {"feedback": {}}
    for _ in range(5):  # other workers, or this one restarted, later the same day
        assert job.run() is None
    assert len(runs) == 1

    # A day later (the last run moved back), the next check runs it again.
    ScheduledRun.objects.filter(name="retention").update(
        last_run_at=timezone.now() - timedelta(days=1, seconds=1)
    )
    job.run()
    assert len(runs) == 2


@pytest.mark.django_db
def test_a_turn_is_claimed_by_one_worker_only():
    now = timezone.now()
    assert worker.claim_turn("job", timedelta(days=1), now=now)
    assert not worker.claim_turn("job", timedelta(days=1), now=now)
    assert not worker.claim_turn("job", timedelta(days=1), now=now + timedelta(hours=23))
    assert worker.claim_turn("job", timedelta(days=1), now=now + timedelta(days=1))
    assert ScheduledRun.objects.filter(name="job").count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_running_worker_deletes_what_the_schedule_says_is_due(settings):
    """The real worker, started and stopped after its first round of jobs: a page
    answer past its period is gone, a newer one stays; no cron job was involved."""
    page = Page.objects.first()
    today = timezone.localdate()
    for age in (settings.RETENTION["feedback"] + 1, 1):
        PageFeedback.objects.create(
            page=page, page_title="P", helpful=True, created_on=today - timedelta(days=age)
        )
    out = io.StringIO()
    call_command("run_worker", max_tasks=0, heartbeat_every=60, stdout=out, stderr=io.StringIO())
    assert list(PageFeedback.objects.values_list("created_on", flat=True)) == [
        today - timedelta(days=1)
    ]
    assert "retention" in out.getvalue()
    assert ScheduledRun.objects.get(name="retention").last_run_at is not None
    assert ScheduledRun.objects.get(name="publish_scheduled").last_run_at is not None


@pytest.mark.django_db
def test_scheduled_publishing_runs_within_the_minute(monkeypatch):
    called = []
    monkeypatch.setattr(worker, "call_command", lambda *args, **kwargs: called.append(args))
    job = jobs_by_name()["scheduled pages"]
    assert job.every <= timedelta(minutes=1)
    job.run()
    job.run()
    assert called == [("publish_scheduled",)]
