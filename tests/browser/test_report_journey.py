"""The two report journeys in a real browser: without JavaScript, by keyboard
alone, and checked with axe on every step.

Each journey sends a real report to the test server (its own database), so the
minimum completion time applies: the tests wait it out rather than switch it off.
"""

import re
import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.test_pages import WCAG_TAGS

pytestmark = pytest.mark.browser

MIN_SECONDS = 3.2  # the server's REPORT_MIN_SECONDS (3), and a little more
REFERENCE = re.compile(r"CSE-[A-Z2-9]{4}-[A-Z2-9]{4}")
RECEIPT = re.compile(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")


def wait_out_minimum(started):
    time.sleep(max(0.0, started + MIN_SECONDS - time.monotonic()))


def assert_confirmation(page):
    assert page.locator("h1").inner_text() == "Report sent"
    panel = page.locator(".govuk-panel").inner_text()
    assert REFERENCE.search(panel), panel
    main = page.locator("main").inner_text()
    assert RECEIPT.search(main.replace(REFERENCE.search(main).group(0), "")), main
    assert page.locator('main a[href="/report/follow-up/"]').count() == 1
    assert "This is the only time we will show it" in main


def axe_violations(page, name):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [f"{name}:\n{results.generate_report()}"] if results.violations_count else []


# Without JavaScript ------------------------------------------------------------------------


def test_concern_journey_without_javascript(site_server, make_tab):
    tab = make_tab(width=320, javascript=False)
    page = tab.page
    page.goto(site_server + "/report-a-concern/")
    page.get_by_role("button", name="Start now").click()
    started = time.monotonic()
    assert page.url.endswith("/report-a-concern/questions/")
    assert page.locator("h1").inner_text() == "Tell us what you know"
    # The contact details are there under "Yes" without JavaScript.
    assert page.locator("#contact_phone").is_visible()

    page.get_by_label("Halton").check()
    page.get_by_label("What has happened, or what are you worried about?").fill(
        "A man in a grey car waits outside the school gates and gives girls vapes."
    )
    page.get_by_label("On a known day").check()
    page.locator("#when_day").fill("3")
    page.locator("#when_month").fill("2")
    page.locator("#when_year").fill("2024")
    page.get_by_label("Park or open space").check()
    page.locator("#vehicles").fill("AB12 C")
    page.locator("#danger_now-2").check()  # No
    page.get_by_label("A parent or carer").check()
    page.get_by_role("button", name="Continue").click()

    assert page.locator("h1").inner_text() == "Check your answers before sending"
    summary = page.locator(".govuk-summary-list").inner_text()
    assert "Halton" in summary and "3 February 2024" in summary
    assert "AB12 C (part of a registration)" in summary
    wait_out_minimum(started)
    page.get_by_role("button", name="Send report").click()

    assert_confirmation(page)
    assert "children’s services team at Halton Borough Council" in page.locator("main").inner_text()
    assert tab.third_party_requests == []


def test_intelligence_journey_without_javascript_from_a_taxi_poster(site_server, make_tab):
    tab = make_tab(width=1280, javascript=False)
    page = tab.page
    page.goto(site_server + "/share-information/questions/?sector=taxi")
    started = time.monotonic()
    assert page.get_by_label("A taxi or private hire driver or operator").is_checked()

    page.get_by_label("Warrington").check()
    page.get_by_label("What did you see or hear?").fill(
        "Two men booked a taxi for a girl of about 14 to a hotel, paid cash and did not travel."
    )
    page.get_by_label("Not sure when").check()
    page.get_by_label("Taxi or private hire vehicle").check()
    page.locator("#names").fill("‘Tommo’")
    page.locator("#vehicles").fill("ab12cde")
    page.locator("#danger_now").check()  # Yes
    page.get_by_role("button", name="Continue").click()

    # A child in danger now: the 999 page first, then the report can still go.
    assert page.locator("h1").inner_text() == "Call 999 now"
    assert page.locator('main a[href="tel:999"]').count() == 1
    page.get_by_role("button", name="Continue to send the report").click()

    assert page.locator("h1").inner_text() == "Check your answers before sending"
    summary = page.locator(".govuk-summary-list").inner_text()
    assert "AB12 CDE" in summary and "‘Tommo’" in summary
    # Change an answer: the questions come back filled in, then on again.
    page.get_by_role("button", name="Change What did you see or hear?").click()
    assert page.url.endswith("/share-information/questions/#what_happened")
    assert "paid cash" in page.locator("#what_happened").input_value()
    assert page.get_by_label("A taxi or private hire driver or operator").is_checked()
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Continue to send the report").click()
    wait_out_minimum(started)
    page.get_by_role("button", name="Send report").click()

    assert_confirmation(page)
    assert "Cheshire Police" in page.locator("main").inner_text()
    assert tab.third_party_requests == []


# By keyboard alone ----------------------------------------------------------------------------


def tab_to(page, selector, limit=150):
    """Press Tab until the focused element matches ``selector``."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_a_journey_by_keyboard_alone(site_server, make_tab):
    tab = make_tab(width=1280, javascript=True)
    page = tab.page
    page.goto(site_server + "/report-a-concern/")
    tab_to(page, "a.govuk-button--start")
    page.keyboard.press("Enter")
    page.wait_for_url("**/report-a-concern/questions/")
    started = time.monotonic()

    tab_to(page, "#area")  # into the radios: arrows move and choose
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    tab_to(page, "#what_happened")
    page.keyboard.type("My friend's new boyfriend is 25 and picks her up from school.")
    tab_to(page, "#when_precision")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    tab_to(page, "#danger_now")
    page.keyboard.press("ArrowRight")  # No (the radios sit side by side)
    tab_to(page, "#reporter_role")
    page.keyboard.press("Space")  # A young person
    tab_to(page, "button.govuk-button")
    page.keyboard.press("Enter")

    page.wait_for_selector("text=Check your answers before sending")
    summary = page.locator(".govuk-summary-list").inner_text()
    assert "Halton" in summary and "Not sure when" in summary and "A young person" in summary
    assert "picks her up from school" in summary
    tab_to(page, "button[data-prevent-double-click]")
    wait_out_minimum(started)
    page.keyboard.press("Enter")

    page.wait_for_selector("text=Report sent")
    assert_confirmation(page)
    # Nothing on the way was reachable only by mouse, and the honeypot never took focus.
    assert tab.third_party_requests == []


def test_the_honeypot_is_never_reached_by_tab(site_server, make_tab):
    tab = make_tab(javascript=True)
    page = tab.page
    page.goto(site_server + "/report-a-concern/questions/")
    for _ in range(150):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.name") != "further_detail"
        if page.evaluate("document.activeElement.matches('form button')"):
            break
    # Nothing of it shows: clipped to nothing where it stands.
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.app-honeypot')).clipPath")
        == "inset(50%)"
    )
    assert page.locator(".app-honeypot").bounding_box()["width"] <= 1


# Accessibility ------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [320, 1280])
def test_every_step_passes_axe(site_server, make_tab, width):
    tab = make_tab(width=width, javascript=True)
    page = tab.page
    failures = []
    for start in ("/report-a-concern/", "/share-information/"):
        page.goto(site_server + start)
        failures += axe_violations(page, f"start page {start}")
    page.goto(site_server + "/report-a-concern/questions/")
    started = time.monotonic()
    failures += axe_violations(page, "questions, empty")
    page.get_by_label("What has happened, or what are you worried about?").fill("x" * 5001)
    page.locator("#vehicles").fill("AB-12")
    page.get_by_role("button", name="Continue").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()  # waits for the new page
    if width == 320:
        page.screenshot(path="/tmp/report-questions-errors-320.png", full_page=False)
    failures += axe_violations(page, "questions with errors")

    page.get_by_label("What has happened, or what are you worried about?").fill("Worried.")
    page.locator("#vehicles").fill("")
    page.get_by_label("Cheshire East").check()
    page.get_by_label("Not sure when").check()
    page.locator("#danger_now").check()
    page.get_by_label("A member of the public").check()
    page.get_by_role("button", name="Continue").click()
    assert page.locator("h1").inner_text() == "Call 999 now"
    failures += axe_violations(page, "999 page")
    page.get_by_role("button", name="Continue to send the report").click()
    failures += axe_violations(page, "check your answers")
    wait_out_minimum(started)
    page.get_by_role("button", name="Send report").click()
    assert_confirmation(page)
    failures += axe_violations(page, "confirmation")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the confirmation scrolls sideways by {overflow}px at {width}px"
    assert not failures, "\n".join(failures)
    assert tab.third_party_requests == []
