"""Anonymous follow-up: the reference and receipt code show the status and the
team's questions; a wrong code, an unknown reference and a locked reference are
indistinguishable; every response is no-store with no cookie but CSRF's."""

import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from core import ratelimit
from forms import followup
from forms.choices import ReportStatus
from forms.models import Alert, Report, ReportLogEntry, ReportNote
from forms.submission import save_report
from home.factories import HelplineFactory

CHECK_URL = "/report/follow-up/"
ANSWER_URL = "/report/follow-up/answer/"
NOT_FOUND = "We could not find a report with those details. Check the reference and receipt code."
LIMITS = {
    "report-send": {"limit": 10, "window": 3600},
    "followup": {"limit": 10, "window": 3600},
    "followup-pair": {"limit": 5, "window": 3600},
    "followup-reference": {"limit": 8, "window": 3600},
}
QUESTION = "Which door of the hotel did they use? <script>alert(1)</script>"
ANSWER = "The side door by the car park, after 10pm. Ми бачили їх двічі."


def answers(**overrides):
    base = {
        "kind": "concern",
        "area_given": "halton",
        "locality": "Runcorn",
        "what_happened": "Older men collecting girls from the park in a silver car",
        "when_precision": "unknown",
        "when_date": None,
        "when_description": "",
        "place_type": "park",
        "place": "Phoenix Park",
        "people_description": "",
        "names": "",
        "usernames": "",
        "vehicles": "",
        "danger_now": False,
        "reporter_role": "public",
        "sector": "",
        "wants_contact": False,
        "contact_name": "",
        "contact_phone": "",
        "contact_email": "",
        "language": "en",
    }
    return base | overrides


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    with override_settings(REPORT_RATE_LIMITS=LIMITS):
        yield
    cache.clear()


@pytest.fixture
def saved(db):
    return save_report(answers(), "followup-token-1")


@pytest.fixture
def asked(saved):
    ReportNote.objects.create(report=saved.report, kind=ReportNote.Kind.QUESTION, text=QUESTION)
    return saved


def check(client, reference, code, address="203.0.113.7"):
    return client.post(
        CHECK_URL, {"reference": reference, "receipt_code": code}, REMOTE_ADDR=address
    )


def send_answer(client, saved, text=ANSWER, token="a" * 32, code=None, address="203.0.113.7"):
    return client.post(
        ANSWER_URL,
        {
            "reference": saved.report.reference,
            "receipt_code": code or saved.receipt_code,
            "answer": text,
            "answer_token": token,
        },
        REMOTE_ADDR=address,
    )


def error_summary(response):
    html = response.content.decode()
    match = re.search(r'<div class="govuk-error-summary".*?</ul>', html, re.S)
    assert match, "no error summary"
    return match.group(0)


def assert_private(response):
    assert "no-store" in response.headers["Cache-Control"]
    assert set(response.cookies) <= {"csrftoken"}
    for name in ("sessionid", "messages"):
        assert name not in response.cookies


def wrong_code(code):
    """A well-formed receipt code that is not this one."""
    return "".join("B" if c != "B" else "C" for c in code.replace("-", ""))


@pytest.mark.django_db
def test_the_form_asks_for_reference_and_code(client):
    response = client.get(CHECK_URL)
    assert response.status_code == 200
    assert_private(response)
    assert "csrftoken" in response.cookies
    html = response.content.decode()
    assert 'for="reference"' in html and 'name="receipt_code"' in html
    assert "The reference starts CSE-" in html


@pytest.mark.django_db
def test_the_form_shows_the_helplines(client):
    HelplineFactory(name="Childline", number="0800 1111")
    html = client.get(CHECK_URL).content.decode()
    assert "Talk to someone now" in html
    assert html.count("0800 1111") >= 2  # on the page, and in the footer


def test_the_right_code_shows_the_status_and_the_question(client, asked):
    response = check(client, asked.report.reference, asked.receipt_code)
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert "We have your report and will read it." in html
    assert "Which door of the hotel did they use?" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # The answer form carries the details, tidied, in hidden fields: no session.
    assert f'name="reference" value="{asked.report.reference}"' in html
    assert 'name="receipt_code" value="' + asked.receipt_code.replace("-", "") + '"' in html
    assert 'name="answer"' in html
    # Nothing the reporter typed comes back.
    assert "silver car" not in html and "Phoenix Park" not in html


