"""Demo copy for the audience sections, beneath the audience pages seed_demo builds.

One module per section. ``seed_audience_content(home)`` adds the pages, or brings
them up to date, and is safe to run again: a second run creates nothing and saves no
revision. Call it after seed_demo has built the home page and the audience pages.

Reading ages (textstat Flesch-Kincaid grade + 5, tested in tests/test_demo_copy.py):
Years 5 and 6 pages 9 or below, young people's pages 12 or below, the rest 14 or
below.
"""

from django.db import transaction

from audiences.models import Audience

from .communities import COMMUNITIES_PAGES
from .parents_carers import PARENTS_CARERS_PAGES
from .professionals import PROFESSIONALS_PAGES
from .years_5_and_6 import YEARS_5_AND_6, YEARS_5_AND_6_AUDIENCE
from .young_people import YOUNG_PEOPLE_PAGES


def years_5_and_6_available():
    """The Years 5 and 6 landing page needs its value in the Audience choices."""
    return YEARS_5_AND_6_AUDIENCE in Audience.values


def sections():
    """``(parent path, pages)`` pairs in the order they are built."""
    built = [
        ("/young-people/", YOUNG_PEOPLE_PAGES),
        ("/parents-and-carers/", PARENTS_CARERS_PAGES),
        ("/communities/", COMMUNITIES_PAGES),
        ("/professionals/", PROFESSIONALS_PAGES),
    ]
    if years_5_and_6_available():
        built.append(("/", [YEARS_5_AND_6]))
    return built


def seed_audience_content(home):
    """Build or update the audience sections' pages beneath ``home``.

    Returns the counts of pages created, updated and unchanged.
    """
    # Imported here: seed_demo imports this package, and the builder extends
    # seed_demo's own.
    from .seeding import AudienceContentBuilder

    with transaction.atomic():
        return AudienceContentBuilder(home).build(sections())


__all__ = ["seed_audience_content", "sections", "years_5_and_6_available"]
