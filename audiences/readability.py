"""Reading age of a page, for editors: Flesch-Kincaid grade plus five, measured on
everything a reader reads (title, summary and the text of every block), against
the target of the section the page sits in.

A guide, not a gate: publishing is never blocked by it (urgent updates must go
out), but editors see it on the edit screen and are warned when they publish a
children's page above its target.
"""

import html
import re
from dataclasses import dataclass

import textstat
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import Panel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

# Targets by section, keyed by the audience (audiences.models.Audience) of the
# nearest audience landing page at or above the page. (models.py imports this
# module for the panel, so the values are written out here.)
TARGETS = {"years-5-6": 9, "young-people": 12}
DEFAULT_TARGET = 14
# Flesch-Kincaid gives a US school grade; a child in grade 1 is about 6 years old.
GRADE_TO_AGE = 5
# Below this many words a score says more about the formula than the text.
MIN_WORDS = 30

# Where a block of text ends, a reader pauses as at a full stop: headings, list
# items and paragraphs count as sentences even without one.
_BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote|td|th|dt|dd|figcaption)>", re.IGNORECASE)
_ENDS_A_SENTENCE = re.compile(r"[.!?:;]\s*$")
# Sentence-ending punctuation that stands directly before the next word (".Next")
_SPACE_AFTER_STOP = re.compile(r"([.!?])(?=\w)")


@dataclass(frozen=True)
class ReadingAge:
    age: float | None  # None when the text is too short to measure
    target: int
    words: int

    @property
    def measured(self):
        return self.age is not None

    @property
    def meets_target(self):
        return self.age is None or self.age <= self.target


def _as_sentence(text):
    text = " ".join(text.split())
    if text and not _ENDS_A_SENTENCE.search(text):
        text += "."
    return text


def html_to_text(source):
    """Plain text from editors' HTML, each paragraph, heading and list item a sentence."""
    source = _BLOCK_END.sub(lambda match: "\n\n", source)
    pieces = [_as_sentence(html.unescape(strip_tags(part))) for part in source.split("\n\n")]
    return " ".join(piece for piece in pieces if piece)


def _block_texts(block, value):
    """The readable text in one block's value, walking into structs, lists and streams.
    Addresses, page and document choosers and the like are not text anyone reads."""
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield html_to_text(value.source)
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        yield _as_sentence(str(value))
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _block_texts(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _block_texts(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _block_texts(child.block, child.value)


def page_text(page):
    """Everything a reader of ``page`` reads, as plain text: title, summary, then
    every text, rich text and StreamField field in the order the model declares them."""
    texts = [_as_sentence(page.title)]
    for field in page._meta.get_fields():
        # Wagtail's own Page fields (slug, SEO title...) are not read on the page.
        if not getattr(field, "concrete", False) or field.model is Page:
            continue
        value = getattr(page, field.name, None)
        if not value:
            continue
        if isinstance(field, StreamField):
            texts.extend(_block_texts(field.stream_block, value))
        elif isinstance(field, RichTextField):
            texts.append(html_to_text(value))
        elif field.get_internal_type() == "TextField" or (
            field.get_internal_type() == "CharField" and not field.choices
        ):
            texts.append(_as_sentence(value))
    text = " ".join(piece for piece in texts if piece)
    return _SPACE_AFTER_STOP.sub(r"\1 ", text)


def reading_age_of_text(text):
    """Flesch-Kincaid grade plus five, to one decimal place; None if too short."""
    if textstat.lexicon_count(text) < MIN_WORDS:
        return None
    return round(textstat.flesch_kincaid_grade(text) + GRADE_TO_AGE, 1)


def section_audience(page):
    """The audience of the nearest audience landing page at or above ``page``, or "".

    One query (none for a landing page itself). A page not yet saved has no place
    in the tree, so it has no section yet.
    """
    from .models import AudiencePage

    if isinstance(page, AudiencePage):
        return page.audience
    if not page.path:
        return ""
    steplen = page.steplen
    ancestor_paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    return (
        AudiencePage.objects.filter(path__in=ancestor_paths)
        .order_by("-depth")
        .values_list("audience", flat=True)
        .first()
        or ""
    )


def reading_age_target(page):
    """The highest reading age the page's section allows: 9 for Years 5 and 6,
    12 for young people, 14 elsewhere."""
    return TARGETS.get(section_audience(page), DEFAULT_TARGET)


def is_for_children(page):
    return reading_age_target(page) < DEFAULT_TARGET


def check_page(page):
    text = page_text(page)
    return ReadingAge(
        age=reading_age_of_text(text),
        target=reading_age_target(page),
        words=textstat.lexicon_count(text),
    )


class ReadingAgePanel(Panel):
    """Shows editors the page's reading age against its section's target, as of
    the last save. Put it first in a page type's ``content_panels``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Reading age"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "audiences/admin/reading_age_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            if page.pk:
                context["reading_age"] = check_page(page)
                context["target"] = context["reading_age"].target
            else:
                # A new page: no text saved yet, but its section is known.
                parent = getattr(self.form, "parent_page", None)
                context["target"] = reading_age_target(parent.specific) if parent else None
            return context
