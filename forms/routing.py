"""Which authority must act on a report, and what the reporter is told about it:
the one place that decides.

Concerns go to the children's services of the council for the child's area.
Intelligence goes to Cheshire Police, with the area recorded, whenever we know
the place is in Cheshire. Anything we cannot place in Cheshire goes to the
Pan-Cheshire triage team, who pass it on, as does anything that may be a disclosure
left elsewhere on the site (a page feedback comment).

The reporter's own choice of area wins. Only "not sure" is resolved from the
town or postcode they type, using the editable Locality table: a postcode
district that crosses a boundary offers the towns it covers, a name we do not
know offers the nearest names we do, and a postcode from an area that never
touches Cheshire (M1, LL11) is outside. What the journey asks and what the
check page and the confirmation say all come from here, so they always agree.
"""

import difflib
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from core.choices import CHESHIRE_AREAS, Area
from core.text import one_line

from .choices import ReportKind

TRIAGE = "pan-cheshire-triage"
POLICE = "cheshire-police"
# The council for each area; slugs of the Authority rows the migration creates.
COUNCIL_FOR_AREA = {
    Area.CHESHIRE_EAST: "cheshire-east",
    Area.CHESHIRE_WEST: "cheshire-west-and-chester",
    Area.HALTON: "halton",
    Area.WARRINGTON: "warrington",
}

# The outward part of a UK postcode ("WA7" of "WA7 1AB", "WA7", "wa7 1").
OUTWARD_CODE = re.compile(r"^\s*([A-Za-z]{1,2}[0-9][0-9A-Za-z]?)(?:\s*[0-9][A-Za-z]{0,2})?\s*$")
# Postcode areas (the letters) with at least one district inside the four council
# areas. A district of any other area (M1, LL11) is outside Cheshire; an unlisted
# district of one of these (CH41, WA10) may be either, so it goes to triage.
CHESHIRE_POSTCODE_AREAS = frozenset({"CH", "CW", "L", "SK", "ST", "SY", "WA"})
# The town question's answer when the reporter does not know, and the "did you
# mean" answer when none of the names is the place they meant.
DONT_KNOW = "dont-know"
NONE_OF_THESE = "none"
SUGGESTIONS = 3
SUGGESTION_CUTOFF = 0.75


class Reason:
    CHOSEN = "chosen"  # the reporter picked one of the four areas
    LOCALITY = "locality"  # "not sure", resolved from town or postcode district
    TOWN = "town"  # a boundary district, settled by the town the reporter chose
    AMBIGUOUS = "ambiguous"  # the town or district crosses a boundary
    UNKNOWN = "unknown"  # "not sure" and nothing (or nothing we know) to go on
    OUTSIDE = "outside"  # outside Cheshire, chosen or from the locality
    SCREENED = "screened"  # words left elsewhere on the site that may be a disclosure


@dataclass(frozen=True)
class Route:
    authority_slug: str
    area: str  # one of the four areas, or "" when not known
    reason: str
    candidate_areas: tuple = field(default_factory=tuple)
    place: str = ""  # what the reporter typed, tidied, for the messages

    @property
    def needs_town(self):
        """True when a town would settle it: worth asking the reporter."""
        return self.reason in (Reason.AMBIGUOUS, Reason.UNKNOWN)


# --- Places ----------------------------------------------------------------------------


def postcode_district(text):
    match = OUTWARD_CODE.match(text or "")
    return match.group(1).upper() if match else ""


def tidy(text):
    return one_line(text)


def find_locality(text):
    """The Locality for a town name or postcode, or None."""
    from .models import Locality

    text = tidy(text)
    if not text:
        return None
    district = postcode_district(text)
    if district:
        found = Locality.objects.filter(kind=Locality.Kind.DISTRICT, name__iexact=district).first()
        if found:
            return found
    return Locality.objects.filter(kind=Locality.Kind.TOWN, name__iexact=text).first()


def towns_in(district):
    """The towns and villages listed for a postcode district, by name."""
    from .models import Locality

    towns = Locality.objects.filter(kind=Locality.Kind.TOWN).exclude(districts="")
    return sorted((t for t in towns if district.upper() in t.district_list), key=lambda t: t.name)


def suggestions_for(text):
    """Town names close to what was typed ("Macclesfeild" -> "Macclesfield")."""
    from .models import Locality

    text = tidy(text)
    if not text or postcode_district(text):
        return []
    names = list(Locality.objects.filter(kind=Locality.Kind.TOWN).values_list("name", flat=True))
    by_key = {name.casefold(): name for name in names}
    close = difflib.get_close_matches(
        text.casefold(), list(by_key), n=SUGGESTIONS, cutoff=SUGGESTION_CUTOFF
    )
    return [by_key[key] for key in close]


def outside_by_postcode(text):
    """True for a postcode district of an area that never touches Cheshire."""
    district = postcode_district(text)
    letters = re.match(r"[A-Z]+", district).group(0) if district else ""
    return bool(letters) and letters not in CHESHIRE_POSTCODE_AREAS


@dataclass(frozen=True)
class Place:
    """What the journey still has to ask about a typed town or postcode."""

    text: str  # as typed, tidied
    district: str  # the postcode district typed, if any
    towns: tuple = ()  # Locality rows to choose from: the district crosses a boundary
    suggestions: tuple = ()  # town names close to an unknown name

    @property
    def asks_town(self):
        return bool(self.towns)

    @property
    def asks_suggestion(self):
        return bool(self.suggestions)


