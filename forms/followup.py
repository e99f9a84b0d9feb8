"""Anonymous follow-up: a reporter comes back with the reference and receipt code
from the confirmation page, sees the report's status in plain words and answers
any question the handler asked.

No account and no session: after a successful check the answer form carries the
reference and code in hidden fields, and they are checked again when it is sent.
A wrong code, a reference that does not exist and a locked reference all get the
same message, and each path computes the receipt hash and reads the lockout
counters, so neither the words nor (much) the timing tell them apart. The page
never shows anything the reporter typed, not even their earlier answers: only
the handler's questions and when they were answered.

Who is locked out
-----------------
Wrong codes are counted per pair of (reference, connection): the connection as
``core.ratelimit`` counts it, a keyed hash with a rotating secret, never the
address. Five wrong codes lock that pair for an hour, so a stranger who knows a
reference locks out only themselves, never the reporter on their own phone.
Wrong codes for one reference are also counted from every connection together.
Past a ceiling that only slows guessing: each further connection gets a single
try an hour instead of five (a reporter who has not got the code wrong still
gets in), and the triage team and administrators are told, with an entry in the
report's history (``forms.monitor``). With 31^12 possible codes, guessing is
hopeless anyway; the ceiling is for noticing someone trying.
"""

import hashlib
import hmac
import re
import secrets

from django import forms
from django.core.cache import cache
from django.db import transaction
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry

from core import ratelimit
from core.middleware import form_page

from .choices import ReportStatus
from .forms import LimitedText
from .models import Report, ReportNote

ADDRESS_SCOPE = "followup"  # every check and every answer, per client address
PAIR_SCOPE = "followup-pair"  # wrong codes, per (reference, client address hash)
REFERENCE_SCOPE = "followup-reference"  # wrong codes, per reference, from anywhere
ANSWER_LOG_ACTION = "reports.answer_received"
GUESSED_LOG_ACTION = "reports.followup_guessed"
ANSWER_MAX_LENGTH = 5000
# An answer form's one-time token is remembered this long, so a double click or
# a resubmitted page saves one answer.
ANSWER_TOKEN_SECONDS = 24 * 60 * 60

NOT_FOUND = _(
    "We could not find a report with those details. Check the reference and receipt code."
)
TOO_MANY = _(
    "You have tried too many times. Wait an hour and try again, or call one of the "
    "numbers below to talk to someone now."
)
NO_QUESTION = _(
    "There is no question to answer. If the team asks you something, it will appear here. "
    "If there is more to tell us, make a new report or call one of the numbers below."
)
CLOSED_NO_ANSWERS = _(
    "This report has been closed, so it cannot take answers. If there is more to tell us, "
    "make a new report or call one of the numbers below."
)

STATUS_MESSAGES = {
    ReportStatus.NEW: _("We have your report and will read it."),
    ReportStatus.IN_PROGRESS: _("Someone is looking into your report."),
    ReportStatus.PASSED_ON: _(
        "We have passed your report on to the people who can act on it, such as the police "
        "or another council."
    ),
    ReportStatus.CLOSED: _("We have finished looking into your report. Thank you for telling us."),
}
STATUS_TAG_CLASSES = {
    ReportStatus.NEW: "",
    ReportStatus.IN_PROGRESS: "govuk-tag--turquoise",
    ReportStatus.PASSED_ON: "govuk-tag--purple",
    ReportStatus.CLOSED: "govuk-tag--grey",
}

# Compared against when no report has the reference, so both paths do the same work.
_NO_REPORT_HASH = "0" * 64
_REFERENCE = re.compile(r"^(?:CSE)?([A-Z0-9]{8})$")
_RECEIPT = re.compile(r"^[A-Z0-9]{12}$")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def _compact(value):
    """Upper case without spaces or dashes (of any kind a phone keyboard may insert)."""
    return re.sub(r"[\s\-\u2010-\u2015\u2212]+", "", value or "").upper()


