"""Page links in rich text: usually no query at all, at most one per text.

Wagtail fetches the *specific* pages behind the links (a query for their types, then
one per type) in case a page type builds its own URLs; none of ours does
(``get_url_parts`` is not overridden), so the plain pages are enough for ``url``. It
then looks for each page's translation in the reader's language (``localized``: two
queries per link, on every translated page, whose links point at the English pages).

Here the linked pages and their translations in the active language come in one
query, and each link's URL is kept in the page cache, stamped with the ``path:`` tags
of the linked page, its translation and their ancestors (and ``site``). Publishing,
unpublishing, moving or renaming any of those, or any translation of the linked page,
purges one of those tags (``core.purge.purge_page``), so a stale URL is never served.
"""

from django.db.models import Q
from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from core import page_cache


def _key(page_id, locale_id):
    return f"pc:link:{page_id}:{locale_id}"


def resolve(ids, locale_id):
    """{page id: the translation in ``locale_id`` when it is live, else the page}, for
    the ids that exist; one query."""
    ids = list(ids)
    if not ids:
        return {}
    wanted = Q(id__in=ids)
    if locale_id is not None:
        keys = Page.objects.filter(id__in=ids).values("translation_key")
        wanted |= Q(locale_id=locale_id, live=True, translation_key__in=keys)
    rows = list(Page.objects.filter(wanted))
    by_id = {row.id: row for row in rows}
    translated = {row.translation_key: row for row in rows if row.locale_id == locale_id}
    found = {}
    for page_id in ids:
        page = by_id.get(page_id)
        if page is not None:
            found[page_id] = translated.get(page.translation_key, page)
            found[page_id]._link_source = page
    return found


def _url_and_tags(target):
    """A link's URL, stamped with the linked page, its translation, their ancestors
    and the site."""
    source = target._link_source
    tags = {page_cache.SITE}
    tags |= page_cache.ancestor_path_tags(source.path, source.steplen)
    tags |= page_cache.ancestor_path_tags(target.path, target.steplen)
    return target.url, tags


def link_urls(ids, locale_id):
    """{page id: URL} for the ids that exist, from the cache where fresh."""
    ids = {int(page_id) for page_id in ids if str(page_id).isdigit()}
    return page_cache.tagged_many(
        {page_id: _key(page_id, locale_id) for page_id in ids},
        lambda missing: {
            page_id: _url_and_tags(target)
            for page_id, target in resolve(missing, locale_id).items()
        },
    )


class PlainPageLinkHandler(PageLinkHandler):
    """Wagtail's page link handler, overridden for the query budget: the URLs come from
    ``link_urls`` (see above), registered in wagtail_hooks.py."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        ids = [str(attrs.get("id") or "") for attrs in attrs_list]
        urls = link_urls(ids, page_cache.active_locale_id())
        links = []
        for page_id in ids:
            url = urls.get(int(page_id)) if page_id.isdigit() else None
            links.append(f'<a href="{escape(url)}">' if url is not None else "<a>")
        return links
