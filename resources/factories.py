"""Factories for the resources app, shared by the tests and by the demo site.

``ResourceFactory(audiences=[audience], topics=[topic])`` saves a resource filed
under those terms; by default it links to a national charity's home page.
``PdfDocumentFactory(title=..., pdf_blocks=[("p", "...")])`` makes a Wagtail document
holding a real one-page PDF.
"""

import datetime

import factory
from django.core.files.base import ContentFile
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.documents import get_document_model
from wagtail.models import Collection

from home.factories import StreamBodyPageFactory

from .models import Audience, Format, Resource, ResourceIndexPage, Topic
from .pdf import make_pdf


class AudienceFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Audience {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = Audience


class TopicFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = Topic


def _a_year_from_today():
    return datetime.date.today() + datetime.timedelta(days=365)


class ResourceFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Resource {n:04d}")
    summary = "A short guide to spotting the signs and getting help."
    format = Format.WEB_GUIDE
    min_age = 18
    max_age = None
    external_url = "https://www.nspcc.org.uk/"
    review_date = factory.LazyFunction(_a_year_from_today)

    class Meta:
        model = Resource
        skip_postgeneration_save = True

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(extracted)
            self.save()

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save()


class PdfDocumentFactory(DjangoModelFactory):
    """A document in the root collection whose file is a real PDF made from ``pdf_blocks``."""

    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Leaflet {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(make_pdf(o.title, o.pdf_blocks), name=f"{slugify(o.title)}.pdf")
    )

    class Params:
        pdf_blocks = [("p", "If a child is in danger now, call 999.")]

    class Meta:
        model = get_document_model()

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        document = model_class(*args, **kwargs)
        # What Wagtail's upload form does: record the file's size and hash.
        document._set_document_file_metadata()
        document.save()
        return document


class ResourceIndexPageFactory(StreamBodyPageFactory):
    """``ResourceIndexPageFactory(parent=home)``: the library page."""

    title = "Resources"
    slug = "resources"
    summary = "Leaflets, posters, lesson plans and guides, many made with young people."
    body = factory.LazyFunction(list)

    class Meta:
        model = ResourceIndexPage
