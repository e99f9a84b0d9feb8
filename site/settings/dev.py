"""Local development: `make run`. Never used in production."""

from .base import *  # noqa: F403
from .base import STORAGES, env

DEBUG = True
SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-not-secret-" + "x" * 40)
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The local-only admin login that `make run` creates (see README).
DEV_ADMIN_USERNAME = "admin"
DEV_ADMIN_PASSWORD = "local-only-admin"

# A fixed key so local reports survive restarts. Never used outside development.
REPORT_ENCRYPTION_KEYS = env.list(
    "REPORT_ENCRYPTION_KEYS", default=["ZGV2LW9ubHkta2V5LW5vdC1zZWNyZXQtMDEyMzQ1Njc="]
)
