"""The accessibility statement: GOV.UK's model statement's sections, the contact shown
only once confirmed, and the last automated test recorded from the test run's record."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.core.management.base import CommandError

from home.accessibility import AutomatedTestRecord, read_record, write_record
from home.checks import accessibility_contact_confirmed
from home.models import AccessibilitySettings, AccessibilityStatementPage

URL = "/accessibility/"
MODEL_SECTIONS = [
    "What you should be able to do",
    "How accessible this website is",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Technical information about this website’s accessibility",
    "Compliance status",
    "How we tested this website",
    "Preparation of this accessibility statement",
]


def a_record(**changes):
    fields = {
        "run_on": datetime.date(2026, 3, 5),
        "tool": "axe-core 4.12.1",
        "standard": "WCAG 2.2 A and AA",
        "pages": 192,
        "widths": (320, 1280),
        "languages": ("en", "pl", "ro", "ar"),
        "fallback_pages": 126,
        "violations": 0,
        "sideways_scrolling": 0,
    }
    return AutomatedTestRecord(**(fields | changes))


def headings(client):
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select("main h2, main h3")]


@pytest.mark.django_db
def test_the_statement_follows_the_model_statement(client, demo_site):
    assert (
        AccessibilityStatementPage.objects.live().filter(url_path="/home/accessibility/").exists()
    )
    found = headings(client)
    order = [found.index(section) for section in MODEL_SECTIONS]
    assert order == sorted(order), found
    html = client.get(URL).content.decode()
    assert "This website is partially compliant" in html
    assert "PDF files that are not tagged" in html  # a known issue, as it is today
    assert 'href="/accessibility/"' in html.split("<footer", 1)[1]


@pytest.mark.django_db
def test_the_contact_is_left_out_until_it_is_confirmed(client, demo_site):
    setting = AccessibilitySettings.for_site(demo_site)
    setting.contact_email = "accessibility@example.org"
    setting.contact_phone = "01234 567890"
    setting.save()
    html = client.get(URL).content.decode()
    assert "accessibility@example.org" not in html and "567890" not in html
    assert "will be added here once the partnership has confirmed it" in html
    assert [w.id for w in accessibility_contact_confirmed(databases=["default"])] == ["home.W003"]

    setting.contact_confirmed = True
    setting.save()
    html = client.get(URL).content.decode()
    assert 'href="mailto:accessibility@example.org"' in html
    assert 'href="tel:01234567890"' in html
    assert accessibility_contact_confirmed(databases=["default"]) == []


@pytest.mark.django_db
def test_the_last_test_is_recorded_from_the_record_and_shown_with_its_date(
    client, demo_site, tmp_path
):
    html = client.get(URL).content.decode()
    assert "No automated test has been recorded" in html

    path = tmp_path / "accessibility.json"
    write_record(a_record(), path)
    assert read_record(path) == a_record()
    call_command("record_accessibility_test", str(path), verbosity=0)

    setting = AccessibilitySettings.for_site(demo_site)
    assert setting.last_tested_on == datetime.date(2026, 3, 5)
    html = client.get(URL).content.decode()  # the cached page was purged
    assert "The last automated test ran on 5 March 2026." in html
    assert (
        "axe-core 4.12.1 checked 192 pages against WCAG 2.2 A and AA, at 320 and 1280 "
        "pixels wide, in English, Polski, Română and العربية (126 of them untranslated "
        "pages shown in English)"
    ) in html
    assert "It found no problems." in html


def test_a_record_with_problems_is_refused(tmp_path):
    path = tmp_path / "accessibility.json"
    write_record(a_record(violations=2), path)
    with pytest.raises(CommandError, match="found problems"):
        call_command("record_accessibility_test", str(path), verbosity=0)
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("record_accessibility_test", str(tmp_path / "missing.json"), verbosity=0)
