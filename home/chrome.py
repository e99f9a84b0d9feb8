"""The context every public page's chrome needs: quick exit, navigation, helplines,
the footer's links to every top-level page, and the footer links. Built lazily once
per request by the context processor, and from defaults alone for the 500 page (no
database)."""

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
    # Top-level pages outside the section menu (the campaign, the library, the report
    # pages...): the footer links to them all, so each is one click from any page.
    more_pages: list = field(default_factory=list)
    helplines: list = field(default_factory=list)
    privacy_url: str = ""
    accessibility_url: str = ""
    covering_tracks_url: str = ""
    home_url: str = "/"
    report_pages: list = field(default_factory=list)
    # Demo mode (home.models.DemoSettings): the banner on every page, and the pages
    # labelled as example content, by translation key (so each language is labelled).
    demo_mode: bool = False
    example_keys: frozenset = frozenset()


def fallback_chrome():
    """Chrome that needs no database: used when the database may be down."""
    return Chrome(
        helplines=[FallbackHelpline(*row) for row in defaults.NATIONAL_HELPLINES],
    )


def _url(page, request):
    return page.get_url(request) if page and page.live else ""


def _more_pages(top_level, footer_urls, request):
    """Top-level pages that are neither sections in the menu nor already among the
    footer's own links (privacy, accessibility, covering your tracks)."""
    return [
        page
        for page in top_level
        if not page.show_in_menus and page.get_url(request) not in footer_urls
    ]


def build_chrome(request):
    from .blocks import report_pages
    from .i18n import untranslated_aliases
    from .models import DemoSettings, FooterLinks, Helpline, QuickExit

    site = Site.find_for_request(request)
    if site is None:
        return fallback_chrome()
    links = FooterLinks.for_site(site)
    demo = DemoSettings.for_site(site)
    root = site.root_page.localized
    # Only approved (live) helplines and quick-exit target reach the public.
    helplines = in_active_language(Helpline.objects.filter(live=True, show_in_footer=True))
    top_level = list(
        root.get_children().live().public().exclude(untranslated_aliases()).order_by("path")
    )
    footer_urls = {
        name: _url(getattr(links, name), request)
        for name in ("privacy_page", "accessibility_page", "covering_tracks_page")
    }
    return Chrome(
        quick_exit_url=QuickExit.url_for(site),
        navigation=[page for page in top_level if page.show_in_menus],
        more_pages=_more_pages(top_level, set(footer_urls.values()), request),
        helplines=helplines,
        privacy_url=footer_urls["privacy_page"],
        accessibility_url=footer_urls["accessibility_page"],
        covering_tracks_url=footer_urls["covering_tracks_page"],
        home_url=root.get_url(request) or "/",
        report_pages=report_pages(),
        demo_mode=demo.demo_mode,
        example_keys=demo.example_translation_keys() if demo.demo_mode else frozenset(),
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
