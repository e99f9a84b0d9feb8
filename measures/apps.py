"""The success measures' start-up: campaign pages purge the campaign section's
addresses (measures/campaign.py); the privacy notice's settings and the authorities
purge the site; the privacy notice's deploy check."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeasuresConfig(AppConfig):
    """The strategy's success measures: page feedback, the parents' confidence check,
    the children's quiz, campaign page views, the quarterly dashboard and the public
    "What happens to reports" page."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "measures"
    verbose_name = _("Success measures")

    def ready(self):
        from core.page_cache import SITE
        from core.purge import purge_on_change, purge_on_page_change

        from . import checks  # noqa: F401 - registers the privacy notice's deploy check
        from .campaign import CAMPAIGN_PAGE_LABEL, CAMPAIGN_TAG

        purge_on_page_change(CAMPAIGN_TAG, CAMPAIGN_PAGE_LABEL)
        # The privacy notice prints both (measures/privacy.py).
        purge_on_change(SITE, "measures.privacysettings", "reports.authority")
