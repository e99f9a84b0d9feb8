"""The two report journeys through Django's test client, one question page at a
time: start page, the pages each reporter is asked, the 999 page, where the report
goes, check your answers, send, confirmation and "already sent"; what survives a
tampered payload, a lost CSRF token, a bot and a rate limit; and generated
submissions and page sequences that never get a server error."""

import html
import logging
import re
from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Page, Site

from core.choices import Area
from forms import journey, steps
from forms.choices import PlaceType, ReporterRole, WhenPrecision
from forms.crypto import EncryptedTextField
from forms.factories import ReportPageFactory
from forms.models import Notification, Report, ReportPage
from home import defaults
from home.factories import HomePageFactory
from home.models import Helpline
from tests.forms.walk import (
    CONCERN,
    INTELLIGENCE,
    VALID,
    answer,
    complete,
    has_errors,
    heading,
    hidden,
    post_step,
    send,
    step_of,
    text_of,
    walk,
)

SCRIPT = "<script>alert(1)</script>"
ARABIC = "رأيت رجلاً يعطي الأطفال هدايا بالقرب من المدرسة"
POLISH = "Zażółć gęślą jaźń: widziałem mężczyznę przy szkole"
TIMED_OUT = "For your security this page timed out. Check your answers and send again."
RATE_LIMITS = {
    "report-send": {"limit": 1000, "window": 3600},
    "followup": {"limit": 1000, "window": 3600},
    "followup-reference": {"limit": 1000, "window": 3600},
    "followup-pair": {"limit": 1000, "window": 3600},
}
YOUNG = {"reporter_role": "young-person"}


# Fixtures and helpers -------------------------------------------------------------------


