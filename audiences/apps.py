"""The audience sections' start-up: what in them purges the page cache."""

from django.apps import AppConfig


class AudiencesConfig(AppConfig):
    name = "audiences"
    verbose_name = "Audience sections"

    def ready(self):
        from core.page_cache import SITE
        from core.purge import purge_on_change

        from .models import LeadProfessional

        # The lead professionals block may be on any page: a change purges the site.
        purge_on_change(SITE, LeadProfessional)
