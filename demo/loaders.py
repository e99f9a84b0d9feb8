"""Read the demo copy from the YAML and text files in ``demo/content/``.

The copy is data, so it can be read and reviewed as copy. Loading does three things to
it and nothing else:

* ``{CHILDLINE}``-style placeholders become the national numbers, taken from the
  helplines in ``home.defaults`` so that each number is written in one place. A file may
  define more under ``fragments:`` (a passage two pages share). An unknown name fails.
* A page body is a list of one-key mappings (``- callout: {body: ...}``). Each becomes
  the ``(block_type, value)`` tuple the page factories take, with the block's usual
  defaults filled in and its rich text joined the way the editor stores it.
* A page's ``children`` may name another file, so each section keeps a file of its own.

Internal links are written as site paths (``<a href="/young-people/">``); the builders
turn them into page links once the pages exist.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from home import defaults

CONTENT = Path(__file__).resolve().parent / "content"
PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
# libyaml when the wheel has it (it reads the copy several times faster).
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Block = tuple[str, Any]


def national_numbers():
    """The only numbers the copy may print, by placeholder name."""
    helplines = {name: number for name, number, _ in defaults.NATIONAL_HELPLINES}
    return {
        "EMERGENCY": defaults.EMERGENCY_NUMBER,
        "CHILDLINE": helplines["Childline"],
        "NSPCC": helplines["NSPCC helpline"],
        "CRIMESTOPPERS": helplines["Crimestoppers"],
        "POLICE_NON_EMERGENCY": helplines["Police (not an emergency)"],
    }


def fill(value, names):
    """``value`` with every ``{NAME}`` in its strings, mapping keys included, replaced."""
    if isinstance(value, str):
        return PLACEHOLDER.sub(lambda match: _lookup(names, match), value)
    if isinstance(value, list):
        return [fill(item, names) for item in value]
    if isinstance(value, dict):
        return {fill(key, names): fill(item, names) for key, item in value.items()}
    return value


def _lookup(names, match):
    try:
        return names[match[1]]
    except KeyError:
        raise ValueError(f"The demo copy uses an unknown placeholder {match[0]}.") from None


def load(name):
    """The data in ``content/<name>``, placeholders filled in."""
    data = yaml.load((CONTENT / name).read_text(encoding="utf-8"), Loader=SafeLoader)
    names = national_numbers()
    if isinstance(data, dict) and "fragments" in data:
        names |= fill(data.pop("fragments"), names)
    return fill(data, names)


def load_text(name):
    """A plain text file from ``content/``, placeholders filled in."""
    return fill((CONTENT / name).read_text(encoding="utf-8"), national_numbers())


# Page bodies -----------------------------------------------------------------------


def html(source: str) -> str:
    """Rich text written over several lines, joined the way the editor stores it."""
    return re.sub(r">\s+<", "><", " ".join(source.split()))


def definitions():
    """The two quoted definitions of CSE, by name: ``{"statutory": {"title", "quote",
    "attribution"}, "young_people": {...}}``."""
    return load("definitions.yaml")


def _call_to_action(value):
    if bool(value.get("page")) == bool(value.get("url")):
        raise ValueError(f"The call to action '{value['heading']}' needs a page or a url.")
    return {
        "heading": value["heading"],
        "text": value.get("text", ""),
        "page": value.get("page") or None,
        "url": value.get("url", ""),
        "button_label": value["button_label"],
    }


# How each block type is written in the copy, turned into the value the block stores.
# A helplines block lists the footer's helplines, or those it names under ``show``
# (by name; the builders swap in the helplines themselves).
BLOCKS = {
    "text": html,
    "callout": lambda value: {
        "heading": value.get("heading", "What to do now"),
        "body": html(value["body"]),
    },
    "definition": lambda name: dict(definitions()[name]),
    "helplines": lambda value: {
        "heading": (value or {}).get("heading", "Who you can call"),
        "helplines": list((value or {}).get("show", [])),
    },
    "accordion": lambda value: {
        "heading": value.get("heading", ""),
        "items": [
            {"heading": item["heading"], "body": html(item["body"])} for item in value["items"]
        ],
    },
    "call_to_action": _call_to_action,
    # ``image`` names a drawing in demo.illustrations; the builder swaps in the image.
    "image": lambda value: {"image": value["image"], "alt_text": value["alt_text"], "caption": ""},
}


def block(item) -> Block:
    """``{"callout": {...}}`` as ``("callout", value)``; other block types pass as written."""
    ((block_type, value),) = item.items()
    make = BLOCKS.get(block_type)
    return (block_type, make(value) if make else value)


def blocks(items) -> list[Block]:
    return [block(item) for item in items]


@dataclass
class DemoPage:
    """One page of the demo site and the pages beneath it.

    ``kind`` names the page type: "home", "audience", "content", "report" (a
    report journey's start page, whose journey ``report_kind`` names) or
    "accessibility" (the accessibility statement).
    """

    kind: str
    slug: str
    title: str
    summary: str
    body: list[Block]
    hero_heading: str = ""
    audience: str = ""
    report_kind: str = ""
    # A report start page's note on "Can we contact you?" (rich text).
    contact_note: str = ""
    show_in_menus: bool = False
    # The accessibility statement's own fields.
    compliance_status: str = ""
    known_issues: str = ""
    how_tested: str = ""
    children: list["DemoPage"] = field(default_factory=list)

    def __post_init__(self):
        if len(self.summary) > 300:
            raise ValueError(f"Summary of '{self.slug}' is longer than 300 characters.")


def page(data, folder=""):
    """A ``DemoPage`` from its copy. A child given as a file name is read from ``folder``."""
    children = []
    for child in data.get("children", []):
        if isinstance(child, str):
            children.extend(load_pages(str(PurePosixPath(folder, child))))
        else:
            children.append(page(child, folder))
    fields = {key: value for key, value in data.items() if key in DemoPage.__dataclass_fields__}
    fields.setdefault("kind", "content")
    return DemoPage(**{**fields, "body": blocks(data["body"]), "children": children})


def load_pages(name):
    """The pages in ``content/<name>``: those listed under ``pages:``, or the one page
    the file is."""
    data = load(name)
    folder = str(PurePosixPath(name).parent)
    return [page(item, folder) for item in data.get("pages", [data])]
