"""Languages on public pages: which languages a page exists in (for the switcher and
the hreflang links), whether the reader is seeing the English fallback, and the
Locale rows that must match settings.LANGUAGES.

A page's translations are fetched with ONE query per request (``page_languages``),
kept on the request, and read by the head, the switcher, the fallback notice and
``ContentLanguageMiddleware``.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import F, Q
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page

from core import page_cache

REQUEST_ATTRIBUTE = "_page_languages"


# How each language names itself in the switcher, where Django's name differs from
# the form readers expect (Django has "polski" in lower case and "العربيّة" with a shadda).
NAMES_IN_THEMSELVES = {"pl": "Polski", "ar": "العربية"}


def language_name(code):
    """A language named in itself: "Polski", "Română", "العربية"."""
    if code in NAMES_IN_THEMSELVES:
        return NAMES_IN_THEMSELVES[code]
    try:
        name = translation.get_language_info(code)["name_local"]
    except KeyError:
        name = dict(settings.LANGUAGES).get(code, code)
    return name[:1].upper() + name[1:]


def site_languages():
    """settings.LANGUAGES, as a callable so model choices follow the deployment's list
    without a migration."""
    return list(settings.LANGUAGES)


def language_choices():
    """(code, name in itself) for every language the site offers, in settings order."""
    return [(code, language_name(code)) for code, _ in settings.LANGUAGES]


@dataclass(frozen=True)
class Alternate:
    code: str
    name: str
    url: str
    full_url: str
    current: bool
    bidi: bool


@dataclass
class PageLanguages:
    """The languages one page (or one non-page view) exists in, and what is shown."""

    interface_language: str
    content_language: str
    alternates: list = field(default_factory=list)

    @property
    def fallback(self):
        """True when the reader asked for a language this page is not in yet."""
        return self.content_language != self.interface_language

    @property
    def content_bidi(self):
        return translation.get_language_info(self.content_language)["bidi"]

    @property
    def switcher(self):
        """Worth showing only when there is somewhere else to go."""
        return len(self.alternates) > 1 or (self.fallback and bool(self.alternates))


def untranslated_aliases():
    """Pages that are aliases of a page in another language: the stand-ins
    wagtail-localize makes for the parents of a page being translated. They show the
    other language's content, so menus leave them out until they are translated
    (``.exclude(untranslated_aliases())``) and they are served as that language."""
    return Q(alias_of__isnull=False) & ~Q(alias_of__locale_id=F("locale_id"))


def _interface_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def _alternate(code, url, full_url, active):
    info = translation.get_language_info(code)
    return Alternate(code, language_name(code), url, full_url, code == active, info["bidi"])


def compute_page_languages(request, page):
    """The page's live translations, kept in the page cache until one of them (or a
    page above one) changes; one query when they are not there."""
    if page.pk is None:  # a preview of an unsaved page
        return _page_languages(request, page)[0]
    key = f"pc:languages:{request.get_host()}:{page.pk}:{_interface_language()}"
    found = page_cache.tagged(key, lambda found: found[1], lambda: _page_languages(request, page))
    return found[0]


def _page_languages(request, page):
    """(PageLanguages, the tags that purge them): one query, its locale joined in."""
    active = _interface_language()
    offered = [code for code, _ in settings.LANGUAGES]
    rows = (
        Page.objects.filter(translation_key=page.translation_key)
        .filter(live=True)
        .select_related("locale", "alias_of__locale")
    )
    by_code = {}
    content_language = None
    tags = {page_cache.SITE}
    for row in rows:
        tags |= page_cache.ancestor_path_tags(row.path, row.steplen)
        code = row.locale.language_code
        if row.alias_of_id and row.alias_of.locale_id != row.locale_id:
            # An untranslated stand-in: its content is the original's language, and
            # it is no translation to offer.
            if row.pk == page.pk:
                content_language = row.alias_of.locale.language_code
            continue
        if row.pk == page.pk:
            content_language = code
        if code in offered:
            by_code[code] = row
    if content_language is None:  # a preview of an unsaved or unpublished page
        content_language = page.locale.language_code
    alternates = []
    for code in offered:
        row = by_code.get(code)
        if row is None:
            continue
        url = row.get_url(request)
        full_url = row.get_full_url(request)
        if url:
            alternates.append(_alternate(code, url, full_url, active))
    return PageLanguages(active, content_language, alternates), frozenset(tags)


def path_languages(request):
    """A view that is not a page (search): the same path in every language, no query."""
    active = _interface_language()
    alternates = []
    for code, _ in settings.LANGUAGES:
        url = translate_url(request.get_full_path(), code)
        alternates.append(_alternate(code, url, request.build_absolute_uri(url), active))
    return PageLanguages(active, active, alternates)


def page_languages(request, page=None):
    """The PageLanguages for this request, computed once however often it is asked."""
    if request is None:
        return PageLanguages(_interface_language(), _interface_language())
    cached = getattr(request, REQUEST_ATTRIBUTE, None)
    if cached is None:
        if isinstance(page, Page):
            cached = compute_page_languages(request, page)
        elif getattr(request, "resolver_match", None) and request.resolver_match.url_name in (
            "search",
        ):
            cached = path_languages(request)
        else:
            cached = PageLanguages(_interface_language(), _interface_language())
        setattr(request, REQUEST_ATTRIBUTE, cached)
    return cached


class ContentLanguageMiddleware:
    """A page shown in English under /pl/ (the fallback) says so in Content-Language.

    Django's LocaleMiddleware sets the interface language only if the header is not
    already set; the page cache must not store a language-mixed response as Polish.
    Listed after LocaleMiddleware so its response hook runs first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        languages = getattr(request, REQUEST_ATTRIBUTE, None)
        if languages is not None and languages.fallback:
            response["Content-Language"] = languages.content_language
        return response


def sync_locales():
    """One Locale per language in settings.WAGTAIL_CONTENT_LANGUAGES. Returns the
    codes created. Locales of languages removed from settings are left alone: their
    pages stay in the database until an editor deletes them."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    created = []
    for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code not in existing:
            Locale.objects.create(language_code=code)
            created.append(code)
    return created
