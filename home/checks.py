"""Data checks before a deploy: `manage.py check --deploy --database default`
lists contact details that an editor has not confirmed, so nobody ships a
number nobody has checked. (Database checks run only when a database is named:
plain `check --deploy` stays a check of the settings.)"""

from django.core.checks import Tags, Warning, register
from django.db import DatabaseError


@register(Tags.database, deploy=True)
def unconfirmed_contacts(app_configs=None, **kwargs):
    from .models import Helpline

    try:
        unconfirmed = list(Helpline.objects.filter(confirmed=False).values_list("name", flat=True))
    except DatabaseError:
        return []  # no tables yet: nothing to check
    return [
        Warning(
            f"Helpline '{name}' is not confirmed: the site shows 'to be confirmed'.",
            hint="Check the number with the service, then tick 'confirmed' in Snippets.",
            id="home.W001",
        )
        for name in unconfirmed
    ]
