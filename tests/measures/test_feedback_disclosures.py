"""A child's words in "Was this page helpful?" reach someone who can act, and never the
editors: children's pages offer no comment box, and a comment elsewhere that may be a
disclosure goes to the triage team's inbox as an encrypted concern."""

import csv
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, Site

from audiences.factories import AudiencePageFactory, ContentPageFactory
from core.retention import run_daily
from forms.choices import ReportKind, ReportSource
from forms.factories import ReportPageFactory
from forms.models import Notification, Report
from forms.routing import TRIAGE
from home.factories import HomePageFactory
from measures.models import FeedbackScreening, PageFeedback
from measures.quarters import Quarter
from tests.two_factor import login_verified

DISCLOSURE = "My name is Jade I go to Oakfield primary and my uncle scares me"
ORDINARY = "The list of signs was clear."
User = get_user_model()


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-f")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost"}
    )
    young = AudiencePageFactory(parent=home, slug="young-people", audience="young-people")
    ContentPageFactory(parent=young, slug="online", title="Staying safe online")
    years56 = AudiencePageFactory(parent=home, slug="years-5-and-6", audience="years-5-6")
    ContentPageFactory(parent=years56, slug="chat", title="Chatting online")
    parents = AudiencePageFactory(parent=home, slug="parents", audience="parents-carers")
    ContentPageFactory(parent=parents, slug="signs", title="Signs to look for")
    ReportPageFactory(parent=home, slug="report-a-concern", kind="concern")
    return home


def page_at(path):
    return Page.objects.get(url_path="/home-f" + path).specific


def answer(client, path, helpful="no"):
    """Answer "Was this page helpful?" and open the thank-you page."""
    response = client.post("/measures/feedback/", {"page": page_at(path).pk, "helpful": helpful})
    thanks = client.get(response["Location"])
    token = re.search(r'name="t" value="([^"]+)"', thanks.content.decode()).group(1)
    return thanks, token


def comment(client, path, text):
    _thanks, token = answer(client, path)
    client.post("/measures/feedback/comment/", {"t": token, "comment": text})
    return PageFeedback.objects.latest("id")


def editor_with_comments():
    from django.contrib.auth.models import Permission

    user = User.objects.create_user("comms", password="x" * 12, is_superuser=False)
    user.user_permissions.add(
        Permission.objects.get(codename="view_feedback_comments"),
        Permission.objects.get(codename="access_admin"),
    )
    return User.objects.get(pk=user.pk)


def comments_seen_by_editors(client):
    """The comments table of the quarterly figures and its CSV, as an editor gets them."""
    login_verified(client, editor_with_comments())
    quarter = Quarter.containing(PageFeedback.objects.latest("id").created_on).key
    page = client.get("/admin/quarterly-figures/", {"quarter": quarter}).content.decode()
    csv_response = client.get("/admin/quarterly-figures/", {"quarter": quarter, "csv": "comments"})
    rows = list(csv.reader(io.StringIO(csv_response.content.decode())))
    return page, rows


# --- Children's pages ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/young-people/online/", "/years-5-and-6/chat/", "/young-people/"]
)
def test_childrens_pages_say_where_to_go_and_offer_no_comment_box(site, client, path):
    html = client.get(path).content.decode()
    assert "Worried about yourself or someone else?" in html
    assert "Don’t tell us here" in html
    assert 'href="tel:08001111"' in html and "Childline on 0800 1111" in html
    report_url = page_at("/report-a-concern/").url
    assert f'href="{report_url}">report it</a>' in html

    thanks, _token = answer(client, path)
    text = thanks.content.decode()
    assert "<textarea" not in text
    assert 'type="checkbox"' in text and "It was hard to understand" in text
    assert "Worried about yourself or someone else?" in text


def test_adults_pages_keep_the_comment_box_without_the_childrens_sentence(site, client):
    assert "Worried about yourself" not in client.get("/parents/signs/").content.decode()
    thanks, _token = answer(client, "/parents/signs/")
    assert "<textarea" in thanks.content.decode()


