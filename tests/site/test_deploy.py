"""Production settings: Django's deploy checks pass, and start-up fails loudly when a
required secret or address is missing rather than run with an unsafe default.

Each test runs manage.py in a subprocess: production settings are read once, at
import, so they cannot be swapped inside the test process.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

BASE_DIR = Path(__file__).resolve().parents[2]

REQUIRED = [
    "DJANGO_SECRET_KEY",
    "DATABASE_URL",
    "DJANGO_ALLOWED_HOSTS",
    "DJANGO_CSRF_TRUSTED_ORIGINS",
    "WAGTAILADMIN_BASE_URL",
    "EMAIL_URL",
    "DEFAULT_FROM_EMAIL",
    "REPORT_ENCRYPTION_KEYS",
]


def production_env(tmp_path, without=None):
    """The environment a deployment provides, minus `without`. Any DJANGO_* value
    from the developer's shell is dropped so the result does not depend on it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k not in REQUIRED}
    env.update(
        DJANGO_SETTINGS_MODULE="cse_site.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DATABASE_URL=f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        DJANGO_ALLOWED_HOSTS="www.example.org",
        DJANGO_CSRF_TRUSTED_ORIGINS="https://www.example.org",
        WAGTAILADMIN_BASE_URL="https://www.example.org",
        EMAIL_URL="smtp://mail.example.org:587",
        DEFAULT_FROM_EMAIL="no-reply@example.org",
        REPORT_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
    )
    if without:
        del env[without]
    return env


def manage(env, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_deploy_checks_pass_with_production_settings(tmp_path):
    result = manage(production_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", REQUIRED)
def test_production_settings_refuse_to_start_without(tmp_path, missing):
    result = manage(production_env(tmp_path, without=missing), "check")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr
