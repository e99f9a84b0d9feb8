"""Governance's models: the review step every workflow is made of, and the two
permissions that Settings > Groups shows for anything else.

``TwoPersonApprovalTask`` is Wagtail's group approval with one rule added: nobody
approves a change they made or sent for review (superusers included). The rule is
kept where the approval happens (``get_actions`` and ``on_action``), not only by
hiding the button, so no view or URL can get round it. A step can also be "review
only" (``reviewers_may_edit`` off): its reviewers read, approve or send back with a
comment, and nobody edits the content while it waits there.
"""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.locks import WorkflowLock
from wagtail.models import AbstractGroupApprovalTask, Page


class Governance(models.Model):
    """A holder for permissions that belong to no model (like wagtailadmin.Admin)."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_report_audit_log", "Can see the audit log of every authority's reports"),
            ("require_two_factor", "Must sign in to the admin with two-factor authentication"),
        ]

    def __str__(self):
        return "Governance"


SELF_APPROVAL_REFUSED = _(
    "You made or submitted this change, so someone else must approve it. "
    "Ask another reviewer to check it."
)


EDIT_ACTIONS = ("wagtail.create", "wagtail.edit", "wagtail.revert")


def last_editor_id(obj):
    """Who last changed ``obj``'s content, from its history. Saving with no change
    (as the snippet editor does when a reviewer approves there) does not count."""
    from wagtail.log_actions import registry

    entry = (
        registry.get_logs_for_instance(obj)
        .filter(action__in=EDIT_ACTIONS, content_changed=True)
        .exclude(user=None)
        .order_by("-timestamp", "-pk")
        .first()
    )
    if entry is not None:
        return entry.user_id
    latest = obj.get_latest_revision()
    return latest.user_id if latest is not None else None


def content_changed_since(obj, moment):
    from wagtail.log_actions import registry

    return (
        registry.get_logs_for_instance(obj)
        .filter(action__in=EDIT_ACTIONS, content_changed=True, timestamp__gt=moment)
        .exists()
    )


def follow_unchanged_revision(task_state, obj):
    """Wagtail's snippet editor saves a revision (with no change) whenever a reviewer
    approves there. Under WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT that newer
    revision would send the step round again for ever; as its content is what was
    reviewed, the approvals so far are carried over to it. Any real change since the
    step began is not carried over: the step runs again on it."""
    latest = obj.get_latest_revision()
    if latest is None or latest.pk == task_state.revision_id:
        return
    if content_changed_since(obj, task_state.started_at):
        return
    workflow_state = task_state.workflow_state
    workflow_state.copy_approved_task_states_to_revision(latest)
    task_state.revision = latest
    task_state.save(update_fields=["revision"])


def change_authors(obj):
    """The ids of the people who may not approve ``obj``'s change under review:
    whoever sent it for review, and whoever last changed its content."""
    authors = {last_editor_id(obj)}
    state = obj.current_workflow_state
    if state is not None:
        authors.add(state.requested_by_id)
    authors.discard(None)
    return authors


def is_author(obj, user):
    return user.pk in change_authors(obj)


def can_edit(obj, user):
    """May ``user`` open ``obj``'s editor (after a review step has moved on)?"""
    if isinstance(obj, Page):
        return obj.specific_deferred.permissions_for_user(user).can_edit()
    from wagtail.permissions import policy_registry

    return policy_registry.get(obj).user_has_permission_for_instance(user, "change", obj)


class ReviewOnlyLock(WorkflowLock):
    """While content waits at a review-only step, nobody edits it; its reviewers are
    told where to approve it or send it back."""

    def get_message(self, user):
        if not self.for_user(user):
            return None
        if self.task.specific._user_in_groups(user):
            return format_html(
                _(
                    "This {model_name} is waiting for your review (<b>'{task}'</b>). Read it "
                    "or preview it here, then approve it or request changes with a comment "
                    'under <a href="{dashboard}">Awaiting your review</a> on your dashboard. '
                    "Reviewers at this step do not edit it: any change goes back through the "
                    "whole review."
                ),
                model_name=self.model_name,
                task=self.task.name,
                dashboard=reverse("wagtailadmin_home"),
            )
        return super().get_message(user)


class TwoPersonApprovalTask(AbstractGroupApprovalTask):
    """A review step that a member of its groups approves, and never the change's author."""

    reviewers_may_edit = models.BooleanField(
        default=True,
        verbose_name=_("reviewers may edit"),
        help_text=_(
            "Leave ticked for a step whose reviewers may correct the content while it waits "
            "(every correction is then reviewed again). Untick for a step whose reviewers "
            "only approve or send back with a comment."
        ),
    )

    admin_form_fields = AbstractGroupApprovalTask.admin_form_fields + ["reviewers_may_edit"]

    class Meta:
        verbose_name = _("two-person approval task")
        verbose_name_plural = _("two-person approval tasks")

    @property
    def lock_class(self):
        return WorkflowLock if self.reviewers_may_edit else ReviewOnlyLock

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve; nobody may approve a change they made "
            "or submitted."
        )

    def locked_for_user(self, obj, user):
        if not self.reviewers_may_edit:
            return not user.is_superuser  # emergencies: a superuser's edit restarts the review
        return super().locked_for_user(obj, user)

    def user_can_lock(self, obj, user):
        return self.reviewers_may_edit and super().user_can_lock(obj, user)

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and is_author(obj, user):
            return []
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        obj = task_state.workflow_state.content_object
        if action_name == "approve":
            if is_author(obj, user):
                raise PermissionDenied(SELF_APPROVAL_REFUSED)
            follow_unchanged_revision(task_state, obj)
        super().on_action(task_state, user, action_name, **kwargs)
        # A reviewer whose step is over may no longer open the editor: back to the
        # dashboard rather than to a page that refuses them.
        obj = task_state.workflow_state.content_object
        if not can_edit(obj, user):
            return reverse("wagtailadmin_home")
        return None

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if not states.exists():
            return states
        return states.exclude(workflow_state__requested_by=user).exclude(revision__user=user)
