"""StreamField blocks shared by every page type.

Each block names its template under templates/components/streamfield/ and
describes itself for editors. BaseStreamBlock combines them for page bodies.
"""

import hashlib

from django.core.exceptions import ValidationError
from django.utils.html import format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock

from core import page_cache
from core.locales import in_active_language
from core.page_types import of_type

from . import defaults

# Rich text stays simple: plain English, headings for structure, lists and links.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "ol", "ul", "link", "document-link"]


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/streamfield/rich_text.html"
        label = _("Text")
        description = _("Paragraphs, headings, lists and links.")


class CalloutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=80,
        default=_("What to do now"),
        help_text=_("A short heading, for example 'What to do now'."),
    )
    body = RichTextBlock(help_text=_("Two or three short steps. Keep it brief."))

    class Meta:
        icon = "warning"
        template = "components/streamfield/callout.html"
        label = _("Callout: what to do now")
        description = _("A highlighted box for the most important action on the page.")
        preview_value = {
            "heading": "What to do now",
            "body": "<p>If a child is in danger now, call 999.</p>",
        }


class DefinitionBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=120,
        help_text=_("Say whose definition this is, for example 'The young people's definition'."),
    )
    quote = blocks.TextBlock(
        help_text=_(
            "Copy the definition word for word. Do not shorten or reword a quoted definition."
        ),
    )
    attribution = blocks.CharBlock(
        max_length=200,
        help_text=_(
            "Who wrote it and when, for example 'Department for Education, February 2017'."
        ),
    )
    translation = blocks.TextBlock(
        required=False,
        help_text=_(
            "Translated pages only: the definition in the page's language, shown below the "
            "English original with a label. Leave empty on English pages."
        ),
    )

    # In the wagtail-localize editor the quote is offered for translation, but what
    # the translator writes lands in ``translation``: the English original stays.
    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        return [
            StringSegmentValue(name, text)
            for name, text in (
                ("title", value["title"]),
                ("translation", value["quote"]),
                ("attribution", value["attribution"]),
            )
            if text
        ]

    def restore_translated_segments(self, value, segments):
        for segment in segments:
            value[segment.path] = segment.render_text()
        return value

    class Meta:
        icon = "openquote"
        template = "components/streamfield/definition.html"
        label = _("Definition (quoted)")
        description = _("A definition quoted exactly, with who wrote it.")


class HelplinesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, default=_("Who you can call"))
    helplines = blocks.ListBlock(
        SnippetChooserBlock("home.Helpline"),
        required=False,
        # Starts empty (Wagtail would offer one empty chooser that must be filled).
        default=[],
        help_text=_(
            "Choose helplines to show, in order. Leave empty to show the everyday ones "
            "(those shown at the bottom of every page)."
        ),
    )

    def get_context(self, value, parent_context=None):
        from .models import Helpline  # home.models imports this module

        context = super().get_context(value, parent_context=parent_context)
        # Only approved (live) helplines reach the public.
        chosen = [helpline for helpline in value["helplines"] if helpline and helpline.live]
        if not any(value["helplines"]):
            # The everyday list in the reader's language, from the page cache (helplines
            # purge the site).
            chosen = page_cache.tagged(
                f"pc:helplines:{get_language()}",
                {page_cache.SITE},
                lambda: list(
                    in_active_language(Helpline.objects.filter(live=True, show_in_footer=True))
                ),
            )
        context["helpline_list"] = chosen
        return context

    class Meta:
        icon = "mobile-alt"
        template = "components/streamfield/helplines.html"
        label = _("Helplines")
        description = _("Phone numbers and websites people can use, taken from the Helplines list.")


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text=_("A question or a short heading."))
    body = RichTextBlock(help_text=_("The answer."))


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=80, required=False, help_text=_("Optional heading above the questions.")
    )
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # GOV.UK's accordion needs an id that is unique on the page and stable
        # between renders (it remembers open sections by id).
        first = value["items"][0]["heading"] if value["items"] else ""
        digest = hashlib.sha1(f"{value['heading']}|{first}".encode()).hexdigest()[:8]
        context["accordion_id"] = f"accordion-{digest}"
        return context

    class Meta:
        icon = "list-ul"
        template = "components/streamfield/accordion.html"
        label = _("Questions and answers")
        description = _("Sections that open and close. Without JavaScript every answer is shown.")


