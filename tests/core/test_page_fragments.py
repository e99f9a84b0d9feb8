"""Parts of pages kept in the page cache (core/page_cache.py "Fragments",
core/templatetags/page_cache_tags.py): a page that is not stored whole is put together
from kept parts, every change still shows on the next request, and no part ever holds a
visitor's token or session."""

import time

import pytest
from django.db import connection
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from audiences.models import ContentPage
from core import page_cache
from home.models import Helpline, QuickExit
from resources.models import Resource
from tests.core.test_page_cache import HEADER, a_content_page, fetch


@pytest.fixture
def page(demo_site, settings):
    """A content page kept out of the whole-page cache: only its parts are kept."""
    page = a_content_page("young-people")
    settings.PAGE_CACHE_EXCLUDE_PATHS = [page.url, "/resources/"]
    return page


def sneak(page, **fields):
    """Change a page's row behind the cache's back: no signal, no purge."""
    ContentPage.objects.filter(pk=page.pk).update(**fields)


def test_a_page_not_kept_whole_reuses_its_body_until_it_is_published(client, page):
    first = fetch(client, page.url)
    assert HEADER not in first  # not stored whole
    sneak(page, summary="A summary nobody published")
    again = fetch(client, page.url)
    # The head's description is rendered afresh; the body under the title is the kept one.
    assert b'summary">A summary nobody published' not in again.content
    assert b'content="A summary nobody published"' in again.content

    page.refresh_from_db()
    page.title = "A title that was published"
    page.save_revision().publish()
    published = fetch(client, page.url).content
    assert b"A title that was published" in published
    assert b'summary">A summary nobody published' in published  # rendered afresh


def test_parts_are_fewer_queries_than_a_render(client, page):
    fetch(client, page.url)
    with CaptureQueriesContext(connection) as kept:
        fetch(client, page.url)
    page_cache.purge(*page_cache.page_tags(page))
    with CaptureQueriesContext(connection) as rendered:
        fetch(client, page.url)
    assert len(kept) < len(rendered), (len(kept), len(rendered))


def test_a_helpline_change_reaches_the_footer_of_a_page_not_kept_whole(client, page):
    fetch(client, page.url)
    helpline = Helpline.objects.filter(show_in_footer=True).first()
    helpline.name = "Renamed helpline for the fragment test"
    helpline.save()
    assert b"Renamed helpline for the fragment test" in fetch(client, page.url).content


def test_a_published_quick_exit_reaches_a_page_not_kept_whole(client, page, demo_site):
    fetch(client, page.url)
    record = QuickExit.objects.get(site=demo_site)
    record.url = "https://www.example.org/weather"
    record.save_revision()
    assert b"https://www.example.org/weather" not in fetch(client, page.url).content
    record.get_latest_revision().publish()
    assert b"https://www.example.org/weather" in fetch(client, page.url).content


def test_the_library_body_depends_on_what_its_context_read(client, page):
    """The library's context says it depends on the resources before the body renders:
    the kept body is purged with them."""
    fetch(client, "/resources/")
    resource = Resource.objects.listed().order_by("title").first()
    resource.title = "A A renamed resource for the fragment test"
    resource.save()
    assert b"A A renamed resource for the fragment test" in fetch(client, "/resources/").content


# The function itself, as the middleware runs it ------------------------------------------


inside_a_request = page_cache.request_scope


class Render:
    def __init__(self, make=lambda request: "<p>part</p>"):
        self.calls, self.make = 0, make

    def __call__(self, request):
        def render():
            self.calls += 1
            return self.make(request)

        return render


def kept(request, render, key="pc:frag:test", tags=(page_cache.SITE,)):
    with inside_a_request():
        return page_cache.fragment(request, key, set(tags), render(request))


@pytest.fixture
def factory(db):
    return RequestFactory()


def test_a_part_is_rendered_once_and_then_reused(factory):
    render = Render()
    assert kept(factory.get("/"), render) == kept(factory.get("/"), render) == "<p>part</p>"
    assert render.calls == 1
    page_cache.purge(page_cache.SITE)
    kept(factory.get("/"), render)
    assert render.calls == 2


def test_a_part_that_used_the_csrf_token_is_never_kept(factory):
    render = Render(lambda request: get_token(request))
    first, second = kept(factory.get("/"), render), kept(factory.get("/"), render)
    assert render.calls == 2
    assert first != second  # each visitor their own token


def test_a_part_that_read_a_visitors_session_is_never_kept(factory, settings):
    from django.contrib.sessions.backends.cache import SessionStore

    def make(request):
        return f"<p>{request.session.get('name', 'nobody')}</p>"

    render = Render(make)
    for _ in range(2):
        request = factory.get("/")
        request.COOKIES[settings.SESSION_COOKIE_NAME] = "a-session"
        request.session = SessionStore()
        kept(request, render)
    assert render.calls == 2


@pytest.mark.parametrize("kind", ["post", "preview", "disabled", "excluded", "outside"])
def test_a_post_a_preview_or_the_cache_switched_off_renders_afresh(factory, settings, kind):
    render = Render()
    for _ in range(2):
        request = factory.post("/") if kind == "post" else factory.get("/")
        if kind == "preview":
            request.is_preview = True
        if kind == "disabled":
            settings.PAGE_CACHE_ENABLED = False
        if kind == "excluded":
            settings.PAGE_FRAGMENTS_EXCLUDE_PATHS = ["/"]
        if kind == "outside":  # not within the page-cache middleware
            page_cache.fragment(request, "pc:frag:test", {page_cache.SITE}, render(request))
        else:
            kept(request, render)
    assert render.calls == 2


