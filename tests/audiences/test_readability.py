"""Reading age for editors: the calculation, the target per section, the panel on
the edit screen, the warning on publishing, and every children's demo page."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from audiences.factories import ContentPageFactory
from audiences.models import Audience, AudiencePage
from audiences.readability import (
    DEFAULT_TARGET,
    TARGETS,
    check_page,
    html_to_text,
    page_text,
    reading_age_of_text,
    reading_age_target,
)
from demo.campaign import seed_campaign_and_sectors
from tests.two_factor import login_verified

SIMPLE = (
    "Sam has a new phone. A man gave it to him. The man said it was a secret. Sam felt "
    "odd. He told his mum. She said he did the right thing. Now Sam feels safe. He knows "
    "who to tell."
)
COMPLEX = (
    "Child sexual exploitation is a form of child sexual abuse. It occurs where an "
    "individual or group takes advantage of an imbalance of power to coerce, manipulate "
    "or deceive a child or young person under the age of eighteen into sexual activity in "
    "exchange for something the victim needs or wants, and/or for the financial advantage "
    "or increased status of the perpetrator or facilitator."
)


def test_simple_text_scores_lower_than_complex_text():
    # Flesch-Kincaid grade from textstat 0.7.8, plus five, to one decimal place.
    assert reading_age_of_text(SIMPLE) == 3.5
    assert reading_age_of_text(COMPLEX) == 22.7


def test_very_short_text_is_not_scored():
    assert reading_age_of_text("Call 999 now.") is None
    assert reading_age_of_text("") is None


def test_headings_and_list_items_count_as_sentences():
    html = "<h2>Signs</h2><ul><li>Gifts</li><li>Secrets!</li></ul><p>Tell &amp; someone</p>"
    assert html_to_text(html) == "Signs. Gifts. Secrets! Tell & someone."


def test_the_audience_targets_match_the_audience_choices():
    assert set(TARGETS) <= set(Audience.values)
    assert TARGETS[Audience.YEARS_5_6] == 9
    assert TARGETS[Audience.YOUNG_PEOPLE] == 12
    assert DEFAULT_TARGET == 14


@pytest.mark.django_db
def test_target_comes_from_the_nearest_audience_page(demo_site):
    home = demo_site.root_page.specific
    years_5_6 = AudiencePage.objects.get(slug="years-5-and-6", audience="years-5-6")
    assert years_5_6.get_parent().pk == home.pk
    young_people = AudiencePage.objects.get(slug="young-people", locale__language_code="en")
    parents = AudiencePage.objects.get(slug="parents-and-carers")

    games = ContentPageFactory(parent=years_5_6, title="Playing online")
    deeper = ContentPageFactory(parent=games, title="Voice chat")
    photos = ContentPageFactory(parent=young_people, title="Photos")
    guide = ContentPageFactory(parent=parents, title="A guide")
    privacy = Page.objects.get(slug="privacy").specific

    assert [reading_age_target(page) for page in (years_5_6, games, deeper)] == [9, 9, 9]
    assert [reading_age_target(page) for page in (young_people, photos)] == [12, 12]
    assert [reading_age_target(page) for page in (parents, guide, privacy, home)] == [14] * 4


@pytest.mark.django_db
def test_page_text_reads_title_summary_and_every_block_but_not_addresses(demo_site):
    home = demo_site.root_page.specific
    page = ContentPageFactory(
        parent=home,
        title="Online friends",
        summary="Who you talk to",
        body=[
            ("text", "<p>Be kind online</p>"),
            ("callout", {"heading": "Need help", "body": "<p>Call Childline</p>"}),
            (
                "call_to_action",
                {
                    "heading": "Find out more",
                    "text": "",
                    "page": None,
                    "url": "https://example.org/a-very-long-address",
                    "button_label": "Read on",
                },
            ),
        ],
    )
    assert page_text(page) == (
        "Online friends. Who you talk to. Be kind online. Need help. Call Childline. "
        "Find out more. Read on."
    )


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "x" * 16)
    login_verified(client, user)  # superusers pass the two-factor step (governance)
    return client


@pytest.fixture
def years_5_6(demo_site):
    """The demo's Years 5 and 6 section (seed_demo builds it)."""
    return AudiencePage.objects.child_of(demo_site.root_page).get(audience="years-5-6")


@pytest.mark.django_db
def test_edit_screen_shows_the_reading_age_and_target(admin_client, years_5_6):
    page = ContentPageFactory(parent=years_5_6, title="Secrets", body=[("text", SIMPLE)])
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    result = check_page(page)
    assert result.target == 9
    assert f"Reading age {result.age} — target 9 or below ✓" in html

    hard = ContentPageFactory(parent=years_5_6, title="Exploitation", body=[("text", COMPLEX)])
    html = admin_client.get(f"/admin/pages/{hard.pk}/edit/").content.decode()
    assert f"Reading age {check_page(hard).age} — above the target of 9" in html


@pytest.mark.django_db
def test_new_page_screen_shows_the_sections_target(admin_client, years_5_6):
    html = admin_client.get(
        f"/admin/pages/add/audiences/contentpage/{years_5_6.pk}/"
    ).content.decode()
    assert "Target reading age for this section: 9 or below" in html


def publish(client, page, body_html):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "body": streamfield([("text", rich_text(body_html))]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


@pytest.mark.django_db
def test_publishing_a_hard_childrens_page_warns_but_still_publishes(admin_client, years_5_6):
    page = ContentPageFactory(parent=years_5_6, title="Secrets", live=False)
    response = publish(admin_client, page, f"<p>{COMPLEX}</p>")

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and "imbalance of power" in str(page.specific.body)
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert len(warnings) == 1
    age = check_page(page.specific).age
    assert age > 9
    assert f"reading age is {age}" in warnings[0] and "target of 9" in warnings[0]


@pytest.mark.django_db
def test_publishing_an_easy_or_adult_page_does_not_warn(admin_client, years_5_6):
    easy = ContentPageFactory(parent=years_5_6, title="Secrets")
    adult = ContentPageFactory(parent=AudiencePage.objects.get(slug="professionals"))
    for page, body in ((easy, SIMPLE), (adult, COMPLEX)):
        response = publish(admin_client, page, f"<p>{body}</p>")
        assert response.status_code == 302
        messages = list(get_messages(response.wsgi_request))
        assert not [m for m in messages if m.level_tag == "warning"], page.title


@pytest.mark.django_db
def test_every_childrens_demo_page_meets_its_target(demo_site):
    """Every page in the young people's and the Years 5 and 6 sections, landing pages
    included, as the demo builds them. This reads whatever copy the demo has."""
    seed_campaign_and_sectors(demo_site.root_page.specific)
    sections = AudiencePage.objects.filter(audience__in=[Audience.YOUNG_PEOPLE, Audience.YEARS_5_6])
    assert sections.filter(audience=Audience.YOUNG_PEOPLE).exists()
    checked, failures = [], []
    for section in sections:
        for page in section.get_descendants(inclusive=True).specific():
            result = check_page(page)
            checked.append((page.url_path, result.age, result.target))
            if not result.meets_target:
                failures.append(f"{page.url_path}: reading age {result.age} > {result.target}")
    assert len(checked) >= 3
    assert not failures, "\n".join(failures)
