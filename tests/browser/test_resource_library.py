"""The resource library in a browser: filters that work with JavaScript off, and no
accessibility failures."""

import re
import urllib.error
import urllib.request

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
LIBRARY = "/resources/"


@pytest.fixture
def library_url(site_server):
    try:
        with urllib.request.urlopen(site_server + LIBRARY, timeout=10):
            pass
    except urllib.error.HTTPError as error:
        if error.code == 404:
            pytest.skip(
                "the demo site has no resource library at /resources/: seed_demo must call "
                "demo.library.seed_resources(home)"
            )
        raise
    return site_server + LIBRARY


def result_count(page):
    return int(re.match(r"(\d+) resources?", page.locator("#resource-results").inner_text())[1])


def option_count(page, option_id):
    label = page.locator(f"label[for='{option_id}']").inner_text()
    return int(re.search(r"\((\d+)", label)[1])


def test_filters_work_without_javascript(library_url, make_tab):
    tab = make_tab(width=320, javascript=False)
    page = tab.page
    page.goto(library_url)
    total = result_count(page)
    businesses = option_count(page, "filter-audience-businesses")
    assert 0 < businesses < total

    page.locator("label[for='filter-audience-businesses']").click()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_load_state()

    assert "audience=businesses" in page.url
    assert result_count(page) == businesses
    assert page.locator("#filter-audience-businesses").is_checked()
    items = page.locator(".app-resource")
    assert items.count() == min(businesses, 10)
    for i in range(items.count()):
        assert "Businesses" in items.nth(i).locator(".app-resource__details").inner_text()
    # The counts now describe the filtered library: every format count fits in it.
    formats = page.locator("[id^='filter-format-']")
    assert (
        sum(option_count(page, formats.nth(i).get_attribute("id")) for i in range(formats.count()))
        == businesses
    )

    # Narrow further, then clear one filter with its link.
    page.locator("label[for='filter-format-poster']").click()
    page.get_by_role("button", name="Apply filters").click()
    posters = result_count(page)
    assert 0 < posters < businesses
    page.locator(".app-resource-active-filters__item", has_text="Businesses").get_by_role(
        "link"
    ).click()
    assert "audience" not in page.url and "format=poster" in page.url
    assert result_count(page) >= posters
    page.get_by_role("link", name="Clear all filters").click()
    assert result_count(page) == total
    assert tab.third_party_requests == []


def test_pages_of_results_work_without_javascript(library_url, make_tab):
    tab = make_tab(width=320, javascript=False)
    page = tab.page
    page.goto(library_url)
    total = result_count(page)
    if total <= 10:
        pytest.skip("the demo library fits on one page")
    first = page.locator(".app-resource__title").first.inner_text()
    page.get_by_role("link", name=re.compile("^Next")).click()
    assert "page=2" in page.url
    assert page.locator(".app-resource__title").first.inner_text() != first
    assert page.locator("[aria-current='page']", has_text="2").count() == 1


@pytest.mark.parametrize("width", [320, 1280])
def test_library_passes_axe_with_filters_and_pages(library_url, make_tab, width):
    tab = make_tab(width=width)
    axe = Axe()
    failures = []
    for query in ("", "?audience=parents-carers&topic=grooming", "?page=2", "?format=video"):
        tab.page.goto(library_url + query)
        results = axe.run(tab.page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        if results.violations_count:
            failures.append(f"{query or 'no filters'} at {width}px:\n{results.generate_report()}")
        overflow = tab.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            failures.append(f"{query} at {width}px scrolls sideways by {overflow}px")
    assert not failures, "\n".join(failures)
    assert tab.third_party_requests == []
