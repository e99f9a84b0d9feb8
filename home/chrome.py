"""The context every public page's chrome needs: quick exit, navigation,
helplines and footer links. Built lazily once per request by the context
processor, and from defaults alone for the 500 page (no database)."""

from dataclasses import dataclass, field

from django.utils import translation
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from core import page_cache
from core.locales import in_active_language

from . import defaults


@dataclass
class FallbackHelpline:
    name: str
    number: str
    description: str
    is_callable: bool = True
    website: str = ""
    website_label: str = ""

    @property
    def tel_href(self):
        return "tel:" + self.number.replace(" ", "")


@dataclass
class Chrome:
    quick_exit_url: str = defaults.QUICK_EXIT_URL
    emergency_number: str = defaults.EMERGENCY_NUMBER
    navigation: list = field(default_factory=list)
    helplines: list = field(default_factory=list)
    privacy_url: str = ""
    accessibility_url: str = ""
    covering_tracks_url: str = ""
    home_url: str = "/"
    report_pages: list = field(default_factory=list)


def fallback_chrome():
    """Chrome that needs no database: used when the database may be down."""
    return Chrome(
        helplines=[FallbackHelpline(*row) for row in defaults.NATIONAL_HELPLINES],
    )


def _url(page, request):
    return page.get_url(request) if page and page.live else ""


def build_chrome(request):
    from .blocks import report_pages
    from .i18n import untranslated_aliases
    from .models import FooterLinks, Helpline, QuickExit

    site = Site.find_for_request(request)
    if site is None:
        return fallback_chrome()
    links = FooterLinks.for_site(site)
    root = site.root_page.localized
    # Only approved (live) helplines and quick-exit target reach the public.
    helplines = in_active_language(Helpline.objects.filter(live=True, show_in_footer=True))
    menu = root.get_children().live().public().in_menu().exclude(untranslated_aliases())
    return Chrome(
        quick_exit_url=QuickExit.url_for(site),
        navigation=list(menu.order_by("path")),
        helplines=helplines,
        privacy_url=_url(links.privacy_page, request),
        accessibility_url=_url(links.accessibility_page, request),
        covering_tracks_url=_url(links.covering_tracks_page, request),
        home_url=root.get_url(request) or "/",
        report_pages=report_pages(),
    )


def cached_chrome(request):
    """``build_chrome`` kept in the page cache until anything in it changes (the
    ``site`` tag: see core/page_cache.py). Saves about ten queries a page."""
    site = Site.find_for_request(request)
    if site is None:
        return fallback_chrome()
    key = f"pc:chrome:{site.pk}:{request.get_host()}:{translation.get_language()}"
    return page_cache.tagged(key, {page_cache.SITE}, lambda: build_chrome(request))


def chrome_for(request):
    """The chrome for this request, built once however many places ask for it."""
    if not hasattr(request, "_chrome"):
        request._chrome = cached_chrome(request)
    return request._chrome


def chrome(request):
    """Context processor: the chrome, computed only if a template reads it."""
    return {"chrome": SimpleLazyObject(lambda: chrome_for(request))}
