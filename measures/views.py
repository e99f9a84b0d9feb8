"""Where the forms embedded in pages post to, and the pages that answer them.

The forms sit on content pages that must stay cacheable and set no cookie, so
they carry no CSRF token and these endpoints are ``csrf_exempt``. There is
nothing to forge: the visitor has no session and no account, and an answer
changes nothing but an anonymous count. Bots are kept out as on the report
forms: the honeypot (``core.abuse``) and the per-address rate limit
(``core.ratelimit``, which never keeps the address).

Feedback and the confidence check answer a POST with a redirect (POST-redirect-GET)
to a page that is never cached. What those pages need to know travels in a signed
query value, never a session: the signature stops anyone reading another row or
changing an answer. The quiz is the exception: its result is the answer to the POST
itself, so a child's answers are never in an address, and so never in the browser's
history. Nothing here stores or logs an address, user agent, session or user.

On children's pages (measures/children.py) feedback offers a fixed list of reasons
and no comment box; elsewhere a comment is screened before anyone sees it
(measures/feedback.py).
"""

import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.fields import StreamField
from wagtail.models import Page

from core import abuse, ratelimit
from core.middleware import form_page, mark_form_page

from . import feedback as comments
from .blocks import ConfidenceCheckBlock, QuizBlock
from .children import is_for_children, worried_links
from .forms import (
    YES,
    CommentForm,
    ConfidenceForm,
    FeedbackForm,
    QuizForm,
    ReasonsForm,
    mark,
    quiz_key,
)
from .models import ConfidenceResponse, PageFeedback, QuizResponse

# Set on the request when a page is shown again after the "before" answer.
CONFIDENCE_STATE = "measures_confidence"
RATE_LIMIT_SCOPE = "measures"
DEFAULT_RATE_LIMIT = {"limit": 30, "window": 60 * 60}
FEEDBACK_SALT = "measures.feedback"
CONFIDENCE_SALT = "measures.confidence"
# The thank-you and "after" pages are never cached, so their values can expire.
# (The forms on cached content pages carry no signed value at all.)
STATE_MAX_AGE = 24 * 60 * 60


# --- Shared -------------------------------------------------------------------------


def _allow(request):
    rule = getattr(settings, "MEASURES_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    return ratelimit.allow(request, RATE_LIMIT_SCOPE, limit=rule["limit"], window=rule["window"])


def _see_other(url):
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def _with_query(name, **params):
    return reverse(f"measures:{name}") + "?" + urlencode(params)


def _live_page(pk):
    if not str(pk or "").isdigit():
        return None
    return Page.objects.live().public().filter(pk=int(pk)).specific().first()


def _page_or_404(pk):
    page = _live_page(pk)
    if page is None:
        raise Http404("No such page.")
    return page


def _loads(value, salt, max_age=None):
    try:
        return signing.loads(value or "", salt=salt, max_age=max_age)
    except signing.BadSignature:
        raise Http404("This link has expired or is not complete.") from None


def _rate_limited(request):
    return render(request, "measures/rate_limited.html", status=429)


def page_blocks(page, block_class):
    """The values of the top-level blocks of ``block_class`` in every StreamField of the page."""
    for model_field in page._meta.get_fields():
        if isinstance(model_field, StreamField):
            for child in getattr(page, model_field.name) or []:
                if isinstance(child.block, block_class):
                    yield child.value


def _error_list(form):
    """(field id, first message) pairs for the error summary."""
    return [(form[name].auto_id, errors[0]) for name, errors in form.errors.items()]


def _today():
    return timezone.localdate()


# --- Was this page helpful? -------------------------------------------------------------


@csrf_exempt
@require_POST
@form_page
def feedback(request):
    page = _page_or_404(request.POST.get("page"))
    if abuse.honeypot_filled(request.POST):
        return _see_other(page.url or "/")  # a bot: say nothing, keep nothing
    form = FeedbackForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "measures/feedback.html",
            {"form": form, "for_page": page, "error_list": _error_list(form)},
        )
    if not _allow(request):
        return _rate_limited(request)
    row = PageFeedback.objects.create(
        page=page,
        page_title=page.title,
        helpful=form.cleaned_data["helpful"] == YES,
        created_on=_today(),
    )
    token = signing.dumps({"f": row.pk}, salt=FEEDBACK_SALT)
    return _see_other(_with_query("feedback_thanks", t=token))


