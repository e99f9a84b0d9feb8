"""Every public page renders in at most 10 database queries when it is not in the page
cache, and the number does not grow with the content (resources, pages, menus).

"Uncached" means the page cache's stored responses are off (PAGE_CACHE_ENABLED=False)
after one warm-up request: what a cache miss costs a running worker, whose chrome,
site and locale caches are warm."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audiences.factories import ContentPageFactory
from audiences.models import AudiencePage
from resources.factories import ResourceFactory
from resources.models import Audience, Topic

BUDGET = 10
EXTRA_PATHS = [
    "/resources/?audience=parents-carers&topic=grooming",
    "/resources/?format=poster&page=2",
    "/search/?q=grooming",
    "/search/?q=help+now&page=2",
    "/report-a-concern/",
    "/share-information/",
    "/share-information/questions/",
    "/report-a-concern/questions/",
]


@pytest.fixture
def uncached(settings):
    settings.PAGE_CACHE_ENABLED = False


def sitemap_paths(client):
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    return [urlsplit(loc.text).path for loc in root.iter() if loc.tag.endswith("loc")]


def queries_for(client, path):
    client.get(path)  # warm-up: a worker's caches are warm
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(queries)


def test_every_public_page_is_within_the_budget(client, demo_site, uncached):
    paths = sitemap_paths(client) + EXTRA_PATHS
    assert len(paths) > 30  # the whole seeded site, not an empty sitemap
    counts = {path: queries_for(client, path) for path in paths}
    over = {path: count for path, count in counts.items() if count > BUDGET}
    assert not over, f"over {BUDGET} queries: {over}"


GROWTH_PATHS = [
    "/",
    "/young-people/",
    "/resources/",
    "/resources/?audience=parents-carers&topic=grooming",
    "/know-and-see/",
    "/search/?q=grooming",
]


def test_the_count_does_not_grow_with_the_content(client, demo_site, uncached):
    # The English section (the demo also has its Polish, Romanian and Arabic copies).
    section = AudiencePage.objects.get(slug="young-people", locale__language_code="en")
    content = section.get_children().live().order_by("path").first()
    paths = GROWTH_PATHS + [content.url]
    before = {path: queries_for(client, path) for path in paths}

    parents = Audience.objects.get(slug="parents-carers")
    grooming = Topic.objects.get(slug="grooming")
    for n in range(15):
        ResourceFactory(title=f"Grooming guide {n}", audiences=[parents], topics=[grooming])
    for n in range(8):
        page = ContentPageFactory.build(title=f"Grooming advice {n}", slug=f"grooming-advice-{n}")
        section.add_child(instance=page)
        page.save_revision().publish()
        # Content grows beneath a content page too (its children are listed on it).
        content.add_child(
            instance=ContentPageFactory.build(title=f"Grooming more {n}", slug=f"more-{n}")
        )

    after = {path: queries_for(client, path) for path in paths}
    assert after == before


def test_a_content_page_not_in_the_page_cache_costs_one_or_two_queries(client, demo_site, uncached):
    """Which page an address shows, the page's translations, the chrome and its related
    pages all come from the page cache: what is left is the page's own row, and the
    pages its blocks link to (Wagtail's page chooser reads them with the body)."""
    section = AudiencePage.objects.get(slug="young-people", locale__language_code="en")
    pages = section.get_children().live().order_by("path")[:3]
    counts = {page.url: queries_for(client, page.url) for page in pages}
    assert counts and all(count <= 2 for count in counts.values()), counts
    assert min(counts.values()) == 1, counts
