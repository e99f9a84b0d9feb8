"""The feedback and quiz answers in a real browser: axe finds no WCAG 2.2 AA violation
on their thank-you, error and result pages in any language at 320 and 1280 px, and no
answer ever reaches an address. (The privacy notices themselves are sitemap pages: the
every-page sweep in test_pages.py checks them in every language.)

They post a few anonymous answers (and one made-up disclosure, which becomes a report
for the triage team) to the server's own seeded database.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.test_report_journey import axe_violations

pytestmark = pytest.mark.browser

LANGUAGES = ["", "/pl", "/ro", "/ar"]
CHILDRENS_PAGE = "/years-5-and-6/"
ADULTS_PAGE = "/parents-and-carers/online-and-social-media-risks/"
QUIZ = "/years-5-and-6/quick-quiz/"
DISCLOSURE = "my uncle scares me and says i cant tell anyone"


def answer_feedback(page, base, path, helpful="No"):
    """Answer "Was this page helpful?" on a page; returns the thank-you page's address."""
    page.goto(base + path)
    page.locator(".app-page-feedback input[value='no' i]").check()
    page.locator(".app-page-feedback button").click()
    expect(page.locator(".govuk-panel__title")).to_be_visible()
    return page.url


@pytest.mark.parametrize("width", [320, 1280])
def test_the_new_pages_pass_axe_in_every_language(site_server, make_tab, width):
    tab = make_tab(width=width)
    page = tab.page
    failures = []
    # One answer of each kind; their thank-you pages are then opened in every language.
    childrens_thanks = answer_feedback(page, site_server, CHILDRENS_PAGE)
    adults_thanks = answer_feedback(page, site_server, ADULTS_PAGE)
    page.get_by_label("Tell us more (optional)").fill(DISCLOSURE)
    page.get_by_role("button", name="Send comment").click()
    expect(page.locator("main")).to_contain_text("has not gone to the people who write")
    for prefix in LANGUAGES:
        name = prefix or "/en"
        for label, url in [("children's", childrens_thanks), ("passed-on", adults_thanks)]:
            page.goto(url.replace(site_server, site_server + prefix, 1))
            failures += axe_violations(page, f"{name} {label} thanks at {width}px")
        page.goto(site_server + prefix + QUIZ)
        page.locator(".app-quiz fieldset").first.locator("input[type=radio]").first.check()
        page.locator(".app-quiz button").click()  # questions left out: the errors
        expect(page.locator(".govuk-error-summary")).to_be_visible()  # the new page, loaded
        failures += axe_violations(page, f"{name} quiz errors at {width}px")
        for question in page.locator("fieldset").all():
            question.locator("input[type=radio]").first.check()
        page.locator("form button[type=submit]").last.click()
        expect(page.locator(".govuk-summary-card").first).to_be_visible()
        assert "?" not in page.url  # the result answers the POST: no answers in an address
        failures += axe_violations(page, f"{name} quiz result at {width}px")
    assert tab.context.cookies() == []
    assert tab.third_party_requests == []
    assert failures == [], "\n".join(failures)


def test_childrens_feedback_by_keyboard_without_a_comment_box(site_server, make_tab):
    tab = make_tab(width=320, javascript=False)
    page = tab.page
    answer_feedback(page, site_server, CHILDRENS_PAGE)
    main = page.locator("main")
    expect(main).to_contain_text("Worried about yourself or someone else?")
    assert page.locator("textarea").count() == 0
    assert main.get_by_role("link", name="Childline on 0800 1111").get_attribute("href") == (
        "tel:08001111"
    )
    assert main.get_by_role("link", name="report it").get_attribute("href") == "/report-a-concern/"
    page.get_by_label("It was too long").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Send").focus()
    page.keyboard.press("Enter")
    expect(main).to_contain_text("Thank you for telling us more.")
    assert tab.context.cookies() == []