def _feedback_row(token):
    data = _loads(token, FEEDBACK_SALT, max_age=STATE_MAX_AGE)
    row = PageFeedback.objects.select_related("page").filter(pk=data.get("f")).first()
    if row is None:
        raise Http404("No such answer.")
    return row


def _thanks_context(request, row, token, form=None):
    """What the thank-you page shows: a comment box on adults' pages, a fixed list of
    reasons on children's pages (with where to go instead if they are worried)."""
    for_children = row.page is not None and is_for_children(row.page)
    if form is None:
        form = ReasonsForm() if for_children else CommentForm()
    context = {"row": row, "token": token, "form": form, "for_children": for_children}
    if for_children:
        context["worried"] = worried_links(request)
    if form.errors:
        context["error_list"] = _error_list(form)
    return context


@require_GET
@form_page
def feedback_thanks(request):
    token = request.GET.get("t", "")
    row = _feedback_row(token)
    return render(request, "measures/feedback_thanks.html", _thanks_context(request, row, token))


@csrf_exempt
@require_POST
@form_page
def feedback_comment(request):
    """A comment (adults' pages): screened, then kept for editors or sent to triage."""
    token = request.POST.get("t", "")
    row = _feedback_row(token)
    if abuse.honeypot_filled(request.POST):
        return _see_other(_with_query("feedback_thanks", t=token))
    form = CommentForm(request.POST)
    if not form.is_valid():
        context = _thanks_context(request, row, token, form)
        return render(request, "measures/feedback_thanks.html", context)
    if not _allow(request):
        return _rate_limited(request)
    comment = form.cleaned_data["comment"].strip()
    if comment:
        # A children's page offers no comment box, so this came some other way:
        # whatever it says goes to the triage team, never to editors.
        for_children = row.page is not None and is_for_children(row.page)
        comments.receive_comment(row, comment, always_pass_on=for_children)
    return _see_other(_with_query("feedback_thanks", t=token))


@csrf_exempt
@require_POST
@form_page
def feedback_reasons(request):
    """The fixed list of reasons (children's pages): kept once per answer."""
    token = request.POST.get("t", "")
    row = _feedback_row(token)
    if abuse.honeypot_filled(request.POST):
        return _see_other(_with_query("feedback_thanks", t=token))
    form = ReasonsForm(request.POST)
    if not form.is_valid():
        context = _thanks_context(request, row, token, form)
        return render(request, "measures/feedback_thanks.html", context)
    if not _allow(request):
        return _rate_limited(request)
    reasons = form.cleaned_data["reasons"]
    if reasons:
        PageFeedback.objects.filter(pk=row.pk, reasons=[]).update(reasons=reasons)
    return _see_other(_with_query("feedback_thanks", t=token))


# --- Parents' confidence check ---------------------------------------------------------


def _confidence_block(page, stage):
    for value in page_blocks(page, ConfidenceCheckBlock):
        if value["stage"] == stage:
            return value
    raise Http404("This page has no confidence check.")


