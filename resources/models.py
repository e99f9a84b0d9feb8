"""A resource in the library, the taxonomy it is filed under, and the library page.

Resources are snippets rather than pages: a resource is a short record pointing at
something else (a document, a page or another site), it has no page of its own to
visit, and the library lists, filters and counts them in bulk, which is simpler and
cheaper on one flat table than on the page tree.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.page_cache import depends_on
from home.blocks import BaseStreamBlock
from home.models import BasePage, reviewed_relations

# The page cache's tag for everything that shows resources (the library, resource
# lists): a resource, audience or topic saved or deleted purges it (see apps.py).
LIBRARY_TAG = "resources"


class Format(models.TextChoices):
    LEAFLET = "leaflet", _("Leaflet")
    POSTER = "poster", _("Poster")
    LESSON_PLAN = "lesson-plan", _("Lesson plan")
    VIDEO = "video", _("Video")
    WEB_GUIDE = "web-guide", _("Web guide")
    TOOLKIT = "toolkit", _("Toolkit")


@dataclass(frozen=True)
class AgeBand:
    """A named age group people filter by. A resource is in every band its own age
    range overlaps: a resource for ages 11 to 14 is offered to 9 to 11 and 12 to 14."""

    slug: str
    label: Promise
    youngest: int
    oldest: int | None = None

    def matches(self):
        """The resources whose age range overlaps this band."""
        overlaps = Q(max_age__isnull=True) | Q(max_age__gte=self.youngest)
        if self.oldest is not None:
            overlaps &= Q(min_age__lte=self.oldest)
        return overlaps


# Whole years that do not overlap, so each age is in exactly one band.
AGE_BANDS = (
    AgeBand("9-11", _("9 to 11 (Years 5 and 6)"), 9, 11),
    AgeBand("12-14", _("12 to 14"), 12, 14),
    AgeBand("15-17", _("15 to 17"), 15, 17),
    AgeBand("adults", _("Adults (18 and over)"), 18),
)
ADULT_AGE = 18


class Term(TranslatableMixin, Orderable):
    """A taxonomy term resources are filed under. The slug is what the library's web
    addresses use, and it stays the same in every language."""

    name = models.CharField(
        max_length=80,
        help_text=_("The name people see beside the filter's tick box. Keep it short."),
    )
    slug = models.SlugField(
        max_length=80,
        help_text=_(
            "Used in the library's web addresses, for example 'online-safety': lower case "
            "letters, numbers and hyphens. Changing it breaks links people have saved."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="%(app_label)s_%(class)s_unique_slug"
            )
        ]

    def __str__(self):
        return self.name


class Audience(Term):
    """Who a resource is for. The slugs match the audience landing pages' audiences
    (``audiences.models.Audience``), so a section can list its own resources."""

    class Meta(Term.Meta):
        verbose_name = _("resource audience")
        verbose_name_plural = _("resource audiences")


class Topic(Term):
    """What a resource is about: grooming, online safety, going missing and so on."""

    class Meta(Term.Meta):
        verbose_name = _("resource topic")
        verbose_name_plural = _("resource topics")


def human_file_size(size):
    """'240 KB', '1.5 MB': whole kilobytes below a megabyte, as GOV.UK shows them."""
    kilobytes = size / 1024
    if kilobytes < 1000:
        return f"{max(1, round(kilobytes))} KB"
    return f"{kilobytes / 1024:.1f} MB".replace(".0 MB", " MB")


# Resources without a working destination are kept for editors but never listed.
HAS_DESTINATION = Q(document__isnull=False) | Q(page__live=True) | ~Q(external_url="")


class ResourceQuerySet(models.QuerySet):
    def listed(self):
        """Resources the public may see: approved (live) ones that lead somewhere."""
        return self.filter(HAS_DESTINATION, live=True)


class ResourceForm(WagtailAdminModelForm):
    """Offers only the audiences and topics in the resource's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id:
            for name in ("audiences", "topics"):
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale_id=locale_id)


