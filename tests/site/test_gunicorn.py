"""The container's server: gunicorn.conf.py's defaults, and what loading the app opens.
The Dockerfile's CMD itself serves, for real, in test_production_smoke.py; its helpers
are here."""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from cryptography.fernet import Fernet

BASE_DIR = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
ONE_YEAR = 365 * 24 * 60 * 60


def dockerfile_cmd():
    """The exec-form CMD of the Dockerfile, run with this environment's Python."""
    lines = (BASE_DIR / "Dockerfile").read_text().splitlines()
    cmd = json.loads([line for line in lines if line.startswith("CMD ")][-1][len("CMD ") :])
    assert cmd[0] == "gunicorn", cmd
    return [sys.executable, "-m", "gunicorn", *cmd[1:]]


def server_env(tmp_path, port):
    # Production settings with STATIC_ROOT in tmp_path: base settings have no
    # environment override for it, so a two-line settings module adds one.
    (tmp_path / "gunicorn_test_settings.py").write_text(
        "from cse_site.settings.production import *  # noqa: F403\n"
        f"STATIC_ROOT = {str(tmp_path / 'static')!r}\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_"))}
    env.update(
        PYTHONPATH=os.pathsep.join([str(tmp_path), str(BASE_DIR)]),
        DJANGO_SETTINGS_MODULE="gunicorn_test_settings",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DATABASE_URL=f"sqlite:///{tmp_path / 'gunicorn.sqlite3'}",
        DJANGO_ALLOWED_HOSTS=HOST,
        DJANGO_CSRF_TRUSTED_ORIGINS=f"http://{HOST}",
        WAGTAILADMIN_BASE_URL=f"http://{HOST}",
        EMAIL_URL="consolemail://",
        DEFAULT_FROM_EMAIL="test@localhost",
        REPORT_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_HSTS_SECONDS="0",
        GUNICORN_HOST=HOST,
        GUNICORN_WORKERS="2",
        PORT=str(port),
    )
    return env


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def get(url, headers=None):
    """(status, headers, body) without raising on 4xx/5xx."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_for_health(base_url, server, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, "gunicorn exited during start-up"
        try:
            return get(base_url + "/healthz")
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"no answer from {base_url}/healthz within {timeout}s")


def send_malformed_request(port):
    """Gunicorn logs "Invalid request from ip=..." for this unless told not to."""
    with socket.create_connection((HOST, port), timeout=5) as sock:
        sock.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        sock.recv(1024)


def gunicorn_settings(**environ):
    """gunicorn.conf.py's values for this environment (and nothing from the shell's)."""
    import runpy

    saved = dict(os.environ)
    try:
        for name in list(os.environ):
            if name.startswith("GUNICORN_") or name in ("WEB_CONCURRENCY", "PORT"):
                del os.environ[name]
        os.environ.update(environ)
        return runpy.run_path(str(BASE_DIR / "gunicorn.conf.py"))
    finally:
        os.environ.clear()
        os.environ.update(saved)


def test_workers_never_recycle_by_default_and_start_from_the_loaded_app():
    defaults = gunicorn_settings()
    assert defaults["preload_app"] is True
    assert defaults["max_requests"] == 0
    cores = len(os.sched_getaffinity(0))
    assert defaults["workers"] == max(2, cores)
    assert defaults["threads"] > 1  # gthread: keeps connections alive
    spaced = gunicorn_settings(GUNICORN_MAX_REQUESTS="20000")
    assert (spaced["max_requests"], spaced["max_requests_jitter"]) == (20000, 10000)


def test_loading_the_app_opens_no_connection_a_fork_would_share(tmp_path):
    """preload_app loads the app in gunicorn's master before it forks the workers: a
    database or Redis connection opened then would be shared by every worker."""
    env = server_env(tmp_path, free_port())
    env["REDIS_URL"] = "redis://127.0.0.1:9/0"  # nothing listens: a connection would fail
    code = (
        "import cse_site.wsgi\n"
        "from django.core.cache import caches\n"
        "from django.db import connections\n"
        "assert all(c.connection is None for c in connections.all(initialized_only=True))\n"
        "for alias in ('default', 'pages'):\n"
        "    backend = caches[alias]\n"
        "    assert '_cache' not in backend.__dict__ or not backend._cache._pools, alias\n"
        "print('no connection')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.stdout.strip() == "no connection", result.stderr[-2000:]