# An image block among a stream's first two blocks is on screen when the page opens,
# even on a phone; from the third block on it is below the fold.
EAGER_IMAGE_BLOCKS = 2


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text=_(
            "Describe the picture for someone who cannot see it, "
            "for example 'Two friends talking on a bench'."
        ),
    )
    caption = blocks.CharBlock(max_length=250, required=False)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # Near the top of the page (BaseStreamBlock tells each block its place) the
        # picture loads at once, and the first block's is likely the largest paint, so
        # it is fetched first; further down it waits until the reader scrolls near it.
        position = context.get("block_position")
        near_top = position is not None and position < EAGER_IMAGE_BLOCKS
        context["loading"] = "eager" if near_top else "lazy"
        context["fetchpriority"] = "high" if position == 0 else "auto"
        return context

    class Meta:
        icon = "image"
        template = "components/streamfield/image.html"
        label = _("Image")
        description = _("A picture with a description for people who cannot see it.")


def require_one_of(value, first, second, message):
    """A block that links somewhere takes exactly one of two destinations."""
    if bool(value.get(first)) == bool(value.get(second)):
        raise StructBlockValidationError(block_errors={first: ValidationError(message)})


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80)
    text = blocks.TextBlock(required=False, max_length=300)
    page = blocks.PageChooserBlock(
        required=False, help_text=_("Link to a page on this site, or give a web address below.")
    )
    url = blocks.URLBlock(required=False, help_text=_("Only if the link goes to another site."))
    button_label = blocks.CharBlock(max_length=40, help_text=_("For example 'Report a concern'."))

    def clean(self, value):
        value = super().clean(value)
        require_one_of(value, "page", "url", _("Choose a page or give a web address, not both."))
        return value

    class Meta:
        icon = "link"
        template = "components/streamfield/call_to_action.html"
        label = _("Call to action")
        description = _("A heading, a sentence and a button to the next step.")


class BaseStreamBlock(blocks.StreamBlock):
    text = RichTextBlock()
    callout = CalloutBlock()
    definition = DefinitionBlock()
    helplines = HelplinesBlock()
    accordion = AccordionBlock()
    image = ImageBlock()
    call_to_action = CallToActionBlock()

    def render_basic(self, value, context=None):
        """Wagtail's own markup, with each block told its place in the stream
        (``block_position``, from 0): ImageBlock loads eagerly near the top only."""
        return format_html_join(
            "\n",
            '<div class="w-block-{1} block-{1}">{0}</div>',
            [
                (
                    child.render(context={**(context or {}), "block_position": position}),
                    child.block_type,
                )
                for position, child in enumerate(value)
            ],
        )


# --- Blocks for the audience sections -----------------------------------------------
# They live here, beside the others, so any page type can offer them. Page types
# that offer them today list them in audiences.blocks.SectionStreamBlock; adding
# them to BaseStreamBlock as well needs a migration in every app that uses it.

# The report journeys' start pages, found by their type so that home imports nothing
# from the reporting app.
REPORT_PAGE_LABEL = "reports.reportpage"
REPORT_PAGE_TYPE = of_type(REPORT_PAGE_LABEL)


def report_pages():
    """The live report start pages ("Report a concern", "Share information") in the
    active language, in the order of the page tree. Two queries (the pages, then their kind)."""
    from wagtail.models import Page

    return list(
        Page.objects.live()
        .public()
        .filter(locale=Locale.get_active(), **REPORT_PAGE_TYPE)
        .order_by("path")
        .specific()  # the journey's kind labels the header link
    )