class FollowUpForm(forms.Form):
    """The reference and receipt code, in whatever spacing and case people type."""

    reference = forms.CharField(
        label=_("Reference"),
        help_text=_("The reference starts CSE-, for example CSE-ABCD-2345."),
        max_length=40,
        error_messages={"required": _("Enter the reference from the page you saw after sending")},
    )
    receipt_code = forms.CharField(
        label=_("Receipt code"),
        help_text=_("12 letters and numbers, for example ABCD-EFGH-2345."),
        max_length=40,
        error_messages={
            "required": _("Enter the receipt code from the page you saw after sending")
        },
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "%s")
        super().__init__(*args, **kwargs)

    def clean_reference(self):
        match = _REFERENCE.match(_compact(self.cleaned_data["reference"]))
        if not match:
            raise forms.ValidationError(
                _("Enter the reference as it was shown to you, like CSE-ABCD-2345")
            )
        code = match.group(1)
        return f"CSE-{code[:4]}-{code[4:]}"

    def clean_receipt_code(self):
        code = _compact(self.cleaned_data["receipt_code"])
        if not _RECEIPT.match(code):
            raise forms.ValidationError(
                _("Enter the receipt code as it was shown to you, like ABCD-EFGH-2345")
            )
        return code


class AnswerForm(forms.Form):
    answer = LimitedText(
        limit=ANSWER_MAX_LENGTH,
        short_name=_("Your answer"),
        multiline=True,
        required=True,
        label=_("Your answer"),
        help_text=_(
            "Write as much or as little as you want. Do not give your name unless you want to."
        ),
        error_messages={"required": _("Enter your answer")},
    )
    answer_token = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "%s")
        super().__init__(*args, **kwargs)

    def clean_answer_token(self):
        token = self.cleaned_data["answer_token"]
        return token if _TOKEN.match(token or "") else ""


def find_report(request, reference, receipt_code):
    """The report these details open, or None: wrong code, no such report, or locked.

    Every path looks up the reference, reads the lockout counters and hashes the
    code, so the time taken says little about which of them it was. Any failure
    counts against the reference and this connection's pair, whether or not a
    report has the reference.
    """
    report = (
        Report.objects.filter(reference=reference)
        # Only the columns needed: decrypting fields here would make a real
        # reference measurably slower than an unknown one.
        .only("pk", "reference", "status", "receipt_hash")
        .first()
    )
    pair = _pair(request, reference)
    guessed = ratelimit.is_locked(REFERENCE_SCOPE, reference)
    # Past the reference's ceiling each connection gets one try, not five.
    locked = ratelimit.is_locked(PAIR_SCOPE, pair, limit=1 if guessed else None)
    stored = report.receipt_hash if report is not None else _NO_REPORT_HASH
    matches = hmac.compare_digest(stored, Report.hash_receipt(receipt_code))
    if report is not None and matches and not locked:
        return report
    ratelimit.record_failure(PAIR_SCOPE, pair)
    failures = ratelimit.record_failure(REFERENCE_SCOPE, reference)
    if report is not None and failures == ratelimit.limit_for(REFERENCE_SCOPE).limit:
        _tell_of_guessing(report)
    return None


def _pair(request, reference):
    """The (reference, connection) pair, as ``core.ratelimit`` keys a connection: a
    keyed hash with a rotating secret, never the address."""
    return f"{reference}|{ratelimit.client_key(request, PAIR_SCOPE)}"


def _tell_of_guessing(report):
    """Once per window: the report's history, and the triage team and administrators."""
    from . import monitor

    if log_registry.action_exists(GUESSED_LOG_ACTION):
        log(instance=report, action=GUESSED_LOG_ACTION, user=None)
    monitor.raise_guessing_alert(report.reference)


def _error_list(form):
    """(element id, first message) per field for the GOV.UK error summary, in page order."""
    first_field = next(iter(form.fields))
    return [
        (form[name].id_for_label if name in form.fields else first_field, messages[0])
        for name, messages in form.errors.items()
    ]


def _thread(report):
    """The handler's questions, with when each was answered (never what was answered)."""
    notes = list(
        report.notes.filter(kind__in=[ReportNote.Kind.QUESTION, ReportNote.Kind.ANSWER])
        .defer("text")
        .order_by("created_at", "pk")
    )
    question_ids = [note.pk for note in notes if note.kind == ReportNote.Kind.QUESTION]
    texts = dict(ReportNote.objects.filter(pk__in=question_ids).values_list("pk", "text"))
    return [
        {
            "is_question": note.kind == ReportNote.Kind.QUESTION,
            "text": texts.get(note.pk, ""),
            "created_at": note.created_at,
        }
        for note in notes
    ]


def _open_in(thread):
    """True when the team's latest question has no answer after it."""
    return bool(thread) and thread[-1]["is_question"]


def has_open_question(report):
    """A question from the team that the reporter has not answered yet."""
    latest = (
        report.notes.filter(kind__in=[ReportNote.Kind.QUESTION, ReportNote.Kind.ANSWER])
        .order_by("-created_at", "-pk")
        .values_list("kind", flat=True)
        .first()
    )
    return latest == ReportNote.Kind.QUESTION


