"""Routing: every area, every boundary-crossing row of the table, 'not sure'
and 'outside Cheshire', for both kinds of report."""

import pytest

from core.choices import CHESHIRE_AREAS, Area
from forms.choices import ReportKind
from forms.models import Authority, Locality
from forms.reference_data import read_localities
from forms.routing import (
    COUNCIL_FOR_AREA,
    DONT_KNOW,
    POLICE,
    TRIAGE,
    Reason,
    postcode_district,
    read_place,
    recipient,
    route_report,
    suggestions_for,
)

ROWS = [row[:3] for row in read_localities()]
AMBIGUOUS_ROWS = [row for row in ROWS if len(row[2].split()) > 1]
CLEAR_ROWS = [row for row in ROWS if len(row[2].split()) == 1]


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
    if areas == Area.OUTSIDE:
        route = route_report(ReportKind.CONCERN, Area.NOT_SURE, typed)
        assert (route.authority_slug, route.reason) == (TRIAGE, Reason.OUTSIDE)
        return
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


@pytest.mark.parametrize("typed", ["", "   ", "Atlantis", "CH41", "WA10 1AB", "<script>"])
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


# What the journey asks, and what it says -------------------------------------------------

BOUNDARY_DISTRICTS = [name for name, kind, _areas in AMBIGUOUS_ROWS if kind == "district"]


@pytest.mark.parametrize("district", BOUNDARY_DISTRICTS)
@pytest.mark.django_db
def test_every_boundary_district_lists_towns_in_the_areas_it_crosses(district):
    place = read_place(f"{district.lower()} 9zz")
    assert place.district == district and place.asks_town
    areas = {area for _n, _k, areas in AMBIGUOUS_ROWS if _n == district for area in areas.split()}
    town_areas = {area for town in place.towns for area in town.area_list}
    # Every town listed lies in an area the district touches, and at least one is
    # in Cheshire: choosing it settles the council.
    assert town_areas <= areas
    assert town_areas & set(CHESHIRE_AREAS)


@pytest.mark.parametrize(
    "district,town,authority,reason",
    [
        ("CW12", "Congleton", "cheshire-east", Reason.TOWN),
        ("WA8", "Widnes", "halton", Reason.TOWN),
        ("WA8", "Cronton", TRIAGE, Reason.OUTSIDE),
        ("WA4", "Stockton Heath", "warrington", Reason.TOWN),
        ("WA4", "Daresbury", "halton", Reason.TOWN),
        ("WA8", DONT_KNOW, TRIAGE, Reason.AMBIGUOUS),
        ("WA8", "Runcorn", TRIAGE, Reason.AMBIGUOUS),  # not a town of WA8: not believed
    ],
)
@pytest.mark.django_db
def test_the_town_chosen_settles_a_boundary_district(district, town, authority, reason):
    route = route_report(ReportKind.CONCERN, Area.NOT_SURE, district, town)
    assert (route.authority_slug, route.reason) == (authority, reason)


@pytest.mark.parametrize(
    "typed,suggested",
    [("Macclesfeild", "Macclesfield"), ("warington", "Warrington"), ("Runcon", "Runcorn")],
)
@pytest.mark.django_db
def test_a_misspelt_town_offers_the_nearest_names(typed, suggested):
    place = read_place(typed)
    assert place.asks_suggestion and not place.asks_town
    assert suggested in place.suggestions
    # Until the reporter says which, it goes to triage, and says so.
    route = route_report(ReportKind.CONCERN, Area.NOT_SURE, typed)
    assert (route.authority_slug, route.reason) == (TRIAGE, Reason.UNKNOWN)


@pytest.mark.parametrize("typed", ["Atlantis", "M1", "LL11 2AB", "CW1", "Crewe", ""])
@pytest.mark.django_db
def test_no_suggestions_for_postcodes_known_places_or_nonsense(typed):
    assert not read_place(typed).asks_suggestion
    if typed != "Crewe":
        assert suggestions_for(typed) == []


@pytest.mark.parametrize("typed", ["M1", "m1 1ae", "LL11", "B1", "EC1A 1BB"])
@pytest.mark.parametrize("kind", ReportKind.values)
@pytest.mark.django_db
def test_a_postcode_from_an_area_that_never_touches_cheshire_is_outside(kind, typed):
    route = route_report(kind, Area.NOT_SURE, typed)
    assert (route.authority_slug, route.reason) == (TRIAGE, Reason.OUTSIDE)
    said = recipient(kind, route)
    assert said.outside
    assert "outside Cheshire" in str(said.why)
    assert "police or the council for that area" in str(said.will_go)


