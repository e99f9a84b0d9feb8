"""The notification outbox in the Wagtail admin, for site administrators only.

It lists every notification, failed ones first: reference, authority, status,
attempts, last error and times, with "Retry now". It shows nothing a reporter
wrote. Also the dashboard's alerts panel (``forms.monitor``) for administrators
and the triage team. Registered in ``forms/wagtail_hooks.py``.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from . import monitor, notifications
from .models import Notification


class OutboxPermissionPolicy(BasePermissionPolicy):
    """Superusers may look and retry; nobody adds, edits or deletes a notification."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects
        if "view" not in actions:
            return users.none()
        return users.filter(is_active=True, is_superuser=True)


outbox_policy = OutboxPermissionPolicy(Notification)
# Before any view asks, or Wagtail creates its default model policy for Notification.
register_permission_policy(Notification, outbox_policy)


def report_url(notification):
    """The report in the handler inbox, once that view exists."""
    try:
        return reverse("reports_inbox:inspect", args=[notification.report_id])
    except NoReverseMatch:
        return None


class RetryColumn(Column):
    """A "Retry now" POST button for every notification not yet sent."""

    cell_template_name = "reports/admin/outbox_retry_cell.html"

    def __init__(self, name, url_name, **kwargs):
        super().__init__(name, **kwargs)
        self.url_name = url_name

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        if instance.status != Notification.Status.SENT:
            context["retry_url"] = reverse(self.url_name, args=[instance.pk])
            context["csrf_token"] = get_token(parent_context["request"])
        return context


class OutboxIndexView(IndexView):
    any_permission_required = ["view"]
    template_name = "reports/admin/outbox_index.html"
    # Failed first (a person must act), then pending, then sent; newest first.
    default_ordering = ["outbox_rank", "-created_at"]
    retry_url_name = None

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("report", "authority")
            .annotate(
                outbox_rank=Case(
                    When(status=Notification.Status.FAILED, then=Value(0)),
                    When(status=Notification.Status.PENDING, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                )
            )
        )

    @cached_property
    def next_attempt_times(self):
        """When each pending notification will be tried next (one query)."""
        return notifications.next_attempts()

    def next_attempt(self, notification):
        """An exact local time: the listing's "x minutes ago" style cannot show the future."""
        if notification.status != Notification.Status.PENDING:
            return ""
        when = self.next_attempt_times.get(notification.pk)
        if when is None:
            return _("As soon as the worker is free")
        return date_format(timezone.localtime(when), "j M Y, H:i")

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "reference",
                label=gettext_lazy("Reference"),
                accessor="report.reference",
                sort_key="report__reference",
                get_url=report_url,
            ),
            Column(
                "authority",
                label=gettext_lazy("Authority"),
                accessor="authority.name",
                sort_key="authority__name",
            ),
            StatusTagColumn(
                "status",
                label=gettext_lazy("Status"),
                accessor="get_status_display",
                sort_key="outbox_rank",
                primary=lambda n: n.status == Notification.Status.FAILED,
            ),
            Column("attempts", label=gettext_lazy("Attempts"), sort_key="attempts"),
            Column("last_error", label=gettext_lazy("Last error")),
            DateColumn("created_at", label=gettext_lazy("Queued"), sort_key="created_at"),
            Column("next_attempt", label=gettext_lazy("Next attempt"), accessor=self.next_attempt),
            DateColumn("sent_at", label=gettext_lazy("Sent"), sort_key="sent_at"),
            RetryColumn("retry", self.retry_url_name, label=""),
        ]


class OutboxViewSet(ModelViewSet):
    model = Notification
    name = "notification_outbox"
    url_prefix = "notifications"
    icon = "mail"
    menu_label = gettext_lazy("Notifications")
    add_to_admin_menu = True
    menu_order = 160  # beside the reports inbox (150)
    index_view_class = OutboxIndexView
    list_filter = ["status", "authority"]
    list_per_page = 50
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(retry_url_name=self.get_url_name("retry"), **kwargs)

    def get_urlpatterns(self):
        # Only the listing and the retry action: no add, edit, delete or history.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("retry/<int:pk>/", self.retry_view, name="retry"),
        ]

    def get_permissions_to_register(self):
        # Nothing to grant in Groups: the outbox is for superusers alone.
        return Permission.objects.none()

    @property
    def retry_view(self):
        index_url_name = self.get_url_name("index")

        @require_POST
        def retry(request, pk):
            if not outbox_policy.user_has_permission(request.user, "view"):
                raise PermissionDenied
            notification = get_object_or_404(Notification.objects.select_related("report"), pk=pk)
            reference = notification.report.reference
            if notifications.retry_now(notification):
                messages.success(
                    request,
                    _("%(reference)s: queued to send again; the worker tries within seconds.")
                    % {"reference": reference},
                )
            else:
                messages.warning(
                    request,
                    _("%(reference)s was already sent: nothing to do.") % {"reference": reference},
                )
            return redirect(index_url_name)

        return retry


class AlertsPanel(Component):
    """The alerts, first on the dashboard, for those who can act on them."""

    name = "reporting_alerts"
    template_name = "reports/admin/alerts_panel.html"
    order = 10  # above every other panel

    def get_context_data(self, parent_context=None):
        try:
            outbox_url = reverse("notification_outbox:index")
        except NoReverseMatch:
            outbox_url = ""
        return {"alerts": monitor.shown_alerts(), "outbox_url": outbox_url}
