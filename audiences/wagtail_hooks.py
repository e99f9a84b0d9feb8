"""Admin for the audience sections: the lead professionals snippet, and the reading
age warning editors see when they publish a children's page."""

from django.contrib import messages
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
