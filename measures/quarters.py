"""Calendar quarters in the site's time zone, as the quarterly meeting counts them."""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

QUARTER_PATTERN = re.compile(r"^(\d{4})-Q([1-4])$")
MONTH_NAMES = [
    _("January"),
    _("February"),
    _("March"),
    _("April"),
    _("May"),
    _("June"),
    _("July"),
    _("August"),
    _("September"),
    _("October"),
    _("November"),
    _("December"),
]


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int  # 1 to 4

    @classmethod
    def containing(cls, day):
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def current(cls):
        return cls.containing(timezone.localdate())

    @classmethod
    def parse(cls, value, default=None):
        """ "2026-Q4" -> Quarter(2026, 4); anything else -> ``default``."""
        match = QUARTER_PATTERN.match(value or "")
        if not match:
            return default
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def key(self):
        return f"{self.year}-Q{self.number}"

    @property
    def first_day(self):
        return datetime.date(self.year, 3 * self.number - 2, 1)

    @property
    def months(self):
        """The (year, month) pairs of the quarter, in order."""
        return [(self.year, 3 * self.number - 2 + i) for i in range(3)]

    @property
    def label(self):
        first, last = self.months[0][1], self.months[-1][1]
        return _("%(first)s to %(last)s %(year)s") % {
            "first": MONTH_NAMES[first - 1],
            "last": MONTH_NAMES[last - 1],
            "year": self.year,
        }

    def previous(self):
        if self.number == 1:
            return Quarter(self.year - 1, 4)
        return Quarter(self.year, self.number - 1)

    def next(self):
        if self.number == 4:
            return Quarter(self.year + 1, 1)
        return Quarter(self.year, self.number + 1)

    def bounds(self):
        """Aware datetimes [start, end) in the site's time zone."""
        tz = timezone.get_current_timezone()
        start = datetime.datetime.combine(self.first_day, datetime.time.min)
        end = datetime.datetime.combine(self.next().first_day, datetime.time.min)
        return timezone.make_aware(start, tz), timezone.make_aware(end, tz)

    def day_range(self):
        """Dates [first, last] for DateField filters."""
        return self.first_day, self.next().first_day - datetime.timedelta(days=1)


def recent_quarters(count, until=None):
    """The last ``count`` quarters up to and including ``until`` (default: now), newest first."""
    quarter = until or Quarter.current()
    quarters = []
    for _i in range(count):
        quarters.append(quarter)
        quarter = quarter.previous()
    return quarters
