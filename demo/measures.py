"""Build the measures app's demo pages and demo figures from content/measures.yaml and
content/figures.yaml, once, from seed_demo.

Pages (created once, then left to editors):
- /years-5-and-6/quick-quiz/ and /young-people/quick-quiz/: the children's quizzes;
- /parents-and-carers/online-safety-check/: a short guide for parents with the
  confidence check at its start and its end;
- /what-happens-to-reports/: the public figures page.

Figures, so the dashboard has something to show in `make run`: page feedback,
confidence answers, quiz results, campaign page views and a set of clearly
fictional reports, saved through the reporting app's own ``save_report``. All
are dated in the last complete quarter (the dashboard's default) and the one
before it. Running it again adds nothing: reports and confidence answers have
fixed tokens, page views are one row per path and day, and feedback and quiz
results are added only to empty tables.
"""

import datetime

from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from audiences.models import ContentPage
from forms.choices import ReportStatus
from forms.inbox import REASSIGNED, STATUS_CHANGED
from forms.models import Authority, Report, ReportLogEntry
from forms.submission import save_report
from home.factories import stream_data
from measures.forms import mark
from measures.models import (
    ConfidenceResponse,
    PageFeedback,
    PageView,
    QuizResponse,
    ReportFiguresPage,
)
from measures.quarters import Quarter
from resources.models import Resource

from .loaders import load


def written_blocks(items):
    """A body as ``[(block_type, value)]``, rich text kept as written (line breaks too)."""
    return [next(iter(item.items())) for item in items]


def quiz(copy):
    """A quiz block's value from its copy, each answer marked right or not."""
    if any(item["right"] not in item["answers"] for item in copy["questions"]):
        raise ValueError(f"A question in '{copy['title']}' has no right answer among its answers.")
    return {
        "title": copy["title"],
        "intro": copy["intro"],
        "questions": [
            {
                "question": item["question"],
                "answers": [
                    {"text": text, "correct": text == item["right"]} for text in item["answers"]
                ],
                "explanation": item["explanation"],
            }
            for item in copy["questions"]
        ],
    }


def quiz_pages():
    """``[{"parent", "slug", "title", "summary", "quiz"}, ...]``, each quiz as its block
    stores it."""
    copy = load("measures.yaml")
    return [{**page, "quiz": quiz(page["quiz"])} for page in copy["quiz_pages"]]


def parents_guide_body():
    return written_blocks(load("measures.yaml")["parents_guide"]["body"])


def demo_reports():
    """(token, answers, quarters back, day in quarter, status steps, pass to police after)."""
    plan = load("figures.yaml")["reports"]
    roles, handling = plan["reporters"], plan["handling"]
    number = 0
    for back, counts in enumerate([plan["last_quarter"], plan["quarter_before"]]):
        for area, count in counts.items():
            for index in range(count):
                role = roles[number % len(roles)]
                answers = {
                    "kind": "intelligence" if role in ("taxi", "hotel") else "concern",
                    "area_given": area,
                    "what_happened": plan["text"],
                    "when_precision": "unknown",
                    "place_type": plan["places"].get(role, "other"),
                    "reporter_role": role,
                    "sector": role if role in ("taxi", "hotel") else "",
                    "language": "en",
                }
                day = (index * 13 + number * 7) % 88
                passed_after = 1 if area == "not-sure" else None
                steps = [tuple(step) for step in handling[number % len(handling)]]
                yield (f"r{number:02d}", answers, back, day, steps, passed_after)
                number += 1


def seed_measures(home):
    copy, figures = load("measures.yaml"), load("figures.yaml")
    quarter = Quarter.current().previous()
    pages = {
        "quiz": [_ensure_quiz_page(home, copy["quiz_intro"], page) for page in quiz_pages()],
        "guide": _ensure_parents_guide(home, copy["parents_guide"]),
        "figures": _ensure_figures_page(home, copy["figures_page"]),
    }
    _seed_reports(quarter)
    _seed_feedback(home, quarter, figures["feedback"])
    _seed_confidence(pages["guide"], quarter, figures["confidence"])
    _seed_quiz_results(home, quarter, figures["quiz_results"])
    _seed_page_views(home, quarter, figures["campaign_views"])
    _seed_downloads(home, figures["campaign_downloads"])
    return pages


# --- Pages ---------------------------------------------------------------------------


def _page_at(home, path):
    url_path = home.url_path + path.lstrip("/")
    page = Page.objects.filter(url_path=url_path).first()
    return page.specific if page else None


