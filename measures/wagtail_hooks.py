"""The measures app in Wagtail: the "Quarterly figures" dashboard, and the campaign
page noted on each page served (for the page-view counter)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .dashboard import QuarterlyFiguresView
from .middleware import note_campaign_page

# Every rendered page notes whether it is in the campaign, for the page-view counter.
hooks.register("before_serve_page", note_campaign_page)


@hooks.register("register_admin_urls")
def register_dashboard_url():
    return [
        path("quarterly-figures/", QuarterlyFiguresView.as_view(), name="measures_dashboard"),
    ]


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    # Every admin user may open it; what it shows depends on their permissions
    # (measures.dashboard.sections_for).
    return MenuItem(
        _("Quarterly figures"), reverse("measures_dashboard"), icon_name="table", order=250
    )
