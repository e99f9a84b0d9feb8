"""Whole-page cache for anonymous readers, purged precisely with generation tags.

How it works, in one place:

* ``PageCacheMiddleware`` sits below LocaleMiddleware (the key needs the language)
  and below the page-view counter (which must see every hit). A GET or HEAD from a
  visitor without a session cookie is answered from the cache when there is a
  fresh entry for host + language + full path (query string included).
* Only pages served by Wagtail are stored, and only a plain 200 that sets no cookie,
  says nothing against storing (``mark_form_page``'s no-store, ``never_cache``), and
  whose ``Content-Language`` (if it has one) is the active language: a fallback page
  in another language is never stored under this language's key.
* Each entry remembers the *tags* it depends on, each with the generation it was
  rendered at. A purge gives a tag a new random generation; an entry whose
  generations no longer match is a miss. Tags:

  - ``site``: the chrome (navigation, helplines, footer links, settings) is on every
    page, so a change to any of them purges the whole site. That is precise enough:
    editors change them rarely, and each page shows them.
  - ``path:<path>`` for the page and each ancestor: a page's own content, and its
    breadcrumbs (the ancestors' titles). Purging a page purges its subtree.
  - ``children:<path>`` for the page and its parent: listings of a page's children
    (audience pages, the home page) and of siblings (related pages).
  - ``resources``: pages that list resources (the library, resource list blocks)
    declare it with ``depends_on(request, RESOURCES)`` while rendering.

* What purges what (``purge_page`` and the signal handlers in ``connect``): a page
  published, unpublished, moved or deleted purges the ``path`` and parent
  ``children`` tags of every translation of it, the pages that link to it (Wagtail's
  reference index), and the whole site when it is in the chrome (a top-level page,
  a report start page, a footer link). A resource or library term purges
  ``resources``; a helpline, setting, site, locale, image or document purges ``site``.

Generations are random tokens rather than counters, so a generation evicted from the
cache can never come back equal to an old entry's. Purges happen at once and again
after the transaction commits, so a render that read the old rows in between is not
stored as fresh. Production keeps all this in Redis (``REDIS_URL``), shared by every
worker; see site/settings/production.py.
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
RESOURCES = "resources"
HEADER = "X-Page-Cache"
STORED_METHODS = ("GET", "HEAD")
REFUSED_CACHE_CONTROL = {"no-store", "no-cache", "private"}

# Models whose rows the chrome (or many pages) show: any change purges the whole site.
SITE_MODELS = {
    "home.helpline",
    "home.safetysettings",
    "home.footerlinks",
    "audiences.leadprofessional",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailimages.image",
    "wagtaildocs.document",
}
# Models the resource library and resource lists show.
RESOURCE_MODELS = {"resources.resource", "resources.audience", "resources.topic"}
REPORT_PAGE_LABEL = "reports.reportpage"


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


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


def fresh(stamped):
    """True when every tag still has the generation it was stamped with."""
    current = cache().get_many([_version_key(tag) for tag in stamped])
    return all(current.get(_version_key(tag)) == version for tag, version in stamped.items())


def _bump(tags):
    cache().set_many({_version_key(tag): secrets.token_hex(8) for tag in tags}, timeout=None)


def purge(*tags):
    """New generations for these tags: now, and again once the transaction commits."""
    tags = sorted(set(tags))
    if not tags:
        return
    _bump(tags)
    transaction.on_commit(lambda: _bump(tags))


# Cached objects with tags (the chrome, the site) -------------------------------------


def get_tagged(key):
    entry = cache().get(key)
    if entry is not None and fresh(entry[0]):
        return entry[1]
    return None


def set_tagged(key, value, stamped, timeout=None):
    cache().set(key, (stamped, value), timeout or settings.PAGE_CACHE_SECONDS)


# Tags of a page ------------------------------------------------------------------------


def page_tags(page):
    """The tags a page's response depends on; no query (the tree path says it all)."""
    step = page.steplen
    tags = {SITE, f"children:{page.path}"}
    for end in range(2 * step, len(page.path) + 1, step):  # ancestors below the root, and self
        tags.add(f"path:{page.path[:end]}")
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


# The middleware ------------------------------------------------------------------------


def prime_site(request):
    """Wagtail's site for this request, from the cache when it is there (Wagtail reads
    ``request._wagtail_site`` before querying). The root page comes with it, specific."""
    from wagtail.models import Site

    if hasattr(request, "_wagtail_site"):
        return
    key = f"pc:site:{request.get_host()}"
    site = get_tagged(key)
    if site is None:
        stamped = versions({SITE})
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
            site.root_page.locale  # noqa: B018  (loaded now, so it is cached with the site)
            set_tagged(key, site, stamped)
    request._wagtail_site = site


