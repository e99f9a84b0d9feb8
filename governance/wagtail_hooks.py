"""Governance in the Wagtail admin: two-factor pages, the overdue-review panel."""

from django.urls import path
from wagtail import hooks

from . import review, two_factor


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/setup/", two_factor.setup, name=two_factor.SETUP_URL_NAME),
        path("two-factor/verify/", two_factor.verify, name=two_factor.VERIFY_URL_NAME),
    ]


@hooks.register("construct_homepage_panels")
def add_overdue_reviews_panel(request, panels):
    panels.append(review.OverdueReviewsPanel(request.user))