def test_reference_and_code_may_be_typed_loosely(client, saved):
    reference = saved.report.reference.removeprefix("CSE-").lower().replace("-", " ")
    code = saved.receipt_code.lower().replace("-", " \u2013 ")  # en dashes from a phone
    response = check(client, reference, code)
    assert "We have your report and will read it." in response.content.decode()


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (ReportStatus.NEW, "We have your report and will read it."),
        (ReportStatus.IN_PROGRESS, "Someone is looking into your report."),
        (ReportStatus.PASSED_ON, "We have passed your report on"),
        (ReportStatus.CLOSED, "We have finished looking into your report."),
    ],
)
def test_each_status_in_plain_words(client, asked, status, words):
    Report.objects.filter(pk=asked.report.pk).update(status=status)
    html = check(client, asked.report.reference, asked.receipt_code).content.decode()
    assert words in html
    assert ('name="answer"' in html) is (status != ReportStatus.CLOSED)


def test_no_question_means_no_answer_form(client, saved):
    html = check(client, saved.report.reference, saved.receipt_code).content.decode()
    assert "The team has not asked you anything." in html
    assert 'name="answer"' not in html


def test_an_answer_is_saved_encrypted_and_reaches_the_report(client, asked):
    response = send_answer(client, asked)
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert "Your answer has been sent" in html
    assert "side door" not in html
    note = ReportNote.objects.get(report=asked.report, kind=ReportNote.Kind.ANSWER)
    assert note.text == ANSWER
    assert note.author is None
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM reports_reportnote WHERE id = %s", [note.pk])
        (raw,) = cursor.fetchone()
    assert raw.startswith("gAAAA")
    assert "side door" not in raw


def test_the_status_page_says_when_a_question_was_answered_not_what(client, asked):
    send_answer(client, asked)
    html = check(client, asked.report.reference, asked.receipt_code).content.decode()
    assert "You answered on" in html
    assert "side door" not in html


def test_a_double_click_saves_one_answer(client, asked):
    send_answer(client, asked, token="t" * 32)
    again = send_answer(client, asked, token="t" * 32)
    assert "Your answer has been sent" in again.content.decode()
    assert ReportNote.objects.filter(kind=ReportNote.Kind.ANSWER).count() == 1


def test_answers_are_refused_when_no_question_is_open(client, saved):
    # No question was ever asked: a forged answer form saves nothing.
    response = send_answer(client, saved)
    assert "There is no question to answer" in error_summary(response)
    assert not ReportNote.objects.filter(kind=ReportNote.Kind.ANSWER).exists()
    # Asked and answered: a second answer waits for the next question.
    ReportNote.objects.create(report=saved.report, kind=ReportNote.Kind.QUESTION, text=QUESTION)
    assert "Your answer has been sent" in send_answer(client, saved).content.decode()
    response = send_answer(client, saved, text="Something else", token="u" * 32)
    assert "There is no question to answer" in error_summary(response)
    assert 'name="answer"' not in response.content.decode()
    assert ReportNote.objects.filter(kind=ReportNote.Kind.ANSWER).count() == 1
    # A new question opens it again.
    ReportNote.objects.create(report=saved.report, kind=ReportNote.Kind.QUESTION, text="More?")
    response = send_answer(client, saved, text="Something else", token="v" * 32)
    assert "Your answer has been sent" in response.content.decode()


def test_an_empty_or_long_answer_is_refused_with_the_details_kept(client, asked):
    response = send_answer(client, asked, text="   ")
    assert "Enter your answer" in error_summary(response)
    assert f'value="{asked.report.reference}"' in response.content.decode()
    too_long = "x" * (followup.ANSWER_MAX_LENGTH + 1)
    response = send_answer(client, asked, text=too_long)
    assert "characters or fewer" in error_summary(response)
    assert too_long in response.content.decode()  # what they typed is kept
    assert not ReportNote.objects.filter(kind=ReportNote.Kind.ANSWER).exists()


