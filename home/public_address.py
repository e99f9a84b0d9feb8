"""The address the public reaches the site at, for what leaves the screen: printed
posters and their QR codes.

It is PUBLIC_SITE_URL when that is set, otherwise the default Wagtail Site's own
address (Settings > Sites: hostname, and port 443 for https). A poster printed with
``http://localhost/...`` sends nobody anywhere, so an address on this machine, or
one without https, is refused: by the poster view (``public_root_url``) and by
``manage.py check --deploy`` (home/checks.py).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext_lazy as _

LOCAL_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "::1", "testserver"}


class PublicAddressError(Exception):
    hint = _(
        "Set the site's public address: in Settings > Sites, its real hostname with port "
        "443 (https), or PUBLIC_SITE_URL in the environment."
    )

    def __init__(self, url, reason):
        self.url = url
        super().__init__(
            _("The public address %(url)s %(reason)s: printed posters would not work.")
            % {"url": url or "(none)", "reason": reason}
        )


def problem_with(url):
    """Why ``url`` cannot be printed, or "" when it can."""
    parts = urlsplit(url or "")
    host = (parts.hostname or "").lower()
    if not host or host in LOCAL_HOSTS or host.endswith(".localhost"):
        return _("is on this computer only")
    if parts.scheme != "https":
        return _("does not use https")
    return ""


def configured_url():
    return getattr(settings, "PUBLIC_SITE_URL", "") or ""


def public_root_url(site=None):
    """``https://host`` (no trailing slash), or PublicAddressError."""
    url = configured_url()
    if not url:
        from wagtail.models import Site

        site = site or Site.objects.filter(is_default_site=True).first()
        url = site.root_url if site is not None else ""
    reason = problem_with(url)
    if reason:
        raise PublicAddressError(url, reason)
    return url.rstrip("/")
