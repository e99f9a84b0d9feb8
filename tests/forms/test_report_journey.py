"""The two report journeys through Django's test client: start page, questions,
the 999 page, check your answers, send and confirmation; what survives a tampered
payload, a lost CSRF token, a bot and a rate limit; and 1,000 generated
submissions that never get a server error."""

import html
import logging
import re
from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings
from django.utils.html import strip_tags
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Page, Site

from core.choices import Area
from forms import journey
from forms.choices import PlaceType, ReporterRole, WhenPrecision
from forms.crypto import EncryptedTextField
from forms.factories import ReportPageFactory
from forms.models import Notification, Report, ReportPage
from home import defaults
from home.factories import HomePageFactory
from home.models import Helpline

CONCERN = "/report-a-concern/"
INTELLIGENCE = "/share-information/"
SCRIPT = "<script>alert(1)</script>"
ARABIC = "رأيت رجلاً يعطي الأطفال هدايا بالقرب من المدرسة"
POLISH = "Zażółć gęślą jaźń: widziałem mężczyznę przy szkole"
TIMED_OUT = "For your security this page timed out. Check your answers and send again."
RATE_LIMITS = {
    "report-send": {"limit": 1000, "window": 3600},
    "followup": {"limit": 1000, "window": 3600},
    "followup-reference": {"limit": 1000, "window": 3600},
}

VALID = {
    "area": "halton",
    "locality": "",
    "what_happened": "A man keeps giving my neighbour's daughter lifts after school.",
    "when_precision": "month",
    "when_day": "",
    "when_month": "3",
    "when_year": "2024",
    "when_description": "",
    "place_type": "taxi",
    "place": "",
    "people_description": "",
    "names": "",
    "usernames": "",
    "vehicles": "",
    "danger_now": "no",
    "reporter_role": "parent-carer",
    "wants_contact": "no",
    "contact_name": "",
    "contact_phone": "",
    "contact_email": "",
}


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
    pages = {
        "concern": ReportPageFactory(
            parent=home, title="Report a concern", slug="report-a-concern", kind="concern"
        ),
        "intelligence": ReportPageFactory(
            parent=home, title="Share information", slug="share-information", kind="intelligence"
        ),
    }
    return pages


@pytest.fixture(autouse=True)
def quick_and_unlimited(settings):
    """No minimum completion time and a generous rate limit, unless a test says so."""
    settings.REPORT_MIN_SECONDS = 0
    settings.REPORT_RATE_LIMITS = RATE_LIMITS
    cache.clear()
    yield
    cache.clear()


