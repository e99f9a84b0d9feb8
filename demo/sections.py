"""Add the audience sections' pages (content/sections/) beneath the audience pages
that demo.pages built.

This reuses demo.pages' builder, so a page is found by its slug under its parent,
created with the audiences factories, and given a new revision and published only
when its copy differs from what is stored. Three things differ:

* A link in the copy may point at any page of the site, not only at pages built in
  this run: the page is looked up by its path beneath the home page.
* A few pages are built by other parts of the site and may not exist yet (the two
  report journeys, the Years 5 and 6 section). A rich-text link to one of
  ``MAY_BE_MISSING`` stays a plain link to the path until the page exists, and a call
  to action pointing at a missing page is left out. Running the seed again once the
  page exists turns the link into a page link (the copy has changed, so the page is
  published again). A link to any other missing path is a mistake and fails loudly.
* An image block names its picture by an illustration's key (demo.illustrations):
  the picture is drawn and stored once per run, and the key swapped for the image's id.

Reading ages (textstat Flesch-Kincaid grade + 5, tested in tests/demo/test_demo_copy.py):
Years 5 and 6 pages 9 or below, young people's pages 12 or below, the rest 14 or below.
"""

from django.core.management.base import CommandError
from django.db import transaction
from wagtail.models import Page

from audiences.models import Audience

from .illustrations import ensure_illustrations
from .loaders import DemoPage, load, page
from .pages import INTERNAL_LINK, DemoSiteBuilder

# One file per section, in the order they are built.
SECTION_FILES = [
    "sections/young-people.yaml",
    "sections/parents-and-carers.yaml",
    "sections/communities.yaml",
    "sections/professionals.yaml",
]
# Built only when the Audience choices have its landing page's value.
YEARS_5_AND_6_FILE = "sections/years-5-and-6.yaml"

# Site paths the copy may link to before the page itself exists.
MAY_BE_MISSING = frozenset(
    {
        "/report-a-concern/",
        "/share-information/",
        "/years-5-and-6/",
    }
)


def _section(name):
    """``(parent path, [DemoPage, ...])`` from one section file."""
    data = load(name)
    return data["parent"], [page(item, "sections") for item in data["pages"]]


def years_5_and_6_available():
    """The Years 5 and 6 landing page needs its value in the Audience choices."""
    (landing,) = load(YEARS_5_AND_6_FILE)["pages"]
    return landing["audience"] in Audience.values


def sections():
    """``(parent path, pages)`` pairs in the order they are built."""
    files = SECTION_FILES + ([YEARS_5_AND_6_FILE] if years_5_and_6_available() else [])
    return [_section(name) for name in files]


def seed_audience_content(home):
    """Build or update the audience sections' pages beneath ``home``.

    Returns the counts of pages created, updated and unchanged.
    """
    with transaction.atomic():
        return AudienceContentBuilder(home).build(sections())


def _stand_in_parent(children):
    """A stand-in parent so the builder's ensure_children can walk a list of pages."""
    return DemoPage(kind="content", slug="", title="", summary="", body=[], children=children)


class AudienceContentBuilder(DemoSiteBuilder):
    def __init__(self, home):
        super().__init__()
        self.home = home
        self._illustrations = None

    def build(self, sections):
        """``sections``: ``(parent path, [DemoPage, ...])`` pairs, parents first."""
        for parent_path, pages in sections:
            parent = self.existing_page(parent_path)
            if parent is None:
                raise CommandError(
                    f"The audience content belongs under {parent_path}, which does not "
                    "exist. Run seed_demo first."
                )
            self.ensure_children(_stand_in_parent(pages), parent.specific, parent_path)
        for spec, built in self.pages.values():
            self.update_and_publish(spec, built)
        return self.counts["pages"]

    # Finding pages by their path on the site ----------------------------------------

    def existing_page(self, path):
        if path in self.pages:
            return self.pages[path][1]
        url_path = self.home.url_path + path.lstrip("/")
        return Page.objects.filter(url_path=url_path).first()

    def page_at(self, path):
        found = self.existing_page(path)
        if found is None:
            raise CommandError(
                f"The audience copy links to {path}, which is not a page of the demo site."
            )
        return found

    def is_missing_but_expected(self, path):
        return path in MAY_BE_MISSING and self.existing_page(path) is None

    # Links ---------------------------------------------------------------------------

    def resolve_links(self, value):
        if isinstance(value, str):
            return INTERNAL_LINK.sub(self._link, value)
        if isinstance(value, (list, tuple)):
            return type(value)(self.resolve_links(item) for item in value if not self._drop(item))
        if isinstance(value, dict):
            return {key: self._resolve_item(key, item) for key, item in value.items()}
        return value

    def _resolve_item(self, key, item):
        if isinstance(item, str) and key == "page":
            return self.page_at(item).pk
        if isinstance(item, str) and key == "image":
            return self.illustration(item).pk
        if isinstance(item, list) and key == "helplines":
            return self.helpline_ids(item)
        return self.resolve_links(item)

    def illustration(self, key):
        if self._illustrations is None:
            self._illustrations = ensure_illustrations()
        try:
            return self._illustrations[key]
        except KeyError:
            raise CommandError(
                f"The audience copy uses an illustration '{key}' that is not drawn."
            ) from None

    def _link(self, match):
        path = match[1]
        if self.is_missing_but_expected(path):
            return match[0]
        return f'<a linktype="page" id="{self.page_at(path).pk}"'

    def _drop(self, item):
        """A call to action whose page does not exist yet is left out for now."""
        if not (isinstance(item, tuple) and item and item[0] == "call_to_action"):
            return False
        path = item[1].get("page")
        return isinstance(path, str) and self.is_missing_but_expected(path)
