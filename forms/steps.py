"""The question pages of a report journey: which are asked, and in which order.

One thing per page, as GOV.UK question pages do. The order is fixed; what is
asked depends on the kind of report, on who is reporting and on earlier answers:

- a child in danger now: the 999 page straight after that question;
- "I'm not sure" where: the town or postcode; a postcode district that crosses a
  boundary: which of its towns; a name we do not know: "did you mean"; outside
  Cheshire: general advice about who to tell there (forms.routing decides all of it);
- a young person, or someone who would rather not say who they are, is asked only
  what must be known (who, danger, where, what): everything else is offered,
  optional, on "check your answers";
- vehicle registrations: always for information reports, for a concern only when
  a taxi is involved; online usernames only when it happened online.

Everyone else is asked every question that applies; the optional ones can be
left empty. ``forms.journey`` shows the pages; the answers are checked by
``forms.forms.ReportForm``, one page's fields at a time.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from core.choices import Area

from . import routing
from .choices import PlaceType, ReporterRole, ReportKind

YES = "yes"
CHECK = "check"


@dataclass(frozen=True)
class Step:
    name: str
    fields: tuple  # the answers this page asks for (none on a page that only informs)
    title: str  # its <title>: the question, or what the page says
    button: str = _("Continue")
    secondary: bool = False  # its button is not the main thing to do on the page
    # A page of details that may be left out: it offers to skip them all and go
    # to the check page, where each can still be added.
    optional: bool = False


STEPS = [
    Step("role", ("reporter_role",), _("Who are you?")),
    Step("danger", ("danger_now",), _("Is a child in danger right now?")),
    # Its <title> names the site's emergency number (templates/forms/report_step.html).
    Step("emergency", (), "", _("Continue with your report"), secondary=True),
    Step("area", ("area",), _("Which area is this about?")),
    Step("locality", ("locality",), _("Which town, village or postcode is it?")),
    Step("town", ("town",), _("Which town or village is it?")),
    Step("suggest", ("suggestion",), _("Did you mean another place?")),
    Step("outside", (), _("This is outside Cheshire"), _("Continue with your report")),
    Step("what", ("what_happened",), _("What happened")),
    Step(
        "when",
        ("when_precision", "when_day", "when_month", "when_year", "when_description"),
        _("When did it happen?"),
        optional=True,
    ),
    Step("place", ("place_type", "place"), _("Where did it happen?"), optional=True),
    Step("people", ("people_description", "names"), _("The people involved"), optional=True),
    Step("online", ("usernames",), _("Online usernames"), optional=True),
    Step("vehicles", ("vehicles",), _("Vehicle registrations"), optional=True),
    Step(
        "contact",
        ("wants_contact", "contact_name", "contact_phone", "contact_email"),
        _("Can we contact you?"),
    ),
]
BY_NAME = {step.name: step for step in STEPS}
# Pages that follow from the answer before them: after a "Change" on check your
# answers they are still asked, then the reporter goes back to the check page.
FOLLOW_ON = {"emergency", "locality", "town", "suggest", "outside"}


def is_outside(answers):
    area = answers.get("area", "")
    if area == Area.OUTSIDE:
        return True
    if area != Area.NOT_SURE:
        return False
    _area, reason, _candidates = routing.resolve_area(
        area, answers.get("locality", ""), answers.get("town", "")
    )
    return reason == routing.Reason.OUTSIDE


def asked(kind, answers):
    """The names of the pages this reporter is asked, in order."""
    names = ["role", "danger"]
    if answers.get("danger_now") == YES:
        names.append("emergency")
    names.append("area")
    if answers.get("area") == Area.NOT_SURE:
        names.append("locality")
        place = routing.read_place(answers.get("locality", ""))
        if place.asks_town:
            names.append("town")
        elif place.asks_suggestion and answers.get("suggestion") != routing.NONE_OF_THESE:
            names.append("suggest")
    if is_outside(answers):
        names.append("outside")
    names.append("what")
    role = answers.get("reporter_role", "")
    if role in (ReporterRole.YOUNG_PERSON, ReporterRole.NOT_SAYING):
        return names
    names += ["when", "place", "people"]
    place_type = answers.get("place_type", "")
    if place_type == PlaceType.ONLINE:
        names.append("online")
    if kind == ReportKind.INTELLIGENCE or PlaceType.TAXI in (place_type, role):
        names.append("vehicles")
    names.append("contact")
    return names


ORDER = {step.name: position for position, step in enumerate(STEPS)}


def next_step(kind, answers, current, changing=False):
    """The page after ``current`` (or CHECK). After a change, only the pages that
    follow from it are asked before going back to the check page. ``current`` may
    itself no longer be asked (a "did you mean" just answered): the order holds."""
    after = [name for name in asked(kind, answers) if ORDER[name] > ORDER[current]]
    if changing:
        return after[0] if after and after[0] in FOLLOW_ON else CHECK
    return after[0] if after else CHECK


def previous_step(kind, answers, current):
    """The page before ``current`` (CHECK included), or None before the first."""
    names = asked(kind, answers)
    if current == CHECK:
        return names[-1]
    before = [name for name in names if ORDER[name] < ORDER[current]]
    return before[-1] if before else None


def forget_stale(answers):
    """Drop a town or "did you mean" answer that no longer fits the place typed, so
    a changed place is asked about afresh. Returns the answers."""
    place = routing.read_place(
        answers.get("locality", "") if answers.get("area") == Area.NOT_SURE else ""
    )
    if answers.get("town") not in {town.name for town in place.towns} | {routing.DONT_KNOW}:
        answers["town"] = ""
    if not place.towns and answers.get("town") == routing.DONT_KNOW:
        answers["town"] = ""
    if answers.get("suggestion") not in {*place.suggestions, routing.NONE_OF_THESE}:
        answers["suggestion"] = ""
    if not place.suggestions:
        answers["suggestion"] = ""
    return answers
