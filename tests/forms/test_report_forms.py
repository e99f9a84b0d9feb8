"""The report questions: what is required, the limits, dates, registrations and
contact details, as a person meets them on the page (error summary at the top,
message by the field, what they typed kept)."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from forms.forms import (
    DATE_PARTS,
    LimitedText,
    ReportForm,
    read_registration,
)
from tests.forms.test_report_journey import (  # noqa: F401  (fixtures)
    quick_and_unlimited,
    report_pages,
)
from tests.forms.walk import CONCERN, INTELLIGENCE, VALID, answer, hidden, text_of, walk


def form(kind="concern", **changes):
    bound = ReportForm({**VALID, **changes}, kind=kind)
    bound.is_valid()
    return bound


def summary_links(response):
    """(href, message) of each link in the error summary."""
    page = response.content.decode()
    summary = re.search(r'govuk-error-summary__list">(.*?)</ul>', page, re.S)
    assert summary, "no error summary"
    return re.findall(r'<a href="#([^"]+)">([^<]+)</a>', summary.group(1))


def message_by(response, field_id):
    page = response.content.decode()
    match = re.search(
        rf'<p id="{field_id}-error" class="govuk-error-message">(.*?)</p>', page, re.S
    )
    assert match, f"no error message by {field_id}"
    return " ".join(re.sub(r"<[^>]+>", "", match.group(1)).split()).replace("Error: ", "")


# Required answers --------------------------------------------------------------------------

# What each question page requires is tested page by page in test_report_journey.py.
REQUIRED = {
    "area": "Select the area this is about, or ‘I’m not sure’",
    "what_happened": "Tell us what happened",
    "danger_now": "Select yes if a child is in danger right now",
    "reporter_role": "Select who you are",
}


@pytest.mark.parametrize("name", list(REQUIRED))
def test_each_required_answer_alone(name):
    bound = form(**{name: ""})
    assert list(bound.errors) == [name]


def test_whitespace_is_not_an_answer():
    assert "what_happened" in form(what_happened="   \r\n  ").errors


def test_unknown_choices_are_refused():
    bound = form(area="narnia", reporter_role="spy", place_type="moon", danger_now="maybe")
    assert set(bound.errors) == {"area", "reporter_role", "place_type", "danger_now"}
    assert bound.errors["area"] == ["Select one of the options"]


def test_a_valid_form_gives_the_answers_save_report_takes():
    from forms.submission import ANSWER_FIELDS

    bound = form()
    assert bound.is_valid(), bound.errors
    answers = bound.answers("en")
    assert set(answers) == set(ANSWER_FIELDS) | {"town"}
    assert answers["when_date"].month == 3 and answers["danger_now"] is False


# Dates ------------------------------------------------------------------------------------


def test_a_date_in_the_future_is_refused():
    tomorrow = timezone.localdate() + timedelta(days=1)
    bound = form(
        when_precision="day",
        when_day=str(tomorrow.day),
        when_month=str(tomorrow.month),
        when_year=str(tomorrow.year),
    )
    assert bound.errors["when_day"] == ["The date must be today or in the past"]
    next_month = timezone.localdate().replace(day=1) + timedelta(days=32)
    bound = form(
        when_precision="month", when_month=str(next_month.month), when_year=str(next_month.year)
    )
    assert bound.errors["when_month"] == ["The date must be today or in the past"]


def test_today_is_fine():
    today = timezone.localdate()
    bound = form(
        when_precision="day",
        when_day=str(today.day),
        when_month=str(today.month),
        when_year=str(today.year),
    )
    assert bound.is_valid(), bound.errors
    assert bound.when_date == today


@pytest.mark.parametrize(
    "day, month, year",
    [
        ("30", "2", "2024"),
        ("31", "4", "2023"),
        ("29", "2", "2023"),
        ("0", "1", "2024"),
        ("1", "13", "2024"),
    ],
)
def test_impossible_dates_are_refused(day, month, year):
    bound = form(when_precision="day", when_day=day, when_month=month, when_year=year)
    assert bound.errors["when_day"] == ["The date must be a real date"]
    assert bound.date_error_parts == set(DATE_PARTS)


def test_29_february_in_a_leap_year_is_real():
    assert form(when_precision="day", when_day="29", when_month="2", when_year="2024").is_valid()


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"when_precision": "day", "when_day": ""}, "when_day", "The date must include a day"),
        (
            {"when_precision": "day", "when_day": "", "when_month": "", "when_year": ""},
            "when_day",
            "Enter the date it happened, or choose ‘Not sure when’",
        ),
        (
            {"when_precision": "month", "when_month": "", "when_year": ""},
            "when_month",
            "Enter the month and year it happened, or choose ‘Not sure when’",
        ),
        ({"when_precision": "month", "when_year": ""}, "when_year", "The date must include a year"),
        ({"when_year": "24"}, "when_year", "The year must have 4 numbers, like 2024"),
        ({"when_month": "March"}, "when_month", "The date must be a real date, written in numbers"),
        ({"when_year": "1850"}, "when_year", "The year must be 1900 or later"),
        ({"when_month": "99999999999"}, "when_month", "The date must be a real date"),
    ],
)
def test_date_messages_name_the_part_that_is_wrong(changes, field, message):
    bound = form(**{"when_precision": "month", **changes})
    assert bound.errors[field] == [message]


def test_a_month_needs_no_day_and_not_sure_needs_no_date():
    assert form(when_precision="month", when_day="").is_valid()
    bound = form(when_precision="unknown", when_day="x", when_month="y", when_year="z")
    assert bound.is_valid(), bound.errors
    assert bound.answers("en")["when_date"] is None


@pytest.mark.django_db
@pytest.mark.usefixtures("report_pages")
def test_an_impossible_date_on_the_page(client):
    response = answer(
        client, when_precision="day", when_day="30", when_month="02", when_year="2024"
    )
    assert summary_links(response) == [("when_day", "The date must be a real date")]
    assert message_by(response, "when") == "The date must be a real date"
    page = response.content.decode()
    for name, value in (("when_day", "30"), ("when_month", "02"), ("when_year", "2024")):
        assert re.search(rf'govuk-input--error"\s+id="{name}"\s+name="{name}"', page), name
        assert re.search(rf'id="{name}"[^>]*value="{value}"', page), name


@pytest.mark.django_db
@pytest.mark.usefixtures("report_pages")
def test_a_future_date_on_the_page(client):
    year = str(timezone.localdate().year + 1)
    response = answer(client, when_precision="day", when_day="1", when_month="1", when_year=year)
    assert summary_links(response) == [("when_day", "The date must be today or in the past")]


# Limits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, limit",
    [
        ("locality", 100),
        ("what_happened", 5000),
        ("when_description", 500),
        ("place", 500),
        ("people_description", 2000),
        ("names", 1000),
        ("usernames", 1000),
        ("vehicles", 300),
        ("contact_name", 100),
        ("contact_phone", 30),
        ("contact_email", 254),
    ],
)
def test_every_text_answer_has_a_limit(name, limit):
    field = ReportForm.base_fields[name]
    assert isinstance(field, LimitedText) and field.limit == limit
    extra = {"wants_contact": "yes", "contact_phone": "01234 567890"} if "contact" in name else {}
    bound = form(**{**extra, name: "1" * (limit + 1)})
    assert name in bound.errors
    assert "characters or fewer" in bound.errors[name][0]


def test_a_line_ending_counts_as_one_character():
    text = ("a" * 9 + "\r\n") * 500  # 5,000 characters as the character count sees them
    bound = form(what_happened=text.rstrip())
    assert bound.is_valid(), bound.errors
    assert "\r" not in bound.cleaned_data["what_happened"]


@pytest.mark.django_db
@pytest.mark.usefixtures("report_pages")
def test_text_over_the_limit_is_kept_with_a_message(client):
    too_long = "ż" * 5001
    response = answer(client, what_happened=too_long)
    message = "What happened must be 5,000 characters or fewer. You have typed 5,001."
    assert summary_links(response) == [("what_happened", message)]
    assert message_by(response, "what_happened") == message
    assert f">\n{too_long}</textarea>" in response.content.decode()
    assert 'data-maxlength="5000"' in response.content.decode()


# Registrations ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, display, complete",
    [
        ("AB12 CDE", "AB12 CDE", True),
        ("ab12cde", "AB12 CDE", True),
        (" a123  bcd ", "A123 BCD", True),
        ("ABC123D", "ABC 123D", True),
        ("1234 ab", "1234 AB", True),
        ("ABC 123", "ABC 123", True),
        ("AB12", "AB 12", True),  # a dateless registration in its own right
        ("AB12 C", "AB12 C", False),
        ("?? 123", "?? 123", False),
        ("ab1*  cde", "AB1* CDE", False),
        ("ABCDEFG", "ABCDEFG", False),
    ],
)
def test_registrations_are_read_but_partial_ones_kept(typed, display, complete):
    registration = read_registration(typed)
    assert registration is not None
    assert (registration.display, registration.complete) == (display, complete)
    assert registration.typed == typed.strip()


@pytest.mark.parametrize(
    "typed", ["AB-12 CDE", "AB12 CDE!", "ŁÓDŹ 123", "AB12CDEFGHIJ", "<b>AB12</b>"]
)
def test_what_cannot_be_part_of_a_registration_is_refused(typed):
    assert read_registration(typed) is None
    assert "vehicles" in form(vehicles=f"AB12 CDE\n{typed}").errors


def test_the_refused_registration_is_named_by_its_line():
    bound = form(vehicles="AB12 CDE\n\nAB-12")
    assert bound.errors["vehicles"] == [
        "Registration 2 can only have letters A to Z, numbers and spaces. Use ? for a letter "
        "or number you did not see."
    ]
    bound = form(vehicles="AB12 CDE FGH IJK")
    assert "too long" in bound.errors["vehicles"][0]
    assert "up to 20" in form(vehicles="\n".join(["AB12"] * 21)).errors["vehicles"][0]


@pytest.mark.django_db
@pytest.mark.usefixtures("report_pages")
def test_a_malformed_registration_on_the_page_keeps_the_rest(client):
    typed = "AB12\nAB-12 CDE"
    response = answer(client, INTELLIGENCE, vehicles=typed)
    ((href, message),) = summary_links(response)
    assert href == "vehicles" and message.startswith("Registration 2 can only have")
    assert f">\n{typed}</textarea>" in response.content.decode()
    hint = "If you only saw part of it, type the part you saw."
    assert hint in text_of(response)
    # A partial one alone goes through.
    response = answer(client, INTELLIGENCE, vehicles="AB12 C\n?? 123")
    assert hidden(response, "payload")


# Contact details ------------------------------------------------------------------------


def test_yes_to_contact_needs_a_phone_number_or_email():
    bound = form(wants_contact="yes", contact_name="Sam")
    assert list(bound.errors) == ["contact_phone"]
    assert form(wants_contact="yes", contact_email="sam@example.org").is_valid()
    assert form(wants_contact="yes", contact_phone="+44 (0)1234 567-890").is_valid()


def test_contact_details_are_checked():
    bound = form(wants_contact="yes", contact_phone="call me", contact_email="not an email")
    assert set(bound.errors) == {"contact_phone", "contact_email"}


def test_details_without_saying_yes_or_no_are_queried():
    bound = form(wants_contact="", contact_phone="01234 567890")
    assert list(bound.errors) == ["wants_contact"]
    assert form(wants_contact="", contact_phone="").is_valid()


def test_the_wording_follows_the_journey():
    concern, intelligence = ReportForm(kind="concern"), ReportForm(kind="intelligence")
    assert concern["what_happened"].label != intelligence["what_happened"].label
    assert "council" in str(concern["area"].help_text)
    assert "police" in str(intelligence["area"].help_text)


@pytest.mark.django_db
@pytest.mark.usefixtures("report_pages")
def test_contact_details_sit_under_yes_and_say_what_giving_them_means(client):
    response, _ = walk(client, CONCERN, stop_at="contact")
    page = response.content.decode()
    # Under "Yes", and shown with or without JavaScript.
    assert re.search(
        r'name="wants_contact"\s+type="radio"\s+value="yes"[^>]*>\s*<label[^>]*>\s*'
        r"Yes, you can contact me\s*</label>\s*</div>\s*"
        r'<div class="govuk-radios__conditional"\s+id="conditional-wants_contact">',
        page,
    )
    assert "govuk-radios__conditional--hidden" not in page
    reveal = re.search(r'id="conditional-wants_contact">(.*?)</fieldset>', page, re.S).group(1)
    for name in ("contact_name", "contact_phone", "contact_email"):
        assert f'name="{name}"' in reveal
    words = text_of(response)
    assert "If you leave your details out, you stay anonymous" in words
    assert "encrypted" in words


def test_when_may_be_left_out_and_is_then_not_known():
    bound = form(when_precision="", when_month="", when_year="")
    assert bound.is_valid(), bound.errors
    assert bound.answers("en")["when_precision"] == "unknown"
