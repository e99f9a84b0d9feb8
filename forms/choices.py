"""The fixed answers a report can have. Labels are what reporters and handlers read.

The areas and sectors, which the audience sections share, are in core/choices.py."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportKind(models.TextChoices):
    CONCERN = "concern", _("Concern about a child")
    INTELLIGENCE = "intelligence", _("Information about people, places or vehicles")


class ReportSource(models.TextChoices):
    """Where a report came from: the report forms, or a comment left on "Was this page
    helpful?" that the screen (measures.screening) took for a possible disclosure."""

    REPORT_FORM = "report-form", _("Report form")
    PAGE_FEEDBACK = "page-feedback", _("Page feedback comment: possible disclosure")


class AuthorityKind(models.TextChoices):
    COUNCIL = "council", _("Council children's services")
    POLICE = "police", _("Police")
    TRIAGE = "triage", _("Pan-Cheshire triage")


class PlaceType(models.TextChoices):
    HOTEL = "hotel", _("Hotel, guest house or holiday let")
    TAXI = "taxi", _("Taxi or private hire vehicle")
    PARK = "park", _("Park or open space")
    SHOP = "shop", _("Shop, takeaway or shopping centre")
    ONLINE = "online", _("Online: an app, game or website")
    SCHOOL = "school", _("School or college")
    HOME = "home", _("Someone's home")
    OTHER = "other", _("Somewhere else")


class ReporterRole(models.TextChoices):
    YOUNG_PERSON = "young-person", _("A young person")
    PARENT_CARER = "parent-carer", _("A parent or carer")
    TAXI = "taxi", _("A taxi or private hire driver or operator")
    HOTEL = "hotel", _("Someone who works in a hotel or other accommodation")
    LEISURE = "leisure", _("Someone who works in leisure: food, gyms, shops, venues")
    OTHER_BUSINESS = "other-business", _("Someone who works in another business")
    PROFESSIONAL = "professional", _("A professional who works with children")
    PUBLIC = "public", _("A member of the public")
    # Nobody has to say who they are: asked like a young person (the short way).
    NOT_SAYING = "not-saying", _("I’d rather not say")


class ReportStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in-progress", _("In progress")
    PASSED_ON = "passed-on", _("Passed on")
    CLOSED = "closed", _("Closed")


class WhenPrecision(models.TextChoices):
    DAY = "day", _("On a known day")
    MONTH = "month", _("Some time in a known month")
    UNKNOWN = "unknown", _("Not sure when")
