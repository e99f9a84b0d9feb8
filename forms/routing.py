"""Which authority must act on a report: the one place that decides.

Concerns go to the children's services of the council for the child's area.
Intelligence goes to Cheshire Police, with the area recorded, whenever we know
the place is in Cheshire. Anything we cannot place in Cheshire goes to the
Pan-Cheshire triage team, who pass it on, as does anything that may be a disclosure
left elsewhere on the site (a page feedback comment).

The reporter's own choice of area wins. Only "not sure" is resolved from the
optional town or postcode district, using the editable Locality table.
"""

import re
from dataclasses import dataclass, field

from core.choices import CHESHIRE_AREAS, Area

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


class Reason:
    CHOSEN = "chosen"  # the reporter picked one of the four areas
    LOCALITY = "locality"  # "not sure", resolved from town or postcode district
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

    @property
    def needs_town(self):
        """True when a town would settle it: worth asking the reporter."""
        return self.reason in (Reason.AMBIGUOUS, Reason.UNKNOWN)


def postcode_district(text):
    match = OUTWARD_CODE.match(text or "")
    return match.group(1).upper() if match else ""


def find_locality(text):
    """The Locality for a town name or postcode, or None."""
    from .models import Locality

    text = (text or "").strip()
    if not text:
        return None
    district = postcode_district(text)
    if district:
        found = Locality.objects.filter(kind=Locality.Kind.DISTRICT, name__iexact=district).first()
        if found:
            return found
    return Locality.objects.filter(
        kind=Locality.Kind.TOWN, name__iexact=" ".join(text.split())
    ).first()


def resolve_area(area_given, locality_text=""):
    """(area, reason, candidates) from the reporter's answers."""
    if area_given in CHESHIRE_AREAS:
        return str(area_given), Reason.CHOSEN, (str(area_given),)
    if area_given == Area.OUTSIDE:
        return "", Reason.OUTSIDE, ()
    if area_given != Area.NOT_SURE:
        raise ValueError(f"unknown area {area_given!r}")
    locality = find_locality(locality_text)
    if locality is None:
        return "", Reason.UNKNOWN, ()
    areas = tuple(locality.area_list)
    if len(areas) == 1:
        if areas[0] == Area.OUTSIDE:
            return "", Reason.OUTSIDE, ()
        return areas[0], Reason.LOCALITY, areas
    return "", Reason.AMBIGUOUS, areas


def route_report(kind, area_given, locality_text=""):
    """Decide which authority receives a report."""
    area, reason, candidates = resolve_area(area_given, locality_text)
    if kind == ReportKind.INTELLIGENCE:
        # The police cover all four areas: they need only know it is in Cheshire.
        in_cheshire = bool(candidates) and all(c in CHESHIRE_AREAS for c in candidates)
        if area or (reason == Reason.AMBIGUOUS and in_cheshire):
            return Route(POLICE, area, reason, candidates)
        return Route(TRIAGE, area, reason, candidates)
    if kind != ReportKind.CONCERN:
        raise ValueError(f"unknown report kind {kind!r}")
    if area:
        return Route(COUNCIL_FOR_AREA[area], area, reason, candidates)
    return Route(TRIAGE, "", reason, candidates)


def route_screened_text():
    """Words left outside the report forms (a page feedback comment) that may be a
    disclosure: nobody knows the area, so the triage team reads them first."""
    return Route(TRIAGE, "", Reason.SCREENED)


def authority_for(route):
    from .models import Authority

    return Authority.objects.get(slug=route.authority_slug)
