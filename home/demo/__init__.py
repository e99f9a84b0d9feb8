"""The demo site's copy, as plain Python data: one module per page or section.

``HOME`` is the root of the tree that ``manage.py seed_demo`` builds; its children
are listed in home_page.py in the order the admin and the navigation show them.
"""

from .compose import DemoPage
from .home_page import HOME

SITE_NAME = "Pan-Cheshire: Know and See"

# The pages the footer links to (home.models.FooterLinks), by their path on the site.
FOOTER_LINKS = {
    "privacy_page": "/privacy/",
    "accessibility_page": "/accessibility/",
    "covering_tracks_page": "/covering-your-tracks/",
}

__all__ = ["FOOTER_LINKS", "HOME", "SITE_NAME", "DemoPage"]
