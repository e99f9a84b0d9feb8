"""One cache for whole pages and the values pages are built from, purged precisely with
generation tags.

Tags. A cached value remembers the tags it depends on, each with the *generation* it
was computed at. A purge (``purge``, and what calls it in core/purge.py) gives a tag a
new random generation; a value whose generations no longer all match is a miss.
Generations are random tokens rather than counters, so a generation evicted from the
cache can never come back equal to an old entry's. The tags:

- ``site``: the chrome (navigation, helplines, footer links, settings) is on every
  page, so a change to any of them purges the whole site. That is precise enough:
  editors change them rarely, and each page shows them.
- ``path:<path>`` for the page and each ancestor: a page's own content, and its
  breadcrumbs (the ancestors' titles). Purging a page purges its subtree.
- ``children:<path>`` for the page and its parent: listings of a page's children
  (audience pages, the home page) and of siblings (related pages).
- tags the apps name themselves and register with core/purge.py (the resource
  library's, the campaign section's).

``tagged(key, tags, compute)`` is the one way to keep a value here: the chrome, related
pages, the library's terms, the report figures, link URLs (``tagged_many``), the campaign
section's addresses, and Wagtail's own lookups below (site, locales, view restrictions).

Whole pages. ``PageCacheMiddleware`` sits below LocaleMiddleware (the key needs the
language) and below the page-view counter (which must see every hit). A GET or HEAD
from a visitor without a session cookie is answered from the cache when there is a
fresh entry for host + language + full path (query string included). Only pages served
by Wagtail are stored, and only a plain 200 that sets no cookie, says nothing against
storing (``core.middleware.mark_form_page``'s no-store, ``never_cache``), and whose
``Content-Language`` (if it has one) is the active language: a fallback page in another
language is never stored under this language's key. A page's tags are noted before it
renders (``before_serve_page``); what it shows besides is added with ``depends_on``.

Production keeps all this in Redis (``REDIS_URL``), shared by every worker; see
site/settings/production.py.
"""

import hashlib
import secrets
import threading

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import cc_delim_re

SITE = "site"
HEADER = "X-Page-Cache"
STORED_METHODS = ("GET", "HEAD")
REFUSED_CACHE_CONTROL = {"no-store", "no-cache", "private"}


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# Generations and purges ------------------------------------------------------------------


def _version_key(tag):
    return "pc:v:" + tag


def versions(tags):
    """The current generation of each tag, creating one for a tag never seen."""
    keys = {tag: _version_key(tag) for tag in tags}
    found = cache().get_many(list(keys.values()))
    missing = [key for key in keys.values() if key not in found]
    if missing:
        for key in missing:
            cache().add(key, secrets.token_hex(8), timeout=None)
        found.update(cache().get_many(missing))  # whoever added first won
    return {tag: found.get(key) for tag, key in keys.items()}


def _current(stamps):
    """The generations now of every tag in these stamps: one round trip."""
    keys = {_version_key(tag) for stamped in stamps for tag in stamped}
    return cache().get_many(list(keys)) if keys else {}


def _still_fresh(stamped, current):
    return all(current.get(_version_key(tag)) == version for tag, version in stamped.items())


def fresh(stamped):
    """True when every tag still has the generation it was stamped with."""
    return _still_fresh(stamped, _current([stamped]))


def _bump(tags):
    cache().set_many({_version_key(tag): secrets.token_hex(8) for tag in tags}, timeout=None)


def purge(*tags):
    """New generations for these tags: now, and again once the transaction commits, so
    a render that read the old rows in between is not kept as fresh."""
    tags = sorted(set(tags))
    if not tags:
        return
    _bump(tags)
    transaction.on_commit(lambda: _bump(tags))


# The one helper for cached values -------------------------------------------------------


def tagged(key, tags, compute, timeout=None):
    """``compute()``, kept under ``key`` until one of ``tags`` is purged (or ``timeout``
    seconds pass: PAGE_CACHE_SECONDS by default).

    ``tags`` is a set, stamped before computing; or, for a value whose tags come from
    what it read, a function of the value (stamped after: the purge again on commit
    covers a change made while it was computed). None is never kept: it is asked for
    again next time.
    """
    entry = cache().get(key)
    if entry is not None and fresh(entry[0]):
        return entry[1]
    stamped = None if callable(tags) else versions(tags)
    value = compute()
    if value is not None:
        if stamped is None:
            stamped = versions(tags(value))
        cache().set(key, (stamped, value), timeout or settings.PAGE_CACHE_SECONDS)
    return value


def tagged_many(keys, compute, timeout=None):
    """Many ``tagged`` values in two round trips when they are all fresh.

    ``keys`` is {name: cache key}. ``compute(names)`` gets the names missing or stale
    and returns {name: (value, tags)}, the tags coming from what it read (stamped after
    computing, as for ``tagged``). Returns {name: value} for every name found or computed.
    """
    entries = cache().get_many(list(keys.values()))
    current = _current([entry[0] for entry in entries.values()])
    found = {}
    for name, key in keys.items():
        entry = entries.get(key)
        if entry is not None and _still_fresh(entry[0], current):
            found[name] = entry[1]
    missing = [name for name in keys if name not in found]
    if not missing:
        return found
    computed = compute(missing)
    kept = {name: (value, tags) for name, (value, tags) in computed.items() if value is not None}
    generations = versions(set().union(*(tags for _value, tags in kept.values())))
    cache().set_many(
        {
            keys[name]: ({tag: generations[tag] for tag in tags}, value)
            for name, (value, tags) in kept.items()
        },
        timeout or settings.PAGE_CACHE_SECONDS,
    )
    found.update({name: value for name, (value, _tags) in computed.items()})
    return found


