"""Which addresses belong to the Know and See campaign, without a query per request.

The campaign section is every live CampaignPage and the pages beneath it. Its
addresses (relative to the site root, as requests ask for them) are worked out
once and kept in the cache; publishing, unpublishing, moving or deleting any
page clears them, and they expire after ``CACHE_SECONDS`` anyway (each worker
of a local-memory cache keeps its own copy, so a signal in one worker cannot
clear another's).
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

CACHE_KEY = "measures:campaign-paths"
CACHE_SECONDS = 5 * 60


def _compute():
    from audiences.models import CampaignPage

    roots = sorted({root.root_path for root in Site.get_site_root_paths()}, key=len, reverse=True)
    paths = {}
    for campaign in CampaignPage.objects.live().only("path", "depth"):
        section = Page.objects.live().descendant_of(campaign, inclusive=True)
        for pk, url_path in section.values_list("id", "url_path"):
            root = next((r for r in roots if url_path.startswith(r)), None)
            if root is not None:
                paths.setdefault("/" + url_path[len(root) :], pk)
    return paths


def campaign_paths():
    """{site-relative path: page id} for the campaign section."""
    paths = cache.get(CACHE_KEY)
    if paths is None:
        paths = _compute()
        cache.set(CACHE_KEY, paths, CACHE_SECONDS)
    return paths


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


def clear(**kwargs):
    cache.delete(CACHE_KEY)


def clear_for_page(instance=None, **kwargs):
    """post_save/post_delete fire per concrete model: act only for pages."""
    if isinstance(instance, Page):
        clear()


def connect():
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(clear, dispatch_uid=f"measures-campaign-{id(signal)}")
    # Pages made or removed in code (imports, factories) without a publish signal.
    post_save.connect(clear_for_page, dispatch_uid="measures-campaign-save")
    post_delete.connect(clear_for_page, dispatch_uid="measures-campaign-delete")
