"""Phone numbers live in the Helplines list and the contacts records only
(home/phone_numbers.py): typed into a page's text, into a template or into an interface
translation, a number would not change when its record does."""

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from governance import roles
from home.checks import numbers_typed_into_pages
from home.phone_numbers import live_pages_with_numbers, numbers_in_page, phone_numbers
from tests.governance.test_review import member, signed_in

ROOT = Path(settings.BASE_DIR)


def test_what_counts_as_a_phone_number():
    text = (
        "Call 0800 555 111, 0808-800-5000 or +44 20 7946 0000, or 116 123. In danger call "
        "999 or 101. Ages 9 to 11, since 2017, open 24/7, 18 March, viewBox 0 0 15 13, "
        "1,250 reports, Years 5 and 6."
    )
    assert phone_numbers(text) == ["0800 555 111", "0808-800-5000", "+44 20 7946 0000", "116 123"]


def test_no_template_or_interface_translation_has_a_typed_number():
    found = []
    files = sorted(ROOT.glob("templates/**/*.html")) + sorted(
        ROOT.glob("locale/*/LC_MESSAGES/*.po")
    )
    assert len(files) > 50
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("#"):
                continue  # .po comments: where a string is used
            for typed in phone_numbers(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {typed}")
    assert not found, "\n".join(found)


def page_form(page, text):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "body": streamfield([("text", rich_text(text))]),
            "comments": inline_formset([]),
            "action-edit": "1",
        }
    )


@pytest.mark.django_db
def test_an_editor_is_warned_when_saving_a_page_with_a_typed_number(demo_site):
    page = Page.objects.get(url_path="/home/communities/how-to-report/").specific
    editor = signed_in(member("editor", roles.EDITORS))
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    text = "<p>Call Crimestoppers on 0800 555 111.</p>"
    response = editor.post(edit, page_form(page, text), follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert any("has a phone number typed into its text (0800 555 111)" in m for m in messages)

    response = editor.post(edit, page_form(page, "<p>Call Crimestoppers.</p>"), follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert messages and not any("typed into its text" in m for m in messages)


@pytest.mark.django_db
def test_the_deploy_check_lists_live_pages_with_a_typed_number(demo_site):
    page = Page.objects.get(url_path="/home/communities/how-to-report/").specific
    page.body = [("text", "<p>Call the local team on 01632 960 000.</p>")]
    page.save_revision().publish()
    assert numbers_in_page(page) == ["01632 960 000"]
    warnings = numbers_typed_into_pages(databases=["default"])
    assert [w.id for w in warnings] == ["home.W002"]
    assert "/home/communities/how-to-report/" in warnings[0].msg
    assert "01632 960 000" in warnings[0].msg
    assert numbers_typed_into_pages() == []  # a check of the data: only with --database


@pytest.mark.django_db
def test_the_demo_site_types_no_number_into_its_pages(demo_site):
    """The demo copy names the service; the number comes from the Helplines list."""
    found = {page.url_path: numbers for page, numbers in live_pages_with_numbers()}
    assert found == {}