def test_a_kept_part_passes_what_it_depended_on_to_the_page(factory):
    def make(request):
        page_cache.depends_on(request, "library")
        return "<ul>resources</ul>"

    render = Render(make)
    kept(factory.get("/"), render)
    request = factory.get("/")
    request._page_cache_tags = {}
    kept(request, render)
    assert render.calls == 1
    assert "library" in request._page_cache_tags  # a resource change purges the page too
    page_cache.purge("library")
    kept(factory.get("/"), render)
    assert render.calls == 2


def test_a_page_built_from_parts_is_kept_no_longer_than_its_parts(client, demo_site, monkeypatch):
    """A page stored whole from a part kept earlier expires when that part would have:
    parts never stretch how long a page can be out of date."""
    page = a_content_page("professionals")
    started = time.time()
    with monkeypatch.context() as later:
        later.setattr(page_cache.settings, "PAGE_CACHE_EXCLUDE_PATHS", [page.url])
        fetch(client, page.url)  # the parts are kept, the page is not
    monkeypatch.setattr(page_cache.time, "time", lambda: started + 500)
    assert fetch(client, page.url)[HEADER] == "miss"
    entry = page_cache.cache().get(page_cache.cache_key(RequestFactory().get(page.url)))
    assert entry["expires"] <= started + 600 + 5


def test_a_copy_checked_at_this_epoch_costs_no_read_of_its_tags(db, monkeypatch):
    """Each request reads the epoch once; a worker's copy already checked at that epoch
    is used without reading its tags' generations again."""
    tags = {"path:0009", "children:0009"}
    with inside_a_request():
        page_cache.tagged("pc:test-epoch", tags, lambda: "value")
    with inside_a_request():
        page_cache.tagged("pc:test-epoch", tags, lambda: "value")  # checked at this epoch
    backend, keys_read = page_cache.cache(), []
    get_many = backend.get_many
    monkeypatch.setattr(
        backend, "get_many", lambda keys, **kw: keys_read.extend(keys) or get_many(keys, **kw)
    )
    get = backend.get
    monkeypatch.setattr(
        backend, "get", lambda key, *a, **kw: keys_read.append(key) or get(key, *a, **kw)
    )
    with inside_a_request():
        assert page_cache.tagged("pc:test-epoch", tags, lambda: "changed") == "value"
    assert keys_read == [page_cache.EPOCH]
    page_cache.purge("path:0009")
    with inside_a_request():
        assert page_cache.tagged("pc:test-epoch", tags, lambda: "changed") == "changed"


# On Redis, as production keeps them ------------------------------------------------------


@pytest.fixture
def redis_pages(redis_url, settings):
    """The page cache on Redis, as production settings make it."""
    from django.core.cache import caches

    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "core.redis_cache.RedisCache", "LOCATION": redis_url},
    }
    caches["pages"].clear()
    page_cache.near_pages.clear()
    page_cache.near_values.clear()
    yield caches["pages"]
    caches["pages"].clear()
    page_cache.near_pages.clear()
    page_cache.near_values.clear()


def test_on_redis_the_epoch_is_read_as_stored_and_a_closed_connection_reopens(redis_pages):
    assert redis_pages.get_raw("nothing-here") is None
    redis_pages.set("an-epoch", "token-1", timeout=None)
    first = redis_pages.get_raw("an-epoch")
    assert first == redis_pages.get_raw("an-epoch")  # the same bytes: comparable
    redis_pages.set("an-epoch", "token-2", timeout=None)
    assert redis_pages.get_raw("an-epoch") != first
    # Redis closes this thread's connection (a restart, an idle timeout): opened again.
    client = redis_pages._cache.get_client("x")
    client.execute_command("CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes")
    assert redis_pages.get_raw("an-epoch") == redis_pages.get_raw("an-epoch")


def test_on_redis_a_purge_by_another_node_is_seen_on_the_next_hit(redis_pages, client, page):
    section = page.get_parent().url
    fetch(client, section)
    assert fetch(client, section)[HEADER] == "hit"
    assert fetch(client, section)[HEADER] == "hit"  # checked at this epoch: one small read
    # Another node publishes: new generations, then a new epoch, in Redis only.
    redis_pages.set("pc:v:" + page_cache.SITE, "another-node", timeout=None)
    redis_pages.set(page_cache.EPOCH, "another-nodes-epoch", timeout=None)
    assert fetch(client, section)[HEADER] == "miss"
    # The parts this worker kept are checked again too: the body of a page not kept whole.
    sneak(page, summary="Changed on another node")
    redis_pages.set("pc:v:path:" + page.path, "another-node-2", timeout=None)
    redis_pages.set(page_cache.EPOCH, "another-nodes-epoch-2", timeout=None)
    assert b'summary">Changed on another node' in fetch(client, page.url).content


def active_section(html):
    """(title, aria-current) of the navigation's active item, or None."""
    import re

    found = re.search(
        r'item--active">\s*<a[^>]*aria-current="(\w+)"[^>]*>\s*<strong[^>]*>([^<]+)</strong>', html
    )
    return (found[2].strip(), found[1]) if found else None


def test_the_kept_header_marks_each_pages_own_section(client, demo_site, settings):
    """One header is kept per section: every page still shows its own section as
    current, whichever page put the header in the cache."""
    young = a_content_page("young-people")
    parents = a_content_page("parents-and-carers")
    expected = [
        ("/young-people/", (young.get_parent().title, "page")),
        (young.url, (young.get_parent().title, "true")),
        (parents.url, (parents.get_parent().title, "true")),
        ("/", None),
        ("/young-people/", (young.get_parent().title, "page")),
    ]
    settings.PAGE_CACHE_EXCLUDE_PATHS = [path for path, _ in expected]  # parts only
    for _ in range(2):  # rendered, then from the kept parts
        for path, section in expected:
            assert active_section(fetch(client, path).content.decode()) == section, path