def _ensure_page(parent, model, slug, **fields):
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific  # editors own it from now on
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _ensure_quiz_page(home, intro, copy):
    parent = _page_at(home, copy["parent"])
    if parent is None:
        return None
    body = [("text", intro), ("quiz", copy["quiz"])]
    return _ensure_page(
        parent,
        ContentPage,
        copy["slug"],
        title=copy["title"],
        summary=copy["summary"],
        body=stream_data(body),
    )


def _ensure_parents_guide(home, copy):
    parent = _page_at(home, copy["parent"])
    if parent is None:
        return None
    return _ensure_page(
        parent,
        ContentPage,
        copy["slug"],
        title=copy["title"],
        summary=copy["summary"],
        body=stream_data(written_blocks(copy["body"])),
    )


def _ensure_figures_page(home, copy):
    return _ensure_page(
        home,
        ReportFiguresPage,
        copy["slug"],
        title=copy["title"],
        summary=copy["summary"],
        body=stream_data(written_blocks(copy["body"])),
    )


# --- Figures ---------------------------------------------------------------------------


def _day(quarter, offset):
    return quarter.first_day + datetime.timedelta(days=offset)


def _at(day, hour=10):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def _seed_reports(quarter):
    quarters = {0: quarter, 1: quarter.previous()}
    for token, answers, back, day, steps, passed_after in demo_reports():
        saved = save_report(answers, f"demo-measures-{token}")
        if not saved.created:
            continue
        report = saved.report
        created = _at(_day(quarters[back], day))
        Report.objects.filter(pk=report.pk).update(created_at=created)
        if passed_after is not None:
            _pass_to_police(report, created + datetime.timedelta(days=passed_after))
        for status, after_days in steps:
            _change_status(report, status, created + datetime.timedelta(days=after_days))


def _log(report, action, when, data):
    ReportLogEntry.objects.log_action(report, action, data=data, timestamp=when)


def _change_status(report, status, when):
    report.refresh_from_db()
    old = report.status
    closed = when if status == ReportStatus.CLOSED else None
    Report.objects.filter(pk=report.pk).update(status=status, closed_at=closed)
    _log(report, STATUS_CHANGED, when, {"from": old, "to": status})


def _pass_to_police(report, when):
    police = Authority.objects.filter(slug="cheshire-police").first()
    if police is None:
        return
    old = report.authority.slug
    Report.objects.filter(pk=report.pk).update(authority=police)
    _log(report, REASSIGNED, when, {"from": old, "to": police.slug})


def _seed_feedback(home, quarter, feedback):
    if PageFeedback.objects.exists():
        return
    for item in feedback:
        page = _page_at(home, item["page"])
        if page is not None:
            PageFeedback.objects.create(
                page=page,
                page_title=page.title,
                helpful=item["helpful"],
                comment=item.get("comment", ""),
                created_on=_day(quarter, item["day"]),
            )


def _seed_confidence(guide, quarter, answers):
    for item in answers:
        ConfidenceResponse.objects.get_or_create(
            token=item["token"],
            defaults={
                "page": guide,
                "before": item["before"],
                "after": item["after"],
                "created_on": _day(quarter, item["day"]),
            },
        )


def _seed_quiz_results(home, quarter, results):
    if QuizResponse.objects.exists():
        return
    for item in results:
        page = _page_at(home, item["page"])
        if page is None:
            continue
        quiz_value = next(child.value for child in page.body if child.block_type == "quiz")
        marked = mark(quiz_value, item["chosen"])
        QuizResponse.objects.create(
            page=page,
            quiz_title=str(quiz_value["title"]),
            score=sum(1 for answer in marked if answer["right"]),
            total=len(marked),
            right=[answer["right"] for answer in marked],
            created_on=_day(quarter, item["day"]),
        )


def _seed_page_views(home, quarter, views):
    for item in views:
        page = _page_at(home, item["page"])
        if page is None:
            continue
        for offset in range(item["days"]):
            view, created = PageView.objects.get_or_create(
                path=item["page"], day=_day(quarter, offset), defaults={"page": page, "count": 0}
            )
            if created:
                PageView.objects.filter(pk=view.pk).update(count=F("count") + item["per_day"])


def _seed_downloads(home, downloads):
    """Download counts for the campaign's resources, given only while a resource has none."""
    campaign = _page_at(home, "/know-and-see/")
    if campaign is None:
        return
    resources = [
        child.value for child in campaign.assets if child.block_type == "resource" and child.value
    ]
    for resource, count in zip(resources, downloads, strict=False):
        Resource.objects.filter(pk=resource.pk, download_count=0).update(download_count=count)
