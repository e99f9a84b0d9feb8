"""Alerts when report notifications are held up: a notification undelivered for
15 minutes, no worker for 5, a reference guessed at. Administrators and the
triage team see a dashboard banner and get one email; /healthz says so; nobody
else sees anything, and nothing a reporter wrote is in any of it."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from forms import monitor, worker
from forms.models import Alert, Authority, Notification, WorkerHeartbeat
from forms.submission import save_report
from tests.forms.test_notifications import answers, give_addresses, run_worker
from tests.two_factor import login_verified


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def heartbeat(ago):
    now = timezone.now()
    WorkerHeartbeat.objects.update_or_create(
        worker_id="worker-1", defaults={"started_at": now - ago, "seen_at": now - ago}
    )


def keys(found):
    return [condition.key for condition in found]


@pytest.mark.django_db
def test_no_worker_for_five_minutes_is_an_alert():
    assert keys(monitor.conditions()) == [monitor.SILENT]  # never started
    heartbeat(timedelta(seconds=20))
    assert monitor.conditions() == []
    heartbeat(timedelta(minutes=6))
    [condition] = monitor.conditions()
    assert condition.key == monitor.SILENT
    assert "No background worker has run for 6 minutes" in condition.message


@pytest.mark.django_db
def test_a_notification_undelivered_for_fifteen_minutes_is_an_alert():
    give_addresses()
    heartbeat(timedelta(0))
    notification = save_report(answers(1), "late").report.notifications.get()
    assert monitor.conditions() == []
    Notification.objects.filter(pk=notification.pk).update(
        created_at=timezone.now() - timedelta(minutes=16), attempts=3, last_error="refused"
    )
    [condition] = monitor.conditions()
    assert condition.key == monitor.LATE
    assert condition.message.startswith("1 report notification has not been delivered")
    assert "Quibbling" not in condition.message  # nothing the reporter wrote
    Notification.objects.filter(pk=notification.pk).update(status=Notification.Status.SENT)
    assert monitor.conditions() == []


@pytest.fixture
def people(django_user_model):
    """An administrator, a triage handler and a Halton handler, with addresses."""
    admin = django_user_model.objects.create_superuser("root", "root@admin.example", "x" * 16)
    triage = django_user_model.objects.create_user("triage", "triage@handlers.example", "x" * 16)
    triage.groups.add(Authority.objects.get(slug="pan-cheshire-triage").handlers)
    halton = django_user_model.objects.create_user("halton", "halton@handlers.example", "x" * 16)
    halton.groups.add(Authority.objects.get(slug="halton").handlers)
    for user in (triage, halton):
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return {"admin": admin, "triage": triage, "halton": halton}


@pytest.mark.django_db
def test_each_alert_is_emailed_once_to_administrators_and_the_triage_team(people):
    give_addresses()
    heartbeat(timedelta(minutes=7))
    monitor.check()
    [message] = mail.outbox
    assert set(message.to) == {
        "root@admin.example",
        "triage@handlers.example",
        "pan-cheshire-triage@handlers.example.org",
        "duty.pan-cheshire-triage@handlers.example.org",
    }
    assert "No background worker has run for 7 minutes" in message.body
    monitor.check()
    assert len(mail.outbox) == 1  # told once
    # Over: the alert goes; back again later: told again.
    heartbeat(timedelta(0))
    monitor.check()
    assert not Alert.objects.exists()
    heartbeat(timedelta(minutes=8))
    monitor.check()
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_an_alert_email_that_fails_is_tried_again(people, monkeypatch):
    heartbeat(timedelta(minutes=7))

    def down(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(monitor.notifications, "send", down)
    monitor.check()
    assert Alert.objects.get().emailed_at is None
    monkeypatch.undo()
    monitor.check()
    assert Alert.objects.get().emailed_at is not None and len(mail.outbox) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("who, sees", [("admin", True), ("triage", True), ("halton", False)])
def test_the_dashboard_banner_is_for_administrators_and_the_triage_team(client, people, who, sees):
    heartbeat(timedelta(minutes=9))
    login_verified(client, people[who])
    page = client.get("/admin/").content.decode()
    assert ("Reporting needs attention" in page) is sees
    assert ("No background worker has run for 9 minutes" in page) is sees


@pytest.mark.django_db
def test_no_banner_when_all_is_well(client, people):
    heartbeat(timedelta(seconds=5))
    login_verified(client, people["admin"])
    assert "Reporting needs attention" not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_healthz_says_when_the_worker_has_stopped_and_sends_the_alert(client, people):
    """The worker's own check cannot run while it is stopped: /healthz's does."""
    heartbeat(timedelta(seconds=5))
    response = client.get("/healthz")
    assert (response.status_code, response.content) == (200, b"ok")

    heartbeat(timedelta(minutes=6))
    response = client.get("/healthz")
    assert response.status_code == 200  # the web server itself is fine
    lines = response.content.decode().splitlines()
    assert lines[0] == "warning"
    assert "No background worker has run for 6 minutes" in lines[1]
    assert len(mail.outbox) == 1
    client.get("/healthz")
    assert len(mail.outbox) == 1  # at most one check a minute, and told once anyway


@pytest.mark.django_db(transaction=True)
def test_the_worker_records_that_it_ran(mail_server):
    give_addresses()
    run_worker()
    assert monitor.last_worker_seen() > timezone.now() - timedelta(seconds=30)
    assert monitor.SILENT not in keys(monitor.conditions())


@pytest.mark.django_db
def test_the_worker_runs_the_periodic_jobs_of_one_list():
    names = [job.name for job in worker.periodic_jobs()]
    assert names[:2] == ["sweep", "alerts"]
    assert len(names) == len(set(names))
    for job in worker.periodic_jobs():
        assert job.every > timedelta(0) and callable(job.run)


@pytest.mark.django_db
def test_old_heartbeats_are_forgotten():
    heartbeat(timedelta(days=8))
    WorkerHeartbeat.objects.create(
        worker_id="recent", started_at=timezone.now(), seen_at=timezone.now()
    )
    assert worker.forget_old_heartbeats() == 1
    assert list(WorkerHeartbeat.objects.values_list("worker_id", flat=True)) == ["recent"]
