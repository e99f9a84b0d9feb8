"""Every page in the sitemap, as a person sees it in a browser."""

import re
import urllib.request
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_paths(base_url):
    with urllib.request.urlopen(base_url + "/sitemap.xml", timeout=10) as response:
        tree = ET.fromstring(response.read())
    paths = [urlsplit(loc.text).path for loc in tree.findall("sm:url/sm:loc", SITEMAP_NS)]
    assert len(paths) >= 10, f"the demo sitemap is unexpectedly small: {paths}"
    return paths


@pytest.mark.parametrize("width", [320, 1280])
def test_every_sitemap_page_passes_axe_and_stays_on_this_machine(site_server, make_tab, width):
    tab = make_tab(width=width)
    axe = Axe()
    failures = []
    for path in sitemap_paths(site_server):
        response = tab.page.goto(site_server + path)
        if response.status != 200:
            failures.append(f"{path}: status {response.status}")
            continue
        results = axe.run(tab.page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        if results.violations_count:
            failures.append(f"{path} at {width}px:\n{results.generate_report()}")
        # Nothing may be wider than the screen at 320 px (WCAG 1.4.10 reflow).
        overflow = tab.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            failures.append(f"{path} at {width}px scrolls sideways by {overflow}px")
    assert not failures, "\n".join(failures)
    assert tab.third_party_requests == []


def test_every_page_works_without_javascript(site_server, make_tab):
    tab = make_tab(width=320, javascript=False)
    for path in sitemap_paths(site_server):
        response = tab.page.goto(site_server + path)
        assert response.status == 200, path
        assert tab.page.locator("main h1").count() == 1, path
        exit_link = tab.page.locator(".govuk-exit-this-page__button")
        assert exit_link.is_visible(), f"quick exit hidden without JavaScript on {path}"
        helplines = tab.page.locator(".app-helplines__item, .app-get-help__helpline")
        assert helplines.count() >= 4, f"no helplines on {path}"


def test_page_chrome_is_on_every_page(site_server, make_tab):
    tab = make_tab()
    for path in sitemap_paths(site_server):
        tab.page.goto(site_server + path)
        page = tab.page
        assert page.locator("a.govuk-skip-link[href='#main-content']").count() == 1, path
        banner = page.locator(".app-emergency-banner")
        assert "999" in banner.inner_text(), path
        assert page.locator(".app-emergency-banner a[href='tel:999']").count() == 1, path
        footer = page.locator("footer").inner_text()
        for number in ("0800 1111", "0808 800 5000", "0800 555 111", "101"):
            assert number in footer, f"{number} missing from the footer of {path}"
        nav = page.locator(".govuk-service-navigation__link")
        if page.evaluate("document.documentElement.lang") == "en":
            for label in ("Privacy", "Accessibility statement", "Covering your tracks"):
                assert page.locator("footer a", has_text=label).count() == 1, (label, path)
            assert nav.count() == 6, path
        else:
            # A translated page: the same links, in its language; the
            # navigation lists the sections translated so far.
            assert page.locator("footer .govuk-footer__inline-list a").count() == 3, path
            assert nav.count() >= 1, path
        if path.strip("/") not in ("", "pl", "ro", "ar"):  # home pages have no breadcrumbs
            assert page.locator(".govuk-breadcrumbs").count() == 1, path


def test_keyboard_reaches_skip_link_then_quick_exit(site_server, make_tab):
    tab = make_tab()
    tab.page.goto(site_server + "/young-people/")
    tab.page.keyboard.press("Tab")
    focused = tab.page.evaluate("document.activeElement.className")
    assert "govuk-skip-link" in focused
    tab.page.keyboard.press("Enter")
    assert tab.page.evaluate("location.hash") == "#main-content"


def test_templates_carry_no_crown():
    """Our brand has no crown: the GOV.UK logo must not be in any template."""
    from pathlib import Path

    templates = Path(__file__).resolve().parents[2] / "templates"
    for template in templates.rglob("*.html"):
        text = template.read_text()
        assert not re.search(r"govuk-logo|govuk-header__logotype-crown", text), template
