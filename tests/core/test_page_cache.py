"""The page cache (core/page_cache.py): hits cost no query, purges are precise, and
nothing personal or language-mixed is ever stored."""

import gzip

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale, Page

from audiences.models import AudiencePage, ContentPage
from core import page_cache
from home.models import Helpline, QuickExit
from resources.models import Resource

HEADER = page_cache.HEADER


def fetch(client, path, **kwargs):
    response = client.get(path, **kwargs)
    assert response.status_code == 200, (path, response.status_code)
    return response


def cached(client, path, django_assert_num_queries):
    """Asserts the page comes from the cache, without a single query."""
    with django_assert_num_queries(0):
        response = fetch(client, path)
    assert response[HEADER] == "hit", path
    return response


def a_content_page(section_slug):
    # The demo has translations: the English section is the one with the default locale.
    section = AudiencePage.objects.live().get(slug=section_slug, locale=Locale.get_default())
    return ContentPage.objects.live().child_of(section).order_by("path").first()


@pytest.fixture
def pages(demo_site):
    """Two content pages in different sections, warmed into the cache."""
    changed = a_content_page("young-people")
    unrelated = a_content_page("professionals")
    return changed, unrelated


def test_a_second_visit_is_served_from_the_cache_without_a_query(
    client, demo_site, django_assert_num_queries
):
    first = fetch(client, "/young-people/")
    assert first[HEADER] == "miss"
    again = cached(client, "/young-people/", django_assert_num_queries)
    assert again.content == first.content
    # Headers added above the cache (security policy) are still on every hit.
    assert "Content-Security-Policy" in again
    assert "Permissions-Policy" in again
    assert "Set-Cookie" not in again


def test_a_publish_shows_on_the_next_request_and_unrelated_pages_stay_cached(
    client, pages, django_assert_num_queries
):
    changed, unrelated = pages
    section = changed.get_parent()
    for page in (changed, unrelated, section, unrelated.get_parent()):
        fetch(client, page.url)

    changed.title = "Freshly published title"
    changed.save_revision().publish()

    response = fetch(client, changed.url)
    assert response[HEADER] == "miss"
    assert b"Freshly published title" in response.content
    # The section that lists it is purged too...
    listing = fetch(client, section.url)
    assert listing[HEADER] == "miss"
    assert b"Freshly published title" in listing.content
    # ...but a page in another section, and that section, were not touched.
    cached(client, unrelated.url, django_assert_num_queries)
    cached(client, unrelated.get_parent().url, django_assert_num_queries)


def test_an_unpublished_page_is_gone_at_once(client, pages):
    changed, _ = pages
    section = changed.get_parent()
    fetch(client, changed.url)
    assert changed.title.encode() in fetch(client, section.url).content
    url = changed.url

    changed.unpublish()

    assert client.get(url).status_code == 404
    assert changed.title.encode() not in fetch(client, section.url).content


def test_a_deleted_page_is_gone_at_once(client, pages):
    changed, _ = pages
    url = changed.url
    fetch(client, url)
    changed.delete()
    assert client.get(url).status_code == 404


def test_a_moved_page_leaves_its_old_address(client, pages):
    changed, unrelated = pages
    url = changed.url
    fetch(client, url)
    changed.move(unrelated.get_parent(), pos="last-child")
    moved = Page.objects.get(pk=changed.pk)
    # Not the stored copy: Wagtail's automatic redirect to the new address.
    response = client.get(url)
    assert response.status_code == 301
    assert response["Location"] == moved.url
    assert fetch(client, moved.url)[HEADER] == "miss"


def test_a_helpline_change_shows_on_every_page(client, pages):
    changed, unrelated = pages
    for page in (changed, unrelated):
        fetch(client, page.url)
    helpline = Helpline.objects.filter(show_in_footer=True).first()
    helpline.name = "Renamed helpline for the test"
    helpline.save()
    for page in (changed, unrelated):
        response = fetch(client, page.url)
        assert response[HEADER] == "miss"
        assert b"Renamed helpline for the test" in response.content


def test_a_published_quick_exit_change_shows_on_every_page(client, demo_site):
    fetch(client, "/")
    record = QuickExit.objects.get(site=demo_site)
    record.url = "https://www.example.org/weather"
    record.save_revision()
    assert b"https://www.example.org/weather" not in fetch(client, "/").content  # a draft
    assert fetch(client, "/")[HEADER] == "hit"
    record.get_latest_revision().publish()
    assert b"https://www.example.org/weather" in fetch(client, "/").content


def test_a_resource_change_purges_the_library_but_not_other_pages(
    client, pages, django_assert_num_queries
):
    _, unrelated = pages
    fetch(client, "/resources/")
    fetch(client, unrelated.url)
    resource = Resource.objects.listed().order_by("title").first()
    resource.title = "A A renamed resource for the test"
    resource.save()

    library = fetch(client, "/resources/")
    assert library[HEADER] == "miss"
    assert b"A A renamed resource for the test" in library.content
    cached(client, unrelated.url, django_assert_num_queries)


