"""The resource library's start-up: its document signals, and what purges the page
cache's library tag."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "resources"
    verbose_name = _("Resource library")

    def ready(self):
        from core.purge import purge_on_change

        from . import signals
        from .models import LIBRARY_TAG, Audience, Resource, Topic

        signals.connect()
        purge_on_change(LIBRARY_TAG, Resource, Audience, Topic)
