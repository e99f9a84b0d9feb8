"""The measures forms: "Was this page helpful?", the parents' confidence check and the
children's quiz. Cacheable pages without tokens, anonymous answers, bots kept out."""

import re

import pytest
from django.core import signing
from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from audiences.factories import ContentPageFactory
from demo.measures import parents_guide_body, quiz_pages
from forms.factories import ReportPageFactory
from home.factories import HomePageFactory
from measures.forms import quiz_key
from measures.models import ConfidenceResponse, PageFeedback, QuizResponse
from measures.views import CONFIDENCE_SALT

# The demo quizzes (Years 5 and 6, then young people) and the parents' guide.
YEARS_5_AND_6_QUIZ, YOUNG_PEOPLE_QUIZ = [page["quiz"] for page in quiz_pages()]
PARENTS_GUIDE = parents_guide_body()
ADDRESS = "203.0.113.77"
AGENT = "UniqueTestBrowser/9.9 (measures)"
QUIZ_Y56 = "/quiz/"
QUIZ_YP = "/quiz-young-people/"
GUIDE = "/guide/"
CONTENT = "/article/"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    """A small site with the demo quizzes and the parents' guide (seed_demo is slow)."""
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-m")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost"}
    )
    ContentPageFactory(parent=home, slug="article", title="An article")
    ContentPageFactory(parent=home, slug="quiz", body=[("quiz", YEARS_5_AND_6_QUIZ)])
    ContentPageFactory(parent=home, slug="quiz-young-people", body=[("quiz", YOUNG_PEOPLE_QUIZ)])
    ContentPageFactory(parent=home, slug="guide", title="Online safety", body=PARENTS_GUIDE)
    ReportPageFactory(parent=home, slug="report-a-concern", kind="concern")
    return home


def page_at(path):
    return Page.objects.get(url_path="/home-m" + path).specific


def visitor(client):
    client.defaults.update(REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT=AGENT)
    return client


def quiz_value(page):
    return next(child.value for child in page.body if child.block_type == "quiz")


def assert_private(response):
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies


def all_stored_values():
    """Every value of every row the measures app stores, as one string."""
    rows = []
    for model in (PageFeedback, ConfidenceResponse, QuizResponse):
        rows += [str(row) for row in model.objects.values()]
    return " ".join(rows)


# --- Content pages stay cacheable --------------------------------------------------------


@pytest.mark.django_db
def test_content_pages_carry_the_forms_without_token_or_cookie(site, client):
    for path in [CONTENT, QUIZ_Y56, GUIDE]:
        response = client.get(path)
        html = response.content.decode()
        assert response.status_code == 200
        assert "Was this page helpful?" in html
        assert "csrfmiddlewaretoken" not in html
        assert not response.cookies, path
        assert "no-store" not in response.get("Cache-Control", "")
    assert 'action="/measures/quiz/"' in client.get(QUIZ_Y56).content.decode()
    guide = client.get(GUIDE).content.decode()
    assert 'action="/measures/confidence/"' in guide
    # Only the "before" question shows until it is answered.
    assert guide.count('name="stage"') == 1


@pytest.mark.django_db
def test_the_forms_render_without_a_database_query(site):
    page = page_at(QUIZ_Y56)
    with CaptureQueriesContext(connection) as queries:
        render_to_string("measures/components/page_feedback.html", {"page": page})
        for child in page.body:
            child.render(context={"page": page, "request": None})
    assert len(queries) == 0, [q["sql"] for q in queries]


@pytest.mark.django_db
def test_the_report_journey_steps_have_no_feedback_form(site, client):
    response = client.get("/report-a-concern/questions/")
    assert "Was this page helpful?" not in response.content.decode()


# --- Was this page helpful? ---------------------------------------------------------------


@pytest.mark.django_db
def test_feedback_is_saved_anonymously_then_thanks_with_a_comment_box(site, client):
    page = page_at(CONTENT)
    response = visitor(client).post("/measures/feedback/", {"page": page.pk, "helpful": "no"})
    assert response.status_code == 303
    assert response["Location"].startswith("/measures/feedback/thanks/?t=")
    assert_private(response)
    row = PageFeedback.objects.get()
    assert (row.page_id, row.page_title, row.helpful, row.comment) == (
        page.pk,
        page.title,
        False,
        "",
    )

    thanks = client.get(response["Location"])
    assert_private(thanks)
    assert "Thank you for your feedback" in thanks.content.decode()
    token = re.search(r'name="t" value="([^"]+)"', thanks.content.decode()).group(1)
    sent = client.post("/measures/feedback/comment/", {"t": token, "comment": "Too long to read."})
    assert sent.status_code == 303
    row.refresh_from_db()
    assert row.comment == "Too long to read."
    # A second comment does not overwrite the first.
    client.post("/measures/feedback/comment/", {"t": token, "comment": "Changed my mind."})
    row.refresh_from_db()
    assert row.comment == "Too long to read."
    assert "We have your comment" in client.get(response["Location"]).content.decode()

    stored = all_stored_values()
    assert ADDRESS not in stored and AGENT not in stored
    field_names = {field.name for field in PageFeedback._meta.get_fields()}
    assert field_names == {
        "id",
        "page",
        "page_title",
        "helpful",
        "comment",
        "reasons",
        "comment_passed_on",
        "created_on",
    }