# Tags of a page --------------------------------------------------------------------------


def ancestor_path_tags(path, steplen=4):
    """``path:`` tags of a page and its ancestors below the root: what purges its URL."""
    return {f"path:{path[:end]}" for end in range(2 * steplen, len(path) + 1, steplen)}


def page_tags(page):
    """The tags a page's response depends on; no query (the tree path says it all)."""
    step = page.steplen
    tags = {SITE, f"children:{page.path}"} | ancestor_path_tags(page.path, step)
    if page.depth > 1:
        tags.add(f"children:{page.path[:-step]}")
    return tags


def depends_on(request, *tags):
    """Called while rendering: this response also shows what ``tags`` stand for."""
    stamped = getattr(request, "_page_cache_tags", None)
    if stamped is not None:
        stamped.update(versions(set(tags) - set(stamped)))


def before_serve_page(page, request, serve_args, serve_kwargs):
    """Wagtail hook: note the page's tags and their generations *before* rendering."""
    if getattr(request, "_page_cache_key", None):
        request._page_cache_tags = versions(page_tags(page))


# Wagtail's lookups, from the cache -------------------------------------------------------
# Wagtail asks these on every request, a query each. The middleware below primes the
# site; the page models' and the rich-text link handler's overrides call the others.


def prime_site(request):
    """Wagtail's site for this request, from the cache when it is there (Wagtail reads
    ``request._wagtail_site`` before querying). The root page comes with it, specific."""
    from wagtail.models import Site

    def find():
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
            site.root_page.locale  # noqa: B018  (loaded now, so it is cached with the site)
        return site

    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = tagged(f"pc:site:{request.get_host()}", {SITE}, find)


def any_view_restrictions():
    """Whether any page is private. Usually none is, and then Wagtail's per-page
    restriction checks and ``.public()`` filters need no query (see ``public``)."""
    from wagtail.models import PageViewRestriction

    return tagged("pc:restrictions", {SITE}, PageViewRestriction.objects.exists)


def public(queryset):
    """``queryset.public()``, skipped (saving its query) when no page is private."""
    return queryset.public() if any_view_restrictions() else queryset


_request_memo = threading.local()


def locale_ids():
    """{language code: Locale id}, from the cache (Locale changes purge the site);
    remembered for the rest of the request once read."""
    from wagtail.models import Locale

    memo = getattr(_request_memo, "locales", None)
    if memo:
        return memo
    found = tagged(
        "pc:locales", {SITE}, lambda: dict(Locale.objects.values_list("language_code", "id"))
    )
    if memo is not None:  # inside a request: keep it until the request ends
        memo.update(found)
    return found


def active_locale_id():
    """The Locale id of the active language (no query once the locales are cached)."""
    from wagtail.coreutils import get_supported_content_language_variant

    try:
        return locale_ids().get(get_supported_content_language_variant(translation.get_language()))
    except LookupError:
        return None


def home_translations(home):
    """{locale id: live specific translation} of a site's home page, from the cache
    (the home page is in the chrome, so publishing any translation purges ``site``)."""
    from wagtail.models import Page

    def find():
        rows = Page.objects.filter(translation_key=home.translation_key, live=True).specific()
        return {row.locale_id: row for row in rows}

    return tagged(f"pc:home-translations:{home.translation_key}", {SITE}, find)


# Whole pages -----------------------------------------------------------------------------


def _excluded(path):
    prefixes = tuple(settings.FORM_PAGE_PATH_PREFIXES) + tuple(settings.PAGE_CACHE_EXCLUDE_PATHS)
    return path.startswith(prefixes) if prefixes else False


def cache_key(request):
    raw = f"{request.get_host()}|{translation.get_language()}|{request.get_full_path()}"
    return "pc:page:" + hashlib.sha256(raw.encode()).hexdigest()


def refusal(request, response):
    """Why this response must not be stored, or "" when it may be."""
    if request.method != "GET":
        return "method"
    if getattr(request, "_page_cache_tags", None) is None:
        return "not a Wagtail page"
    if response.status_code != 200 or response.streaming:
        return "status"
    if response.cookies:
        return "sets a cookie"
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return "session"
    cache_control = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if cache_control & REFUSED_CACHE_CONTROL:
        return "cache-control"
    language = response.get("Content-Language")
    if language and language.lower() != (translation.get_language() or "").lower():
        return "language"
    return ""


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(tuple(settings.FORM_PAGE_PATH_PREFIXES)):
            return self.get_response(request)  # the admin: nothing cached, nothing primed
        _request_memo.locales = {}
        try:
            return self.respond(request)
        finally:
            _request_memo.locales = None

    def respond(self, request):
        prime_site(request)
        if (
            not settings.PAGE_CACHE_ENABLED
            or request.method not in STORED_METHODS
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or _excluded(request.path)
        ):
            return self.get_response(request)

        key = cache_key(request)
        entry = cache().get(key)
        if entry is not None and fresh(entry["tags"]):
            response = HttpResponse(entry["content"], status=entry["status"])
            for name, value in entry["headers"]:
                response[name] = value
            response[HEADER] = "hit"
            return response

        request._page_cache_key = key
        response = self.get_response(request)
        if not refusal(request, response):
            cache().set(
                key,
                {
                    "tags": request._page_cache_tags,
                    "status": response.status_code,
                    "headers": list(response.items()),
                    "content": response.content,
                },
                settings.PAGE_CACHE_SECONDS,
            )
            response[HEADER] = "miss"
        return response
