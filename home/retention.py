"""Retention of the daily counts of promoted searches, and what home's models hold
(see core/retention.py, core/data_inventory.py).

Search never stores what a visitor types (home/search.py): only a number per day for
each term an editor has promoted. Those counts go after ``RETENTION["search-counts"]``.
"""

from django.utils.translation import gettext_lazy
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from core import retention
from core.data_inventory import VISITORS, PersonalData, declare, holds_none


def apply_search_counts(run):
    old = QueryDailyHits.objects.filter(date__lt=run.cutoff("search-counts").date())
    if run.dry_run:
        return {"deleted": old.count()}
    deleted = old.delete()[0]
    # Terms left with no count and no promotion: Wagtail's own clean-up.
    Query.garbage_collect()
    return {"deleted": deleted}


retention.register(
    retention.Rule(
        "search-counts",
        what=gettext_lazy("Daily counts of searches for the terms editors promote"),
        starts=gettext_lazy("after the day counted"),
        apply=apply_search_counts,
        order=70,
    )
)

declare(
    "wagtailsearchpromotions.querydailyhits",
    PersonalData(
        whose=VISITORS,
        retention="search-counts",
        about="How many searches a day used a term an editor promoted. Nothing a visitor "
        "types is stored.",
        fields={
            "query": "The editor's search term.",
            "date": "The day counted; starts the clock.",
            "hits": "How many searches that day.",
        },
    ),
)
holds_none(
    "Search terms editors have promoted, and their promoted results (written by editors).",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.searchpromotion",
)
holds_none(
    "Helplines, the quick-exit target and site settings, written by editors.",
    "home.helpline",
    "home.quickexit",
    "home.footerlinks",
    "home.demosettings",
)
holds_none(
    "The accessibility statement's settings: the partnership's own contact for reporting "
    "an accessibility problem (an organisation's address, not a visitor's) and the date "
    "of the last automated test.",
    "home.accessibilitysettings",
)
