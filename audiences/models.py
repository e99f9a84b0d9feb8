"""An audience's landing page and the pages beneath it: content pages, the Know and
See campaign hub, business sector pages (with their printable posters), and the
lead professionals for child sexual exploitation in each area."""

import re

import segno
from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.db import DatabaseError, models
from django.db.models import Case, IntegerField, Q, Value, When, prefetch_related_objects
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    Orderable,
    Page,
    RevisionMixin,
    Site,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.choices import CouncilArea, Sector
from core.page_cache import SITE, public, tagged
from home.blocks import REPORT_PAGE_TYPE, RICH_TEXT_FEATURES, get_help_now_context
from home.models import BasePage, reviewed_relations
from home.public_address import PublicAddressError, public_root_url

from .blocks import (
    CampaignAssetBlock,
    CampaignResourceBlock,
    ChecklistBlock,
    SectionStreamBlock,
    SignBlock,
)
from .readability import ReadingAgePanel, is_for_children


class Audience(models.TextChoices):
    YOUNG_PEOPLE = "young-people", _("Young people")
    YEARS_5_6 = "years-5-6", _("Years 5 and 6 (ages 9 to 11)")
    PARENTS_CARERS = "parents-carers", _("Parents and carers")
    COMMUNITIES = "communities", _("Communities")
    BUSINESSES = "businesses", _("Businesses")
    PROFESSIONALS = "professionals", _("Professionals and the children's workforce")


