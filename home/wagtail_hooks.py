"""Home in the Wagtail admin and at serve time: the helplines snippet, a page's
languages fetched before it renders, and rich-text page links in one query."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .i18n import page_languages
from .models import Helpline


class HelplineViewSet(SnippetViewSet):
    model = Helpline
    icon = "mobile-alt"
    menu_label = "Helplines"
    list_display = ["name", "number", "confirmed", "show_in_footer"]
    list_filter = ["confirmed", "show_in_footer"]
    add_to_admin_menu = True
    menu_order = 300


register_snippet(HelplineViewSet)


@hooks.register("before_serve_page")
def find_page_languages(page, request, serve_args, serve_kwargs):
    """Fetch the page's translations once (one query), before anything renders:
    the head, the switcher, the fallback notice and Content-Language all read it."""
    page_languages(request, page)


@hooks.register("register_rich_text_features", order=100)  # after Wagtail's own "page"
def page_links_in_one_query(features):
    from .rich_text import PlainPageLinkHandler

    features.register_link_type(PlainPageLinkHandler)
