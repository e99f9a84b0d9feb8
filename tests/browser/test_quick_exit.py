"""Quick exit: leaves for the neutral site, and Back does not come back."""

import pytest

pytestmark = pytest.mark.browser


def _start(tab, site_server, neutral_site):
    # A neutral page first, so that "Back" has somewhere else to go.
    tab.page.goto(neutral_site + "?before")
    tab.page.goto(site_server + "/what-is-child-sexual-exploitation/")
    assert tab.page.locator("h1").count() == 1


def _assert_left_for_good(tab, site_server, neutral_site):
    tab.page.wait_for_url(neutral_site, timeout=10_000)
    tab.page.go_back()
    assert not tab.page.url.startswith(site_server), "Back returned to our site"


def test_click_replaces_history_entry(site_server, neutral_site, make_tab):
    tab = make_tab(width=320)
    _start(tab, site_server, neutral_site)
    tab.page.locator(".govuk-exit-this-page__button").click()
    _assert_left_for_good(tab, site_server, neutral_site)


def test_shift_three_times_replaces_history_entry(site_server, neutral_site, make_tab):
    tab = make_tab()
    _start(tab, site_server, neutral_site)
    tab.page.wait_for_function("document.body.classList.contains('govuk-frontend-supported')")
    tab.page.locator("main").click()
    for _ in range(3):
        tab.page.keyboard.press("Shift")
    _assert_left_for_good(tab, site_server, neutral_site)


def test_without_javascript_the_button_is_a_link_that_leaves(site_server, neutral_site, make_tab):
    tab = make_tab(javascript=False)
    _start(tab, site_server, neutral_site)
    button = tab.page.locator(".govuk-exit-this-page__button")
    assert button.get_attribute("href") == neutral_site
    button.click()
    tab.page.wait_for_url(neutral_site, timeout=10_000)


def test_keyboard_alone_can_exit(site_server, neutral_site, make_tab):
    tab = make_tab()
    _start(tab, site_server, neutral_site)
    for _ in range(30):
        tab.page.keyboard.press("Tab")
        if "govuk-exit-this-page__button" in tab.page.evaluate("document.activeElement.className"):
            break
    else:
        pytest.fail("the quick exit button is not reachable by Tab")
    tab.page.keyboard.press("Enter")
    _assert_left_for_good(tab, site_server, neutral_site)
