"""A children's section made after setup (a new Young people or Years 5 and 6
landing page) gets the two-step workflow as soon as it is saved."""

from django.apps import apps
from django.db.models.signals import post_save
from django.dispatch import receiver

from . import roles


@receiver(post_save, dispatch_uid="governance.children_section_workflow")
def children_section_workflow(sender, instance, created, raw=False, **kwargs):
    if raw or sender._meta.label != "audiences.AudiencePage":
        return
    if instance.audience not in roles.CHILDREN_AUDIENCES:
        return
    Workflow = apps.get_model("wagtailcore", "Workflow")
    workflow = Workflow.objects.filter(name=roles.CHILDREN_WORKFLOW, active=True).first()
    if workflow is not None:
        roles.assign_workflow(apps, instance.pk, workflow)
