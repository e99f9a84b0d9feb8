"""The figures for the quarterly meeting, worked out in one place.

Each function takes the quarter (and, for reports, the queryset the user may
count: ``forms.permissions.reports_counted_for``) and returns a ``Table``: the
same rows feed the chart, the table beside it and the CSV export.
"""

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Min, Q, Sum
from django.utils.translation import gettext_lazy as _

from forms.choices import ReporterRole, ReportKind, ReportStatus
from forms.inbox import NOTE_ADDED, QUESTION_ASKED, REASSIGNED, STATUS_CHANGED
from forms.models import ReportLogEntry

from .feedback import listed_words, passes_screen
from .forms import REASONS
from .models import ConfidenceResponse, PageFeedback, PageView, QuizResponse
from .quarters import MONTH_NAMES

# What counts as a handler acting on a report (opening it to read does not).
ACTIONS = [STATUS_CHANGED, NOTE_ADDED, QUESTION_ASKED, REASSIGNED]
SECONDS_PER_DAY = 24 * 60 * 60
CONFIDENCE_SCALE = range(1, 6)


@dataclass
class Table:
    key: str  # used in the CSV link and file name
    title: str
    headers: list
    rows: list
    # (label, value) pairs to draw, or empty for no chart.
    chart: list = field(default_factory=list)
    note: str = ""

    @property
    def chart_max(self):
        return max([value for _label, value in self.chart] + [1])


def reports_in_quarter(reports, quarter):
    start, end = quarter.bounds()
    return reports.filter(created_at__gte=start, created_at__lt=end)


def _counted(key, title, labels, counts, header):
    rows = [[label, counts.get(value, 0)] for value, label in labels]
    return Table(key, title, [header, _("Reports")], rows, chart=[(r[0], r[1]) for r in rows])


def reports_by_authority(reports, quarter, authorities):
    counts = dict(
        reports_in_quarter(reports, quarter)
        .values_list("authority_id")
        .annotate(n=Count("id"))
        .values_list("authority_id", "n")
    )
    labels = [(authority.pk, authority.name) for authority in authorities]
    return _counted("authority", _("Reports by authority"), labels, counts, _("Authority"))


def reports_by_kind(reports, quarter):
    counts = _count_by(reports_in_quarter(reports, quarter), "kind")
    return _counted("kind", _("Reports by kind"), ReportKind.choices, counts, _("Kind"))


def reports_by_role(reports, quarter):
    counts = _count_by(reports_in_quarter(reports, quarter), "reporter_role")
    return _counted(
        "role", _("Reports by who sent them"), ReporterRole.choices, counts, _("Reporter")
    )


def reports_by_month(reports, quarter):
    counts = Counter(
        (created.year, created.month)
        for created in _local(reports_in_quarter(reports, quarter).values_list("created_at"))
    )
    labels = [((y, m), f"{MONTH_NAMES[m - 1]} {y}") for y, m in quarter.months]
    return _counted("month", _("Reports by month received"), labels, counts, _("Month"))


def _local(values):
    from django.utils import timezone

    return [timezone.localtime(value[0]) for value in values]


def _count_by(queryset, name):
    return dict(queryset.values_list(name).annotate(n=Count("id")).values_list(name, "n"))


def _median_days(durations):
    if not durations:
        return None
    return round(statistics.median(durations) / SECONDS_PER_DAY, 1)


def handling_times(reports, quarter):
    """Median days from arrival to the first action, and to closing, of the
    quarter's reports (those not yet acted on or closed are counted apart)."""
    received = list(
        reports_in_quarter(reports, quarter).values_list("id", "created_at", "closed_at")
    )
    ids = [str(pk) for pk, _c, _d in received]
    first_actions = dict(
        ReportLogEntry.objects.filter(object_id__in=ids, action__in=ACTIONS)
        .values("object_id")
        .annotate(first=Min("timestamp"))
        .values_list("object_id", "first")
    )
    to_action, to_close = [], []
    for pk, created, closed in received:
        first = first_actions.get(str(pk))
        if first is not None:
            to_action.append((first - created).total_seconds())
        if closed is not None:
            to_close.append((closed - created).total_seconds())
    dash = "–"
    rows = [
        [_("Reports received"), len(received), dash],
        [_("Acted on"), len(to_action), _median_days(to_action)],
        [_("Not yet acted on"), len(received) - len(to_action), dash],
        [_("Closed"), len(to_close), _median_days(to_close)],
    ]
    rows = [[label, n, dash if days is None else days] for label, n, days in rows]
    return Table(
        "handling",
        _("Handling times"),
        [_("Reports"), _("Number"), _("Median days")],
        rows,
        note=_(
            "Acting on a report means changing its status, adding a note, asking the "
            "reporter a question or passing it on. Opening it to read does not count."
        ),
    )


def passed_on_ids(reports):
    """Ids of reports passed on: to another authority, or marked "passed on"."""
    marked = set(reports.filter(status=ReportStatus.PASSED_ON).values_list("id", flat=True))
    logged = ReportLogEntry.objects.filter(
        Q(action=REASSIGNED) | Q(action=STATUS_CHANGED, data__to=ReportStatus.PASSED_ON)
    ).values_list("object_id", flat=True)
    return marked | {int(pk) for pk in logged if pk.isdigit()}


# --- Surveys ----------------------------------------------------------------------------


def _in_days(queryset, quarter):
    first, last = quarter.day_range()
    return queryset.filter(created_on__gte=first, created_on__lte=last)


