"""Every page can be found: each page in the sitemap is reachable from its language's
home page in at most three clicks, following the links a reader sees on the pages."""

import re
import xml.etree.ElementTree as ET
from collections import deque
from urllib.parse import urlsplit

import pytest

MAX_CLICKS = 3
OTHER_LANGUAGES = ("pl", "ro", "ar")
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
HREF = re.compile(r'<a\b[^>]*?\bhref="([^"]*)"', re.IGNORECASE)


def language_of(path):
    first = path.strip("/").split("/", 1)[0]
    return first if first in OTHER_LANGUAGES else "en"


def link_paths(html):
    """The site paths the page's links point to, query strings and fragments dropped."""
    paths = set()
    for href in HREF.findall(html):
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not parts.path.startswith("/"):
            continue  # another site, tel:, mailto:, or a link within the page
        paths.add(parts.path)
    return paths


def clicks_from(start, links_of, wanted):
    """How many clicks each page in ``wanted`` is from ``start`` (at most MAX_CLICKS),
    following only links to pages in ``wanted``. ``links_of(path)`` gives the paths a
    page links to."""
    clicks = {start: 0}
    queue = deque([start])
    while queue:
        path = queue.popleft()
        if clicks[path] == MAX_CLICKS:
            continue
        for target in links_of(path):
            if target in wanted and target not in clicks:
                clicks[target] = clicks[path] + 1
                queue.append(target)
    return clicks


def unreachable(start, links_of, wanted):
    return sorted(set(wanted) - set(clicks_from(start, links_of, wanted)))


def sitemap_paths(client):
    tree = ET.fromstring(client.get("/sitemap.xml").content)
    return [urlsplit(loc.text).path for loc in tree.findall("sm:url/sm:loc", SITEMAP_NS)]


def test_the_walk_counts_clicks_and_names_what_it_cannot_reach():
    graph = {
        "/": {"/a/", "/elsewhere/"},
        "/a/": {"/a/b/"},
        "/a/b/": {"/a/b/c/"},
        "/a/b/c/": {"/a/b/c/d/"},
    }
    wanted = {"/", "/a/", "/a/b/", "/a/b/c/", "/a/b/c/d/", "/orphan/"}
    clicks = clicks_from("/", lambda path: graph.get(path, set()), wanted)
    assert clicks == {"/": 0, "/a/": 1, "/a/b/": 2, "/a/b/c/": 3}
    assert unreachable("/", lambda path: graph.get(path, set()), wanted) == [
        "/a/b/c/d/",  # four clicks away
        "/orphan/",  # linked from nowhere
    ]


def test_links_to_other_sites_and_within_the_page_are_not_followed():
    html = (
        '<a href="/young-people/?page=2#top">x</a> <a href="https://example.org/y/">y</a>'
        ' <a href="tel:999">999</a> <a href="#main-content">skip</a>'
        ' <a class="govuk-link" href="/ar/know-and-see/">z</a>'
    )
    assert link_paths(html) == {"/young-people/", "/ar/know-and-see/"}


@pytest.mark.django_db
def test_every_sitemap_page_is_three_clicks_from_its_home_page(client, demo_site):
    by_language = {}
    for path in sitemap_paths(client):
        by_language.setdefault(language_of(path), set()).add(path)
    assert set(by_language) == {"en", *OTHER_LANGUAGES}, "the demo has every language"

    pages = {}

    def links_of(path):
        if path not in pages:
            response = client.get(path)
            assert response.status_code == 200, path
            pages[path] = link_paths(response.content.decode())
        return pages[path]

    missing = {}
    for language, wanted in by_language.items():
        home = "/" if language == "en" else f"/{language}/"
        assert home in wanted, language
        lost = unreachable(home, links_of, wanted)
        if lost:
            missing[language] = lost
    assert not missing, f"more than {MAX_CLICKS} clicks from the home page: {missing}"


@pytest.mark.django_db
def test_the_campaign_and_the_library_are_linked_from_home_and_every_footer(client, demo_site):
    home = client.get("/").content.decode()
    main, footer = home.split("<footer", 1)
    for path in ("/know-and-see/", "/resources/"):
        assert f'href="{path}"' in main, f"{path} is not linked from the home page"
        assert f'href="{path}"' in footer, f"{path} is not linked from the footer"
    deep = client.get("/young-people/online-grooming/").content.decode()
    footer = deep.split("<footer", 1)[1]
    assert 'href="/know-and-see/"' in footer and 'href="/resources/"' in footer
