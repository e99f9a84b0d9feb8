"""The home app's start-up: deploy checks, Locale rows after every migrate, and what
in home purges the page cache."""

from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_migrate


def _sync_locales(sender, **kwargs):
    """Every migrate leaves one Locale per language in settings (see home.i18n)."""
    from django.db import connections
    from wagtail.models import Locale

    connection = connections[kwargs.get("using", "default")]
    if Locale._meta.db_table not in connection.introspection.table_names():
        return
    from .i18n import sync_locales

    sync_locales()


def _example_pages_changed(sender, action, **kwargs):
    from core.page_cache import SITE, purge

    if action.startswith("post_"):
        purge(SITE)


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site-wide settings"

    def ready(self):
        from core.page_cache import SITE
        from core.purge import purge_on_change, purge_on_page_change

        from . import checks  # noqa: F401  (registers the deploy checks)
        from .blocks import REPORT_PAGE_LABEL
        from .models import (
            AccessibilitySettings,
            DemoSettings,
            FooterLinks,
            Helpline,
            QuickExit,
        )

        post_migrate.connect(_sync_locales, sender=self)
        # Every page's chrome shows these, and the header links to the report start pages.
        purge_on_change(SITE, Helpline, QuickExit, FooterLinks, DemoSettings, AccessibilitySettings)
        # The example pages are saved after the setting itself: purge again then.
        m2m_changed.connect(_example_pages_changed, sender=DemoSettings.example_pages.through)
        purge_on_page_change(SITE, REPORT_PAGE_LABEL)
