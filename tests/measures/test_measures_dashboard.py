"""The quarterly figures: known data in, known figures out; who sees what; the CSVs."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from forms.choices import ReportStatus
from forms.inbox import NOTE_ADDED, REASSIGNED, STATUS_CHANGED, VIEWED
from forms.models import Authority, Report, ReportLogEntry
from forms.submission import save_report
from measures.dashboard import sections_for
from measures.models import ConfidenceResponse, PageFeedback, PageView, QuizResponse
from measures.quarters import Quarter
from tests.two_factor import login_verified

QUARTER = Quarter(2025, 2)  # April to June 2025
OTHER_QUARTER = Quarter(2025, 1)
User = get_user_model()


def at(month, day, hour=9):
    return timezone.make_aware(datetime.datetime(2025, month, day, hour))


def report(token, *, kind="concern", area="halton", role="parent-carer", created=None):
    answers = {
        "kind": kind,
        "area_given": area,
        "what_happened": "Made up for a test.",
        "when_precision": "unknown",
        "reporter_role": role,
    }
    saved = save_report(answers, f"test-{token}").report
    Report.objects.filter(pk=saved.pk).update(created_at=created or at(4, 10))
    saved.refresh_from_db()
    return saved


def log(report, action, when, **data):
    ReportLogEntry.objects.log_action(report, action, data=data, timestamp=when)


@pytest.fixture
def known(db):
    """Halton: 3 reports in the quarter (one in May, one in June), one before it.
    Warrington: 1. Police: 2 intelligence reports from a taxi driver and hotel staff."""
    h1 = report("h1", created=at(4, 1))
    h2 = report("h2", created=at(5, 10), role="young-person")
    h3 = report("h3", created=at(6, 30, 22))
    report("h-old", created=at(3, 31, 12))  # the quarter before
    w1 = report("w1", area="warrington", created=at(4, 2))
    p1 = report("p1", kind="intelligence", area="halton", role="taxi", created=at(4, 3))
    report("p2", kind="intelligence", area="warrington", role="hotel", created=at(5, 3))
    # h1: viewed after 1 day (does not count), status after 2 days, closed after 10.
    log(h1, VIEWED, at(4, 2))
    log(h1, STATUS_CHANGED, at(4, 3), to=ReportStatus.IN_PROGRESS)
    Report.objects.filter(pk=h1.pk).update(status=ReportStatus.CLOSED, closed_at=at(4, 11))
    # h2: a note after 4 days.
    log(h2, NOTE_ADDED, at(5, 14))
    # w1: marked passed on after 6 days, closed after 20.
    log(w1, STATUS_CHANGED, at(4, 8), to=ReportStatus.PASSED_ON)
    Report.objects.filter(pk=w1.pk).update(status=ReportStatus.CLOSED, closed_at=at(4, 22))
    # p1: passed to another authority after 1 day.
    log(p1, REASSIGNED, at(4, 4), to="halton")
    return {"h3": h3}


def handler(authority_slug, username):
    user = User.objects.create_user(username, password="x" * 12)
    user.groups.add(Authority.objects.get(slug=authority_slug).handlers)
    return user


def tables(user, quarter=QUARTER):
    return {table.key: table for _heading, ts in sections_for(user, quarter) for table in ts}


def rows(table):
    return [[str(cell) for cell in row] for row in table.rows]


@pytest.fixture
def admin(db):
    return User.objects.create_superuser("admin-m", password="x" * 12)


def test_report_figures_for_known_data(known, admin):
    figures = tables(admin)
    by_authority = dict(figures["authority"].rows)
    assert by_authority["Halton Borough Council"] == 3
    assert by_authority["Warrington Borough Council"] == 1
    assert by_authority["Cheshire Police"] == 2
    assert by_authority["Cheshire East Council"] == 0
    assert sum(by_authority.values()) == 6
    assert rows(figures["kind"]) == [
        ["Concern about a child", "4"],
        ["Information about people, places or vehicles", "2"],
    ]
    # Months are counted in the site's time zone (22:00 on 30 June is still June).
    assert rows(figures["month"]) == [["April 2025", "3"], ["May 2025", "2"], ["June 2025", "1"]]
    by_role = dict(figures["role"].rows)
    assert by_role["A taxi or private hire driver or operator"] == 1
    assert by_role["Someone who works in a hotel or other accommodation"] == 1
    assert by_role["A parent or carer"] == 3
    assert by_role["A young person"] == 1
    handling = {row[0]: row[1:] for row in rows(figures["handling"])}
    assert handling["Reports received"] == ["6", "–"]
    # First actions: h1 2 days, h2 4 days, w1 6 days, p1 1 day -> median 3.0.
    assert handling["Acted on"] == ["4", "3.0"]
    assert handling["Not yet acted on"] == ["2", "–"]
    # Closed: h1 10 days, w1 20 days -> median 15.0.
    assert handling["Closed"] == ["2", "15.0"]


def test_a_handler_sees_only_their_own_authoritys_figures(known):
    halton = handler("halton", "halton-handler")
    figures = tables(halton)
    assert figures["authority"].rows == [["Halton Borough Council", 3]]
    assert sum(count for _label, count in figures["month"].rows) == 3
    assert dict(figures["role"].rows)["A taxi or private hire driver or operator"] == 0
    assert rows(figures["handling"])[0] == ["Reports received", "3", "–"]


def test_the_pan_cheshire_view_is_a_permission_administrators_are_given(known):
    editor = User.objects.create_user("editor-m", password="x" * 12)
    assert "authority" not in tables(editor)  # no report figures at all
    assert "feedback" in tables(editor)  # anonymous figures are for every admin user
    group = Group.objects.create(name="Site administrators (test)")
    group.permissions.add(Permission.objects.get(codename="view_pan_cheshire"))
    editor.groups.add(group)
    editor = User.objects.get(pk=editor.pk)  # fresh permission cache
    assert sum(count for _label, count in tables(editor)["authority"].rows) == 6


@pytest.fixture
def answers(db):
    day = datetime.date(2025, 5, 1)
    for before, after in [(2, 4), (3, 3), (1, None), (4, 5)]:
        token = f"t{before}{after}"
        ConfidenceResponse.objects.create(before=before, after=after, token=token, created_on=day)
    ConfidenceResponse.objects.create(before=5, after=1, token="old", created_on=date_before())
    for score, right in [(3, [True, True, True]), (2, [True, False, True]), (3, [True] * 3)]:
        QuizResponse.objects.create(
            quiz_title="Quiz", score=score, total=3, right=right, created_on=day
        )
    for helpful, comment in [(True, ""), (True, "=HYPERLINK(1)"), (False, "Too long")]:
        PageFeedback.objects.create(
            page_title="Signs", helpful=helpful, comment=comment, created_on=day
        )
    PageView.objects.create(path="/know-and-see/", day=day, count=40)
    PageView.objects.create(path="/know-and-see/", day=day.replace(day=2), count=2)
    PageView.objects.create(path="/know-and-see/", day=date_before(), count=1000)


def date_before():
    return datetime.date(2025, 3, 31)


def test_survey_feedback_and_campaign_figures(answers, admin):
    figures = tables(admin)
    confidence = dict(figures["confidence"].rows)
    assert confidence["Answered before reading"] == 4
    assert confidence["Answered again after reading"] == 3
    assert confidence["Average before (both answered)"] == 3.0  # (2+3+4)/3
    assert confidence["Average after (both answered)"] == 4.0  # (4+3+5)/3
    assert confidence["More confident after"] == 2
    assert confidence["Same"] == 1
    assert figures["confidence-scores"].rows[0] == [1, 1, 0]
    assert rows(figures["quiz"]) == [["Quiz", "2 / 3", "1"], ["Quiz", "3 / 3", "2"]]
    assert rows(figures["quiz-questions"])[1] == ["Quiz", "2", "2", "3"]
    assert figures["feedback"].rows == [["Signs", 2, 1]]
    assert figures["campaign-views"].rows == [["/know-and-see/", 42]]


def test_feedback_comments_need_their_permission(answers):
    editor = User.objects.create_user("editor-c", password="x" * 12)
    assert "comments" not in tables(editor)
    editor.user_permissions.add(Permission.objects.get(codename="view_feedback_comments"))
    editor = User.objects.get(pk=editor.pk)
    assert [row[3] for row in tables(editor)["comments"].rows] == ["=HYPERLINK(1)", "Too long"]


def read_csv(response):
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_csv_exports_hold_the_tables_figures(known, answers, admin, client):
    login_verified(client, admin)
    url = "/admin/quarterly-figures/"
    page = client.get(url, {"quarter": QUARTER.key})
    html = page.content.decode()
    assert page.status_code == 200
    assert "Quarterly figures" in html and "<svg" in html and "<table" in html
    assert "April to June 2025" in html

    response = client.get(url, {"quarter": QUARTER.key, "csv": "month"})
    assert "month-2025-Q2.csv" in response["Content-Disposition"]
    assert read_csv(response) == [
        ["Month", "Reports"],
        ["April 2025", "3"],
        ["May 2025", "2"],
        ["June 2025", "1"],
    ]
    comments = read_csv(client.get(url, {"quarter": QUARTER.key, "csv": "comments"}))
    # A comment typed by the public cannot run as a spreadsheet formula.
    assert comments[1] == ["2025-05-01", "Signs", "Yes", "'=HYPERLINK(1)"]
    assert client.get(url, {"quarter": QUARTER.key, "csv": "nonsense"}).status_code == 404


def test_a_handlers_csv_holds_only_their_authority(known, client):
    login_verified(client, handler("warrington", "warrington-handler"))
    response = client.get("/admin/quarterly-figures/", {"quarter": QUARTER.key, "csv": "authority"})
    assert read_csv(response) == [["Authority", "Reports"], ["Warrington Borough Council", "1"]]
    comments = client.get("/admin/quarterly-figures/", {"quarter": QUARTER.key, "csv": "comments"})
    assert comments.status_code == 404


def test_the_menu_item_and_the_default_quarter(admin, client):
    login_verified(client, admin)
    home = client.get("/admin/").content.decode()
    assert "Quarterly figures" in home
    page = client.get("/admin/quarterly-figures/").content.decode()
    assert Quarter.current().previous().label in page


def test_quarters():
    assert Quarter.parse("2025-Q2") == QUARTER
    assert Quarter.parse("2025-Q5") is None
    assert Quarter.containing(datetime.date(2025, 12, 31)) == Quarter(2025, 4)
    assert Quarter(2025, 1).previous() == Quarter(2024, 4)
    start, end = QUARTER.bounds()
    assert (start.month, start.day, end.month, end.day) == (4, 1, 7, 1)
    assert str(OTHER_QUARTER.label) == "January to March 2025"
