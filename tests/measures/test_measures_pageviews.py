"""Know and See campaign page views: counted on the server, per path and day, with no
cookie, and still counted when a page cache answers the request."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Page, Site

from audiences.factories import ContentPageFactory
from audiences.models import CampaignPage
from home.factories import HomePageFactory
from measures.models import PageView

COUNTER = "measures.middleware.PageViewCounter"


@pytest.fixture
def campaign_site(db):
    cache.clear()
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-v")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost"}
    )
    campaign = CampaignPage(title="Know and See", slug="know-and-see")
    home.add_child(instance=campaign)
    campaign.save_revision().publish()
    ContentPageFactory(parent=campaign, slug="signs", title="Signs")
    ContentPageFactory(parent=home, slug="elsewhere", title="Elsewhere")
    yield campaign
    cache.clear()


def counts():
    return {view.path: view.count for view in PageView.objects.all()}


def test_the_counter_sits_right_after_whitenoise():
    middleware = settings.MIDDLEWARE
    assert (
        middleware.index(COUNTER)
        == middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1
    )


def test_campaign_pages_are_counted_per_path_and_day(campaign_site, client):
    for _ in range(3):
        response = client.get("/know-and-see/", {"utm_source": "poster"})
        assert response.status_code == 200
        assert not response.cookies
    client.get("/know-and-see/signs/")
    client.get("/elsewhere/")  # not in the campaign
    client.post("/know-and-see/")  # not a GET
    client.head("/know-and-see/")
    client.get("/know-and-see/missing/")  # 404
    assert counts() == {"/know-and-see/": 3, "/know-and-see/signs/": 1}
    view = PageView.objects.get(path="/know-and-see/")
    assert view.day == timezone.localdate()
    assert view.page_id == campaign_site.pk
    stored = {field.name for field in PageView._meta.get_fields()}
    assert stored == {"id", "path", "page", "day", "count"}


def test_a_campaign_view_costs_one_query_once_the_row_exists(campaign_site, client):
    client.get("/know-and-see/")  # fills the path cache and makes today's row
    with CaptureQueriesContext(connection) as counted:
        client.get("/know-and-see/")
    with CaptureQueriesContext(connection) as plain:
        client.get("/elsewhere/")
    counter_queries = [q["sql"] for q in counted if "measures_pageview" in q["sql"]]
    assert len(counter_queries) == 1 and counter_queries[0].startswith("UPDATE")
    assert not [q for q in plain if "measures_pageview" in q["sql"]]


def test_a_page_published_under_the_campaign_is_counted_at_once(campaign_site, client):
    client.get("/know-and-see/")  # the campaign's paths are now cached
    ContentPageFactory(parent=campaign_site, slug="new-poster", title="New poster")
    client.get("/know-and-see/new-poster/")
    assert counts()["/know-and-see/new-poster/"] == 1


def test_views_answered_by_a_page_cache_below_are_counted(campaign_site, client, settings):
    """The contract with the page cache: it sits below the counter in MIDDLEWARE."""
    index = settings.MIDDLEWARE.index(COUNTER)
    settings.MIDDLEWARE = (
        settings.MIDDLEWARE[: index + 1]
        + ["django.middleware.cache.UpdateCacheMiddleware"]
        + settings.MIDDLEWARE[index + 1 :]
        + ["django.middleware.cache.FetchFromCacheMiddleware"]
    )
    settings.CACHE_MIDDLEWARE_SECONDS = 60
    served = []
    with hooks.register_temporarily("before_serve_page", lambda *args: served.append(1)):
        for _ in range(3):
            assert client.get("/know-and-see/").status_code == 200
    assert len(served) == 1  # the second and third came from the cache
    assert counts() == {"/know-and-see/": 3}


def test_a_campaign_published_anywhere_is_counted_at_once(campaign_site, client):
    client.get("/know-and-see/")  # the campaign's paths are now cached
    # Below the top level, so its publishing purges no more than its own listings.
    elsewhere = Page.objects.get(slug="elsewhere")
    relaunch = CampaignPage(title="Know and See again", slug="again", live=False)
    elsewhere.add_child(instance=relaunch)
    client.get("/know-and-see/")
    relaunch.save_revision().publish()
    client.get("/elsewhere/again/")
    assert counts()["/elsewhere/again/"] == 1
