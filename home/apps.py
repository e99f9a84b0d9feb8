from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _sync_locales(sender, **kwargs):
    """Every migrate leaves one Locale per language in settings (see home.i18n)."""
    from django.db import connections
    from wagtail.models import Locale

    connection = connections[kwargs.get("using", "default")]
    if Locale._meta.db_table not in connection.introspection.table_names():
        return
    from .i18n import sync_locales

    sync_locales()


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site-wide settings"

    def ready(self):
        from . import (
            checks,  # noqa: F401  (registers the deploy checks)
            page_cache,
        )

        post_migrate.connect(_sync_locales, sender=self)
        page_cache.connect()  # purges on publish and on snippet/setting changes