def test_an_answer_with_a_wrong_code_is_not_saved(client, asked):
    response = send_answer(client, asked, code=wrong_code(asked.receipt_code))
    assert NOT_FOUND in error_summary(response)
    assert not ReportNote.objects.filter(kind=ReportNote.Kind.ANSWER).exists()


def test_a_closed_report_takes_no_answer(client, asked):
    Report.objects.filter(pk=asked.report.pk).update(
        status=ReportStatus.CLOSED, closed_at=timezone.now()
    )
    response = send_answer(client, asked)
    assert "This report has been closed" in error_summary(response)
    assert not ReportNote.objects.filter(kind=ReportNote.Kind.ANSWER).exists()


def test_an_answer_is_logged_without_its_content_when_the_action_exists(client, asked, monkeypatch):
    monkeypatch.setattr(followup.log_registry, "action_exists", lambda action: True)
    send_answer(client, asked)
    entry = ReportLogEntry.objects.get(action="reports.answer_received")
    assert entry.object_id == str(asked.report.pk)
    assert entry.user_id is None
    assert "side door" not in str(entry.data) + entry.label


def test_an_answer_is_not_logged_when_the_action_is_not_registered(client, asked, monkeypatch):
    monkeypatch.setattr(followup.log_registry, "action_exists", lambda action: False)
    send_answer(client, asked)
    assert ReportNote.objects.filter(kind=ReportNote.Kind.ANSWER).count() == 1
    assert not ReportLogEntry.objects.filter(action="reports.answer_received").exists()


def test_wrong_code_unknown_reference_and_locked_look_the_same(client, saved):
    other = save_report(answers(), "followup-token-2")
    wrong = check(client, saved.report.reference, wrong_code(saved.receipt_code))
    unknown = check(client, "CSE-ZZZZ-ZZZZ", saved.receipt_code, address="198.51.100.1")
    for _ in range(5):
        check(client, other.report.reference, "AAAA-AAAA-AAAA", address="198.51.100.2")
    locked = check(client, other.report.reference, other.receipt_code, address="198.51.100.2")
    summaries = {error_summary(r) for r in (wrong, unknown, locked)}
    assert len(summaries) == 1
    assert NOT_FOUND in summaries.pop()
    assert {r.status_code for r in (wrong, unknown, locked)} == {200}
    for response in (wrong, unknown, locked):
        assert_private(response)
        html = response.content.decode()
        assert 'id="reference-error"' in html
        assert "We have your report" not in html

    def page_without_typed_values(response):
        html = response.content.decode()
        html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
        return re.sub(r'(name="(?:reference|receipt_code)"[^>]*value=")[^"]*"', r"\1", html)

    pages = {page_without_typed_values(r) for r in (wrong, unknown, locked)}
    assert len(pages) == 1


STRANGER, REPORTER = "198.51.100.66", "192.0.2.99"


def test_a_stranger_who_knows_the_reference_cannot_lock_the_reporter_out(client, saved):
    bad = wrong_code(saved.receipt_code)
    for _ in range(5):
        response = check(client, saved.report.reference, bad, address=STRANGER)
        assert NOT_FOUND in error_summary(response)
    # The stranger is now locked out of this reference, even with the right code...
    response = check(client, saved.report.reference, saved.receipt_code, address=STRANGER)
    assert NOT_FOUND in error_summary(response)
    assert "We have your report" not in response.content.decode()
    # ...but the reporter, on their own connection, gets straight in.
    response = check(client, saved.report.reference, saved.receipt_code, address=REPORTER)
    assert "We have your report" in response.content.decode()
    # And the stranger's other reports are not locked.
    other = save_report(answers(), "followup-token-3")
    ok = check(client, other.report.reference, other.receipt_code, address=STRANGER)
    assert "We have your report" in ok.content.decode()


def test_the_lock_is_per_reference_and_connection_never_the_address(client, saved):
    for _ in range(5):
        check(client, saved.report.reference, wrong_code(saved.receipt_code), address=STRANGER)
    keys = [key for key in cache._cache if followup.PAIR_SCOPE in key]
    assert keys
    assert not any(STRANGER in key or saved.report.reference in key for key in keys)


