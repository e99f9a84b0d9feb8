"""The production command, for real, on a throwaway PostgreSQL: gunicorn with production
settings serves the home page (twice: the second from the page cache), a reporter sends
a report through the journey, it is saved encrypted, and the task worker emails the
authority through a local SMTP server.

One test on purpose: PostgreSQL, migrate, seeding and start-up take most of its time.
Skipped (with the reason) where PostgreSQL's binaries are not installed; .ci/postgres.sh
installs them in CI.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bench import reports as report_client
from bench import services
from tests.smtp import LocalSMTPServer

from .test_gunicorn import dockerfile_cmd, free_port, get, wait_for_health

BASE_DIR = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"

pytestmark = pytest.mark.skipif(
    not services.available("postgresql"),
    reason="PostgreSQL binaries (initdb) are not installed: apt-get install postgresql",
)


@pytest.fixture
def postgres():
    with services.postgres() as database_url:
        yield database_url


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


def sql(database_url, query):
    import psycopg

    with psycopg.connect(database_url) as connection:
        return connection.execute(query).fetchall()


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def test_production_command_serves_and_takes_a_report_end_to_end(tmp_path, postgres, smtp):
    port = free_port()
    env = production_env(tmp_path, postgres, smtp.port, port)
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
    logs = tmp_path / "server.log"
    with open(logs, "wb") as log:
        server = subprocess.Popen(
            dockerfile_cmd(), cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT
        )
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

        reference, took = report_client.submit_one(base_url, 1, min_seconds=3.2)
        assert reference, "no reference shown after sending the report"

        assert reference.replace("-", "").isalnum(), reference
        # The seeded demo holds demo reports too: find this one by its reference.
        rows = sql(
            postgres,
            "SELECT row_to_json(r)::text FROM reports_report r "
            f"WHERE reference = '{reference}'",  # our own reference format, letters and digits
        )
        assert len(rows) == 1
        stored = rows[0][0]
        assert reference in stored
        # What the reporter typed is nowhere in the row in plain text.
        assert report_client.MARKER not in stored
        assert "AB12 CDE" not in stored
        assert HOST not in stored

        deadline = time.monotonic() + 90
        while not smtp.messages_for(reference) and time.monotonic() < deadline:
            assert worker.poll() is None, logs.read_text()[-3000:]
            time.sleep(0.5)
        messages = smtp.messages_for(reference)
        assert messages, "the worker sent no notification:\n" + logs.read_text()[-3000:]
        body = messages[0].get_body(preferencelist=("plain",)).get_content()
        assert report_client.MARKER not in body  # the email never carries the report
        assert "handlers@example.org" in messages[0]["To"]
        # The worker has run: nothing is held up.
        assert get(base_url + "/healthz")[2] == b"ok"
    finally:
        stop(worker)
        stop(server)