def hidden(response, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', response.content.decode())
    assert match, f"no hidden {name} on the page"
    return html.unescape(match.group(1))


def checked(response, name, value):
    """True when the radio ``name`` with ``value`` is checked on the page."""
    pattern = rf'<input[^>]*name="{name}"[^>]*value="{re.escape(value)}"[^>]*\schecked'
    return re.search(pattern, response.content.decode()) is not None


def text_of(response):
    return " ".join(html.unescape(strip_tags(response.content.decode())).split())


def ticket(client, base=CONCERN, query=""):
    response = client.get(base + "questions/" + query)
    assert response.status_code == 200
    return hidden(response, "ticket")


def answer(client, base=CONCERN, **changes):
    """POST the questions with VALID changed by ``changes``."""
    data = {"ticket": ticket(client, base), **VALID, **changes}
    return client.post(base + "questions/", data)


def send(client, base, payload, **extra):
    return client.post(base + "send/", {"payload": payload, **extra})


def complete(client, base=CONCERN, **changes):
    """Questions, then (past the 999 page if it shows) send. Returns the confirmation."""
    response = answer(client, base, **changes)
    assert response.status_code == 200
    payload = hidden(response, "payload")
    if changes.get("danger_now") == "yes":
        response = client.post(base + "check/", {"payload": payload})
        payload = hidden(response, "payload")
    return send(client, base, payload)


def receipt_code(response):
    return re.search(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", response.content.decode()).group(0)


def raw_columns(report):
    names = [f.name for f in Report._meta.fields if isinstance(f, EncryptedTextField)]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(names)} FROM reports_report WHERE id = %s", [report.pk])
        return dict(zip(names, cursor.fetchone(), strict=True))


def assert_no_store(response):
    assert "no-store" in response.headers.get("Cache-Control", ""), response.headers


# Start pages ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("path", [CONCERN, INTELLIGENCE])
def test_start_page_is_cacheable_sets_no_cookie_and_says_what_happens(client, demo_site, path):
    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies and "Set-Cookie" not in response.headers
    assert "no-store" not in response.headers.get("Cache-Control", "")
    assert f'href="{path}questions/"' in response.content.decode()
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
def test_questions_page_sets_only_the_csrf_cookie_and_is_never_cached(client, report_pages):
    response = client.get(CONCERN + "questions/")
    assert response.status_code == 200
    assert set(response.cookies) == {"csrftoken"}
    assert_no_store(response)
    assert response.headers["Referrer-Policy"] == "same-origin"
    page = response.content.decode()
    # The header alone sets the policy: no <meta> may override it.
    assert 'name="referrer"' not in page
    assert 'name="ticket"' in page and 'name="csrfmiddlewaretoken"' in page


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


# Full journeys -----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "base, area, authority",
    [
        (CONCERN, "halton", "halton"),
        (CONCERN, "cheshire-east", "cheshire-east"),
        (CONCERN, "not-sure", "pan-cheshire-triage"),
        (INTELLIGENCE, "warrington", "cheshire-police"),
        (INTELLIGENCE, "outside-cheshire", "pan-cheshire-triage"),
    ],
)
def test_full_journey_saves_an_encrypted_routed_report(client, report_pages, base, area, authority):
    words = f"Seen near the bus station {area}"
    response = answer(client, base, area=area, what_happened=words, names="Kev")
    assert response.status_code == 200
    assert_no_store(response)
    assert "Check your answers before sending" in text_of(response)

    confirmation = send(client, base, hidden(response, "payload"))

    assert confirmation.status_code == 200
    assert_no_store(confirmation)
    report = Report.objects.get()
    assert report.kind == ("concern" if base == CONCERN else "intelligence")
    assert report.authority.slug == authority
    assert report.what_happened == words and report.names == "Kev"
    assert report.area_given == area and report.language == "en"
    raw = raw_columns(report)
    assert raw["what_happened"].startswith("gAAAA") and words not in raw["what_happened"]
    assert Notification.objects.filter(report=report, authority=report.authority).count() == 1
    shown = text_of(confirmation)
    assert report.reference in shown and "Report sent" in shown
    code = receipt_code(confirmation)
    assert report.check_receipt(code)
    assert "This is the only time we will show it" in shown
    assert 'href="/report/follow-up/"' in confirmation.content.decode()
    assert "0800 1111" in shown and "0800 555 111" in shown


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
def test_a_child_in_danger_now_shows_999_and_can_still_send(client, report_pages):
    response = answer(client, danger_now="yes")
    words = text_of(response)
    assert "Call 999 now" in words and "press 55" in words
    assert 'href="tel:999"' in response.content.decode()
    assert_no_store(response)
    assert 'action="/report-a-concern/check/"' in response.content.decode()

    check = client.post(CONCERN + "check/", {"payload": hidden(response, "payload")})
    assert check.status_code == 200
    assert "Check your answers before sending" in text_of(check)
    assert "You said a child is in danger right now" in text_of(check)
    assert_no_store(check)

    confirmation = send(client, CONCERN, hidden(check, "payload"))
    assert confirmation.status_code == 200
    assert Report.objects.get().danger_now is True


@pytest.mark.django_db
def test_change_posts_the_answers_back_to_the_questions(client, report_pages):
    check = answer(client, what_happened=POLISH, names=ARABIC)
    page = check.content.decode()
    assert 'formaction="/report-a-concern/questions/#what_happened"' in page
    response = client.post(
        CONCERN + "questions/", {"payload": hidden(check, "payload"), "change": "what_happened"}
    )
    assert response.status_code == 200
    assert_no_store(response)
    page = response.content.decode()
    assert f">\n{POLISH}</textarea>" in page and f">\n{ARABIC}</textarea>" in page
    assert checked(response, "area", "halton")
    assert "There is a problem" not in page
    # And on from there, with the same ticket: still one report in the end.
    again = client.post(
        CONCERN + "questions/",
        {**VALID, "what_happened": POLISH, "ticket": hidden(response, "ticket")},
    )
    assert hidden(again, "payload")


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
def test_get_on_later_steps_goes_back_to_the_questions(client, report_pages):
    for step in ("check/", "send/"):
        response = client.get(CONCERN + step)
        assert response.status_code == 302
        assert response["Location"] == CONCERN + "questions/"


# What people type ------------------------------------------------------------------------


