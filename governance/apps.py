from django.apps import AppConfig
from django.db.models.signals import post_migrate


def reapply_after_migrate(sender, plan=None, **kwargs):
    """After a migrate that changed something, apply the groups again with every
    app's permissions in place (the data migration runs before apps later in the
    plan have theirs). Runs once: on the signal for the last installed app."""
    from django.apps import apps

    from . import roles

    if not plan or sender is not list(apps.get_app_configs())[-1]:
        return
    roles.apply(apps)


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = "Governance"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (children's sections get their workflow)

        post_migrate.connect(reapply_after_migrate, dispatch_uid="governance.reapply")
