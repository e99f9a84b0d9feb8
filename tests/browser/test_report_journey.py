"""The two report journeys in a real browser, one question a page: a young person's
shortest concern on a 360 x 800 phone by taps and by keyboard (screens, taps and
seconds printed), the information journey without JavaScript, and axe on every
page of the journey at 320 px and 1280 px, in English and in Arabic.

Each journey sends a real report to the test server (its own database), so the
minimum completion time applies: the tests wait it out rather than switch it off.
Screenshots of every page at 360 px go to /tmp/shots-journey/ for a person to see.
"""

import re
import time
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests.browser.test_pages import WCAG_TAGS

pytestmark = pytest.mark.browser

MIN_SECONDS = 3.2  # the server's REPORT_MIN_SECONDS (3), and a little more
REFERENCE = re.compile(r"CSE-[A-Z2-9]{4}-[A-Z2-9]{4}")
RECEIPT = re.compile(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")
SHOTS = Path("/tmp/shots-journey")
CONTINUE = "main form:not(.app-back-form) button[type=submit].govuk-button"
SEND = "button[data-prevent-double-click]"
PHONE = {"width": 360, "height": 800}


def wait_out_minimum(started):
    time.sleep(max(0.0, started + MIN_SECONDS - time.monotonic()))


def assert_confirmation(page):
    panel = page.locator(".govuk-panel").inner_text()
    assert REFERENCE.search(panel), panel
    main = page.locator("main").inner_text()
    assert RECEIPT.search(main.replace(REFERENCE.search(main).group(0), "")), main
    assert page.locator('main a[href$="/report/follow-up/"]').count() == 1


def axe_violations(page, name):
    # A click that submits a form returns once the navigation has begun; axe run in
    # that moment finds no document. Wait for the new page, and once more if it raced.
    page.wait_for_load_state("load")
    try:
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    except PlaywrightError as error:
        if "documentElement" not in str(error) and "context was destroyed" not in str(error):
            raise
        page.wait_for_load_state("load")
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [f"{name}:\n{results.generate_report()}"] if results.violations_count else []


def choose(page, name, value, tap=False):
    radio = page.locator(f'input[name="{name}"][value="{value}"]')
    label = page.locator(f'label[for="{radio.get_attribute("id")}"]')
    label.tap() if tap else label.click()


class Phone:
    """A reporter on a phone: counts the screens they see and the taps they make."""

    def __init__(self, page):
        self.page = page
        self.screens = 1  # the page they start on
        self.taps = 0
        self.keys = 0

    def tap(self, locator, opens_a_page=False):
        self.taps += 1
        if opens_a_page:
            with self.page.expect_navigation():
                locator.tap()
            self.screens += 1
        else:
            locator.tap()

    def answer(self, name, value):
        radio = self.page.locator(f'input[name="{name}"][value="{value}"]')
        self.tap(self.page.locator(f'label[for="{radio.get_attribute("id")}"]'))

    def type(self, selector, text):
        self.tap(self.page.locator(selector))
        self.page.keyboard.type(text)
        self.keys += len(text)

    def next(self, selector=CONTINUE):
        self.tap(self.page.locator(selector), opens_a_page=True)


# On a phone ---------------------------------------------------------------------------------


def without_demo_banner(page):
    """The public site never shows the demo banner (a deploy check fails in demo
    mode): take it out to measure what a reporter's phone shows."""
    page.evaluate("document.querySelector('.app-demo-banner')?.remove()")


@pytest.mark.parametrize("start", ["/report-a-concern/", "/share-information/"])
def test_start_now_is_on_the_first_screen_of_a_phone_for_both_journeys(
    site_server, make_tab, start
):
    page = make_tab(**PHONE, touch=True).page
    page.goto(site_server + start)
    without_demo_banner(page)
    button = page.locator("a.govuk-button--start")
    box = button.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], box
    # What happens to a report follows it, on the same page: nothing hidden or lost.
    main = page.locator("main").inner_text()
    assert main.index("Start now") < main.index("999", main.index("Start now"))
    assert "In danger now?" in main.split("Start now", 1)[1]


