"""The cookie inventory: every Set-Cookie of every public page, every step of both
report journeys and the follow-up, compared with what "Covering your tracks" tells
people the site leaves on their device."""

import re

import pytest
from django.test import Client
from wagtail.models import Page

from forms import steps
from tests.forms.test_followup import answers as saved_answers
from tests.forms.walk import CONCERN, INTELLIGENCE, VALID, hidden, post_step, step_of, text_of

COVERING_TRACKS = "/covering-your-tracks/"
# What the page says, and what must therefore be true of every response.
PROMISES = [
    "Reading this website sets no cookies.",
    "set one cookie, whose name ends in csrftoken",
    "Your browser deletes it when you close the browser",
    "What you type in a report is never put in a page's address",
    "autofill",
    "Private browsing",
]


def set_cookies(response):
    """[(name, its attributes)] of every Set-Cookie header."""
    return [(name, morsel) for name, morsel in response.cookies.items()]


def has_post_form(response):
    return re.search(r'<form[^>]*method="post"', response.content.decode()) is not None


def journey_responses(client, base, **changes):
    """Every page of one journey, the fullest way through, then send and after."""
    data = {**VALID, **changes}
    response = client.get(base + "questions/?sector=taxi")
    seen = [response]
    for _ in range(len(steps.STEPS) + 1):
        step = step_of(response)
        if step not in steps.BY_NAME:
            break
        seen.append(post_step(client, base, response, step, {**data, "what_happened": ""}))
        response = post_step(client, base, response, step, data)  # the error, then right
        seen.append(response)
    assert step_of(response) == steps.CHECK, [step_of(r) for r in seen]
    back = post_step(client, base, response, steps.CHECK, data, go="back")
    sent = client.post(base + "send/", {"payload": hidden(response, "payload")})
    again = post_step(client, base, response, steps.CHECK, data, go="change:what")
    return [*seen, back, sent, again]


@pytest.mark.django_db
def test_every_cookie_the_public_site_sets_is_the_one_covering_your_tracks_describes(
    demo_site, settings
):
    settings.REPORT_MIN_SECONDS = 0
    page_text = text_of(Client().get(COVERING_TRACKS))
    for promise in PROMISES:
        assert promise in page_text, promise

    client = Client()
    responses = {}
    for page in Page.objects.live().public().specific().filter(depth__gt=1):
        url = page.get_url()
        if url:
            responses[url] = client.get(url)
    for url in ("/search/?q=taxi", "/sitemap.xml", "/robots.txt", "/report/follow-up/"):
        responses[url] = client.get(url)
    fuller = {
        "danger_now": "yes",
        "area": "not-sure",
        "locality": "WA8",
        "town": "Widnes",
        "place_type": "online",
        "wants_contact": "yes",
        "contact_phone": "01234 567890",
    }
    for base in (CONCERN, INTELLIGENCE):
        for n, response in enumerate(journey_responses(Client(), base, **fuller)):
            responses[f"{base} step {n}"] = response
    for n, response in enumerate(followup_responses()):
        responses[f"follow-up {n}"] = response

    assert len(responses) > 100
    inventory = {}
    for url, response in responses.items():
        assert response.status_code in (200, 301, 302), (url, response.status_code)
        cookies = set_cookies(response)
        if not has_post_form(response):
            # "Reading this website sets no cookies."
            assert not cookies, (url, cookies)
        for name, morsel in cookies:
            inventory.setdefault(name, set()).add(url)
            # "one cookie, whose name ends in csrftoken" ...
            assert name.endswith("csrftoken"), (url, name)
            # ... "Your browser deletes it when you close the browser".
            assert not morsel["expires"] and not morsel["max-age"], (url, morsel.output())
            assert morsel["httponly"] and morsel["samesite"] == "Strict", morsel.output()
    # The report pages do set it: the page is right to say so.
    assert set(inventory) == {"csrftoken"}
    assert any("step" in url for url in inventory["csrftoken"])


def followup_responses():
    from forms.models import ReportNote
    from forms.submission import save_report

    saved = save_report(saved_answers(), "cookie-inventory")
    ReportNote.objects.create(report=saved.report, kind=ReportNote.Kind.QUESTION, text="When?")
    client = Client()
    credentials = {"reference": saved.report.reference, "receipt_code": saved.receipt_code}
    yield client.get("/report/follow-up/")
    yield client.post("/report/follow-up/", {"reference": "CSE-ZZZZ-ZZZZ", "receipt_code": "x"})
    status = client.post("/report/follow-up/", credentials)
    yield status
    token = hidden(status, "answer_token")
    yield client.post(
        "/report/follow-up/answer/", {**credentials, "answer": "Friday", "answer_token": token}
    )
