"""The "Quarterly figures" dashboard in the Wagtail admin, with a CSV for every table.

Scope, decided in forms.permissions (the one place):
- report figures: every authority for users with ``measures.view_pan_cheshire``
  (superusers, and the group the governance app gives it to); a report handler
  sees their own authority's; anyone else sees no report figures;
- surveys, page feedback and campaign counts are anonymous and site-wide, so
  everyone who can use the admin sees them; the feedback comments, typed by the
  public, only with ``measures.view_feedback_comments``.

Charts are drawn here as inline SVG (no script, no third party); each has the
table of the same figures beside it, which is what screen readers use.
"""

import csv

from django.http import Http404, HttpResponse
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from forms.permissions import (
    authorities_counted_for,
    can_see_pan_cheshire_figures,
    can_use_inbox,
    reports_counted_for,
)

from . import figures
from .models import VIEW_FEEDBACK_COMMENTS
from .quarters import Quarter, recent_quarters

QUARTERS_OFFERED = 8
# Chart geometry (SVG user units).
LABEL_WIDTH = 260
BAR_WIDTH = 300
ROW_HEIGHT = 26
BAR_HEIGHT = 18
# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def sections_for(user, quarter):
    """[(heading, [Table, ...]), ...] that this user may see for the quarter."""
    sections = []
    if can_see_pan_cheshire_figures(user) or can_use_inbox(user):
        reports = reports_counted_for(user)
        authorities = list(authorities_counted_for(user))
        sections.append(
            (
                _("Reports"),
                [
                    figures.reports_by_authority(reports, quarter, authorities),
                    figures.reports_by_kind(reports, quarter),
                    figures.reports_by_month(reports, quarter),
                    figures.reports_by_role(reports, quarter),
                    figures.handling_times(reports, quarter),
                ],
            )
        )
    quiz = [figures.quiz_scores(quarter), figures.quiz_questions(quarter)]
    sections.append((_("Surveys"), [*figures.confidence(quarter), *quiz]))
    feedback = [figures.page_feedback(quarter), figures.feedback_reasons(quarter)]
    if user.has_perm(VIEW_FEEDBACK_COMMENTS):
        feedback.append(figures.feedback_comments(quarter))
    sections.append((_("Page feedback"), feedback))
    campaign = [figures.campaign_views(quarter), figures.resource_downloads()]
    sections.append((_("Know and See campaign"), campaign))
    return sections


def chart(table):
    """Bars for a horizontal bar chart of ``table.chart``, scaled to the largest value."""
    top = table.chart_max
    bars = []
    for index, (label, value) in enumerate(table.chart):
        number = value if isinstance(value, int | float) else 0
        y = index * ROW_HEIGHT
        bars.append(
            {
                "label": str(label),
                "value": value,
                "y": y,
                "text_y": y + BAR_HEIGHT - 4,
                "width": round(BAR_WIDTH * number / top, 1) if top else 0,
                "value_x": LABEL_WIDTH + round(BAR_WIDTH * number / top, 1) + 6,
            }
        )
    return {
        "bars": bars,
        "height": max(ROW_HEIGHT, ROW_HEIGHT * len(bars)),
        "width": LABEL_WIDTH + BAR_WIDTH + 60,
        "bar_x": LABEL_WIDTH,
        "bar_height": BAR_HEIGHT,
    }


def _safe_cell(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_response(table, quarter):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{table.key}-{quarter.key}.csv"'
    response["Cache-Control"] = "no-store"
    writer = csv.writer(response)
    writer.writerow([_safe_cell(header) for header in table.headers])
    for row in table.rows:
        writer.writerow([_safe_cell(cell) for cell in row])
    return response


class QuarterlyFiguresView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Quarterly figures")
    header_icon = "table"
    template_name = "measures/admin/dashboard.html"
    index_url = reverse_lazy("measures_dashboard")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        default = Quarter.current().previous()  # the meeting reviews the last full quarter
        self.quarter = Quarter.parse(request.GET.get("quarter"), default=default)
        self.sections = sections_for(request.user, self.quarter)
        key = request.GET.get("csv")
        if key:
            for _heading, tables in self.sections:
                for table in tables:
                    if table.key == key:
                        return csv_response(table, self.quarter)
            raise Http404("No such table.")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        offered = recent_quarters(QUARTERS_OFFERED, Quarter.current())
        if self.quarter not in offered:
            offered.append(self.quarter)
        context.update(
            {
                "quarter": self.quarter,
                "quarters": offered,
                "sections": [
                    (heading, [(table, chart(table) if table.chart else None) for table in tables])
                    for heading, tables in self.sections
                ],
                "pan_cheshire": can_see_pan_cheshire_figures(user),
                "scope_authorities": (
                    [] if can_see_pan_cheshire_figures(user) else authorities_counted_for(user)
                ),
                "shows_reports": can_see_pan_cheshire_figures(user) or can_use_inbox(user),
            }
        )
        return context
