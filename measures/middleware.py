"""Counting Know and See campaign page views on the server, with no cookie.

``PageViewCounter`` adds one to the (path, day) counter for every successful
GET of an HTML page in the campaign section (``measures.campaign``). It looks
only at the request path and the response, never the view, so it counts pages
served from a cache too.

ORDER IN MIDDLEWARE: right after WhiteNoise, and ABOVE any page-cache
middleware (``UpdateCacheMiddleware``/``FetchFromCacheMiddleware`` or similar):
a cache hit is answered below this middleware and still passes back through it.
A page rendered by Wagtail notes its campaign page as it renders (``note_campaign_page``,
a ``before_serve_page`` hook); core's page cache keeps the note with the stored page,
so a hit is counted without looking the path up again.

Nothing about the visitor is read or kept: no address, user agent, referrer,
cookie or time of day; the counter is per day. The query string is ignored.
"""

import logging

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail import views as wagtail_views

from core import page_cache

from . import campaign
from .models import PageView

logger = logging.getLogger(__name__)


def served_by_another_view(request):
    """True when a view other than Wagtail's page view answered (search, the admin).
    A cache hit has no resolver match: it is looked up like a page."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.func is not wagtail_views.serve


def note_campaign_page(page, request, serve_args, serve_kwargs):
    """Wagtail hook: the campaign page this request shows (None when it shows none)."""
    page_cache.note(request, campaign.NOTE, campaign.page_for_path(request.path_info))


def campaign_page_for(request):
    """What the render noted, on this request or with the cached page; else the path's."""
    page_id = page_cache.noted(request, campaign.NOTE, NOT_NOTED)
    if page_id is NOT_NOTED:
        return campaign.page_for_path(request.path_info)
    return page_id


NOT_NOTED = object()


def count_view(path, page_id, day=None):
    day = day or timezone.localdate()
    views = PageView.objects.filter(path=path, day=day)
    if views.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            PageView.objects.create(path=path, page_id=page_id, day=day, count=1)
    except IntegrityError:  # another request made today's row first
        views.update(count=F("count") + 1)


class PageViewCounter:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method == "GET"
            and response.status_code == 200
            and response.get("Content-Type", "").startswith("text/html")
            and not served_by_another_view(request)
        ):
            try:
                page_id = campaign_page_for(request)
                if page_id is not None:
                    count_view(request.path_info, page_id)
            except DatabaseError:
                # A missed count must never cost anyone the page.
                logger.warning("Could not count a campaign page view.")
        return response
