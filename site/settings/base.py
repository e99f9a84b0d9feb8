"""Settings shared by every environment; dev.py, test.py and production.py import this
and replace values (never edit a list or dictionary in place)."""

from datetime import timedelta
from pathlib import Path

import environ

# site/settings/base.py -> project root is two levels above site/
BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = False

# --- Apps and middleware ----------------------------------------------------------------

INSTALLED_APPS = [
    "home",
    "audiences",
    "resources",
    "forms",  # app label "reports"
    "measures",  # success measures and the quarterly figures (reads forms, resources)
    "demo",  # seed_demo and the demo copy; no other app imports it
    "core",  # shared plumbing: imports none of the apps above
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    # Last: governance applies its groups again on the post_migrate signal of the last
    # app listed (every app's permissions exist by then), and otp_totp has models, so it
    # sends one.
    "governance",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

# A request runs down this list and its response back up.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files are answered here, before anything else runs.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Counts Know and See page views from the path and response only: above the page
    # cache, so cache hits are counted too.
    "measures.middleware.PageViewCounter",
    # Gzips pages that are not cached yet (a cached page keeps a gzipped copy).
    "core.middleware.PageGZipMiddleware",
    # A cached page is answered here, as early as correctness allows: everything below
    # only matters while rendering, and the headers it sets are stored with the page.
    "core.page_cache.PageCacheMiddleware",
    "core.middleware.PrivacyHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",  # after sessions, before common
    # After LocaleMiddleware (its response runs first) and below the page cache (which
    # must see the English fallback's Content-Language): see home.i18n.
    "home.i18n.ContentLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication: OTP reads the session's verified device, then the governance
    # middleware sends handlers and administrators to the two-factor pages in /admin/.
    "django_otp.middleware.OTPMiddleware",
    "governance.two_factor.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Below XFrameOptions and CSP: a preview may be framed by the admin, nothing else.
    "core.middleware.PreviewFramingMiddleware",
    # After every middleware that authenticates, so it sees the outcome.
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cse_site.urls"
WSGI_APPLICATION = "cse_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.chrome.chrome",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------


def tune_sqlite(database):
    """Embedded SQLite (make run, bench): writers queue for the lock instead of
    failing when a read transaction tries to upgrade to a write."""
    if database["ENGINE"].endswith("sqlite3"):
        database.setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
    return database


DATABASES = {
    "default": tune_sqlite(env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Caches -------------------------------------------------------------------------------

CACHES = {
    # Rate-limit counters.
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # The page cache (core/page_cache.py): whole pages for anonymous readers, and the
    # chrome, site and other values pages are built from, in a cache of their own so a
    # purge never touches the rate limits. Production uses Redis (REDIS_URL).
    "pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", default=True)
# Purges are precise; the limit only bounds how long a missed purge could last (and
# the campaign pages' "coming dates", which move with the calendar).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Paths never stored whole (besides the admin, and whatever a page marks as uncacheable);
# their parts (chrome, body) still are, purged as precisely. PAGE_FRAGMENTS_EXCLUDE_PATHS:
# paths whose parts are rendered afresh every time too (make bench's cold render).
PAGE_CACHE_EXCLUDE_PATHS = env.list("PAGE_CACHE_EXCLUDE_PATHS", default=[])
PAGE_FRAGMENTS_EXCLUDE_PATHS = env.list("PAGE_FRAGMENTS_EXCLUDE_PATHS", default=[])
# Each worker also keeps the pages it served lately in its own memory (checked against
# the shared cache on every request): at most this many megabytes per worker.
PAGE_CACHE_LOCAL_BYTES = env.int("PAGE_CACHE_LOCAL_MB", default=16) * 1024 * 1024

# --- Languages ----------------------------------------------------------------------------
# English is the default and stays unprefixed; the others get /pl/, /ro/, /ar/.
# A deployment changes the list with SITE_LANGUAGES=en,pl,ro,ar (codes Django knows).
# Each language also needs a Locale row (manage.py sync_locales, also run by migrate)
# and a locale/<code>/LC_MESSAGES/django.po: see README "Adding a language".

LANGUAGE_CODE = "en"
_LANGUAGE_NAMES = {"en": "English", "pl": "Polish", "ro": "Romanian", "ar": "Arabic"}
_CODES = env.list("SITE_LANGUAGES", default=["en", "pl", "ro", "ar"])
# The default language is always offered: first, when SITE_LANGUAGES leaves it out.
_CODES = _CODES if LANGUAGE_CODE in _CODES else [LANGUAGE_CODE, *_CODES]
LANGUAGES = [(code, _LANGUAGE_NAMES.get(code, code)) for code in _CODES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["cse_site.formats"]  # English dates as GOV.UK writes them
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# --- Static files and media ---------------------------------------------------------------
# Front-end source lives in static/src, npm builds into static/dist.

STATIC_URL = "/static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "collected-static")
STATICFILES_DIRS = [BASE_DIR / "static" / "dist"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 31536000

# --- Sessions and CSRF --------------------------------------------------------------------
# Only the admin needs a session; public pages set no cookie. Admin sessions last at
# most 4 hours after signing in, and end when the browser closes.

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 4
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Strict"
# The form pages' CSRF cookie ends when the browser closes: nothing of this site
# stays on a child's device (the "Covering your tracks" page says so).
CSRF_COOKIE_AGE = None
# A report step whose CSRF token is missing or stale is shown again with the answers
# kept; every other failure gets Django's own page.
CSRF_FAILURE_VIEW = "forms.csrf.csrf_failure"

# --- Security headers (every response) ----------------------------------------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "no-referrer"
# The admin posts forms on every page: see core.middleware.FORM_PAGE_REFERRER_POLICY.
FORM_PAGE_PATH_PREFIXES = ["/admin/", "/django-admin/"]
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()"
)

# Content-Security-Policy: everything self-hosted, no inline script or style.
# The Wagtail admin is excluded: it relies on inline styles we do not control.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    },
}

# --- Signing in to the admin --------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses a locked-out login before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# django-axes: 5 failures lock the username for 30 minutes; failures older than that
# expire and no longer count. Sign-in records are deleted by the daily retention job
# (RETENTION["security-logs"]).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_RESET_ON_SUCCESS = True
# No address is stored for anyone, staff included: lock by username only, and
# hand Axes an address that identifies nobody.
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_CLIENT_IP_CALLABLE = "core.logging.no_client_address"
# Axes' database handler, storing and logging no user agent or Accept header either.
AXES_HANDLER = "governance.sign_in.AxesHandlerWithoutBrowserDetails"
SILENCED_SYSTEM_CHECKS = ["axes.W006"]  # W006 wants the address we refuse to keep

# Two-step sign-in (governance/two_factor.py): the name people see in their
# authenticator app.
OTP_TOTP_ISSUER = "Pan-Cheshire Know and See"

# --- Wagtail ------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Pan-Cheshire: Know and See"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# The address printed on posters and in their QR codes (home/public_address.py), e.g.
# https://knowandsee.example.org. Empty: the default Site's hostname and port.
PUBLIC_SITE_URL = env("PUBLIC_SITE_URL", default="")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "xlsx", "png", "jpg", "mp4", "txt"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "gif": "png"}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin must not call out to a third party
WAGTAIL_USAGE_COUNT_ENABLED = True
# A page or snippet is published once it passes its workflow (governance/workflows.py),
# and a change made while it waits sends it back through every step again.
WAGTAIL_FINISH_WORKFLOW_ACTION = "governance.workflows.publish_after_review"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# No autosave: it leaves half-made draft pages behind, and a reviewer's stray keystroke
# would save a revision that makes them its author (and sends the review round again).
WAGTAIL_AUTOSAVE_INTERVAL = 0
# A new translation is a draft that goes through the same review, not published at once.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# A page's "review by" date defaults to this many days after it is created.
PAGE_REVIEW_INTERVAL_DAYS = 365

# --- Reports ------------------------------------------------------------------------------

DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="no-reply@localhost")
# What reporters type is encrypted with these Fernet keys (newest first).
REPORT_ENCRYPTION_KEYS = env.list("REPORT_ENCRYPTION_KEYS", default=[])
# A report sent sooner than this after its questions were first shown is refused
# (core/abuse.py).
REPORT_MIN_SECONDS = 3
# Background tasks are queued in the database: report notifications on a queue of their
# own (the worker takes it first), Wagtail's index tasks on the default queue.
TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["reports", "default"]}
}

