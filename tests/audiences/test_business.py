"""Business sector pages and their A4 posters with a QR code drawn on our server."""

import re
from pathlib import Path

import pytest
import segno
from django.conf import settings
from wagtail.models import Page

from audiences.models import AudiencePage, BusinessSectorPage
from core.choices import Sector
from demo.campaign import seed_campaign_and_sectors

SECTOR_SLUGS = {
    "taxi-and-private-hire": "taxi",
    "hotels-and-accommodation": "hotel",
    "leisure": "leisure",
}
POSTER_SCSS = Path(settings.BASE_DIR) / "static/src/scss/components/_poster.scss"
BUILT_CSS = Path(settings.BASE_DIR) / "static/dist/css/main.css"
A4_PAGE_RULE = re.compile(r"@page\s+[\w-]*\s*\{[^}]*size:\s*A4", re.IGNORECASE)


PUBLIC = "https://knowandsee.example.org"


@pytest.fixture
def seeded(demo_site):
    """The demo with its Site at a public https address, as a live site has."""
    seed_campaign_and_sectors(demo_site.root_page.specific)
    demo_site.hostname, demo_site.port = "knowandsee.example.org", 443
    demo_site.save()
    return demo_site


def test_sector_pages_and_the_intelligence_form_offer_the_same_sectors():
    """A poster opens the form with ``?sector=<the page's sector>``: one list for both."""
    from forms.models import Report

    page_sectors = BusinessSectorPage._meta.get_field("sector").choices
    assert page_sectors == Report._meta.get_field("sector").choices == Sector.choices


@pytest.mark.django_db
def test_three_sector_pages_under_businesses(seeded):
    businesses = AudiencePage.objects.get(slug="businesses")
    pages = BusinessSectorPage.objects.child_of(businesses)
    assert {page.slug: page.sector for page in pages} == SECTOR_SLUGS
    for page in pages:
        assert len(page.signs) >= 3 and page.staff_checklist


@pytest.mark.django_db
def test_sector_page_says_what_to_do_without_inventing_numbers(client, seeded):
    html = client.get("/businesses/taxi-and-private-hire/").content.decode()
    assert "If a child is in danger now, call" in html and 'href="tel:999"' in html
    assert "101" in html
    assert "Staff checklist" in html and 'class="app-checklist__item"' in html
    assert 'href="/businesses/taxi-and-private-hire/poster/"' in html
    assert "/share-information/questions/?sector=taxi" in html


def poster(client, slug="taxi-and-private-hire"):
    response = client.get(f"/businesses/{slug}/poster/")
    assert response.status_code == 200
    return response, response.content.decode()


def svg_path_data(svg):
    return re.findall(r'\sd="([^"]+)"', svg)


@pytest.mark.django_db
def test_poster_has_the_message_three_signs_and_999(client, seeded):
    _, html = poster(client)
    page = BusinessSectorPage.objects.get(slug="taxi-and-private-hire")
    assert "Seen something? Say something" in html
    signs = re.findall(r'<li class="app-poster__sign">(.*?)</li>', html)
    assert signs == [sign.value["sign"].replace("'", "&#x27;") for sign in page.signs][:3]
    assert re.search(r"In danger now\?\s*<strong[^>]*>999</strong>", html)
    assert "Exit this page" in html  # the poster's screen view keeps the quick exit


@pytest.mark.django_db
def test_poster_qr_code_is_our_own_svg_of_the_form_address(client, seeded):
    response, html = poster(client)
    url = f"{PUBLIC}/share-information/questions/?sector=taxi"
    assert response.context["form_url"] == url
    # The address is printed in words too.
    assert url in html.replace("<wbr>", "")
    svg = re.search(r"<svg.*?</svg>", html, re.DOTALL)[0]
    assert svg_path_data(svg) == svg_path_data(segno.make(url).svg_inline())
    assert svg_path_data(svg)
    # Nothing is fetched from anyone else to draw it.
    assert not re.search(r'src="https?://', html)


@pytest.mark.django_db
@pytest.mark.parametrize("slug,sector", SECTOR_SLUGS.items())
def test_each_poster_fills_in_its_own_sector(client, seeded, slug, sector):
    response, _ = poster(client, slug)
    assert response.context["form_url"].endswith(f"/share-information/questions/?sector={sector}")


@pytest.mark.django_db
def test_poster_address_falls_back_to_the_path_without_the_report_page(client, seeded):
    Page.objects.filter(slug="share-information").update(live=False)
    response, _ = poster(client)
    assert response.context["form_url"] == f"{PUBLIC}/share-information/questions/?sector=taxi"


@pytest.mark.django_db
def test_poster_sets_no_cookie_and_can_be_cached(client, seeded):
    response, _ = poster(client)
    assert not response.cookies
    assert "no-store" not in response.get("Cache-Control", "")


def test_poster_stylesheet_asks_for_a4():
    assert A4_PAGE_RULE.search(POSTER_SCSS.read_text())
    assert "page: app-poster" in POSTER_SCSS.read_text()
    if BUILT_CSS.exists():  # `npm run build` has run (make test runs it first)
        assert A4_PAGE_RULE.search(BUILT_CSS.read_text())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "hostname,port", [("localhost", 80), ("127.0.0.1", 8000), ("knowandsee.example.org", 80)]
)
def test_a_poster_that_would_not_work_on_paper_is_refused(client, seeded, hostname, port):
    seeded.hostname, seeded.port = hostname, port
    seeded.save()
    response = client.get("/businesses/taxi-and-private-hire/poster/")
    html = response.content.decode()
    assert response.status_code == 503
    assert "This poster is not ready to print" in html and "Settings &gt; Sites" in html
    assert "<svg" not in html  # no QR code to print


@pytest.mark.django_db
def test_the_public_address_setting_wins_over_the_site(client, seeded, settings):
    settings.PUBLIC_SITE_URL = "https://cse.example.org/"
    response, _ = poster(client)
    assert response.context["form_url"].startswith("https://cse.example.org/share-information/")


@pytest.mark.django_db
def test_in_development_the_poster_is_shown_marked_not_for_printing(client, seeded, settings):
    seeded.hostname, seeded.port = "localhost", 80
    seeded.save()
    settings.DEBUG = True
    response, html = poster(client)
    assert "Not for printing:" in html and "on this computer only" in html


@pytest.mark.django_db
def test_posters_are_listed_in_the_admin(seeded):
    from django.urls import reverse

    from governance import roles
    from tests.governance.test_review import member, signed_in

    editor = signed_in(member("editor", roles.EDITORS))
    html = editor.get(reverse("printable_posters")).content.decode()
    for slug in SECTOR_SLUGS:
        assert f"/businesses/{slug}/poster/" in html
    assert "Printable posters" in editor.get(reverse("wagtailadmin_home")).content.decode()
    found = editor.get(reverse("printable_posters"), {"q": "hotel"}).content.decode()
    assert "/businesses/hotels-and-accommodation/poster/" in found
    assert "/businesses/taxi-and-private-hire/poster/" not in found
