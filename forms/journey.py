"""The pages of a report journey, from the first question to the confirmation.

One thing per page (``forms.steps`` says which pages, in which order). There is
no session: every page carries the answers so far in one hidden field, signed
(so nobody can change them between pages), compressed, and refused once it is
more than a day old. Answers never go in an address, so never in the browser's
history: every page after the first is the answer to a POST, and "Back" is a
small form that posts the answers back. Nothing here logs what anyone typed.

questions/   GET: the first question, with a fresh ticket (a random submission
             token signed with the time, see below). POST: the answers to one
             page; shows that page again with its errors, or the next page, or
             "check your answers". Also "Back", and "Change" from the check page.
check/       POST: "check your answers" (a report already sent can start again
             from here as a new report, with the same answers).
send/        POST: save the report once per ticket, and show the reference and
             receipt code in the response itself.

The ticket is issued with the first question and travels with the answers. Its
token makes a double click or a resent page save one report, not two
(``save_report`` is idempotent per token), and lets any page tell that its
report was already sent; its time is the start of the minimum completion time
(``core.abuse``).

Every response here is ``Cache-Control: no-store``, and sets no cookie but
Django's CSRF cookie, which lasts only as long as the browser is open. Form pages
send their own referrer policy, ``same-origin``: with the site's ``no-referrer``
browsers send ``Origin: null`` on a POST, which Django's CSRF check (rightly)
refuses; ``same-origin`` still sends nothing to any other site.
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
from core.choices import Sector
from core.middleware import mark_form_page

from . import routing, steps
from .forms import ANSWER_INPUTS, YES, ReportForm
from .models import Report
from .submission import save_report

PAYLOAD_FIELD = "payload"
STEP_FIELD = "step"
GO_FIELD = "go"  # which button: continue (the default), skip, back, change:<page>, new
TICKET_FIELD = "ticket"  # only on the one-page form of earlier versions
PAYLOAD_MAX_AGE = 24 * 60 * 60  # seconds
TICKET_SALT = "reports.journey.ticket"
RATE_LIMIT_SCOPE = "report-send"
BACK, SKIP, CHANGE, NEW = "back", "skip", "change:", "new"

TEMPLATES = {
    "step": "forms/report_step.html",
    "check": "forms/report_check.html",
    "sent": "forms/report_already_sent.html",
    "confirmation": "forms/report_confirmation.html",
}


@dataclass(frozen=True)
class Notice:
    """A message at the top of a page: why the reporter is seeing it again."""

    title: str
    text: str
    phone_alternatives: bool = False
    is_error: bool = True


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
NEW_REPORT = Notice(
    _("This is a new report"),
    _(
        "Your answers from the report you sent are below. Change what you need to, then "
        "send it. It will get its own reference."
    ),
    is_error=False,
)


# Tickets and payloads ------------------------------------------------------------------


@dataclass(frozen=True)
class Ticket:
    token: str
    issued_at: int  # Unix time the first question was shown
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


def sign_payload(kind, answers, ticket, changing=False):
    data = {"answers": answers, "ticket": ticket.value, "changing": changing}
    return signing.dumps(data, salt=_payload_salt(kind), compress=True)


class PayloadError(Exception):
    """The payload was changed, is for the other journey, or is not ours at all."""


@dataclass(frozen=True)
class Payload:
    answers: dict
    ticket: Ticket
    expired: bool
    changing: bool = False  # on the way back to "check your answers"


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
        changing = bool(data.get("changing"))
    except (TypeError, KeyError, AttributeError):
        raise PayloadError from None
    if ticket is None:
        raise PayloadError
    return Payload(answers, ticket, expired, changing)


def empty_answers():
    return dict.fromkeys(ANSWER_INPUTS, "")


# Rendering -----------------------------------------------------------------------------


def _render(page, request, template, context, status=200):
    urls = {name: page.step_url(request, name) for name in ("questions", "check", "send")}
    response = page.render(
        request,
        template=TEMPLATES[template],
        context_overrides={
            "start_url": page.get_url(request),
            "questions_url": urls["questions"],
            "check_url": urls["check"],
            "send_url": urls["send"],
            "payload_field": PAYLOAD_FIELD,
            "step_field": STEP_FIELD,
            "go_field": GO_FIELD,
            "honeypot_field": abuse.HONEYPOT_FIELD,
            **context,
        },
    )
    response.status_code = status
    if template == "confirmation":
        # No form on it: it keeps the site's no-referrer, but is never stored.
        add_never_cache_headers(response)
        patch_cache_control(response, no_store=True)
    else:
        mark_form_page(response)
    return response


def _errors_for(form, step):
    """The form's errors on this page's fields only, for the templates."""
    fields = set(step.fields)
    errors = {name: message for name, message in form.first_errors().items() if name in fields}
    if set(form.date_error_parts) & fields and "when" in form.first_errors():
        errors["when"] = form.first_errors()["when"]
    listed = [(anchor, message) for anchor, message in form.error_list() if anchor in fields]
    if "when" in errors:
        first = next(name for name in ("when_day", "when_month", "when_year") if name in fields)
        listed = [item for item in listed if item[0] not in form.date_error_parts]
        listed.append((first, errors["when"]))
    return errors, listed


def render_step(
    page, request, name, answers, ticket, *, changing=False, errors=False, notice=None, status=200
):
    """One question page, filled in with the answers so far. With ``errors``, the
    answers to this page are checked and their problems shown next to each field."""
    step = steps.BY_NAME[name]
    form = ReportForm(answers, kind=page.kind, asked=step.fields)
    field_errors, error_list = {}, []
    if errors and not form.is_valid():
        field_errors, error_list = _errors_for(form, step)
    previous = steps.previous_step(page.kind, answers, name)
    return _render(
        page,
        request,
        "step",
        {
            "step": step,
            "step_template": f"forms/steps/{step.name}.html",
            "form": form,
            "errors": field_errors,
            "error_list": error_list,
            "date_error_parts": form.date_error_parts if field_errors else set(),
            "payload": sign_payload(page.kind, answers, ticket, changing),
            # Back goes to the check page after a "Change", else to the page before.
            "back_posts": changing or previous is not None,
            "back_to_check": changing,
            "notice": notice,
        },
        status=status,
    )


def render_check(page, request, form, ticket, *, notice=None, status=200):
    """ "Check your answers": what was given, what can still be added, and who will
    receive the report (``forms.routing``), with a way to change each."""
    rows = form.summary()
    return _render(
        page,
        request,
        "check",
        {
            "form": form,
            "rows": [row for row in rows if row["given"]],
            "optional_rows": [row for row in rows if not row["given"]],
            "recipient": routing.recipient(page.kind, form.route()),
            "danger_now": form.cleaned_data["danger_now"] == YES,
            "payload": sign_payload(page.kind, form.raw_answers(), ticket),
            "notice": notice,
        },
        status=status,
    )


def render_sent(page, request, report, payload):
    """A page of a report already sent: say so, and offer a new report instead."""
    return _render(
        page,
        request,
        "sent",
        {
            "reference": report.reference,
            "payload": sign_payload(page.kind, payload.answers, payload.ticket),
            "followup_url": reverse("followup:check"),
        },
    )


def _start_again(page, request):
    """A tampered or foreign payload: the first question again, empty, with a new ticket."""
    first = steps.STEPS[0].name
    return render_step(
        page, request, first, empty_answers(), new_ticket(), notice=TAMPERED, status=400
    )


def _not_post(request, page):
    """The pages after the first are reached by POST only. A GET (a bookmark, a
    link shared by mistake) goes back to the first question, where a journey starts."""
    if request.method in ("GET", "HEAD"):
        return HttpResponseRedirect(page.step_url(request, "questions"))
    return HttpResponseNotAllowed(["POST"])


def _already_sent(payload):
    return Report.objects.filter(submission_token=payload.ticket.token).only("reference").first()


def _first_problem(page, request, form, ticket, notice=None, status=200):
    """Answers that do not pass as a whole (rules changed since, or the flow was
    skipped): the first page with a problem, with its errors."""
    answers = form.raw_answers()
    problems = [
        name
        for name in steps.asked(page.kind, answers)
        if set(steps.BY_NAME[name].fields) & set(form.errors)
    ]
    # Once it is put right, Continue goes back to the check page.
    return render_step(
        page,
        request,
        problems[0] if problems else steps.STEPS[0].name,
        answers,
        ticket,
        changing=bool(problems),
        errors=True,
        notice=notice,
        status=status,
    )


# Pages ---------------------------------------------------------------------------------


def questions(page, request, *, csrf_failed=False):
    if request.method in ("GET", "HEAD"):
        answers = empty_answers()
        # ``?sector=taxi`` on a poster's QR code: "who are you" comes ready answered.
        sector = request.GET.get("sector", "")
        if sector in Sector.values:
            answers["reporter_role"] = sector
        return render_step(page, request, steps.STEPS[0].name, answers, new_ticket())
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    data = request.POST
    if PAYLOAD_FIELD not in data and TICKET_FIELD in data:
        return _whole_form(page, request, csrf_failed)
    try:
        payload = read_payload(page.kind, data.get(PAYLOAD_FIELD))
    except PayloadError:
        return _start_again(page, request)
    if sent := _already_sent(payload):
        return render_sent(page, request, sent, payload)

    current = data.get(STEP_FIELD, "")
    go = data.get(GO_FIELD, "")
    answers, ticket = payload.answers, payload.ticket
    if current != steps.CHECK and current not in steps.BY_NAME:
        return _start_again(page, request)
    if go == BACK:
        return _back(page, request, payload, current)
    if go.startswith(CHANGE) and go[len(CHANGE) :] in steps.BY_NAME:
        return render_step(page, request, go[len(CHANGE) :], answers, ticket, changing=True)
    if current == steps.CHECK:
        return check(page, request)

    step = steps.BY_NAME[current]
    answers = {**answers, **{name: data.get(name, "") for name in step.fields}}
    if csrf_failed:
        return render_step(
            page,
            request,
            current,
            answers,
            ticket,
            changing=payload.changing,
            notice=TIMED_OUT_QUESTIONS,
            status=403,
        )
    if abuse.honeypot_filled(data):
        return render_step(
            page, request, current, answers, ticket, changing=payload.changing, notice=HONEYPOT
        )
    form = ReportForm(answers, kind=page.kind, asked=step.fields)
    form.is_valid()
    if set(step.fields) & set(form.errors):
        return render_step(
            page, request, current, answers, ticket, changing=payload.changing, errors=True
        )
    answers = _settle(step, answers)
    following = steps.next_step(page.kind, answers, current, payload.changing)
    if go == SKIP and step.optional:
        # "Skip to check your answers": the details left can still be added there.
        following = steps.CHECK
    if following == steps.CHECK:
        return _check_or_first_problem(page, request, answers, ticket)
    return render_step(page, request, following, answers, ticket, changing=payload.changing)


def _settle(step, answers):
    """The answers after a page passed its checks: a "did you mean" accepted becomes
    the place, and a town or suggestion that no longer fits the place is dropped."""
    if step.name == "suggest" and answers["suggestion"] != routing.NONE_OF_THESE:
        # "Did you mean Macclesfield?" Yes: the place is now the name they meant.
        answers = {**answers, "locality": answers["suggestion"], "suggestion": ""}
    return steps.forget_stale(answers)


def _back(page, request, payload, current):
    answers, ticket = payload.answers, payload.ticket
    if payload.changing:
        form = ReportForm(answers, kind=page.kind)
        if form.is_valid():
            return render_check(page, request, form, ticket)
    previous = steps.previous_step(page.kind, answers, current)
    if previous is None:
        return HttpResponseRedirect(page.get_url(request))
    return render_step(page, request, previous, answers, ticket)


def _check_or_first_problem(page, request, answers, ticket, notice=None, status=200):
    form = ReportForm(answers, kind=page.kind)
    if not form.is_valid():
        return _first_problem(page, request, form, ticket)
    return render_check(page, request, form, ticket, notice=notice, status=status)


def _whole_form(page, request, csrf_failed):
    """All the answers in one POST, as the one-page form of earlier versions sent
    them (a page left open across an update): check them as a whole."""
    data = request.POST
    ticket = read_ticket(data.get(TICKET_FIELD)) or new_ticket()
    answers = {name: data.get(name, "") for name in ANSWER_INPUTS}
    form = ReportForm(answers, kind=page.kind)
    if csrf_failed or abuse.honeypot_filled(data) or not form.is_valid():
        notice = TIMED_OUT_QUESTIONS if csrf_failed else None
        if abuse.honeypot_filled(data):
            notice = HONEYPOT
        status = 403 if csrf_failed else 200
        return _first_problem(page, request, form, ticket, notice=notice, status=status)
    return render_check(page, request, form, ticket)


def _checked_payload(page, request):
    """(form, payload) from the POSTed payload, or (None, the response to show instead)."""
    if request.method != "POST":
        return None, _not_post(request, page)
    try:
        payload = read_payload(page.kind, request.POST.get(PAYLOAD_FIELD))
    except PayloadError:
        return None, _start_again(page, request)
    form = ReportForm(payload.answers, kind=page.kind)
    if payload.expired:
        return None, _first_problem_or_check(page, request, form, payload.ticket, STALE)
    if not form.is_valid():
        # Signed answers are ones we accepted, but the rules may have changed since.
        return None, _first_problem(page, request, form, payload.ticket)
    return (form, payload), None


def _first_problem_or_check(page, request, form, ticket, notice):
    if form.is_valid():
        return render_check(page, request, form, ticket, notice=notice)
    return _first_problem(page, request, form, ticket, notice=notice)


def check(page, request, *, notice=None):
    checked, response = _checked_payload(page, request)
    if response:
        return response
    form, payload = checked
    ticket = payload.ticket
    if _already_sent(payload):
        if request.POST.get(GO_FIELD) != NEW:
            return render_sent(page, request, _already_sent(payload), payload)
        # The same answers, as a new report: a new ticket, so a new reference.
        return render_check(page, request, form, new_ticket(), notice=NEW_REPORT)
    status = 403 if notice else 200
    return render_check(page, request, form, ticket, notice=notice, status=status)


def rate_limit_allows(request):
    """The one place the report journey asks ``core.ratelimit`` (on sending)."""
    return ratelimit.allow(request, RATE_LIMIT_SCOPE)


def send(page, request):
    checked, response = _checked_payload(page, request)
    if response:
        return response
    form, payload = checked
    ticket = payload.ticket

    def again(notice, status):
        return render_check(page, request, form, ticket, notice=notice, status=status)

    if abuse.honeypot_filled(request.POST):
        return again(HONEYPOT, 200)
    already_sent = _already_sent(payload) is not None
    if not already_sent:
        if abuse.sent_too_fast(ticket.issued_at):
            return again(TOO_FAST, 400)
        if not rate_limit_allows(request):
            return again(RATE_LIMITED, 429)
    try:
        saved = save_report(form.answers(get_language()), ticket.token)
    except DatabaseError:
        return again(NOT_SAVED, 503)
    return confirmation(page, request, saved, form.route())


def confirmation(page, request, saved, route):
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
            "recipient": routing.recipient(page.kind, route, authority),
            "contacts": [contact for contact in authority.contacts.all() if contact.is_usable],
            "wants_contact": report.wants_contact,
            "danger_now": report.danger_now,
            "followup_url": reverse("followup:check"),
        },
    )


def after_csrf_failure(page, request, step, reason=""):
    """A POST to ``step`` whose CSRF check failed: show that page again, with the
    answers it carried and a fresh token, and do nothing else (nothing is sent)."""
    from django.middleware.csrf import REASON_BAD_ORIGIN, REASON_BAD_REFERER, REASON_NO_REFERER

    browser_refused = reason.startswith(
        (REASON_NO_REFERER, REASON_BAD_REFERER.split("%")[0], REASON_BAD_ORIGIN.split("%")[0])
    )
    if step == "questions":
        if request.POST.get(STEP_FIELD) == steps.CHECK:
            return check(page, request, notice=TIMED_OUT)
        return questions(page, request, csrf_failed=True)
    if step in ("check", "send"):
        return check(page, request, notice=BROWSER_REFUSED if browser_refused else TIMED_OUT)
    return None
