"""Demo content and demo figures for the measures app, called once from seed_demo.

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

from .models import ConfidenceResponse, PageFeedback, PageView, QuizResponse, ReportFiguresPage
from .quarters import Quarter


def _quiz(title, intro, questions):
    return {
        "title": title,
        "intro": intro,
        "questions": [
            {
                "question": question,
                "answers": [{"text": text, "correct": text == right} for text in answers],
                "explanation": explanation,
            }
            for question, answers, right, explanation in questions
        ],
    }


YEARS_5_AND_6_QUIZ = _quiz(
    "Quick quiz",
    "Four short questions about friends and who to tell.",
    [
        (
            "Someone you met in a game says your chats must be a secret. What should you do?",
            ["Keep the secret", "Tell an adult you trust", "Send them a photo"],
            "Tell an adult you trust",
            "A real friend does not ask you to keep secrets from the adults who care "
            "for you. It is always OK to tell.",
        ),
        (
            "What is a good friend like?",
            [
                "They are kind and listen when you say no",
                "They make you do things you do not want to do",
                "They get cross when you say no",
            ],
            "They are kind and listen when you say no",
            "Good friends are kind. They listen when you say no. They do not make you feel scared.",
        ),
        (
            "Something online made you feel worried. Whose fault is it?",
            ["It is my fault", "It is never your fault", "I should forget about it"],
            "It is never your fault",
            "It is never your fault. You will not be in trouble for telling someone.",
        ),
        (
            "Who can you call for free, without saying your name?",
            ["Childline on 0800 1111", "Nobody", "The person from the game"],
            "Childline on 0800 1111",
            "Childline is free. You do not have to say your name. If you are in danger "
            "right now, call 999.",
        ),
    ],
)

YOUNG_PEOPLE_QUIZ = _quiz(
    "Quick quiz: what do you know?",
    "Five questions about healthy relationships and how to get help.",
    [
        (
            "In a healthy relationship, what happens when you say no?",
            [
                "The other person respects it",
                "They keep asking until you say yes",
                "They ignore you until you change your mind",
            ],
            "The other person respects it",
            "Respect is at the heart of a healthy relationship. Nobody should pressure "
            "you, make you feel guilty or scare you into saying yes.",
        ),
        (
            "An older person online sends you gifts and says your friendship must stay "
            "secret. What could this be a sign of?",
            ["Grooming", "A normal friendship", "Nothing to worry about"],
            "Grooming",
            "Gifts and secrets together are a common sign of grooming. You can talk to a "
            "safe adult about it at any time.",
        ),
        (
            "Someone shares a picture of you without asking. Who is to blame?",
            ["The person who shared it", "You", "Both of you the same"],
            "The person who shared it",
            "It is never your fault. The person who shared it is responsible, and you "
            "can get help to have it taken down.",
        ),
        (
            "You are worried about a friend. What is a good first step?",
            [
                "Talk to a safe adult, like a teacher or a parent",
                "Keep it to yourself",
                "Post about it online",
            ],
            "Talk to a safe adult, like a teacher or a parent",
            "A safe adult can help you decide what to do next. You can also report a "
            "concern on this site without giving your name.",
        ),
        (
            "Someone is in danger right now. What number do you call?",
            ["Call 999", "Call 101", "Call Childline on 0800 1111"],
            "Call 999",
            "In an emergency, call 999. Call 101 for the police when it is not an "
            "emergency, and Childline on 0800 1111 is there to talk.",
        ),
    ],
)

CONFIDENCE_QUESTION = (
    "How confident are you about the risks of online and social media for your child?"
)

PARENTS_GUIDE = [
    (
        "confidence_check",
        {
            "stage": "before",
            "question": CONFIDENCE_QUESTION,
            "intro": "<p>This short guide takes about five minutes to read.</p>",
        },
    ),
    (
        "text",
        """<h2>What the risks are</h2>
<p>Most children enjoy being online and come to no harm. The risk comes from people
who use apps, games and social media to make contact with children, build their
trust and then pressure them: to send pictures, to keep secrets, or to meet up.</p>
<p>Abusers often pretend to be younger than they are. They flatter, give gifts such
as game credits, and try to move the chat to a private app.</p>
<h2>What you can do this week</h2>
<ul>
<li>Ask your child to show you the apps and games they use most, and who they talk to.</li>
<li>Check the privacy settings together, so that only friends can message them.</li>
<li>Agree that they can always tell you about something that worried them online,
without losing their phone or their games.</li>
<li>Keep talking: little and often works better than one big conversation.</li>
</ul>
<h2>Signs to look out for</h2>
<ul>
<li>Being secretive about their phone, or using it late at night.</li>
<li>New gifts, money or game credits they cannot explain.</li>
<li>An older "friend" you have not met.</li>
<li>Seeming upset or withdrawn after being online.</li>
</ul>
<h2>If you are worried</h2>
<p>If a child is in danger now, call 999. Otherwise, use "Report a concern" on this
site, or call the NSPCC helpline on 0808 800 5000 for advice.</p>""",
    ),
    ("confidence_check", {"stage": "after", "question": CONFIDENCE_QUESTION, "intro": ""}),
]

QUIZ_PAGES = [
    (
        "/years-5-and-6/",
        "quick-quiz",
        "Quick quiz",
        "Four quick questions to see what you know about friends, secrets and telling someone.",
        YEARS_5_AND_6_QUIZ,
    ),
    (
        "/young-people/",
        "quick-quiz",
        "Quick quiz: what do you know?",
        "Five questions about healthy relationships, grooming and how to get help.",
        YOUNG_PEOPLE_QUIZ,
    ),
]

FIGURES_PAGE_BODY = [
    (
        "text",
        """<p>Every report sent through this site goes straight to the team that must act
