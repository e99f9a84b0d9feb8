"""Build the campaign hub, the Top 10, the business sector pages (with their posters),
the lead professionals and the promoted search results, from content/campaign/ and
content/search-promotions.yaml.

``seed_campaign_and_sectors(home)`` runs after the rest of the demo site exists, the
resource library included: the campaign offers the library's posters and school
packs. It is safe to run again: pages are looked up by slug under their parent and
published only when something differs; snippets, documents and promotions are looked
up by their natural keys. A section the demo does not have (no /businesses/ page, no
report pages yet) is skipped, not invented, and a link to a page that does not exist
yet is left as plain text.
"""

import datetime
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.html import escape
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from audiences.models import (
    BusinessSectorPage,
    CampaignMoment,
    CampaignPage,
    ContentPage,
    CouncilArea,
    LeadProfessional,
)
from resources.models import Resource

from .loaders import blocks, html, load, load_text
from .pages import comparable

# A link in the copy, written with a site path: <a href="/report-a-concern/">label</a>.
LINK = re.compile(r'<a href="(/[^"]*)">(.*?)</a>')


class Links:
    """Turns site paths into Wagtail page links, or plain text when no such page
    exists (the report pages, for example, may not have been built yet)."""

    def __init__(self, home):
        self.home = home
        self._cache = {}

    def page(self, path):
        if path not in self._cache:
            url_path = self.home.url_path + path.lstrip("/")
            self._cache[path] = Page.objects.filter(url_path=url_path).first()
        return self._cache[path]

    def a(self, path, label):
        page = self.page(path)
        if page is None:
            return escape(label)
        return f'<a linktype="page" id="{page.pk}">{escape(label)}</a>'

    def resolve(self, value):
        """``value`` with every link in its strings resolved."""
        if isinstance(value, str):
            return LINK.sub(lambda match: self.a(match[1], match[2]), value)
        if isinstance(value, (list, tuple)):
            return type(value)(self.resolve(item) for item in value)
        if isinstance(value, dict):
            return {key: self.resolve(item) for key, item in value.items()}
        return value


# Pages ---------------------------------------------------------------------------


@dataclass
class PageSpec:
    model: type
    slug: str
    fields: dict[str, Any]
    moments: list[tuple[datetime.date, str, str]] = field(default_factory=list)


def _stream(stream_blocks):
    return [{"type": block_type, "value": value} for block_type, value in stream_blocks]


def _signs(signs):
    return [("sign", {"sign": sign["sign"], "detail": sign.get("detail", "")}) for sign in signs]


def ensure_page(parent, spec):
    """The page at ``spec.slug`` under ``parent``, created or brought up to date."""
    page = parent.get_children().filter(slug=spec.slug).first()
    if page is not None and page.specific_class is not spec.model:
        raise ValueError(
            f"The page '{page.url_path}' is a {page.specific_class.__name__}, not a "
            f"{spec.model.__name__}. Move it or delete it, then seed again."
        )
    values = {}
    for name, value in spec.fields.items():
        model_field = spec.model._meta.get_field(name)
        if hasattr(model_field, "stream_block"):
            value = model_field.stream_block.to_python(_stream(value))
        values[name] = value
    created = page is None
    if created:
        page = spec.model(slug=spec.slug, **values)
        parent.add_child(instance=page)
        changed = True
    else:
        page = page.specific
        changed = False
        for name, value in values.items():
            current = getattr(page, name)
            if hasattr(value, "stream_block"):
                differs = comparable(current) != comparable(value)
            else:
                differs = current != value
            if differs:
                setattr(page, name, value)
                changed = True
    if spec.model is CampaignPage:
        wanted = [(date, title, text) for date, title, text in spec.moments]
        current = [(m.date, m.title, m.description) for m in page.moments.all()]
        if wanted != current:
            page.moments = [
                CampaignMoment(date=date, title=title, description=text, sort_order=order)
                for order, (date, title, text) in enumerate(wanted)
            ]
            changed = True
    if changed or page.has_unpublished_changes or not page.live:
        page.save_revision().publish()
    return page


# The Know and See campaign hub ------------------------------------------------------


def campaign_copy():
    return load("campaign/know-and-see.yaml")


def library_resources(home):
    """The campaign's resources from the library, in the order the copy lists them."""
    titles = campaign_copy()["resources"]
    by_title = {
        resource.title: resource
        for resource in Resource.objects.listed().filter(locale_id=home.locale_id, title__in=titles)
    }
    return [by_title[title] for title in titles if title in by_title]


def ensure_documents():
    """The campaign's downloadable texts as Wagtail documents, looked up by title.
    Returns ``[(document, description), ...]``."""
    Document = get_document_model()
    collection = Collection.get_first_root_node()
    documents = []
    for copy in campaign_copy()["documents"]:
        document = Document.objects.filter(title=copy["title"]).first()
        data = load_text(f"campaign/{copy['file']}").encode()
        if document is None or document.file_hash != hashlib.sha1(data).hexdigest():
            if document is None:
                document = Document(title=copy["title"], collection=collection)
            document.file.save(copy["file"], ContentFile(data), save=False)
            document.file_size = len(data)
            document.file_hash = hashlib.sha1(data).hexdigest()
            document.save()
        documents.append((document, copy["description"]))
    return documents


