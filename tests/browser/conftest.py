"""Browser tests: a real server process on a seeded database, driven by
Python Playwright through Debian's chromium (Playwright's own browser download
is not reachable here).

The server is started once per test worker, on a copy of the demo database the
worker has already built for the other tests (tests/databases.py) and a copy of
its uploaded files. Tests must not change the server's data except through the
fixtures here.
"""

import http.server
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.databases import DEMO, copy_media

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
NEUTRAL_PAGE = b"<!doctype html><html lang=en><title>Weather</title><h1>Forecast</h1></html>"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _NeutralHandler(http.server.BaseHTTPRequestHandler):
    """Stands in for the neutral site (a weather page) that quick exit opens."""

    def do_GET(self):  # noqa: N802 (http.server's naming)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(NEUTRAL_PAGE)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def neutral_site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", _free_port()), _NeutralHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/weather"
    server.shutdown()


def _manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        timeout=300,
    )


def _server_database(workdir, worker):
    """Where this worker's server keeps its database, of the same kind as the suite's.

    Under `.ci/run` the suite runs on PostgreSQL (DATABASE_URL): the server gets a
    database of its own beside the test databases. Otherwise a SQLite file.
    """
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return workdir / "site.sqlite3"
    parts = urlsplit(url)
    return parts._replace(path=f"{parts.path}_browser_{worker}").geturl()


@pytest.fixture(scope="session")
def site_server(tmp_path_factory, neutral_site, worker_id, demo_database, django_db_blocker):
    """Base URL of a server on a copy of the demo site."""
    workdir = tmp_path_factory.mktemp("site")
    port = _free_port()
    with django_db_blocker.unblock():
        database_url = demo_database.copy_for_server(DEMO, _server_database(workdir, worker_id))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cse_site.settings.test",
        # The privacy pages' axe test answers the measures forms in every language.
        "MEASURES_RATE_LIMIT": "500",
        "DATABASE_URL": database_url,
        "TEST_MEDIA_ROOT": str(copy_media(workdir / "media")),
        "PYTHONUNBUFFERED": "1",
    }
    _manage(
        env,
        "shell",
        "-c",
        # The neutral page runs on this machine over http, which the quick-exit record
        # refuses from editors: set it directly.
        "from home.models import QuickExit;"
        f"QuickExit.objects.filter(site__is_default_site=True).update(url={neutral_site!r});"
        # An editor and a report handler for the admin's tests (tests/browser/test_admin.py).
        "from tests.browser.admin_accounts import create; create()",
    )
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base_url + "/healthz", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the site server did not start") from None
                time.sleep(0.3)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser(site_server):
    """Chromium, started after the server: from here on Playwright's sync API keeps an
    event loop running in this thread, and Django then refuses it database access (the
    server's copy of the demo database is made in this process)."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make test`, which installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


class PageSession:
    """A browser tab that records every request leaving this machine."""

    def __init__(self, context):
        self.context = context
        self.page = context.new_page()
        self.third_party_requests = []
        self.page.route("**/*", self._route)

    def _route(self, route):
        host = urlsplit(route.request.url).hostname
        if host in ("127.0.0.1", "localhost") or route.request.url.startswith("data:"):
            route.continue_()
        else:
            self.third_party_requests.append(route.request.url)
            route.abort()


@pytest.fixture
def make_tab(browser):
    """Open a tab: make_tab(width=320, javascript=True); ``touch=True`` for a phone
    (taps, a mobile viewport)."""
    contexts = []

    def _make(width=1280, height=900, javascript=True, touch=False):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            java_script_enabled=javascript,
            has_touch=touch,
            is_mobile=touch,
        )
        contexts.append(context)
        return PageSession(context)

    yield _make
    for context in contexts:
        context.close()
