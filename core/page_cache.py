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

``tagged(key, tags, compute)`` is the one way to keep a value here (``fragment``, for
rendered parts of pages, is built on the same stamps): the chrome, related
pages, the library's terms, the report figures, link URLs (``tagged_many``), the campaign
section's addresses, a page's translations, which page an address routes to, and
Wagtail's own lookups below (site, locales, view restrictions).

Whole pages. ``PageCacheMiddleware`` sits right below the page-view counter (which must
see every hit) and gzip, above sessions, language, CSP and the privacy headers: a GET
or HEAD from a visitor without a session cookie is answered there, before the rest of
the stack runs, when there is a fresh entry for host + language + full path (query
string included). The language comes from the URL, as LocaleMiddleware's does. The
entry holds the headers the layers below set when the page rendered (so a hit and a
miss carry the same ones; SecurityMiddleware, above, adds its own to both), a gzipped
copy of the body, and the notes the render left for the layers above (``note``: the
campaign counter's page). Only pages served by Wagtail are stored, and only a plain 200
that sets no cookie, used no CSRF token, says nothing against storing
(``core.middleware.mark_form_page``'s no-store, ``never_cache``), and whose
``Content-Language`` (if it has one) is the active language: a fallback page in another
language is never stored under this language's key. A page's tags are noted before it
renders (``before_serve_page``); what it shows besides is added with ``depends_on``.

Round trips. Production keeps all this in Redis (``REDIS_URL``), shared by every worker
on every node; see site/settings/production.py. Each worker also keeps its own copies of
the pages and values it read lately (``NearCache``), used only while their tags'
generations, read from Redis on every request, still match: a hit costs one round trip,
and a purge through any node is seen on the next request. Within one request each tag's
generation is read once.
"""

import contextlib
import gzip
import hashlib
import pickle
import secrets
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils import translation
from django.utils.cache import cc_delim_re

SITE = "site"
HEADER = "X-Page-Cache"
STORED_METHODS = ("GET", "HEAD")
REFUSED_CACHE_CONTROL = {"no-store", "no-cache", "private"}


def cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# Generations and purges ------------------------------------------------------------------
# A request reads each tag's generation at most once (remembered until it ends, see
# PageCacheMiddleware): what it renders is then consistent with one moment, a little
# before it finishes, which is all a stamp needs to be safe (a purge after that moment
# leaves the stamp old, so the entry is merely recomputed once more).

_request_memo = threading.local()


def _version_key(tag):
    return "pc:v:" + tag


def _read(version_keys, values=()):
    """({version key: generation}, {key: value}): the generations of ``version_keys``
    (those this request has not read yet) and the ``values`` keys, in one round trip."""
    memo = getattr(_request_memo, "generations", None)
    known = memo if memo is not None else {}
    wanted = [key for key in version_keys if key not in known]
    with_epoch = memo is not None and EPOCH not in memo and bool(wanted or values)
    if with_epoch:
        wanted.append(EPOCH)  # read with the request's first generations: see _near_fresh
    found = cache().get_many([*wanted, *values]) if wanted or values else {}
    read = {key: found[key] for key in wanted if key in found}
    if memo is not None:
        memo.update(read)
        if with_epoch:
            memo.setdefault(EPOCH, None)  # read, and missing
    generations = {key: known.get(key, read.get(key)) for key in version_keys}
    return generations, {key: found[key] for key in values if key in found}


def versions(tags):
    """The current generation of each tag, creating one for a tag never seen."""
    keys = {tag: _version_key(tag) for tag in tags}
    return _stamp(keys, _read(keys.values())[0])


def _stamp(keys, generations):
    """{tag: generation} from ``generations`` (a read of the version ``keys``), with a
    new generation for each tag that has none yet."""
    missing = [key for key in keys.values() if generations.get(key) is None]
    if missing:
        for key in missing:
            cache().add(key, secrets.token_hex(8), timeout=None)
        added = cache().get_many(missing)  # whoever added first won
        generations = {**generations, **added}
        memo = getattr(_request_memo, "generations", None)
        if memo is not None:
            memo.update(added)
    return {tag: generations.get(key) for tag, key in keys.items()}


def _still_fresh(stamped, generations):
    return all(generations.get(_version_key(tag)) == version for tag, version in stamped.items())


def _fresh_now(stamped):
    return _still_fresh(stamped, _read([_version_key(tag) for tag in stamped])[0])


def fresh(stamped):
    """True when every tag still has the generation it was stamped with (read from the
    shared cache now, whatever this request has read before)."""
    keys = [_version_key(tag) for tag in stamped]
    return _still_fresh(stamped, cache().get_many(keys) if keys else {})


# The epoch: a token every purge replaces, after it has given its tags new generations.
# A worker's own copy checked fresh at an epoch stays fresh while the epoch is unchanged,
# with no need to read its tags again: a request reads the epoch once (with its first
# generations), and every copy it uses that was checked at that epoch costs nothing more.
EPOCH = "pc:epoch"


def _current_epoch():
    """The epoch this request read (reading it now if it has not; making one if there is
    none, as after Redis dropped it), or None outside a request."""
    memo = getattr(_request_memo, "generations", None)
    if memo is None:
        return None
    if memo.get(EPOCH) is None:
        memo[EPOCH] = cache().get(EPOCH)
    if memo[EPOCH] is None:
        cache().add(EPOCH, secrets.token_hex(8), timeout=None)
        memo[EPOCH] = cache().get(EPOCH)  # whoever added first won
    return memo[EPOCH]


def _near_fresh(entry, stamped):
    """Whether a worker's copy (``entry``, stamped ``stamped``) is still fresh: checked
    at this request's epoch already, or its tags' generations still match. The epoch is
    read before the generations, so a copy is never marked fresh at an epoch older
    than what it was checked against."""
    epoch = _current_epoch()
    if epoch is not None and entry.get("checked_at") == epoch:
        return True
    if _fresh_now(stamped):
        entry["checked_at"] = epoch
        return True
    return False


def _bump(tags):
    new = {_version_key(tag): secrets.token_hex(8) for tag in tags}
    cache().set_many(new, timeout=None)
    epoch = secrets.token_hex(8)
    cache().set(EPOCH, epoch, timeout=None)  # after the tags: see _near_fresh
    memo = getattr(_request_memo, "generations", None)
    if memo is not None:
        memo.update(new)  # this request sees its own purge
        memo[EPOCH] = epoch


def purge(*tags):
    """New generations for these tags: now, and again once the transaction commits, so
    a render that read the old rows in between is not kept as fresh."""
    tags = sorted(set(tags))
    if not tags:
        return
    _bump(tags)
    transaction.on_commit(lambda: _bump(tags))


# Each worker's own copies ----------------------------------------------------------------


class NearCache:
    """A worker's own copies of entries it read lately, at most ``max_bytes``, the least
    recently used dropped first. A copy is used only while the generations of its tags,
    read from the shared cache, still match, and only until the entry itself expires:
    a purge through any node is seen on the next request. It saves reading the entry
    out of the shared cache again: for a page, a hit is then one round trip."""

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self._entries = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry["expires"] <= time.time():
                self._drop(key)
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key, entry, size):
        if size * 4 > self.max_bytes:
            return  # one huge entry must not empty the rest
        with self._lock:
            self._drop(key)
            self._entries[key] = {**entry, "near_size": size}
            self._bytes += size
            while self._bytes > self.max_bytes:
                self._drop(next(iter(self._entries)))

    def _drop(self, key):
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= entry["near_size"]

    def clear(self):
        with self._lock:
            self._entries.clear()
            self._bytes = 0


near_pages = NearCache(settings.PAGE_CACHE_LOCAL_BYTES)
# Values are kept pickled and unpickled for each use, as from the shared cache: no two
# requests ever share (and so change) the same objects.
near_values = NearCache(settings.PAGE_CACHE_LOCAL_BYTES // 4)


def _keep_near(key, stamped, value, expires):
    blob = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    near_values.put(key, {"stamped": stamped, "blob": blob, "expires": expires}, len(blob))


def _usable(entry):
    """A shared entry in the current form ((stamps, value, expiry)) that has not expired."""
    return isinstance(entry, tuple) and len(entry) == 3 and entry[2] > time.time()


# The one helper for cached values -------------------------------------------------------


def tagged(key, tags, compute, timeout=None):
    """``compute()``, kept under ``key`` until one of ``tags`` is purged (or ``timeout``
    seconds pass: PAGE_CACHE_SECONDS by default).

    ``tags`` is a set, stamped before computing; or, for a value whose tags come from
    what it read, a function of the value (stamped after: the purge again on commit
    covers a change made while it was computed). None is never kept: it is asked for
    again next time.
    """
    near = near_values.get(key)
    if near is not None and _near_fresh(near, near["stamped"]):
        return pickle.loads(near["blob"])
    fixed = None if callable(tags) else {tag: _version_key(tag) for tag in tags}
    # The shared copy and (fixed tags) their generations, in one round trip.
    generations, found = _read(fixed.values() if fixed else (), values=[key])
    entry = found.get(key)
    if _usable(entry):
        stamped, value, expires = entry
        if _still_fresh(stamped, generations) or (fixed is None and _fresh_now(stamped)):
            _keep_near(key, stamped, value, expires)
            return value
    stamped = _stamp(fixed, generations) if fixed else None
    value = compute()
    if value is not None:
        if stamped is None:
            stamped = versions(tags(value))
        timeout = timeout or settings.PAGE_CACHE_SECONDS
        expires = time.time() + timeout
        cache().set(key, (stamped, value, expires), timeout)
        _keep_near(key, stamped, value, expires)
    return value


def tagged_many(keys, compute, timeout=None):
    """Many ``tagged`` values at once: at most two round trips when they are all fresh.

    ``keys`` is {name: cache key}. ``compute(names)`` gets the names missing or stale
    and returns {name: (value, tags)}, the tags coming from what it read (stamped after
    computing, as for ``tagged``). Returns {name: value} for every name found or computed.
    """
    near = {name: near_values.get(key) for name, key in keys.items()}
    near = {name: entry for name, entry in near.items() if entry is not None}
    near_tags = {_version_key(tag) for entry in near.values() for tag in entry["stamped"]}
    others = [key for name, key in keys.items() if name not in near]
    generations, entries = _read(near_tags, values=others)
    found = {}
    for name, entry in near.items():
        if _still_fresh(entry["stamped"], generations):
            found[name] = pickle.loads(entry["blob"])
    shared = {key: entry for key, entry in entries.items() if _usable(entry)}
    shared_tags = {_version_key(tag) for entry in shared.values() for tag in entry[0]}
    generations.update(_read(shared_tags)[0])
    for name, key in keys.items():
        entry = shared.get(key)
        if name not in found and entry is not None and _still_fresh(entry[0], generations):
            found[name] = entry[1]
            _keep_near(key, *entry)
    missing = [name for name in keys if name not in found]
    if not missing:
        return found
    computed = compute(missing)
    kept = {name: (value, tags) for name, (value, tags) in computed.items() if value is not None}
    stamps = versions(set().union(*(tags for _value, tags in kept.values())))
    timeout = timeout or settings.PAGE_CACHE_SECONDS
    expires = time.time() + timeout
    stored = {
        keys[name]: ({tag: stamps[tag] for tag in tags}, value, expires)
        for name, (value, tags) in kept.items()
    }
    cache().set_many(stored, timeout)
    for key, entry in stored.items():
        _keep_near(key, *entry)
    found.update({name: value for name, (value, _tags) in computed.items()})
    return found


# Fragments ------------------------------------------------------------------------------
# Parts of a page that are the same for every visitor: the chrome (header, footer: the
# ``site`` tag) and a page's body (its own tags). A whole-page miss (after a purge, a
# path kept out of the page cache, an editor with a session) is then put together from
# parts that did not change. Each part remembers the tags its render depended on
# (``depends_on`` inside it), and a page built from it depends on them too.

FRAGMENT_METHODS = ("GET", "HEAD")


def _fragments_allowed(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and request is not None
        and request.method in FRAGMENT_METHODS
        and not getattr(request, "is_preview", False)
        and getattr(_request_memo, "captures", None) is not None  # inside the middleware
        and not request.path.startswith(tuple(settings.PAGE_FRAGMENTS_EXCLUDE_PATHS))
    )


def _touched_visitor_state(request):
    """True once anything in this request used the visitor's CSRF token or their
    session: a part rendered after that may hold it, so it is not kept."""
    session = getattr(request, "session", None)
    has_session = settings.SESSION_COOKIE_NAME in request.COOKIES
    return bool(
        request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or (session is not None and (session.modified or (has_session and session.accessed)))
    )


def fragment_key(request, name, *vary):
    raw = "|".join([name, request.get_host(), translation.get_language() or "", *map(str, vary)])
    return "pc:frag:" + hashlib.sha256(raw.encode()).hexdigest()


def fragment(request, key, tags, render, with_request_tags=False):
    """``render()`` (a string), kept under ``key`` until one of ``tags``, or of the tags
    the render depended on, is purged; ``with_request_tags``: or of those the request
    depended on before it (a page's context, computed before its body renders).
    Rendered afresh for a preview, a POST, with the page cache off, and not kept when
    the render used the visitor's token or session."""
    if not _fragments_allowed(request):
        return render()
    entry = near_values.get(key)
    if entry is not None and _near_fresh(entry, entry["stamped"]):
        return _used(request, entry["stamped"], pickle.loads(entry["blob"]), entry["expires"])
    entry = cache().get(key)
    if _usable(entry) and _fresh_now(entry[0]):
        _keep_near(key, *entry)
        return _used(request, entry[0], entry[1], entry[2])
    stamped = versions(tags)  # before rendering, as for a page
    if with_request_tags:
        stamped = {**_request_memo.depended, **stamped}
    captured = {}
    _request_memo.captures.append(captured)
    try:
        if _touched_visitor_state(request):
            return render()
        html = render()
    finally:
        _request_memo.captures.remove(captured)
    if not _touched_visitor_state(request):
        stamped = {**captured, **stamped}
        expires = time.time() + settings.PAGE_CACHE_SECONDS
        cache().set(key, (stamped, str(html), expires), settings.PAGE_CACHE_SECONDS)
        _keep_near(key, stamped, str(html), expires)
    return html


def _used(request, stamped, html, expires):
    """A kept fragment goes into this render: the page depends on what it did, and is
    kept no longer than the fragment would have been."""
    _add_stamps(request, stamped)
    _request_memo.expires = min(getattr(_request_memo, "expires", None) or expires, expires)
    return html


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
    """Called while rendering: this response (and the fragments being rendered) also
    shows what ``tags`` stand for."""
    _add_stamps(request, versions(set(tags)))


def _add_stamps(request, stamps):
    """Tags and their generations to the page being stored and to every fragment being
    rendered; a tag already noted keeps its earlier (safer) generation."""
    targets = list(getattr(_request_memo, "captures", None) or [])
    depended = getattr(_request_memo, "depended", None)
    if depended is not None:
        targets.append(depended)
    stored = getattr(request, "_page_cache_tags", None)
    if stored is not None:
        targets.append(stored)
    for target in targets:
        target.update({tag: version for tag, version in stamps.items() if tag not in target})


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


def _remembered(name, read):
    """``read()``, remembered for the rest of the request (not beyond: the next request
    reads the shared cache again, so a change elsewhere is seen at once)."""
    memo = getattr(_request_memo, "values", None)
    if memo is None:  # outside a request
        return read()
    if name not in memo:
        memo[name] = read()
    return memo[name]


def locale_ids():
    """{language code: Locale id}, from the cache (Locale changes purge the site);
    remembered for the rest of the request once read."""
    from wagtail.models import Locale

    def read():
        return tagged(
            "pc:locales", {SITE}, lambda: dict(Locale.objects.values_list("language_code", "id"))
        )

    return _remembered("locales", read)


def remember_site_root_paths():
    """Make Wagtail's ``Site.get_site_root_paths()`` read the default cache (Redis in
    production) once per request instead of once per link: Wagtail asks it for every
    page whose URL is worked out without a request (``{% pageurl %}`` in a template
    included with ``only``, ``page.url``). Called once, from CoreConfig.ready()."""
    from wagtail.models import Site

    read = Site.get_site_root_paths
    if getattr(read, "remembered_per_request", False):
        return

    def get_site_root_paths():
        return _remembered("site-root-paths", read)

    get_site_root_paths.remembered_per_request = True
    Site.get_site_root_paths = staticmethod(get_site_root_paths)


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

# Set again on every answer, or not the cache's to keep.
UNSTORED_HEADERS = {"content-length", "content-encoding", "set-cookie", HEADER.lower()}
GZIP_MIN_LENGTH = 200  # GZipMiddleware's own threshold


def _excluded(path):
    prefixes = tuple(settings.FORM_PAGE_PATH_PREFIXES) + tuple(settings.PAGE_CACHE_EXCLUDE_PATHS)
    return path.startswith(prefixes) if prefixes else False


def request_language(request):
    """The language LocaleMiddleware will activate, known before it runs: the URL's
    language prefix, else the default. (The URLs are ``i18n_patterns`` without a prefix
    for the default language, so neither a cookie nor Accept-Language chooses it;
    ``refusal`` checks the two agree before anything is stored.)"""
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def cache_key(request, language=None):
    language = language or request_language(request)
    raw = f"{request.get_host()}|{language}|{request.get_full_path()}"
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
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return "csrf token"  # the page holds this visitor's token
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return "session"
    cache_control = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    if cache_control & REFUSED_CACHE_CONTROL:
        return "cache-control"
    active = (translation.get_language() or "").lower()
    expected = getattr(request, "_page_cache_language", None)
    if expected is not None and expected.lower() != active:
        return "language"
    language = response.get("Content-Language")
    if language and language.lower() != active:
        return "language"
    return ""


def entry_for(response):
    """What is kept of a response: its body (and the body gzipped, once, for the
    browsers that take it), status and headers, as the layers below set them."""
    content = response.content
    headers = [
        (name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS
    ]
    vary = [value for name, value in headers if name.lower() == "vary"]
    if len(content) >= GZIP_MIN_LENGTH and not any("accept-encoding" in v.lower() for v in vary):
        headers = [(name, value) for name, value in headers if name.lower() != "vary"]
        headers.append(("Vary", ", ".join([*vary, "Accept-Encoding"])))
    return {
        "status": response.status_code,
        "headers": headers,
        "content": content,
        # No secret is ever in a stored page (no cookie, no CSRF token), so one
        # compressed copy can serve everyone: no BREACH padding needed.
        "gzip": gzip.compress(content, mtime=0) if len(content) >= GZIP_MIN_LENGTH else None,
    }


def response_for(request, entry):
    """A stored page as a response, gzipped when the browser accepts it."""
    zipped = entry.get("gzip")
    if zipped is not None and re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        response = HttpResponse(zipped, status=entry["status"], headers=entry["headers"])
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(entry["content"], status=entry["status"], headers=entry["headers"])
    response["Content-Length"] = str(len(response.content))
    response[HEADER] = "hit"
    return response


def _page_size(entry):
    return len(entry["content"]) + len(entry.get("gzip") or b"")


def stored_page(key):
    """The stored page under ``key`` if it is still fresh, else None."""
    entry = near_pages.get(key)
    if entry is None:
        entry = cache().get(key)
        if not isinstance(entry, dict) or entry.get("expires", 0) <= time.time():
            return None
        near_pages.put(key, entry, _page_size(entry))
    return entry if _page_fresh(entry) else None


def _epoch_as_stored():
    """The epoch as the shared cache holds it (bytes, from Redis: about half the cost of
    a ``get``), for comparing only."""
    read = getattr(cache(), "get_raw", None)
    return read(EPOCH) if read is not None else cache().get(EPOCH)


def _page_fresh(entry):
    """A stored page's tags still have its generations: one small read (the epoch)
    when nothing was purged since this worker last checked it, else the tags too
    (read after the epoch, as in ``_near_fresh``)."""
    epoch = _epoch_as_stored()
    if epoch is not None and entry.get("checked_at") == epoch:
        return True
    if not fresh(entry["tags"]):
        return False
    entry["checked_at"] = epoch
    return True


@contextlib.contextmanager
def request_scope():
    """What one request remembers while it renders, forgotten when it ends: the values
    and generations it read, the parts being rendered (``captures``), the tags it
    depended on, and when the first kept part it used expires."""
    memo = _request_memo
    memo.values, memo.generations, memo.captures, memo.depended, memo.expires = (
        {},
        {},
        [],
        {},
        None,
    )
    try:
        yield memo
    finally:
        memo.values = memo.generations = memo.captures = memo.depended = memo.expires = None


def note(request, name, value):
    """Called while a page renders: ``value`` is kept with the stored page, and every
    hit puts it back on its request (``noted``). Middleware above the cache reads there
    what the render knew, such as which campaign page this is, without working it out
    again on every hit."""
    request.__dict__.setdefault("_page_cache_notes", {})[name] = value


def noted(request, name, default=None):
    return getattr(request, "_page_cache_notes", {}).get(name, default)


class PageCacheMiddleware:
    """Answers a fresh hit before the rest of the middleware runs: the stored headers
    are the ones those layers set when the page was rendered (security policy, language,
    frame options), so a hit carries the same headers as a miss at a fraction of the
    cost. Sits below the page-view counter (which must see every hit) and gzip, and
    above everything that only matters while rendering (sessions, language, CSRF)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(tuple(settings.FORM_PAGE_PATH_PREFIXES)):
            return self.get_response(request)  # the admin: nothing cached, nothing primed
        key = self.key_for(request)
        if key is not None:
            entry = stored_page(key)
            if entry is not None:
                request._page_cache_notes = entry["notes"]
                return response_for(request, entry)
            request._page_cache_key = key
        with request_scope() as scope:
            prime_site(request)
            response = self.get_response(request)
            expires = scope.expires
        if key is not None and not refusal(request, response):
            self.store(request, response, key, expires)
            response[HEADER] = "miss"
        return response

    def store(self, request, response, key, fragments_expire=None):
        expires = time.time() + settings.PAGE_CACHE_SECONDS
        entry = {
            "tags": request._page_cache_tags,
            "notes": getattr(request, "_page_cache_notes", {}),
            "expires": min(expires, fragments_expire or expires),
            **entry_for(response),
        }
        cache().set(key, entry, max(1, int(entry["expires"] - time.time())))
        near_pages.put(key, entry, _page_size(entry))

    def key_for(self, request):
        """The cache key, or None when this request is neither served nor stored."""
        if (
            not settings.PAGE_CACHE_ENABLED
            or request.method not in STORED_METHODS
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or _excluded(request.path)
        ):
            return None
        request._page_cache_language = request_language(request)
        return cache_key(request, request._page_cache_language)
