"""The demo app's loaders and its place in the project: copy in data files with the
national numbers written once, blocks with their defaults, and no app that imports
the demo."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from demo.loaders import (
    CONTENT,
    PLACEHOLDER,
    block,
    fill,
    load,
    load_pages,
    national_numbers,
)
from home import defaults

BASE = Path(settings.BASE_DIR)
FEATURE_APPS = ["home", "audiences", "resources", "forms", "measures", "governance", "site"]
IMPORTS_DEMO = re.compile(r"^\s*(from demo[\s.]|import demo\b)|__import__\(\s*[\"']demo", re.M)


def content_files():
    return sorted(path for path in CONTENT.rglob("*") if path.is_file())


def test_every_national_number_is_written_once_in_home_defaults():
    numbers = national_numbers()
    assert set(numbers.values()) == {defaults.EMERGENCY_NUMBER} | {
        number for _, number, _ in defaults.NATIONAL_HELPLINES
    }
    for path in content_files():
        text = path.read_text(encoding="utf-8")
        for number in numbers.values():
            typed = re.search(rf"(?<!\d){re.escape(number)}(?!\d)", text)
            assert not typed, f"{path.relative_to(CONTENT)} types {number}: use a placeholder"


def test_placeholders_become_the_numbers_and_unknown_ones_fail():
    names = national_numbers()
    assert fill({"Call {CHILDLINE}": ["or {EMERGENCY}"]}, names) == {"Call 0800 1111": ["or 999"]}
    assert fill("{area} is not a placeholder", names) == "{area} is not a placeholder"
    with pytest.raises(ValueError, match=r"\{CHILDLNE\}"):
        fill("Call {CHILDLNE}", names)


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key)
            yield from strings(item)


def test_every_content_file_loads_with_no_placeholder_left():
    for path in content_files():
        name = str(path.relative_to(CONTENT))
        if path.suffix == ".yaml":
            for text in strings(load(name)):
                assert not PLACEHOLDER.search(text), (name, text)


def test_blocks_get_their_defaults_and_rich_text_is_joined():
    assert block({"callout": {"body": "<p>Call {CHILDLINE}.</p>\n  <p>Now.</p>"}}) == (
        "callout",
        {"heading": "What to do now", "body": "<p>Call {CHILDLINE}.</p><p>Now.</p>"},
    )
    assert block({"helplines": {}}) == (
        "helplines",
        {"heading": "Who you can call", "helplines": []},
    )
    kind, value = block({"definition": "statutory"})
    assert kind == "definition" and value["quote"].startswith("Child sexual exploitation is")
    assert block({"top_ten": {"heading": "", "items": []}}) == (
        "top_ten",
        {"heading": "", "items": []},
    )
    with pytest.raises(ValueError, match="a page or a url"):
        block({"call_to_action": {"heading": "Go", "button_label": "Go", "page": "/", "url": "x"}})


def test_the_page_tree_reads_children_from_their_files():
    (home,) = load_pages("pages/home.yaml")
    slugs = [child.slug for child in home.children]
    assert slugs[:5] == [
        "young-people",
        "parents-and-carers",
        "communities",
        "businesses",
        "professionals",
    ]
    # reports.yaml holds both report start pages.
    assert {"report-a-concern", "share-information"} <= set(slugs)
    young_people = home.children[0]
    # The second child is named by its own file (young-people-privacy.yaml).
    assert [child.slug for child in young_people.children] == [
        "someone-has-a-photo-of-me",
        "your-privacy",
    ]
    assert all(kind for kind, _ in young_people.body)


def test_no_feature_app_imports_the_demo():
    for app in FEATURE_APPS:
        for path in (BASE / app).rglob("*.py"):
            assert not IMPORTS_DEMO.search(path.read_text(encoding="utf-8")), path
