"""Production: every secret and host comes from the environment.

Start-up fails when one is missing (django-environ raises ImproperlyConfigured)
rather than run with an unsafe default.
"""

import hashlib

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BASE_DIR, CACHES, env, tune_sqlite

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL")
DATABASES = {
    "default": {
        **tune_sqlite(env.db("DATABASE_URL")),
        "CONN_MAX_AGE": env.int("DJANGO_CONN_MAX_AGE", default=60),
        "CONN_HEALTH_CHECKS": True,
    }
}

# Fernet keys, newest first, comma-separated. Required: reports cannot be stored without.
REPORT_ENCRYPTION_KEYS = env.list("REPORT_ENCRYPTION_KEYS")
if not REPORT_ENCRYPTION_KEYS:
    raise ImproperlyConfigured("REPORT_ENCRYPTION_KEYS is empty")

# EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD and
# EMAIL_USE_TLS / EMAIL_USE_SSL, all from the one URL (django-environ's way).
EMAIL_CONFIG = env.email_url("EMAIL_URL")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# HTTPS only. The proxy in front terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"

MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")

# Caches: Redis (REDIS_URL), shared by every worker on every node, so a purge reaches
# them all and a rate limit counts every request a client makes. Without REDIS_URL (one
# small host) a file cache is shared by the workers instead. Pages and rate-limit
# counters use separate key prefixes: a page purge never touches a counter.
REDIS_URL = env("REDIS_URL", default="")
PAGE_CACHE_DIR = env("PAGE_CACHE_DIR", default="/tmp/cse-page-cache")
# Two sites (or a test beside the benchmark) sharing a folder never share entries.
_FILE_PREFIX = hashlib.sha256(env("DATABASE_URL").encode()).hexdigest()[:16]


def _shared_cache(prefix, folder):
    if REDIS_URL:
        return {
            "BACKEND": "core.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    return {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": f"{PAGE_CACHE_DIR}/{folder}" if folder else PAGE_CACHE_DIR,
        "OPTIONS": {"MAX_ENTRIES": 5000},
        "KEY_PREFIX": _FILE_PREFIX,
    }


CACHES = {
    **CACHES,
    "default": _shared_cache("cse-rl", "counters"),
    "pages": _shared_cache("cse", ""),
}