@pytest.mark.django_db
def test_feedback_without_an_answer_shows_the_error_next_to_the_question(site, client):
    page = page_at(CONTENT)
    response = client.post("/measures/feedback/", {"page": page.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert "govuk-error-summary" in html
    assert 'href="#page-feedback-helpful"' in html
    assert 'id="page-feedback-helpful-error"' in html and "Select yes or no" in html
    assert_private(response)
    assert not PageFeedback.objects.exists()


@pytest.mark.django_db
def test_a_comment_over_500_characters_is_refused_and_kept(site, client):
    page = page_at(CONTENT)
    thanks_url = client.post("/measures/feedback/", {"page": page.pk, "helpful": "yes"})["Location"]
    long_comment = "word " * 101  # 505 characters
    response = client.post("/measures/feedback/comment/", {"comment": long_comment})
    assert response.status_code == 404  # no token, no row
    response = client.post(
        "/measures/feedback/comment/",
        {"t": client.get(thanks_url).context["token"], "comment": long_comment},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "must be 500 characters or fewer" in html
    assert long_comment.strip() in html
    assert PageFeedback.objects.get().comment == ""


@pytest.mark.django_db
def test_a_forged_or_changed_feedback_token_is_refused(site, client):
    page = page_at(CONTENT)
    client.post("/measures/feedback/", {"page": page.pk, "helpful": "yes"})
    forged = signing.dumps({"f": PageFeedback.objects.get().pk}, salt="another-salt")
    assert client.get("/measures/feedback/thanks/", {"t": forged}).status_code == 404
    assert (
        client.post("/measures/feedback/comment/", {"t": forged, "comment": "x"}).status_code == 404
    )


@pytest.mark.django_db
def test_the_honeypot_keeps_bots_out_silently(site, client):
    page = page_at(CONTENT)
    response = client.post(
        "/measures/feedback/", {"page": page.pk, "helpful": "yes", "further_detail": "buy now"}
    )
    assert response.status_code == 303
    assert not PageFeedback.objects.exists()
    quiz = quiz_value(page_at(QUIZ_Y56))
    data = {"page": page_at(QUIZ_Y56).pk, "quiz": quiz_key(quiz), "further_detail": "x"}
    data.update({f"q{i}": "0" for i in range(1, 5)})
    client.post("/measures/quiz/", data)
    assert not QuizResponse.objects.exists()


@pytest.mark.django_db
def test_answers_are_rate_limited_per_connection(site, client, settings):
    settings.MEASURES_RATE_LIMIT = {"limit": 2, "window": 3600}
    page = page_at(CONTENT)
    statuses = [
        client.post("/measures/feedback/", {"page": page.pk, "helpful": "yes"}).status_code
        for _ in range(3)
    ]
    assert statuses == [303, 303, 429]
    assert PageFeedback.objects.count() == 2


@pytest.mark.django_db
def test_feedback_for_a_page_that_is_not_live_is_not_found(site, client):
    page = page_at(CONTENT)
    page.unpublish()
    assert (
        client.post("/measures/feedback/", {"page": page.pk, "helpful": "yes"}).status_code == 404
    )
    assert client.post("/measures/feedback/", {"page": "x", "helpful": "yes"}).status_code == 404


@pytest.mark.django_db
def test_the_endpoints_take_no_get_and_need_no_csrf_token(site, client):
    assert client.get("/measures/feedback/").status_code == 405
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    page = page_at(CONTENT)
    assert (
        strict.post("/measures/feedback/", {"page": page.pk, "helpful": "yes"}).status_code == 303
    )


# --- Parents' confidence check ------------------------------------------------------------


@pytest.mark.django_db
def test_confidence_before_and_after_land_in_one_row(site, client):
    page = page_at(GUIDE)
    response = visitor(client).post(
        "/measures/confidence/", {"page": page.pk, "stage": "before", "score": "2"}
    )
    assert response.status_code == 303
    row = ConfidenceResponse.objects.get()
    assert (row.page_id, row.before, row.after) == (page.pk, 2, None)

    again = client.get(response["Location"])
    assert_private(again)
    html = again.content.decode()
    assert "You chose 2 out of 5" in html
    state = re.search(r'name="s" value="([^"]+)"', html).group(1)
    assert 'value="after"' in html

    done = client.post(
        "/measures/confidence/", {"page": page.pk, "stage": "after", "score": "4", "s": state}
    )
    assert done.status_code == 303
    assert ConfidenceResponse.objects.count() == 1
    row.refresh_from_db()
    assert (row.before, row.after) == (2, 4)
    thanks = client.get(done["Location"]).content.decode()
    assert "Before reading you chose 2 out of 5. After reading you chose 4 out of 5." in thanks
    # Sending the "after" form again changes nothing.
    client.post(
        "/measures/confidence/", {"page": page.pk, "stage": "after", "score": "1", "s": state}
    )
    row.refresh_from_db()
    assert row.after == 4
    stored = all_stored_values()
    assert ADDRESS not in stored and AGENT not in stored


@pytest.mark.django_db
def test_confidence_after_needs_a_genuine_first_answer(site, client):
    page = page_at(GUIDE)
    forged = signing.dumps({"t": "x" * 32, "b": 5, "p": page.pk}, salt="not-ours")
    response = client.post(
        "/measures/confidence/", {"page": page.pk, "stage": "after", "score": "1", "s": forged}
    )
    assert response.status_code == 404
    other = signing.dumps({"t": "y" * 32, "b": 5, "p": page.pk + 999}, salt=CONFIDENCE_SALT)
    response = client.post(
        "/measures/confidence/", {"page": page.pk, "stage": "after", "score": "1", "s": other}
    )
    assert response.status_code == 404
    assert not ConfidenceResponse.objects.exists()


@pytest.mark.django_db
def test_confidence_without_a_score_shows_the_error(site, client):
    page = page_at(GUIDE)
    response = client.post("/measures/confidence/", {"page": page.pk, "stage": "before"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose a number from 1 to 5" in html
    assert 'id="confidence-before-score-error"' in html
    assert not ConfidenceResponse.objects.exists()


# --- Children's quiz ----------------------------------------------------------------------


@pytest.mark.django_db
def test_the_quiz_keeps_only_the_score_and_gives_kind_feedback(site, client):
    page = page_at(QUIZ_Y56)
    quiz = quiz_value(page)
    # Right, wrong, right, right.
    answers = {"q1": "1", "q2": "1", "q3": "1", "q4": "0"}
    result = visitor(client).post(
        "/measures/quiz/", {"page": page.pk, "quiz": quiz_key(quiz), **answers}
    )
    # The result is the answer to the POST: no redirect, so no address holds the answers.
    assert result.status_code == 200 and "Location" not in result
    row = QuizResponse.objects.get()
    assert (row.score, row.total, row.right) == (3, 4, [True, False, True, True])
    assert row.quiz_title == "Quick quiz"

    assert_private(result)
    text = result.content.decode()
    assert "You got 3 out of 4 right." in text
    assert "Good try" in text and text.count("govuk-tag--green") == 3
    assert "Good friends are kind." in text  # the explanation of the one they missed
    stored = all_stored_values()
    assert ADDRESS not in stored and AGENT not in stored


@pytest.mark.django_db
def test_a_quiz_with_questions_left_out_keeps_the_answers_given(site, client):
    page = page_at(QUIZ_YP)
    quiz = quiz_value(page)
    response = client.post(
        "/measures/quiz/", {"page": page.pk, "quiz": quiz_key(quiz), "q1": "0", "q3": "2"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose an answer to question 2" in html and "Choose an answer to question 5" in html
    assert "Choose an answer to question 1" not in html
    key = quiz_key(quiz)
    assert re.search(rf'id="quiz-{key}-q1"\s+name="q1"\s+type="radio"\s+value="0"\s+checked', html)
    assert re.search(
        rf'id="quiz-{key}-q3-3"\s+name="q3"\s+type="radio"\s+value="2"\s+checked', html
    )
    assert not QuizResponse.objects.exists()


@pytest.mark.django_db
def test_an_answer_to_an_old_version_of_the_quiz_is_not_marked(site, client):
    page = page_at(QUIZ_Y56)
    answers = {f"q{i}": "0" for i in range(1, 5)}
    response = client.post("/measures/quiz/", {"page": page.pk, "quiz": "0" * 16, **answers})
    assert response.status_code == 409
    assert "This quiz has changed" in response.content.decode()
    assert not QuizResponse.objects.exists()


def test_quiz_blocks_need_exactly_one_right_answer():
    from django.core.exceptions import ValidationError

    from measures.blocks import QuizQuestionBlock

    block = QuizQuestionBlock()
    value = block.to_python(
        {
            "question": "Q?",
            "answers": [{"text": "a", "correct": True}, {"text": "b", "correct": True}],
            "explanation": "Because.",
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)
