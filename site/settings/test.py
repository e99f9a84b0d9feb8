"""Settings for pytest. Fast hashing, in-memory cache, files in a temp folder."""

import tempfile

from .base import *  # noqa: F403
from .base import STORAGES, env

SECRET_KEY = "test-only-not-secret-" + "y" * 40
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Browser tests give their server a copy of the files the suite's demo site uploaded.
MEDIA_ROOT = env("TEST_MEDIA_ROOT", default="") or tempfile.mkdtemp(prefix="cse-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DATABASES = {
    "default": env.db("DATABASE_URL", default="sqlite:///:memory:"),
}
AXES_ENABLED = True
REPORT_ENCRYPTION_KEYS = ["dGVzdC1vbmx5LWtleS1ub3Qtc2VjcmV0LTAxMjM0NTY="]
# Browser and load tests may shorten the minimum completion time of a report.
REPORT_MIN_SECONDS = env.int("REPORT_MIN_SECONDS", default=3)
# The browser tests' server answers every language's measures forms from one address.
MEASURES_RATE_LIMIT = {"limit": env.int("MEASURES_RATE_LIMIT", default=30), "window": 60 * 60}