def test_childrens_reasons_are_kept_from_the_fixed_list_only(site, client):
    _thanks, token = answer(client, "/years-5-and-6/chat/")
    client.post("/measures/feedback/reasons/", {"t": token, "reasons": ["too-long", "worried"]})
    row = PageFeedback.objects.get()
    assert row.reasons == ["too-long", "worried"] and row.comment == ""
    again = client.get(f"/measures/feedback/thanks/?t={token}").content.decode()
    assert "talk to an adult you trust" in again
    response = client.post("/measures/feedback/reasons/", {"t": token, "reasons": ["my secret"]})
    assert response.status_code == 200 and "govuk-error-summary" in response.content.decode()


def test_a_comment_sent_from_a_childrens_page_anyway_goes_to_triage(site, client):
    row = comment(client, "/young-people/online/", "just testing")
    row.refresh_from_db()
    assert row.comment == "" and row.comment_passed_on
    assert Report.objects.get().what_happened == "just testing"


# --- Adults' pages: the screen ----------------------------------------------------------


def test_a_disclosure_becomes_an_encrypted_concern_for_triage_and_is_not_kept(site, client):
    row = comment(client, "/parents/signs/", DISCLOSURE)
    row.refresh_from_db()
    assert (row.comment, row.comment_passed_on) == ("", True)

    report = Report.objects.get()
    assert report.authority.slug == TRIAGE
    assert (report.kind, report.source) == (ReportKind.CONCERN, ReportSource.PAGE_FEEDBACK)
    assert report.routing_reason == "screened"
    assert report.what_happened == DISCLOSURE
    note = report.notes.get().text
    assert "Signs to look for" in note and "feedback screen" in note
    assert "Jade" not in note  # which checks matched, never the words
    with connection.cursor() as cursor:
        cursor.execute("SELECT what_happened FROM reports_report")
        assert "uncle" not in cursor.fetchone()[0]  # encrypted at rest
    # The triage team is told, as for any report.
    notification = Notification.objects.get(report=report)
    assert notification.authority.slug == TRIAGE
    assert DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, args_kwargs__args__0=notification.pk
    ).exists()


def test_the_writer_is_told_where_the_comment_went(site, client):
    _thanks, token = answer(client, "/parents/signs/")
    client.post("/measures/feedback/comment/", {"t": token, "comment": DISCLOSURE})
    text = client.get(f"/measures/feedback/thanks/?t={token}").content.decode()
    assert "has not gone to the people who write this site" in text
    assert "We have your comment" not in text and DISCLOSURE not in text


def test_editors_see_ordinary_comments_and_never_a_screened_one(site, client):
    comment(client, "/parents/signs/", ORDINARY)
    client.cookies.clear()
    comment(client, "/parents/signs/", DISCLOSURE)
    page, rows = comments_seen_by_editors(client)
    assert ORDINARY in page and [row[3] for row in rows[1:]] == [ORDINARY]
    assert "uncle" not in page and "uncle" not in str(rows)
    assert Report.objects.count() == 1


def test_the_administrators_word_list_sends_matching_comments_to_triage(site, client):
    text = "Useful, will link up with the youth club"
    settings_row = FeedbackScreening.load()
    settings_row.words = "plug\n"
    settings_row.save()
    assert comment(client, "/parents/signs/", text).comment == text
    settings_row.words = "link up\n"
    settings_row.save()
    client.cookies.clear()
    row = comment(client, "/parents/signs/", text)
    row.refresh_from_db()
    assert row.comment_passed_on and Report.objects.count() == 1


def test_comments_kept_before_a_word_was_listed_are_hidden_then_passed_on(site, client):
    # Kept before the screen existed, or before an administrator listed a word.
    old = PageFeedback.objects.create(
        page=page_at("/parents/signs/"),
        page_title="Signs to look for",
        helpful=False,
        comment="my uncle scares me",
        created_on=timezone.localdate(),
    )
    page, rows = comments_seen_by_editors(client)
    assert "uncle" not in page and len(rows) == 1  # the header only
    assert run_daily()["feedback-comments"]["passed to triage"] == 1
    old.refresh_from_db()
    assert old.comment == "" and old.comment_passed_on
    assert Report.objects.get().what_happened == "my uncle scares me"


# --- The quiz ------------------------------------------------------------------------------


def test_an_old_quiz_result_address_shows_nothing(site, client):
    # Such addresses carried the answers, signed but readable; they may be in a history.
    response = client.get("/measures/quiz/result/?r=eyJwIjoxLCJrIjoiYWJjIiwiYSI6WzEsMl19:sig")
    assert response.status_code == 410
    assert "Do the quiz again" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
