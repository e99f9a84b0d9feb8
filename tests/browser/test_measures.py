"""The measures forms in a real browser: without JavaScript, by keyboard, and with axe
(axe runs in tabs with JavaScript on: it is a script itself).

They post to the site's server (its own seeded database), adding a few anonymous
answers; no other browser test reads those tables.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.test_report_journey import axe_violations

pytestmark = pytest.mark.browser

ARTICLE = "/parents-and-carers/online-and-social-media-risks/"
QUIZ = "/years-5-and-6/quick-quiz/"
GUIDE = "/parents-and-carers/online-safety-check/"


def test_page_feedback_without_javascript(site_server, make_tab):
    tab = make_tab(width=320, javascript=False)
    page = tab.page
    page.goto(site_server + ARTICLE)
    feedback = page.locator(".app-page-feedback")
    # Sent with no answer: the error sits next to the question.
    feedback.get_by_role("button", name="Send").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()  # waits for the new page
    assert "Select yes or no" in page.locator(".govuk-error-message").inner_text()

    page.get_by_label("No").check()
    page.get_by_role("button", name="Send").click()
    assert page.locator("h1").inner_text() == "Thank you for your feedback"
    page.get_by_label("Tell us more (optional)").fill("x" * 501)
    page.get_by_role("button", name="Send comment").click()
    assert "must be 500 characters or fewer" in page.locator(".govuk-error-message").inner_text()
    assert page.get_by_label("Tell us more (optional)").input_value() == "x" * 501
    page.get_by_label("Tell us more (optional)").fill("The list of signs helped.")
    page.get_by_role("button", name="Send comment").click()
    assert "We have your comment" in page.locator("main").inner_text()
    assert tab.context.cookies() == []
    assert tab.third_party_requests == []


def test_quiz_by_keyboard_with_kind_feedback(site_server, make_tab):
    tab = make_tab(width=1280, javascript=True)
    page = tab.page
    page.goto(site_server + QUIZ)
    failures = axe_violations(page, "quiz page")
    # Keyboard only: focus the first answer of each question and choose with arrows.
    questions = page.locator(".app-quiz fieldset")
    assert questions.count() == 4
    right_positions = [1, 0, 1, 0]
    for index, position in enumerate(right_positions):
        first = questions.nth(index).locator("input[type=radio]").first
        first.focus()
        page.keyboard.press("Space")
        for _ in range(position):
            page.keyboard.press("ArrowDown")
    page.locator(".app-quiz button").focus()
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Your answers")
    assert "You got 4 out of 4 right." in page.locator("main").inner_text()
    # The result answers the POST: the address carries no answers, so history holds none.
    assert page.url == site_server + "/measures/quiz/"
    failures += axe_violations(page, "quiz result")
    assert tab.context.cookies() == []
    assert failures == [], "\n".join(failures)


def test_quiz_and_confidence_check_without_javascript(site_server, make_tab):
    tab = make_tab(width=320, javascript=False)
    page = tab.page
    page.goto(site_server + QUIZ)
    quiz = page.locator(".app-quiz")
    quiz.get_by_label("Tell an adult you trust").check()
    quiz.get_by_role("button", name="Check my answers").click()
    # Left out questions are marked; the answer given is kept.
    assert "Choose an answer to question 2" in page.locator(".govuk-error-summary").inner_text()
    assert page.get_by_label("Tell an adult you trust").is_checked()
    page.get_by_label("They make you do things you do not want to do").check()
    page.get_by_label("It is never your fault").check()
    page.get_by_label("Childline", exact=True).check()
    page.get_by_role("button", name="Check my answers").click()
    text = page.locator("main").inner_text()
    assert "You got 3 out of 4 right." in text and "Good try" in text

    page.goto(site_server + GUIDE)
    page.locator("#confidence-before").get_by_label("2", exact=True).check()
    page.locator("#confidence-before").get_by_role("button", name="Send my answer").click()
    assert "You chose 2 out of 5" in page.locator("#confidence-before").inner_text()
    after = page.locator("#confidence-after")
    after.get_by_label("4", exact=True).check()
    after.get_by_role("button", name="Send my answer").click()
    assert "After reading you chose 4 out of 5." in page.locator("main").inner_text()
    assert tab.context.cookies() == []


@pytest.mark.parametrize("width", [320, 1280])
def test_every_measures_page_passes_axe(site_server, make_tab, width):
    page = make_tab(width=width).page
    page.goto(site_server + ARTICLE)
    failures = axe_violations(page, "article with the feedback form")
    page.locator(".app-page-feedback button").click()
    failures += axe_violations(page, "feedback with an error")
    page.get_by_label("Yes").check()
    page.get_by_role("button", name="Send").click()
    failures += axe_violations(page, "feedback thanks")
    page.get_by_label("Tell us more (optional)").fill("x" * 501)
    page.get_by_role("button", name="Send comment").click()
    failures += axe_violations(page, "comment too long")

    page.goto(site_server + QUIZ)
    page.locator(".app-quiz button").click()
    failures += axe_violations(page, "quiz with errors")

    page.goto(site_server + GUIDE)
    failures += axe_violations(page, "parents' guide")
    page.locator("#confidence-before button").click()
    failures += axe_violations(page, "confidence with an error")
    page.goto(site_server + GUIDE)
    page.locator("#confidence-before").get_by_label("3", exact=True).check()
    page.locator("#confidence-before button").click()
    failures += axe_violations(page, "parents' guide, after question")
    page.locator("#confidence-after").get_by_label("5 – very confident").check()
    page.locator("#confidence-after button").click()
    failures += axe_violations(page, "confidence thanks")

    page.goto(site_server + "/what-happens-to-reports/")
    failures += axe_violations(page, "what happens to reports")
    assert failures == [], "\n".join(failures)
