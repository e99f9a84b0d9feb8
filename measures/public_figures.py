"""The public table on "What happens to reports", with small numbers hidden.

Rules (tested in tests/measures/test_measures_public.py):

- A count from 1 to 4 is shown as "fewer than 5": in an area that small a
  number could point to a particular child or family.
- 0 is shown as 0. It says nothing about anyone, and hiding it would make
  every quiet area look like a hidden small number.
- A quarter's total is shown only when no area in that column is hidden:
  otherwise the total minus the other areas would give the hidden number
  away. No other sums (years, areas across quarters) are shown, for the
  same reason.
- "Passed on" is never larger than "received" in the same row, so hiding one
  does not reveal the other.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from core.choices import CHESHIRE_AREAS
from forms.models import Report

from .figures import passed_on_ids, reports_in_quarter
from .quarters import Quarter, recent_quarters

SMALLEST_SHOWN = 5
OTHER_AREA = "other"


@dataclass(frozen=True)
class Cell:
    value: int

    @property
    def suppressed(self):
        return 0 < self.value < SMALLEST_SHOWN

    def __str__(self):
        if self.suppressed:
            return str(_("fewer than 5"))
        return str(self.value)


@dataclass(frozen=True)
class TotalCell:
    value: int
    hidden: bool

    def __str__(self):
        if self.hidden:
            return str(_("not shown"))
        return str(Cell(self.value))

    @property
    def suppressed(self):
        return self.hidden or Cell(self.value).suppressed


def area_rows():
    """(key, label) of each row: the four council areas, then everything else."""
    return [(area.value, area.label) for area in CHESHIRE_AREAS] + [
        (OTHER_AREA, _("Area not known or outside Cheshire"))
    ]


def quarter_table(quarter, reports=None):
    reports = Report.objects.all() if reports is None else reports
    received = list(reports_in_quarter(reports, quarter).values_list("id", "area"))
    passed = passed_on_ids(reports)
    council_areas = {area.value for area in CHESHIRE_AREAS}
    counts = {key: [0, 0] for key, _label in area_rows()}
    for pk, area in received:
        key = area if area in council_areas else OTHER_AREA
        counts[key][0] += 1
        if pk in passed:
            counts[key][1] += 1
    rows = [
        {"label": label, "received": Cell(counts[key][0]), "passed_on": Cell(counts[key][1])}
        for key, label in area_rows()
    ]
    total = {}
    for column in ("received", "passed_on"):
        cells = [row[column] for row in rows]
        total[column] = TotalCell(
            sum(cell.value for cell in cells), hidden=any(cell.suppressed for cell in cells)
        )
    return {"quarter": quarter, "rows": rows, "total": total}


def public_table(count, until=None):
    """The last ``count`` complete quarters, newest first."""
    last_complete = (until or Quarter.current()).previous()
    return [quarter_table(quarter) for quarter in recent_quarters(max(1, count), last_complete)]
