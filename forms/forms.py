"""The questions of the two report journeys, and how their answers are checked.

One form serves both journeys; ``kind`` changes the wording, not the rules.
Every field has a length limit checked here, whatever the browser does. The
answers are kept exactly as typed (only line endings are made consistent), and
are only ever shown escaped.

Registrations are checked line by line against UK formats, but a partial one
("AB12", "?? 123") is kept: someone who saw half a number plate should be able
to say so. Only text that cannot be part of a UK registration is refused.
"""

import re
from dataclasses import dataclass
from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext_lazy as _

from core.choices import Area, Sector

from . import routing
from .choices import PlaceType, ReporterRole, ReportKind, WhenPrecision

YES, NO = "yes", "no"
YES_NO = [(YES, _("Yes")), (NO, _("No"))]
# "No" first, so the contact details revealed by "Yes" sit right under it.
CONTACT_CHOICES = [(NO, _("No, I want to stay anonymous")), (YES, _("Yes, you can contact me"))]

EARLIEST_YEAR = 1900
MAX_REGISTRATIONS = 20
# What a registration line may hold: letters A to Z, digits, spaces, and ? or *
# for a character the reporter did not see. At most 10 characters.
REGISTRATION_CHARACTERS = re.compile(r"^[A-Za-z0-9 ?*]+$")
REGISTRATION_MAX_LENGTH = 10
# Full UK formats (spaces removed, upper case), each with where its space goes.
REGISTRATION_FORMATS = [
    (re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z]{3}$"), -3),  # current, 2001 on: AB12 CDE
    (re.compile(r"^[A-Z][0-9]{1,3}[A-Z]{3}$"), -3),  # prefix, 1983 to 2001: A123 BCD
    (re.compile(r"^[A-Z]{3}[0-9]{1,3}[A-Z]$"), 3),  # suffix, 1963 to 1983: ABC 123D
    (re.compile(r"^[0-9]{1,4}[A-Z]{1,3}$"), None),  # dateless: 1234 AB
    (re.compile(r"^[A-Z]{1,3}[0-9]{1,4}$"), None),  # dateless: ABC 123
]
PHONE_CHARACTERS = re.compile(r"^[\d\s+()\-]+$")


@dataclass(frozen=True)
class Registration:
    """One line of the registrations answer."""

    typed: str
    display: str  # normalised for reading only: never stored
    complete: bool


def read_registration(line):
    """A Registration, or None when the line cannot be part of a UK registration."""
    typed = line.strip()
    if len(typed) > REGISTRATION_MAX_LENGTH or not REGISTRATION_CHARACTERS.match(typed):
        return None
    compact = typed.replace(" ", "").upper()
    for pattern, space_at in REGISTRATION_FORMATS:
        if pattern.match(compact):
            if space_at is None:  # dateless: a space between the letters and the digits
                display = re.sub(r"(?<=[A-Z])(?=[0-9])|(?<=[0-9])(?=[A-Z])", " ", compact)
            else:
                display = f"{compact[:space_at]} {compact[space_at:]}"
            return Registration(typed, display, complete=True)
    return Registration(typed, " ".join(typed.upper().split()), complete=False)


def registration_lines(text):
    return [line for line in (text or "").splitlines() if line.strip()]


class LimitedText(forms.CharField):
    """Text with a length limit that gives a message people understand.

    ``multiline`` text has its line endings made consistent, so a browser's
    "\\r\\n" counts as one character, as the character count shows it.
    """

    def __init__(self, *, limit, short_name, multiline=False, **kwargs):
        self.limit = limit
        self.short_name = short_name
        self.multiline = multiline
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if self.multiline:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        return value

    def validate(self, value):
        super().validate(value)
        if len(value) > self.limit:
            raise ValidationError(
                _("%(name)s must be %(limit)s characters or fewer. You have typed %(count)s."),
                code="max_length",
                params={
                    "name": self.short_name,
                    "limit": number_format(self.limit, force_grouping=True),
                    "count": number_format(len(value), force_grouping=True),
                },
            )


