"""Site search: Wagtail search over live public pages in the reader's language, with
editors' promoted results first and each result labelled with its section.

Privacy: nothing a visitor types is stored or logged. Wagtail's ``Query.get()``
would save every search as a row (a child might type a name), so it is never
called. Searches that an editor has promoted (Settings › Promoted search results)
are counted by day with ``add_hit``: a bare number per term and date, for terms
editors wrote themselves, which tells them whether the promotions are used and
identifies nobody. The response is not cached anywhere and sets no cookie.

Audience sections are found by content type, not by import: ``home`` imports
none of the other apps.
"""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string

from core.page_cache import public
from core.page_types import of_type
from core.text import one_line

RESULTS_PER_PAGE = 10
AUDIENCE_PAGE_TYPE = of_type("audiences.audiencepage")


def _sections(locale):
    """(path, title) of every live audience landing page: one query for all results."""
    return list(
        Page.objects.live().filter(locale=locale, **AUDIENCE_PAGE_TYPE).values_list("path", "title")
    )


def _section_of(page, sections):
    """The title of the audience landing page at or above ``page``, or ""."""
    matches = [(path, title) for path, title in sections if page.path.startswith(path)]
    return max(matches)[1] if matches else ""


def _specific_in_order(pages):
    """The specific pages (for their summaries) in the same order: one query per page type."""
    by_id = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
    return [by_id[page.pk] for page in pages if page.pk in by_id]


def _promotions(query_string, locale):
    """Editors' promoted results for this exact search, in their order, and the
    editor's Query row (None when editors have promoted nothing for it)."""
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("query", "page")
        .order_by("sort_order")
    )
    query = promotions[0].query if promotions else None
    visible = [
        promotion
        for promotion in promotions
        if promotion.page is None or (promotion.page.live and promotion.page.locale_id == locale.pk)
    ]
    return visible, query


def tidy_query(text):
    """The search as typed, with control characters turned into spaces: a NUL is
    refused by PostgreSQL and breaks SQLite's search, and none of them means anything
    in a search. Cut to the length Wagtail searches."""
    return one_line(text)[:MAX_QUERY_STRING_LENGTH]


def search_terms(query_text):
    """The words to search for: a double quote means nothing to Wagtail's plain search,
    and a lone one is a syntax error in SQLite's full-text search."""
    return " ".join(query_text.replace('"', " ").split())


@require_GET
def search(request):
    query_text = tidy_query(request.GET.get("q", ""))
    locale = Locale.get_active()
    context = {"search_query": query_text, "results": [], "promotions": [], "page_obj": None}
    if search_terms(query_text):
        query_string = normalise_query_string(query_text)
        promotions, editors_query = _promotions(query_string, locale)
        if editors_query is not None:
            editors_query.add_hit()
        promoted_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
        sections = _sections(locale)
        matches = (
            public(Page.objects.live())
            .filter(locale=locale)
            .exclude(pk__in=promoted_ids)
            .search(search_terms(query_text))
        )
        paginator = Paginator(matches, RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        promoted_pages = _specific_in_order([p.page for p in promotions if p.page_id])
        promoted_by_id = {page.pk: page for page in promoted_pages}
        context.update(
            page_obj=page_obj,
            result_count=paginator.count + len(promotions),
            # Promotions are shown on the first page of results only.
            promotions=[
                {
                    "title": promotion.title,
                    "url": (
                        promoted_by_id[promotion.page_id].get_url(request)
                        if promotion.page_id
                        else promotion.external_link_url
                    ),
                    "summary": promotion.description
                    or getattr(promoted_by_id.get(promotion.page_id), "summary", ""),
                    "section": (
                        _section_of(promoted_by_id[promotion.page_id], sections)
                        if promotion.page_id
                        else ""
                    ),
                }
                for promotion in promotions
                if not promotion.page_id or promotion.page_id in promoted_by_id
            ]
            if page_obj.number == 1
            else [],
            results=[
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "summary": getattr(page, "summary", "") or page.search_description,
                    "section": _section_of(page, sections),
                }
                for page in _specific_in_order(list(page_obj.object_list))
            ],
        )
    response = render(request, "pages/search_results.html", context)
    # What a child searched for must not wait in a shared or browser cache.
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response
