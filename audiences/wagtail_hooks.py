"""Admin for the audience sections: the lead professionals snippet (reviewed like
every contact), the reading age warning editors see when they publish a children's
page, and the list of printable posters."""

from django.contrib import messages
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import LeadProfessional, unconfirmed_lead_professionals_queryset
from .readability import DEFAULT_TARGET, check_page


class LeadProfessionalViewSet(SnippetViewSet):
    model = LeadProfessional
    icon = "group"
    menu_label = gettext_lazy("Lead professionals")
    list_display = ["organisation", "area", "role_title", "phone_confirmed", "email_confirmed"]
    list_filter = ["area", "phone_confirmed", "email_confirmed", "live"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(LeadProfessionalViewSet)


@hooks.register("before_publish_page")
def warn_when_reading_age_is_above_target(request, page):
    """Warn, never block: an urgent update must still go out. Only children's
    sections are checked here; every page shows its reading age on the edit screen."""
    result = check_page(page)
    if result.target < DEFAULT_TARGET and not result.meets_target:
        messages.warning(
            request,
            _(
                "'%(title)s' is published, but its reading age is %(age)s: above the target "
                "of %(target)s or below for this section. Children may find it hard to read. "
                "Try shorter sentences and everyday words, then publish again."
            )
            % {"title": page.title, "age": result.age, "target": result.target},
        )
    return None


@hooks.register("register_contacts_to_confirm")
def lead_professionals_to_confirm(user):
    """For the dashboard: what the public does not see of each lead professional."""
    may_edit = user.has_perm("audiences.change_leadprofessional")
    rows = []
    for lead in unconfirmed_lead_professionals_queryset():
        missing = [
            text
            for text, applies in (
                (_("not approved yet"), not lead.live),
                (_("phone not confirmed"), not lead.shows_phone),
                (_("email not confirmed"), not lead.shows_email),
            )
            if applies
        ]
        rows.append(
            {
                "what": _("Lead professional: %(lead)s") % {"lead": lead},
                "missing": "; ".join(missing).capitalize() + ".",
                "edit_url": reverse(
                    "wagtailsnippets_audiences_leadprofessional:edit", args=[lead.pk]
                )
                if may_edit
                else "",
            }
        )
    return rows


# --- Printable posters ----------------------------------------------------------------


def printable_posters(request):
    """Every sector page's poster, with where it points: so editors find the posters
    (they are not pages of their own) and see before printing if the address is wrong."""
    from django.template.response import TemplateResponse
    from django.utils.translation import gettext as gettext_now

    from home.public_address import PublicAddressError, public_root_url

    from .models import BusinessSectorPage

    pages = BusinessSectorPage.objects.live().select_related("locale").order_by("locale_id", "path")
    query = request.GET.get("q", "").strip()
    if query:
        pages = pages.filter(Q(title__icontains=query) | Q(sector__icontains=query))
    try:
        public_root_url()
        address_problem = None
    except PublicAddressError as error:
        address_problem = error
    return TemplateResponse(
        request,
        "audiences/admin/printable_posters.html",
        {
            "pages": pages,
            "query": query,
            "address_problem": address_problem,
            "page_title": gettext_now("Printable posters"),
            "header_icon": "doc-full",
        },
    )


@hooks.register("register_admin_urls")
def register_poster_urls():
    from django.urls import path

    return [path("posters/", printable_posters, name="printable_posters")]


@hooks.register("register_admin_menu_item")
def register_posters_menu_item():
    from wagtail.admin.menu import MenuItem

    return MenuItem(
        gettext_lazy("Printable posters"),
        reverse("printable_posters"),
        icon_name="doc-full",
        order=320,
    )


@hooks.register("register_admin_search_area")
def register_posters_search_area():
    from wagtail.admin.search import SearchArea

    return SearchArea(
        gettext_lazy("Printable posters"),
        reverse("printable_posters"),
        icon_name="doc-full",
        order=900,
    )
