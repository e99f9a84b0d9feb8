"""Choices more than one app offers: the council areas and the business sectors.

The reports (forms/) and the audience sections (audiences/) both use them; the stored
values must agree (a sector page's poster opens the intelligence form with
``?sector=<value>``), so they are written once, here.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CouncilArea(models.TextChoices):
    """The four council areas of the partnership, each with its own children's services."""

    CHESHIRE_EAST = "cheshire-east", _("Cheshire East")
    CHESHIRE_WEST = "cheshire-west-and-chester", _("Cheshire West and Chester")
    HALTON = "halton", _("Halton")
    WARRINGTON = "warrington", _("Warrington")


# Where a reporter says something happened: one of the council areas, or not known.
Area = models.TextChoices(
    "Area",
    [(area.name, (area.value, area.label)) for area in CouncilArea]
    + [
        ("NOT_SURE", ("not-sure", _("I'm not sure"))),
        ("OUTSIDE", ("outside-cheshire", _("Somewhere outside Cheshire"))),
    ],
    module=__name__,
)

# The areas a council covers; the rest of Area is "we do not know yet".
CHESHIRE_AREAS = tuple(Area(area.value) for area in CouncilArea)


class Sector(models.TextChoices):
    """The business sectors with a page and a poster; their posters open the
    intelligence form ready filled (``?sector=``)."""

    TAXI = "taxi", _("Taxi and private hire")
    HOTEL = "hotel", _("Hotels and accommodation")
    LEISURE = "leisure", _("Leisure: food outlets, gyms, shopping centres, venues")