# The sentence "check your answers" shows for each place, for both kinds of report.
RECIPIENT_SENTENCES = {
    ("concern", "CW1", ""): (
        "",
        "This will be sent to Cheshire East Council’s children’s services.",
    ),
    ("concern", "CW12", DONT_KNOW): (
        "CW12 covers more than one council area.",
        "This will be sent to the Pan-Cheshire triage team. They will pass it to the right "
        "council’s children’s services.",
    ),
    ("concern", "CW12", "Congleton"): (
        "",
        "This will be sent to Cheshire East Council’s children’s services.",
    ),
    ("concern", "WA4", DONT_KNOW): (
        "WA4 covers more than one council area.",
        "This will be sent to the Pan-Cheshire triage team. They will pass it to the right "
        "council’s children’s services.",
    ),
    ("concern", "WA8", "Widnes"): (
        "",
        "This will be sent to Halton Borough Council’s children’s services.",
    ),
    ("concern", "Macclesfeild", ""): (
        "We could not tell which council area “Macclesfeild” is in.",
        "This will be sent to the Pan-Cheshire triage team. They will pass it to the right "
        "council’s children’s services.",
    ),
    ("concern", "Macclesfield", ""): (
        "",
        "This will be sent to Cheshire East Council’s children’s services.",
    ),
    ("concern", "M1", ""): (
        "M1 is outside Cheshire.",
        "This will be sent to the Pan-Cheshire triage team. They will pass it to the police "
        "or the council for that area.",
    ),
    ("concern", "", ""): (
        "You did not say which area this is about.",
        "This will be sent to the Pan-Cheshire triage team. They will pass it to the right "
        "council’s children’s services.",
    ),
    ("intelligence", "CW1", ""): ("", "This will be sent to Cheshire Police."),
    ("intelligence", "CW12", DONT_KNOW): (
        "CW12 covers more than one council area.",
        "This will be sent to the Pan-Cheshire triage team. They will pass it to the police.",
    ),
    ("intelligence", "CW12", "Congleton"): ("", "This will be sent to Cheshire Police."),
    ("intelligence", "WA4", DONT_KNOW): ("", "This will be sent to Cheshire Police."),
    ("intelligence", "WA8", DONT_KNOW): (
        "WA8 covers more than one council area.",
        "This will be sent to the Pan-Cheshire triage team. They will pass it to the police.",
    ),
    ("intelligence", "Macclesfeild", ""): (
        "We could not tell which council area “Macclesfeild” is in.",
        "This will be sent to the Pan-Cheshire triage team. They will pass it to the police.",
    ),
    ("intelligence", "M1", ""): (
        "M1 is outside Cheshire.",
        "This will be sent to the Pan-Cheshire triage team. They will pass it to the police "
        "or the council for that area.",
    ),
    ("intelligence", "", ""): (
        "You did not say which area this is about.",
        "This will be sent to the Pan-Cheshire triage team. They will pass it to the police.",
    ),
}


@pytest.mark.parametrize("key", RECIPIENT_SENTENCES, ids="-".join)
@pytest.mark.django_db
def test_the_recipient_sentence_for_each_place(key):
    kind, typed, town = key
    said = recipient(kind, route_report(kind, Area.NOT_SURE, typed, town))
    assert (str(said.why), str(said.will_go)) == RECIPIENT_SENTENCES[key]


@pytest.mark.parametrize("kind", ReportKind.values)
@pytest.mark.django_db
def test_somewhere_outside_cheshire_chosen_says_so(kind):
    said = recipient(kind, route_report(kind, Area.OUTSIDE, ""))
    assert said.outside and str(said.why) == "You said this is outside Cheshire."
    assert said.authority.slug == TRIAGE


@pytest.mark.django_db
def test_a_control_character_in_a_place_is_dropped_before_any_lookup():
    # PostgreSQL refuses a NUL in any query: a server error the GET fuzzing found.
    place = read_place("CW1\x00")
    assert place.text == "CW1" and place.district == "CW1"
    assert route_report(ReportKind.CONCERN, Area.NOT_SURE, "Crewe\x00").authority_slug != TRIAGE
