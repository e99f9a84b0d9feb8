"""Add the audience sections' demo pages beneath the audience pages seed_demo built.

This reuses seed_demo's builder, so a page is found by its slug under its parent,
created with the audiences factories, and given a new revision and published only
when its copy differs from what is stored. Two things differ from seed_demo:

* A link in the copy may point at any page of the site, not only at pages built in
  this run: the page is looked up by its path beneath the home page.
* A few pages are built by other parts of the site and may not exist yet (the two
  report journeys, the Years 5 and 6 section). A rich-text link to one of
  ``MAY_BE_MISSING`` stays a plain link to the path until the page exists, and a call
  to action pointing at a missing page is left out. Running the seed again once the
  page exists turns the link into a page link (the copy has changed, so the page is
  published again). A link to any other missing path is a mistake and fails loudly.
* An image block names its picture by an illustration's key (audiences.demo.
  illustrations): the picture is drawn and stored once per run, and the key swapped
  for the image's id.
"""

from django.core.management.base import CommandError
from wagtail.models import Page

from home.demo.compose import DemoPage
from home.management.commands.seed_demo import INTERNAL_LINK, DemoSiteBuilder

from .illustrations import ensure_illustrations

# Site paths the copy may link to before the page itself exists.
MAY_BE_MISSING = frozenset(
    {
        "/report-a-concern/",
        "/share-information/",
        "/years-5-and-6/",
    }
)


def _section(children):
    """A stand-in parent so seed_demo's ensure_children can walk a list of pages."""
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
            self.ensure_children(_section(pages), parent.specific, parent_path)
        for spec, page in self.pages.values():
            self.update_and_publish(spec, page)
        return self.counts["pages"]

    # Finding pages by their path on the site ----------------------------------------

    def existing_page(self, path):
        if path in self.pages:
            return self.pages[path][1]
        url_path = self.home.url_path + path.lstrip("/")
        return Page.objects.filter(url_path=url_path).first()

    def page_at(self, path):
        page = self.existing_page(path)
        if page is None:
            raise CommandError(
                f"The audience copy links to {path}, which is not a page of the demo site."
            )
        return page

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
