"""Arabic pages in a real browser: laid out right to left (the GOV.UK pieces
mirrored by static/src/scss/components/_rtl.scss), with 0 axe violations.

The screenshot of the Arabic report questions with their errors is saved to
/tmp/rtl-ar.png for a person to look at.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.test_report_journey import axe_violations

pytestmark = pytest.mark.browser

SCREENSHOT = "/tmp/rtl-ar.png"

# Each phone number's first group must sit left of its last, in any text node:
# in Arabic text "0800 555 111" otherwise shows as "111 555 0800".
PHONE_ORDER = """
() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    for (const [first, last] of [["0800", "111"], ["0808", "5000"]]) {
      const i = node.textContent.indexOf(first);
      const j = node.textContent.indexOf(last, i + first.length);
      if (i < 0 || j < 0) continue;
      const a = document.createRange(), b = document.createRange();
      a.setStart(node, i); a.setEnd(node, i + first.length);
      b.setStart(node, j); b.setEnd(node, j + last.length);
      const inOrder = a.getBoundingClientRect().x < b.getBoundingClientRect().x;
      out.push([node.textContent.trim(), inOrder]);
    }
  }
  return out;
}
"""


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_arabic_pages_read_right_to_left_and_pass_axe(site_server, make_tab):
    tab = make_tab(width=1280)
    page = tab.page
    failures = []
    for path in ["/ar/", "/ar/what-is-child-sexual-exploitation/", "/ar/young-people/"]:
        response = page.goto(site_server + path)
        assert response.status == 200, path
        assert page.evaluate("document.documentElement.dir") == "rtl", path
        assert page.evaluate("document.documentElement.lang") == "ar", path
        assert page.evaluate("getComputedStyle(document.querySelector('main')).direction") == "rtl"
        failures += axe_violations(page, path)

    # The heading starts at the right: its right edge is near the container's.
    page.goto(site_server + "/ar/")
    heading, container = box(page, "main h1"), box(page, "main")
    assert heading["x"] + heading["width"] > container["x"] + container["width"] - 40
    # Quick exit sits at the end of the line, which in Arabic is the left.
    exit_button = box(page, ".govuk-exit-this-page")
    assert exit_button["x"] < 1280 / 2

    # The young people's definition stays English, left to right, inside the page.
    page.goto(site_server + "/ar/what-is-child-sexual-exploitation/")
    quote = page.locator(".app-definition__quote").first
    assert quote.get_attribute("lang") == "en"
    assert quote.evaluate("el => getComputedStyle(el).direction") == "ltr"
    assert page.locator(".app-definition__translation").count() == 2
    numbers = page.evaluate(PHONE_ORDER)
    assert len(numbers) >= 3, numbers  # the page's one list of helplines
    assert all(in_order for _text, in_order in numbers), numbers

    # The first report question with its error: the summary, the field and the radios.
    page.goto(site_server + "/ar/report-a-concern/questions/")
    page.locator("main form button[type=submit]").last.click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()  # waits for the new page
    assert "اختر من أنت" in page.locator(".govuk-error-summary").inner_text()
    failures += axe_violations(page, "/ar/report-a-concern/questions/ with errors")
    # A radio's circle is drawn on the right, over its input, left of which is the label.
    item = page.locator(".govuk-radios__item").first
    item_box, input_box = item.bounding_box(), box(page, ".govuk-radios__input")
    label_box = box(page, ".govuk-radios__label")
    assert abs((input_box["x"] + input_box["width"]) - (item_box["x"] + item_box["width"])) < 4
    assert label_box["x"] + label_box["width"] <= input_box["x"] + 1
    circle_right = item.locator(".govuk-radios__label").evaluate(
        "el => getComputedStyle(el, '::before').right"
    )
    assert circle_right == "2px"
    # Errors mark the field on its starting (right) side.
    group = page.locator(".govuk-form-group--error").first
    assert group.evaluate("el => getComputedStyle(el).borderRightWidth") == "5px"
    assert group.evaluate("el => getComputedStyle(el).borderLeftWidth") == "0px"
    page.screenshot(path=SCREENSHOT, full_page=True)

    # And on a phone.
    phone = make_tab(width=320).page
    phone.goto(site_server + "/ar/")
    overflow = phone.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"/ar/ scrolls sideways by {overflow}px at 320px"
    failures += axe_violations(phone, "/ar/ at 320px")

    assert not failures, "\n".join(failures)
    assert tab.third_party_requests == []
