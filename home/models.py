"""The home page, the abstract base page every page type extends, the helplines
snippet and the site-wide settings (including the quick-exit target)."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import page_cache
from core.page_cache import (
    active_locale_id,
    any_view_restrictions,
    home_translations,
    locale_ids,
    public,
)

from . import defaults
from .blocks import BaseStreamBlock


def default_review_by():
    """A new page is due for review a year (PAGE_REVIEW_INTERVAL_DAYS) after it is made."""
    return timezone.localdate() + datetime.timedelta(days=settings.PAGE_REVIEW_INTERVAL_DAYS)


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

    # Governance (governance/review.py): who keeps the page right, and by when it must
    # be checked again. Wagtail's own ``owner`` is whoever created the page (for the demo
    # pages, nobody) and also lets "add"-only users edit it, so it is not reused for this.
    review_by = models.DateField(
        default=default_review_by,
        blank=True,  # left empty, it is set to a year from now when saved (see save())
        help_text=_(
            "The date by which someone must check this page is still right. Pages past "
            "this date are listed on the admin dashboard. Leave it empty for a year from today."
        ),
    )
    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The person responsible for keeping this page accurate. If empty, the person "
            "who created the page is the owner."
        ),
    )
    needs_translation_review = models.BooleanField(
        default=False,
        verbose_name=_("needs review by a qualified translator"),
        help_text=_(
            "Ticked on translations nobody qualified has checked yet (the demo "
            "translations start ticked). Untick once a qualified translator has "
            "reviewed this page."
        ),
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]
    content_panels = Page.content_panels + [FieldPanel("summary")]
    promote_panels = Page.promote_panels
    settings_panels = Page.settings_panels + [
        FieldPanel("review_by", heading=_("Review by")),
        FieldPanel("content_owner", heading=_("Page owner")),
        FieldPanel("needs_translation_review"),
    ]

    # What the wagtail-localize editor offers to translate. Page types extend this
    # list with their own fields (``BasePage.translatable_fields + [...]``); a field
    # left out is copied from the English page on every sync.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        # Addresses stay the same in every language (/pl/young-people/), so a
        # link can be switched by its prefix; an editor may still override one.
        SynchronizedField("slug", overridable=True),
        SynchronizedField("show_in_menus"),
        # Each translation carries its own review state.
        SynchronizedField("needs_translation_review", overridable=True),
    ]

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.summary

    def full_clean(self, *args, **kwargs):
        self.fill_review_by()
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.fill_review_by()
        return super().save(*args, **kwargs)

    def fill_review_by(self):
        if self.review_by is None:
            self.review_by = default_review_by()

    @property
    def responsible_owner(self):
        return self.content_owner or self.owner

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if self.needs_translation_review:
            return _("%(title)s (translation to be reviewed)") % {"title": title}
        return title

    def route(self, request, path_components):
        """Under /pl/, a page not translated yet is found in the English tree, so
        the reader gets the English page (with a notice) rather than "not found"."""
        try:
            return super().route(request, path_components)
        except Http404:
            default_locale = Locale.get_default()
            if not path_components or self.locale_id == default_locale.pk:
                raise
            source = self.get_translation_or_none(default_locale)
            if source is None:
                raise
            return source.specific.route(request, path_components)

    # Wagtail overrides that save queries on every request (tests/core/test_query_budget.py):
    # the same answers as Wagtail's, from the page cache's lookups (core/page_cache.py).

    @property
    def localized(self):
        """This page when it is already in the active language: no Locale query, as
        the locale ids come from the page cache."""
        try:
            active = get_supported_content_language_variant(translation.get_language())
        except LookupError:
            active = None
        if active and locale_ids().get(active) == self.locale_id:
            return self
        return super().localized

    def get_view_restrictions(self):
        """None, with no query, while no page on the site is private (the page cache
        knows); else Wagtail's own check."""
        from wagtail.models import PageViewRestriction

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
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("hero_heading"),
        TranslatableField("body"),
    ]
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
        "measures.ReportFiguresPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Wagtail override, for the query budget: find the deepest page on the path in
        one query instead of Wagtail's two per level; that page routes the rest, so
        routable pages (posters, report journeys) keep their own sub-paths."""
        if not path_components:
            return super().route(request, path_components)
        page = self.deepest_page_on(path_components)
        if page is None:
            # Nothing on the path in this language: BasePage.route's fallback (the
            # same path in the English tree), which costs queries only on such misses.
            return self.route_in_english(request, path_components)
        return page.route(request, path_components[page.depth - self.depth :])

    def deepest_page_on(self, path_components):
        """The deepest page whose address starts this path: which page that is comes
        from the page cache (until it or a page above it moves, is renamed, unpublished
        or deleted, or a page is added beneath it), then one query for its row."""
        prefixes = [
            self.url_path + "/".join(path_components[:n]) + "/"
            for n in range(1, len(path_components) + 1)
        ]

        def find():
            return (
                Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
                .order_by("-depth")
                .values_list("pk", "content_type_id", "path")
                .first()
            )

        def tags(found):
            path = found[2]
            return page_cache.ancestor_path_tags(path, self.steplen) | {
                page_cache.SITE,
                f"children:{path}",
            }

        found = page_cache.tagged(f"pc:route:{self.pk}:{prefixes[-1]}", tags, find)
        if found is None:
            return None
        model = ContentType.objects.get_for_id(found[1]).model_class()
        if model is None:
            return None
        try:
            return model.objects.get(pk=found[0])  # no ordering to work out, unlike first()
        except model.DoesNotExist:
            return None

    def route_in_english(self, request, path_components):
        """BasePage.route's fallback from the home page: the English home page comes
        from the page cache rather than two queries."""
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        english = home_translations(self).get(locale_ids().get(default))
        if english is None or english.pk == self.pk:
            raise Http404
        return english.route(request, path_components)

    @property
    def localized(self):
        """Wagtail override, for the query budget: the home page in the active language,
        from the page cache (Wagtail's serve view asks for it on every request under
        /pl/: two queries otherwise)."""
        active = active_locale_id()
        if active is None or active == self.locale_id:
            return self
        return home_translations(self).get(active, self)

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
    # The number is the same in every language; names and descriptions are translated.
    override_translatable_fields = [SynchronizedField("number")]

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
