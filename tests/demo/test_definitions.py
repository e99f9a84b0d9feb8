"""The two definitions of child sexual exploitation, as readers see them, are the
strategy's own words, character for character (quotation marks included), each
credited as the strategy credits it.

The strategy's text is read from ../shared/seeds/ beside the repository (as in CI).
It wraps lines, so whitespace is compared as single spaces; every other character
must match."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.models import Page

STRATEGY = Path(settings.BASE_DIR).parent / "shared" / "seeds" / "002_648f59553cd26925.txt"

STATUTORY_ATTRIBUTION = "Department for Education, February 2017"
YOUNG_PEOPLES_ATTRIBUTION = (
    "Suggested by young people in Cheshire as an alternative definition to use with "
    "children and young people"
)


def squash(text):
    return " ".join(text.split())


def strategy_text():
    if not STRATEGY.exists():
        pytest.fail(f"The strategy's text is missing: expected it at {STRATEGY}")
    return squash(STRATEGY.read_text(encoding="utf-8"))


def quoted_definitions():
    """{"statutory": ..., "young_people": ...}, cut from the strategy's text."""
    text = strategy_text()
    statutory = re.search(
        r"(Child sexual exploitation is a form of child sexual abuse\..*?use of technology\.)"
        r" \(The Department of Education, February 2017\)",
        text,
    )
    young_people = re.search(r"(“Someone taking advantage of you sexually.*?hurting you\.”)", text)
    assert statutory and young_people, "the definitions were not found in the strategy"
    return {"statutory": statutory[1], "young_people": young_people[1]}


def definition_pages():
    """Every live page whose body quotes a definition, with how many it quotes."""
    pages = []
    for page in Page.objects.live().specific():
        body = getattr(page, "body", None) or []
        count = sum(1 for child in body if child.block_type == "definition")
        if count:
            pages.append((page, count))
    return pages


def figures(client, url):
    html = client.get(url).content.decode()
    return BeautifulSoup(html, "html.parser").select("figure.app-definition")


def test_the_strategy_has_both_definitions_with_their_quotation_marks():
    found = quoted_definitions()
    assert found["young_people"].startswith("“") and found["young_people"].endswith("”")
    assert found["statutory"].endswith("through the use of technology.")


@pytest.mark.django_db
def test_every_definition_on_the_site_is_the_strategys_word_for_word(client, demo_site):
    expected = quoted_definitions()
    pages = definition_pages()
    languages = {page.locale.language_code for page, _ in pages}
    assert {"en", "pl", "ro", "ar"} <= languages, "the translated pages quote them too"
    seen = set()
    for page, count in pages:
        shown = figures(client, page.url)
        assert len(shown) == count, page.url
        for figure in shown:
            quote = squash(figure.select_one(".app-definition__quote").get_text(" "))
            assert quote in expected.values(), f"{page.url} misquotes a definition: {quote}"
            kind = "statutory" if quote == expected["statutory"] else "young_people"
            seen.add(kind)
            # Quoted in English whatever the page's language, marked as such.
            assert figure.select_one(".app-definition__quote")["lang"] == "en"
            if page.locale.language_code == "en":
                credit = squash(figure.select_one(".app-definition__attribution").get_text())
                wanted = STATUTORY_ATTRIBUTION if kind == "statutory" else YOUNG_PEOPLES_ATTRIBUTION
                assert credit == wanted, page.url
    assert seen == {"statutory", "young_people"}


@pytest.mark.django_db
def test_the_what_is_cse_page_shows_both_side_by_side(client, demo_site):
    expected = quoted_definitions()
    shown = figures(client, "/what-is-child-sexual-exploitation/")
    quotes = [squash(f.select_one(".app-definition__quote").get_text(" ")) for f in shown]
    assert quotes == [expected["young_people"], expected["statutory"]]


def test_a_changed_character_is_caught():
    expected = quoted_definitions()
    for changed in (
        expected["young_people"].strip("“”"),  # quotation marks dropped
        expected["statutory"].replace("and/or", "and / or"),
        expected["young_people"].replace("’", "'"),  # a straight apostrophe
    ):
        assert changed not in expected.values()
