"""Demo mode: seed_demo turns it on; every page then says the site is a demonstration
and the example pages are labelled; the public site can never ship with it on."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from home.checks import demo_mode_off
from home.models import DemoSettings

BANNER = 'class="app-demo-banner"'
EXAMPLE = "Example content: replace before launch"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
# Pages that are not in the sitemap but share the chrome: search, a fallback page under
# another language, a report journey's first question, a missing page.
OTHER_PATHS = [
    "/search/?q=help",
    "/ar/parents-and-carers/",
    "/report-a-concern/questions/",
    "/no-such-page/",
]
EXAMPLE_PATHS = {
    "/young-people/top-10-things-you-need-to-know/",
    "/resources/",
    "/what-happens-to-reports/",
}


def sitemap_paths(client):
    tree = ET.fromstring(client.get("/sitemap.xml").content)
    return [urlsplit(loc.text).path for loc in tree.findall("sm:url/sm:loc", SITEMAP_NS)]


KNOW_AND_SEE = "/know-and-see/"


def english_path(path):
    first = path.split("/")[1]
    return path[len(first) + 1 :] if first in ("pl", "ro", "ar") else path


def labelled_as_example(client, path):
    """The example label, in the page's own language."""
    first = path.split("/")[1]
    with translation.override(first if first in ("pl", "ro", "ar") else "en"):
        label = gettext(EXAMPLE)
    return label in html_of(client, path)


def html_of(client, path):
    response = client.get(path)
    assert response.status_code in (200, 404), (path, response.status_code)
    return response.content.decode()


@pytest.mark.django_db
def test_the_demo_is_in_demo_mode_with_its_example_pages(demo_site):
    setting = DemoSettings.for_site(demo_site)
    assert setting.demo_mode
    paths = {page.url for page in setting.example_pages.all()}
    assert paths == EXAMPLE_PATHS


@pytest.mark.django_db
def test_every_page_shows_the_banner_in_demo_mode(client, demo_site):
    paths = sitemap_paths(client) + OTHER_PATHS
    missing = [path for path in paths if BANNER not in html_of(client, path)]
    assert not missing, f"no demo banner on {missing}"


@pytest.mark.django_db
def test_only_the_example_pages_are_labelled_in_every_language(client, demo_site):
    setting = DemoSettings.for_site(demo_site)
    # A translated page is labelled as its English original is.
    know_and_see = Page.objects.get(url_path="/home/know-and-see/")
    setting.example_pages.add(know_and_see)
    paths = sitemap_paths(client)
    labelled = {path for path in paths if labelled_as_example(client, path)}
    expected = {path for path in paths if english_path(path) in EXAMPLE_PATHS | {KNOW_AND_SEE}}
    assert "/pl/know-and-see/" in expected
    assert labelled == expected


@pytest.mark.django_db
def test_the_figures_are_shown_as_examples_only_in_demo_mode(client, demo_site):
    html = html_of(client, "/what-happens-to-reports/")
    assert "Example figures: replace before launch" in html
    assert html.index("Example figures") < html.index("app-figures-table")

    setting = DemoSettings.for_site(demo_site)
    setting.demo_mode = False
    setting.save()
    html = html_of(client, "/what-happens-to-reports/")
    assert "Example figures" not in html and EXAMPLE not in html


@pytest.mark.django_db
def test_turning_demo_mode_off_takes_the_banner_off_every_page_at_once(client, demo_site):
    paths = ["/", "/young-people/", "/resources/", "/pl/know-and-see/"]
    for path in paths:
        assert BANNER in html_of(client, path)  # now in the page cache too

    setting = DemoSettings.for_site(demo_site)
    setting.demo_mode = False
    setting.save()
    shown = [path for path in paths + OTHER_PATHS if BANNER in html_of(client, path)]
    assert not shown, f"the banner is still on {shown}"
    assert EXAMPLE not in html_of(client, "/resources/")


@pytest.mark.django_db
def test_changing_the_example_pages_purges_the_cached_pages(client, demo_site):
    assert EXAMPLE in html_of(client, "/resources/")
    DemoSettings.for_site(demo_site).example_pages.clear()
    assert EXAMPLE not in html_of(client, "/resources/")


@pytest.mark.django_db
def test_the_deploy_check_fails_in_demo_mode(demo_site):
    with pytest.raises(SystemCheckError, match=r"home\.E001"):
        call_command("check", "--deploy", "--database", "default", "--fail-level", "ERROR")

    setting = DemoSettings.for_site(demo_site)
    setting.demo_mode = False
    setting.save()
    found = demo_mode_off(databases=["default"])
    assert [message.id for message in found] == ["home.W004"] * len(EXAMPLE_PATHS)
    assert all("still marked as example content" in message.msg for message in found)

    setting.example_pages.clear()
    assert demo_mode_off(databases=["default"]) == []