def confidence(quarter):
    answers = list(_in_days(ConfidenceResponse.objects, quarter).values_list("before", "after"))
    before = Counter(b for b, _a in answers)
    after = Counter(a for _b, a in answers if a is not None)
    rows = [[score, before.get(score, 0), after.get(score, 0)] for score in CONFIDENCE_SCALE]
    pairs = [(b, a) for b, a in answers if a is not None]
    mean_before = round(statistics.mean(b for b, _a in pairs), 1) if pairs else "–"
    mean_after = round(statistics.mean(a for _b, a in pairs), 1) if pairs else "–"
    summary = [
        [_("Answered before reading"), len(answers)],
        [_("Answered again after reading"), len(pairs)],
        [_("Average before (both answered)"), mean_before],
        [_("Average after (both answered)"), mean_after],
        [_("More confident after"), sum(1 for b, a in pairs if a > b)],
        [_("Same"), sum(1 for b, a in pairs if a == b)],
        [_("Less confident after"), sum(1 for b, a in pairs if a < b)],
    ]
    return (
        Table(
            "confidence",
            _("Parents' confidence about online and social media risks"),
            [_("Measure"), _("Value")],
            summary,
            chart=[(_("Average before"), mean_before if pairs else 0)]
            + [(_("Average after"), mean_after if pairs else 0)],
            note=_("1 means not at all confident, 5 very confident."),
        ),
        Table(
            "confidence-scores",
            _("Confidence answers by score"),
            [_("Score"), _("Before reading"), _("After reading")],
            rows,
        ),
    )


def quiz_scores(quarter):
    results = list(
        _in_days(QuizResponse.objects, quarter).values_list("quiz_title", "score", "total")
    )
    counts = Counter((title, score, total) for title, score, total in results)
    rows = [[title, f"{score} / {total}", n] for (title, score, total), n in sorted(counts.items())]
    return Table(
        "quiz",
        _("Children's quiz scores"),
        [_("Quiz"), _("Score"), _("Children")],
        rows,
        chart=[(f"{title}: {score}", n) for title, score, n in rows],
        note=_("Only the score and which answers were right are kept."),
    )


def quiz_questions(quarter):
    """Per quiz and question: how many got it right, of how many."""
    right = defaultdict(lambda: [0, 0])
    for title, answers in _in_days(QuizResponse.objects, quarter).values_list(
        "quiz_title", "right"
    ):
        for number, was_right in enumerate(answers, start=1):
            right[(title, number)][0] += 1 if was_right else 0
            right[(title, number)][1] += 1
    rows = [[title, number, r, n] for (title, number), (r, n) in sorted(right.items())]
    return Table(
        "quiz-questions",
        _("Quiz answers right, by question"),
        [_("Quiz"), _("Question"), _("Right"), _("Answered")],
        rows,
    )


def page_feedback(quarter):
    grouped = (
        _in_days(PageFeedback.objects, quarter)
        .values("page_title")
        .annotate(yes=Count("id", filter=Q(helpful=True)), no=Count("id", filter=Q(helpful=False)))
        .order_by("page_title")
    )
    rows = [[row["page_title"], row["yes"], row["no"]] for row in grouped]
    return Table(
        "feedback",
        _("Was this page helpful?"),
        [_("Page"), _("Yes"), _("No")],
        rows,
        chart=[(f"{title}: {_('no')}", no) for title, _yes, no in rows if no],
    )


def feedback_comments(quarter):
    """The comments editors may read. Each is screened again as it is shown, with
    today's word list: one kept before a word was added is hidden at once (and passed
    to triage by the next daily run: measures/retention.py)."""
    words = listed_words()
    rows = [
        [created.isoformat(), title, _("Yes") if helpful else _("No"), comment]
        for created, title, helpful, comment in _in_days(
            PageFeedback.objects.exclude(comment=""), quarter
        )
        .order_by("created_on", "id")
        .values_list("created_on", "page_title", "helpful", "comment")
        if passes_screen(comment, words)
    ]
    return Table(
        "comments",
        _("Comments on page feedback"),
        [_("Day"), _("Page"), _("Helpful"), _("Comment")],
        rows,
        note=_(
            "Comments that may be about someone's safety, or that name a person, a school, "
            "a phone number, an email or an address, are not shown here: they go to the "
            "Pan-Cheshire triage team."
        ),
    )


def feedback_reasons(quarter):
    """How often each of the children's fixed reasons was chosen."""
    counts = Counter(
        reason
        for reasons in _in_days(PageFeedback.objects.exclude(reasons=[]), quarter).values_list(
            "reasons", flat=True
        )
        for reason in reasons
    )
    rows = [[label, counts.get(value, 0)] for value, label in REASONS]
    return Table(
        "feedback-reasons",
        _("Reasons children chose"),
        [_("Reason"), _("Times chosen")],
        rows,
        chart=[tuple(row) for row in rows],
    )


def campaign_views(quarter):
    first, last = quarter.day_range()
    grouped = (
        PageView.objects.filter(day__gte=first, day__lte=last)
        .values("path")
        .annotate(views=Sum("count"))
        .order_by("-views", "path")
    )
    rows = [[row["path"], row["views"]] for row in grouped]
    return Table(
        "campaign-views",
        _("Know and See campaign page views"),
        [_("Page address"), _("Views")],
        rows,
        chart=[tuple(row) for row in rows],
        note=_("Counted on the server; no cookies. Each time a page is opened counts once."),
    )


def resource_downloads():
    from resources.models import Resource

    rows = [
        [title, count]
        for title, count in Resource.objects.filter(download_count__gt=0)
        .order_by("-download_count", "title")
        .values_list("title", "download_count")
    ]
    return Table(
        "downloads",
        _("Resource downloads"),
        [_("Resource"), _("Downloads")],
        rows,
        chart=[tuple(row) for row in rows[:10]],
        note=_("Totals since the resource was added: downloads are not counted by quarter."),
    )
