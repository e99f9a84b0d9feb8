"""The steps of a report journey, from the questions to the confirmation.

There is no session: each step carries the answers forward in one hidden field,
signed (so nobody can change them between steps), compressed, and refused once
it is more than a day old. Nothing here logs what anyone typed.

questions/   GET: the questions, with a fresh ticket (a random submission token
             signed with the time, see below). POST: check the answers, then
             show the 999 page (a child in danger now) or "check your answers".
check/       POST from the 999 page: "check your answers".
send/        POST: save the report once per ticket, and show the reference and
             receipt code in the response itself.

The ticket is issued when the questions are first shown and travels with the
answers. Its token makes a double click or a resent page save one report, not
two (``save_report`` is idempotent per token); its time is the start of the
minimum completion time (``core.abuse``).

Every response here is ``Cache-Control: no-store``, and sets no cookie but
Django's CSRF cookie. Form pages send their own referrer policy, ``same-origin``:
with the site's ``no-referrer`` browsers send ``Origin: null`` on a POST, which
Django's CSRF check (rightly) refuses; ``same-origin`` still sends nothing to
any other site.
"""

import secrets
from dataclasses import dataclass

from django.core import signing
from django.db import DatabaseError
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core import abuse, ratelimit
from core.choices import Area, Sector
from core.middleware import mark_form_page

from .choices import AuthorityKind
from .forms import ANSWER_INPUTS, YES, ReportForm
from .models import Report
from .submission import save_report

PAYLOAD_FIELD = "payload"
TICKET_FIELD = "ticket"
CHANGE_FIELD = "change"
PAYLOAD_MAX_AGE = 24 * 60 * 60  # seconds
TICKET_SALT = "reports.journey.ticket"
RATE_LIMIT_SCOPE = "report-send"

TEMPLATES = {
    "questions": "forms/report_questions.html",
    "danger": "forms/report_danger.html",
    "check": "forms/report_check.html",
    "confirmation": "forms/report_confirmation.html",
}


@dataclass(frozen=True)
class Notice:
    """A message at the top of a step: why the reporter is seeing it again."""

    title: str
    text: str
    phone_alternatives: bool = False


TAMPERED = Notice(
    _("We could not read your answers"),
    _(
        "Something went wrong with the page, so please answer the questions again. "
        "Nothing has been sent."
    ),
)
STALE = Notice(
    _("This page was open for a long time"),
    _("For your security, check your answers and continue."),
)
HONEYPOT = Notice(_("There is a problem"), _("Please check your answers and continue."))
TOO_FAST = Notice(_("There is a problem"), _("Please check your answers and send again."))
TIMED_OUT_QUESTIONS = Notice(
    _("This page timed out"),
    _("For your security this page timed out. Check your answers and continue."),
)
TIMED_OUT = Notice(
    _("This page timed out"),
    _("For your security this page timed out. Check your answers and send again."),
)
BROWSER_REFUSED = Notice(
    _("Your browser blocked a security check"),
    _(
        "Your browser did not send the information this form needs to stay secure, so "
        "nothing has been sent. Your answers are below: try again, or if it keeps "
        "happening, phone instead."
    ),
    phone_alternatives=True,
)
RATE_LIMITED = Notice(
    _("Your report has not been sent yet"),
    _(
        "Too many reports have been sent from your connection in the last hour, so we "
        "cannot take another one right now. Your answers are below: try again later, or "
        "phone instead."
    ),
    phone_alternatives=True,
)
NOT_SAVED = Notice(
    _("Your report has not been sent yet"),
    _(
        "Something went wrong on our side. Your answers are below: try sending again in "
        "a few minutes, or phone instead."
    ),
    phone_alternatives=True,
)


# Tickets and payloads ------------------------------------------------------------------


@dataclass(frozen=True)
class Ticket:
    token: str
    issued_at: int  # Unix time the questions were first shown
    value: str  # the signed form, as carried in the page


def new_ticket(token=None):
    """A ticket for a new journey (or, with ``token``, the same journey re-issued)."""
    signer = signing.TimestampSigner(salt=TICKET_SALT)
    return read_ticket(signer.sign(token or secrets.token_urlsafe(32)))


def read_ticket(value):
    """The Ticket in a signed value, or None if it is not one we issued.

    Its age is not limited here: the payload's age is, and the issue time only
    ever sets a minimum.
    """
    signer = signing.TimestampSigner(salt=TICKET_SALT)
    try:
        token = signer.unsign(value or "")
        issued_at = signing.b62_decode(value.rsplit(signer.sep, 2)[1])
    except (signing.BadSignature, ValueError, IndexError):
        return None
    return Ticket(token, issued_at, value)


