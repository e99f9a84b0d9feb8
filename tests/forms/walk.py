"""Walking a report journey through Django's test client, one question page at a
time, as a browser would: read the page, post its answers with the signed payload
it carries, follow whatever page comes back."""

import html
import re

from django.utils.html import strip_tags

from forms import steps

CONCERN = "/report-a-concern/"
INTELLIGENCE = "/share-information/"

# A complete set of answers: every page asked gets what it needs from here.
VALID = {
    "area": "halton",
    "locality": "",
    "town": "",
    "suggestion": "",
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


def hidden(response, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', response.content.decode())
    assert match, f"no hidden {name} on the page"
    return html.unescape(match.group(1))


def text_of(response):
    return " ".join(html.unescape(strip_tags(response.content.decode())).split())


def heading(response):
    match = re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S)
    return " ".join(html.unescape(strip_tags(match.group(1))).split()) if match else ""


def step_of(response):
    """The page shown: a step's name, "check", "sent", "confirmation" or ""."""
    page = response.content.decode()
    match = re.search(r'name="step" value="([a-z]+)"', page)
    if match:
        return match.group(1)
    if "govuk-panel--confirmation" in page:
        return "confirmation"
    if 'value="new"' in page:
        return "sent"
    return ""


def has_errors(response):
    return "govuk-error-summary" in response.content.decode()


def post_step(client, base, response, step, data, prefix="", **extra):
    """Post one page's answers (from ``data``) with the payload it carried."""
    fields = steps.BY_NAME[step].fields if step in steps.BY_NAME else ()
    posted = {
        "payload": hidden(response, "payload"),
        "step": step,
        **{name: data.get(name, "") for name in fields},
        **extra,
    }
    return client.post(prefix + base + "questions/", posted)


def walk(client, base=CONCERN, query="", prefix="", stop_at=None, **changes):
    """From the first question to "check your answers" with VALID changed by
    ``changes``. Stops early at a page with errors, at ``stop_at``, or at anything
    that is not a question page. Returns (response, names of the pages passed)."""
    data = {**VALID, **changes}
    response = client.get(prefix + base + "questions/" + query)
    assert response.status_code == 200
    passed = []
    for _ in range(len(steps.STEPS) + 2):
        step = step_of(response)
        if step not in steps.BY_NAME or (passed and has_errors(response)) or step == stop_at:
            return response, passed
        passed.append(step)
        response = post_step(client, base, response, step, data, prefix)
    raise AssertionError(f"the journey did not end: {passed}")


def answer(client, base=CONCERN, **changes):
    """The page the walk ends on: "check your answers", or a page with errors."""
    return walk(client, base, **changes)[0]


def send(client, base, payload, prefix="", **extra):
    return client.post(prefix + base + "send/", {"payload": payload, **extra})


def complete(client, base=CONCERN, prefix="", **changes):
    """Every question, then send. Returns the confirmation."""
    check, passed = walk(client, base, prefix=prefix, **changes)
    assert step_of(check) == steps.CHECK, (passed, text_of(check)[:300])
    return send(client, base, hidden(check, "payload"), prefix)
