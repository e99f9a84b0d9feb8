"""Sitemap, robots, health check and the error pages."""

import pytest
from django.db import connection
from django.test import override_settings
from wagtail.models import Page

from home import defaults


@pytest.mark.django_db
def test_sitemap_lists_every_live_page(client, demo_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    live = Page.objects.live().public().filter(depth__gt=1)
    assert live.count() >= 10
    for page in live:
        assert f"<loc>{page.full_url}</loc>" in body, page.url


@pytest.mark.django_db
def test_robots_points_at_the_sitemap_and_hides_the_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


@pytest.mark.django_db
def test_healthz_touches_the_database(client):
    from django.utils import timezone

    from forms.models import WorkerHeartbeat

    # With a worker running: /healthz also says when none is (tests/forms/test_monitor.py).
    now = timezone.now()
    WorkerHeartbeat.objects.create(worker_id="running", started_at=now, seen_at=now)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_fails_when_the_database_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError("database is down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    client.raise_request_exception = False
    response = client.get("/healthz")
    assert response.status_code == 500


@pytest.mark.django_db
def test_404_keeps_quick_exit_and_helplines(client, demo_site):
    response = client.get("/this-page-does-not-exist/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert "govuk-exit-this-page__button" in html
    assert "0800 1111" in html


def test_500_renders_without_the_database(rf):
    """The 500 page must not touch the database: it may be what failed.

    No django_db mark: pytest-django raises on any database access here.
    """
    from home.views import server_error

    response = server_error(rf.get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert defaults.QUICK_EXIT_URL in html
    for _name, number, _description in defaults.NATIONAL_HELPLINES:
        assert number in html


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_unhandled_error_shows_the_friendly_500(client, demo_site, monkeypatch):
    from home import chrome

    def explode(request):
        raise RuntimeError("boom")

    monkeypatch.setattr(chrome, "build_chrome", explode)
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 500
    assert "Sorry, there is a problem with this website" in response.content.decode()
