"""Which pages are for children, and where a worried child is sent instead of the
feedback form.

The children's sections are the audience landing pages that say they are for children
(``AudiencePage.for_children``: Young people, Years 5 and 6) and every page beneath
them. Measures does not import the audience app: the landing pages are found by their
type's label, and their tree paths are kept in the page cache under the ``site`` tag,
which any change to a top-level page purges, so the check costs no query.
"""

from wagtail.models import Locale, Page

from core.page_cache import SITE, tagged
from core.page_types import of_type
from forms.choices import ReportKind
from forms.models import ReportPage
from home import defaults
from home.chrome import chrome_for

AUDIENCE_PAGE_LABEL = "audiences.audiencepage"
CHILDLINE = next(
    number for name, number, _text in defaults.NATIONAL_HELPLINES if name == "Childline"
)


def _children_section_paths():
    landing_pages = Page.objects.filter(**of_type(AUDIENCE_PAGE_LABEL)).specific()
    return sorted(page.path for page in landing_pages if getattr(page, "for_children", False))


def children_section_paths():
    return tagged("pc:children-sections", {SITE}, _children_section_paths)


def is_for_children(page):
    """True for a page in the Young people or Years 5 and 6 section (or its landing page)."""
    return any(page.path.startswith(path) for path in children_section_paths())


def concern_report_page(request=None):
    """The live "Report a concern" start page in the reader's language (or English):
    from the page chrome when there is a request (no query), else from the database."""
    if request is not None:
        pages = chrome_for(request).report_pages
        return next((page for page in pages if page.kind == ReportKind.CONCERN), None)
    pages = ReportPage.objects.live().public().filter(kind=ReportKind.CONCERN)
    return pages.filter(locale=Locale.get_active()).first() or pages.order_by("pk").first()


def worried_links(request=None):
    """Where the "Worried about yourself or someone else?" sentence sends a child."""
    page = concern_report_page(request)
    return {
        "childline_number": CHILDLINE,
        "childline_tel": "tel:" + CHILDLINE.replace(" ", ""),
        "report_url": page.get_url(request) if page else "",
    }
