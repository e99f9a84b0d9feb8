"""Data checks before a deploy: `manage.py check --deploy --database default` fails
while demo mode is on, and lists what a child relies on that is not right yet, so
nobody ships it:

- home.E001: demo mode is on (every page says it is a demonstration);
- home.W001: a helpline nobody has approved yet, or with a change waiting for review;
- home.W002: a live page with a phone number typed into its text (home/phone_numbers.py);
- home.W003: the accessibility statement has no confirmed contact;
- home.W004: a page still marked as example content;
- home.E003: a quick-exit target that is not https (the record refuses one; this
  catches rows written some other way);
- home.E004: a public address on this computer (localhost) or without https, which
  the printed posters and their QR codes would carry (home/public_address.py).

(Database checks run only when a database is named: plain `check --deploy` stays a
check of the settings, and checks the PUBLIC_SITE_URL setting alone: home.E005.)
"""

from urllib.parse import urlsplit

from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError

HELPLINE_NEVER_APPROVED = "has never been approved: the public does not see it."
HELPLINE_WAITING = "has a change waiting for review: the public sees the approved version."


@register(Tags.database, deploy=True)
def unconfirmed_contacts(app_configs=None, databases=None, **kwargs):
    if not databases:
        return []  # a check of the data: only with --database
    from django.db.models import Q

    from .models import Helpline

    try:
        waiting = list(
            Helpline.objects.filter(Q(live=False) | Q(has_unpublished_changes=True))
            .select_related("locale")
            .order_by("locale__language_code", "sort_order")
        )
    except DatabaseError:
        return []  # no tables yet: nothing to check
    return [
        Warning(
            f"Helpline '{helpline}' ({helpline.locale.language_code}) "
            + (HELPLINE_WAITING if helpline.live else HELPLINE_NEVER_APPROVED),
            hint="A second person approves it under 'Awaiting your review' on the dashboard.",
            id="home.W001",
        )
        for helpline in waiting
    ]


@register(Tags.database, deploy=True)
def numbers_typed_into_pages(app_configs=None, databases=None, **kwargs):
    if not databases:
        return []  # a check of the data: only with --database
    from .phone_numbers import live_pages_with_numbers

    try:
        found = list(live_pages_with_numbers())
    except DatabaseError:
        return []
    return [
        Warning(
            f"The page '{page.title}' ({page.url_path}) has a phone number typed into its "
            f"text: {', '.join(numbers)}.",
            hint="Numbers live in the Helplines list: take the number out of the text and "
            "add a Helplines block, so it changes everywhere when the helpline changes.",
            id="home.W002",
        )
        for page, numbers in found
    ]


@register(Tags.database, deploy=True)
def quick_exit_is_https(app_configs=None, databases=None, **kwargs):
    if not databases:
        return []  # a check of the data: only with --database
    from .models import QuickExit

    try:
        targets = list(QuickExit.objects.filter(live=True).select_related("site"))
    except DatabaseError:
        return []
    return [
        Error(
            f"The quick-exit address for {target.site} is not https: {target.url}",
            hint="Edit it under Quick exit and have it approved; it must start https://.",
            id="home.E003",
        )
        for target in targets
        if urlsplit(target.url).scheme != "https"
    ]


@register(Tags.database, deploy=True)
def public_address_is_not_localhost(app_configs=None, databases=None, **kwargs):
    if not databases:
        return []  # a check of the data: only with --database
    from .public_address import PublicAddressError, public_root_url

    try:
        public_root_url()
    except PublicAddressError as error:
        return [Error(str(error), hint=str(error.hint), id="home.E004")]
    except DatabaseError:
        return []
    return []


@register(Tags.security, deploy=True)
def public_address_setting(app_configs=None, **kwargs):
    """Without a database: PUBLIC_SITE_URL, when set, must be printable."""
    from .public_address import PublicAddressError, configured_url, problem_with

    url = configured_url()
    reason = problem_with(url) if url else ""
    if not reason:
        return []
    error = PublicAddressError(url, reason)
    return [Error(str(error), hint=str(error.hint), id="home.E005")]


def _rows(query):
    """The rows, or None when the tables do not exist yet (nothing to check)."""
    try:
        return list(query())
    except DatabaseError:
        return None


@register(Tags.database, deploy=True)
def demo_mode_off(app_configs=None, databases=None, **kwargs):
    """The public site never says it is a demonstration, nor shows made-up examples."""
    if not databases:
        return []  # a check of the data: only with --database
    from .models import DemoSettings

    settings = _rows(lambda: DemoSettings.objects.select_related("site"))
    errors = [
        Error(
            f"Demo mode is on for the site '{setting.site}': every page says it is a "
            "demonstration and shows made-up example content.",
            hint="Turn it off in Settings > Demo mode, and replace the example pages.",
            obj=setting,
            id="home.E001",
        )
        for setting in settings or []
        if setting.demo_mode
    ]
    examples = _rows(
        lambda: DemoSettings.example_pages.through.objects.select_related("page").order_by(
            "page__path"
        )
    )
    warnings = [
        Warning(
            f"The page '{row.page.title}' ({row.page.url or row.page.url_path}) is still "
            "marked as example content.",
            hint="Replace its made-up content, then take it off the list in Settings > Demo mode.",
            id="home.W004",
        )
        for row in examples or []
    ]
    return errors + warnings


@register(Tags.database, deploy=True)
def accessibility_contact_confirmed(app_configs=None, databases=None, **kwargs):
    """The accessibility statement must say how to report a problem; it shows the
    contact only once an editor has confirmed it."""
    if not databases:
        return []  # a check of the data: only with --database
    from .models import AccessibilitySettings, AccessibilityStatementPage

    statements = _rows(lambda: AccessibilityStatementPage.objects.live().values_list("pk"))
    if not statements:
        return []
    settings = _rows(lambda: AccessibilitySettings.objects.select_related("site")) or []
    if any(setting.shows_contact for setting in settings):
        return []
    return [
        Warning(
            "The accessibility statement has no confirmed contact: it cannot say how to "
            "report an accessibility problem.",
            hint="Add an email address or phone number in Settings > Accessibility statement "
            "settings, check it, then tick 'confirmed'.",
            id="home.W003",
        )
    ]