def campaign_spec(links, documents, sector_pages, resources=()):
    copy = campaign_copy()
    assets = (
        [("resource", resource.pk) for resource in resources]
        + [
            (
                "asset",
                {
                    "title": document.title,
                    "description": description,
                    "document": document.pk,
                    "page": None,
                },
            )
            for document, description in documents
        ]
        + [
            (
                "asset",
                {
                    "title": f"Poster for {page.title[0].lower()}{page.title[1:]}",
                    "description": copy["poster_description"],
                    "document": None,
                    "page": page.pk,
                },
            )
            for page in sector_pages
        ]
    )
    return PageSpec(
        model=CampaignPage,
        slug=copy["slug"],
        fields={
            "title": copy["title"],
            "summary": copy["summary"],
            "strapline": copy["strapline"],
            "intro": links.resolve(html(copy["intro"])),
            "signs": _signs(copy["signs"]),
            "what_to_do": links.resolve(html(copy["what_to_do"])),
            "assets": assets,
            "body": blocks(copy["body"]),
        },
        # No dates: the partnership's own events are not known (CampaignPage shows
        # none until an editor adds them), and the demo invents none.
        moments=[],
    )


# Top 10 things you need to know, and the professionals' page ----------------------


def content_page_spec(links, name):
    """A ContentPage from its copy: slug, title, summary and body."""
    copy = load(name)
    return PageSpec(
        model=ContentPage,
        slug=copy["slug"],
        fields={
            "title": copy["title"],
            "summary": copy["summary"],
            "body": links.resolve(blocks(copy["body"])),
        },
    )


def top_ten_spec(links):
    return content_page_spec(links, "campaign/top-10.yaml")


def top_ten():
    """The ten things, as the copy lists them: ``[{"title": ..., "body": ...}, ...]``."""
    (top_ten_block,) = [
        value for kind, value in blocks(load("campaign/top-10.yaml")["body"]) if kind == "top_ten"
    ]
    return top_ten_block["items"]


# Business sectors -----------------------------------------------------------------


def sector_specs():
    copy = load("campaign/business-sectors.yaml")
    return [
        PageSpec(
            model=BusinessSectorPage,
            slug=sector["slug"],
            fields={
                "title": sector["title"],
                "summary": sector["summary"],
                "sector": sector["sector"],
                "signs": _signs(sector["signs"]),
                "what_to_do": html(copy["what_to_do"]),
                "staff_checklist": [
                    (
                        "checklist",
                        {
                            "heading": copy["checklist_heading"],
                            "items": copy["checklist"] + sector["checklist"],
                        },
                    )
                ],
                "poster_report_line": copy["poster_report_line"],
                "body": [],
            },
        )
        for sector in copy["sectors"]
    ]


# Professionals ---------------------------------------------------------------------


def ensure_lead_professionals():
    """One record per council area, with no contact details: an editor adds and
    confirms them. Never invented."""
    records = load("campaign/lead-professionals.yaml")["records"]
    leads = []
    for area in CouncilArea:
        lead, _ = LeadProfessional.objects.get_or_create(
            area=area.value,
            organisation=records["organisation"].replace("{area}", str(area.label)),
            defaults={"role_title": records["role_title"]},
        )
        leads.append(lead)
    return leads


# Promoted search results -------------------------------------------------------------


def ensure_promotions(links):
    for term, targets in load("search-promotions.yaml").items():
        pages = [(links.page(target["page"]), target["description"]) for target in targets]
        pages = [(page, text) for page, text in pages if page is not None]
        if not pages:
            continue
        query, _ = Query.objects.get_or_create(query_string=term)
        for order, (page, text) in enumerate(pages):
            promotion = SearchPromotion.objects.filter(query=query, page=page).first()
            if promotion is None:
                SearchPromotion.objects.create(
                    query=query, page=page, description=text, sort_order=order
                )
            elif (promotion.description, promotion.sort_order) != (text, order):
                promotion.description, promotion.sort_order = text, order
                promotion.save()


# Entry point ----------------------------------------------------------------------


def _child(parent, slug):
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page else None


def feature_on_home_page(home, campaign):
    """The home page's campaign band shows the campaign."""
    home = type(home).objects.get(pk=home.pk)
    if home.featured_campaign_id != campaign.pk:
        home.featured_campaign = campaign
        home.save_revision().publish()


@transaction.atomic
def seed_campaign_and_sectors(home):
    """Build or update this part of the demo beneath ``home`` (the HomePage)."""
    links = Links(home)

    sector_pages = []
    businesses = _child(home, "businesses")
    if businesses is not None:
        sector_pages = [ensure_page(businesses, spec) for spec in sector_specs()]

    young_people = _child(home, "young-people")
    if young_people is not None:
        ensure_page(young_people, top_ten_spec(links))

    ensure_lead_professionals()
    professionals = _child(home, "professionals")
    if professionals is not None:
        ensure_page(professionals, content_page_spec(links, "campaign/lead-professionals.yaml"))

    documents = ensure_documents()
    resources = library_resources(home)
    campaign = ensure_page(home, campaign_spec(links, documents, sector_pages, resources))
    feature_on_home_page(home, campaign)

    ensure_promotions(Links(home))