# Page types that may sit beneath an audience landing page.
SECTION_PAGE_TYPES = [
    "audiences.ContentPage",
    "audiences.CampaignPage",
    "audiences.BusinessSectorPage",
]


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
        SectionStreamBlock(),
        blank=True,
        help_text=_("Shown above the list of pages in this section."),
    )

    content_panels = (
        [ReadingAgePanel()] + BasePage.content_panels + [FieldPanel("audience"), FieldPanel("body")]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("audience"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("audience"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = SECTION_PAGE_TYPES

    class Meta:
        verbose_name = _("audience landing page")

    @property
    def for_children(self):
        """True for the Young people and Years 5 and 6 sections: the measures app offers
        their pages feedback without a comment box (measures/children.py)."""
        return is_for_children(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = public(self.get_children().live()).specific().order_by("path")
        # The "Get help now" panel at the end of every landing page.
        context["get_help_now"] = get_help_now_context(request)
        context["get_help_now_panel"] = {"heading": _("Get help now"), "text": ""}
        if self.audience == Audience.YEARS_5_6:
            context["get_help_now"], context["get_help_now_panel"] = for_years_5_and_6(
                context["get_help_now"], request
            )
        return context


def for_years_5_and_6(help_now, request):
    """The panel for children of 9 to 11: an adult they trust and Childline first, then
    only the concern form (the information form is for adults), in their own words."""
    from measures.children import concern_report_page

    concern = concern_report_page(request)
    child_report = None
    if concern is not None:
        child_report = {
            "url": concern.get_url(request),
            "text": _(
                "If you cannot tell an adult, you can tell us. You do not have to say your name."
            ),
            "label": _("Tell us what is happening"),
        }
    panel = {
        "heading": _("Get help now"),
        "text": _(
            "Tell an adult you trust, like your mum, dad, carer or a teacher. You can call "
            "Childline too. It is free."
        ),
    }
    return {**help_now, "report_pages": [], "child_report": child_report}, panel


class ContentPage(BasePage):
    """An article: guidance, advice or an explanation, built from blocks."""

    template = "pages/content_page.html"
    related_limit = 5

    body = StreamField(
        SectionStreamBlock(),
        help_text=_(
            "The page itself. Use short paragraphs and headings. "
            "Put the most important action in a callout near the top."
        ),
    )

    content_panels = [ReadingAgePanel()] + BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("body")]

    parent_page_types = [
        "home.HomePage",
        "audiences.AudiencePage",
        "audiences.ContentPage",
        "audiences.CampaignPage",
        "audiences.BusinessSectorPage",
    ]
    subpage_types = ["audiences.ContentPage"]

    class Meta:
        verbose_name = _("content page")

    def related_pages(self):
        """Up to five live pages beside or beneath this one: its own child pages first,
        then its siblings, each in the order of the tree. One query per page type
        found (usually one)."""
        parent_path = self.path[: -self.steplen]
        children = Q(path__startswith=self.path, depth=self.depth + 1)
        siblings = Q(path__startswith=parent_path, depth=self.depth)
        return list(
            public(Page.objects.live())
            .filter(children | siblings)
            .exclude(pk=self.pk)
            .annotate(
                is_child=Case(
                    When(depth=self.depth + 1, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("is_child", "path")
            .specific()[: self.related_limit]
        )

    def cached_related_pages(self):
        """``related_pages`` from the page cache (a query per page type otherwise).
        Publishing, moving or unpublishing a child or a sibling purges its parent's
        ``children:`` tag, which is one of the two this list is stamped with."""
        parent_path = self.path[: -self.steplen]
        tags = {SITE, f"children:{self.path}", f"children:{parent_path}"}
        return tagged(f"pc:related:{self.pk}", tags, self.related_pages)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the body is rendered, not when it comes from the page cache.
        context["related_pages"] = SimpleLazyObject(self.cached_related_pages)
        return context


class CampaignPage(BasePage):
    """A campaign hub, such as Know and See. Editors can copy it for a relaunch."""

    template = "pages/campaign_page.html"

    strapline = models.CharField(
        max_length=120,
        default="The more you know, the more you see",
        help_text=_("The campaign's line, shown large under the title."),
    )
    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the campaign is and who it is for, in two or three short paragraphs."),
    )
    signs = StreamField(
        [("sign", SignBlock())],
        blank=True,
        help_text=_("The signs of child sexual exploitation, most telling first."),
    )
    what_to_do = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_(
            "What to do if you see the signs: 999 in an emergency, then who to tell. "
            "Shown in a highlighted box."
        ),
    )
    assets = StreamField(
        [("resource", CampaignResourceBlock()), ("asset", CampaignAssetBlock())],
        blank=True,
        help_text=_(
            "Posters, social media images and school packs to download. Choose them from "
            "the resource library where they are in it; add other files as assets."
        ),
    )
    body = StreamField(
        SectionStreamBlock(),
        blank=True,
        help_text=_("Anything else, shown after the dates and the downloads."),
    )

    content_panels = (
        [ReadingAgePanel()]
        + BasePage.content_panels
        + [
            FieldPanel("strapline"),
            FieldPanel("intro"),
            FieldPanel("signs"),
            FieldPanel("what_to_do"),
            InlinePanel(
                "moments",
                heading=_("Campaign dates"),
                label=_("Date"),
                help_text=_(
                    "Days the campaign marks, such as National Child Exploitation "
                    "Awareness Day on 18 March. The site shows coming dates first and "
                    "moves past ones to a list of their own."
                ),
            ),
            FieldPanel("assets"),
            FieldPanel("body"),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("strapline"),
        index.SearchField("intro"),
        index.SearchField("signs"),
        index.SearchField("what_to_do"),
        index.SearchField("body"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("strapline"),
        TranslatableField("intro"),
        TranslatableField("signs"),
        TranslatableField("what_to_do"),
        TranslatableField("moments"),
        TranslatableField("assets"),
        TranslatableField("body"),
    ]

    parent_page_types = ["home.HomePage", "audiences.AudiencePage"]
    subpage_types = ["audiences.ContentPage"]

    class Meta:
        verbose_name = _("campaign page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        moments = sorted(self.moments.all(), key=lambda moment: moment.date)
        upcoming = context["upcoming_moments"] = [m for m in moments if m.date >= today]
        past = context["past_moments"] = [m for m in reversed(moments) if m.date < today]
        context["moment_lists"] = [(_("Coming up"), upcoming, False), (_("Past dates"), past, True)]
        context["child_pages"] = public(self.get_children().live()).specific().order_by("path")
        # The library's item template lists each resource's audiences: fetch them at once.
        resources = [child.value for child in self.assets if child.block_type == "resource"]
        resources = [resource for resource in resources if resource is not None]
        prefetch_related_objects(resources, "audiences")
        return context


class CampaignMoment(TranslatableMixin, Orderable):
    """A dated moment in a campaign: an awareness day, a launch, a week of events."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="moments")
    date = models.DateField(help_text=_("The day itself (the first day, for a week of events)."))
    title = models.CharField(
        max_length=120,
        help_text=_("For example 'National Child Exploitation Awareness Day'."),
    )
    description = models.TextField(
        blank=True,
        max_length=400,
        help_text=_("What happens that day and how people can take part, in a sentence or two."),
    )

    panels = [FieldPanel("date"), FieldPanel("title"), FieldPanel("description")]
    override_translatable_fields = [SynchronizedField("date")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("campaign date")

    def __str__(self):
        return f"{self.date:%d %B %Y}: {self.title}"


def share_information_page():
    """The live "Share information" report start page (the intelligence form), or None.

    Found by content type and kind without importing the reporting app."""
    pages = list(
        Page.objects.live()
        .filter(locale=Locale.get_active(), **REPORT_PAGE_TYPE)
        .order_by("path")
        .specific()
    )
    for page in pages:
        if getattr(page, "kind", "") == "intelligence":
            return page
    return next((page for page in pages if page.slug == "share-information"), None)


class BusinessSectorPage(RoutablePageMixin, BasePage):
    """Advice for one business sector, with a poster to print at ``poster/``."""

    template = "pages/business_sector_page.html"
    poster_template = "audiences/business_poster.html"
    poster_refused_template = "audiences/business_poster_refused.html"
    # Where the intelligence form lives if its page cannot be found (see share_information_page).
    intelligence_form_fallback_path = "/share-information/questions/"

    sector = models.CharField(
        max_length=20,
        choices=Sector.choices,
        help_text=_(
            "Which sector this page is for. The poster's QR code opens the form to share "
            "information with this sector already filled in."
        ),
    )
    signs = StreamField(
        [("sign", SignBlock())],
        min_num=3,
        help_text=_(
            "What staff in this sector may see, most telling first. The first three are "
            "printed on the poster, so keep each one short."
        ),
    )
    what_to_do = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "What to do: 999 if a child is in danger now; otherwise share information "
            "through this site or call 101 quoting Operation Makesafe. Never add a local "
            "number that has not been checked."
        ),
    )
    staff_checklist = StreamField(
        [("checklist", ChecklistBlock())],
        blank=True,
        max_num=1,
        help_text=_("Steps for managers and staff to go through, printed with tick boxes."),
    )
    poster_report_line = models.CharField(
        max_length=120,
        default="Not an emergency? Call 101 and quote Operation Makesafe.",
        help_text=_("The line under 999 on the poster: how to report when it is not an emergency."),
    )
    body = StreamField(
        SectionStreamBlock(),
        blank=True,
        help_text=_("Anything else, shown after the checklist."),
    )

    content_panels = (
        [ReadingAgePanel()]
        + BasePage.content_panels
        + [
            FieldPanel("sector"),
            FieldPanel("signs"),
            FieldPanel("what_to_do"),
            FieldPanel("staff_checklist"),
            MultiFieldPanel([FieldPanel("poster_report_line")], heading=_("Poster")),
            FieldPanel("body"),
        ]
    )
    search_fields = BasePage.search_fields + [
        index.SearchField("signs"),
        index.SearchField("what_to_do"),
        index.SearchField("staff_checklist"),
        index.SearchField("body"),
        index.FilterField("sector"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("sector"),
        TranslatableField("signs"),
        TranslatableField("what_to_do"),
        TranslatableField("staff_checklist"),
        TranslatableField("poster_report_line"),
        TranslatableField("body"),
    ]

    parent_page_types = ["audiences.AudiencePage"]
    subpage_types = ["audiences.ContentPage"]

    class Meta:
        verbose_name = _("business sector page")

    def intelligence_form_path(self):
        """The path of the intelligence form with this sector filled in."""
        form_page = share_information_page()
        parts = form_page.get_url_parts() if form_page is not None else None
        if parts is not None and hasattr(form_page, "reverse_subpage"):
            base = parts[2] + form_page.reverse_subpage("questions")
        else:
            base = self.intelligence_form_fallback_path
        return f"{base}?sector={self.sector}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["form_url"] = self.intelligence_form_path()
        context["poster_url"] = self.get_url(request) + self.reverse_subpage("poster")
        return context

    def poster_context(self, request, root_url):
        form_url = root_url + self.intelligence_form_path()
        qr = segno.make(form_url)
        return {
            "page": self,
            "self": self,
            "form_url": form_url,
            # Printed addresses may break after a "/" and before the "?", nowhere else.
            "form_url_parts": re.findall(r"[^/?]*/|\?[^/]*|[^/?]+", form_url),
            # Drawn on our server as inline SVG: no request to anyone else.
            "qr_svg": qr.svg_inline(omitsize=True, svgclass="app-poster__qr-code"),
            "poster_signs": [sign.value["sign"] for sign in self.signs][:3],
        }

    @path("poster/", name="poster")
    def poster(self, request):
        """The poster, with the site's public address in words and as a QR code. An
        address that would not work on paper (localhost, no https) is refused, with
        what to set; in development the poster is shown marked "not for printing"."""
        try:
            root_url = public_root_url(Site.find_for_request(request))
            not_for_printing = ""
        except PublicAddressError as error:
            if not settings.DEBUG:
                context = {"page": self, "self": self, "error": error}
                return TemplateResponse(request, self.poster_refused_template, context, status=503)
            root_url, not_for_printing = request.build_absolute_uri("/").rstrip("/"), error
        context = self.poster_context(request, root_url)
        context["not_for_printing"] = not_for_printing
        return TemplateResponse(request, self.poster_template, context)


class LeadProfessional(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """The lead professional for child sexual exploitation in one area or agency.

    The strategy asks each safeguarding partnership, and each agency in it, to name
    one as its single point of contact. A contact detail is shown only once an editor
    has checked it and ticked it confirmed and a second person has approved the change
    ("Communications review"); until then the public is pointed to the national routes
    instead, and a deploy check and a dashboard panel list what is missing. Never
    enter a guessed number or address.
    """

    area = models.CharField(
        max_length=40,
        choices=CouncilArea.choices,
        help_text=_("The council area this lead professional covers."),
    )
    organisation = models.CharField(
        max_length=120,
        help_text=_(
            "Who they work for, for example 'Halton Safeguarding Children Partnership' "
            "or 'Cheshire Police'."
        ),
    )
    role_title = models.CharField(
        max_length=120,
        default="Lead professional for child sexual exploitation",
        help_text=_("Their role, as professionals should ask for it."),
    )
    name = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("Optional. Leave empty to show the role only (people move on; roles stay)."),
    )
    phone = models.CharField(
        max_length=40,
        blank=True,
        help_text=_("The number exactly as professionals should dial it."),
    )
    phone_confirmed = models.BooleanField(
        default=False,
        help_text=_(
            "Tick only after checking the number with the team itself. Until then the "
            "site leaves it out and points people to the national helplines."
        ),
    )
    email = models.EmailField(
        blank=True,
        help_text=_("A team inbox is better than a person's own address."),
    )
    email_confirmed = models.BooleanField(
        default=False,
        help_text=_(
            "Tick only after checking the address with the team itself. Until then the "
            "site leaves it out and points people to the national helplines."
        ),
    )

    _revisions, workflow_states = reviewed_relations("leadprofessional")

    panels = [
        FieldPanel("area"),
        FieldPanel("organisation"),
        FieldPanel("role_title"),
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("phone_confirmed"),
                FieldPanel("email"),
                FieldPanel("email_confirmed"),
            ],
            heading=_("Contact details"),
        ),
    ]
    search_fields = [
        index.SearchField("organisation"),
        index.AutocompleteField("organisation"),
        index.SearchField("name"),
        index.FilterField("area"),
    ]

    class Meta:
        ordering = ["area", "organisation"]
        verbose_name = _("lead professional")

    def __str__(self):
        return f"{self.get_area_display()}: {self.organisation}"

    @property
    def revisions(self):
        return self._revisions

    @property
    def shows_phone(self):
        return self.phone_confirmed and bool(self.phone)

    @property
    def shows_email(self):
        return self.email_confirmed and bool(self.email)

    @property
    def is_confirmed(self):
        return self.phone_confirmed and self.email_confirmed

    @property
    def is_reachable(self):
        """Worth showing the public: at least one confirmed way to reach them."""
        return self.shows_phone or self.shows_email

    @property
    def tel_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


def unconfirmed_lead_professionals_queryset():
    """Lead professionals the public cannot fully see: a detail not confirmed, never
    approved, or a change waiting for review."""
    return LeadProfessional.objects.filter(
        Q(phone_confirmed=False) | Q(email_confirmed=False) | Q(live=False)
    )


@register(Tags.database, deploy=True)
def unconfirmed_lead_professionals(app_configs=None, databases=None, **kwargs):
    """`manage.py check --deploy --database default` lists lead professionals whose
    contact details nobody has confirmed and approved (like home.W001 for helplines)."""
    if not databases:
        return []  # a check of the data: only with --database
    try:
        unconfirmed = list(unconfirmed_lead_professionals_queryset())
    except DatabaseError:
        return []  # no tables yet: nothing to check
    return [
        Warning(
            f"Lead professional '{lead}' has contact details that are not confirmed and "
            "approved: the site leaves them out and shows the national routes instead.",
            hint="Check them with the team, tick 'confirmed' under Lead professionals and "
            "submit the change for review.",
            obj=lead,
            id="audiences.W001",
        )
        for lead in unconfirmed
    ]