@pytest.mark.django_db
def test_markup_is_stored_as_typed_and_always_shown_escaped(client, report_pages):
    fields = {
        name: SCRIPT
        for name in ("locality", "what_happened", "when_description", "place", "names", "usernames")
    }
    check = answer(
        client, **fields, wants_contact="yes", contact_name=SCRIPT, contact_email="a@b.org"
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
    shown = check.content.decode()
    assert ARABIC in shown and POLISH in shown and emoji.replace("’", "’") in html.unescape(shown)
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
        assert hidden(response, "ticket")
    response = client.post(CONCERN + "questions/", {"payload": "nonsense", "change": "area"})
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
    assert f">\n{POLISH}</textarea>" in response.content.decode()
    assert not Report.objects.exists()


# CSRF ----------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_missing_csrf_token_on_the_questions_keeps_the_answers(report_pages):
    client = Client(enforce_csrf_checks=True)
    first = client.get(CONCERN + "questions/")
    data = {**VALID, "what_happened": POLISH, "ticket": hidden(first, "ticket")}

    response = client.post(CONCERN + "questions/", data)  # no csrfmiddlewaretoken

    assert response.status_code == 403
    assert_no_store(response)
    assert "For your security this page timed out" in text_of(response)
    assert f">\n{POLISH}</textarea>" in response.content.decode()
    assert checked(response, "area", "halton")
    token = hidden(response, "csrfmiddlewaretoken")
    retried = client.post(CONCERN + "questions/", {**data, "csrfmiddlewaretoken": token})
    assert retried.status_code == 200
    assert "Check your answers before sending" in text_of(retried)


@pytest.mark.django_db
def test_stale_csrf_token_on_send_keeps_the_answers_and_sends_nothing(report_pages):
    client = Client(enforce_csrf_checks=True)
    first = client.get(CONCERN + "questions/")
    token = hidden(first, "csrfmiddlewaretoken")
    check = client.post(
        CONCERN + "questions/",
        {
            **VALID,
            "what_happened": ARABIC,
            "ticket": hidden(first, "ticket"),
            "csrfmiddlewaretoken": token,
        },
    )
    payload = hidden(check, "payload")
    # The cookie is replaced (another tab, a cleared browser): the token on the page is stale.
    client.cookies["csrftoken"] = "x" * 32

    response = client.post(CONCERN + "send/", {"payload": payload, "csrfmiddlewaretoken": token})

    assert response.status_code == 403
    assert TIMED_OUT in text_of(response)
    assert ARABIC in response.content.decode()
    assert "Check your answers before sending" in text_of(response)
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
    data = {**VALID, "what_happened": POLISH, "ticket": hidden(first, "ticket")}
    check = client.post(CONCERN + "questions/", {**data, "csrfmiddlewaretoken": token})
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
def test_a_filled_honeypot_saves_nothing(client, report_pages):
    data = {**VALID, "ticket": ticket(client), "further_detail": "http://spam.example"}
    response = client.post(CONCERN + "questions/", data)
    assert response.status_code == 200
    assert "Please check your answers and continue" in text_of(response)
    assert 'name="payload"' not in response.content.decode()
    assert re.search(r'<input[^>]*name="further_detail"[^>]*value=""', response.content.decode())
    payload = hidden(answer(client), "payload")
    response = send(client, CONCERN, payload, further_detail="spam")
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
    # A report already saved is shown again however limited the sender is.
    first = Report.objects.get()
    assert first.submission_token


@pytest.mark.django_db
def test_every_form_step_is_no_store(client, report_pages):
    responses = [
        client.get(CONCERN + "questions/"),
        answer(client, area=""),
        answer(client, danger_now="yes"),
        answer(client),
        complete(client),
        client.post(CONCERN + "send/", {"payload": "forged"}),
    ]
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


@st.composite
def submissions(draw):
    """One POST of the questions. Half are sensible throughout (any text in the free
    text boxes, real choices and dates); the rest mix in anything at all, leave
    fields out and fill in the honeypot."""
    sane = draw(st.booleans())

    def pick(valid, other=None):
        return draw(valid if sane else mostly(valid, other))

    data = {
        "area": pick(st.sampled_from(Area.values)),
        "locality": pick(any_text, st.text(min_size=95, max_size=105)),
        "what_happened": pick(st.text(min_size=1, max_size=300), over_and_under),
        "when_precision": pick(st.sampled_from(WhenPrecision.values)),
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
def test_generated_submissions_never_get_a_server_error(report_pages):
    client = Client(raise_request_exception=False)
    outcomes = {"sent": 0, "asked_again": 0}

    @hypothesis_settings(
        max_examples=1000,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(kind=st.sampled_from([CONCERN, INTELLIGENCE]), data=submissions())
    def submit(kind, data):
        data = {**data, "ticket": journey.new_ticket().value}
        response = client.post(kind + "questions/", data)
        assert response.status_code < 500, response.status_code
        if 'name="payload"' not in response.content.decode():
            outcomes["asked_again"] += 1
            return
        # Straight to send, from the 999 page or from check your answers.
        response = send(client, kind, hidden(response, "payload"))
        assert response.status_code == 200, response.status_code
        assert "Report sent" in response.content.decode()
        outcomes["sent"] += 1

    with override_settings(REPORT_MIN_SECONDS=0, REPORT_RATE_LIMITS=RATE_LIMITS):
        submit()
    # The generator reached both ends of the journey, often.
    assert outcomes["sent"] >= 100, outcomes
    assert outcomes["asked_again"] >= 100, outcomes
    assert Report.objects.count() == outcomes["sent"]
