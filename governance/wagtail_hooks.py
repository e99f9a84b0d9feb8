"""Governance in the Wagtail admin: two-factor pages (and their reset for a lost
phone, from Settings > Users), the overdue-review panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import ListingButton

from . import review, two_factor


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/setup/", two_factor.setup, name=two_factor.SETUP_URL_NAME),
        path("two-factor/verify/", two_factor.verify, name=two_factor.VERIFY_URL_NAME),
        path("two-factor/reset/<int:user_id>/", two_factor.reset, name=two_factor.RESET_URL_NAME),
    ]


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    if not two_factor.can_reset(request_user, user):
        return []
    return [
        ListingButton(
            _("Reset two-step sign-in"),
            reverse(two_factor.RESET_URL_NAME, args=[user.pk]),
            icon_name="key",
            priority=50,
        )
    ]


@hooks.register("construct_homepage_panels")
def add_overdue_reviews_panel(request, panels):
    panels.append(review.OverdueReviewsPanel(request.user))
