"""Keeping bots out of the report journeys without tracking anyone.

Two checks, neither of which needs a cookie, an address or a third party:

- a honeypot: a text input people never see or reach (hidden off-screen, out of
  the tab order and from screen readers) that form-filling bots fill in;
- a minimum completion time: the questions page carries a signed timestamp,
  and a report sent sooner than ``REPORT_MIN_SECONDS`` after it was issued is
  refused (a person cannot read and answer the questions that fast).

Rate limiting by address is ``core.ratelimit``; the journeys call it on send.
"""

import time

from django.conf import settings

# Named so that browsers' autofill leaves it alone (no "name", "email", "url"...),
# while a bot that fills every input fills it.
HONEYPOT_FIELD = "further_detail"


def honeypot_filled(data):
    """True when the hidden input came back with anything in it."""
    return bool(data.get(HONEYPOT_FIELD, "").strip())


def min_seconds():
    return settings.REPORT_MIN_SECONDS


def sent_too_fast(issued_at, now=None):
    """True when a report is sent sooner after its questions were shown than a
    person could manage. ``issued_at`` is the signed ticket's Unix time."""
    now = time.time() if now is None else now
    return now - issued_at < min_seconds()
