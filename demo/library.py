"""Build the demo resource library from content/library.yaml: the library page, its
audiences and topics, and the resources.

``seed_resources(home_page)`` is safe to run again: terms are looked up by slug,
resources and documents by title, the page by its slug under home, and each is
changed only when it differs from the copy. A resource's PDF is made from the blocks
the copy gives it, by the same writer the resources factories use (resources.pdf).
"""

import datetime
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.management.base import CommandError
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Page

from resources.factories import PdfDocumentFactory, ResourceIndexPageFactory
from resources.models import Audience, Format, Resource, ResourceIndexPage, Topic
from resources.pdf import make_pdf

from .loaders import html, load


@dataclass
class Pdf:
    """A document we host, written in the copy and made into a PDF."""

    blocks: list


@dataclass
class OnSite:
    """A page of the demo site, by its path."""

    path: str


@dataclass
class Link:
    """Another organisation's site: only well-known home pages."""

    url: str


@dataclass
class DemoResource:
    title: str
    summary: str
    format: str
    audiences: list[str]
    topics: list[str]
    ages: tuple[int, int | None]
    target: Pdf | OnSite | Link
    review_date: datetime.date
    credit: str = ""
    language: str = "en"

    def __post_init__(self):
        if len(self.summary) > 300:
            raise ValueError(f"The summary of '{self.title}' is longer than 300 characters.")


def _pdf_blocks(items):
    """``[{"h": text}, ...]`` as ``[("h", text), ...]``; a list inside (a shared
    ending such as ``*get_help_now``) is spliced in."""
    blocks = []
    for item in items:
        if isinstance(item, list):
            blocks.extend(_pdf_blocks(item))
        else:
            ((kind, text),) = item.items()
            blocks.append((kind, text))
    return blocks


def _target(item):
    if "pdf" in item:
        return Pdf(_pdf_blocks(item["pdf"]))
    if "page" in item:
        return OnSite(item["page"])
    return Link(item["url"])


def library_copy():
    """The copy: ``page``, ``audiences`` and ``topics`` (slug: name), ``resources``
    (a list of DemoResource)."""
    copy = load("library.yaml")
    resources = [
        DemoResource(
            title=item["title"],
            summary=item["summary"],
            format=Format(item["format"]),
            audiences=item["audiences"],
            topics=item["topics"],
            ages=tuple(item["ages"]),
            target=_target(item),
            review_date=item.get("review_date", copy["review_date"]),
            credit=item.get("credit", ""),
            language=item.get("language", "en"),
        )
        for item in copy["resources"]
    ]
    return {**copy, "resources": resources}