def any_view_restrictions():
    """Whether any page is private. Usually none is, and then Wagtail's per-page
    restriction checks and ``.public()`` filters need no query (see ``public``)."""
    from wagtail.models import PageViewRestriction

    key = "pc:restrictions"
    found = get_tagged(key)
    if found is None:
        stamped = versions({SITE})
        found = {"any": PageViewRestriction.objects.exists()}
        set_tagged(key, found, stamped)
    return found["any"]


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
    key = "pc:locales"
    found = get_tagged(key)
    if found is None:
        stamped = versions({SITE})
        found = dict(Locale.objects.values_list("language_code", "id"))
        set_tagged(key, found, stamped)
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

    key = f"pc:home-translations:{home.translation_key}"
    found = get_tagged(key)
    if found is None:
        stamped = versions({SITE})
        rows = Page.objects.filter(translation_key=home.translation_key, live=True).specific()
        found = {row.locale_id: row for row in rows}
        set_tagged(key, found, stamped)
    return found


def ancestor_path_tags(path, steplen=4):
    """``path:`` tags of a page and its ancestors below the root: what purges its URL."""
    return {f"path:{path[:end]}" for end in range(2 * steplen, len(path) + 1, steplen)}


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


# Purges --------------------------------------------------------------------------------


def purge_page(page, old_path=None):
    """Purge a page (every translation), the pages that list or link to it, and the
    whole site when it appears in the chrome."""
    from wagtail.models import Page, ReferenceIndex

    tags = set()
    step = page.steplen
    rows = list(
        Page.objects.filter(translation_key=page.translation_key).values_list("path", "depth")
    )
    rows.append((page.path, page.depth))
    if old_path:
        rows.append((old_path, len(old_path) // step))
    for path, depth in rows:
        tags.update({f"path:{path}", f"children:{path[:-step]}"})
        if depth <= 3:  # the home page and the top-level navigation
            tags.add(SITE)
    if page.specific_class and page.specific_class._meta.label_lower == REPORT_PAGE_LABEL:
        tags.add(SITE)  # the header links to the report start pages

    page_type = ReferenceIndex._get_base_content_type(Page)
    references = ReferenceIndex.objects.filter(
        to_content_type=page_type, to_object_id=str(page.pk)
    ).values_list("base_content_type_id", "object_id")
    source_pages = []
    for content_type_id, object_id in references:
        if content_type_id == page_type.pk:
            source_pages.append(object_id)
        else:
            tags.add(SITE)  # a setting or snippet (footer links) shows it
    for path in Page.objects.filter(pk__in=source_pages).values_list("path", flat=True):
        tags.add(f"path:{path}")
    purge(*tags)


def _page_changed(sender, instance, **kwargs):
    purge_page(instance)


def _page_moving(sender, instance, **kwargs):
    purge_page(instance)


def _page_moved(sender, instance, url_path_before=None, **kwargs):
    purge_page(instance)


def _row_changed(sender, instance, **kwargs):
    label = sender._meta.label_lower
    if label in SITE_MODELS:
        purge(SITE)
    elif label in RESOURCE_MODELS:
        purge(RESOURCES)


def connect():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import (
        page_published,
        page_slug_changed,
        page_unpublished,
        post_page_move,
        pre_page_move,
    )

    page_published.connect(_page_changed, dispatch_uid="page_cache.published")
    page_unpublished.connect(_page_changed, dispatch_uid="page_cache.unpublished")
    page_slug_changed.connect(_page_changed, dispatch_uid="page_cache.slug")
    pre_page_move.connect(_page_moving, dispatch_uid="page_cache.moving")
    post_page_move.connect(_page_moved, dispatch_uid="page_cache.moved")
    post_delete.connect(_row_deleted, dispatch_uid="page_cache.deleted")
    post_save.connect(_row_saved, dispatch_uid="page_cache.saved")


# Fields Wagtail fills in on a file the first time a page shows it: nothing visible.
BOOKKEEPING_FIELDS = {"file_size", "file_hash"}


def _row_saved(sender, instance, update_fields=None, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        return  # drafts do not change the live site; publishing sends its own signal
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    if kwargs.get("created") and _is_setting(sender):
        return  # made with its defaults by for_site() on first use: nothing changes
    _row_changed(sender, instance, **kwargs)


def _is_setting(model):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    return issubclass(model, BaseSiteSetting | BaseGenericSetting)


def _row_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        purge_page(instance)
    else:
        _row_changed(sender, instance, **kwargs)
