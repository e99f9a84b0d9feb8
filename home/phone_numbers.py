"""Phone numbers live in the Helplines list and the contacts records only.

A number typed into a page's text is not reviewed as a number, does not change when
the helpline's record changes, and is not updated in the translations: it drifts. So
text is checked for anything that looks like a phone number, and the editor is
warned (when saving or publishing) and the deploy check lists the live pages with one
(`manage.py check --deploy --database default`). A test does the same for templates
and the interface translations (.po files).

Three-digit national codes (999, 101, 111) are not numbers that can drift: they may be
written anywhere.
"""

import re

from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField

# Digit groups joined by single spaces or hyphens, optionally starting "+" (+44 ...).
CANDIDATE = re.compile(r"(?<![\w+/.,:])\+?\d(?:[ \-\u00a0]?\d)+(?![\w/])")
MIN_DIGITS = 6
# A dialling code comes first: "+44", or at least three digits ("0800", "020", "116").
FIRST_GROUP = re.compile(r"^(\+|\d{3})")


def phone_numbers(text):
    """The phone numbers written in ``text``, as written."""
    found = []
    for match in CANDIDATE.finditer(text or ""):
        written = match.group().strip()
        digits = re.sub(r"\D", "", written)
        if len(digits) >= MIN_DIGITS and written[0] in "+01" and FIRST_GROUP.match(written):
            found.append(written)
    return found


def page_text(page):
    """The text of a page's rich-text fields and StreamFields, tags stripped."""
    for field in page._meta.get_fields():
        value = getattr(page, getattr(field, "name", ""), None)
        if isinstance(field, StreamField) and value is not None:
            for text in field.stream_block.get_searchable_content(value):
                yield strip_tags(str(text))
        elif isinstance(field, RichTextField) and value:
            yield strip_tags(value)


def numbers_in_page(page):
    """The phone numbers typed into a page's text, each once, in the order found."""
    found = []
    for text in page_text(page):
        for number in phone_numbers(text):
            if number not in found:
                found.append(number)
    return found


def live_pages_with_numbers():
    """(page, numbers) for every live page whose text has a phone number typed in."""
    from wagtail.models import Page

    for page in Page.objects.live().specific().iterator(chunk_size=200):
        numbers = numbers_in_page(page)
        if numbers:
            yield page, numbers