def _render_check(request, form, errors=(), status=200):
    return render(
        request,
        "forms/followup/check.html",
        {"form": form, "errors": list(errors)},
        status=status,
    )


def _credentials(form):
    """The reference and code to carry in hidden fields: tidied once they are valid."""
    if form.is_valid():
        return {name: form.cleaned_data[name] for name in ("reference", "receipt_code")}
    return {name: form.data.get(name, "") for name in ("reference", "receipt_code")}


def _render_status(request, report, credentials, answer_form=None, errors=None):
    if answer_form is None:
        answer_form = AnswerForm(initial={"answer_token": secrets.token_urlsafe(24)})
    thread = _thread(report)
    return render(
        request,
        "forms/followup/status.html",
        {
            "report": report,
            "status_label": report.get_status_display(),
            "status_message": STATUS_MESSAGES.get(report.status, ""),
            "status_tag_class": STATUS_TAG_CLASSES.get(report.status, ""),
            "thread": thread,
            "can_answer": report.status != ReportStatus.CLOSED and _open_in(thread),
            "credentials": credentials,
            "answer_form": answer_form,
            "errors": _error_list(answer_form) if errors is None else errors,
        },
    )


@form_page
@require_http_methods(["GET", "POST"])
def check(request):
    """GET: ask for the reference and receipt code. POST: show the report's status."""
    if request.method == "GET":
        return _render_check(request, FollowUpForm())
    form = FollowUpForm(request.POST)
    if not ratelimit.allow(request, ADDRESS_SCOPE):
        return _render_check(request, form, [("reference", TOO_MANY)], status=429)
    if not form.is_valid():
        return _render_check(request, form, _error_list(form))
    report = find_report(request, form.cleaned_data["reference"], form.cleaned_data["receipt_code"])
    if report is None:
        form.add_error("reference", NOT_FOUND)
        return _render_check(request, form, _error_list(form))
    return _render_status(request, report, _credentials(form))


@form_page
@require_POST
def answer(request):
    """Save the reporter's answer to a question, after checking the details again."""
    credentials = FollowUpForm(request.POST)
    answer_form = AnswerForm(request.POST)
    if not ratelimit.allow(request, ADDRESS_SCOPE):
        # Nothing is checked; what they typed stays on the page to send later.
        return render(
            request,
            "forms/followup/limited.html",
            {
                "credentials": _credentials(credentials),
                "answer_form": answer_form,
                "errors": [("answer", TOO_MANY)],
            },
            status=429,
        )
    if not credentials.is_valid():
        return _render_check(request, credentials, _error_list(credentials))
    data = credentials.cleaned_data
    report = find_report(request, data["reference"], data["receipt_code"])
    if report is None:
        credentials.add_error("reference", NOT_FOUND)
        return _render_check(request, credentials, _error_list(credentials))
    if report.status == ReportStatus.CLOSED:
        return _render_status(
            request, report, _credentials(credentials), errors=[("status", CLOSED_NO_ANSWERS)]
        )
    if _token_used(answer_form.data.get("answer_token", "")):
        # The same form again (a double click, a resent page): it was saved the first time.
        return render(request, "forms/followup/sent.html", {"report": report})
    if not has_open_question(report):
        return _render_status(
            request, report, _credentials(credentials), errors=[("status", NO_QUESTION)]
        )
    if not answer_form.is_valid():
        return _render_status(request, report, _credentials(credentials), answer_form)
    typed = answer_form.cleaned_data
    save_answer(report, typed["answer"], typed["answer_token"])
    return render(request, "forms/followup/sent.html", {"report": report})


def _token_key(token):
    return f"followup-answer:{hashlib.sha256(token.encode()).hexdigest()}"


def _token_used(token):
    return bool(_TOKEN.match(token or "")) and cache.get(_token_key(token)) is not None


def save_answer(report, text, token=""):
    """Save an answer once per form token. Returns False for a repeat of the same form."""
    token_key = ""
    if token:
        token_key = _token_key(token)
        if not cache.add(token_key, 1, timeout=ANSWER_TOKEN_SECONDS):
            return False
    try:
        with transaction.atomic():
            ReportNote.objects.create(report=report, kind=ReportNote.Kind.ANSWER, text=text)
            if log_registry.action_exists(ANSWER_LOG_ACTION):
                # The entry says that an answer came and when: never what it says.
                log(instance=report, action=ANSWER_LOG_ACTION, user=None)
    except BaseException:
        if token_key:
            cache.delete(token_key)
        raise
    return True
