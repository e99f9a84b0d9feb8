from django.apps import AppConfig


class ReportsConfig(AppConfig):
    """Anonymous concern and intelligence reports.

    The folder is ``forms/`` (the site's form journeys live here); the app label is
    ``reports`` so it never collides with ``django.forms``.
    """

    name = "forms"
    label = "reports"
    verbose_name = "Reports"

    def ready(self):
        from core import health

        from . import checks, monitor  # noqa: F401  (checks registers the deploy checks)

        health.register(monitor.health_warnings)