# Rate limits (core/ratelimit.py): hits allowed per window (seconds) for each scope,
# counted in the default cache (Redis in production, shared by every worker and node)
# under a keyed hash of the client's address.
# Wrong receipt codes (forms/followup.py): "followup-pair" locks one connection out of
# one reference; "followup-reference" is the ceiling for a reference from everywhere,
# past which each connection gets one try and the triage team is told.
REPORT_RATE_LIMITS = {
    "report-send": {"limit": env.int("REPORT_SEND_LIMIT_PER_HOUR", default=10), "window": 60 * 60},
    "followup": {"limit": 10, "window": 60 * 60},
    "followup-pair": {"limit": 5, "window": 60 * 60},
    "followup-reference": {"limit": 50, "window": 60 * 60},
}
# The secret behind the address hashes changes this often (seconds). Every process
# derives it from RATE_LIMIT_SECRET (else from SECRET_KEY) and the period; it is never
# stored.
REPORT_RATE_LIMIT_SECRET_SECONDS = 60 * 60
RATE_LIMIT_SECRET = env("RATE_LIMIT_SECRET", default="")
# Peers whose X-Forwarded-For the rate limits believe: the reverse proxy's address or
# network, the same FORWARDED_ALLOW_IPS gunicorn reads. Nobody by default.
TRUSTED_PROXIES = env.list("FORWARDED_ALLOW_IPS", default=[])

