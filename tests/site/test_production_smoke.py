"""The production command, for real: the Dockerfile's CMD with production settings, on a
throwaway PostgreSQL (SQLite where PostgreSQL's binaries are not installed). It serves
the home page (twice: the second from the page cache) and the fingerprinted static
files, a reporter sends a report through the journey, it is saved encrypted, and the
task worker emails the authority through a local SMTP server. Neither gunicorn's access
log nor its error log ever holds the visitor's address, user agent, referrer or query.

One test on purpose: migrate, seeding, collectstatic and start-up take most of its
time, so every check shares one server.
"""

import contextlib
import json
import os
import re
import shlex
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bench import reports as report_client
from bench import services
from tests.smtp import LocalSMTPServer

from .test_gunicorn import (
    ONE_YEAR,
    dockerfile_cmd,
    free_port,
    get,
    send_malformed_request,
    wait_for_health,
)

BASE_DIR = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
# Sent with a request below; none may reach a log line.
USER_AGENT = "ReporterBrowser/1.0-do-not-log"
REFERRER = "https://referrer.invalid/do-not-log"
QUERY = "q=do-not-log"


@pytest.fixture
def database_url(tmp_path):
    if not services.available("postgresql"):
        yield f"sqlite:///{tmp_path / 'production.sqlite3'}"
        return
    with services.postgres() as url:
        yield url


@pytest.fixture
def smtp():
    server = LocalSMTPServer()
    server.start()
    yield server
    server.stop()


def production_env(tmp_path, database_url, smtp_port, port):
    # Production settings, STATIC_ROOT in tmp_path, and plain-http cookies so this client
    # can send its CSRF cookie back over loopback (the only changes to production).
    (tmp_path / "smoke_settings.py").write_text(
        "from cse_site.settings.production import *  # noqa: F403\n"
        f"STATIC_ROOT = {str(tmp_path / 'static')!r}\n"
        'CSRF_COOKIE_SECURE = False\nCSRF_COOKIE_NAME = "csrftoken"\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_"))}
    env.update(
        PYTHONPATH=os.pathsep.join([str(tmp_path), str(BASE_DIR)]),
        DJANGO_SETTINGS_MODULE="smoke_settings",
        DJANGO_SECRET_KEY=Fernet.generate_key().decode() * 2,
        DATABASE_URL=database_url,
        DJANGO_ALLOWED_HOSTS=HOST,
        DJANGO_CSRF_TRUSTED_ORIGINS=f"http://{HOST}:{port}",
        WAGTAILADMIN_BASE_URL=f"http://{HOST}:{port}",
        EMAIL_URL=f"smtp://{HOST}:{smtp_port}",
        DEFAULT_FROM_EMAIL="no-reply@localhost",
        REPORT_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_HSTS_SECONDS="0",
        PAGE_CACHE_DIR=str(tmp_path / "page-cache"),
        MEDIA_ROOT=str(tmp_path / "media"),  # not the checkout's media/, which make run uses
        GUNICORN_HOST=HOST,
        WEB_CONCURRENCY="2",
        PORT=str(port),
    )
    return env


def manage(env, *args, timeout=300):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def stored_rows(database_url, reference):
    """The report rows with this reference, each as the text of all its columns."""
    if database_url.startswith("sqlite:///"):
        with contextlib.closing(sqlite3.connect(database_url[len("sqlite:///") :])) as db:
            rows = db.execute("SELECT * FROM reports_report WHERE reference = ?", [reference])
            return [repr(row) for row in rows.fetchall()]
    import psycopg

    with psycopg.connect(database_url) as connection:
        query = "SELECT row_to_json(r)::text FROM reports_report r WHERE reference = %s"
        return [row[0] for row in connection.execute(query, [reference]).fetchall()]


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_production_command_serves_takes_a_report_and_logs_no_visitor(tmp_path, database_url, smtp):
    port = free_port()
    env = production_env(tmp_path, database_url, smtp.port, port)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "seed_demo", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    # Seeded authorities have no address (none is ever invented); give every one a
    # test address so the worker has somewhere to send the notification.
    manage(
        env,
        "shell",
        "-c",
        "from forms.models import Authority; "
        "Authority.objects.update(notification_emails='handlers@example.org')",
    )

    base_url = f"http://{HOST}:{port}"
    access_log, error_log = tmp_path / "access.log", tmp_path / "error.log"
    worker_log = tmp_path / "worker.log"
    command = dockerfile_cmd()
    with open(access_log, "wb") as stdout, open(error_log, "wb") as stderr:
        server = subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=stdout, stderr=stderr)
    with open(worker_log, "wb") as log:
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "run_worker"],
            cwd=BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        status, _, body = wait_for_health(base_url, server, timeout=60)
        # The worker may not have started yet: then, and only then, /healthz says so.
        assert status == 200
        assert body == b"ok" or body.startswith(b"warning\nNo background worker has run"), body

        first = get(base_url + "/")
        second = get(base_url + "/")
        assert first[0] == second[0] == 200
        assert b"Know and See" in first[2] or b"Pan-Cheshire" in first[2]
        assert first[1]["X-Page-Cache"] == "miss"
        assert second[1]["X-Page-Cache"] == "hit"

        status, _, _ = get(
            f"{base_url}/?{QUERY}", headers={"User-Agent": USER_AGENT, "Referer": REFERRER}
        )
        assert status == 200
        manifest = json.loads((tmp_path / "static" / "staticfiles.json").read_text())["paths"]
        status, headers, _ = get(f"{base_url}/static/{manifest['css/main.css']}")
        assert status == 200
        max_age = re.search(r"max-age=(\d+)", headers.get("Cache-Control", ""))
        assert max_age and int(max_age[1]) >= ONE_YEAR, headers.get("Cache-Control")
        send_malformed_request(port)

        reference, took = report_client.submit_one(base_url, 1, min_seconds=3.2)
        assert reference, "no reference shown after sending the report"

        assert reference.replace("-", "").isalnum(), reference
        # The seeded demo holds demo reports too: find this one by its reference.
        rows = stored_rows(database_url, reference)
        assert len(rows) == 1
        stored = rows[0]
        assert reference in stored
        # What the reporter typed is nowhere in the row in plain text.
        assert report_client.MARKER not in stored
        assert "AB12 CDE" not in stored
        assert HOST not in stored

        deadline = time.monotonic() + 90
        while not smtp.messages_for(reference) and time.monotonic() < deadline:
            assert worker.poll() is None, worker_log.read_text()[-3000:]
            time.sleep(0.5)
        messages = smtp.messages_for(reference)
        assert messages, "the worker sent no notification:\n" + worker_log.read_text()[-3000:]
        body = messages[0].get_body(preferencelist=("plain",)).get_content()
        assert report_client.MARKER not in body  # the email never carries the report
        assert "handlers@example.org" in messages[0]["To"]
        # The worker has run: nothing is held up.
        assert get(base_url + "/healthz")[2] == b"ok"
    finally:
        stop(worker)
        stop(server)  # also flushes the logs

    access_lines = access_log.read_text().splitlines()
    errors = error_log.read_text()
    assert any('"GET /healthz" 200' in line for line in access_lines), (
        shlex.join(command),
        access_lines,
    )
    assert not [line for line in access_lines if HOST in line], access_lines
    for secret in (USER_AGENT, REFERRER, QUERY):
        assert secret not in "\n".join(access_lines) + errors
    invalid = [line for line in errors.splitlines() if "Invalid request" in line]
    assert invalid and not [line for line in invalid if HOST in line], errors