@pytest.fixture
def report_pages(db):
    """A home page with both start pages and the national helplines: the part of
    the demo site the journeys need, built in a fraction of seed_demo's time."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    # Not HelplineFactory: its shared iterator would move on for other tests.
    for sort_order, (name, number, description) in enumerate(defaults.NATIONAL_HELPLINES):
        Helpline.objects.create(
            name=name, number=number, description=description, sort_order=sort_order
        )
    return {
        "concern": ReportPageFactory(
            parent=home, title="Report a concern", slug="report-a-concern", kind="concern"
        ),
        "intelligence": ReportPageFactory(
            parent=home, title="Share information", slug="share-information", kind="intelligence"
        ),
    }


@pytest.fixture(autouse=True)
def quick_and_unlimited(settings):
    """No minimum completion time and a generous rate limit, unless a test says so."""
    settings.REPORT_MIN_SECONDS = 0
    settings.REPORT_RATE_LIMITS = RATE_LIMITS
    cache.clear()
    yield
    cache.clear()


def checked(response, name, value):
    """True when the radio ``name`` with ``value`` is checked on the page."""
    pattern = rf'<input[^>]*name="{name}"[^>]*value="{re.escape(value)}"[^>]*\schecked'
    return re.search(pattern, response.content.decode()) is not None


def receipt_code(response):
    return re.search(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", response.content.decode()).group(0)


def raw_columns(report):
    names = [f.name for f in Report._meta.fields if isinstance(f, EncryptedTextField)]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(names)} FROM reports_report WHERE id = %s", [report.pk])
        return dict(zip(names, cursor.fetchone(), strict=True))


def assert_no_store(response):
    assert "no-store" in response.headers.get("Cache-Control", ""), response.headers


def go(client, base, response, step, value, **data):
    """Press a button (Back, Change, ...) on a page: its form posts the payload."""
    return post_step(client, base, response, step, data, go=value)


# Start pages ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("path", [CONCERN, INTELLIGENCE])
def test_start_page_is_cacheable_sets_no_cookie_and_says_what_happens(client, demo_site, path):
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies and "Set-Cookie" not in response.headers
    assert "no-store" not in response.headers.get("Cache-Control", "")
    page = response.content.decode()
    assert f'href="{path}questions/"' in page
    # "Start now" comes straight after the summary, before the long explanation.
    start = page.index(f'href="{path}questions/"')
    assert start < page.index("not watched around the clock") and start < page.index("IP address")
    words = text_of(response)
    assert "Start now" in words
    for needed in (
        "999",
        "not watched around the clock",
        "IP address",
        "cookie",
        "do not ask for your name",
        "Pan-Cheshire team",
        "0800 1111",
        "0800 555 111",
    ):
        assert needed in words, needed
    assert ("children's services" if path == CONCERN else "Cheshire Police") in words


@pytest.mark.django_db
def test_the_first_question_sets_only_a_session_csrf_cookie_and_is_never_cached(
    client, report_pages
):
    response = client.get(CONCERN + "questions/")
    assert response.status_code == 200
    assert set(response.cookies) == {"csrftoken"}
    cookie = response.cookies["csrftoken"]
    # Gone when the browser closes: no date, no age.
    assert not cookie["expires"] and not cookie["max-age"], cookie.output()
    assert_no_store(response)
    assert response.headers["Referrer-Policy"] == "same-origin"
    page = response.content.decode()
    assert 'name="referrer"' not in page
    assert 'name="payload"' in page and 'name="csrfmiddlewaretoken"' in page
    assert heading(response) == "Who are you?"


def test_report_page_rules():
    from home.models import HomePage

    assert ReportPage.template == "pages/report_page.html"
    assert ReportPage.allowed_parent_page_models() == [HomePage]
    assert ReportPage.allowed_subpage_models() == []
    assert ReportPage in HomePage.allowed_subpage_models()
    for name in ("kind", "body", "summary"):
        assert ReportPage._meta.get_field(name).help_text, name
    assert {"title", "summary", "body"} <= {f.field_name for f in ReportPage.search_fields}


@pytest.mark.django_db
def test_one_start_page_per_kind(report_pages):
    from django.core.exceptions import ValidationError

    home = report_pages["concern"].get_parent().specific
    with pytest.raises(ValidationError):
        home.add_child(instance=ReportPage(title="Another", slug="another", kind="concern"))
    report_pages["concern"].full_clean()  # the first ones are still fine
    report_pages["intelligence"].full_clean()
    assert ReportPage.objects.filter(kind="concern").count() == 1


# Which pages each reporter is asked ----------------------------------------------------------


@pytest.mark.django_db
def test_a_young_persons_shortest_concern_is_six_screens_to_send(client, report_pages):
    check, passed = walk(client, CONCERN, **YOUNG)
    # The start page, these four questions, and check your answers: six screens.
    assert passed == ["role", "danger", "area", "what"]
    assert step_of(check) == steps.CHECK
    words = text_of(check)
    assert "You can tell us more (optional)" in words
    # What was not asked can still be added, from the check page.
    for question in ("When", "Where it happened", "Names or nicknames", "Vehicle registrations"):
        assert f"Add {question}" in words, question
    assert send(client, CONCERN, hidden(check, "payload")).status_code == 200
    assert Report.objects.get().reporter_role == "young-person"


@pytest.mark.django_db
@pytest.mark.parametrize("base", [CONCERN, INTELLIGENCE])
def test_who_are_you_can_be_left_unsaid_and_is_then_asked_the_short_way(client, report_pages, base):
    first = client.get(base + "questions/").content.decode()
    # The last choice, set apart by "or", as GOV.UK sets apart a way out of choosing.
    radios = re.findall(r'name="reporter_role"[^>]*value="([a-z-]+)"', first)
    assert radios[-1] == "not-saying"
    before = first[: first.index('value="not-saying"')]
    assert before.rindex("govuk-radios__divider") > before.rindex('value="public"')
    assert "I’d rather not say" in html.unescape(first)

    check, passed = walk(client, base, reporter_role="not-saying")
    assert passed == ["role", "danger", "area", "what"]
    assert step_of(check) == steps.CHECK
    assert "Who you are I’d rather not say" in text_of(check)
    assert send(client, base, hidden(check, "payload")).status_code == 200
    report = Report.objects.get()
    assert (report.reporter_role, report.sector) == ("not-saying", "")
    assert report.get_reporter_role_display() == "I’d rather not say"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "base, changes, expected",
    [
        (
            CONCERN,
            {},
            ["role", "danger", "area", "what", "when", "place", "people", "vehicles", "contact"],
        ),
        (
            CONCERN,
            {"place_type": "park"},
            ["role", "danger", "area", "what", "when", "place", "people", "contact"],
        ),
        (
            CONCERN,
            {"place_type": "online", "reporter_role": "professional"},
            ["role", "danger", "area", "what", "when", "place", "people", "online", "contact"],
        ),
        (
            INTELLIGENCE,
            {"place_type": "hotel", "reporter_role": "hotel"},
            ["role", "danger", "area", "what", "when", "place", "people", "vehicles", "contact"],
        ),
        (
            INTELLIGENCE,
            {"danger_now": "yes", **YOUNG},
            ["role", "danger", "emergency", "area", "what"],
        ),
        (
            CONCERN,
            {"area": "not-sure", "locality": "Runcorn", **YOUNG},
            ["role", "danger", "area", "locality", "what"],
        ),
    ],
)
def test_questions_that_do_not_apply_are_not_asked(client, report_pages, base, changes, expected):
    check, passed = walk(client, base, **changes)
    assert passed == expected
    assert step_of(check) == steps.CHECK


@pytest.mark.django_db
def test_each_page_asks_one_thing_with_the_question_as_its_heading(client, report_pages):
    response = client.get(CONCERN + "questions/")
    seen = {}
    data = {
        **VALID,
        "area": "not-sure",
        "locality": "WA8",
        "town": "Widnes",
        "place_type": "online",
        "danger_now": "yes",
    }
    for _ in range(len(steps.STEPS)):
        step = step_of(response)
        if step not in steps.BY_NAME:
            break
        seen[step] = heading(response)
        page = response.content.decode()
        assert page.count("<h1") == 1, step
        response = post_step(client, CONCERN, response, step, data)
    assert seen == {
        "role": "Who are you?",
        "danger": "Is a child in danger right now?",
        "emergency": "Call 999 now",
        "area": "Which area is this about?",
        "locality": "Which town, village or postcode is it? (optional)",
        "town": "Which town or village in WA8 is it?",
        "what": "What has happened, or what are you worried about?",
        "when": "When did it happen? (optional)",
        "place": "What kind of place was it? (optional)",
        "people": "Describe anyone involved (optional)",
        "online": "Online usernames (optional)",
        "contact": "Do you want us to be able to contact you?",
    }


@pytest.mark.django_db
def test_a_young_person_can_add_an_optional_answer_from_the_check_page(client, report_pages):
    check, _passed = walk(client, CONCERN, **YOUNG)
    response = go(client, CONCERN, check, "check", "change:when")
    assert step_of(response) == "when"
    response = post_step(
        client,
        CONCERN,
        response,
        "when",
        {**VALID, "when_precision": "unknown", "when_description": "Fridays"},
    )
    assert step_of(response) == steps.CHECK
    assert "Fridays" in text_of(response)


# Errors --------------------------------------------------------------------------------------


REQUIRED = {
    "role": ("reporter_role", "Select who you are"),
    "danger": ("danger_now", "Select yes if a child is in danger right now"),
    "area": ("area", "Select the area this is about, or ‘I’m not sure’"),
    "what": ("what_happened", "Tell us what happened"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("step", list(REQUIRED))
@pytest.mark.parametrize("base", [CONCERN, INTELLIGENCE])
def test_a_required_question_left_empty_says_so_in_the_summary_and_by_the_field(
    client, report_pages, base, step
):
    name, message = REQUIRED[step]
    response, passed = walk(client, base, **{name: ""})
    assert passed[-1] == step and step_of(response) == step
    assert has_errors(response)
    assert text_of(response).startswith("Error:")
    page = response.content.decode()
    assert f'<a href="#{name}">{message}</a>' in page
    assert re.search(
        rf'id="{name}-error" class="govuk-error-message">\s*<span[^>]*>Error:</span>'
        rf"\s*{re.escape(message)}",
        page,
    )


@pytest.mark.django_db
def test_what_was_typed_is_kept_when_a_page_has_an_error(client, report_pages):
    response, _passed = walk(client, CONCERN, what_happened="x" * 5001)
    assert step_of(response) == "what"
    assert "What happened must be 5,000 characters or fewer. You have typed 5,001." in text_of(
        response
    )
    assert f">\n{'x' * 5001}</textarea>" in response.content.decode()


# Where it goes -----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "base, area, authority, sentence",
    [
        (
            CONCERN,
            "halton",
            "halton",
            "This will be sent to Halton Borough Council’s children’s services.",
        ),
        (CONCERN, "cheshire-east", "cheshire-east", "This will be sent to Cheshire East Council’s"),
        (INTELLIGENCE, "warrington", "cheshire-police", "This will be sent to Cheshire Police."),
    ],
)
def test_check_your_answers_names_who_will_read_it_and_the_report_goes_there(
    client, report_pages, base, area, authority, sentence
):
    words = f"Seen near the bus station {area}"
    check = answer(client, base, area=area, what_happened=words, names="Kev")
    assert step_of(check) == steps.CHECK
    assert_no_store(check)
    assert sentence in text_of(check)
    assert 'value="change:area"' in check.content.decode()

    confirmation = send(client, base, hidden(check, "payload"))

    assert confirmation.status_code == 200
    assert_no_store(confirmation)
    report = Report.objects.get()
    assert report.authority.slug == authority
    assert report.what_happened == words and report.names == "Kev"
    assert report.area_given == area and report.language == "en"
    raw = raw_columns(report)
    assert raw["what_happened"].startswith("gAAAA") and words not in raw["what_happened"]
    assert Notification.objects.filter(report=report, authority=report.authority).count() == 1
    shown = text_of(confirmation)
    assert report.reference in shown and "Report sent" in shown
    assert report.authority.name in shown
    assert report.check_receipt(receipt_code(confirmation))
    assert "This is the only time we will show it" in shown
    assert 'href="/report/follow-up/"' in confirmation.content.decode()
    assert "0800 1111" in shown and "0800 555 111" in shown


@pytest.mark.django_db
def test_a_boundary_district_asks_for_the_town(client, report_pages):
    response, passed = walk(client, CONCERN, area="not-sure", locality="wa8 1ab", stop_at="town")
    assert passed[-1] == "locality" and step_of(response) == "town"
    words = text_of(response)
    assert "Which town or village in WA8 is it?" in words
    assert "WA8 covers places in more than one council area" in words
    for town in ("Widnes", "Hale Bank", "Cronton", "I don’t know"):
        assert f'value="{town}"' in response.content.decode() or town in words

    # A town in Halton: Halton's council reads it, and the handler sees both.
    check, _ = walk(client, CONCERN, area="not-sure", locality="WA8", town="Widnes")
    assert "This will be sent to Halton Borough Council’s children’s services." in text_of(check)
    send(client, CONCERN, hidden(check, "payload"))
    report = Report.objects.get()
    assert (report.authority.slug, report.routing_reason) == ("halton", "town")
    assert report.locality == "WA8 (Widnes)"


@pytest.mark.django_db
@pytest.mark.parametrize("base", [CONCERN, INTELLIGENCE])
def test_a_boundary_district_and_i_dont_know_goes_to_triage_and_says_why(
    client, report_pages, base
):
    check, _ = walk(client, base, area="not-sure", locality="CW12", town="dont-know")
    words = text_of(check)
    assert "CW12 covers more than one council area." in words
    assert "This will be sent to the Pan-Cheshire triage team." in words
    confirmation = send(client, base, hidden(check, "payload"))
    said = text_of(confirmation)
    assert "CW12 covers more than one council area." in said
    assert "Your report has gone to the Pan-Cheshire triage team." in said
    assert "We could not tell" not in said
    assert Report.objects.get().authority.slug == "pan-cheshire-triage"


@pytest.mark.django_db
def test_a_town_not_of_that_district_is_asked_again(client, report_pages):
    response, _ = walk(client, CONCERN, area="not-sure", locality="WA8", town="Chester")
    assert step_of(response) == "town" and has_errors(response)
    assert "Select one of the options" in text_of(response)
    response, _ = walk(client, CONCERN, area="not-sure", locality="WA8", town="")
    assert "Select the town or village, or ‘I don’t know’" in text_of(response)


@pytest.mark.django_db
def test_a_misspelt_place_offers_the_name_we_know(client, report_pages):
    response, passed = walk(
        client, CONCERN, area="not-sure", locality="Macclesfeild", stop_at="suggest"
    )
    assert step_of(response) == "suggest"
    assert "Did you mean Macclesfield?" in text_of(response)
    assert "No, keep “Macclesfeild”" in text_of(response)

    # Yes: the place is the one they meant, and its council reads the report.
    check, passed = walk(
        client, CONCERN, area="not-sure", locality="Macclesfeild", suggestion="Macclesfield"
    )
    assert passed[-2:] == ["suggest", "what"] or "suggest" in passed
    words = text_of(check)
    assert "Macclesfield" in words and "Macclesfeild" not in words
    assert "This will be sent to Cheshire East Council’s children’s services." in words

    # No: triage, and the check page says why.
    check, _ = walk(client, CONCERN, area="not-sure", locality="Macclesfeild", suggestion="none")
    words = text_of(check)
    assert "We could not tell which council area “Macclesfeild” is in." in words
    assert "This will be sent to the Pan-Cheshire triage team." in words


@pytest.mark.django_db
@pytest.mark.parametrize(
    "changes, why",
    [
        ({"area": "outside-cheshire"}, "You said this is outside Cheshire."),
        ({"area": "not-sure", "locality": "M1"}, "M1 is outside Cheshire."),
        ({"area": "not-sure", "locality": "LL11 2AB"}, "LL11 2AB is outside Cheshire."),
    ],
)
@pytest.mark.parametrize("base", [CONCERN, INTELLIGENCE])
def test_outside_cheshire_gets_general_advice_and_can_still_send(
    client, report_pages, base, changes, why
):
    advice, passed = walk(client, base, stop_at="outside", **changes)
    assert step_of(advice) == "outside"
    words = text_of(advice)
    assert "This is outside Cheshire" in words
    assert "call the police on 101" in words and "If a child is in danger now, call 999." in words
    assert "council for that area" in words
    assert 'href="https://www.gov.uk/find-local-council"' in advice.content.decode()
    # Never a made-up local number: only the national ones.
    numbers = set(re.findall(r"\b\d{3,}(?: \d+)*\b", words))
    assert numbers <= {"999", "101", "0800 1111", "0808 800 5000", "0800 555 111"}, numbers

    check, passed = walk(client, base, **changes)
    assert "outside" in passed and step_of(check) == steps.CHECK
    assert why in text_of(check)
    assert "We could not tell" not in text_of(check)
    confirmation = send(client, base, hidden(check, "payload"))
    said = text_of(confirmation)
    assert why in said and "We could not tell" not in said
    assert "call the police on 101" in said
    assert Report.objects.get().authority.slug == "pan-cheshire-triage"


@pytest.mark.django_db
def test_a_blank_place_goes_to_triage_and_says_so(client, report_pages):
    check, passed = walk(client, INTELLIGENCE, area="not-sure", locality="")
    assert passed[3] == "locality"
    assert "You did not say which area this is about." in text_of(check)


# Moving around -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_no_answer_ever_goes_in_an_address(client, report_pages):
    marker = "Unmistakable7f3a"
    data = {
        **VALID,
        "what_happened": marker,
        "locality": marker,
        "area": "not-sure",
        "names": marker,
    }
    response = client.get(CONCERN + "questions/")
    pages = []
    for _ in range(len(steps.STEPS)):
        if step_of(response) not in steps.BY_NAME:
            break
        pages.append(response.content.decode())
        response = post_step(client, CONCERN, response, step_of(response), data)
    pages.append(response.content.decode())
    for page in pages:
        for address in re.findall(r'(?:href|action|formaction)="([^"]*)"', page):
            assert marker not in address, address
        assert re.search(r'<form method="get"', page) is None
        # The site's search box is the only GET form, and it is not on these pages.


@pytest.mark.django_db
def test_back_posts_the_answers_to_the_page_before(client, report_pages):
    first = client.get(CONCERN + "questions/")
    # On the first question Back is a plain link to the start page, carrying nothing.
    assert re.search(
        rf'<a href="{CONCERN}" class="govuk-back-link">Back</a>', first.content.decode()
    )
    response, passed = walk(client, CONCERN, stop_at="what", what_happened=POLISH)
    assert step_of(response) == "what"
    back = go(client, CONCERN, response, "what", "back")
    assert step_of(back) == "area" and checked(back, "area", "halton")
    back = go(client, CONCERN, back, "area", "back")
    assert step_of(back) == "danger" and checked(back, "danger_now", "no")
    # From the check page, Back is the last question, filled in.
    check = answer(client, CONCERN, contact_phone="", wants_contact="no")
    back = go(client, CONCERN, check, "check", "back")
    assert step_of(back) == "contact" and checked(back, "wants_contact", "no")
    # Back on the first question's form is the start page.
    assert go(client, CONCERN, first, "role", "back")["Location"] == CONCERN


@pytest.mark.django_db
def test_change_posts_the_answers_back_and_returns_to_the_check_page(client, report_pages):
    check = answer(client, what_happened=POLISH, names=ARABIC)
    page = check.content.decode()
    assert 'value="change:what"' in page and f'formaction="{CONCERN}questions/"' in page
    response = go(client, CONCERN, check, "check", "change:what")
    assert response.status_code == 200 and step_of(response) == "what"
    assert_no_store(response)
    assert f">\n{POLISH}</textarea>" in response.content.decode()
    assert "There is a problem" not in response.content.decode()
    # Continue goes straight back to the check page, with the change made.
    again = post_step(client, CONCERN, response, "what", {"what_happened": "Changed it"})
    assert step_of(again) == steps.CHECK
    assert "Changed it" in text_of(again) and ARABIC in text_of(again)
    # Back after a change is the check page too.
    response = go(client, CONCERN, again, "check", "change:people")
    assert step_of(go(client, CONCERN, response, "people", "back")) == steps.CHECK


@pytest.mark.django_db
def test_changing_the_area_asks_only_what_follows_from_it(client, report_pages):
    check = answer(client)
    response = go(client, CONCERN, check, "check", "change:area")
    assert step_of(response) == "area"
    response = post_step(client, CONCERN, response, "area", {"area": "not-sure"})
    assert step_of(response) == "locality"
    response = post_step(client, CONCERN, response, "locality", {"locality": "WA4"})
    assert step_of(response) == "town"
    response = post_step(client, CONCERN, response, "town", {"town": "Stockton Heath"})
    assert step_of(response) == steps.CHECK
    assert "Warrington Borough Council" in text_of(response)


@pytest.mark.django_db
def test_a_child_in_danger_now_shows_999_and_can_still_send(client, report_pages):
    response, passed = walk(client, CONCERN, danger_now="yes", stop_at="emergency")
    assert step_of(response) == "emergency"
    words = text_of(response)
    assert "Call 999 now" in words and "press 55" in words
    assert 'href="tel:999"' in response.content.decode()
    assert_no_store(response)

    check, passed = walk(client, CONCERN, danger_now="yes")
    assert passed[:4] == ["role", "danger", "emergency", "area"]
    assert "You said a child is in danger right now" in text_of(check)
    confirmation = send(client, CONCERN, hidden(check, "payload"))
    assert confirmation.status_code == 200
    assert Report.objects.get().danger_now is True


@pytest.mark.django_db
def test_sector_in_the_address_fills_in_who_you_are(client, report_pages):
    response = client.get(INTELLIGENCE + "questions/?sector=taxi")
    assert checked(response, "reporter_role", "taxi")
    response = client.get(INTELLIGENCE + "questions/?sector=nonsense")
    assert not checked(response, "reporter_role", "taxi")
    confirmation = complete(client, INTELLIGENCE, reporter_role="taxi")
    assert confirmation.status_code == 200
    report = Report.objects.get()
    assert (report.reporter_role, report.sector) == ("taxi", "taxi")


@pytest.mark.django_db
def test_contact_details_kept_only_when_the_reporter_says_yes(client, report_pages):
    complete(client, wants_contact="no", contact_name="Sam", contact_phone="01234 567890")
    complete(client, wants_contact="yes", contact_name="Sam", contact_email="sam@example.org")
    anonymous, contactable = Report.objects.order_by("created_at", "pk")
    assert (anonymous.wants_contact, anonymous.contact_name, anonymous.contact_phone) == (
        False,
        "",
        "",
    )
    assert (contactable.contact_name, contactable.contact_email) == ("Sam", "sam@example.org")


@pytest.mark.django_db
def test_get_on_later_steps_goes_back_to_the_first_question(client, report_pages):
    for step in ("check/", "send/"):
        response = client.get(CONCERN + step)
        assert response.status_code == 302
        assert response["Location"] == CONCERN + "questions/"


@pytest.mark.django_db
def test_a_whole_form_from_an_earlier_version_still_reaches_check_your_answers(
    client, report_pages
):
    """A reporter who had the one-page form open across an update loses nothing."""
    response = client.post(CONCERN + "questions/", {**VALID, "ticket": journey.new_ticket().value})
    assert step_of(response) == steps.CHECK
    missing = client.post(
        CONCERN + "questions/",
        {**VALID, "what_happened": "", "names": POLISH, "ticket": journey.new_ticket().value},
    )
    assert step_of(missing) == "what" and has_errors(missing)
    again = post_step(client, CONCERN, missing, "what", {"what_happened": "Now it is there"})
    assert POLISH in text_of(again)


# After sending -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_resending_the_same_answers_makes_one_report(client, report_pages):
    payload = hidden(answer(client), "payload")
    first = send(client, CONCERN, payload)
    second = send(client, CONCERN, payload)
    assert first.status_code == second.status_code == 200
    assert Report.objects.count() == 1 and Notification.objects.count() == 1
    report = Report.objects.get()
    assert report.reference in text_of(second)
    assert receipt_code(first) == receipt_code(second)


@pytest.mark.django_db
@pytest.mark.parametrize("button", ["change:what", "back"])
def test_change_or_back_after_sending_says_already_sent_and_offers_a_new_report(
    client, report_pages, button
):
    check = answer(client, what_happened=POLISH)
    send(client, CONCERN, hidden(check, "payload"))
    report = Report.objects.get()

    response = go(client, CONCERN, check, "check", button)

    assert step_of(response) == "sent"
    assert_no_store(response)
    words = text_of(response)
    assert "You have already sent this report" in words and report.reference in words
    assert "nothing you changed has been sent" in words
    # Another journey, not sent, is not affected.
    page, _ = walk(client, CONCERN, stop_at="what", **YOUNG)
    unsent = post_step(client, CONCERN, page, "what", {"what_happened": "x"})
    assert step_of(unsent) == steps.CHECK

    new = client.post(CONCERN + "check/", {"payload": hidden(response, "payload"), "go": "new"})
    assert step_of(new) == steps.CHECK
    assert "This is a new report" in text_of(new) and POLISH in text_of(new)
    again = send(client, CONCERN, hidden(new, "payload"))
    assert again.status_code == 200
    assert Report.objects.count() == 2
    second = Report.objects.exclude(pk=report.pk).get()
    assert second.reference != report.reference and second.what_happened == POLISH


@pytest.mark.django_db
def test_a_question_page_of_a_sent_report_says_already_sent(client, report_pages):
    response, _ = walk(client, CONCERN, stop_at="what", **YOUNG)
    check = post_step(client, CONCERN, response, "what", VALID)
    assert step_of(check) == steps.CHECK
    send(client, CONCERN, hidden(check, "payload"))
    # The browser's Back and "resend": the question page's form again.
    again = post_step(client, CONCERN, response, "what", {"what_happened": "Something new"})
    assert step_of(again) == "sent"
    assert Report.objects.count() == 1


# What people type ------------------------------------------------------------------------


@pytest.mark.django_db
def test_markup_is_stored_as_typed_and_always_shown_escaped(client, report_pages):
    fields = {
        name: SCRIPT
        for name in ("what_happened", "when_description", "place", "names", "usernames")
    }
    check = answer(
        client,
        **fields,
        place_type="online",
        wants_contact="yes",
        contact_name=SCRIPT,
        contact_email="a@b.org",
    )
    page = check.content.decode()
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    confirmation = send(client, CONCERN, hidden(check, "payload"))
    assert SCRIPT not in confirmation.content.decode()
    report = Report.objects.get()
    for name in fields:
        assert getattr(report, name) == SCRIPT, name
    assert report.contact_name == SCRIPT


@pytest.mark.django_db
def test_any_script_or_language_is_kept_exactly(client, report_pages):
    emoji = "He sent her 🎁🎁 and said 🤫 – “don’t tell”"
    check = answer(client, what_happened=f"{ARABIC}\n{POLISH}", names=ARABIC, place=emoji)
    shown = text_of(check)
    assert ARABIC in shown and POLISH in shown and emoji in shown
    send(client, CONCERN, hidden(check, "payload"))
    report = Report.objects.get()
    assert report.what_happened == f"{ARABIC}\n{POLISH}"
    assert (report.names, report.place) == (ARABIC, emoji)


@pytest.mark.django_db
def test_registrations_are_stored_exactly_as_typed(client, report_pages):
    typed = "ab12cde\nAB12 c\n?? 123\na123 bcd\n1234ab"
    check = answer(client, INTELLIGENCE, vehicles=typed)
    words = text_of(check)
    assert "AB12 CDE" in words and "A123 BCD" in words
    assert "AB12 C (part of a registration)" in words
    assert "1234 AB" in words and "1234 AB (part" not in words
    assert "?? 123 (part of a registration)" in words
    send(client, INTELLIGENCE, hidden(check, "payload"))
    assert Report.objects.get().vehicles == typed


@pytest.mark.django_db
def test_answers_never_reach_a_log(client, report_pages, caplog):
    secret = "Unlogged words 7f3a9c"
    with caplog.at_level(logging.DEBUG):
        complete(client, what_happened=secret, names=secret)
        answer(client, what_happened=secret, area="")  # with an error
    assert secret not in caplog.text
    for record in caplog.records:
        assert secret not in str(record.args), record


@pytest.mark.django_db
def test_typed_places_stay_out_of_the_browsers_form_memory(client, report_pages):
    response, _ = walk(client, CONCERN, area="not-sure", stop_at="locality")
    assert re.search(
        r'<input[^>]*name="locality"[^>]*autocomplete="off"', response.content.decode()
    )


# Payloads that are not ours ---------------------------------------------------------------


@pytest.mark.django_db
def test_a_tampered_payload_asks_again_without_an_error(client, report_pages):
    payload = hidden(answer(client), "payload")
    forged = payload[:10] + ("A" if payload[10] != "A" else "B") + payload[11:]
    for step in ("check/", "send/"):
        response = client.post(CONCERN + step, {"payload": forged})
        assert response.status_code == 400
        assert_no_store(response)
        assert "We could not read your answers" in text_of(response)
        assert step_of(response) == "role"
    response = client.post(CONCERN + "questions/", {"payload": "nonsense", "step": "area"})
    assert response.status_code == 400
    response = client.post(CONCERN + "questions/", {"payload": payload, "step": "nowhere"})
    assert response.status_code == 400
    response = client.post(CONCERN + "send/", {})
    assert response.status_code == 400
    # A concern's payload does not work on the other journey either.
    response = client.post(INTELLIGENCE + "send/", {"payload": payload})
    assert response.status_code == 400
    assert not Report.objects.exists()


@pytest.mark.django_db
def test_an_old_payload_shows_the_answers_again(client, report_pages, monkeypatch):
    payload = hidden(answer(client, what_happened=POLISH), "payload")
    monkeypatch.setattr(journey, "PAYLOAD_MAX_AGE", -1)
    response = send(client, CONCERN, payload)
    assert response.status_code == 200
    assert "This page was open for a long time" in text_of(response)
    assert POLISH in text_of(response)
    assert not Report.objects.exists()


# CSRF ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_missing_csrf_token_on_a_question_keeps_the_answers(report_pages):
    client = Client(enforce_csrf_checks=True)
    first = client.get(CONCERN + "questions/")
    data = {"payload": hidden(first, "payload"), "step": "role", "reporter_role": "public"}

    response = client.post(CONCERN + "questions/", data)  # no csrfmiddlewaretoken

    assert response.status_code == 403
    assert_no_store(response)
    assert "For your security this page timed out" in text_of(response)
    assert step_of(response) == "role" and checked(response, "reporter_role", "public")
    token = hidden(response, "csrfmiddlewaretoken")
    retried = client.post(CONCERN + "questions/", {**data, "csrfmiddlewaretoken": token})
    assert retried.status_code == 200 and step_of(retried) == "danger"


@pytest.mark.django_db
def test_stale_csrf_token_on_send_keeps_the_answers_and_sends_nothing(report_pages):
    client = Client(enforce_csrf_checks=True)
    check = answer(Client(), what_happened=ARABIC)
    first = client.get(CONCERN + "questions/")
    token = hidden(first, "csrfmiddlewaretoken")
    # The cookie is replaced (another tab, a cleared browser): the token on the page is stale.
    client.cookies["csrftoken"] = "x" * 32

    response = client.post(
        CONCERN + "send/", {"payload": hidden(check, "payload"), "csrfmiddlewaretoken": token}
    )

    assert response.status_code == 403
    assert TIMED_OUT in text_of(response)
    assert ARABIC in response.content.decode()
    assert step_of(response) == steps.CHECK
    assert not Report.objects.exists()
    fresh = hidden(response, "csrfmiddlewaretoken")
    sent = client.post(
        CONCERN + "send/", {"payload": hidden(response, "payload"), "csrfmiddlewaretoken": fresh}
    )
    assert sent.status_code == 200
    assert Report.objects.get().what_happened == ARABIC


@pytest.mark.django_db
def test_no_csrf_cookie_at_all_gets_a_fresh_one(report_pages):
    client = Client(enforce_csrf_checks=True)
    payload = hidden(answer(Client()), "payload")
    response = client.post(CONCERN + "check/", {"payload": payload})
    assert response.status_code == 403
    assert TIMED_OUT in text_of(response)
    assert "csrftoken" in response.cookies
    assert hidden(response, "csrfmiddlewaretoken")


@pytest.mark.django_db
def test_a_browser_that_sends_origin_null_is_told_why_and_keeps_the_answers(report_pages):
    """With the site's no-referrer policy browsers send "Origin: null" on a POST, which
    Django refuses; the form pages allow same-origin referrers so that this never happens.
    If a browser does it anyway, the reporter is told, keeps the answers and gets phones."""
    client = Client(enforce_csrf_checks=True)
    first = client.get(CONCERN + "questions/")
    token = hidden(first, "csrfmiddlewaretoken")
    check = answer(Client(), what_happened=POLISH)
    response = client.post(
        CONCERN + "send/",
        {"payload": hidden(check, "payload"), "csrfmiddlewaretoken": token},
        HTTP_ORIGIN="null",
    )
    assert response.status_code == 403
    words = text_of(response)
    assert "Your browser blocked a security check" in words
    assert POLISH in words and "0800 555 111" in words
    assert not Report.objects.exists()


@pytest.mark.django_db
def test_other_csrf_failures_get_djangos_page(report_pages):
    client = Client(enforce_csrf_checks=True)
    response = client.post(CONCERN, {"anything": "x"})
    assert response.status_code == 403
    assert "CSRF verification failed" in response.content.decode()
    response = client.post("/no-such-page/", {})
    assert response.status_code == 403


# Bots, speed and limits -----------------------------------------------------------------


@pytest.mark.django_db
def test_a_filled_honeypot_moves_nothing_on_and_saves_nothing(client, report_pages):
    response, _ = walk(client, CONCERN, stop_at="what")
    trapped = post_step(
        client, CONCERN, response, "what", VALID, further_detail="http://spam.example"
    )
    assert step_of(trapped) == "what"
    assert "Please check your answers and continue" in text_of(trapped)
    assert re.search(r'<input[^>]*name="further_detail"[^>]*value=""', trapped.content.decode())
    payload = hidden(answer(client), "payload")
    send(client, CONCERN, payload, further_detail="spam")
    assert not Report.objects.exists()


@pytest.mark.django_db
def test_the_honeypot_is_hidden_from_people(client, report_pages):
    page = client.get(CONCERN + "questions/").content.decode()
    trap = re.search(r'<div class="app-honeypot" aria-hidden="true">.*?</div>', page, re.S)
    assert trap
    assert 'tabindex="-1"' in trap.group(0) and 'autocomplete="off"' in trap.group(0)


@pytest.mark.django_db
def test_sending_too_fast_is_refused_and_keeps_the_answers(client, report_pages, settings):
    settings.REPORT_MIN_SECONDS = 3
    check = answer(client, what_happened=POLISH)
    response = send(client, CONCERN, hidden(check, "payload"))
    assert response.status_code == 400
    assert "Please check your answers and send again" in text_of(response)
    assert POLISH in text_of(response)
    assert not Report.objects.exists()
    settings.REPORT_MIN_SECONDS = 0
    assert send(client, CONCERN, hidden(response, "payload")).status_code == 200
    assert Report.objects.count() == 1


@pytest.mark.django_db
def test_a_rate_limited_sender_keeps_the_answers_and_gets_phone_numbers(
    client, report_pages, settings
):
    settings.REPORT_RATE_LIMITS = {**RATE_LIMITS, "report-send": {"limit": 1, "window": 3600}}
    assert complete(client).status_code == 200
    check = answer(client, what_happened=POLISH)
    response = send(client, CONCERN, hidden(check, "payload"))
    assert response.status_code == 429
    words = text_of(response)
    assert "Your report has not been sent yet" in words
    assert POLISH in words
    for number in ("999", "0800 1111", "0800 555 111"):
        assert number in words
    assert Report.objects.count() == 1


@pytest.mark.django_db
def test_every_step_is_no_store_with_no_cookie_but_csrfs(client, report_pages):
    responses = [client.get(CONCERN + "questions/")]
    response = responses[0]
    data = {
        **VALID,
        "danger_now": "yes",
        "area": "not-sure",
        "locality": "Macclesfeild",
        "suggestion": "none",
        "place_type": "online",
    }
    for _ in range(len(steps.STEPS)):
        if step_of(response) not in steps.BY_NAME:
            break
        response = post_step(client, CONCERN, response, step_of(response), data)
        responses.append(response)
    responses.append(send(client, CONCERN, hidden(response, "payload")))
    responses.append(client.post(CONCERN + "send/", {"payload": "forged"}))
    assert len(responses) >= 14
    for response in responses:
        assert response.status_code in (200, 400)
        assert_no_store(response)
        assert set(response.cookies) <= {"csrftoken"}


# Generated submissions --------------------------------------------------------------------


def mostly(valid, other=None):
    """``valid`` four times in five, otherwise ``other`` (any short text)."""
    other = other if other is not None else st.text(max_size=12)
    return st.integers(0, 4).flatmap(lambda n: other if n == 4 else valid)


any_text = st.text(max_size=80)
over_and_under = st.integers(-3, 3).flatmap(
    lambda d: st.text(alphabet="aé\r\n🎁", min_size=5000 + d, max_size=5000 + d)
)
plates = st.lists(st.from_regex(r"[A-Za-z0-9?*][A-Za-z0-9 ?*]{0,7}", fullmatch=True), max_size=4)
contacts = st.one_of(
    st.fixed_dictionaries({"wants_contact": st.sampled_from(["", "no"])}),
    st.fixed_dictionaries(
        {
            "wants_contact": st.just("yes"),
            "contact_name": any_text,
            "contact_phone": st.from_regex(r"0[0-9 ]{9,12}", fullmatch=True),
            "contact_email": st.just("") | st.emails(),
        }
    ),
    st.fixed_dictionaries(
        {
            "wants_contact": st.text(max_size=4),
            "contact_name": st.text(max_size=120),
            "contact_phone": st.text(max_size=40),
            "contact_email": st.text(max_size=40),
        }
    ),
)
places = st.sampled_from(["", "CW12", "WA8 1AB", "Macclesfeild", "M1", "Runcorn", "zz"])


@st.composite
def submissions(draw):
    """One set of answers. Half are sensible throughout (any text in the free text
    boxes, real choices and dates); the rest mix in anything at all, leave fields
    out and fill in the honeypot."""
    sane = draw(st.booleans())

    def pick(valid, other=None):
        return draw(valid if sane else mostly(valid, other))

    data = {
        "area": pick(st.sampled_from(Area.values)),
        "locality": pick(places, st.text(min_size=95, max_size=105)),
        "town": pick(st.sampled_from(["", "Widnes", "Congleton", "dont-know"])),
        "suggestion": pick(st.sampled_from(["", "Macclesfield", "none"])),
        "what_happened": pick(st.text(min_size=1, max_size=300), over_and_under),
        "when_precision": pick(st.sampled_from(["", *WhenPrecision.values])),
        "when_description": pick(any_text, st.text(min_size=495, max_size=505)),
        "place_type": pick(st.sampled_from([""] + PlaceType.values)),
        "place": draw(any_text),
        "people_description": draw(any_text),
        "names": draw(any_text),
        "usernames": draw(any_text),
        "vehicles": pick(plates.map("\n".join), any_text),
        "danger_now": pick(st.sampled_from(["yes", "no"])),
        "reporter_role": pick(st.sampled_from(ReporterRole.values)),
        **draw(
            contacts
            if not sane
            else contacts.filter(lambda c: len(c) == 1 or c["wants_contact"] == "yes")
        ),
    }
    when = pick(st.dates(min_value=date(1890, 1, 1), max_value=date(2025, 1, 1)), st.none())
    if when is not None:
        day = pick(st.just(str(when.day)), st.just(""))
        parts = [day, str(when.month), str(when.year)]
    else:
        parts = [draw(st.text(max_size=12)) for _ in range(3)]
    data.update(zip(("when_day", "when_month", "when_year"), parts, strict=True))
    if sane:
        return data
    if draw(st.booleans()):  # leave some fields out altogether
        for name in draw(st.sets(st.sampled_from(sorted(data)), max_size=3)):
            del data[name]
    if draw(st.booleans()):
        data["further_detail"] = draw(st.text(min_size=1, max_size=5))
    return data


@pytest.mark.django_db
def test_generated_answers_page_by_page_never_get_a_server_error(report_pages):
    """Each page answered from a generated set, pressing Continue, Back or Change at
    random: every response is a page, and the sensible ones reach a reference."""
    client = Client(raise_request_exception=False)
    outcomes = {"sent": 0, "stopped": 0}
    buttons = st.sampled_from(["", "", "", "", "back", "change:area", "change:what", "nonsense"])

    @hypothesis_settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(kind=st.sampled_from([CONCERN, INTELLIGENCE]), data=submissions(), presses=st.data())
    def submit(kind, data, presses):
        response = client.get(kind + "questions/")
        for _ in range(20):
            step = step_of(response)
            if step not in steps.BY_NAME and step != steps.CHECK:
                break
            if step == steps.CHECK:
                response = send(client, kind, hidden(response, "payload"))
                assert response.status_code in (200, 400), response.status_code
                break
            button = presses.draw(buttons)
            extra = {"go": button} if button else {}
            if "further_detail" in data:
                extra["further_detail"] = data["further_detail"]
            response = post_step(client, kind, response, step, data, **extra)
            assert response.status_code in (200, 302, 400), response.status_code
            if response.status_code == 302:
                break
        if step_of(response) == "confirmation":
            assert "Report sent" in response.content.decode()
            outcomes["sent"] += 1
        else:
            outcomes["stopped"] += 1

    with override_settings(REPORT_MIN_SECONDS=0, REPORT_RATE_LIMITS=RATE_LIMITS):
        submit()
    assert outcomes["sent"] >= 10, outcomes
    assert outcomes["stopped"] >= 10, outcomes
    assert Report.objects.count() == outcomes["sent"]


@pytest.mark.django_db
def test_generated_whole_forms_never_get_a_server_error(report_pages):
    """The whole set in one POST (the one-page form of earlier versions), then send."""
    client = Client(raise_request_exception=False)
    outcomes = {"sent": 0, "asked_again": 0}

    @hypothesis_settings(
        max_examples=400,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(kind=st.sampled_from([CONCERN, INTELLIGENCE]), data=submissions())
    def submit(kind, data):
        data = {**data, "ticket": journey.new_ticket().value}
        response = client.post(kind + "questions/", data)
        assert response.status_code < 500, response.status_code
        if step_of(response) != steps.CHECK:
            outcomes["asked_again"] += 1
            return
        response = send(client, kind, hidden(response, "payload"))
        assert response.status_code == 200, response.status_code
        assert "Report sent" in response.content.decode()
        outcomes["sent"] += 1

    with override_settings(REPORT_MIN_SECONDS=0, REPORT_RATE_LIMITS=RATE_LIMITS):
        submit()
    assert outcomes["sent"] >= 40, outcomes
    assert outcomes["asked_again"] >= 40, outcomes
    assert Report.objects.count() == outcomes["sent"]


@pytest.mark.django_db
def test_a_busy_reporter_can_skip_the_optional_questions(client, report_pages):
    response, passed = walk(client, INTELLIGENCE, stop_at="when", reporter_role="taxi")
    assert passed == ["role", "danger", "area", "what"]
    assert 'value="skip"' in response.content.decode()
    check = post_step(
        client, INTELLIGENCE, response, "when", {"when_precision": "unknown"}, go="skip"
    )
    assert step_of(check) == steps.CHECK
    words = text_of(check)
    assert "When Not sure when" in words
    for question in ("Where it happened", "Vehicle registrations"):
        assert f"Add {question}" in words
    # A page that must be answered cannot be skipped.
    response, _ = walk(client, INTELLIGENCE, stop_at="what")
    assert 'value="skip"' not in response.content.decode()
    still = post_step(client, INTELLIGENCE, response, "what", {"what_happened": ""}, go="skip")
    assert step_of(still) == "what" and has_errors(still)


# Told at the moment it matters, in a child's words ---------------------------------------


@pytest.fixture
def short_retention(settings):
    """Periods no default has, so the words can only come from the settings."""
    settings.RETENTION = {**settings.RETENTION, "reports-open": 400, "reports-closed": 200}
    kept_open = "kept while people are working on it, and for up to 400 days after"
    kept_closed = "it is deleted from this website 200 days later"
    return kept_open, kept_closed


@pytest.mark.django_db
@pytest.mark.parametrize(
    "kind, who_reads",
    [
        ("concern", "The people at the council whose job is to keep children safe read it."),
        ("intelligence", "The police in Cheshire read it."),
    ],
)
def test_the_start_page_says_who_reads_it_and_how_long_it_is_kept(
    client, report_pages, short_retention, kind, who_reads
):
    page = report_pages[kind]
    words = text_of(client.get(page.url))
    told = words.index("What happens to your report")
    assert words.index("Start now") < told
    assert who_reads in words
    for kept in short_retention:
        assert kept in words, kept


@pytest.mark.django_db
def test_the_contact_question_says_what_the_partnership_wrote_and_how_to_stop_form_memory(
    client, report_pages
):
    page = report_pages["concern"]
    page.contact_note = "<p>Whether a parent or carer is told: agreed words.</p>"
    page.save_revision().publish()
    contact, passed = walk(client, CONCERN, stop_at="contact")
    assert passed[-1] == "vehicles" and step_of(contact) == "contact"
    words = text_of(contact)
    assert "Whether a parent or carer is told: agreed words." in words
    assert "Your browser may remember what you type in these boxes" in words
    assert "private window" in words
    # The fields keep their purposes (WCAG 2.2, 1.3.5): the sentence says how to stop it.
    page_html = contact.content.decode()
    for field, purpose in (("contact_name", "name"), ("contact_phone", "tel")):
        assert re.search(rf'name="{field}"[^>]*autocomplete="{purpose}"', page_html), field

    # No note written: nothing in its place, the form-memory sentence still there.
    page.contact_note = ""
    page.save_revision().publish()
    words = text_of(walk(client, CONCERN, stop_at="contact")[0])
    assert "agreed words" not in words and "Your browser may remember" in words


@pytest.mark.django_db
def test_the_confirmation_says_how_long_it_is_kept_and_repeats_the_note_to_a_contact(
    client, report_pages, short_retention
):
    page = report_pages["concern"]
    page.contact_note = "<p>Whether a parent or carer is told: agreed words.</p>"
    page.save_revision().publish()
    contact = {"wants_contact": "yes", "contact_phone": "07700 900123"}
    words = text_of(complete(client, CONCERN, **contact))
    assert "How long we keep your report" in words
    for kept in short_retention:
        assert kept in words, kept
    assert "agreed words" in words
    # Someone who stays anonymous is not told about calls that cannot happen.
    assert "agreed words" not in text_of(complete(client, CONCERN, reporter_role="public"))


@pytest.mark.django_db
def test_the_demo_marks_the_parent_note_as_an_example(client, demo_site):
    words = text_of(walk(client, CONCERN, stop_at="contact")[0])
    assert "Example, for the partnership to confirm:" in words
    assert "parent or carer" in words
