"""The daily retention job (core/retention.py): one run applies every app's rules, what
is due goes, what is not stays, and the log says how many, never what.

Time travel: rows are given dates in the past, or the job is run with ``now`` in the
future (the command through a patched ``timezone.now``).
"""

import logging
from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page

from core import retention
from core.retention import Rule, describe_days, run_daily
from measures.models import ConfidenceResponse, PageFeedback, PageView, QuizResponse

NOW = timezone.now()
TODAY = timezone.localdate()


def days_ago(n):
    return TODAY - timedelta(days=n)


def test_every_rule_has_a_period_in_settings_or_a_fixed_text(settings):
    rules = retention.rules()
    keys = {rule.key for rule in rules if rule.key}
    assert keys <= set(settings.RETENTION)
    # Every period in the settings is used by a rule, or is the warning period.
    assert set(settings.RETENTION) - keys == {"reports-warning"}
    for rule in rules:
        assert rule.what and rule.starts and (rule.key or rule.fixed)


def test_periods_read_as_people_say_them():
    assert describe_days(30) == "30 days"
    assert describe_days(365) == "1 year"
    assert describe_days(730) == "2 years"
    assert describe_days(1) == "1 day"


@pytest.mark.django_db
def test_answers_and_counts_go_after_their_period_and_newer_ones_stay(settings):
    page = Page.objects.first()
    keep, due = settings.RETENTION["feedback"] - 1, settings.RETENTION["feedback"] + 1
    for age in (keep, due):
        PageFeedback.objects.create(
            page=page, page_title="P", helpful=True, created_on=days_ago(age)
        )
        ConfidenceResponse.objects.create(before=2, token=f"t{age}", created_on=days_ago(age))
        QuizResponse.objects.create(quiz_title="Q", score=1, total=3, created_on=days_ago(age))
        PageView.objects.create(path=f"/p{age}/", day=days_ago(age), count=3)

    results = run_daily(now=NOW)
    for name in ("feedback", "confidence", "quiz", "page-views"):
        assert results[name] == {"deleted": 1}, name
    for model in (PageFeedback, ConfidenceResponse, QuizResponse, PageView):
        assert model.objects.count() == 1, model


@pytest.mark.django_db
def test_comments_are_emptied_sooner_than_the_answer_they_belong_to(settings):
    days = settings.RETENTION["feedback-comments"]
    old = PageFeedback.objects.create(
        page_title="P", helpful=False, comment="Too long", created_on=days_ago(days + 1)
    )
    new = PageFeedback.objects.create(
        page_title="P", helpful=False, comment="Too short", created_on=days_ago(days - 1)
    )
    assert run_daily(now=NOW)["feedback-comments"] == {"passed to triage": 0, "emptied": 1}
    old.refresh_from_db()
    new.refresh_from_db()
    assert (old.comment, new.comment) == ("", "Too short")


@pytest.mark.django_db
def test_search_counts_task_rows_sign_in_records_and_sessions(settings):
    query = Query.objects.create(query_string="grooming")
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/", sort_order=0
    )
    days = settings.RETENTION["search-counts"]
    QueryDailyHits.objects.create(query=query, date=days_ago(days + 1), hits=4)
    QueryDailyHits.objects.create(query=query, date=days_ago(1), hits=2)

    def task(status, finished_days_ago):
        return DBTaskResult.objects.create(
            status=status,
            args_kwargs={"args": [1], "kwargs": {}},
            task_path="forms.notifications.deliver_notification",
            queue_name="default",
            backend_name="default",
            run_after=NOW,
            finished_at=NOW - timedelta(days=finished_days_ago) if finished_days_ago else None,
        )

    task(TaskResultStatus.SUCCESSFUL, settings.RETENTION["task-rows"] + 1)
    task(TaskResultStatus.FAILED, settings.RETENTION["task-rows"] + 1)
    task(TaskResultStatus.SUCCESSFUL, 1)
    task(TaskResultStatus.READY, None)  # waiting: never touched

    old_time = NOW - timedelta(days=settings.RETENTION["security-logs"] + 1)
    for model in (AccessLog, AccessFailureLog, AccessAttempt):
        extra = {"failures_since_start": 1} if model is AccessAttempt else {}
        old = model.objects.create(username="old", user_agent="x", **extra)
        model.objects.filter(pk=old.pk).update(attempt_time=old_time)  # auto_now_add
        model.objects.create(username="new", user_agent="x", **extra)

    Session.objects.create(session_key="a" * 32, session_data="", expire_date=NOW - timedelta(1))
    Session.objects.create(session_key="b" * 32, session_data="", expire_date=NOW + timedelta(1))

    results = run_daily(now=NOW)
    assert results["search-counts"] == {"deleted": 1}
    assert list(QueryDailyHits.objects.values_list("hits", flat=True)) == [2]
    assert Query.objects.filter(pk=query.pk).exists()  # editors' term, promoted: kept
    assert results["task-rows"] == {"deleted": 2}
    assert DBTaskResult.objects.count() == 2
    assert results["security-logs"] == {"deleted": 3}
    for model in (AccessLog, AccessFailureLog, AccessAttempt):
        assert list(model.objects.values_list("username", flat=True)) == ["new"]
    assert results["admin-sessions"] == {"deleted": 1}
    assert list(Session.objects.values_list("session_key", flat=True)) == ["b" * 32]


@pytest.mark.django_db
def test_the_command_runs_the_job_now_and_a_dry_run_changes_nothing(settings):
    PageFeedback.objects.create(page_title="P", helpful=True, created_on=TODAY)
    future = NOW + timedelta(days=settings.RETENTION["feedback"] + 1)
    out = StringIO()
    with mock.patch("django.utils.timezone.now", return_value=future):
        call_command("apply_retention", "--dry-run", stdout=out)
        assert "feedback: deleted 1" in out.getvalue()
        assert PageFeedback.objects.count() == 1
        call_command("apply_retention", stdout=StringIO())
    assert not PageFeedback.objects.exists()
    # Today, nothing of it would have been due.
    PageFeedback.objects.create(page_title="P", helpful=True, created_on=TODAY)
    call_command("apply_retention", stdout=StringIO())
    assert PageFeedback.objects.count() == 1


@pytest.mark.django_db
def test_the_log_gives_counts_never_content(caplog):
    secret = "Quibbling heron beneath the viaduct"
    PageFeedback.objects.create(
        page_title="P", helpful=True, comment=secret, created_on=days_ago(5000)
    )
    with caplog.at_level(logging.INFO, logger="core.retention"):
        run_daily(now=NOW)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "retention: feedback: deleted 1" in text
    assert "heron" not in text


@pytest.mark.django_db
def test_a_failing_rule_is_logged_by_kind_and_the_others_still_run(caplog):
    def broken(run):
        raise ValueError("a report's words could be in here")

    rule = Rule("quiz", what="Broken", starts="now", apply=broken, order=0, name="")
    original = retention._RULES["quiz"]
    retention._RULES["quiz"] = rule
    try:
        PageFeedback.objects.create(page_title="P", helpful=True, created_on=days_ago(5000))
        with caplog.at_level(logging.INFO, logger="core.retention"):
            results = run_daily(now=NOW)
    finally:
        retention._RULES["quiz"] = original
    assert results["quiz"] == {"failed": 1}
    assert results["feedback"] == {"deleted": 1}
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "quiz failed (ValueError)" in text and "words" not in text
