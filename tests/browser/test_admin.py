"""The admin in a real browser: signing in with the two-step code, the page editor's
preview (side panel and new tab), and axe on the screens editors and handlers use
(dashboard, page editor, snippet editors, figures, inbox).

Axe finds a few things in Wagtail's own admin that this project cannot change without
forking it. They are recorded in WAGTAIL_BASELINE, with why; anything else fails.
"""

import re
from urllib.parse import urljoin

import pytest

from tests.browser.admin_accounts import EDITOR, HANDLER, sign_in
from tests.browser.test_report_journey import WCAG_TAGS

pytestmark = pytest.mark.browser

PAGE_PATH = "/young-people/online-grooming/"
PAGE_HEADING = "Online grooming and sharing images"

# Wagtail's own admin markup, as axe-core reports it on Wagtail 8.0: rule id -> (a
# piece of the element's HTML that marks it as Wagtail's, why). A violation on any
# other element, or of any other rule, fails: record one here only after checking it
# comes from Wagtail itself, not from this project's templates, blocks or panels.
WAGTAIL_BASELINE = {
    "aria-input-field-name": (
        "public-DraftEditor-content",
        "Draftail (the rich-text field) gives its contenteditable role=textbox no "
        "accessible name; the visible label is on the block, outside it.",
    ),
}


def violations_beyond_wagtails_own(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    new = []
    for violation in results.response["violations"]:
        marker = WAGTAIL_BASELINE.get(violation["id"], (None, ""))[0]
        for node in violation["nodes"]:
            if marker is None or marker not in node["html"]:
                new.append(f"{violation['id']}: {node['target']} {node['html'][:200]}")
    return new


def check_axe(page, screen, failures):
    new = violations_beyond_wagtails_own(page)
    if new:
        failures.append(f"{screen}:\n" + "\n".join(new))


@pytest.fixture(scope="module")
def signed_in_states(browser, site_server):
    """Each account signs in once (a code is good only once in its 30 seconds); the
    tests open tabs with the signed-in session."""
    states = {}
    for account in (EDITOR, HANDLER):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        sign_in(context.new_page(), site_server, account)
        states[account] = context.storage_state()
        context.close()
    return states


@pytest.fixture
def admin_tab(browser, signed_in_states):
    contexts = []

    def _open(account=EDITOR):
        context = browser.new_context(
            viewport={"width": 1280, "height": 900}, storage_state=signed_in_states[account]
        )
        contexts.append(context)
        return context.new_page()

    yield _open
    for context in contexts:
        context.close()


def open_page_editor(page, site_server):
    """From the public page, through the userbar's "Edit this page" (no ids needed)."""
    page.goto(site_server + PAGE_PATH)
    href = page.locator("a[href*='/admin/pages/'][href$='/edit/']").first.get_attribute("href")
    page.goto(urljoin(page.url, href))


def test_the_preview_side_panel_shows_the_page(site_server, admin_tab):
    page = admin_tab()
    open_page_editor(page, site_server)
    page.locator("[data-side-panel-toggle='preview']").click()
    frame_element = page.locator("iframe#w-preview-iframe")
    frame_element.wait_for()
    frame = frame_element.content_frame
    heading = frame.locator("h1")
    heading.wait_for(timeout=20000)
    assert PAGE_HEADING in heading.inner_text()
    assert frame.locator(".app-helplines").count() >= 1  # the page itself, not an error
    page.screenshot(path="/tmp/shots-review/preview-side-panel.png")

    # "Preview in new tab" too.
    new_tab_link = page.locator("a[target='_blank'][href*='/preview/']").first
    with page.context.expect_page() as opened:
        new_tab_link.click()
    preview = opened.value
    preview.wait_for_load_state()
    assert PAGE_HEADING in preview.locator("h1").inner_text()


def test_admin_screens_have_no_violations_beyond_wagtails_own(site_server, admin_tab):
    failures = []
    page = admin_tab()
    page.goto(site_server + "/admin/")
    check_axe(page, "dashboard", failures)
    open_page_editor(page, site_server)
    check_axe(page, "page editor", failures)
    for snippet in ("home/helpline", "home/quickexit", "audiences/leadprofessional"):
        # The English record (a translation's editor is wagtail-localize's own); the
        # listing's order differs between SQLite and PostgreSQL.
        page.goto(f"{site_server}/admin/snippets/{snippet}/?locale=en")
        edit = page.locator(f"a[href*='/admin/snippets/{snippet}/edit/']").first
        edit.click()
        page.wait_for_url(re.compile(r".*/edit/\d+/$"))
        check_axe(page, f"snippet editor {snippet}", failures)
    page.goto(site_server + "/admin/quarterly-figures/")
    check_axe(page, "figures", failures)

    handler = admin_tab(HANDLER)
    handler.goto(site_server + "/admin/inbox/")
    check_axe(handler, "inbox", failures)
    assert not failures, "\n\n".join(failures)
