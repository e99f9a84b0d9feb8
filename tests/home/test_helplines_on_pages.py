"""Every page lists the helplines exactly once: in its body (a helplines block, or
"Get help now" on a landing page) or, when the body has none, in the footer."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
HELPLINE_LISTS = "ul.app-helplines, ul.app-get-help__helplines"
OTHER_PATHS = ["/ar/parents-and-carers/", "/search/?q=help", "/no-such-page/"]


def sitemap_paths(client):
    tree = ET.fromstring(client.get("/sitemap.xml").content)
    return [urlsplit(loc.text).path for loc in tree.findall("sm:url/sm:loc", SITEMAP_NS)]


def helpline_lists(client, path):
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    return soup.select(HELPLINE_LISTS), soup.select_one("footer")


@pytest.mark.django_db
def test_every_page_lists_the_helplines_once(client, demo_site):
    wrong = {}
    for path in sitemap_paths(client) + OTHER_PATHS:
        lists, _ = helpline_lists(client, path)
        # One list; a page's own block may choose fewer than the everyday list.
        if len(lists) != 1 or not lists[0].find_all("li"):
            wrong[path] = [len(found.find_all("li")) for found in lists]
    assert not wrong, f"helpline lists (items in each) not exactly one: {wrong}"


@pytest.mark.django_db
def test_the_footer_lists_them_only_when_the_page_does_not(client, demo_site):
    lists, footer = helpline_lists(client, "/young-people/how-to-report/")  # a helplines block
    assert footer.select(HELPLINE_LISTS) == [] and lists[0].find_parent("main")
    assert "listed on this page" in footer.get_text()

    lists, footer = helpline_lists(client, "/young-people/")  # "Get help now"
    assert lists[0].find_parent("main") and not footer.select(HELPLINE_LISTS)

    lists, footer = helpline_lists(client, "/young-people/healthy-relationships/")  # none
    assert footer.select(HELPLINE_LISTS) == lists

    # Take the home page's helplines block away: the footer lists them again.
    home = HomePage.objects.get(locale__language_code="en")
    home.body = [(c.block_type, c.value) for c in home.body if c.block_type != "helplines"]
    home.save_revision().publish()
    lists, footer = helpline_lists(client, "/")
    assert footer.select(HELPLINE_LISTS) == lists
