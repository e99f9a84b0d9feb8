"""Site search: results labelled by audience, editors' promotions first, paginated,
with a constant number of queries, no cookie and nothing identifying stored or logged.

The site's URLconf gains /search/ from the lead; until then these tests add it
themselves (``urlpatterns`` below) in front of the site's own patterns.
"""

import logging
from io import StringIO

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import path
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page

from audiences.factories import ContentPageFactory
from audiences.models import AudiencePage
from cse_site import urls as site_urls
from demo.campaign import seed_campaign_and_sectors
from home.search import RESULTS_PER_PAGE, search

urlpatterns = [
    *i18n_patterns(path("search/", search, name="search"), prefix_default_language=False),
    *site_urls.urlpatterns,
]
pytestmark = pytest.mark.urls(__name__)


def index_site():
    """Build the search index now. On the site a page's save queues its index update
    as a background task, which the worker (manage.py run_worker) runs; tests have
    no worker."""
    call_command("wagtail_update_index", stdout=StringIO())


@pytest.fixture
def seeded(demo_site):
    seed_campaign_and_sectors(demo_site.root_page.specific)
    index_site()
    return demo_site


def results(response):
    """(section label, title) of every result in order, promotions included."""
    return [
        (item["section"], item["title"])
        for item in response.context["promotions"] + response.context["results"]
    ]


@pytest.mark.django_db
def test_empty_search_shows_a_friendly_page(client, seeded):
    for url in ("/search/", "/search/?q=", "/search/?q=%20%20"):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Type a word or two" in html and 'name="q"' in html
        assert "Exit this page" in html


@pytest.mark.django_db
def test_quotes_are_words_apart_not_syntax(client, seeded):
    # A lone double quote was a syntax error in SQLite's full-text search (a 500).
    for query in ('"', '"taxi', 'taxi"', '""taxi"'):
        response = client.get("/search/", {"q": query})
        assert response.status_code == 200, query
    assert ("Businesses", "Taxi and private hire") in results(client.get("/search/?q=%22taxi"))
    assert 'value="&quot;"' in client.get("/search/?q=%22").content.decode()  # kept as typed


@pytest.mark.django_db
def test_results_are_labelled_with_their_audience(client, seeded):
    found = results(client.get("/search/?q=taxi"))
    assert ("Businesses", "Taxi and private hire") in found
    html = client.get("/search/?q=taxi").content.decode()
    assert '<span class="app-search-results__section">Businesses</span>' in html


@pytest.mark.django_db
def test_nothing_found_says_so_kindly(client, seeded):
    html = client.get("/search/?q=qwertyuiopasdf").content.decode()
    assert "Nothing found for" in html and "Childline" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "term,first",
    [
        ("nudes", ["/young-people/someone-has-a-photo-of-me/"]),
        ("report", ["/report-a-concern/", "/share-information/"]),
        ("scared", ["/young-people/", "/report-a-concern/"]),
        ("help", ["/what-is-child-sexual-exploitation/", "/report-a-concern/"]),
    ],
)
def test_promoted_results_come_first(client, seeded, term, first):
    response = client.get(f"/search/?q={term.upper()}")
    urls = [item["url"] for item in response.context["promotions"]]
    assert urls == first
    html = response.content.decode().split('<ol class="app-search-results">')[1]
    html = html.split("</ol>")[0]  # the results, not the footer's links
    assert html.index("app-search-results__item--promoted") < html.index(first[0])
    if response.context["results"]:
        assert html.rindex(first[-1]) < html.index('class="app-search-results__item"')
    promoted = [url for url in (i["url"] for i in response.context["results"]) if url in first]
    assert promoted == []  # not listed twice


@pytest.mark.django_db
def test_promoted_photo_page_is_labelled_young_people(client, seeded):
    response = client.get("/search/?q=nudes")
    assert results(response)[0] == ("Young people", "Someone has a photo of me")


@pytest.mark.django_db
def test_no_cookie_no_cache_no_index(client, seeded):
    response = client.get("/search/?q=help")
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    # The search stays out of the title, which browsers keep in their history.
    title = response.content.decode().split("<title>")[1].split("</title>")[0]
    assert "help" not in title.lower()


@pytest.mark.django_db
def test_searches_are_not_stored_or_logged(client, seeded, caplog):
    secret = "jane smith from flat twelve"
    queries_before = set(Query.objects.values_list("query_string", flat=True))
    with caplog.at_level(logging.DEBUG):
        client.get("/search/", {"q": secret}, REMOTE_ADDR="203.0.113.9")
        client.get("/search/", {"q": "nudes"}, REMOTE_ADDR="203.0.113.9")
    assert set(Query.objects.values_list("query_string", flat=True)) == queries_before
    for record in caplog.records:
        message = record.getMessage()
        assert "jane" not in message.lower() and "203.0.113.9" not in message
    # Editors' own promoted terms are counted by day: a number, nothing else.
    assert QueryDailyHits.objects.get(query__query_string="nudes").hits == 1
    assert not QueryDailyHits.objects.exclude(query__query_string="nudes").exists()


@pytest.mark.django_db
def test_promotion_for_an_unpublished_page_is_not_shown(client, seeded):
    Page.objects.filter(slug="someone-has-a-photo-of-me").update(live=False)
    response = client.get("/search/?q=nudes")
    assert response.context["promotions"] == []
    assert SearchPromotion.objects.filter(query__query_string="nudes").exists()


def make_pages(parent, count):
    start = parent.get_children().count()
    for n in range(start, start + count):
        ContentPageFactory(
            parent=parent,
            title=f"Zebracrossing guide {n}",
            summary="About zebracrossing safety.",
            body=[("text", "<p>Zebracrossing.</p>")],
        )
    index_site()


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_results(client, seeded):
    parents = AudiencePage.objects.get(slug="parents-and-carers")
    make_pages(parents, 2)
    client.get("/search/?q=zebracrossing")  # fill Wagtail's cache of site root paths
    few, response = queries_for(client, "/search/?q=zebracrossing")
    assert len(response.context["results"]) == 2
    make_pages(parents, RESULTS_PER_PAGE + 13)
    many, response = queries_for(client, "/search/?q=zebracrossing")
    assert len(response.context["results"]) == RESULTS_PER_PAGE
    assert few == many


@pytest.mark.django_db
def test_results_are_paginated(client, seeded):
    make_pages(AudiencePage.objects.get(slug="communities"), RESULTS_PER_PAGE + 3)
    first = client.get("/search/?q=zebracrossing")
    assert first.context["page_obj"].paginator.num_pages == 2
    html = first.content.decode()
    assert 'class="govuk-pagination"' in html and "?q=zebracrossing&amp;page=2" in html
    second = client.get("/search/?q=zebracrossing&page=2")
    assert len(second.context["results"]) == 3
    assert {section for section, _ in results(second)} == {"Communities"}
    # Out of range pages show the last page instead of failing.
    assert client.get("/search/?q=zebracrossing&page=99").status_code == 200
