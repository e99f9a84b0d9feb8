"""What purges what in the page cache (core/page_cache.py), on Wagtail's and Django's
signals.

- A page published, unpublished, moved, renamed or deleted (``purge_page``) purges the
  ``path`` and parent ``children`` tags of every translation of it, the pages that link
  to it (Wagtail's reference index), and the whole site when the chrome shows it (the
  home page, the top-level navigation, a setting or snippet that points at it). A page
  created live in code (imports, factories) purges its parent's listings the same way.
- A row of a registered model purges the tags registered for it (``purge_on_change``):
  core registers Wagtail's own here (sites, locales, view restrictions, images and
  documents purge the site); each app registers its own in its AppConfig.ready(). For
  a reviewed snippet (Wagtail's DraftStateMixin) that is its publish or unpublish,
  never the saving of a draft, a lock or a workflow step.
- A page of a registered type purges its type's tags too (``purge_on_page_change``):
  the header links to the report start pages, the campaign's page counter keeps the
  campaign section's addresses.

Labels are "app_label.modelname" strings, so core needs to import no app to know them.
"""

from collections import defaultdict

from .page_cache import SITE, purge

# Fields whose change shows nothing to the public: what Wagtail fills in on a file the
# first time a page shows it, and what a reviewed snippet's draft, lock or workflow
# touches (its live row changes only when it is published or unpublished).
BOOKKEEPING_FIELDS = {
    "file_size",
    "file_hash",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_by",
    "locked_at",
}
# The home page (depth 2) and the top-level navigation (3) are in every page's chrome.
CHROME_DEPTH = 3

_MODEL_TAGS = defaultdict(set)
_PAGE_TYPE_TAGS = defaultdict(set)


def _label(model):
    return model if isinstance(model, str) else model._meta.label_lower


def purge_on_change(tag, *models):
    """A saved or deleted row of any of ``models`` (classes or labels) purges ``tag``."""
    for model in models:
        _MODEL_TAGS[_label(model).lower()].add(tag)


def purge_on_page_change(tag, *page_types):
    """A page of any of ``page_types`` published, moved, unpublished or deleted purges
    ``tag`` as well as its own tags."""
    for page_type in page_types:
        _PAGE_TYPE_TAGS[_label(page_type).lower()].add(tag)


def _type_tags(page):
    page_type = page.specific_class
    return _PAGE_TYPE_TAGS.get(page_type._meta.label_lower, set()) if page_type else set()


def _place_tags(path, depth, step):
    """A page at ``path``: its own URL and its parent's listings (and the chrome's)."""
    tags = {f"path:{path}", f"children:{path[:-step]}"}
    if depth <= CHROME_DEPTH:
        tags.add(SITE)
    return tags


def purge_page(page, old_path=None):
    """Purge a page (every translation), the pages that list or link to it, and the
    whole site when it appears in the chrome."""
    from wagtail.models import Page, ReferenceIndex

    step = page.steplen
    rows = list(
        Page.objects.filter(translation_key=page.translation_key).values_list("path", "depth")
    )
    rows.append((page.path, page.depth))
    if old_path:
        rows.append((old_path, len(old_path) // step))
    tags = _type_tags(page)
    for path, depth in rows:
        tags |= _place_tags(path, depth, step)

    page_type = ReferenceIndex._get_base_content_type(Page)
    references = ReferenceIndex.objects.filter(
        to_content_type=page_type, to_object_id=str(page.pk)
    ).values_list("base_content_type_id", "object_id")
    source_pages = []
    for content_type_id, object_id in references:
        if content_type_id == page_type.pk:
            source_pages.append(object_id)
        else:
            tags.add(SITE)  # a setting or snippet (footer links) shows it
    for path in Page.objects.filter(pk__in=source_pages).values_list("path", flat=True):
        tags.add(f"path:{path}")
    purge(*tags)


def _page_changed(sender, instance, **kwargs):
    purge_page(instance)


def _row_changed(sender, instance, **kwargs):
    purge(*_MODEL_TAGS.get(sender._meta.label_lower, ()))


def _row_saved(sender, instance, created=False, update_fields=None, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        # Drafts do not change the live site, and publishing sends its own signal; a
        # page made live in code (imports, factories) sends none, so it is purged here.
        if created and instance.live:
            place = _place_tags(instance.path, instance.depth, instance.steplen)
            purge(*place, *_type_tags(instance))
        return
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    if created and _is_setting(sender):
        return  # made with its defaults by for_site() on first use: nothing changes
    if created and getattr(instance, "live", True) is False:
        return  # a new draft of a reviewed snippet: not public until published
    _row_changed(sender, instance)


def _is_setting(model):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    return issubclass(model, BaseSiteSetting | BaseGenericSetting)


def _row_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        purge_page(instance)
    else:
        _row_changed(sender, instance)


def connect():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import (
        page_published,
        page_slug_changed,
        page_unpublished,
        post_page_move,
        pre_page_move,
    )

    page_published.connect(_page_changed, dispatch_uid="page_cache.published")
    page_unpublished.connect(_page_changed, dispatch_uid="page_cache.unpublished")
    page_slug_changed.connect(_page_changed, dispatch_uid="page_cache.slug")
    pre_page_move.connect(_page_changed, dispatch_uid="page_cache.moving")
    post_page_move.connect(_page_changed, dispatch_uid="page_cache.moved")
    post_delete.connect(_row_deleted, dispatch_uid="page_cache.deleted")
    post_save.connect(_row_saved, dispatch_uid="page_cache.saved")
    # Wagtail's own rows that every page shows.
    purge_on_change(
        SITE,
        "wagtailcore.site",
        "wagtailcore.locale",
        "wagtailcore.pageviewrestriction",
        "wagtailimages.image",
        "wagtaildocs.document",
    )