class RadioLabel(str):
    """A radio's label that also carries the hint shown under it, and whether an
    "or" divider comes before it (templates/components/forms/radios.html)."""

    def __new__(cls, text, hint="", divider=False):
        label = super().__new__(cls, text)
        label.hint = hint
        label.divider = divider
        return label


def choice(choices, required_message, **kwargs):
    return forms.ChoiceField(
        choices=choices,
        error_messages={
            "required": required_message,
            "invalid_choice": _("Select one of the options"),
        },
        **kwargs,
    )


# Wording that differs between the journeys: (label, hint) for each kind.
WORDING = {
    ReportKind.CONCERN: {
        "area": (
            _("Which area is this about?"),
            _(
                "Choose where the child lives. If you do not know, choose where it "
                "happened. This tells us which council should read your report."
            ),
        ),
        "what_happened": (
            _("What has happened, or what are you worried about?"),
            _(
                "Say it in your own words. You do not have to be sure. Anything you saw, "
                "heard or were told can help."
            ),
        ),
        "people_description": (
            _("Describe anyone involved (optional)"),
            _(
                "For example their age, what they look like, what they wear, or how they "
                "treat the child."
            ),
        ),
        "reporter_role": (
            _("Who are you?"),
            _("This helps us understand what you have told us. We do not need your name."),
        ),
    },
    ReportKind.INTELLIGENCE: {
        "area": (
            _("Which area is this about?"),
            _(
                "Choose where it happened, or where the people, place or vehicle usually "
                "are. The police use this to share it with the right team."
            ),
        ),
        "what_happened": (
            _("What did you see or hear?"),
            _(
                "Say what happened in your own words. Small details help: times, how "
                "something was paid for, what people said, makes and colours of vehicles."
            ),
        ),
        "people_description": (
            _("Describe the people involved (optional)"),
            _(
                "Adults and children. For example age, height, hair, clothes, accent, or "
                "anything else you noticed."
            ),
        ),
        "reporter_role": (
            _("Who are you?"),
            _(
                "This helps the police understand what you have told them. We do not need "
                "your name."
            ),
        ),
    },
}

# Under each area's radio: places people know, so nobody needs to know council names.
AREA_HINTS = {
    Area.CHESHIRE_EAST: _("For example Crewe, Macclesfield, Congleton, Wilmslow or Nantwich"),
    Area.CHESHIRE_WEST: _("For example Chester, Ellesmere Port, Northwich or Winsford"),
    Area.HALTON: _("Runcorn and Widnes"),
    Area.WARRINGTON: _("Warrington, Lymm, Culcheth and Great Sankey"),
}

DATE_PARTS = ["when_day", "when_month", "when_year"]
DATE_PART_MAX_LENGTH = 10


