"""The home page, the abstract base page every page type extends, the helplines
snippet and the site-wide settings (including the quick-exit target)."""

from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from . import defaults
from .blocks import BaseStreamBlock
from .page_cache import public


class BasePage(Page):
    """Fields and rules every public page shares.

    Page types extend ``translatable_fields`` rather than redefine it, so the
    wagtail-localize editor always offers the shared fields.
    """

    summary = models.TextField(
        blank=True,
        max_length=300,
        help_text=_(
            "One or two plain sentences shown under the title and in search results. "
            "Say who the page is for and what they will find."
        ),
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]
    content_panels = Page.content_panels + [FieldPanel("summary")]
    promote_panels = Page.promote_panels

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.summary

    # Query savers (see home/page_cache.py): the same answers as Wagtail's, without a
    # query in the usual case.

    @property
    def localized(self):
        """This page when it is already in the active language (no Locale query)."""
        from .page_cache import locale_ids

        try:
            active = get_supported_content_language_variant(translation.get_language())
        except LookupError:
            active = None
        if active and locale_ids().get(active) == self.locale_id:
            return self
        return super().localized

    def get_view_restrictions(self):
        """None when no page on the site is private (cached); else Wagtail's check."""
        from wagtail.models import PageViewRestriction

        from .page_cache import any_view_restrictions

        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class HomePage(BasePage):
    template = "pages/home_page.html"

    hero_heading = models.CharField(
        max_length=120,
        help_text=_("The big heading at the top of the home page."),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        help_text=_("What sits under the audience links: definitions, callouts, helplines."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("hero_heading"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "audiences.AudiencePage",
        "audiences.ContentPage",
        "audiences.CampaignPage",
        "reports.ReportPage",
        "resources.ResourceIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Find the deepest page on the path in one query (two with its specific
        fields), instead of Wagtail's two per level; that page routes the rest, so
        routable pages (posters, report journeys) keep their own sub-paths."""
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "/".join(path_components[:n]) + "/"
            for n in range(1, len(path_components) + 1)
        ]
        page = (
            Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
            .order_by("-depth")
            .specific()
            .first()
        )
        if page is None:
            raise Http404
        return page.route(request, path_components[page.depth - self.depth :])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["audience_pages"] = (
            public(self.get_children().live().in_menu()).specific().order_by("path")
        )
        return context


class Helpline(TranslatableMixin, Orderable):
    """A phone number people can call. Shown in the footer and in helplines blocks.

    A number must be confirmed by an editor before it is shown as a number; until
    then the site shows "to be confirmed". A deploy check lists unconfirmed ones.
    """

    name = models.CharField(max_length=80, help_text=_("For example 'Childline'."))
    number = models.CharField(
        max_length=40,
        blank=True,
        help_text=_("The number exactly as people should dial it, for example '0800 1111'."),
    )
    description = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Who it is for and when it is open, in one short sentence."),
    )
    confirmed = models.BooleanField(
        default=False,
        help_text=_(
            "Tick only after checking the number with the service itself. "
            "Until then the site shows 'to be confirmed' instead of the number."
        ),
    )
    show_in_footer = models.BooleanField(
        default=True, help_text=_("Show this helpline at the bottom of every page.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("number"),
        FieldPanel("description"),
        FieldPanel("confirmed"),
        FieldPanel("show_in_footer"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("helpline")

    def __str__(self):
        return self.name

    @property
    def is_callable(self):
        return self.confirmed and bool(self.number)

    @property
    def tel_href(self):
        return "tel:" + "".join(ch for ch in self.number if ch.isdigit() or ch == "+")


@register_setting(icon="warning")
class SafetySettings(BaseSiteSetting):
    """Site-wide safety settings. The quick-exit target is read only from here."""

    quick_exit_url = models.URLField(
        default=defaults.QUICK_EXIT_URL,
        help_text=_(
            "Where 'Exit this page' takes people. Choose an ordinary, harmless site "
            "such as a weather forecast, so that nobody looking at the screen is alerted."
        ),
    )

    panels = [FieldPanel("quick_exit_url")]

    class Meta:
        verbose_name = _("safety settings")


@register_setting(icon="list-ul")
class FooterLinks(BaseSiteSetting):
    """The pages every footer links to. Chosen by editors, never typed into templates."""

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The privacy notice."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The accessibility statement."),
    )
    covering_tracks_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that explains how to hide a visit to this site."),
    )

    panels = [
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
        FieldPanel("covering_tracks_page"),
    ]

    select_related = ["privacy_page", "accessibility_page", "covering_tracks_page"]

    class Meta:
        verbose_name = _("footer links")
