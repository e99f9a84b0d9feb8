"""Small helpers that keep the demo copy readable as plain Python data.

Each page is a ``DemoPage``; its body is a list of ``(block_type, value)`` tuples in
the shapes ``home.blocks.BaseStreamBlock`` expects. Internal links are written as
site paths ("/young-people/"): ``seed_demo`` turns them into Wagtail page links once
every page exists, and fails loudly on a path that matches no page.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from home import defaults

# The only numbers the demo copy may print. They come from home.defaults so that a
# number is written once; the tests check no other number-like text reaches a page.
_HELPLINES = {name: number for name, number, _ in defaults.NATIONAL_HELPLINES}
EMERGENCY = defaults.EMERGENCY_NUMBER
CHILDLINE = _HELPLINES["Childline"]
NSPCC = _HELPLINES["NSPCC helpline"]
CRIMESTOPPERS = _HELPLINES["Crimestoppers"]
POLICE_NON_EMERGENCY = _HELPLINES["Police (not an emergency)"]

Block = tuple[str, Any]


@dataclass
class DemoPage:
    """One page of the demo site and the pages beneath it.

    ``kind`` names the page type: "home", "audience", "content" or "report" (a
    report journey's start page, whose journey ``report_kind`` names).
    """

    kind: str
    slug: str
    title: str
    summary: str
    body: list[Block]
    hero_heading: str = ""
    audience: str = ""
    report_kind: str = ""
    show_in_menus: bool = False
    children: list["DemoPage"] = field(default_factory=list)

    def __post_init__(self):
        if len(self.summary) > 300:
            raise ValueError(f"Summary of '{self.slug}' is longer than 300 characters.")


def html(source: str) -> str:
    """Rich text written over several lines, joined the way the editor stores it."""
    return re.sub(r">\s+<", "><", " ".join(source.split()))


def text(source: str) -> Block:
    return ("text", html(source))


def callout(body: str, heading: str = "What to do now") -> Block:
    return ("callout", {"heading": heading, "body": html(body)})


def definition(title: str, quote: str, attribution: str) -> Block:
    return ("definition", {"title": title, "quote": quote, "attribution": attribution})


def helplines(heading: str = "Who you can call") -> Block:
    """An empty list of helplines shows every helpline in the footer list."""
    return ("helplines", {"heading": heading, "helplines": []})


def accordion(items: list[tuple[str, str]], heading: str = "") -> Block:
    return (
        "accordion",
        {
            "heading": heading,
            "items": [{"heading": question, "body": html(answer)} for question, answer in items],
        },
    )


def call_to_action(
    heading: str, button_label: str, *, page: str = "", url: str = "", text: str = ""
) -> Block:
    """``page`` is a site path such as "/covering-your-tracks/"; give it or ``url``."""
    if bool(page) == bool(url):
        raise ValueError("A call to action needs a page or a url, not both.")
    return (
        "call_to_action",
        {
            "heading": heading,
            "text": text,
            "page": page or None,
            "url": url,
            "button_label": button_label,
        },
    )
