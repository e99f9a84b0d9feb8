"""Routing: every area, every boundary-crossing row of the table, 'not sure'
and 'outside Cheshire', for both kinds of report."""

import pytest

from core.choices import CHESHIRE_AREAS, Area
from forms.choices import ReportKind
from forms.models import Authority, Locality
from forms.reference_data import read_localities
from forms.routing import COUNCIL_FOR_AREA, POLICE, TRIAGE, Reason, postcode_district, route_report

AMBIGUOUS_ROWS = [row for row in read_localities() if len(row[2].split()) > 1]
CLEAR_ROWS = [row for row in read_localities() if len(row[2].split()) == 1]


def test_the_table_marks_boundary_crossing_districts():
    names = {name for name, _kind, _areas in AMBIGUOUS_ROWS}
    # Known crossings: Warrington/Halton (WA4), into Wales (CH4), Wigan (WA3).
    assert {"WA4", "CH4", "WA3"} <= names


@pytest.mark.parametrize("area", CHESHIRE_AREAS)
@pytest.mark.django_db
def test_a_chosen_area_routes_concerns_to_its_council(area):
    route = route_report(ReportKind.CONCERN, area, "")
    assert route.authority_slug == COUNCIL_FOR_AREA[area]
    assert Authority.objects.get(slug=route.authority_slug).area == area
    assert (route.area, route.reason) == (area, Reason.CHOSEN)


@pytest.mark.parametrize("area", CHESHIRE_AREAS)
@pytest.mark.django_db
def test_a_chosen_area_routes_intelligence_to_the_police_with_the_area(area):
    route = route_report(ReportKind.INTELLIGENCE, area, "")
    assert (route.authority_slug, route.area) == (POLICE, area)


@pytest.mark.django_db
def test_the_chosen_area_wins_over_the_locality():
    route = route_report(ReportKind.CONCERN, Area.WARRINGTON, "Runcorn")
    assert route.authority_slug == "warrington"


@pytest.mark.parametrize("name,kind,areas", CLEAR_ROWS)
@pytest.mark.django_db
def test_not_sure_is_resolved_from_every_clear_row(name, kind, areas):
    typed = f"{name.lower()} 1AB" if kind == Locality.Kind.DISTRICT else f"  {name.upper()} "
    concern = route_report(ReportKind.CONCERN, Area.NOT_SURE, typed)
    assert concern.authority_slug == COUNCIL_FOR_AREA[areas]
    assert (concern.area, concern.reason) == (areas, Reason.LOCALITY)
    assert route_report(ReportKind.INTELLIGENCE, Area.NOT_SURE, typed).authority_slug == POLICE


@pytest.mark.parametrize("name,kind,areas", AMBIGUOUS_ROWS)
@pytest.mark.django_db
def test_every_ambiguous_row_goes_to_triage_and_asks_for_the_town(name, kind, areas):
    concern = route_report(ReportKind.CONCERN, Area.NOT_SURE, name)
    assert concern.authority_slug == TRIAGE
    assert concern.reason == Reason.AMBIGUOUS and concern.needs_town
    assert set(concern.candidate_areas) == set(areas.split())
    intelligence = route_report(ReportKind.INTELLIGENCE, Area.NOT_SURE, name)
    inside = all(area in CHESHIRE_AREAS for area in areas.split())
    # The police cover all four areas: a crossing inside Cheshire still reaches them.
    assert intelligence.authority_slug == (POLICE if inside else TRIAGE)


@pytest.mark.parametrize("typed", ["", "   ", "Atlantis", "ZZ9 9ZZ", "<script>"])
@pytest.mark.parametrize("kind", ReportKind.values)
@pytest.mark.django_db
def test_not_sure_with_nothing_we_know_goes_to_triage(kind, typed):
    route = route_report(kind, Area.NOT_SURE, typed)
    assert (route.authority_slug, route.area, route.reason) == (TRIAGE, "", Reason.UNKNOWN)


@pytest.mark.parametrize("kind", ReportKind.values)
@pytest.mark.django_db
def test_outside_cheshire_goes_to_triage(kind):
    route = route_report(kind, Area.OUTSIDE, "Runcorn")
    assert (route.authority_slug, route.reason) == (TRIAGE, Reason.OUTSIDE)


@pytest.mark.django_db
def test_editors_change_the_table_and_the_routing_follows():
    Locality.objects.create(name="Nowhere Green", kind=Locality.Kind.TOWN, areas="halton")
    assert (
        route_report(ReportKind.CONCERN, Area.NOT_SURE, "nowhere green").authority_slug == "halton"
    )


def test_unknown_values_are_refused_not_guessed():
    with pytest.raises(ValueError):
        route_report(ReportKind.CONCERN, "mars", "")


@pytest.mark.parametrize(
    "typed,district",
    [("WA7 1AB", "WA7"), ("wa7", "WA7"), ("CH64 3", "CH64"), ("SK101AA", "SK10"), ("Chester", "")],
)
def test_postcode_district(typed, district):
    assert postcode_district(typed) == district


@pytest.mark.django_db
def test_every_authority_the_routing_can_name_exists():
    slugs = set(COUNCIL_FOR_AREA.values()) | {POLICE, TRIAGE}
    assert set(Authority.objects.values_list("slug", flat=True)) >= slugs
