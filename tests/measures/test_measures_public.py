"""'What happens to reports': quarterly totals with small numbers suppressed, and the
demo site's figures (the same ones the dashboard shows in `make run`)."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from forms.choices import ReportStatus
from forms.inbox import REASSIGNED
from forms.models import Report, ReportLogEntry
from forms.submission import save_report
from measures.dashboard import sections_for
from measures.models import ConfidenceResponse, PageFeedback, PageView, QuizResponse
from measures.public_figures import Cell, TotalCell, public_table, quarter_table
from measures.quarters import Quarter

QUARTER = Quarter(2025, 3)


def make_reports(area, count, *, passed=0, marked=0):
    """``count`` reports in ``area`` in QUARTER; ``passed`` of them reassigned,
    ``marked`` more given the status "passed on"."""
    made = []
    for index in range(count):
        answers = {
            "kind": "concern",
            "area_given": area,
            "what_happened": "Made up for a test.",
            "when_precision": "unknown",
            "reporter_role": "public",
        }
        report = save_report(answers, f"{area}-{index}").report
        created = timezone.make_aware(datetime.datetime(2025, 8, 1 + index, 12))
        Report.objects.filter(pk=report.pk).update(created_at=created)
        made.append(report)
    for report in made[:passed]:
        ReportLogEntry.objects.log_action(report, REASSIGNED, data={"to": "cheshire-police"})
    for report in made[passed : passed + marked]:
        Report.objects.filter(pk=report.pk).update(status=ReportStatus.PASSED_ON)
    return made


def shown(table):
    return {
        row["label"]: (str(row["received"]), str(row["passed_on"])) for row in table["rows"]
    } | {"All areas": (str(table["total"]["received"]), str(table["total"]["passed_on"]))}


def test_cells():
    assert [str(Cell(n)) for n in (0, 1, 4, 5, 12)] == [
        "0",
        "fewer than 5",
        "fewer than 5",
        "5",
        "12",
    ]
    assert str(TotalCell(7, hidden=True)) == "not shown"
    assert str(TotalCell(3, hidden=False)) == "fewer than 5"
    assert str(TotalCell(30, hidden=False)) == "30"


@pytest.mark.django_db
def test_numbers_below_five_are_hidden_and_so_is_the_total_that_would_reveal_them():
    make_reports("cheshire-east", 7, passed=3, marked=2)
    make_reports("halton", 2, passed=1)
    make_reports("warrington", 5)
    make_reports("outside-cheshire", 5, passed=5)
    table = quarter_table(QUARTER)
    assert shown(table) == {
        "Cheshire East": ("7", "5"),
        "Cheshire West and Chester": ("0", "0"),
        "Halton": ("fewer than 5", "fewer than 5"),
        "Warrington": ("5", "0"),
        "Area not known or outside Cheshire": ("5", "5"),
        # 19 received, but 19 - 7 - 5 - 5 would give Halton's 2 away.
        "All areas": ("not shown", "not shown"),
    }
    html = table_html(table)
    assert "19" not in html and ">2<" not in html


def table_html(table):
    return " ".join(str(value) for pair in shown(table).values() for value in pair)


@pytest.mark.django_db
def test_the_total_is_shown_when_nothing_is_hidden():
    make_reports("cheshire-east", 6, passed=5)
    make_reports("halton", 5)
    table = quarter_table(QUARTER)
    assert shown(table)["All areas"] == ("11", "5")
    assert shown(table)["Warrington"] == ("0", "0")


@pytest.mark.django_db
def test_the_page_shows_complete_quarters_only():
    make_reports("halton", 6)
    figures = public_table(2, until=Quarter(2025, 4))
    assert [table["quarter"] for table in figures] == [Quarter(2025, 3), Quarter(2025, 2)]
    assert shown(figures[0])["Halton"] == ("6", "0")


# --- The demo site ------------------------------------------------------------------------


@pytest.fixture
def demo(demo_site):
    return demo_site.root_page


def test_demo_figures_page_and_links(demo, client):
    response = client.get("/what-happens-to-reports/")
    html = response.content.decode()
    assert response.status_code == 200
    assert not response.cookies
    last = Quarter.current().previous()
    assert str(last.label) in html
    assert "fewer than 5" in html and "not shown" in html
    assert 'href="/what-happens-to-reports/"' in client.get("/report-a-concern/").content.decode()
    assert Page.objects.get(slug="what-happens-to-reports").specific_class.__name__ == (
        "ReportFiguresPage"
    )


def test_demo_figures_are_what_the_report_says_and_seeding_again_adds_nothing(demo):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("fig-admin", password="x" * 12)
    quarter = Quarter.current().previous()

    def figures():
        return {t.key: t for _h, tables in sections_for(admin, quarter) for t in tables}

    first = figures()
    totals = [
        Report.objects.count(),
        PageFeedback.objects.count(),
        ConfidenceResponse.objects.count(),
        QuizResponse.objects.count(),
        PageView.objects.count(),
    ]
    assert totals == [45, 11, 8, 7, 60]
    assert dict(first["authority"].rows) == {
        "Cheshire East Council": 6,
        "Cheshire Police": 9,
        "Cheshire West and Chester Council": 4,
        "Halton Borough Council": 3,
        "Pan-Cheshire triage team": 0,
        "Warrington Borough Council": 2,
    }
    assert [row[1] for row in first["month"].rows] == [7, 9, 8]
    assert [row[1:] for row in first["handling"].rows] == [
        [24, "–"],
        [21, 2.0],
        [3, "–"],
        [10, 12.0],
    ]
    confidence = dict(first["confidence"].rows)
    assert (
        confidence["Average before (both answered)"],
        confidence["Average after (both answered)"],
    ) == (2.5, 3.7)
    assert first["campaign-views"].rows == [["/know-and-see/", 450]]

    call_command("seed_demo", verbosity=0)
    again = [
        Report.objects.count(),
        PageFeedback.objects.count(),
        ConfidenceResponse.objects.count(),
        QuizResponse.objects.count(),
        PageView.objects.count(),
    ]
    assert again == totals
    assert figures()["handling"].rows == first["handling"].rows