def test_a_young_persons_shortest_concern_by_taps_on_a_phone(site_server, make_tab):
    tab = make_tab(**PHONE, touch=True)
    page = tab.page
    began = time.monotonic()
    page.goto(site_server + "/report-a-concern/")
    without_demo_banner(page)
    start = page.locator("a.govuk-button--start")
    # "Start now" is on the first screen: nothing to scroll past.
    assert start.bounding_box()["y"] + start.bounding_box()["height"] <= PHONE["height"]
    phone = Phone(page)
    phone.next("a.govuk-button--start")
    started = time.monotonic()  # the minimum time runs from the first question
    phone.answer("reporter_role", "young-person")
    phone.next()
    phone.answer("danger_now", "no")
    phone.next()
    phone.answer("area", "halton")
    phone.next()
    phone.type("#what_happened", "My friend's boyfriend is 25 and picks her up from school.")
    phone.next()
    expect(page.locator("h1")).to_have_text("Check your answers before sending")
    assert "Halton Borough Council’s children’s services" in page.locator("main").inner_text()
    screens_to_send = phone.screens
    wait_out_minimum(started)
    phone.next(SEND)
    assert_confirmation(page)
    seconds = time.monotonic() - began
    print(
        f"\nshortest concern by taps at 360x800: {screens_to_send} screens to Send, "
        f"{phone.taps} taps, {phone.keys} keys typed, {seconds:.1f} s"
    )
    assert screens_to_send <= 6
    assert phone.taps <= 10
    assert tab.third_party_requests == []


