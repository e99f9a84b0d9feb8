"""The review walk-through (tools/review_walkthrough.py) on the demo site: a helpline
change and a Polish translation from draft to public, through the admin's own views,
with the history the admin shows. It is the story told to the lead; these checks keep
it true."""

import io

from tools.review_walkthrough import POLISH_TITLE, walk


def test_the_walkthrough_reaches_the_public_only_after_the_second_person(demo_site):
    out = io.StringIO()
    lines = walk(out)
    text = "\n".join(lines)
    print(text)  # the walk-through, as in the note (pytest -s)

    # The helpline: a draft and a submission change nothing public; the author cannot
    # approve; the second person's approval reaches every language.
    assert "saves a draft. The public sees '0800 555 111': True" in text
    assert "submits it to 'Communications review'. The public sees '0800 555 111': True" in text
    assert "tries to approve it herself: refused" in text
    for prefix in ("/", "/pl/", "/ro/", "/ar/"):
        assert f"{prefix:<5} shows '0800 555111': True" in text
    assert "Rob Reviewer" in text and "Approved" in text

    # The translation: a draft served as English, no menu entry for the alias parent,
    # submitted from the translation editor, public (as Polish) once approved.
    assert "a draft, live=False" in text and "Content-Language en" in text
    assert "in the Polish menu: False" in text
    assert "offers 'Submit for review': True" in text
    assert f"live=True, title '{POLISH_TITLE}'" in text
    assert text.rstrip().count("Content-Language pl") == 1
