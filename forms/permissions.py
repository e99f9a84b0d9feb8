"""Who may read which reports: the one place that decides.

A report is read and handled by its authority alone. A user sees a report when
both hold:

1. they have the ``reports.handle_report`` permission (given to every
   "Report handlers: <authority>" group by migration 0002), and
2. they belong to the group named as that report's ``Authority.handlers``.

So the Pan-Cheshire triage group sees triage reports, the police group police
reports, each council's group its own council's reports, and a person in two
groups sees both sets.

Superusers get no exception. Django's ``has_perm`` is always true for them, but
rule 2 still applies: a superuser who is not in a handler group sees no report
at all. Reports are "handled by that authority alone", and a site
administrator is not an authority; an administrator who must read reports joins
the group, which is itself visible and auditable in Settings > Groups.

Every inbox view, action and export gets its reports from ``reports_for`` and
looks single reports up with ``report_or_404``, so another authority's report is
"not found", never "forbidden" (which would confirm that it exists).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from django.http import Http404
from wagtail.permission_policies.base import BasePermissionPolicy

from .models import Authority, Report

HANDLE_REPORT = "reports.handle_report"
# Defined by the measures app; lets administrators see every authority's figures.
VIEW_PAN_CHESHIRE = "measures.view_pan_cheshire"
# Defined by the governance app; given to the Site administrators group.
VIEW_ALL_AUDIT_LOGS = "governance.view_report_audit_log"


def can_use_inbox(user):
    """May this user open the inbox at all (it may still be empty)?"""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.has_perm(HANDLE_REPORT)
    )


def _handler_groups(user):
    return Group.objects.filter(user=user)


def reports_for(user):
    """The reports this user may read and handle."""
    if not can_use_inbox(user):
        return Report.objects.none()
    # A subquery rather than a join: the result composes with select_for_update()
    # without locking the authority or group rows.
    return Report.objects.filter(authority__handlers__in=_handler_groups(user))


def authorities_for(user):
    """The authorities whose reports this user handles."""
    if not can_use_inbox(user):
        return Authority.objects.none()
    return Authority.objects.filter(handlers__in=_handler_groups(user))


def can_see_pan_cheshire_figures(user):
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.has_perm(VIEW_PAN_CHESHIRE)
    )


def reports_counted_for(user):
    """The reports whose figures (counts, never content) this user may see on the
    quarterly dashboard: every report for the pan-Cheshire view, otherwise the
    reports they handle. Reading a report is still ``reports_for`` alone."""
    if can_see_pan_cheshire_figures(user):
        return Report.objects.all()
    return reports_for(user)


def authorities_counted_for(user):
    """The authorities whose figures this user may see (as ``reports_counted_for``)."""
    if can_see_pan_cheshire_figures(user):
        return Authority.objects.all()
    return authorities_for(user)


def can_handle(user, report):
    return reports_for(user).filter(pk=report.pk).exists()


def report_or_404(user, pk, queryset=None):
    """One report the user may read, or 404 whether it exists or not."""
    queryset = reports_for(user) if queryset is None else queryset
    try:
        return queryset.get(pk=pk)
    except (Report.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


class ReportPermissionPolicy(BasePermissionPolicy):
    """The same rule in the form Wagtail's admin asks for it (menu items, generic
    views, admin URL finder). It defers to the functions above.

    Handlers may "view" and "handle"; nobody adds, edits or deletes reports
    through the admin: reports arrive from the public forms and change only
    through the inbox's actions.
    """

    actions = frozenset({"view", "handle"})

    def __init__(self, model=Report):
        super().__init__(model)

    def user_has_permission(self, user, action):
        return action in self.actions and can_use_inbox(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        User = get_user_model()
        if not self.actions & set(actions):
            return User.objects.none()
        permission = Permission.objects.filter(
            content_type__app_label="reports", codename="handle_report"
        )
        return (
            User.objects.filter(is_active=True)
            .filter(
                Q(is_superuser=True)
                | Q(user_permissions__in=permission)
                | Q(groups__permissions__in=permission)
            )
            .distinct()
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and can_handle(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return reports_for(user)
        return Report.objects.none()

    def users_with_any_permission_for_instance(self, actions, instance):
        group_id = instance.authority.handlers_id
        if group_id is None:
            return get_user_model().objects.none()
        return self.users_with_any_permission(actions).filter(groups=group_id)


def can_see_alerts(user):
    """Administrators and the triage team see the reporting alerts (``forms.monitor``):
    notifications held up, no worker running, a reference being guessed at."""
    from .routing import TRIAGE

    if not (user is not None and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser or user.has_perm(VIEW_ALL_AUDIT_LOGS):
        return True
    return authorities_for(user).filter(slug=TRIAGE).exists()