def _payload_salt(kind):
    return f"reports.journey.answers.{kind}"


def sign_payload(kind, answers, ticket):
    return signing.dumps(
        {"answers": answers, "ticket": ticket.value}, salt=_payload_salt(kind), compress=True
    )


class PayloadError(Exception):
    """The payload was changed, is for the other journey, or is not ours at all."""


@dataclass(frozen=True)
class Payload:
    answers: dict
    ticket: Ticket
    expired: bool


def read_payload(kind, value):
    salt = _payload_salt(kind)
    expired = False
    try:
        data = signing.loads(value or "", salt=salt, max_age=PAYLOAD_MAX_AGE)
    except signing.SignatureExpired:
        # Ours and unchanged, only old: the answers can be shown again to be checked.
        data = signing.loads(value, salt=salt)
        expired = True
    except (signing.BadSignature, ValueError):
        raise PayloadError from None
    try:
        answers = {name: str(data["answers"].get(name, "")) for name in ANSWER_INPUTS}
        ticket = read_ticket(data["ticket"])
    except (TypeError, KeyError, AttributeError):
        raise PayloadError from None
    if ticket is None:
        raise PayloadError
    return Payload(answers, ticket, expired)


# Rendering -----------------------------------------------------------------------------


def _render(page, request, step, context, status=200):
    urls = {name: page.step_url(request, name) for name in ("questions", "check", "send")}
    response = page.render(
        request,
        template=TEMPLATES[step],
        context_overrides={
            "step": step,
            "start_url": page.get_url(request),
            "questions_url": urls["questions"],
            "check_url": urls["check"],
            "send_url": urls["send"],
            "payload_field": PAYLOAD_FIELD,
            "ticket_field": TICKET_FIELD,
            "change_field": CHANGE_FIELD,
            "honeypot_field": abuse.HONEYPOT_FIELD,
            **context,
        },
    )
    response.status_code = status
    if step == "confirmation":
        # No form on it: it keeps the site's no-referrer, but is never stored.
        add_never_cache_headers(response)
        patch_cache_control(response, no_store=True)
    else:
        mark_form_page(response)
    return response


def render_questions(page, request, form, ticket, *, errors=True, notice=None, status=200):
    shown_errors = errors and form.is_bound and not form.is_valid()
    return _render(
        page,
        request,
        "questions",
        {
            "form": form,
            "errors": form.first_errors() if shown_errors else {},
            "error_list": form.error_list() if shown_errors else [],
            "date_error_parts": form.date_error_parts if shown_errors else set(),
            "ticket": ticket.value,
            "notice": notice,
        },
        status=status,
    )


def _render_after_questions(page, request, form, ticket, *, step=None, notice=None, status=200):
    """The step after valid answers: the 999 page or "check your answers"."""
    if step is None:
        step = "danger" if form.cleaned_data["danger_now"] == YES else "check"
    context = {
        "form": form,
        "payload": sign_payload(page.kind, form.raw_answers(), ticket),
        "notice": notice,
    }
    if step == "check":
        context["rows"] = form.summary()
        context["danger_now"] = form.cleaned_data["danger_now"] == YES
    return _render(page, request, step, context, status=status)


def _start_again(page, request):
    """A tampered or foreign payload: the questions again, empty, with a new ticket."""
    form = ReportForm(kind=page.kind)
    return render_questions(page, request, form, new_ticket(), notice=TAMPERED, status=400)


def _not_post(request, page):
    """The steps after the questions are reached by POST only. A GET (a bookmark, a
    link shared by mistake) goes back to the questions, which is where a journey
    starts."""
    if request.method in ("GET", "HEAD"):
        return HttpResponseRedirect(page.step_url(request, "questions"))
    return HttpResponseNotAllowed(["POST"])


# Steps ---------------------------------------------------------------------------------


def prefill(query):
    """Initial answers from the address: ``?sector=taxi`` on a poster's QR code."""
    sector = query.get("sector", "")
    if sector in Sector.values:
        return {"reporter_role": sector}
    return {}


