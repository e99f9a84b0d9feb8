"""The home page, the abstract base page every page type extends, the reviewed
snippets a child relies on (helplines, the quick-exit target) and the site-wide
settings."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.log_actions import log
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    Orderable,
    Page,
    PreviewableMixin,
    RevisionMixin,
    Site,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import page_cache
from core.page_cache import (
    SITE,
    active_locale_id,
    any_view_restrictions,
    home_translations,
    locale_ids,
    public,
    tagged,
)
from core.page_types import of_type

from . import defaults
from .blocks import BaseStreamBlock
from .i18n import untranslated_aliases

# Blocks that list the helplines (home.blocks; audiences' lead professionals).
HELPLINE_BLOCKS = {"helplines", "get_help_now", "lead_professionals"}
# The campaign hub's page type, named by its label: home imports no feature app.
CAMPAIGN_PAGE = "audiences.CampaignPage"
LIBRARY_PAGE_TYPE = of_type("resources.ResourceIndexPage")


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

    @property
    def helplines_in_body(self):
        """True when the page's body lists the helplines itself (a helplines block or
        "Get help now"): the footer then leaves its list out, so no page lists them
        twice."""
        body = getattr(self, "body", None)
        # The blocks' types only: reading their values would fetch the helplines.
        blocks = body.raw_data if hasattr(body, "raw_data") else (body or ())
        return any(block["type"] in HELPLINE_BLOCKS for block in blocks)

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if self.needs_translation_review:
            return _("%(title)s (translation to be reviewed)") % {"title": title}
        return title

    def route(self, request, path_components):
        """Under /pl/, a page not translated yet, or whose translation is still a
        draft waiting for review, is found in the English tree, so the reader gets
        the English page (with a notice, as English) rather than "not found"."""
        try:
            return super().route(request, path_components)
        except Http404:
            default_locale = Locale.get_default()
            if self.locale_id == default_locale.pk:
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
    featured_campaign = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The campaign shown in a band under the audience links, with its strapline. "
            "Usually Know and See."
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        help_text=_("What sits under the audience links: definitions, callouts, helplines."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("hero_heading"),
        # A label, not the model: home imports no feature app.
        PageChooserPanel("featured_campaign", page_type=CAMPAIGN_PAGE),
        FieldPanel("body"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("hero_heading"),
        # The English campaign page; each language shows its own translation of it.
        SynchronizedField("featured_campaign"),
        TranslatableField("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.AccessibilityStatementPage",
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
        menu = self.get_children().live().in_menu().exclude(untranslated_aliases())
        context["audience_pages"] = public(menu).specific().order_by("path")
        context.update(self.cached_features())
        return context

    def cached_features(self):
        """The campaign band's page and the resource library (three queries), kept in
        the page cache: any top-level page's change purges the ``site`` tag."""
        key = f"pc:home-features:{self.pk}:{translation.get_language()}"
        return tagged(key, {SITE}, self.features)

    def features(self):
        """``{"campaign": the featured campaign in the reader's language (else in
        English), "library": the resource library beneath this home page}``, each
        None when there is no live one. Pages are found by type label: home imports
        no feature app."""
        campaign = None
        if self.featured_campaign_id:
            campaign = self.featured_campaign.specific.localized
            campaign = campaign if campaign.live else None
        library = public(self.get_children().live().filter(**LIBRARY_PAGE_TYPE)).first()
        return {"campaign": campaign, "library": library}


def reviewed_relations(name):
    """The generic relations every reviewed snippet declares, so that deleting one
    deletes its revisions and workflow states too (as Wagtail's docs recommend)."""
    return (
        GenericRelation("wagtailcore.Revision", related_query_name=name),
        GenericRelation(
            "wagtailcore.WorkflowState",
            content_type_field="base_content_type",
            object_id_field="object_id",
            related_query_name=name,
            for_concrete_model=False,
        ),
    )


# The history entry of a translation whose number and website came from English.
SYNCED_FROM_ENGLISH = "home.synced_from_english"

https_only = URLValidator(
    schemes=["https"], message=_("Enter an address that starts with https://")
)