def tab_to(page, selector, limit=150):
    """Press Tab until the focused element matches ``selector``; returns the presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return presses
    raise AssertionError(f"Tab never reached {selector}")


def test_a_young_persons_shortest_concern_by_keyboard_alone(site_server, make_tab):
    page = make_tab(**PHONE).page
    began = time.monotonic()
    page.goto(site_server + "/report-a-concern/")
    presses, screens = 0, 1

    def enter():
        nonlocal presses, screens
        with page.expect_navigation():
            page.keyboard.press("Enter")
        presses += 1
        screens += 1

    def key(name):
        nonlocal presses
        page.keyboard.press(name)
        presses += 1

    presses += tab_to(page, "a.govuk-button--start")
    enter()
    started = time.monotonic()  # the minimum time runs from the first question
    presses += tab_to(page, "#reporter_role")  # the first answer: a young person
    key("Space")
    presses += tab_to(page, CONTINUE)
    enter()
    presses += tab_to(page, "#danger_now")
    key("ArrowRight")  # No (side by side)
    presses += tab_to(page, CONTINUE)
    enter()
    presses += tab_to(page, "#area")
    key("ArrowDown")
    key("ArrowDown")  # Halton
    presses += tab_to(page, CONTINUE)
    enter()
    presses += tab_to(page, "#what_happened")
    text = "My friend's boyfriend is 25 and picks her up from school."
    page.keyboard.type(text)
    presses += len(text)
    presses += tab_to(page, CONTINUE)
    enter()
    expect(page.locator("h1")).to_have_text("Check your answers before sending")
    main = page.locator("main").inner_text()
    assert "A young person" in main and "Halton" in main and "picks her up" in main
    screens_to_send = screens
    presses += tab_to(page, SEND)
    wait_out_minimum(started)
    enter()
    assert_confirmation(page)
    print(
        f"\nshortest concern by keyboard at 360x800: {screens_to_send} screens to Send, "
        f"{presses} key presses ({len(text)} typing), {time.monotonic() - began:.1f} s"
    )
    assert screens_to_send <= 6


# Without JavaScript ------------------------------------------------------------------------


def test_information_from_a_taxi_poster_without_javascript(site_server, make_tab):
    tab = make_tab(width=1280, javascript=False)
    page = tab.page
    page.goto(site_server + "/share-information/questions/?sector=taxi")
    started = time.monotonic()
    assert page.locator('input[name="reporter_role"][value="taxi"]').is_checked()

    def go_on():
        page.locator(CONTINUE).click()

    go_on()
    choose(page, "danger_now", "yes")
    go_on()
    # A child in danger now: the 999 page first, then the report can still go.
    assert page.locator("h1").inner_text() == "Call 999 now"
    assert page.locator('main a[href="tel:999"]').count() == 1
    go_on()
    choose(page, "area", "not-sure")
    go_on()
    page.locator("#locality").fill("wa8 7")
    go_on()
    assert page.locator("h1").inner_text() == "Which town or village in WA8 is it?"
    choose(page, "town", "Widnes")
    go_on()
    page.get_by_label("What did you see or hear?").fill(
        "Two men booked a taxi for a girl of about 14 to a hotel, paid cash and did not travel."
    )
    go_on()
    choose(page, "when_precision", "unknown")
    go_on()
    choose(page, "place_type", "taxi")
    go_on()
    page.locator("#names").fill("‘Tommo’")
    go_on()
    page.locator("#vehicles").fill("ab12cde")
    go_on()
    # Back, and the answer is still there; then on.
    page.get_by_role("button", name="Back").click()
    assert page.locator("#vehicles").input_value() == "ab12cde"
    go_on()
    choose(page, "wants_contact", "no")
    go_on()

    assert page.locator("h1").inner_text() == "Check your answers before sending"
    main = page.locator("main").inner_text()
    assert "AB12 CDE" in main and "‘Tommo’" in main and "wa8 7" in main and "Widnes" in main
    assert "This will be sent to Cheshire Police." in main
    # Change an answer: that question, filled in, then straight back here.
    page.get_by_role("button", name="Change What did you see or hear?").click()
    assert "paid cash" in page.locator("#what_happened").input_value()
    go_on()
    assert page.locator("h1").inner_text() == "Check your answers before sending"
    wait_out_minimum(started)
    page.locator(SEND).click()
    assert_confirmation(page)
    assert "Your report has gone to Cheshire Police" in page.locator("main").inner_text()
    # No answer ever went in an address.
    assert "?" not in page.url and "Tommo" not in page.url
    assert tab.third_party_requests == []


def test_the_honeypot_is_never_reached_by_tab(site_server, make_tab):
    page = make_tab(javascript=True).page
    page.goto(site_server + "/report-a-concern/questions/")
    for _ in range(150):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.name") != "further_detail"
        if page.evaluate("document.activeElement.matches('main form button')"):
            break
    # Nobody sees it either: clipped to nothing inside a 1 px box.
    width, height, overflow, clip = page.evaluate(
        """(() => {
            const box = document.querySelector('main form .app-honeypot');
            const rect = box.getBoundingClientRect(), style = getComputedStyle(box);
            return [rect.width, rect.height, style.overflow, style.clipPath];
        })()"""
    )
    assert (width, height, overflow, clip) == (1, 1, "hidden", "inset(50%)")


# Accessibility: every page of the journey -------------------------------------------------


@pytest.mark.parametrize("language", ["", "/ar"])
@pytest.mark.parametrize("width", [320, 1280])
def test_every_page_of_the_journey_passes_axe(site_server, make_tab, width, language):
    tab = make_tab(width=width, javascript=True)
    page = tab.page
    failures = []
    seen = []
    shoot = width == 320 and not language

    def check(name):
        seen.append(name)
        failures.extend(axe_violations(page, f"{language or '/en'} {name} at {width}px"))
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            failures.append(f"{name} scrolls sideways by {overflow}px at {width}px")
        if shoot:
            SHOTS.mkdir(exist_ok=True)
            page.screenshot(path=str(SHOTS / f"axe-{len(seen):02d}-{name}.png"), full_page=True)

    def go_on(selector=CONTINUE):
        with page.expect_navigation():
            page.locator(selector).first.click()

    def back():
        with page.expect_navigation():
            page.locator("button.app-back-button").click()

    base = site_server + language + "/report-a-concern/"
    page.goto(base)
    check("start")
    go_on("a.govuk-button--start")
    started = time.monotonic()
    check("role")
    go_on()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    check("role-error")
    choose(page, "reporter_role", "parent-carer")
    go_on()
    check("danger")
    choose(page, "danger_now", "yes")
    go_on()
    check("emergency")
    go_on()
    check("area")
    choose(page, "area", "not-sure")
    go_on()
    check("locality")
    page.locator("#locality").fill("WA8")
    go_on()
    check("town")
    back()
    page.locator("#locality").fill("Macclesfeild")
    go_on()
    check("suggest")
    back()
    page.locator("#locality").fill("M1")
    go_on()
    check("outside")
    go_on()
    check("what")
    go_on()
    check("what-error")
    page.locator("#what_happened").fill("Worried.")
    go_on()
    check("when")
    choose(page, "when_precision", "day")
    page.locator("#when_day").fill("31")
    page.locator("#when_month").fill("2")
    page.locator("#when_year").fill("2024")
    go_on()
    check("when-error")
    choose(page, "when_precision", "unknown")
    go_on()
    check("place")
    choose(page, "place_type", "online")
    go_on()
    check("people")
    go_on()
    check("online")
    go_on()
    check("contact")
    choose(page, "wants_contact", "yes")
    go_on()
    check("contact-error")
    choose(page, "wants_contact", "no")
    go_on()
    check("check")
    # Send into a second tab, so this one can press Change on a report already sent.
    page.evaluate(f"document.querySelector('{SEND}').form.target = '_blank'")
    wait_out_minimum(started)
    with tab.context.expect_page() as opened:
        page.locator(SEND).click()
    confirmation = opened.value
    confirmation.wait_for_load_state()
    assert_confirmation(confirmation)
    failures.extend(axe_violations(confirmation, f"{language or '/en'} confirmation"))
    page.evaluate(f"document.querySelector('{SEND}').form.target = ''")
    go_on("button[value='change:what']")
    assert REFERENCE.search(page.locator("main").inner_text())
    check("already-sent")
    go_on("button[value='new']")
    check("new-report-check")

    assert len(seen) == 22
    assert not failures, "\n".join(failures)
    assert tab.third_party_requests == []
