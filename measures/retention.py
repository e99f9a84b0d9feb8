"""Retention of the success measures' answers (see core/retention.py).

Feedback, confidence and quiz answers and campaign page counts hold no person, but
they are still what visitors gave us: each goes after its period in
``settings.RETENTION``. Comments are emptied sooner than the yes/no they belong to,
and screened again first with the current word list (measures/feedback.py).
"""

from django.utils.translation import gettext_lazy

from core import retention
from core.data_inventory import holds_none

from .feedback import rescreen_stored
from .models import ConfidenceResponse, PageFeedback, PageView, QuizResponse


def _delete(queryset, run):
    if run.dry_run:
        return {"deleted": queryset.count()}
    return {"deleted": queryset.delete()[0]}


def apply_comments(run):
    passed_on = rescreen_stored(dry_run=run.dry_run)
    old = PageFeedback.objects.filter(
        created_on__lt=run.cutoff("feedback-comments").date()
    ).exclude(comment="")
    emptied = old.count() if run.dry_run else old.update(comment="")
    return {"passed to triage": passed_on, "emptied": emptied}


def rule_deleting(key, model, date_field):
    def apply(run):
        return _delete(model.objects.filter(**{f"{date_field}__lt": run.cutoff(key).date()}), run)

    return apply


GIVEN = gettext_lazy("after the day it was given")
RULES = [
    # (key, what, counted from, apply, the young people's version)
    (
        "feedback-comments",
        gettext_lazy('Comments left on "Was this page helpful?" (adults\' pages)'),
        gettext_lazy("after the day it was given; screened again every day"),
        apply_comments,
        "",
    ),
    (
        "feedback",
        gettext_lazy('Answers to "Was this page helpful?"'),
        GIVEN,
        rule_deleting("feedback", PageFeedback, "created_on"),
        gettext_lazy("If you tell us whether a page helped, we keep your answer for %(duration)s."),
    ),
    (
        "confidence",
        gettext_lazy("Parents' answers to the confidence check"),
        GIVEN,
        rule_deleting("confidence", ConfidenceResponse, "created_on"),
        "",
    ),
    (
        "quiz",
        gettext_lazy("Quiz scores"),
        GIVEN,
        rule_deleting("quiz", QuizResponse, "created_on"),
        gettext_lazy(
            "If you do a quiz, we keep your score for %(duration)s, but not your answers."
        ),
    ),
    (
        "page-views",
        gettext_lazy("Daily counts of views of the Know and See campaign pages"),
        gettext_lazy("after the day counted"),
        rule_deleting("page-views", PageView, "day"),
        "",
    ),
]
for order, (key, what, starts, apply, plain) in enumerate(RULES, start=50):
    retention.register(
        retention.Rule(
            key, what=what, starts=starts, apply=apply, in_plain_words=plain, order=order
        )
    )

holds_none("The screen's word list, written by administrators.", "measures.feedbackscreening")
holds_none(
    "What the partnership says on the privacy notice, written by administrators.",
    "measures.privacysettings",
)
