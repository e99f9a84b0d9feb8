"""Every page in the sitemap, as a person sees it in a browser."""

import datetime
import re
import urllib.request
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.base import AxeResults
from axe_playwright_python.sync_playwright import Axe

from home.accessibility import AutomatedTestRecord, write_record

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
RUN_AXE = "options => axe.run(document, options)"
OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
# Two frames on: media-query listeners (the section menu's, on a phone) have run.
SETTLED = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
# Widest first: each page is loaded once, checked, then narrowed to a phone's width.
WIDTHS = (1280, 320)
OTHER_LANGUAGES = ("pl", "ro", "ar")
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_paths(base_url):
    with urllib.request.urlopen(base_url + "/sitemap.xml", timeout=10) as response:
        tree = ET.fromstring(response.read())
    paths = [urlsplit(loc.text).path for loc in tree.findall("sm:url/sm:loc", SITEMAP_NS)]
    assert len(paths) >= 10, f"the demo sitemap is unexpectedly small: {paths}"
    return paths


def language_of(path):
    first = path.strip("/").split("/", 1)[0]
    return first if first in OTHER_LANGUAGES else "en"


def fallback_paths(paths):
    """Every English page not yet translated into another language, at that language's
    address (/ar/parents-and-carers/): the English fallback, in the language's chrome."""
    english = [path for path in paths if language_of(path) == "en"]
    fallbacks = []
    for language in OTHER_LANGUAGES:
        translated = {path[len(language) + 1 :] for path in paths if language_of(path) == language}
        fallbacks += [f"/{language}{path}" for path in english if path not in translated]
    return fallbacks


def test_every_page_passes_axe_at_320_and_1280_and_none_scrolls_sideways(site_server, make_tab):
    """Every sitemap page in every language, and every untranslated page shown in
    English under /pl/, /ro/ and /ar/: 0 axe violations at 1280 and 320 px wide, nothing
    wider than the screen at 320 px (WCAG 1.4.10 reflow), nothing fetched from
    elsewhere. When all pass, the run is recorded for the accessibility statement
    (home/accessibility.py)."""
    paths = sitemap_paths(site_server)
    fallbacks = fallback_paths(paths)
    assert len(fallbacks) >= 30, "the demo has untranslated pages under every language"
    tab = make_tab(width=WIDTHS[0])
    tab.context.add_init_script(Axe().axe_script)  # sent once, run in every page
    failures, engine = [], ""
    for path in paths + fallbacks:
        tab.page.set_viewport_size({"width": WIDTHS[0], "height": 900})
        response = tab.page.goto(site_server + path)
        if response.status != 200:
            failures.append(f"{path}: status {response.status}")
            continue
        for width in WIDTHS:
            tab.page.set_viewport_size({"width": width, "height": 900})
            tab.page.evaluate(SETTLED)  # the scripts have seen the new width
            results = AxeResults(tab.page.evaluate(RUN_AXE, AXE_OPTIONS))
            engine = results.response["testEngine"]["version"]
            if results.violations_count:
                failures.append(f"{path} at {width}px:\n{results.generate_report()}")
        overflow = tab.page.evaluate(OVERFLOW)  # at the narrowest width, the last one
        if overflow > 0:
            failures.append(f"{path} at {WIDTHS[-1]}px scrolls sideways by {overflow}px")
    assert not failures, "\n".join(failures)
    assert tab.third_party_requests == []
    write_record(
        AutomatedTestRecord(
            run_on=datetime.date.today(),
            tool=f"axe-core {engine}",
            standard="WCAG 2.2 A and AA",
            pages=len(paths) + len(fallbacks),
            widths=tuple(sorted(WIDTHS)),
            languages=("en", *OTHER_LANGUAGES),
            fallback_pages=len(fallbacks),
            violations=0,
            sideways_scrolling=0,
        )
    )


def test_a_link_within_the_page_lands_below_the_sticky_exit_button(site_server, make_tab):
    """On a phone, Exit this page stays at the top of the screen. A link to a place on
    the same page (here the library's "Skip to the results") scrolls that place to the
    top: it must land below the button, not under it (WCAG 2.2, 2.4.11)."""
    tab = make_tab(width=360, height=640)
    tab.page.goto(site_server + "/resources/")
    tab.page.get_by_role("link", name="Skip to the results").click()
    assert tab.page.evaluate("window.scrollY") > 0
    target = tab.page.locator("#resource-results").bounding_box()
    exit_button = tab.page.locator(".govuk-exit-this-page").bounding_box()
    assert target["y"] >= exit_button["y"] + exit_button["height"], (target, exit_button)


def test_every_page_works_without_javascript(site_server, make_tab):
    tab = make_tab(width=320, javascript=False)
    for path in sitemap_paths(site_server):
        response = tab.page.goto(site_server + path)
        assert response.status == 200, path
        assert tab.page.locator("main h1").count() == 1, path
        exit_link = tab.page.locator(".govuk-exit-this-page__button")
        assert exit_link.is_visible(), f"quick exit hidden without JavaScript on {path}"
        helplines = tab.page.locator(".app-helplines__item, .app-get-help__helpline")
        assert helplines.count() >= 1, f"no helplines on {path}"


def test_page_chrome_is_on_every_page(site_server, make_tab):
    tab = make_tab()
    for path in sitemap_paths(site_server):
        tab.page.goto(site_server + path)
        page = tab.page
        assert page.locator("a.govuk-skip-link[href='#main-content']").count() == 1, path
        banner = page.locator(".app-emergency-banner")
        assert "999" in banner.inner_text(), path
        assert page.locator(".app-emergency-banner a[href='tel:999']").count() == 1, path
        # The helplines once: in the footer, or in the page's body and the footer says so.
        footer = page.locator("footer").inner_text()
        if not page.locator("footer .app-helplines__item").count():
            assert page.locator("main .app-helplines__item, main .app-get-help__helpline").count()
            assert "0800 1111" in page.locator("main").inner_text(), path
        else:
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
