"""The core app: shared plumbing every other app may use, and which uses none of them."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared plumbing with no models: the page cache and its purges, the privacy,
    form-page and gzip middleware, rate limits and abuse checks, the logging filter and
    the choices several apps share. It imports none of the site's other apps."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import page_cache, purge

        purge.connect()  # purges on publish and on snippet/setting changes
        page_cache.remember_site_root_paths()
