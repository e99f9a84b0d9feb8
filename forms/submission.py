"""Saving a report: the one transaction at the heart of the reporting journey.

Route, encrypt (the model's fields do it), save the report with its reference
and hashed receipt code, write the notification to the outbox and enqueue its
task — all or nothing. Only after the commit does the reporter see a reference.
A resubmission with the same submission token returns the report already saved.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction

from core.choices import Area

from . import notifications
from .choices import ReportKind, WhenPrecision
from .models import CODE_ALPHABET, Notification, Report, ReportNote, random_code
from .routing import authority_for, route_report, route_screened_text

# Fields of the answers that map one-to-one onto Report fields.
ANSWER_FIELDS = [
    "kind",
    "area_given",
    "locality",
    "what_happened",
    "when_precision",
    "when_date",
    "when_description",
    "place_type",
    "place",
    "people_description",
    "names",
    "usernames",
    "vehicles",
    "danger_now",
    "reporter_role",
    "sector",
    "wants_contact",
    "contact_name",
    "contact_phone",
    "contact_email",
    "language",
]


@dataclass(frozen=True)
class Saved:
    report: Report
    receipt_code: str
    created: bool


def receipt_code_for(submission_token):
    """The receipt code is derived from the submission token with a server key.

    So a resubmission shows the same code, yet we store only its hash, and the
    code cannot be worked out without the key.
    """
    digest = hmac.new(
        settings.SECRET_KEY.encode(), b"receipt-code:" + submission_token.encode(), hashlib.sha256
    ).digest()
    letters = [CODE_ALPHABET[byte % len(CODE_ALPHABET)] for byte in digest[:12]]
    return "-".join("".join(letters[i : i + 4]) for i in range(0, 12, 4))


def save_report(answers, submission_token):
    """Save a report from cleaned answers (a dict with ANSWER_FIELDS, and the ``town``
    chosen for a postcode district that crosses a boundary) exactly once."""
    existing = Report.objects.filter(submission_token=submission_token).first()
    if existing:
        return Saved(existing, receipt_code_for(submission_token), created=False)

    town = answers.get("town", "")
    route = route_report(answers["kind"], answers["area_given"], answers.get("locality", ""), town)
    receipt_code = receipt_code_for(submission_token)
    fields = {name: answers[name] for name in ANSWER_FIELDS if name in answers}
    if town and fields.get("locality"):
        # The handler reads the district typed and the town chosen for it together.
        fields["locality"] = f"{fields['locality']} ({town})"
    try:
        with transaction.atomic():
            report = Report(
                **fields,
                authority=authority_for(route),
                area=route.area,
                routing_reason=route.reason,
                submission_token=submission_token,
                receipt_hash=Report.hash_receipt(receipt_code),
            )
            _save_with_unique_reference(report)
            notification = Notification.objects.create(report=report, authority=report.authority)
            notifications.enqueue(notification)
    except IntegrityError:
        # Two requests with the same token raced (a double click): the first won.
        existing = Report.objects.filter(submission_token=submission_token).first()
        if existing is None:
            raise
        return Saved(existing, receipt_code, created=False)
    return Saved(report, receipt_code, created=True)


def _save_with_unique_reference(report, attempts=5):
    for _ in range(attempts):
        report.reference = "CSE-" + random_code(2)
        if not Report.objects.filter(reference=report.reference).exists():
            report.save()
            return
    raise RuntimeError("could not find a free report reference")


def save_screened_text(text, source, context_note, language):
    """Save words left outside the report forms that may be a disclosure (a page
    feedback comment the screen flagged) as a concern for the triage team, with its
    notification, in one transaction: never lost, never shown to editors.

    ``context_note`` (where it was left, why it was flagged) becomes an internal note.
    Nobody was given a receipt code, so nobody can follow it up: the hash is of a
    random code that is thrown away.
    """
    route = route_screened_text()
    with transaction.atomic():
        report = Report(
            kind=ReportKind.CONCERN,
            source=source,
            authority=authority_for(route),
            area_given=Area.NOT_SURE,
            area=route.area,
            routing_reason=route.reason,
            what_happened=text,
            when_precision=WhenPrecision.UNKNOWN,
            # Nobody said who they are: left empty, shown to handlers as "Not given".
            reporter_role="",
            language=language,
            submission_token=secrets.token_hex(32),
            receipt_hash=Report.hash_receipt(random_code(3)),
        )
        _save_with_unique_reference(report)
        ReportNote.objects.create(report=report, kind=ReportNote.Kind.INTERNAL, text=context_note)
        notification = Notification.objects.create(report=report, authority=report.authority)
        notifications.enqueue(notification)
    return report