def test_past_the_ceiling_guessing_slows_and_the_triage_team_is_told(client, saved, monkeypatch):
    from forms import inbox

    monkeypatch.setattr(followup.log_registry, "action_exists", lambda action: True)
    ceiling = LIMITS["followup-reference"]["limit"]
    bad = wrong_code(saved.receipt_code)
    for n in range(ceiling):  # many connections, one wrong code each
        check(client, saved.report.reference, bad, address=f"198.51.100.{n + 100}")
    # Told once: an entry in the report's history and an alert for triage and admins.
    entries = ReportLogEntry.objects.filter(object_id=str(saved.report.pk))
    assert [e.action for e in entries] == [inbox.CODES_GUESSED]
    alert = Alert.objects.get()
    assert saved.report.reference in alert.message and "Many wrong receipt codes" in alert.message
    assert alert.emailed_at is None  # the next check emails it
    # A new connection now gets one try, not five...
    fresh = "203.0.113.200"
    check(client, saved.report.reference, bad, address=fresh)
    response = check(client, saved.report.reference, saved.receipt_code, address=fresh)
    assert "We have your report" not in response.content.decode()
    # ...but the reporter, who has not got it wrong, still gets in.
    response = check(client, saved.report.reference, saved.receipt_code, address=REPORTER)
    assert "We have your report" in response.content.decode()
    assert ReportLogEntry.objects.filter(action=inbox.CODES_GUESSED).count() == 1


@pytest.mark.django_db
def test_an_unknown_reference_never_raises_an_alert(client):
    for n in range(LIMITS["followup-reference"]["limit"] + 2):
        check(client, "CSE-ZZZZ-ZZZZ", "AAAA-AAAA-AAAA", address=f"198.51.100.{n + 1}")
    assert not Alert.objects.exists()


def test_fewer_wrong_codes_than_the_limit_do_not_lock(client, saved):
    for _ in range(4):
        check(client, saved.report.reference, wrong_code(saved.receipt_code))
    response = check(client, saved.report.reference, saved.receipt_code)
    assert "We have your report" in response.content.decode()


def test_a_locked_connection_takes_no_answer(client, asked):
    for _ in range(5):
        check(client, asked.report.reference, wrong_code(asked.receipt_code), address="192.0.2.1")
    response = send_answer(client, asked, address="192.0.2.1")
    assert NOT_FOUND in error_summary(response)
    assert not ReportNote.objects.filter(kind=ReportNote.Kind.ANSWER).exists()
    assert (
        "Your answer has been sent"
        in send_answer(client, asked, address="192.0.2.2").content.decode()
    )


def test_every_lookup_hashes_the_code(client, saved, monkeypatch):
    """Timing: an unknown reference costs the same hash as a real one."""
    calls = []
    real = Report.hash_receipt
    monkeypatch.setattr(Report, "hash_receipt", staticmethod(lambda c: calls.append(c) or real(c)))
    check(client, "CSE-ZZZZ-ZZZZ", "AAAA-AAAA-AAAA")
    check(client, saved.report.reference, "AAAA-AAAA-AAAA")
    assert len(calls) == 2


def test_an_unknown_reference_counts_failures_like_a_real_one(client, saved):
    """The same cache work on both paths; and "locked" says nothing about existence."""

    def counters():
        scopes = (followup.PAIR_SCOPE, followup.REFERENCE_SCOPE)
        found = [re.search(r":ratelimit:([a-z-]+):", key) for key in cache._cache]
        return sorted(m.group(1) for m in found if m and m.group(1) in scopes)

    check(client, "CSE-ZZZZ-ZZZZ", "AAAA-AAAA-AAAA", address="192.0.2.3")
    unknown = counters()
    assert unknown == ["followup-pair", "followup-reference"]
    check(client, saved.report.reference, "AAAA-AAAA-AAAA", address="192.0.2.4")
    assert counters() == sorted(unknown * 2)
    for _ in range(LIMITS["followup-reference"]["limit"]):
        check(client, "CSE-ZZZZ-ZZZZ", "AAAA-AAAA-AAAA", address="192.0.2.5")
    assert ratelimit.is_locked(followup.REFERENCE_SCOPE, "CSE-ZZZZ-ZZZZ")


