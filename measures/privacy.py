"""What the privacy notice says that comes from the site itself, not from an editor.

- The retention schedule, from ``settings.RETENTION`` through core/retention.py.
- The cookies, from the cookie settings.
- Who receives reports, from the authorities the routing uses.
- What only the partnership can say (PrivacySettings), each section only once it is
  confirmed: an unconfirmed section is left out, never shown as "to be confirmed",
  and `manage.py check --deploy --database default` lists it (measures/checks.py).

Editors write the words around these in the page body, with the privacy notice blocks
(measures/blocks.py), so the numbers can never drift from what the site does.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from core import retention
from forms.choices import AuthorityKind
from forms.models import Authority

# The sections of PrivacySettings, in the order the notice usually gives them.
SECTIONS = [
    ("controllers", gettext_lazy("Who is responsible (the data controllers)")),
    ("lawful_basis", gettext_lazy("The lawful basis")),
    ("rights_contact", gettext_lazy("How to use your rights")),
    ("processors", gettext_lazy("Companies that run the site for us (processors)")),
    ("onward_sharing", gettext_lazy("Who else a report may be passed to")),
]


def confirmed_text(privacy_settings, section):
    """The section's text if it is confirmed and written, else "" (left out)."""
    text = getattr(privacy_settings, section)
    return text if text and getattr(privacy_settings, f"{section}_confirmed") else ""


def unconfirmed_sections(privacy_settings):
    return [(name, label) for name, label in SECTIONS if not confirmed_text(privacy_settings, name)]


@dataclass(frozen=True)
class Cookie:
    name: str
    who: str
    purpose: str
    lasts: str


def _lifetime(age_seconds, at_browser_close=False):
    if age_seconds is None or at_browser_close:
        return _("until you close your browser")
    days = age_seconds // (24 * 60 * 60)
    if days:
        return retention.describe_days(days)
    hours = max(age_seconds // 3600, 1)
    return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}


def cookies():
    """Every cookie the site sets, read from the settings that decide them."""
    session_ends = getattr(settings, "SESSION_EXPIRE_AT_BROWSER_CLOSE", False)
    return [
        Cookie(
            settings.CSRF_COOKIE_NAME,
            _("Anyone who opens a page with a form (the report forms and follow-up)"),
            _(
                "A security check that stops other websites sending forms in your name. "
                "It holds nothing about you."
            ),
            _lifetime(settings.CSRF_COOKIE_AGE),
        ),
        Cookie(
            settings.SESSION_COOKIE_NAME,
            _("Staff who sign in to the admin only"),
            _("Keeps them signed in."),
            _lifetime(settings.SESSION_COOKIE_AGE, session_ends),
        ),
    ]


def csrf_cookie_lasts():
    return _lifetime(settings.CSRF_COOKIE_AGE)


def report_recipients():
    """The authorities a report can be routed to, councils first, by name."""
    order = {AuthorityKind.COUNCIL: 0, AuthorityKind.POLICE: 1, AuthorityKind.TRIAGE: 2}
    authorities = Authority.objects.values_list("name", "kind")
    return [name for name, kind in sorted(authorities, key=lambda a: (order.get(a[1], 3), a[0]))]


def schedule(version):
    """(what, how long, from when) rows, or the young people's sentences."""
    if version == "young-people":
        return retention.plain_schedule()
    return retention.schedule()