class ResourceSeeder:
    def __init__(self, home_page):
        self.home = home_page
        self.locale = home_page.locale
        self.counts = {
            kind: {"created": 0, "updated": 0, "unchanged": 0}
            for kind in ("resources", "documents", "terms", "pages")
        }

    def tally(self, kind, outcome):
        self.counts[kind][outcome] += 1

    def seed(self):
        copy = library_copy()
        self.ensure_library_page(copy["page"])
        audiences = self.ensure_terms(Audience, copy["audiences"].items())
        topics = self.ensure_terms(Topic, copy["topics"].items())
        for spec in copy["resources"]:
            self.ensure_resource(spec, audiences, topics)
        self.remove_retired(copy.get("retired", []))
        return self.counts

    def remove_retired(self, titles):
        """Resources earlier versions of the demo made under titles it no longer uses
        (their copy claimed what the partnership never said): deleted, documents too."""
        for resource in Resource.objects.filter(locale=self.locale, title__in=titles):
            if resource.document is not None:
                resource.document.delete()
            resource.delete()

    # The library page ------------------------------------------------------------

    def ensure_library_page(self, copy):
        slug, intro = copy["slug"], html(copy["intro"])
        page = self.home.get_children().filter(slug=slug).first()
        fields = {"title": copy["title"], "summary": copy["summary"], "show_in_menus": False}
        body = [{"type": "text", "value": intro}]
        if page is None:
            page = ResourceIndexPageFactory(
                parent=self.home, slug=slug, body=[("text", intro)], **fields
            )
            page.save_revision().publish()
            self.tally("pages", "created")
            return page
        if page.specific_class is not ResourceIndexPage:
            raise CommandError(
                f"The page at /{slug}/ is a {page.specific_class.__name__}, not the "
                "resource library. Move it or delete it, then seed again."
            )
        page = page.specific
        current_body = [
            {"type": child["type"], "value": child["value"]} for child in page.body.raw_data
        ]
        changed = current_body != body or any(
            getattr(page, name) != value for name, value in fields.items()
        )
        if not (changed or page.has_unpublished_changes or not page.live):
            self.tally("pages", "unchanged")
            return page
        for name, value in fields.items():
            setattr(page, name, value)
        page.body = body
        page.save_revision().publish()
        self.tally("pages", "updated")
        return page

    # Taxonomy ----------------------------------------------------------------------

    def ensure_terms(self, model, terms):
        by_slug = {}
        for sort_order, (slug, name) in enumerate(terms):
            term = model.objects.filter(locale=self.locale, slug=slug).first()
            if term is None:
                term = model.objects.create(
                    locale=self.locale, slug=slug, name=name, sort_order=sort_order
                )
                self.tally("terms", "created")
            elif (term.name, term.sort_order) != (name, sort_order):
                term.name, term.sort_order = name, sort_order
                term.save()
                self.tally("terms", "updated")
            else:
                self.tally("terms", "unchanged")
            by_slug[slug] = term
        return by_slug

    # Resources ---------------------------------------------------------------------

    def destination(self, spec):
        target = spec.target
        fields = {"document": None, "page": None, "external_url": ""}
        if isinstance(target, Pdf):
            fields["document"] = self.ensure_document(spec.title, target.blocks)
        elif isinstance(target, OnSite):
            fields["page"] = self.page_at(target.path)
        else:
            fields["external_url"] = target.url
        return fields

    def page_at(self, path):
        url_path = self.home.url_path + path.lstrip("/")
        page = Page.objects.filter(url_path=url_path, locale=self.locale).first()
        if page is None:
            raise CommandError(
                f"The demo resource library links to {path}, which is not a page of the "
                "demo site. Change the path in demo/content/library.yaml."
            )
        return page

    def ensure_document(self, title, blocks):
        content = make_pdf(title, blocks)
        filename = f"{slugify(title)[:80]}.pdf"
        document = get_document_model().objects.filter(title=title).first()
        if document is None:
            document = PdfDocumentFactory(title=title, file=ContentFile(content, name=filename))
            self.tally("documents", "created")
            return document
        try:
            with document.open_file() as stored:
                unchanged = stored.read() == content
        except OSError:
            unchanged = False  # the file is missing from the media folder
        if unchanged:
            self.tally("documents", "unchanged")
            return document
        document.file.save(filename, ContentFile(content), save=False)
        document._set_document_file_metadata()
        document.save()
        self.tally("documents", "updated")
        return document

    def ensure_resource(self, spec, audiences, topics):
        fields = {
            "summary": spec.summary,
            "format": spec.format,
            "min_age": spec.ages[0],
            "max_age": spec.ages[1],
            "language": spec.language,
            "review_date": spec.review_date,
            "co_production_credit": spec.credit,
            **self.destination(spec),
        }
        wanted_audiences = [audiences[slug] for slug in spec.audiences]
        wanted_topics = [topics[slug] for slug in spec.topics]
        resource = Resource.objects.filter(locale=self.locale, title=spec.title).first()
        if resource is None:
            resource = Resource(locale=self.locale, title=spec.title, **fields)
            outcome = "created"
        else:
            same = all(getattr(resource, name) == value for name, value in fields.items())
            same = same and set(resource.audiences.all()) == set(wanted_audiences)
            same = same and set(resource.topics.all()) == set(wanted_topics)
            same = same and resource.file_size == (
                fields["document"].file_size if fields["document"] else None
            )
            if same:
                self.tally("resources", "unchanged")
                return resource
            for name, value in fields.items():
                setattr(resource, name, value)
            outcome = "updated"
        resource.audiences.set(wanted_audiences)
        resource.topics.set(wanted_topics)
        resource.full_clean()
        resource.save()
        self.tally("resources", outcome)
        return resource


def seed_resources(home_page):
    """Build or update the demo library under ``home_page``. Returns counts per kind:
    ``{"resources": {"created": n, "updated": n, "unchanged": n}, ...}``."""
    return ResourceSeeder(home_page).seed()