@csrf_exempt
@require_POST
@form_page
def confidence(request):
    page = _page_or_404(request.POST.get("page"))
    stage = "after" if request.POST.get("stage") == "after" else "before"
    block = _confidence_block(page, stage)
    state_token = request.POST.get("s", "")
    state = _loads(state_token, CONFIDENCE_SALT, STATE_MAX_AGE) if stage == "after" else None
    if state is not None and state.get("p") != page.pk:
        raise Http404("This answer is for another page.")
    if abuse.honeypot_filled(request.POST):
        return _see_other(page.url or "/")
    form = ConfidenceForm(request.POST, question=block["question"], stage=stage)
    if not form.is_valid():
        context = {"form": form, "for_page": page, "stage": stage, "state_token": state_token}
        context["error_list"] = _error_list(form)
        return render(request, "measures/confidence.html", context)
    if not _allow(request):
        return _rate_limited(request)
    score = int(form.cleaned_data["score"])
    if stage == "before":
        token = secrets.token_hex(16)
        ConfidenceResponse.objects.create(page=page, before=score, token=token, created_on=_today())
        signed = signing.dumps({"t": token, "b": score, "p": page.pk}, salt=CONFIDENCE_SALT)
        url = reverse("measures:confidence_page", args=[page.pk]) + "?" + urlencode({"s": signed})
        return _see_other(url + "#confidence-before")
    updated = ConfidenceResponse.objects.filter(token=state["t"], after__isnull=True).update(
        after=score
    )
    if not updated and not ConfidenceResponse.objects.filter(token=state["t"]).exists():
        # The "before" row has gone (deleted by an administrator): keep the pair anyway.
        ConfidenceResponse.objects.create(
            page=page, before=state["b"], after=score, token=state["t"], created_on=_today()
        )
    done = signing.dumps({"b": state["b"], "a": score, "p": page.pk}, salt=CONFIDENCE_SALT)
    return _see_other(_with_query("confidence_done", s=done))


@require_GET
def confidence_page(request, page_id):
    """The page again, after the first answer: the same content, with the question at
    the end ready to answer. Never cached (it carries this visitor's first answer)."""
    state_token = request.GET.get("s", "")
    state = _loads(state_token, CONFIDENCE_SALT, STATE_MAX_AGE)
    if state.get("p") != page_id or "t" not in state:
        raise Http404("This answer is for another page.")
    page = _page_or_404(page_id)
    _confidence_block(page, "after")  # only pages that ask again are shown here
    setattr(request, CONFIDENCE_STATE, {"before": state["b"], "token": state_token})
    response = page.serve(request)
    if hasattr(response, "render"):
        response.render()
    response["X-Robots-Tag"] = "noindex"
    return mark_form_page(response)


@require_GET
@form_page
def confidence_done(request):
    state = _loads(request.GET.get("s", ""), CONFIDENCE_SALT, STATE_MAX_AGE)
    page = _live_page(state.get("p"))
    return render(
        request,
        "measures/confidence_done.html",
        {"before": state.get("b"), "after": state.get("a"), "for_page": page},
    )


# --- Children's quiz ---------------------------------------------------------------------


def _quiz(page, key):
    for value in page_blocks(page, QuizBlock):
        if quiz_key(value) == key:
            return value
    return None


def _quiz_changed(request, page):
    return render(request, "measures/quiz_changed.html", {"for_page": page}, status=409)


@csrf_exempt
@require_POST
@form_page
def quiz(request):
    page = _page_or_404(request.POST.get("page"))
    value = _quiz(page, request.POST.get("quiz", ""))
    if value is None:
        return _quiz_changed(request, page)
    if abuse.honeypot_filled(request.POST):
        return _see_other(page.url or "/")
    form = QuizForm(request.POST, quiz=value)
    if not form.is_valid():
        context = {"form": form, "quiz": value, "for_page": page, "error_list": _error_list(form)}
        return render(request, "measures/quiz.html", context)
    if not _allow(request):
        return _rate_limited(request)
    marked = mark(value, form.chosen())
    score = sum(1 for item in marked if item["right"])
    QuizResponse.objects.create(
        page=page,
        quiz_title=str(value["title"]),
        score=score,
        total=len(marked),
        right=[item["right"] for item in marked],
        created_on=_today(),
    )
    # The result answers the POST: no redirect, so no address ever holds the answers.
    context = {"quiz": value, "marked": marked, "score": score, "total": len(marked)}
    return render(request, "measures/quiz_result.html", {**context, "for_page": page})


@require_GET
@form_page
def quiz_result_gone(request):
    """Quiz results used to be shown at an address that carried the answers. Such an
    address may still be in a browser's history: it shows nothing now."""
    return render(request, "measures/quiz_gone.html", status=410)
