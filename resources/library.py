"""The library's filters, counts and pages, worked out in a fixed number of queries.

Within one group the ticked options widen the results (Grooming *or* Online safety);
across groups they narrow them (Grooming *and* for parents). The count beside an
option is how many resources have that option among those matching the *other*
groups' choices: with nothing ticked elsewhere, it is how many resources the
library holds with that option. So a count never drops to zero just because a
sibling option in the same group is ticked.

Queries, whatever the number of resources: the audiences and the topics (2, cached), one
count per group (4), the number of results (1), the page of results (1) and their
audiences (1).
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from core.page_cache import tagged

from .models import AGE_BANDS, LIBRARY_TAG, Audience, Format, Resource, Topic

GROUPS = ("audience", "topic", "format", "age")
LEGENDS = {
    "audience": _("Who it is for"),
    "topic": _("Topic"),
    "format": _("Format"),
    "age": _("Age"),
}


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class FilterGroup:
    name: str
    legend: str
    options: list[Option] = field(default_factory=list)


@dataclass
class ActiveFilter:
    legend: str
    label: str
    remove_url: str


@dataclass
class PageLink:
    number: int | None = None
    url: str = ""
    current: bool = False

    @property
    def ellipsis(self):
        return self.number is None


def _through(name):
    return Resource._meta.get_field(name).remote_field.through


def _through_condition(through, term_field, slugs):
    """Resources filed under any of the terms with these slugs (in any language, so a
    translated resource still filed under the original terms is found)."""
    ids = through.objects.filter(**{f"{term_field}__slug__in": slugs}).values("resource_id")
    return Q(pk__in=ids)


class Library:
    """Everything the library page shows for one request."""

    def __init__(self, request, locale_id, per_page=10):
        self.path = request.path
        terms = self._terms(locale_id)
        labels = {
            "audience": {term.slug: term.name for term in terms["audience"]},
            "topic": {term.slug: term.name for term in terms["topic"]},
            "format": dict(Format.choices),
            "age": {band.slug: band.label for band in AGE_BANDS},
        }
        # Unknown values are dropped, not treated as "matches nothing".
        self.selected = {
            name: [value for value in labels[name] if value in request.GET.getlist(name)]
            for name in GROUPS
        }
        conditions = {
            name: self._condition(name, values) for name, values in self.selected.items() if values
        }
        listed = Resource.objects.listed().filter(locale_id=locale_id)

        def matching(except_group=None):
            queryset = listed
            for name, condition in conditions.items():
                if name != except_group:
                    queryset = queryset.filter(condition)
            return queryset.order_by()

        counts = {
            "audience": self._counts(matching("audience"), "audiences__slug"),
            "topic": self._counts(matching("topic"), "topics__slug"),
            "format": self._counts(matching("format"), "format"),
            "age": self._age_counts(matching("age")),
        }
        self.groups = [
            FilterGroup(
                name=name,
                legend=LEGENDS[name],
                options=[
                    Option(
                        value=value,
                        label=label,
                        count=counts[name].get(value, 0),
                        selected=value in self.selected[name],
                    )
                    for value, label in labels[name].items()
                ],
            )
            for name in GROUPS
        ]
        self.active_filters = [
            ActiveFilter(
                legend=LEGENDS[name],
                label=labels[name][value],
                remove_url=self.url(self._without(name, value)),
            )
            for name in GROUPS
            for value in self.selected[name]
        ]

        results = matching().prefetch_related("audiences").order_by("title", "pk")
        self.paginator = Paginator(results, per_page)
        # get_page turns "abc" into the first page and 9999 into the last.
        self.page = self.paginator.get_page(request.GET.get("page"))
        self.resources = list(self.page.object_list)

    @staticmethod
    def _terms(locale_id):
        """The audiences and topics to filter by: from the page cache, which drops them
        when a resource or term changes (``LIBRARY_TAG``), else 2 queries."""
        return tagged(
            f"pc:library-terms:{locale_id}",
            {LIBRARY_TAG},
            lambda: {
                "audience": list(Audience.objects.filter(locale_id=locale_id)),
                "topic": list(Topic.objects.filter(locale_id=locale_id)),
            },
        )

    # Filtering ----------------------------------------------------------------

    @staticmethod
    def _condition(name, values):
        if name == "audience":
            return _through_condition(_through("audiences"), "audience", values)
        if name == "topic":
            return _through_condition(_through("topics"), "topic", values)
        if name == "format":
            return Q(format__in=values)
        condition = Q()
        for band in AGE_BANDS:
            if band.slug in values:
                condition |= band.matches()
        return condition

    @staticmethod
    def _counts(queryset, key):
        rows = queryset.values_list(key).annotate(count=Count("pk", distinct=True))
        return {value: count for value, count in rows if value is not None}

    @staticmethod
    def _age_counts(queryset):
        totals = queryset.aggregate(
            **{f"band_{i}": Count("pk", filter=band.matches()) for i, band in enumerate(AGE_BANDS)}
        )
        return {band.slug: totals[f"band_{i}"] for i, band in enumerate(AGE_BANDS)}

    # Links --------------------------------------------------------------------

    def _without(self, name, value):
        return {
            group: [item for item in values if (group, item) != (name, value)]
            for group, values in self.selected.items()
        }

    def url(self, selected, page_number=1):
        params = [(name, value) for name in GROUPS for value in selected[name]]
        if page_number > 1:
            params.append(("page", page_number))
        return f"{self.path}?{urlencode(params)}" if params else self.path

    @property
    def has_filters(self):
        return bool(self.active_filters)

    @property
    def clear_url(self):
        return self.path

    @property
    def count(self):
        return self.paginator.count

    @property
    def previous_url(self):
        if self.page.has_previous():
            return self.url(self.selected, self.page.previous_page_number())
        return ""

    @property
    def next_url(self):
        if self.page.has_next():
            return self.url(self.selected, self.page.next_page_number())
        return ""

    @property
    def page_links(self):
        """First, last, the current page and its neighbours; a gap of one page shows
        the page itself, longer gaps an ellipsis."""
        last = self.paginator.num_pages
        if last < 2:
            return []
        current = self.page.number
        shown = sorted({1, last, current - 1, current, current + 1} & set(range(1, last + 1)))
        links, previous = [], 0
        for number in shown:
            if number - previous == 2:
                links.append(PageLink(previous + 1, self.url(self.selected, previous + 1)))
            elif number - previous > 2:
                links.append(PageLink())
            links.append(PageLink(number, self.url(self.selected, number), number == current))
            previous = number
        return links
