"""The page feedback screen (measures/screening.py) on a labelled set of made-up
comments (tests/measures/data/feedback_comments.yaml), kept apart from the word list.

It must catch at least 95% of disclosures and every comment with personal details,
while letting most ordinary feedback through to editors (a screen that flagged
everything would catch every disclosure and be useless to editors). The rates are
printed (``pytest -s``) for the note.
"""

from pathlib import Path

import pytest
import yaml

from measures.screening import normalise, screen

DATA = Path(__file__).parent / "data" / "feedback_comments.yaml"
SET = yaml.safe_load(DATA.read_text(encoding="utf-8"))
DISCLOSURES = [t for key, items in SET.items() if key.endswith("disclosure") for t in items]
PERSONAL = [t for key, items in SET.items() if key.endswith("personal") for t in items]
ORDINARY = [t for key, items in SET.items() if key.endswith("ordinary") for t in items]


def rate(comments):
    return sum(screen(text).flagged for text in comments) / len(comments)


def test_the_labelled_set_is_big_enough_and_varied():
    assert len(DISCLOSURES) + len(PERSONAL) + len(ORDINARY) >= 60
    assert len(DISCLOSURES) >= 30 and len(ORDINARY) >= 30
    # Children's spelling is part of the set.
    assert any("freind" in text or "tuches" in text for text in DISCLOSURES)


def test_at_least_95_percent_of_disclosures_are_caught():
    missed = [text for text in DISCLOSURES if not screen(text).flagged]
    caught = 1 - len(missed) / len(DISCLOSURES)
    print(f"\ndisclosures caught: {caught:.1%} of {len(DISCLOSURES)}; missed: {missed}")
    assert caught >= 0.95, missed


def test_every_comment_with_personal_details_is_caught():
    missed = [text for text in PERSONAL if not screen(text).flagged]
    assert not missed


def test_most_ordinary_feedback_reaches_editors():
    false_alarms = [text for text in ORDINARY if screen(text).flagged]
    rate_ = len(false_alarms) / len(ORDINARY)
    print(f"\nfalse alarms: {rate_:.1%} of {len(ORDINARY)} ordinary comments: {false_alarms}")
    assert rate_ <= 0.15, false_alarms


def test_the_unseen_part_of_the_set_is_reported_on_its_own():
    """The comments written after the screen was finished, never used to change it."""
    unseen = SET["unseen_disclosure"]
    caught = rate(unseen)
    alarms = rate(SET["unseen_ordinary"])
    print(f"\nunseen: {caught:.0%} of {len(unseen)} disclosures, {alarms:.0%} false alarms")
    assert caught >= 0.9


@pytest.mark.parametrize(
    "text, reason",
    [
        ("call 07700 900123", "phone"),
        ("+44 7700 900 123", "phone"),
        ("write to a.b@example.org", "email"),
        ("near CW1 2AB", "postcode"),
        ("we live at 3 Church Lane", "address"),
        ("My name is Jo", "name"),
        ("Mr Smith said so", "name"),
        ("i am in year 7", "school"),
        ("she scares me", "disclosure"),
    ],
)
def test_each_check_says_what_matched(text, reason):
    verdict = screen(text)
    assert verdict.flagged and reason in verdict.reasons


def test_national_helpline_numbers_and_empty_comments_pass():
    assert not screen("Childline 0800 1111 was easy to find").flagged
    assert not screen("   ").flagged


def test_the_editable_word_list_flags_its_words_and_phrases():
    words = "Link Up\nplug\n"
    assert not screen("Useful. Link-up with the youth club page?").flagged
    verdict = screen("Useful. Link-up with the youth club page?", words)
    assert verdict.reasons == ("listed word",)
    assert not screen("useful page", words).flagged
    assert not screen("plugin did not load", words).flagged  # whole words only


def test_normalise_keeps_words_and_drops_apostrophes_and_stretching():
    assert normalise("Don’t  TELL, pleeeease!") == "dont tell pleease"
    assert normalise("i wanna go") == "i want to go"
