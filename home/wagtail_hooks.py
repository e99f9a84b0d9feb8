"""Home in the Wagtail admin and at serve time: the reviewed helplines and quick-exit
snippets, a page's languages fetched before it renders, and rich-text page links in
one query."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .i18n import page_languages
from .models import SYNCED_FROM_ENGLISH, Helpline, QuickExit


class HelplineViewSet(SnippetViewSet):
    """Helplines: drafts with revisions (history shows who changed what, when, before
    and after), published only through "Communications review"."""

    model = Helpline
    icon = "mobile-alt"
    menu_label = _("Helplines")
    list_display = ["name", "number", "website", "show_in_footer"]
    list_filter = ["show_in_footer", "live"]
    add_to_admin_menu = True
    menu_order = 300


class QuickExitViewSet(SnippetViewSet):
    """The quick-exit target, reviewed like a helpline: one record per site."""

    model = QuickExit
    icon = "warning"
    menu_label = _("Quick exit")
    list_display = ["site", "url"]
    add_to_admin_menu = True
    menu_order = 305


register_snippet(HelplineViewSet)
register_snippet(QuickExitViewSet)


@hooks.register("before_serve_page")
def find_page_languages(page, request, serve_args, serve_kwargs):
    """Fetch the page's translations once (one query), before anything renders:
    the head, the switcher, the fallback notice and Content-Language all read it."""
    page_languages(request, page)


@hooks.register("register_rich_text_features", order=100)  # after Wagtail's own "page"
def page_links_in_one_query(features):
    from .rich_text import PlainPageLinkHandler

    features.register_link_type(PlainPageLinkHandler)


@hooks.register("register_contacts_to_confirm")
def helplines_to_confirm(user):
    """For the dashboard: helplines the public does not see (yet) as they are."""
    waiting = (
        Helpline.objects.filter(Q(live=False) | Q(has_unpublished_changes=True))
        .select_related("locale")
        .order_by("locale__language_code", "sort_order")
    )
    may_edit = user.has_perm("home.change_helpline")
    return [
        {
            "what": gettext_now("Helpline '%(name)s' (%(language)s)")
            % {"name": helpline.name, "language": helpline.locale.get_display_name()},
            "missing": gettext_now("A change is waiting for review.")
            if helpline.live
            else gettext_now("Not approved yet: not shown."),
            "edit_url": reverse("wagtailsnippets_home_helpline:edit", args=[helpline.pk])
            if may_edit
            else "",
        }
        for helpline in waiting
    ]


@hooks.register("register_log_actions")
def register_helpline_log_actions(actions):
    actions.register_action(
        SYNCED_FROM_ENGLISH,
        _("Published from the approved English helpline"),
        _("Number and website published from the approved English helpline"),
    )