def read_place(text):
    """The questions a typed place leads to (none when it is settled or blank)."""
    text = tidy(text)
    district = postcode_district(text)
    locality = find_locality(text)
    if locality is not None:
        if locality.kind == locality.Kind.DISTRICT and locality.is_ambiguous:
            return Place(text, district, towns=tuple(towns_in(locality.name)))
        return Place(text, district)
    if text and not outside_by_postcode(text):
        return Place(text, district, suggestions=tuple(suggestions_for(text)))
    return Place(text, district)


def resolve_area(area_given, locality_text="", town=""):
    """(area, reason, candidates) from the reporter's answers."""
    if area_given in CHESHIRE_AREAS:
        return str(area_given), Reason.CHOSEN, (str(area_given),)
    if area_given == Area.OUTSIDE:
        return "", Reason.OUTSIDE, ()
    if area_given != Area.NOT_SURE:
        raise ValueError(f"unknown area {area_given!r}")
    locality = find_locality(locality_text)
    if locality is None:
        if outside_by_postcode(locality_text):
            return "", Reason.OUTSIDE, ()
        return "", Reason.UNKNOWN, ()
    areas = tuple(locality.area_list)
    if len(areas) == 1:
        if areas[0] == Area.OUTSIDE:
            return "", Reason.OUTSIDE, ()
        return areas[0], Reason.LOCALITY, areas
    chosen = _chosen_town(locality, town)
    if chosen is not None:
        town_areas = tuple(chosen.area_list)
        if town_areas == (Area.OUTSIDE,):
            return "", Reason.OUTSIDE, ()
        if len(town_areas) == 1:
            return town_areas[0], Reason.TOWN, town_areas
    return "", Reason.AMBIGUOUS, areas


def _chosen_town(district, town):
    if not town or town == DONT_KNOW or district.kind != district.Kind.DISTRICT:
        return None
    return next((t for t in towns_in(district.name) if t.name == town), None)


def route_report(kind, area_given, locality_text="", town=""):
    """Decide which authority receives a report."""
    area, reason, candidates = resolve_area(area_given, locality_text, town)
    place = ""
    if area_given == Area.NOT_SURE:
        place = town if town and town != DONT_KNOW else tidy(locality_text)
    if kind == ReportKind.INTELLIGENCE:
        # The police cover all four areas: they need only know it is in Cheshire.
        in_cheshire = bool(candidates) and all(c in CHESHIRE_AREAS for c in candidates)
        if area or (reason == Reason.AMBIGUOUS and in_cheshire):
            return Route(POLICE, area, reason, candidates, place)
        return Route(TRIAGE, area, reason, candidates, place)
    if kind != ReportKind.CONCERN:
        raise ValueError(f"unknown report kind {kind!r}")
    if area:
        return Route(COUNCIL_FOR_AREA[area], area, reason, candidates, place)
    return Route(TRIAGE, "", reason, candidates, place)


def route_screened_text():
    """Words left outside the report forms (a page feedback comment) that may be a
    disclosure: nobody knows the area, so the triage team reads them first."""
    return Route(TRIAGE, "", Reason.SCREENED)


def authority_for(route):
    from .models import Authority

    return Authority.objects.get(slug=route.authority_slug)


# --- What the reporter is told ------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """Who gets a report, in the words the check page and the confirmation use."""

    authority: object  # forms.models.Authority
    will_go: str  # "This will be sent to ...", for the check page
    has_gone: str  # "Your report has gone to ...", for the confirmation
    why: str  # why it goes to triage, or ""
    outside: bool  # outside Cheshire: show the general advice


def recipient(kind, route, authority=None):
    """The Recipient of a report routed by ``route_report`` (to ``authority`` when
    the report is already saved: the words then name whoever really has it)."""
    authority = authority or authority_for(route)
    name = authority.name
    if authority.slug == POLICE:
        will_go = _("This will be sent to %(name)s.") % {"name": name}
        has_gone = _(
            "Your report has gone to %(name)s. They put information like this together with "
            "what they already know, to stop people who harm children."
        ) % {"name": name}
        return Recipient(authority, will_go, has_gone, "", outside=False)
    if authority.slug != TRIAGE:
        will_go = _("This will be sent to %(name)s’s children’s services.") % {"name": name}
        has_gone = _(
            "Your report has gone to the children’s services team at %(name)s. They will read "
            "it and decide what needs to happen to keep the child safe."
        ) % {"name": name}
        return Recipient(authority, will_go, has_gone, "", outside=False)
    why = _triage_reason(route)
    if route.reason == Reason.OUTSIDE:
        passes_on = _("They will pass it to the police or the council for that area.")
    elif kind == ReportKind.INTELLIGENCE:
        passes_on = _("They will pass it to the police.")
    else:
        passes_on = _("They will pass it to the right council’s children’s services.")
    will_go = _("This will be sent to the %(name)s. %(passes_on)s") % {
        "name": name,
        "passes_on": passes_on,
    }
    has_gone = _("Your report has gone to the %(name)s. %(passes_on)s") % {
        "name": name,
        "passes_on": passes_on,
    }
    return Recipient(authority, will_go, has_gone, why, outside=route.reason == Reason.OUTSIDE)


def _triage_reason(route):
    place = route.place
    if route.reason == Reason.OUTSIDE:
        if place:
            return _("%(place)s is outside Cheshire.") % {"place": place}
        return _("You said this is outside Cheshire.")
    if route.reason == Reason.AMBIGUOUS:
        return _("%(place)s covers more than one council area.") % {
            "place": postcode_district(place) or place
        }
    if place:
        return _("We could not tell which council area “%(place)s” is in.") % {"place": place}
    return _("You did not say which area this is about.")