class ReportForm(forms.Form):
    area = choice(Area.choices, _("Select the area this is about, or ‘I’m not sure’"))
    locality = LimitedText(
        limit=100,
        short_name=_("Town or postcode district"),
        label=_("Which town, village or postcode is it? (optional)"),
        help_text=_(
            "For example Runcorn, Crewe or WA7. If you do not know, leave it empty: your "
            "report will go to a team who pass it on."
        ),
    )
    what_happened = LimitedText(
        limit=5000,
        short_name=_("What happened"),
        multiline=True,
        required=True,
        error_messages={"required": _("Tell us what happened")},
    )
    # Asked only when the reporter picks a postcode district that crosses a boundary,
    # or types a name we do not know: the choices are set from the place they typed.
    town = choice([], _("Select the town or village, or ‘I don’t know’"), required=False)
    suggestion = choice([], _("Select the place you meant, or ‘No’"), required=False)
    when_precision = choice(
        WhenPrecision.choices,
        "",
        required=False,
        label=_("When did it happen? (optional)"),
        help_text=_("If it has happened more than once, tell us about the most recent time."),
    )
    # Checked together in _clean_when, which also limits their length.
    when_day = forms.CharField(required=False, label=_("Day"))
    when_month = forms.CharField(required=False, label=_("Month"))
    when_year = forms.CharField(required=False, label=_("Year"))
    when_description = LimitedText(
        limit=500,
        short_name=_("Anything else about when"),
        multiline=True,
        label=_("Anything else about when (optional)"),
        help_text=_(
            "For example ‘about 10pm’, ‘most Friday nights’ or ‘since the summer holidays’."
        ),
    )
    place_type = choice(
        PlaceType.choices,
        "",
        required=False,
        label=_("What kind of place was it? (optional)"),
    )
    place = LimitedText(
        limit=500,
        short_name=_("Where it happened"),
        multiline=True,
        label=_("Where was it? (optional)"),
        help_text=_(
            "For example a street, the name of a hotel, shop or park, or the name of an app "
            "or game."
        ),
    )
    people_description = LimitedText(
        limit=2000, short_name=_("The description of people"), multiline=True
    )
    names = LimitedText(
        limit=1000,
        short_name=_("Names or nicknames"),
        multiline=True,
        label=_("Names or nicknames (optional)"),
        help_text=_("Any names people used, even if you think they are not their real names."),
    )
    usernames = LimitedText(
        limit=1000,
        short_name=_("Online usernames"),
        multiline=True,
        label=_("Online usernames (optional)"),
        help_text=_("Usernames, profile names or gamer tags, and which app or game they were on."),
    )
    vehicles = LimitedText(
        limit=300,
        short_name=_("Vehicle registrations"),
        multiline=True,
        label=_("Vehicle registrations (optional)"),
        help_text=_(
            "Put each registration on its own line. If you only saw part of it, type the "
            "part you saw. Use ? for a letter or number you did not see."
        ),
    )
    danger_now = choice(
        YES_NO,
        _("Select yes if a child is in danger right now"),
        label=_("Is a child in danger right now?"),
        help_text=_(
            "For example, a child is with someone who is hurting them, or is missing and "
            "at risk tonight."
        ),
    )
    reporter_role = choice(ReporterRole.choices, _("Select who you are"))
    wants_contact = choice(
        CONTACT_CHOICES,
        "",
        required=False,
        label=_("Do you want us to be able to contact you?"),
        help_text=_(
            "You do not have to. If you leave your details out, you stay anonymous. If you "
            "give them, the team that reads your report may contact you to ask more or to "
            "tell you what is happening. Your details are encrypted, and only that team can "
            "read them."
        ),
    )
    contact_name = LimitedText(
        limit=100,
        short_name=_("Your name"),
        label=_("Your name (optional)"),
    )
    contact_phone = LimitedText(
        limit=30,
        short_name=_("Phone number"),
        label=_("Phone number"),
    )
    contact_email = LimitedText(
        limit=254,
        short_name=_("Email address"),
        label=_("Email address"),
    )

    def __init__(self, *args, kind, asked=(), **kwargs):
        """``asked``: the fields of the question page being answered; the town and
        the "did you mean" answers are required only there."""
        kwargs.setdefault("auto_id", "%s")
        super().__init__(*args, **kwargs)
        self.kind = ReportKind(kind)
        self.asked = set(asked)
        for name, (label, hint) in WORDING[self.kind].items():
            self.fields[name].label = label
            self.fields[name].help_text = hint
        self.fields["area"].choices = [
            (value, RadioLabel(label, AREA_HINTS.get(value, ""), divider=value == Area.NOT_SURE))
            for value, label in Area.choices
        ]
        self.fields["reporter_role"].choices = [
            (value, RadioLabel(label, divider=value == ReporterRole.NOT_SAYING))
            for value, label in ReporterRole.choices
        ]
        self._set_place_choices()
        self.when_date = None
        # Which parts of the date input to mark as wrong (GOV.UK marks only those).
        self.date_error_parts = set()
        example = date(timezone.localdate().year - 1, 3, 27)
        self.date_hint = _(
            "For example, %(example)s. If you chose a month, you can leave the day empty."
        ) % {"example": f"{example.day} {example.month} {example.year}"}

    def _set_place_choices(self):
        """The town and "did you mean" choices follow from the place typed."""
        typed = self.data.get("locality", "") if self.is_bound else ""
        area = self.data.get("area", "") if self.is_bound else ""
        self.place = routing.read_place(typed if area == Area.NOT_SURE else "")
        district = self.place.district or self.place.text
        self.fields["town"].choices = [(town.name, town.name) for town in self.place.towns] + [
            (routing.DONT_KNOW, RadioLabel(_("I don’t know"), divider=True))
        ]
        self.fields["town"].label = _("Which town or village in %(district)s is it?") % {
            "district": district
        }
        self.fields["town"].help_text = _(
            "%(district)s covers places in more than one council area. This tells us which "
            "council should read your report."
        ) % {"district": district}
        keep = _("No, keep “%(typed)s”") % {"typed": self.place.text}
        self.fields["suggestion"].choices = [(name, name) for name in self.place.suggestions] + [
            (routing.NONE_OF_THESE, RadioLabel(keep, divider=True))
        ]
        if len(self.place.suggestions) == 1:
            label = _("Did you mean %(name)s?") % {"name": self.place.suggestions[0]}
        else:
            label = _("Did you mean one of these places?")
        self.fields["suggestion"].label = label
        self.fields["suggestion"].help_text = _(
            "We do not know a place called “%(typed)s” in Cheshire."
        ) % {"typed": self.place.text}

    # Field checks --------------------------------------------------------------------

    def clean_vehicles(self):
        text = self.cleaned_data["vehicles"]
        lines = registration_lines(text)
        if len(lines) > MAX_REGISTRATIONS:
            raise ValidationError(
                _("You can give up to %(count)s registrations, one on each line"),
                params={"count": MAX_REGISTRATIONS},
                code="too_many",
            )
        for number, line in enumerate(lines, start=1):
            if len(line.strip()) > REGISTRATION_MAX_LENGTH:
                raise ValidationError(
                    _(
                        "Registration %(number)s is too long for a UK number plate. Put each "
                        "registration on its own line."
                    ),
                    params={"number": number},
                    code="registration_length",
                )
            if read_registration(line) is None:
                raise ValidationError(
                    _(
                        "Registration %(number)s can only have letters A to Z, numbers and "
                        "spaces. Use ? for a letter or number you did not see."
                    ),
                    params={"number": number},
                    code="registration_characters",
                )
        return text

    def clean_contact_phone(self):
        phone = self.cleaned_data["contact_phone"]
        if phone and (not PHONE_CHARACTERS.match(phone) or sum(ch.isdigit() for ch in phone) < 6):
            raise ValidationError(
                _("Enter a phone number using only numbers, spaces, brackets, dashes and +"),
                code="phone",
            )
        return phone

    def clean_contact_email(self):
        email = self.cleaned_data["contact_email"]
        if email:
            EmailValidator(
                message=_("Enter an email address in the correct format, like name@example.com")
            )(email)
        return email

    def clean(self):
        cleaned = super().clean()
        self._clean_when(cleaned)
        self._clean_contact(cleaned)
        for name in ("town", "suggestion"):
            if name in self.asked and not cleaned.get(name) and name not in self.errors:
                self.add_error(name, self.fields[name].error_messages["required"])
        return cleaned

    def _clean_when(self, cleaned):
        precision = cleaned.get("when_precision")
        if precision not in (WhenPrecision.DAY, WhenPrecision.MONTH):
            # The date is not used, but its boxes still have a limit.
            too_long = [
                name for name in DATE_PARTS if len(cleaned.get(name) or "") > DATE_PART_MAX_LENGTH
            ]
            if too_long:
                self.date_error_parts = set(too_long)
                self.add_error(too_long[0], _("The date must be a real date"))
            return
        parts = {name: (cleaned.get(name) or "").strip() for name in DATE_PARTS}
        too_long = [name for name in DATE_PARTS if len(parts[name]) > DATE_PART_MAX_LENGTH]
        needed = DATE_PARTS if precision == WhenPrecision.DAY else DATE_PARTS[1:]
        missing = [name for name in needed if not parts[name]]

        def fail(message, names):
            self.date_error_parts = set(names)
            # The error sits on the first wrong part, so the summary links to it.
            first = next(name for name in DATE_PARTS if name in self.date_error_parts)
            self.add_error(first, message)

        if len(missing) == len(needed):
            if precision == WhenPrecision.DAY:
                fail(_("Enter the date it happened, or choose ‘Not sure when’"), needed)
            else:
                fail(_("Enter the month and year it happened, or choose ‘Not sure when’"), needed)
            return
        if missing:
            words = {
                "when_day": _("a day"),
                "when_month": _("a month"),
                "when_year": _("a year"),
            }
            if len(missing) == 1:
                message = _("The date must include %(part)s") % {"part": words[missing[0]]}
            else:
                message = _("The date must include %(first)s and %(second)s") % {
                    "first": words[missing[0]],
                    "second": words[missing[1]],
                }
            fail(message, missing)
            return
        given = [name for name in DATE_PARTS if parts[name]]
        if too_long:
            fail(_("The date must be a real date"), too_long)
            return
        not_numbers = [name for name in given if not parts[name].isdecimal()]
        if not_numbers:
            fail(_("The date must be a real date, written in numbers"), not_numbers)
            return
        day = int(parts["when_day"]) if parts["when_day"] else None
        month, year = int(parts["when_month"]), int(parts["when_year"])
        if len(parts["when_year"]) != 4:
            fail(_("The year must have 4 numbers, like 2024"), ["when_year"])
            return
        try:
            when = date(year, month, 1 if day is None else day)
        except (ValueError, OverflowError):
            fail(_("The date must be a real date"), given)
            return
        today = timezone.localdate()
        if when > today:
            fail(_("The date must be today or in the past"), given)
            return
        if year < EARLIEST_YEAR:
            fail(
                _("The year must be %(year)s or later") % {"year": EARLIEST_YEAR},
                ["when_year"],
            )
            return
        self.when_date = when

    def _clean_contact(self, cleaned):
        wants = cleaned.get("wants_contact")
        details = [cleaned.get(name) for name in ("contact_name", "contact_phone", "contact_email")]
        if wants == YES:
            if not (cleaned.get("contact_phone") or cleaned.get("contact_email")):
                if "contact_phone" not in self.errors and "contact_email" not in self.errors:
                    self.add_error(
                        "contact_phone",
                        _(
                            "Give a phone number or an email address, or choose ‘No, I want "
                            "to stay anonymous’"
                        ),
                    )
        elif not wants and any(details) and "wants_contact" not in self.errors:
            self.add_error(
                "wants_contact", _("Select yes if you want us to be able to contact you")
            )

    # After validation ----------------------------------------------------------------

    def answers(self, language):
        """The cleaned answers in the shape ``forms.submission.save_report`` takes."""
        data = self.cleaned_data
        wants_contact = data["wants_contact"] == YES
        role = data["reporter_role"]
        precision = data["when_precision"] or WhenPrecision.UNKNOWN
        return {
            "kind": str(self.kind),
            "area_given": data["area"],
            "locality": data["locality"] if data["area"] == Area.NOT_SURE else "",
            "town": self.chosen_town(),
            "what_happened": data["what_happened"],
            "when_precision": precision,
            "when_date": self.when_date if precision != WhenPrecision.UNKNOWN else None,
            "when_description": data["when_description"],
            "place_type": data["place_type"],
            "place": data["place"],
            "people_description": data["people_description"],
            "names": data["names"],
            "usernames": data["usernames"],
            "vehicles": data["vehicles"],
            "danger_now": data["danger_now"] == YES,
            "reporter_role": role,
            # The sector follows from who the reporter says they are, so it never
            # records more than they chose to tell us.
            "sector": role if role in Sector.values else "",
            "wants_contact": wants_contact,
            "contact_name": data["contact_name"] if wants_contact else "",
            "contact_phone": data["contact_phone"] if wants_contact else "",
            "contact_email": data["contact_email"] if wants_contact else "",
            "language": language,
        }

    def chosen_town(self):
        """The town picked for a boundary district, or "" (not asked, or not known)."""
        town = self.cleaned_data.get("town", "")
        return town if self.place.asks_town and town != routing.DONT_KNOW else ""

    def route(self):
        """Where the report goes (forms.routing), from the cleaned answers."""
        data = self.cleaned_data
        return routing.route_report(
            self.kind,
            data["area"],
            data["locality"] if data["area"] == Area.NOT_SURE else "",
            self.chosen_town(),
        )

    def raw_answers(self):
        """What was typed, field by field, to carry to the next step."""
        return {name: str(self.data.get(name, "")) for name in ANSWER_INPUTS}

    # For the templates ---------------------------------------------------------------

    def error_list(self):
        """(anchor id, message) for the error summary, in the order of the page."""
        listed = []
        for name in ANSWER_INPUTS:
            if name in self.errors:
                listed.append((self[name].auto_id, self.errors[name][0]))
        return listed

    def first_errors(self):
        """{field name: its first message}, with the date's message under "when"."""
        errors = {name: messages[0] for name, messages in self.errors.items()}
        for name in DATE_PARTS:
            if name in errors:
                errors["when"] = errors.pop(name)
        return errors

    def summary(self):
        """Rows for "check your answers", in the order the questions were asked: each a
        dict with the question page to change it (``step``), the ``question``, the
        ``lines`` given and any ``registrations``; ``given`` is False when left out."""
        data = self.cleaned_data
        rows = []

        def row(step, question, *lines, registrations=None):
            lines = [line for line in lines if line]
            rows.append(
                {
                    "step": step,
                    "question": question,
                    "lines": lines,
                    "registrations": registrations or [],
                    "given": bool(lines or registrations),
                }
            )

        row("role", _("Who you are"), ReporterRole(data["reporter_role"]).label)
        row("danger", _("Is a child in danger right now?"), dict(YES_NO)[data["danger_now"]])
        place = data["locality"] if data["area"] == Area.NOT_SURE else ""
        row("area", _("Area"), Area(data["area"]).label, place, self.chosen_town())
        row("what", self.fields["what_happened"].label, data["what_happened"])
        when = self.when_text() if data["when_precision"] else ""
        row("when", _("When"), when, data["when_description"])
        place_type = PlaceType(data["place_type"]).label if data["place_type"] else ""
        row("place", _("Where it happened"), place_type, data["place"])
        row("people", _("People involved"), data["people_description"])
        row("people", _("Names or nicknames"), data["names"])
        row("online", _("Online usernames"), data["usernames"])
        row(
            "vehicles",
            _("Vehicle registrations"),
            registrations=[
                read_registration(line) for line in registration_lines(data["vehicles"])
            ],
        )
        if data["wants_contact"] == YES:
            row(
                "contact",
                _("Can we contact you?"),
                _("Yes"),
                data["contact_name"],
                data["contact_phone"],
                data["contact_email"],
            )
        else:
            # Not asked counts as no: nobody is contacted who did not say yes.
            row("contact", _("Can we contact you?"), _("No, I want to stay anonymous"))
        return rows

    def when_text(self):
        precision = self.cleaned_data["when_precision"]
        if precision == WhenPrecision.DAY and self.when_date:
            return date_format(self.when_date, "DATE_FORMAT")
        if precision == WhenPrecision.MONTH and self.when_date:
            if self.cleaned_data.get("when_day"):
                return date_format(self.when_date, "DATE_FORMAT")
            return date_format(self.when_date, "YEAR_MONTH_FORMAT")
        return str(WhenPrecision.UNKNOWN.label)


# The fields a person fills in, in the order the page asks them (the form's own
# fields). These (and only these) are carried from step to step in the signed payload.
ANSWER_INPUTS = list(ReportForm.base_fields)
