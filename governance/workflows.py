"""What happens when a page or snippet has passed every step of its workflow.

Wagtail's default finish action publishes the latest revision as the last approver
and refuses unless that person may publish. Nobody but a superuser has "publish"
(governance/roles.py), and in the children's workflow the last approver is the
young people's panel, who must not publish anything by themselves. So the workflow
itself is the permission: the revision every step approved is published, recorded
in the history as published by the last approver.

With WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT on, a workflow finishes only when
every step has approved the latest revision, so the revision of the last step is
the one everybody saw.
"""


def publish_after_review(workflow_state, user=None):
    task_state = workflow_state.current_task_state
    revision = task_state.revision if task_state is not None else None
    if revision is None:
        revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
