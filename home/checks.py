"""Data checks before a deploy: `manage.py check --deploy --database default` fails
while demo mode is on, and lists what must be seen to first: contact details an
editor has not confirmed, and pages still marked as example content. (Database checks
run only when a database is named: plain `check --deploy` stays a check of the
settings.)"""

from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError


def _rows(query):
    """The rows, or None when the tables do not exist yet (nothing to check)."""
    try:
        return list(query())
    except DatabaseError:
        return None


@register(Tags.database, deploy=True)
def unconfirmed_contacts(app_configs=None, **kwargs):
    from .models import Helpline

    unconfirmed = _rows(
        lambda: Helpline.objects.filter(confirmed=False).values_list("name", flat=True)
    )
    return [
        Warning(
            f"Helpline '{name}' is not confirmed: the site shows 'to be confirmed'.",
            hint="Check the number with the service, then tick 'confirmed' in Snippets.",
            id="home.W001",
        )
        for name in unconfirmed or []
    ]


@register(Tags.database, deploy=True)
def demo_mode_off(app_configs=None, **kwargs):
    """The public site never says it is a demonstration, nor shows made-up examples."""
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
            id="home.W002",
        )
        for row in examples or []
    ]
    return errors + warnings


@register(Tags.database, deploy=True)
def accessibility_contact_confirmed(app_configs=None, **kwargs):
    """The accessibility statement must say how to report a problem; it shows the
    contact only once an editor has confirmed it."""
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