# --- Retention ----------------------------------------------------------------------------
# How many days the site keeps each kind of record. This is the data controller's
# decision (the partnership's), not a technical default: these values are a cautious
# starting point for it to confirm, recorded in docs/dpia.md. The privacy notice prints
# them from here, and one daily job enforces them (core/retention.py: each app registers
# its rules in its retention.py; `manage.py apply_retention` runs the job now).
RETENTION = {
    # Reports, counted from closing; from the last change or note while still open.
    # Handlers are warned "reports-warning" days before a report is deleted. A report
    # no handler has opened, or whose notification failed, is never deleted by the job:
    # the triage team is told instead.
    "reports-closed": 365,
    "reports-passed-on": 365,
    "reports-open": 730,
    "reports-warning": 30,
    # Who-did-what entries about reports already deleted (they hold no report text).
    "reports-audit-trail": 6 * 365,
    # Page feedback, the parents' confidence check and the quiz: anonymous answers
    # kept long enough to compare a quarter with the same quarter a year before.
    "feedback": 730,
    # Comments typed into page feedback: emptied sooner than the yes/no they belong to.
    "feedback-comments": 180,
    "confidence": 730,
    "quiz": 730,
    "page-views": 730,
    # Daily counts of searches for the terms editors promote.
    "search-counts": 365,
    # Finished background tasks (notification deliveries), once nothing needs them.
    "task-rows": 30,
    # Staff sign-in records (django-axes).
    "security-logs": 90,
}

# --- Logging ------------------------------------------------------------------------------
# Never the client's address, user agent or referrer. Every record passes through a
# handler filter that drops the request Django attaches, and Django's default
# mail_admins handler (which mails request details) is not used.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"strip_request": {"()": "core.logging.StripRequestFilter"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["strip_request"],
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # runserver's request lines: not needed, and never wanted in a shared log.
        "django.server": {"handlers": [], "propagate": False},
        # What the daily retention job removed: counts only.
        "core.retention": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