def get_help_now_context(request=None):
    """What the "Get help now" panel shows: the helplines (editable snippets, so a
    number is never typed into a template) and the report journeys. With a request,
    both come from the page chrome already built for it (no extra query)."""
    if request is not None:
        from .chrome import chrome_for

        chrome = chrome_for(request)
        helplines, pages = chrome.helplines, chrome.report_pages
    else:
        from .models import Helpline  # home.models imports this module

        helplines = in_active_language(Helpline.objects.filter(live=True))
        pages = report_pages()
    return {
        "emergency_number": defaults.EMERGENCY_NUMBER,
        "helplines": helplines,
        "report_pages": pages,
    }


class GetHelpNowBlock(blocks.StructBlock):
    """999, the helplines and the two report journeys in one panel.

    Every audience landing page shows it at the end by itself; editors can add it
    anywhere else too. A page that has already worked out the panel's contents (in
    its ``get_context``, as ``get_help_now``) saves the block its own queries.
    """

    heading = blocks.CharBlock(
        max_length=80,
        default=_("Get help now"),
        help_text=_("Usually 'Get help now'."),
    )
    text = blocks.TextBlock(
        required=False,
        max_length=300,
        help_text=_("Optional. One short sentence under the heading, for example who to talk to."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        precomputed = (parent_context or {}).get("get_help_now")
        context["get_help_now"] = precomputed or get_help_now_context(
            parent_context.get("request") if parent_context else None
        )
        return context

    class Meta:
        icon = "help"
        template = "components/streamfield/get_help_now.html"
        label = _("Get help now")
        description = _(
            "999, the helplines from the Helplines list and links to the two ways to report."
        )
        preview_value = {"heading": "Get help now", "text": ""}


class StoryBlock(blocks.StructBlock):
    """A made-up story. The words "This story is made up." are part of the template,
    not a field, so no editor can remove them."""

    title = blocks.CharBlock(
        max_length=120, help_text=_("A short title, for example 'Jay's new friend'.")
    )
    shows = blocks.CharBlock(
        max_length=160,
        default=_("It shows how grooming can start."),
        help_text=_(
            "One short sentence: what the story shows. It follows the words "
            "'This story is made up.', which are always shown."
        ),
    )
    body = RichTextBlock(
        help_text=_(
            "The story, in short paragraphs. Never use a real child's name or details "
            "that could identify anyone."
        )
    )

    class Meta:
        icon = "openquote"
        template = "components/streamfield/story.html"
        label = _("Story (made up)")
        description = _("A made-up story, always labelled 'This story is made up.'")
        preview_value = {
            "title": "Jay's new friend",
            "shows": "It shows how grooming can start.",
            "body": "<p>Jay met someone online who seemed kind.</p>",
        }


class TopTenItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=120, help_text=_("One thing to know, in a few words. Shown in bold.")
    )
    body = RichTextBlock(
        features=["bold", "ul", "link"],
        help_text=_("Two or three short sentences that explain it."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Thing to know")
        description = _("One of the ten: a short title and two or three sentences.")


class TopTenBlock(blocks.StructBlock):
    """An ordered list of at most ten things to know: the order is the editor's."""

    heading = blocks.CharBlock(
        max_length=80,
        required=False,
        help_text=_(
            "Optional, for example 'Top 10 things you need to know'. Leave it empty "
            "when the page title already says it."
        ),
    )
    items = blocks.ListBlock(
        TopTenItemBlock(),
        min_num=1,
        max_num=10,
        help_text=_("Up to ten things, most important first. Drag to change the order."),
    )

    class Meta:
        icon = "list-ol"
        template = "components/streamfield/top_ten.html"
        label = _("Top 10 list")
        description = _("A numbered list of up to ten things to know, in the order you choose.")
        preview_value = {
            "heading": "Top 10 things you need to know",
            "items": [{"title": "It is never your fault", "body": "<p>Tell a safe adult.</p>"}],
        }