def test_report_forms_are_never_cached(client, demo_site):
    for _ in range(2):
        response = fetch(client, "/share-information/questions/")
        assert HEADER not in response
        assert "no-store" in response["Cache-Control"]
        # Each visitor gets their own CSRF cookie: a stored copy would share one.
        assert response.cookies.get("csrftoken")


def test_signed_in_editors_are_never_served_or_stored(client, demo_site, django_user_model):
    fetch(client, "/young-people/")
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "x" * 16)
    client.force_login(editor)
    for _ in range(2):
        assert HEADER not in fetch(client, "/young-people/")


def test_search_and_the_admin_are_never_cached(client, demo_site):
    for _ in range(2):
        assert HEADER not in fetch(client, "/search/", data={"q": "grooming"})
        assert HEADER not in client.get("/admin/login/")


@pytest.mark.parametrize(
    "change, reason",
    [
        (lambda response: response.set_cookie("csrftoken", "x"), "sets a cookie"),
        (lambda response: response.__setitem__("Cache-Control", "no-store"), "cache-control"),
        (lambda response: response.__setitem__("Cache-Control", "private"), "cache-control"),
        (lambda response: setattr(response, "status_code", 404), "status"),
        # The languages contract: English shown under /pl/ says so, and is not stored.
        (lambda response: response.__setitem__("Content-Language", "en"), "language"),
    ],
)
def test_what_is_refused(change, reason):
    request = RequestFactory().get("/pl/some-page/")
    request._page_cache_tags = {}
    response = HttpResponse("page")
    change(response)
    with translation.override("pl"):
        assert page_cache.refusal(request, response) == reason


def test_a_plain_page_in_its_own_language_may_be_stored():
    request = RequestFactory().get("/pl/some-page/")
    request._page_cache_tags = {}
    response = HttpResponse("page")
    response["Content-Language"] = "pl"
    with translation.override("pl"):
        assert page_cache.refusal(request, response) == ""
    request._page_cache_tags = None  # not served by Wagtail
    assert page_cache.refusal(request, response) == "not a Wagtail page"


def test_the_key_has_the_language_and_the_query_string():
    factory = RequestFactory()
    english = page_cache.cache_key(factory.get("/resources/", {"topic": "grooming"}))
    plain = page_cache.cache_key(factory.get("/resources/"))
    polish = page_cache.cache_key(factory.get("/pl/resources/", {"topic": "grooming"}))
    assert len({english, plain, polish}) == 3


@pytest.mark.parametrize(
    "path, accept_language, expected",
    [
        ("/young-people/", "pl", "en"),  # the default language has no prefix
        ("/pl/young-people/", "en", "pl"),
        ("/ar/", "ro", "ar"),
        ("/resources/", "ar", "en"),
    ],
)
def test_the_key_language_is_the_one_locale_middleware_activates(
    client, demo_site, path, accept_language, expected
):
    """The cache picks the language before LocaleMiddleware runs: the two must agree,
    whatever the browser asks for."""
    request = RequestFactory().get(path, HTTP_ACCEPT_LANGUAGE=accept_language)
    assert page_cache.request_language(request) == expected
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 200
    assert response.wsgi_request.LANGUAGE_CODE == expected


def test_an_evicted_generation_never_matches_an_old_entry(db):
    stamped = page_cache.versions({"path:0001"})
    assert page_cache.fresh(stamped)
    page_cache.cache().delete("pc:v:path:0001")  # evicted under memory pressure
    page_cache.versions({"path:0001"})  # a new random generation
    assert not page_cache.fresh(stamped)


def test_a_tagged_value_is_computed_again_only_once_a_tag_is_purged(db):
    computed = []

    def compute():
        computed.append(1)
        return len(computed)

    assert page_cache.tagged("pc:test", {"path:0001", "site"}, compute) == 1
    assert page_cache.tagged("pc:test", {"path:0001", "site"}, compute) == 1
    page_cache.purge("path:0002")  # another tag: still fresh
    assert page_cache.tagged("pc:test", {"path:0001", "site"}, compute) == 1
    page_cache.purge("path:0001")
    assert page_cache.tagged("pc:test", {"path:0001", "site"}, compute) == 2
    # Tags that come from the value are stamped too.
    assert page_cache.tagged("pc:late", lambda value: {f"path:{value}"}, lambda: "0003") == "0003"
    page_cache.purge("path:0003")
    assert page_cache.tagged("pc:late", lambda value: {"site"}, lambda: "again") == "again"


def test_none_is_never_kept(db):
    computed = []
    for _ in range(2):
        page_cache.tagged("pc:none", {"site"}, lambda: computed.append(1))
    assert len(computed) == 2


