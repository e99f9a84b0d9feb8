"""An audience's landing page and the content pages beneath it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import BasePage


class Audience(models.TextChoices):
    YOUNG_PEOPLE = "young-people", _("Young people")
    PARENTS_CARERS = "parents-carers", _("Parents and carers")
    COMMUNITIES = "communities", _("Communities")
    BUSINESSES = "businesses", _("Businesses")
    PROFESSIONALS = "professionals", _("Professionals and the children's workforce")


class AudiencePage(BasePage):
    """The landing page of one audience, linked from the header on every page."""

    template = "pages/audience_page.html"

    audience = models.CharField(
        max_length=20,
        choices=Audience.choices,
        unique=False,
        help_text=_("Who this section is for. Each audience has one landing page."),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        help_text=_("Shown above the list of pages in this section."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("audience"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("audience"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["audiences.ContentPage"]

    class Meta:
        verbose_name = _("audience landing page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = self.get_children().live().public().specific().order_by("path")
        return context


class ContentPage(BasePage):
    """An article: guidance, advice or an explanation, built from blocks."""

    template = "pages/content_page.html"

    body = StreamField(
        BaseStreamBlock(),
        help_text=_(
            "The page itself. Use short paragraphs and headings. "
            "Put the most important action in a callout near the top."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "audiences.AudiencePage", "audiences.ContentPage"]
    subpage_types = ["audiences.ContentPage"]

    class Meta:
        verbose_name = _("content page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = self.get_children().live().public().specific().order_by("path")
        return context
