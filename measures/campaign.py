"""Which addresses belong to the Know and See campaign, without a query per request.

The campaign section is every live campaign page and the pages beneath it. Campaign
pages are found by their type (``CAMPAIGN_PAGE_LABEL``): measures does not import the
audiences app. The section's addresses (relative to the site root, as requests ask for
them) are worked out once and kept in the page cache (core/page_cache.py), tagged so
that any change to them purges them: a campaign page published, moved, unpublished or
deleted anywhere (``CAMPAIGN_TAG``, registered in apps.py); a page added, changed or
removed within a section (its parent's ``children:`` tag); a page above a campaign page
renamed or moved (its ``path:`` tag); a site's root changed (``site``).
"""

from dataclasses import dataclass

from django.conf import settings
from wagtail.models import Page, Site

from core import page_cache
from core.page_types import of_type

CAMPAIGN_PAGE_LABEL = "audiences.campaignpage"
CAMPAIGN_TAG = "campaign-pages"
CACHE_KEY = "measures:campaign-paths"
# The name of the campaign page noted with each rendered page (measures/middleware.py).
NOTE = "campaign-page"


@dataclass(frozen=True)
class CampaignSection:
    paths: dict  # site-relative path: page id
    tags: frozenset  # what purges it


def _compute():
    roots = sorted({root.root_path for root in Site.get_site_root_paths()}, key=len, reverse=True)
    paths = {}
    tags = {page_cache.SITE, CAMPAIGN_TAG}
    campaigns = Page.objects.live().filter(**of_type(CAMPAIGN_PAGE_LABEL)).only("path", "depth")
    for campaign in campaigns:
        tags |= page_cache.ancestor_path_tags(campaign.path, campaign.steplen)
        section = Page.objects.live().descendant_of(campaign, inclusive=True)
        for pk, url_path, tree_path in section.values_list("id", "url_path", "path"):
            tags.add(f"children:{tree_path}")
            root = next((r for r in roots if url_path.startswith(r)), None)
            if root is not None:
                paths.setdefault("/" + url_path[len(root) :], pk)
    return CampaignSection(paths, frozenset(tags))


def campaign_paths():
    """{site-relative path: page id} for the campaign section."""
    return page_cache.tagged(CACHE_KEY, lambda section: section.tags, _compute).paths


def _language_prefixes():
    default = settings.LANGUAGE_CODE
    return {f"/{code}/" for code, _name in settings.LANGUAGES if code != default}


def page_for_path(path):
    """The campaign page id a request path shows, or None. Other languages' prefixes
    (/pl/...) are looked through; the default language has none."""
    relative = path
    for prefix in _language_prefixes():
        if path.startswith(prefix):
            relative = path[len(prefix) - 1 :]
            break
    return campaign_paths().get(relative)