on it: the children's services of the council for the child's area, Cheshire Police,
or the Pan-Cheshire triage team when the area is not known.</p>
<h2>What happens next</h2>
<ul>
<li>A member of the team reads the report, usually on the next working day.</li>
<li>They check what they already know and decide what to do: talk to other
services, visit, or keep the information for later.</li>
<li>If the report is for another team, they pass it on to them.</li>
</ul>
<p>The form is not watched all the time. If a child is in danger now, call 999.</p>""",
    )
]

# Fictional reports, made from a plan: how many each area received in the last
# complete quarter (0) and the one before (1). Each report's kind, reporter and
# handling follow the patterns below in turn, so the figures are the same every run.
DEMO_TEXT = "Demo report made up for the quarterly figures. It is about no real person or place."
DEMO_REPORT_PLAN = {
    0: {
        "cheshire-east": 9,
        "cheshire-west-and-chester": 6,
        "halton": 5,
        "warrington": 3,
        "not-sure": 1,
    },
    1: {"cheshire-east": 6, "cheshire-west-and-chester": 5, "halton": 5, "warrington": 5},
}
DEMO_ROLES = ["parent-carer", "taxi", "professional", "hotel", "public", "young-person"]
PLACES = {"taxi": "taxi", "hotel": "hotel", "young-person": "online", "parent-carer": "online"}
# (status, days after arrival) steps, in turn.
HANDLING = [
    [("in-progress", 1)],
    [("in-progress", 2), ("closed", 12)],
    [("passed-on", 2)],
    [("in-progress", 3), ("closed", 20)],
    [],
    [("closed", 6)],
    [("in-progress", 1), ("passed-on", 4)],
]


def demo_reports():
    """(token, answers, quarters back, day in quarter, status steps, pass to police after)."""
    number = 0
    for back, plan in DEMO_REPORT_PLAN.items():
        for area, count in plan.items():
            for index in range(count):
                role = DEMO_ROLES[number % len(DEMO_ROLES)]
                answers = {
                    "kind": "intelligence" if role in ("taxi", "hotel") else "concern",
                    "area_given": area,
                    "what_happened": DEMO_TEXT,
                    "when_precision": "unknown",
                    "place_type": PLACES.get(role, "other"),
                    "reporter_role": role,
                    "sector": role if role in ("taxi", "hotel") else "",
                    "language": "en",
                }
                day = (index * 13 + number * 7) % 88
                passed_after = 1 if area == "not-sure" else None
                yield (f"r{number:02d}", answers, back, day, HANDLING[number % 7], passed_after)
                number += 1


FEEDBACK = [
    # (page path under home, helpful, comment, days into the quarter)
    ("/parents-and-carers/online-and-social-media-risks/", True, "", 4),
    ("/parents-and-carers/online-and-social-media-risks/", True, "Clear and practical.", 10),
    ("/parents-and-carers/online-and-social-media-risks/", True, "", 22),
    ("/parents-and-carers/online-and-social-media-risks/", False, "", 31),
    ("/young-people/healthy-relationships/", True, "", 8),
    ("/young-people/healthy-relationships/", True, "", 18),
    ("/young-people/healthy-relationships/", False, "I wanted more about group chats.", 45),
    ("/years-5-and-6/telling-someone/", True, "", 12),
    ("/years-5-and-6/telling-someone/", True, "", 50),
    ("/know-and-see/", True, "", 30),
    ("/know-and-see/", False, "The poster link was hard to find on my phone.", 63),
]

# (token, before, after or None, days into the quarter)
CONFIDENCE = [
    ("demo-c01", 2, 4, 6),
    ("demo-c02", 3, 4, 14),
    ("demo-c03", 1, 3, 21),
    ("demo-c04", 3, 3, 35),
    ("demo-c05", 2, None, 42),
    ("demo-c06", 4, 5, 55),
    ("demo-c07", 2, 3, 71),
    ("demo-c08", 3, None, 77),
]

# (quiz page path, chosen answer positions, days into the quarter)
QUIZ_RESULTS = [
    ("/years-5-and-6/quick-quiz/", [1, 0, 1, 0], 7),
    ("/years-5-and-6/quick-quiz/", [1, 0, 1, 0], 19),
    ("/years-5-and-6/quick-quiz/", [0, 0, 1, 0], 26),
    ("/years-5-and-6/quick-quiz/", [1, 2, 1, 0], 44),
    ("/young-people/quick-quiz/", [0, 0, 0, 0, 0], 13),
    ("/young-people/quick-quiz/", [0, 1, 0, 0, 0], 38),
    ("/young-people/quick-quiz/", [0, 0, 1, 0, 1], 66),
]

# (path under home, views per day for the first N days of the quarter, days)
CAMPAIGN_VIEWS = [
    ("/know-and-see/", 12, 30),
    ("/know-and-see/", 3, 60),
]
# Downloads of the campaign's resources, given only while a resource has none.
CAMPAIGN_DOWNLOADS = [40, 25, 12, 7, 3]


def seed_measures(home):
    quarter = Quarter.current().previous()
    pages = {
        "quiz": [_ensure_quiz_page(home, *spec) for spec in QUIZ_PAGES],
        "guide": _ensure_parents_guide(home),
        "figures": _ensure_figures_page(home),
    }
    _seed_reports(quarter)
    _seed_feedback(home, quarter)
    _seed_confidence(pages["guide"], quarter)
    _seed_quiz_results(home, quarter)
    _seed_page_views(home, quarter)
    _seed_downloads(home)
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


def _ensure_quiz_page(home, parent_path, slug, title, summary, quiz):
    parent = _page_at(home, parent_path)
    if parent is None:
        return None
    body = [
        ("text", "<p>Try these questions. Nobody will know who answered.</p>"),
        ("quiz", quiz),
    ]
    return _ensure_page(
        parent, ContentPage, slug, title=title, summary=summary, body=stream_data(body)
    )


def _ensure_parents_guide(home):
    parent = _page_at(home, "/parents-and-carers/")
    if parent is None:
        return None
    return _ensure_page(
        parent,
        ContentPage,
        "online-safety-check",
        title="Online safety: a five-minute guide",
        summary=(
            "The main online risks for children, what you can do this week and the signs "
            "to look out for. With a quick question before and after."
        ),
        body=stream_data(PARENTS_GUIDE),
    )


def _ensure_figures_page(home):
    return _ensure_page(
        home,
        ReportFiguresPage,
        "what-happens-to-reports",
        title="What happens to reports",
        summary=(
            "Who reads a report, what they do next, and how many reports each area "
            "received and passed on, quarter by quarter."
        ),
        body=stream_data(FIGURES_PAGE_BODY),
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


def _seed_feedback(home, quarter):
    if PageFeedback.objects.exists():
        return
    for path, helpful, comment, offset in FEEDBACK:
        page = _page_at(home, path)
        if page is not None:
            PageFeedback.objects.create(
                page=page,
                page_title=page.title,
                helpful=helpful,
                comment=comment,
                created_on=_day(quarter, offset),
            )


def _seed_confidence(guide, quarter):
    for token, before, after, offset in CONFIDENCE:
        ConfidenceResponse.objects.get_or_create(
            token=token,
            defaults={
                "page": guide,
                "before": before,
                "after": after,
                "created_on": _day(quarter, offset),
            },
        )


def _seed_quiz_results(home, quarter):
    from .forms import mark

    if QuizResponse.objects.exists():
        return
    for path, chosen, offset in QUIZ_RESULTS:
        page = _page_at(home, path)
        if page is None:
            continue
        quiz = next(child.value for child in page.body if child.block_type == "quiz")
        marked = mark(quiz, chosen)
        QuizResponse.objects.create(
            page=page,
            quiz_title=str(quiz["title"]),
            score=sum(1 for item in marked if item["right"]),
            total=len(marked),
            right=[item["right"] for item in marked],
            created_on=_day(quarter, offset),
        )


def _seed_page_views(home, quarter):
    for path, per_day, days in CAMPAIGN_VIEWS:
        page = _page_at(home, path)
        if page is None:
            continue
        for offset in range(days):
            view, created = PageView.objects.get_or_create(
                path=path, day=_day(quarter, offset), defaults={"page": page, "count": 0}
            )
            if created:
                PageView.objects.filter(pk=view.pk).update(count=F("count") + per_day)


def _seed_downloads(home):
    from resources.models import Resource

    campaign = _page_at(home, "/know-and-see/")
    if campaign is None:
        return
    resources = [
        child.value for child in campaign.assets if child.block_type == "resource" and child.value
    ]
    for resource, count in zip(resources, CAMPAIGN_DOWNLOADS, strict=False):
        Resource.objects.filter(pk=resource.pk, download_count=0).update(download_count=count)
