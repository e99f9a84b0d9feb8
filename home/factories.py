"""Factories for the home app, shared by the tests and by ``manage.py seed_demo``.

Page factories take a ``parent`` page (wagtail_factories adds the page beneath it)
and a ``body`` as a list of ``(block_type, value)`` tuples holding plain JSON-like
values, for example ``[("text", "<p>Hello</p>"), ("call_to_action", {..., "page": 3})]``.
"""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from . import defaults
from .models import AccessibilityStatementPage, Helpline, HomePage


def stream_data(blocks):
    """``[(block_type, value), ...]`` as Wagtail's stored stream JSON.

    Plain values (page ids, HTML strings, lists of dicts) are what the stored form
    holds, so Wagtail converts them the same way it converts a page read from the
    database. Dicts already in the stored form pass through unchanged.
    """
    return [
        block if isinstance(block, dict) else {"type": block[0], "value": block[1]}
        for block in blocks
    ]


class StreamBodyPageFactory(wagtail_factories.PageFactory):
    """A page factory whose ``body`` may be given as ``(block_type, value)`` tuples."""

    class Meta:
        abstract = True

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        if kwargs.get("body") is not None:
            kwargs["body"] = stream_data(kwargs["body"])
        return kwargs


class HomePageFactory(StreamBodyPageFactory):
    """``HomePageFactory(parent=Page.get_first_root_node())``.

    The slug is numbered because Wagtail's own welcome page already holds "home"
    in a fresh database; seed_demo passes ``slug="home"`` once it has gone.
    """

    title = "Home"
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_heading = "Child sexual exploitation: know the signs, get help"
    summary = "Information and help about child sexual exploitation across Cheshire."
    body = factory.LazyFunction(
        lambda: [("callout", {"heading": "In danger now?", "body": "<p>Call 999.</p>"})]
    )

    class Meta:
        model = HomePage


class HelplineFactory(DjangoModelFactory):
    """A live (approved) helpline taken in turn from the national ones in
    ``home.defaults``. Pass ``live=False`` for one nobody has approved yet."""

    class Meta:
        model = Helpline

    class Params:
        national = factory.Iterator(defaults.NATIONAL_HELPLINES)

    name = factory.LazyAttribute(lambda o: o.national[0])
    number = factory.LazyAttribute(lambda o: o.national[1])
    description = factory.LazyAttribute(lambda o: o.national[2])
    show_in_footer = True
    sort_order = factory.Sequence(lambda n: n)


class AccessibilityStatementPageFactory(StreamBodyPageFactory):
    title = "Accessibility statement"
    slug = "accessibility"
    summary = "How we make this website usable by as many people as possible."
    body = factory.LazyFunction(lambda: [("text", "<p>We want everyone to be able to use it.</p>")])

    class Meta:
        model = AccessibilityStatementPage
