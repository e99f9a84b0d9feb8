"""Data checks before a deploy (`manage.py check --deploy --database default`):
public contacts nobody has confirmed, and authorities nobody would be told about."""

from django.core.checks import Tags, Warning, register
from django.db import DatabaseError


@register(Tags.database, deploy=True)
def authorities_ready(app_configs=None, databases=None, **kwargs):
    if not databases:
        return []  # a check of the data: only with --database
    from .models import Authority, AuthorityContact

    try:
        unconfirmed = list(
            AuthorityContact.objects.filter(confirmed=False).select_related("authority")
        )
        silent = list(Authority.objects.filter(notification_emails=""))
    except DatabaseError:
        return []  # no tables yet: nothing to check
    messages = [
        Warning(
            f"{contact.authority}: contact '{contact.label}' is not confirmed, "
            "so reporters are shown the national routes instead.",
            hint="Check it with the authority, tick 'confirmed' in Snippets > Authorities "
            "and submit the change for review.",
            id="reports.W001",
        )
        for contact in unconfirmed
    ]
    messages += [
        Warning(
            f"{authority} has no notification address: nobody will be told of its reports.",
            hint="Add at least one address in Snippets > Authorities.",
            id="reports.W002",
        )
        for authority in silent
    ]
    return messages