def test_too_many_attempts_from_one_address_are_refused_with_help(client, saved):
    HelplineFactory(name="NSPCC helpline", number="0808 800 5000")
    for _ in range(10):
        check(client, "CSE-ZZZZ-ZZZZ", "AAAA-AAAA-AAAA")
    response = check(client, saved.report.reference, saved.receipt_code)
    assert response.status_code == 429
    assert_private(response)
    html = response.content.decode()
    assert "You have tried too many times" in error_summary(response)
    assert "0808 800 5000" in html
    assert f'value="{saved.report.reference}"' in html  # what they typed is kept
    assert "We have your report" not in html
    # Another address is not affected.
    other = check(client, saved.report.reference, saved.receipt_code, address="192.0.2.50")
    assert "We have your report" in other.content.decode()


def test_a_limited_answer_is_kept_on_the_page_and_not_saved(client, asked):
    for _ in range(10):
        check(client, "CSE-ZZZZ-ZZZZ", "AAAA-AAAA-AAAA")
    response = send_answer(client, asked)
    assert response.status_code == 429
    assert_private(response)
    html = response.content.decode()
    assert "You have tried too many times" in error_summary(response)
    assert "Ми бачили їх двічі" in html
    assert not ReportNote.objects.filter(kind=ReportNote.Kind.ANSWER).exists()


@pytest.mark.django_db
def test_malformed_details_get_a_field_message(client):
    response = check(client, "", "")
    summary = error_summary(response)
    assert "Enter the reference" in summary and "Enter the receipt code" in summary
    response = check(client, "CSE-12", "ABC")
    summary = error_summary(response)
    assert "like CSE-ABCD-2345" in summary and "like ABCD-EFGH-2345" in summary
    assert_private(response)


@pytest.mark.django_db
def test_other_methods_are_refused_without_caching(client):
    response = client.put(CHECK_URL)
    assert response.status_code == 405
    assert "no-store" in response.headers["Cache-Control"]
    response = client.get(ANSWER_URL)
    assert response.status_code == 405
    assert "no-store" in response.headers["Cache-Control"]


@pytest.mark.django_db
def test_the_address_is_never_kept(client, asked):
    address = "203.0.113.77"
    check(client, asked.report.reference, asked.receipt_code, address=address)
    send_answer(client, asked, address=address)
    check(client, asked.report.reference, wrong_code(asked.receipt_code), address=address)
    blobs = list(cache._cache) + [str(v) for v in cache._cache.values()]
    assert not any(address in blob for blob in blobs)
    assert not ReportLogEntry.objects.filter(data__icontains=address).exists()


def test_the_url_is_under_the_language_prefix():
    assert reverse("followup:check") == CHECK_URL
    assert reverse("followup:answer") == ANSWER_URL
    for scope in (followup.ADDRESS_SCOPE, followup.PAIR_SCOPE, followup.REFERENCE_SCOPE):
        assert scope in LIMITS and scope in settings.REPORT_RATE_LIMITS
    assert ratelimit.limit_for(followup.PAIR_SCOPE).limit == 5


def hidden_fields(html):
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))


def test_the_whole_journey_with_csrf_enforced(asked):
    """As a browser does it: each form carries its CSRF token, and nothing else persists."""
    from django.test import Client

    browser = Client(enforce_csrf_checks=True, REMOTE_ADDR="203.0.113.9")
    page = browser.get(CHECK_URL)
    fields = hidden_fields(page.content.decode())
    status = browser.post(
        CHECK_URL,
        {
            "csrfmiddlewaretoken": fields["csrfmiddlewaretoken"],
            "reference": asked.report.reference,
            "receipt_code": asked.receipt_code,
        },
    )
    assert status.status_code == 200
    form = hidden_fields(status.content.decode())
    assert set(form) == {"csrfmiddlewaretoken", "reference", "receipt_code", "answer_token"}
    sent = browser.post(ANSWER_URL, form | {"answer": ANSWER})
    assert sent.status_code == 200, sent.content[:300]
    assert "Your answer has been sent" in sent.content.decode()
    assert set(browser.cookies) == {"csrftoken"}
    assert ReportNote.objects.get(kind=ReportNote.Kind.ANSWER).text == ANSWER
