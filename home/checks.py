"""Data checks before a deploy: `manage.py check --deploy --database default` lists
what a child relies on that is not right yet, so nobody ships it:

- home.W001: a helpline nobody has approved yet, or with a change waiting for review;
- home.W002: a live page with a phone number typed into its text (home/phone_numbers.py);
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