def questions(page, request, *, csrf_failed=False):
    if request.method in ("GET", "HEAD"):
        form = ReportForm(kind=page.kind, initial=prefill(request.GET))
        return render_questions(page, request, form, new_ticket())
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])

    data = request.POST
    if CHANGE_FIELD in data:
        # "Change" on check your answers: the questions again, filled in.
        try:
            payload = read_payload(page.kind, data.get(PAYLOAD_FIELD))
        except PayloadError:
            return _start_again(page, request)
        form = ReportForm(payload.answers, kind=page.kind)
        notice = TIMED_OUT_QUESTIONS if csrf_failed else None
        return render_questions(page, request, form, payload.ticket, errors=False, notice=notice)

    ticket = read_ticket(data.get(TICKET_FIELD)) or new_ticket()
    answers = {name: data.get(name, "") for name in ANSWER_INPUTS}
    form = ReportForm(answers, kind=page.kind)
    if abuse.honeypot_filled(data):
        return render_questions(page, request, form, ticket, errors=False, notice=HONEYPOT)
    if not form.is_valid():
        if csrf_failed:
            return render_questions(
                page, request, form, ticket, notice=TIMED_OUT_QUESTIONS, status=403
            )
        return render_questions(page, request, form, ticket)
    if csrf_failed:
        return render_questions(page, request, form, ticket, notice=TIMED_OUT_QUESTIONS, status=403)
    return _render_after_questions(page, request, form, ticket)


def _checked_payload(page, request):
    """(form, ticket) from the POSTed payload, or (None, the response to show instead)."""
    if request.method != "POST":
        return None, _not_post(request, page)
    try:
        payload = read_payload(page.kind, request.POST.get(PAYLOAD_FIELD))
    except PayloadError:
        return None, _start_again(page, request)
    form = ReportForm(payload.answers, kind=page.kind)
    if payload.expired:
        return None, render_questions(page, request, form, payload.ticket, notice=STALE)
    if not form.is_valid():
        # Signed answers are ones we accepted, but the rules may have changed since.
        return None, render_questions(page, request, form, payload.ticket)
    return (form, payload.ticket), None


def check(page, request, *, notice=None):
    checked, response = _checked_payload(page, request)
    if response:
        return response
    form, ticket = checked
    status = 403 if notice else 200
    return _render_after_questions(
        page, request, form, ticket, step="check", notice=notice, status=status
    )


def rate_limit_allows(request):
    """The one place the report journey asks ``core.ratelimit`` (on sending)."""
    return ratelimit.allow(request, RATE_LIMIT_SCOPE)


def send(page, request):
    checked, response = _checked_payload(page, request)
    if response:
        return response
    form, ticket = checked

    def again(notice, status):
        return _render_after_questions(
            page, request, form, ticket, step="check", notice=notice, status=status
        )

    if abuse.honeypot_filled(request.POST):
        return render_questions(page, request, form, ticket, errors=False, notice=HONEYPOT)
    already_sent = Report.objects.filter(submission_token=ticket.token).exists()
    if not already_sent:
        if abuse.sent_too_fast(ticket.issued_at):
            return again(TOO_FAST, 400)
        if not rate_limit_allows(request):
            return again(RATE_LIMITED, 429)
    try:
        saved = save_report(form.answers(get_language()), ticket.token)
    except DatabaseError:
        return again(NOT_SAVED, 503)
    return confirmation(page, request, form, saved)


def confirmation(page, request, form, saved):
    report = saved.report
    authority = report.authority
    return _render(
        page,
        request,
        "confirmation",
        {
            "reference": report.reference,
            "receipt_code": saved.receipt_code,
            "authority": authority,
            "contacts": [contact for contact in authority.contacts.all() if contact.is_usable],
            "triage": authority.kind == AuthorityKind.TRIAGE,
            "outside_cheshire": report.area_given == Area.OUTSIDE,
            "wants_contact": report.wants_contact,
            "danger_now": report.danger_now,
            "followup_url": reverse("followup:check"),
        },
    )


def after_csrf_failure(page, request, step, reason=""):
    """A POST to ``step`` whose CSRF check failed: show that step again, with the
    answers it carried and a fresh token, and do nothing else (nothing is sent)."""
    from django.middleware.csrf import REASON_BAD_ORIGIN, REASON_BAD_REFERER, REASON_NO_REFERER

    browser_refused = reason.startswith(
        (REASON_NO_REFERER, REASON_BAD_REFERER.split("%")[0], REASON_BAD_ORIGIN.split("%")[0])
    )
    if step == "questions":
        return questions(page, request, csrf_failed=True)
    if step in ("check", "send"):
        return check(page, request, notice=BROWSER_REFUSED if browser_refused else TIMED_OUT)
    return None
