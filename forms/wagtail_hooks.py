"""The reports app in the Wagtail admin.

Grouped by purpose; keep each group together when adding more.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import inbox, outbox, retention  # outbox registers its permission policy on import
from .models import Authority, Locality, Report
from .permissions import ReportPermissionPolicy

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


# --- Authorities and the locality table (snippets) -------------------------------------


class AuthorityViewSet(SnippetViewSet):
    """Authorities: public contacts (shown as "to be confirmed" until confirmed),
    notification addresses and the handler group. The panels are the model's own."""

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
