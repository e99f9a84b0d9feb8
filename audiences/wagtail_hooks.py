"""Admin for the audience sections: the lead professionals snippet, and the reading
age warning editors see when they publish a children's page."""

from django.contrib import messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import LeadProfessional
from .readability import DEFAULT_TARGET, check_page


class LeadProfessionalViewSet(SnippetViewSet):
    model = LeadProfessional
    icon = "group"
    menu_label = gettext_lazy("Lead professionals")
    list_display = ["organisation", "area", "role_title", "phone_confirmed", "email_confirmed"]
    list_filter = ["area", "phone_confirmed", "email_confirmed"]
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