def test_tagged_many_computes_only_what_is_missing_or_stale(db):
    asked = []

    def compute(names):
        asked.append(sorted(names))
        return {name: (name.upper(), {f"path:{name}"}) for name in names if name != "gone"}

    keys = {name: f"pc:many:{name}" for name in ("a", "b", "gone")}
    assert page_cache.tagged_many(keys, compute) == {"a": "A", "b": "B"}
    page_cache.purge("path:b")
    assert page_cache.tagged_many(keys, compute) == {"a": "A", "b": "B"}
    assert asked == [["a", "b", "gone"], ["b", "gone"]]


# Answering early, with the headers of a rendered page ------------------------------------

SAME_ON_EVERY_ANSWER = [
    "Content-Type",
    "Content-Language",
    "Content-Security-Policy",
    "Permissions-Policy",
    "X-Frame-Options",
    "Referrer-Policy",
    "X-Content-Type-Options",
    "Cross-Origin-Opener-Policy",
]


def test_a_hit_has_the_headers_of_the_rendered_page(client, demo_site):
    for path in ("/young-people/", "/pl/young-people/"):
        miss = fetch(client, path)
        hit = fetch(client, path)
        assert (miss[HEADER], hit[HEADER]) == ("miss", "hit")
        for name in SAME_ON_EVERY_ANSWER:
            assert hit.get(name) == miss.get(name), (path, name)
        assert "Accept-Encoding" in hit["Vary"]
        assert hit["Content-Length"] == str(len(hit.content))


def test_a_hit_is_gzipped_for_browsers_that_take_it(client, demo_site):
    plain = fetch(client, "/young-people/")
    zipped = fetch(client, "/young-people/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert zipped[HEADER] == "hit"
    assert zipped["Content-Encoding"] == "gzip"
    assert zipped["Content-Length"] == str(len(zipped.content))
    assert gzip.decompress(zipped.content) == plain.content
    assert "Content-Encoding" not in fetch(client, "/young-people/")


def test_a_page_that_used_the_visitors_csrf_token_is_not_stored():
    request = RequestFactory().get("/some-page/")
    request._page_cache_tags = {}
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    with translation.override("en"):
        assert page_cache.refusal(request, HttpResponse("page")) == "csrf token"


def another_node_purges(tag):
    """What a purge on another node does: a new generation, then a new epoch, in the
    shared cache only (this process's own copies and memory are untouched)."""
    page_cache.cache().set("pc:v:" + tag, "from-another-node", timeout=None)
    page_cache.cache().set(page_cache.EPOCH, "another-nodes-epoch", timeout=None)


def test_a_tag_changed_without_a_new_epoch_is_still_seen_by_a_copy_not_yet_checked(
    client, demo_site
):
    """The epoch only vouches for copies checked at it: a copy this worker has not
    checked since is checked against its tags."""
    fetch(client, "/young-people/")
    page_cache.cache().set(page_cache.EPOCH, "a-new-epoch", timeout=None)
    page_cache.cache().set("pc:v:" + page_cache.SITE, "changed", timeout=None)
    assert fetch(client, "/young-people/")[HEADER] == "miss"


def test_a_purge_on_another_node_is_seen_on_the_next_request(client, demo_site):
    fetch(client, "/young-people/")
    assert fetch(client, "/young-people/")[HEADER] == "hit"  # this worker has its copy
    another_node_purges(page_cache.SITE)
    assert fetch(client, "/young-people/")[HEADER] == "miss"


def test_a_workers_copy_of_a_value_is_dropped_when_another_node_purges(db):
    computed = []

    def compute():
        computed.append(1)
        return {"value": len(computed)}

    assert page_cache.tagged("pc:test-near", {"path:0009"}, compute) == {"value": 1}
    first = page_cache.tagged("pc:test-near", {"path:0009"}, compute)
    second = page_cache.tagged("pc:test-near", {"path:0009"}, compute)
    assert first == second == {"value": 1} and first is not second  # copies, never shared
    another_node_purges("path:0009")
    assert page_cache.tagged("pc:test-near", {"path:0009"}, compute) == {"value": 2}


def test_notes_made_while_rendering_come_back_on_every_hit(client, demo_site):
    from wagtail import hooks

    def note(page, request, *args):
        page_cache.note(request, "test-note", page.pk)

    with hooks.register_temporarily("before_serve_page", note):
        miss = fetch(client, "/young-people/")
    hit = fetch(client, "/young-people/")
    assert hit[HEADER] == "hit"
    page_id = AudiencePage.objects.get(
        url_path__endswith="/young-people/", locale__language_code="en"
    ).pk
    assert page_cache.noted(miss.wsgi_request, "test-note") == page_id
    assert page_cache.noted(hit.wsgi_request, "test-note") == page_id
