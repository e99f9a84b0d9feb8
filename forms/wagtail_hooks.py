"""The reports app in the Wagtail admin.

Grouped by purpose; keep each group together when adding more.
"""

from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import inbox, outbox, retention  # outbox registers its permission policy on import
from .models import Authority, AuthorityContact, Locality, Report
from .permissions import ReportPermissionPolicy, can_see_alerts

# --- Handler inbox (forms/inbox.py, forms/permissions.py) ------------------------------

# First, before anything asks Wagtail for Report's policy (it would otherwise
# make a default one from the add/change/delete permissions).
register_permission_policy(Report, ReportPermissionPolicy(Report))


@hooks.register("register_admin_viewset")
def register_reports_inbox():
    return inbox.ReportsInboxViewSet()


@hooks.register("register_log_actions")
def register_report_log_actions(actions):
    from .models import Report, ReportLogEntry

    actions.register_model(Report, ReportLogEntry)
    inbox.register_log_actions(actions)
    retention.register_log_actions(actions)


# --- Notification outbox (forms/outbox.py, forms/notifications.py) ----------------------


@hooks.register("register_admin_viewset")
def register_notification_outbox():
    return outbox.OutboxViewSet()


@hooks.register("construct_homepage_panels")
def add_reporting_alerts_panel(request, panels):
    if can_see_alerts(request.user):
        panels.insert(0, outbox.AlertsPanel())


# --- Authorities and the locality table (snippets) -------------------------------------


class AuthorityViewSet(SnippetViewSet):
    """Authorities: public contacts (shown to reporters only once confirmed and
    approved), notification addresses and the handler group, changed only through
    the administrators' review. The panels are the model's own."""

    model = Authority
    icon = "group"
    menu_label = _("Authorities")
    list_display = ["name", "kind", "area", "handlers"]
    list_filter = ["kind"]
    search_fields = ["name"]


class LocalityViewSet(SnippetViewSet):
    """The postcode districts and towns the routing uses for "not sure"."""

    model = Locality
    icon = "site"
    list_display = ["name", "kind", "areas"]
    list_filter = ["kind"]
    search_fields = ["name"]
    list_per_page = 50


register_snippet(AuthorityViewSet)
register_snippet(LocalityViewSet)


@hooks.register("register_contacts_to_confirm")
def authority_contacts_to_confirm(user):
    """For the dashboard: authorities' public contacts reporters do not see yet."""
    may_edit = user.has_perm("reports.change_authority")
    contacts = AuthorityContact.objects.filter(confirmed=False).select_related("authority")
    return [
        {
            "what": gettext("%(authority)s: %(label)s")
            % {"authority": contact.authority, "label": contact.label},
            "missing": gettext("Not confirmed: reporters are shown the national routes."),
            "edit_url": reverse(
                "wagtailsnippets_reports_authority:edit", args=[contact.authority_id]
            )
            if may_edit
            else "",
        }
        for contact in contacts
    ]
