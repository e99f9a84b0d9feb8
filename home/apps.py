from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site-wide settings"

    def ready(self):
        from . import (
            checks,  # noqa: F401  (registers the deploy checks)
            page_cache,
        )

        page_cache.connect()  # purges on publish and on snippet/setting changes