class Helpline(
    PreviewableMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    Orderable,
):
    """A help route people can use: a phone number, a website, or both. Shown in the
    footer and in helplines blocks, and the only place the site keeps such a number.

    A change reaches the public only once a second person approves it in the
    "Communications review" workflow: the approval is the number's confirmation, and
    the public reads only the live (approved) version. The number and website are
    reviewed once, in English; approving them updates every translation at once
    (``sync_translations``).
    """

    name = models.CharField(max_length=80, help_text=_("For example 'Childline'."))
    number = models.CharField(
        max_length=40,
        blank=True,
        help_text=_(
            "The number exactly as people should dial it, with spaces. Check it with the "
            "service itself before you submit it for review. Leave empty for a website only."
        ),
    )
    website = models.URLField(
        max_length=300,
        blank=True,
        validators=[https_only],
        verbose_name=_("website"),
        help_text=_(
            "The page of the service's own site that helps, starting https://. Check it "
            "opens the right page. Leave empty for a phone line only."
        ),
    )
    description = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Who it is for and when it is open, in one short sentence."),
    )
    show_in_footer = models.BooleanField(
        default=True, help_text=_("Show this helpline at the bottom of every page.")
    )

    _revisions, workflow_states = reviewed_relations("helpline")

    panels = [
        FieldPanel("name"),
        FieldPanel("number"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("show_in_footer"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # The number and website are the same in every language and are reviewed once, in
    # English; names and descriptions are translated.
    override_translatable_fields = [
        SynchronizedField("number"),
        SynchronizedField("website"),
        SynchronizedField("show_in_footer"),
    ]
    SYNCHRONISED = ("number", "website", "show_in_footer", "sort_order")

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("helpline")

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        if not (self.number or self.website):
            raise ValidationError(
                {"number": _("Give a number, a website or both, so people can reach the service.")}
            )

    @property
    def is_callable(self):
        return bool(self.number)

    @property
    def tel_href(self):
        return "tel:" + "".join(ch for ch in self.number if ch.isdigit() or ch == "+")

    @property
    def website_label(self):
        """The website as people would say it: 'childline.org.uk'."""
        return (urlsplit(self.website).hostname or "").removeprefix("www.")

    # Preview: the helpline as a list shows it, in the editor's side panel.
    preview_template = "home/helpline_preview.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "helplines": [self]}

    def save(self, *args, **kwargs):
        """A translation always carries the English live number and website: whenever
        a translation is published, they are copied from the English helpline."""
        if self.live and self.translation_key and not kwargs.get("update_fields"):
            source = (
                type(self)
                .objects.filter(translation_key=self.translation_key, locale=Locale.get_default())
                .exclude(pk=self.pk)
                .filter(live=True)
                .first()
            )
            if source is not None:
                for name in self.SYNCHRONISED:
                    setattr(self, name, getattr(source, name))
        super().save(*args, **kwargs)

    def publish(self, revision, user=None, **kwargs):
        """Every way of publishing (a finished review, a superuser's emergency publish,
        a scheduled one) ends here: the approved number reaches every language."""
        result = super().publish(revision, user=user, **kwargs)
        published = type(self).objects.get(pk=self.pk)
        if published.live:  # not when only scheduled for later
            published.sync_translations(user=user)
        return result

    def sync_translations(self, user=None):
        """After the English helpline is published: publish every translation with its
        number and website, so all languages show the approved number at once. A
        translation's own unpublished draft is kept, carrying the new number too."""
        if self.locale_id != Locale.get_default().pk:
            return []
        synced = []
        for copy in self.get_translations().filter(live=True):
            pending = copy.latest_revision if copy.has_unpublished_changes else None
            for name in self.SYNCHRONISED:
                setattr(copy, name, getattr(self, name))
            # Its history says where the change came from (not "edited" by the approver,
            # nor a publish without review: the English change was reviewed).
            revision = copy.save_revision(user=user, log_action=False)
            revision.publish(user=user, log_action=False, skip_permission_checks=True)
            log(
                instance=copy,
                action=SYNCED_FROM_ENGLISH,
                user=user,
                revision=revision,
                data={"number": copy.number, "website": copy.website},
            )
            if pending is not None:
                draft = pending.as_object()
                for name in self.SYNCHRONISED:
                    setattr(draft, name, getattr(self, name))
                draft.save_revision(user=pending.user, log_action=False)
            synced.append(copy)
        return synced


class QuickExit(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """Where "Exit this page" takes people on one site: the one place for the quick-exit
    target. The chrome reads only the live (approved) version (``url_for``), so a
    change made with one stolen password cannot send children somewhere else."""

    site = models.OneToOneField(
        Site,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The site whose 'Exit this page' button this is."),
    )
    url = models.URLField(
        max_length=300,
        validators=[https_only],
        default=defaults.QUICK_EXIT_URL,
        verbose_name=_("quick exit address"),
        help_text=_(
            "Where 'Exit this page' takes people, starting https://. Choose an ordinary, "
            "harmless site such as a weather forecast, so that nobody looking at the "
            "screen is alerted. A second person checks it before it is used."
        ),
    )

    _revisions, workflow_states = reviewed_relations("quickexit")

    panels = [FieldPanel("site"), FieldPanel("url")]

    class Meta:
        verbose_name = _("quick exit")
        verbose_name_plural = _("quick exit")

    def __str__(self):
        return _("Quick exit for %(site)s") % {"site": self.site}

    @property
    def revisions(self):
        return self._revisions

    @classmethod
    def url_for(cls, site):
        """The live target for ``site``, or the default one if there is none yet."""
        url = cls.objects.filter(site=site, live=True).values_list("url", flat=True).first()
        return url or defaults.QUICK_EXIT_URL


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


@register_setting(icon="view")
class DemoSettings(BaseSiteSetting):
    """Demo mode, for a demonstration copy of the site (``seed_demo`` turns it on).

    While it is on, every page says the site is a demonstration, and the example pages
    are labelled "Example content: replace before launch". The public site never runs
    with it on: ``check --deploy --database default`` fails while it is (home.checks).
    """

    demo_mode = models.BooleanField(
        default=False,
        verbose_name=_("demo mode"),
        help_text=_(
            "Shows a banner on every page saying this site is a demonstration, and labels "
            "the example pages below. Never turn it on for the public site: the deploy "
            "check fails while it is on."
        ),
    )
    example_pages = models.ManyToManyField(
        "wagtailcore.Page",
        blank=True,
        related_name="+",
        verbose_name=_("example pages"),
        help_text=_(
            "Pages whose content was made up for the demonstration, such as figures or "
            "lists only the partnership can supply. In demo mode each is labelled "
            "'Example content: replace before launch'. Replace the content, then take "
            "the page off this list."
        ),
    )

    panels = [FieldPanel("demo_mode"), FieldPanel("example_pages")]

    class Meta:
        verbose_name = _("demo mode")

    def example_translation_keys(self):
        """The example pages, in every language, by their translation key."""
        return frozenset(self.example_pages.values_list("translation_key", flat=True))


@register_setting(icon="user")
class AccessibilitySettings(BaseSiteSetting):
    """What the accessibility statement shows from outside the page: how to report a
    problem (shown only once confirmed) and the last automated accessibility test,
    which maintainers record from the test run (``manage.py record_accessibility_test``)."""

    contact_email = models.EmailField(
        blank=True,
        help_text=_("Where people can report an accessibility problem or ask for another format."),
    )
    contact_phone = models.CharField(
        max_length=40,
        blank=True,
        help_text=_("A phone number for the same, exactly as people should dial it."),
    )
    contact_confirmed = models.BooleanField(
        default=False,
        help_text=_(
            "Tick only after checking that someone answers this email address and phone "
            "number. Until then the statement leaves them out."
        ),
    )
    last_tested_on = models.DateField(
        null=True,
        blank=True,
        help_text=_(
            "The day of the last automated accessibility test of the whole site. Filled in "
            "by `manage.py record_accessibility_test` from the test run's record."
        ),
    )
    last_test_summary = models.TextField(
        blank=True,
        max_length=600,
        help_text=_("What that test checked and what it found, in a sentence or two."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_confirmed"),
            ],
            heading=_("Contact for accessibility problems"),
        ),
        MultiFieldPanel(
            [FieldPanel("last_tested_on"), FieldPanel("last_test_summary")],
            heading=_("Last automated test"),
        ),
    ]

    class Meta:
        verbose_name = _("accessibility statement settings")

    @property
    def shows_contact(self):
        return self.contact_confirmed and bool(self.contact_email or self.contact_phone)

    @property
    def tel_href(self):
        return "tel:" + "".join(ch for ch in self.contact_phone if ch.isdigit() or ch == "+")


class ComplianceStatus(models.TextChoices):
    """The three statuses the accessibility regulations allow."""

    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NOT = "not", _("not compliant")


class AccessibilityStatementPage(BasePage):
    """The accessibility statement, in the order of GOV.UK's model statement: the
    editor's introduction, how accessible the site is and what does not work, how to
    report a problem, enforcement, the compliance status, how the site was tested
    (from AccessibilitySettings) and when the statement was prepared."""

    template = "pages/accessibility_statement_page.html"

    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        help_text=_(
            "Who runs the site and what people should be able to do with it: the opening "
            "of the statement."
        ),
    )
    compliance_status = models.CharField(
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
        help_text=_(
            "How far the site meets WCAG 2.2 AA. 'Partially compliant' when any known issue "
            "is listed below."
        ),
    )
    known_issues = RichTextField(
        features=["h3", "bold", "ul", "link"],
        blank=True,
        help_text=_(
            "What does not work for everyone yet, and what to do instead. Leave empty only "
            "when nothing is known."
        ),
    )
    how_tested = RichTextField(
        features=["bold", "ul", "link"],
        blank=True,
        help_text=_(
            "Anything more about how the site was tested besides the automated test: "
            "checks by people, an independent audit, and when."
        ),
    )
    prepared_on = models.DateField(
        null=True,
        blank=True,
        help_text=_("The day the statement was first prepared."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("body"),
        FieldPanel("compliance_status"),
        FieldPanel("known_issues"),
        FieldPanel("how_tested"),
        FieldPanel("prepared_on"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("body"),
        TranslatableField("known_issues"),
        TranslatableField("how_tested"),
        SynchronizedField("compliance_status"),
        SynchronizedField("prepared_on"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("known_issues"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site = Site.find_for_request(request)
        context["accessibility"] = AccessibilitySettings.for_site(site) if site else None
        return context