def default_review_date():
    """A new resource is due for its first check a year from now."""
    return timezone.localdate() + datetime.timedelta(days=settings.PAGE_REVIEW_INTERVAL_DAYS)


class Resource(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """Something people can read, watch or use: a document we host, a page on this
    site, or another organisation's site. Listed only once a second person has
    approved it ("Communications review"), like every change after that."""

    title = models.CharField(
        max_length=150,
        help_text=_(
            "What people will get, in plain words, for example "
            "'Signs to look out for: a checklist for taxi drivers'."
        ),
    )
    summary = models.CharField(
        max_length=300,
        help_text=_(
            "One or two plain sentences: what it is, who it helps and how to use it. "
            "Up to 300 characters."
        ),
    )
    audiences = ParentalManyToManyField(
        Audience,
        related_name="resources",
        help_text=_("Everyone it is written for. Tick at least one."),
    )
    topics = ParentalManyToManyField(
        Topic,
        related_name="resources",
        blank=True,
        help_text=_("What it is about. Tick every topic it covers well."),
    )
    format = models.CharField(
        max_length=20,
        choices=Format.choices,
        help_text=_("What kind of thing it is."),
    )
    min_age = models.PositiveSmallIntegerField(
        _("youngest age"),
        validators=[MaxValueValidator(99)],
        help_text=_(
            "The youngest age it is written for, in years. For adults only "
            "(parents, staff, drivers), put 18."
        ),
    )
    max_age = models.PositiveSmallIntegerField(
        _("oldest age"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(99)],
        help_text=_("The oldest age it is written for. Leave empty for 'and over'."),
    )
    language = models.CharField(
        max_length=10,
        default="en",
        validators=[
            RegexValidator(
                r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$",
                _("Use a short language code such as en, pl, ar or pt-br."),
            )
        ],
        help_text=_(
            "The language the resource itself is written in, as a short code: en for "
            "English, pl for Polish, ar for Arabic, ro for Romanian."
        ),
    )
    document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A file we host, such as a PDF leaflet or poster. Upload it under Documents."),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A page on this site, if the resource is a web page here."),
    )
    external_url = models.URLField(
        _("web address"),
        blank=True,
        max_length=500,
        help_text=_(
            "Another organisation's site, for example https://www.childline.org.uk/. "
            "Only link to sites you trust and have checked."
        ),
    )
    review_date = models.DateField(
        default=default_review_date,
        help_text=_(
            "When someone must check it is still right: facts, links and phone numbers. "
            "A year from now unless you change it."
        ),
    )
    co_production_credit = models.CharField(
        _("made with"),
        max_length=200,
        blank=True,
        help_text=_(
            "Which group of young people made it with us, for example 'Made with young "
            "people from a Warrington youth group'. Name the group only: never name a child "
            "or say anything that could identify one."
        ),
    )
    # Set from the document when the resource is saved, so listing never opens a file.
    file_extension = models.CharField(max_length=10, blank=True, editable=False)
    file_size = models.PositiveBigIntegerField(null=True, blank=True, editable=False)
    # One number per resource, added to in the database; nothing about who clicked.
    download_count = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text=_(
            "How many times people have opened it from this site. Only the total is kept: "
            "nothing about who opened it."
        ),
    )

    objects = ResourceQuerySet.as_manager()

    _revisions, workflow_states = reviewed_relations("resource")

    base_form_class = ResourceForm
    panels = [
        FieldPanel("title"),
        FieldPanel("summary", widget=forms.Textarea(attrs={"rows": 3})),
        FieldPanel("format"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
            ],
            heading=_("Who it is for"),
        ),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("page"), FieldPanel("external_url")],
            heading=_("Where it leads: choose exactly one"),
        ),
        FieldPanel("language"),
        FieldPanel("co_production_credit"),
        FieldPanel("review_date"),
        FieldPanel("download_count", read_only=True),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("summary"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
        index.FilterField("format"),
    ]
    override_translatable_fields = [
        SynchronizedField("audiences"),
        SynchronizedField("topics"),
        SynchronizedField("language", overridable=True),
        SynchronizedField("document", overridable=True),
        SynchronizedField("external_url", overridable=True),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["title"]
        verbose_name = _("resource")

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def clean(self):
        super().clean()
        destinations = {
            "document": self.document_id is not None,
            "page": self.page_id is not None,
            "external_url": bool(self.external_url),
        }
        chosen = [name for name, given in destinations.items() if given]
        if not chosen:
            message = _("Choose a document, a page on this site or a web address.")
            raise ValidationError(dict.fromkeys(destinations, message))
        if len(chosen) > 1:
            message = _("Choose only one of a document, a page or a web address.")
            raise ValidationError(dict.fromkeys(chosen, message))
        if self.max_age is not None and self.min_age is not None and self.max_age < self.min_age:
            raise ValidationError({"max_age": _("The oldest age cannot be below the youngest.")})

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "document" in update_fields:
            self.refresh_file_details()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "file_extension", "file_size"}
        super().save(*args, **kwargs)

    def refresh_file_details(self):
        """Copy the document's type and size, read once here rather than per visit."""
        if self.document_id is None:
            self.file_extension, self.file_size = "", None
            return
        self.file_extension = self.document.file_extension.lower()[:10]
        self.file_size = self.document.get_file_size()

    # Shown in the library -------------------------------------------------------

    @property
    def destination_kind(self):
        if self.document_id:
            return "document"
        if self.page_id:
            return "page"
        if self.external_url:
            return "link"
        return ""

    @property
    def destination_label(self):
        """For editors: what the resource leads to, or that it is not listed."""
        return {
            "document": _("Document"),
            "page": _("Page on this site"),
            "link": _("Another site"),
        }.get(self.destination_kind, _("Nothing: not listed"))

    @property
    def external_host(self):
        host = urlsplit(self.external_url).hostname or ""
        return host.removeprefix("www.")

    @property
    def file_description(self):
        """'PDF, 240 KB' for a document; nothing for a page or a link."""
        if not self.file_extension:
            return ""
        parts = [self.file_extension.upper()]
        if self.file_size is not None:
            parts.append(human_file_size(self.file_size))
        return ", ".join(parts)

    @property
    def age_range(self):
        if self.max_age is None:
            if self.min_age >= ADULT_AGE:
                return _("Adults")
            return _("%(age)s and over") % {"age": self.min_age}
        if self.min_age == self.max_age:
            return str(self.min_age)
        return _("%(youngest)s to %(oldest)s") % {"youngest": self.min_age, "oldest": self.max_age}

    @property
    def language_name(self):
        """The language's own name ('Polski'), or the code if Django does not know it."""
        try:
            return get_language_info(self.language)["name_local"]
        except KeyError:
            return self.language

    def destination_url(self, request=None):
        """Where the download view sends people, or '' if nowhere works any more."""
        if self.document_id:
            return self.document.url
        if self.page_id:
            return self.page.get_url(request) if self.page.live else ""
        return self.external_url


class ResourceIndexPage(BasePage):
    """The resource library: every listed resource, filtered by a plain GET form."""

    template = "pages/resource_index_page.html"
    results_per_page = 10

    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        help_text=_(
            "Shown above the library: what is in it, who helped make it and how to ask "
            "for a printed copy. The resources themselves are edited under Snippets."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource library page")

    def get_context(self, request, *args, **kwargs):
        from .library import Library

        depends_on(request, LIBRARY_TAG)  # purged when a resource changes
        context = super().get_context(request, *args, **kwargs)
        context["library"] = Library(
            request, locale_id=self.locale_id, per_page=self.results_per_page
        )
        return context
