"""The Years 5 and 6 section (children of 9 to 11): its "Get help now" panel sends a
worried child to an adult they trust and Childline first, then to the concern form
only, in words a 9-year-old reads."""

import html
import re

import pytest
from django.utils.html import strip_tags

ADULT_WORDS = ("postcode", "encrypted", "intelligence", "district", "report a concern")


def panel_of(client, path):
    page = client.get(path).content.decode()
    match = re.search(r'<section class="app-get-help">(.*?)</section>', page, re.S)
    assert match, f"no Get help now panel on {path}"
    return match.group(1)


def words(fragment):
    return " ".join(html.unescape(strip_tags(fragment)).split())


@pytest.mark.django_db
def test_a_trusted_adult_and_childline_come_first_then_the_concern_form_in_childs_words(
    client, demo_site
):
    panel = panel_of(client, "/years-5-and-6/")
    text = words(panel)
    adult = text.index("Tell an adult you trust")
    assert adult < text.index("Childline") < text.index("you can tell us")
    links = re.findall(r'href="([^"]+)"[^>]*>([^<]+)</a>', panel)
    reports = [(href, label.strip()) for href, label in links if not href.startswith("tel:")]
    assert reports == [("/report-a-concern/", "Tell us what is happening")]
    for adult_word in ADULT_WORDS:
        assert adult_word not in text.lower(), adult_word


@pytest.mark.django_db
def test_older_readers_still_get_both_forms(client, demo_site):
    panel = panel_of(client, "/young-people/")
    assert 'href="/report-a-concern/"' in panel and 'href="/share-information/"' in panel
    assert "Tell an adult you trust, like your mum" not in words(panel)
