"""What happens to a page feedback comment: screened, then kept for editors or passed
to the triage team (see measures/screening.py for why).

A flagged comment becomes a concern in the Pan-Cheshire triage team's inbox, encrypted
like any report, with a note saying where it was left and which checks it matched
(never the words that matched). The feedback row keeps only that a comment was passed
on, so editors' lists and CSVs can never show it.
"""

from django.db import transaction
from django.utils import formats, translation

from forms.choices import ReportSource
from forms.submission import save_screened_text

from .models import FeedbackScreening, PageFeedback
from .screening import screen


def listed_words():
    return FeedbackScreening.load().words


def passes_screen(text, words=None):
    """True when editors may read ``text``."""
    return not screen(text, listed_words() if words is None else words).flagged


def pass_on(row, text, reasons):
    """Send a flagged comment to triage and record only that it went."""
    with translation.override("en"):
        note = (
            f'Left in the comment box of "Was this page helpful?" on the page '
            f'"{row.page_title}" on {formats.date_format(row.created_on, "j F Y")} '
            f"(answer: {'yes' if row.helpful else 'no'}). Flagged by the feedback screen "
            f"({', '.join(reasons)}). Nobody was given a reference or receipt code, so "
            "the writer cannot be contacted or follow it up through the site."
        )
    language = translation.get_language() or "en"
    with transaction.atomic():
        save_screened_text(text, ReportSource.PAGE_FEEDBACK, note, language[:2])
        PageFeedback.objects.filter(pk=row.pk).update(comment="", comment_passed_on=True)


def receive_comment(row, text, always_pass_on=False):
    """Screen a new comment and keep it or pass it on. Returns True if passed on.

    One comment per answer: a resent form neither overwrites nor sends it twice.
    ``always_pass_on`` sends it to triage whatever the screen says.
    """
    if row.comment or row.comment_passed_on:
        return row.comment_passed_on
    verdict = screen(text, listed_words())
    if verdict.flagged or always_pass_on:
        pass_on(row, text, verdict.reasons or ("left where no comment box is offered",))
        return True
    PageFeedback.objects.filter(pk=row.pk, comment="").update(comment=text)
    return False


def rescreen_stored(dry_run=False):
    """Screen the comments already kept, with today's word list: an administrator may
    have added a word since. Returns how many were passed on."""
    words = listed_words()
    flagged = [
        (row, verdict)
        for row in PageFeedback.objects.exclude(comment="")
        if (verdict := screen(row.comment, words)).flagged
    ]
    if not dry_run:
        for row, verdict in flagged:
            pass_on(row, row.comment, verdict.reasons)
    return len(flagged)
