"""Factories for the audiences app, shared by the tests and by ``manage.py seed_demo``.

``ContentPageFactory(parent=home, title="x")`` adds a live page beneath ``home``;
``body`` takes a list of ``(block_type, value)`` tuples, as on every page factory.
"""

import factory

from home.factories import StreamBodyPageFactory

from .models import Audience, AudiencePage, ContentPage


class AudiencePageFactory(StreamBodyPageFactory):
    """An audience landing page; these always appear in the navigation."""

    title = factory.LazyAttribute(lambda o: str(Audience(o.audience).label))
    audience = Audience.YOUNG_PEOPLE
    summary = factory.LazyAttribute(lambda o: f"Help and information for {o.title.lower()}.")
    show_in_menus = True
    body = factory.LazyFunction(list)

    class Meta:
        model = AudiencePage


class ContentPageFactory(StreamBodyPageFactory):
    title = factory.Sequence(lambda n: f"Content page {n}")
    summary = "A page of guidance."
    body = factory.LazyFunction(lambda: [("text", "<p>If a child is in danger now, call 999.</p>")])

    class Meta:
        model = ContentPage
