"""Which audience each top-level section is for, by the section's tree path, in every
language: the page templates give a section's pages its look from it
(chrome_tags.section_theme)."""

from core.page_cache import SITE, tagged

# The sections with a look of their own (static/src/scss/components/_themes.scss);
# the others keep the site's calm, plain look.
THEMED_AUDIENCES = {"young-people", "years-5-6"}
# The audience landing pages' own field, named by its lookup: home imports no feature app.
AUDIENCE_LOOKUP = "audiencepage__audience"
SECTION_DEPTH = 3  # the root, a home page, then its sections


def section_audiences():
    """``{section path: audience}`` for every audience landing page: one query, kept
    in the page cache until a top-level page changes (they purge the site)."""
    return tagged("pc:section-audiences", {SITE}, _find)


def _find():
    from wagtail.models import Page

    rows = Page.objects.filter(depth=SECTION_DEPTH).values_list("path", AUDIENCE_LOOKUP)
    return {path: audience for path, audience in rows if audience}
