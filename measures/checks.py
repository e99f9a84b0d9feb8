"""Data checks before a deploy (`manage.py check --deploy --database default`): the
privacy notice sections the partnership has not confirmed, which the public notice
leaves out until they are (measures/privacy.py)."""

from django.core.checks import Tags, Warning, register
from django.db import DatabaseError


@register(Tags.database, deploy=True)
def unconfirmed_privacy_notice(app_configs=None, **kwargs):
    from .models import PrivacySettings
    from .privacy import unconfirmed_sections

    try:
        missing = unconfirmed_sections(PrivacySettings.load())
    except DatabaseError:
        return []  # no tables yet: nothing to check
    return [
        Warning(
            f"Privacy notice: '{label}' is not confirmed, so the public notice leaves it out.",
            hint="Write it and tick 'confirmed' in Settings > Privacy notice once the "
            "partnership has agreed it.",
            id="measures.W001",
        )
        for _name, label in missing
    ]
